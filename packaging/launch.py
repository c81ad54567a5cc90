"""The frozen app's entry point: the same `facilitator` command as the installed one."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
