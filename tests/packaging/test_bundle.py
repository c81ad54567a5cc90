"""The PyInstaller one-folder app: built by packaging/build.sh, it starts offscreen,
lists the five formats, runs the demo, carries its desktop files, and leaves out the
parts of Qt it does not use.

Building takes about two minutes, so it runs when FACILITATOR_TEST_BUNDLE=1 (CI sets it
in .ci/run); `FACILITATOR_TEST_BUNDLE=1 ./dev test tests/packaging` runs it by hand.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.packaging.conftest import APP_ID, FORMAT_IDS, PACKAGING, project_version

pytestmark = [
    pytest.mark.slow,
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("FACILITATOR_TEST_BUNDLE") != "1",
        reason="builds the app bundle (~2 min): set FACILITATOR_TEST_BUNDLE=1",
    ),
]

# The whole of PySide6 is ~650 MB; the bundle with only what it needs is ~245 MB.
MAX_BUNDLE_MB = 320
NOT_WANTED = re.compile(r"WebEngine|Qt3D|QtCharts|QtDataVisualization|QtPdf|Designer|QtBluetooth")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    env = {
        **os.environ,
        "DIST": str(work / "dist"),
        "BUILD": str(work / "build"),
        "NO_TARBALL": "1",
    }
    result = subprocess.run(
        ["bash", str(PACKAGING / "build.sh")], capture_output=True, text=True, env=env, timeout=1200
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    print(result.stdout)  # the build time and the bundle's size, for -s / the CI log
    return work / "dist" / "facilitator"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FACILITATOR_RESOURCES")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}


def _run(bundle: Path, tmp_path: Path, *args: str) -> str:
    result = subprocess.run(
        [str(bundle / "facilitator"), *args], capture_output=True, text=True, timeout=120,
        cwd=tmp_path, env=_env(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout.strip()


def test_the_frozen_app_knows_its_version(bundle, tmp_path):
    assert _run(bundle, tmp_path, "--version") == f"facilitator {project_version()}"


def test_the_frozen_app_lists_the_five_formats(bundle, tmp_path):
    out = _run(bundle, tmp_path, "formats")
    assert sorted(re.findall(r"^([a-z0-9-]+): ", out, flags=re.MULTILINE)) == sorted(FORMAT_IDS)


def test_the_frozen_demo_runs_offscreen(bundle, tmp_path):
    demo = subprocess.Popen(
        [str(bundle / "facilitator"), "--demo"], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=_env(tmp_path),
    )  # fmt: skip
    try:
        time.sleep(4)
        alive = demo.poll() is None
    finally:
        demo.terminate()
        _out, err = demo.communicate(timeout=20)
    assert alive, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    assert "Demo records are in" in err


def test_the_bundle_carries_its_files_and_not_the_rest_of_qt(bundle):
    internal = bundle / "_internal"
    resources = internal / "facilitator" / "resources"
    formats = list((resources / "formats").glob("*.toml"))
    assert len([f for f in formats if f.name.count(".") == 1]) == len(FORMAT_IDS)
    for language in ("pl", "de"):  # each method in Polish and German, and the program too
        assert len([f for f in formats if f.name.endswith(f".{language}.toml")]) == len(FORMAT_IDS)
        assert (resources / "translations" / f"facilitator_{language}.qm").is_file()
    assert (resources / "sounds" / "phase_end.wav").is_file()
    assert (resources / "icons" / "facilitator.svg").is_file()
    share = bundle / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    unwanted = [str(p.relative_to(bundle)) for p in files if NOT_WANTED.search(p.name)]
    assert not unwanted
    assert not list(internal.glob("PySide6/Qt*Quick*.abi3.so"))  # no Python QML/Quick modules
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert not dangling
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb < MAX_BUNDLE_MB, f"the bundle grew to {size_mb:.0f} MB"
