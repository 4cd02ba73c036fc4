"""The Textual app: the routine picker, the session screen and the summary.

Start with `coach.ui.app.make_app`. `coach.ui.config`, `coach.ui.wording`, `coach.ui.routine_list`,
`coach.ui.runner` and `coach.ui.flow` import no Textual, so the command line and tests can use them
cheaply.
"""
