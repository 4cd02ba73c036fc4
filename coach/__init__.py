"""coach: a terminal exercise coach for people with back pain."""

__version__ = "0.1.0"
