"""Files written whole or not at all: through a temporary file in the same folder, synced
to disk, then renamed over the target. A crash never leaves half a file, and the file is
readable by its owner only (the temporary file is made that way), as exports can hold
private records."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def fsync_folder(folder: Path | str) -> None:
    """Make a rename in `folder` durable (POSIX); harmless where folders cannot be opened."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_atomically(path: Path | str, write: Callable[[Path], object]) -> Path:
    """`write(tmp)` fills a temporary file beside `path`, which then replaces `path`."""
    path = Path(path).expanduser()
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)
    return path


def write_atomically(path: Path | str, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8, line ends untouched) to `path` whole or not at all."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return replace_atomically(path, lambda tmp: tmp.write_bytes(raw))
