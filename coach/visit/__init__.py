"""One visit (check-ins, session, recording, progression, guidance) as a typed object with no
Textual; a UI drives it through `coach.visit.ui.VisitUI`.

Also the plain data the screens of any UI show: the app's configuration (`config`), the words of a
session (`wording`) and the routines a picker lists (`routine_list`).
"""
