"""Routine files: the typed model, the loader and its located problems, durations, the schema."""
