"""Kiosk mode: the clinic's config file, the staff PIN, anonymous counts and the supervisor.

No Textual here (the app lives in `coach.ui.kiosk`): these parts are tested on their own, with a
fake clock, and the supervisor must not import the UI it restarts.
"""
