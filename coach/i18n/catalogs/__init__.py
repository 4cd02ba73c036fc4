"""Message catalogs, one module per area; each module defines `MESSAGES`."""
