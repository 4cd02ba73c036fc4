"""Coach's screens, one per module."""
