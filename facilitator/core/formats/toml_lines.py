"""Find the line of a key in a TOML text, so format errors can say where they are.

``tomllib`` gives values but no positions. This scans the text for table headers and
``key =`` lines and maps paths such as ``("rounds", "phases", 1, "minutes")`` to line
numbers. It is deliberately simple: anything it cannot place falls back to the nearest
enclosing table, and failing that to line 1.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'.]+)\s*=")

Path = tuple[str | int, ...]


def _split_dotted(name: str) -> list[str]:
    return [part.strip().strip("\"'") for part in name.split(".")]


class LineIndex:
    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        arrays: dict[tuple[str, ...], int] = {}
        current: Path = ()
        for number, line in enumerate(text.split("\n"), start=1):
            header = _HEADER.match(line)
            if header:
                names = _split_dotted(header.group(2))
                is_array = header.group(1) == "[["
                path: list[str | int] = []
                for depth, name in enumerate(names):
                    path.append(name)
                    key = tuple(names[: depth + 1])
                    last = depth == len(names) - 1
                    if last and is_array:
                        arrays[key] = arrays.get(key, -1) + 1
                        # a new item resets the counters of arrays nested inside it
                        for other in [
                            k for k in arrays if len(k) > len(key) and k[: len(key)] == key
                        ]:
                            del arrays[other]
                        path.append(arrays[key])
                    elif not last and key in arrays:
                        path.append(arrays[key])
                current = tuple(path)
                self._lines.setdefault(current, number)
                continue
            match = _KEY.match(line)
            if match:
                full = current + tuple(_split_dotted(match.group(1)))
                self._lines.setdefault(full, number)

    def line_of(self, path: Path) -> int:
        """The line of `path`, or of its nearest enclosing table; 1 if none is found."""
        path = tuple(path)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return 1
