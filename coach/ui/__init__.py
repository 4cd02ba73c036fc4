"""The Textual app: the routine picker, the session screen and the summary, and the kiosk app.

Start with `coach.ui.app.make_app`. Only Textual lives here: the session flow it drives, and the
plain data its screens show, are in `coach.visit` (no Textual there).
"""
