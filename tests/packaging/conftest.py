"""What the packaging tests share: the checkout, a clean copy of it, the built artefacts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.facilitatorapp.Facilitator"
FORMAT_IDS = (
    "action-learning",
    "audio-action-learning",
    "case-consultation",
    "co-consulting",
    "one-to-one-coaching",
)
# Never copied: what a build or a run leaves behind, and the developer's own environment.
_LEFT_BEHIND = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.pyc", "build", "dist", "*.egg-info",
    ".pytest_cache", ".ruff_cache", ".hypothesis", "shots", "NOTES-*.md",
)  # fmt: skip


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def clean_copy(dest: Path) -> Path:
    """The checkout as a fresh clone would have it, so a build leaves nothing in it."""
    shutil.copytree(ROOT, dest, ignore=_LEFT_BEHIND)
    return dest


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> dict[str, Path]:
    """The sdist, and the wheel built from that sdist (as `python -m build` does)."""
    source = clean_copy(tmp_path_factory.mktemp("source") / "facilitator")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,) = out.glob("facilitator-*.tar.gz")
    (wheel,) = out.glob("facilitator-*.whl")
    return {"sdist": sdist, "wheel": wheel}
