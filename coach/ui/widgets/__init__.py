"""Widgets of coach's screens."""
