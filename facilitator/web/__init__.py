"""The LAN viewer: the room view and each participant's own page, in a browser.

A read-only web server, off by default and switched on per session, that renders the
JSON of `RoomState` (what the room may see) and nothing else. It is handed a callable
that returns that JSON; it imports neither the windows, nor the services, nor the
store, so it cannot reach a note, an action's text or the coach's log.
"""
