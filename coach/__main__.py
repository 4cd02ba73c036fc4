"""`python -m coach` does what the `coach` command does."""

from coach.cli import main

raise SystemExit(main())
