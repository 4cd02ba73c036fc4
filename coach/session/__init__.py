"""Sessions: the plan of steps, the engine that walks it against a clock, and its events.

Pure Python: nothing here imports Textual, audio or a database (a test proves it).
"""
