"""``python -m facilitator`` and the ``facilitator`` command: see `facilitator.cli`."""

from __future__ import annotations

import sys

from facilitator.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
