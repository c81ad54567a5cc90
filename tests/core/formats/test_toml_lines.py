"""Lines are counted as TOML counts them: only a newline ends one."""

from facilitator.core.formats.toml_lines import LineIndex


def test_unicode_line_separators_inside_strings_do_not_count_as_lines():
    text = 'a = 1\n[[roles]]\nid = "x\x85y\u2028z"\nname = 2\n'
    assert LineIndex(text).line_of(("roles", 0, "name")) == 4
