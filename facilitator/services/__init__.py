"""Qt-free use cases over the core and the store: a live session, a past session, the group book,
samples. The windows, the command line and the LAN viewer all call these."""
