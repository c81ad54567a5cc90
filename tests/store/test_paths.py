"""The data folder: where it is chosen from, and that it is private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs
import pytest

from facilitator.store.paths import (
    APP_NAME,
    ENV_VAR,
    backups_dir,
    ensure_data_dir,
    formats_dir,
    records_path,
    resolve_data_dir,
)

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_value_beats_environment(tmp_path: Path) -> None:
    env = {ENV_VAR: str(tmp_path / "from-env")}
    assert resolve_data_dir(tmp_path / "from-cli", env) == tmp_path / "from-cli"


def test_environment_beats_platform_default(tmp_path: Path) -> None:
    assert resolve_data_dir(None, {ENV_VAR: str(tmp_path / "e")}) == tmp_path / "e"


def test_platform_default_when_nothing_given() -> None:
    expected = platformdirs.user_data_path(APP_NAME, appauthor=False)
    assert resolve_data_dir(None, {}) == expected.absolute()


def test_empty_values_count_as_not_given(tmp_path: Path) -> None:
    assert resolve_data_dir("", {ENV_VAR: str(tmp_path / "e")}) == tmp_path / "e"
    expected = platformdirs.user_data_path(APP_NAME, appauthor=False).absolute()
    assert resolve_data_dir(None, {ENV_VAR: ""}) == expected


def test_reads_os_environ_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "os-env"))
    assert resolve_data_dir() == tmp_path / "os-env"


def test_tilde_is_expanded(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])  # tmp_path/home, set by the autouse fixture
    assert resolve_data_dir("~/records") == home / "records"
    assert resolve_data_dir(None, {ENV_VAR: "~/env"}) == home / "env"


def test_file_locations(tmp_path: Path) -> None:
    assert records_path(tmp_path) == tmp_path / "records.sqlite3"
    assert backups_dir(tmp_path) == tmp_path / "backups"
    assert formats_dir(tmp_path) == tmp_path / "formats"


@posix_only
def test_ensure_data_dir_creates_private_folders(tmp_path: Path) -> None:
    target = tmp_path / "new-parent" / "data"
    assert ensure_data_dir(target) == target
    for folder in (target, target.parent, formats_dir(target), backups_dir(target)):
        assert folder.is_dir()
        assert mode(folder) == 0o700, folder


@posix_only
def test_ensure_data_dir_tightens_existing_folder(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.mkdir(mode=0o755)
    os.chmod(target, 0o755)
    (target / "backups").mkdir()
    os.chmod(target / "backups", 0o777)
    ensure_data_dir(target)
    assert mode(target) == 0o700
    assert mode(target / "backups") == 0o700


def test_ensure_data_dir_refuses_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises((NotADirectoryError, FileExistsError)):
        ensure_data_dir(tmp_path / "data")
