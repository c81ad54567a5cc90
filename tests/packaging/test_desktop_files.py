"""Desktop integration: the .desktop file and the AppStream metainfo pass their
validators (skipped only when the validator is not installed: Debian's
desktop-file-utils and appstream), and the icons are made from the one SVG."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser

import pytest

from tests.packaging.conftest import APP_ID, PACKAGING, ROOT, project_version

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SVG = ROOT / "facilitator" / "resources" / "icons" / "facilitator.svg"


def _load_make_icons():
    """packaging/make_icons.py, by path: packaging/ is no package (the name is PyPI's)."""
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_file_validates():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_names_the_app_the_icon_and_the_command():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "facilitator"


def test_metainfo_matches_the_program():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == project_version(), (
        "add release notes for the version in pyproject.toml"
    )
    assert newest.find("description") is not None
    images = [i.text for i in root.iter("image")]
    assert images, "screenshots"
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "img" / url.rsplit("/", 1)[1]).is_file(), url


def test_the_svg_icon_is_valid(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


def test_icons_are_made_from_the_svg(qapp, tmp_path):
    from PySide6.QtGui import QImage

    make_icons = _load_make_icons()
    made = make_icons.make_icons(tmp_path)
    for size in make_icons.SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0  # the corners stay transparent
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        SVG.read_bytes()
    )
    assert len(made) == len(make_icons.SIZES) + 3

    ico = (tmp_path / "facilitator.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sides = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, size, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert QImage.fromData(ico[offset : offset + size]).width() == (w or 256)
        sides.append(w or 256)
    assert sides == list(make_icons.ICO_SIZES)

    icns = (tmp_path / "facilitator.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    at, kinds = 8, []
    while at < len(icns):
        kind, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        assert (
            QImage.fromData(icns[at + 8 : at + length]).width()
            == {v: k for k, v in make_icons.ICNS_TYPES.items()}[kind]
        )
        kinds.append(kind)
        at += length
    assert at == len(icns) and len(kinds) == len(make_icons.ICNS_SIZES)
