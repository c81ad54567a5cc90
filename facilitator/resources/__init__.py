"""The program's own files, inside the package: method formats, sounds, icons.

Found through `importlib.resources`, so a wheel, an sdist, an editable install and a
frozen app all find them; FACILITATOR_RESOURCES points elsewhere (for trying formats).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    """This folder on disk; FACILITATOR_RESOURCES overrides it."""
    override = os.environ.get("FACILITATOR_RESOURCES")
    if override:
        return Path(override)
    return Path(str(files(__name__)))


def builtin_formats_dir() -> Path:
    return resources_dir() / "formats"


def sound_path(name: str) -> Path:
    return resources_dir() / "sounds" / name


def translations_dir() -> Path:
    """The Qt Linguist sources (`.ts`) and their compiled catalogues (`.qm`)."""
    return resources_dir() / "translations"


def app_icon_path() -> Path:
    """The application icon (SVG); the PNG sizes are made from it when packaging."""
    return resources_dir() / "icons" / "facilitator.svg"


def icon_path(name: str) -> Path:
    """An icon drawn as an SVG file (never an emoji, which needs a font the machine may
    not have), e.g. ``icon_path("microphone-off.svg")``."""
    return resources_dir() / "icons" / name
