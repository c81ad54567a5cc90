#!/usr/bin/env bash
# Build Facilitator as a one-folder app with PyInstaller:
#   packaging/build.sh            → dist/facilitator/ (run dist/facilitator/facilitator)
#                                   and dist/facilitator-VERSION-linux-x86_64.tar.gz
# The icons (PNG sizes, .ico, .icns) are made from the SVG first, into build/icons/;
# the .desktop file, the AppStream metainfo and the icons go into dist/facilitator/share/
# so the folder can be unpacked anywhere (see packaging/README.md).
# Environment: PYTHON (default: .venv/bin/python, made by ./dev), DIST, BUILD, NO_TARBALL=1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python="${PYTHON:-$root/.venv/bin/python}"
dist="${DIST:-$root/dist}"
build="${BUILD:-$root/build}"
app_id="org.facilitatorapp.Facilitator"

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "Installing PyInstaller into $("$python" -c 'import sys; print(sys.prefix)')…" >&2
  "$python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
fi
version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"

start=$SECONDS
QT_QPA_PLATFORM=offscreen "$python" packaging/make_icons.py "$build/icons" >/dev/null
FACILITATOR_ICONS_DIR="$build/icons" "$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$build/pyinstaller" packaging/facilitator.spec

app="$dist/facilitator"
share="$app/share"
rm -rf "$share"
install -Dm644 "packaging/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "packaging/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
mkdir -p "$share/icons"
cp -r "$build/icons/hicolor" "$share/icons/"
install -Dm644 LICENSE "$app/LICENSE"

echo "Built $app in $((SECONDS - start)) s: $(du -sh "$app" | cut -f1) on disk."
if [ "${NO_TARBALL:-0}" != 1 ] && [ "$(uname -s)" = Linux ]; then
  tarball="$dist/facilitator-$version-linux-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$tarball" facilitator
  echo "Packed $tarball: $(du -sh "$tarball" | cut -f1)."
fi
