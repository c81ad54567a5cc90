"""Where the records live: the data folder, chosen by CLI, environment or platform default.

The folder holds `records.sqlite3`, a `backups/` folder and a `formats/` folder for the
user's own session formats. It is private to the user (0o700), as is everything in it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Mapping
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "facilitator"
ENV_VAR = "FACILITATOR_DATA_DIR"
RECORDS_FILE = "records.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The data folder: the CLI value beats `FACILITATOR_DATA_DIR`, which beats the default.

    Empty strings count as not given. `~` is expanded and relative paths made absolute.
    Nothing is created here; see `ensure_data_dir`.
    """
    env = os.environ if environ is None else environ
    if cli_value is not None and os.fspath(cli_value) != "":
        chosen = Path(cli_value)
    elif env.get(ENV_VAR):
        chosen = Path(env[ENV_VAR])
    else:
        chosen = platformdirs.user_data_path(APP_NAME, appauthor=False)
    return chosen.expanduser().absolute()


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder and its `formats/` and `backups/` subfolders, owner-only.

    Missing parents are created 0o700 as well. Folders that already exist and belong to us
    are tightened to 0o700; folders owned by someone else are left alone.
    """
    path = Path(path)
    _make_private_dirs(path)
    for sub in (formats_dir(path), backups_dir(path)):
        _make_private_dirs(sub)
    return path


def records_path(data_dir: Path) -> Path:
    return Path(data_dir) / RECORDS_FILE


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def formats_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "formats"


def chmod_private(path: Path, mode: int) -> None:
    """Take away what `mode` does not give to group and others, if the platform has POSIX
    permissions and the path is ours. The owner's own bits are left as the user set them:
    a folder made read-only (555) becomes 500, never writable again behind their back."""
    if os.name == "nt":
        return
    st = path.stat()
    if st.st_uid != os.getuid():
        return
    current = stat.S_IMODE(st.st_mode)
    private = current & ~(0o077 & ~mode)
    if private != current:
        os.chmod(path, private)
        log.info("%s: permissions %03o -> %03o (private to you)", path, current, private)


def _make_private_dirs(path: Path) -> None:
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # created meanwhile by someone else
            folder.mkdir(mode=PRIVATE_DIR_MODE)
    if not path.is_dir():
        raise NotADirectoryError(f"{path} exists and is not a folder")
    chmod_private(path, PRIVATE_DIR_MODE)
