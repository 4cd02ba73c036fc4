"""Plain mode: the whole visit as lines of text for screen readers, braille displays and pipes.

No Textual here (a test proves it): append-only lines, no cursor movement, no screen clearing.
`coach run FILE --plain`, `coach --plain` (a numbered routine list), and TERM=dumb start it.
"""
