"""Message catalogs, one module per key prefix: each module defines `PREFIX` and `MESSAGES`,
whose keys all start with `PREFIX` (and not with a longer prefix another module owns)."""
