"""The sdist and the wheel hold everything, and the wheel installed into a fresh virtual
environment outside the checkout runs: --version, all five formats, the demo (offscreen).

The fresh environment gets the wheel alone; its third-party dependencies (PySide6 is
~600 MB) are borrowed read-only from the test environment through a .pth line, after
the environment's own site-packages, and `pip check` proves the wheel's declared
requirements are met by them. FACILITATOR_TEST_FULL_INSTALL=1 installs them from the
package index instead, as `pipx install` would.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import FORMAT_IDS, ROOT, project_version

pytestmark = pytest.mark.slow

RESOURCES = [f"facilitator/resources/formats/{name}.toml" for name in (
    "action_learning", "audio_action_learning", "case_consultation", "co_consulting",
    "one_to_one_coaching",
)] + [
    "facilitator/resources/sounds/phase_end.wav",
    "facilitator/resources/sounds/warning.wav",
    "facilitator/resources/icons/facilitator.svg",
]  # fmt: skip


def test_the_wheel_holds_the_resources_and_no_tests(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    assert set(RESOURCES) <= names
    assert not [n for n in names if n.startswith(("tests/", "bench/", "docs/", "packaging/"))]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(built["wheel"]).read(metadata).decode()
    assert f"Version: {project_version()}" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert built["wheel"].name.endswith("-py3-none-any.whl")


def test_the_sdist_holds_the_resources_and_the_desktop_files(built):
    with tarfile.open(built["sdist"]) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert set(RESOURCES) <= names
    assert {
        "pyproject.toml", "README.md", "LICENSE", "packaging/facilitator.spec",
        "packaging/build.sh", "packaging/make_icons.py",
        "packaging/linux/org.facilitatorapp.Facilitator.desktop",
        "packaging/linux/org.facilitatorapp.Facilitator.metainfo.xml",
    } <= names  # fmt: skip
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """A fresh virtual environment, outside the checkout, with the wheel installed."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    full = os.environ.get("FACILITATOR_TEST_FULL_INSTALL") == "1"
    subprocess.run(
        [sys.executable, "-m", "venv", *([] if full else ["--without-pip"]), str(venv)],
        check=True,
        timeout=120,
    )
    python = venv / "bin" / "python"
    if full:
        pip = [str(python), "-m", "pip", "install", "--quiet", str(built["wheel"])]
    else:
        site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"))
        (site / "zz_borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
               "--no-deps", "--no-index", str(built["wheel"])]  # fmt: skip
    result = subprocess.run(pip, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return venv


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FACILITATOR_RESOURCES")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def _run(*command, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=120,
        cwd=cwd or Path.home(), env=_env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout.strip()


def test_the_installed_program_is_the_wheel_not_the_checkout(installed):
    python = installed / "bin" / "python"
    where = _run(
        python, "-c",
        "import facilitator, facilitator.resources as r; "
        "print(facilitator.__file__); print(r.builtin_formats_dir()); print(facilitator.__version__)",
    ).splitlines()  # fmt: skip
    assert all(Path(p).is_relative_to(installed) for p in where[:2]), where
    assert not any(Path(p).is_relative_to(ROOT) for p in where[:2]), where
    assert where[2] == project_version()
    if os.environ.get("FACILITATOR_TEST_FULL_INSTALL") != "1":
        _run(sys.executable, "-m", "pip", "--python", python, "check")


def test_version(installed):
    assert (
        _run(installed / "bin" / "facilitator", "--version") == f"facilitator {project_version()}"
    )


def test_formats_lists_all_five(installed):
    out = _run(installed / "bin" / "facilitator", "formats")
    listed = re.findall(r"^([a-z0-9-]+): ", out, flags=re.MULTILINE)
    assert sorted(listed) == sorted(FORMAT_IDS)


def test_formats_says_so_loudly_when_the_resources_are_missing(installed, tmp_path):
    result = subprocess.run(
        [str(installed / "bin" / "facilitator"), "formats"], capture_output=True, text=True,
        timeout=60, cwd=tmp_path, env={**_env(), "FACILITATOR_RESOURCES": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 1
    assert "no built-in formats found" in result.stderr


def test_the_demo_runs_offscreen(installed, tmp_path):
    demo = subprocess.Popen(
        [str(installed / "bin" / "facilitator"), "--demo"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        env=_env(TMPDIR=str(tmp_path)),  # the demo's throw-away folder goes there
    )  # fmt: skip
    try:
        time.sleep(4)
        alive = demo.poll() is None
    finally:
        demo.terminate()
        _out, err = demo.communicate(timeout=20)
    assert alive, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    folder = Path(re.search(r"Demo records are in (\S+) ", err).group(1))
    with sqlite3.connect(folder / "records.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] >= 1
