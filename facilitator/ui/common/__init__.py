"""What several windows share: preferences, save-as-you-type, the palette, the timeline strip."""
