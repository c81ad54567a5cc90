"""Where the program's own files are: format templates, sounds, icons."""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder; FACILITATOR_RESOURCES overrides it (used by packaging)."""
    override = os.environ.get("FACILITATOR_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def builtin_formats_dir() -> Path:
    return resources_dir() / "formats"
