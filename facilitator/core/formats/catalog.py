"""All the formats a user can choose: the built-in ones and their own.

A broken user file never stops the program: it is left out and its problems are listed
in ``Catalog.errors``, each naming the file, the line and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from facilitator.core.formats.format import Format, FormatError, FormatInvalid
from facilitator.core.formats.schema import load_format_file


@dataclass
class Catalog:
    formats: list[Format] = field(default_factory=list)
    errors: list[FormatError] = field(default_factory=list)

    def get(self, format_id: str) -> Format:
        for fmt in self.formats:
            if fmt.id == format_id:
                return fmt
        known = ", ".join(f.id for f in self.formats)
        raise KeyError(f"There is no format '{format_id}'. Known formats: {known}.")

    def ids(self) -> list[str]:
        return [f.id for f in self.formats]


def is_translation(path: Path) -> bool:
    """`case_consultation.pl.toml` is a translation of `case_consultation.toml`."""
    stem = path.name.removesuffix(".toml")
    base, dot, lang = stem.rpartition(".")
    return bool(dot and base and 2 <= len(lang) <= 3 and lang.isalpha())


def load_catalog(
    builtin_dir: Path, user_dir: Path | None = None, language: str = "en"
) -> Catalog:
    """Every format in the two folders, in `language` where a translation exists."""
    catalog = Catalog()
    for folder in (builtin_dir, user_dir):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if is_translation(path):
                continue
            try:
                fmt = load_format_file(path, path.with_name(f"{path.stem}.{language}.toml"))
            except FormatInvalid as exc:
                catalog.errors.extend(exc.errors)
                continue
            if fmt.id in catalog.ids():
                catalog.errors.append(
                    FormatError(
                        path.name,
                        1,
                        f"id '{fmt.id}' is already used by another format; give this one its own id",
                    )
                )
                continue
            catalog.formats.append(fmt)
    return catalog
