"""Malformed format files: every problem is a FormatError naming the file, the line and
what is wrong; nothing else ever escapes from the parser."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.formats.catalog import load_catalog
from facilitator.core.formats.format import Format, FormatInvalid
from facilitator.core.formats.schema import load_format_file, parse_format
from facilitator.core.plan.rounds import PlanError, make_plan
from facilitator.core.plan.timeline import build_timeline
from facilitator.resources import builtin_formats_dir
from tests.core.helpers import BUILTIN_FILES, hsettings, people

# A small valid format; the line numbers matter (see the table in the tests below).
BASE = """\
id = "tiny"
title = "Tiny"
description = "A tiny format for the tests."
group_size = { min = 2, max = 3 }

[[roles]]
id = "holder"
name = "Holder"
assign = "holder"
does = "Brings an issue."

[[roles]]
id = "helper"
name = "Helper"
assign = "rest"
does = "Helps."

[[parameters]]
id = "length"
label = "Length"
default = 10
min = 5
max = 20

[rounds]
count = "members"

[[rounds.phases]]
name = "Talk"
minutes = "length"
speakers = ["holder"]
muted = ["helper"]

[[rounds.phases]]
name = "Review"
minutes = 5
speakers = ["holder", "helper"]
[rounds.phases.instructions]
holder = "Say what helped."
helper = "Listen."
"""
FILE = "tiny.toml"


def with_line(number: int, new: str, expect_old: str | None = None) -> str:
    """BASE with line `number` (1-based) replaced by `new` (which may span lines)."""
    lines = BASE.splitlines()
    if expect_old is not None:  # guard the test itself against a drifting BASE
        assert lines[number - 1].startswith(expect_old), lines[number - 1]
    lines[number - 1] = new
    return "\n".join(lines) + "\n"


def errors_of(text: str, file: str = FILE):
    with pytest.raises(FormatInvalid) as info:
        parse_format(text, file)
    errs = info.value.errors
    assert errs, "FormatInvalid without errors"
    for e in errs:
        assert e.file == file
        assert e.line >= 1
        assert e.message.strip()
        assert str(e).startswith(f"{file}, line {e.line}: ")
    return errs


def only_error(text: str):
    errs = errors_of(text)
    assert len(errs) == 1, [str(e) for e in errs]
    return errs[0]


def test_base_is_valid():
    f = parse_format(BASE, FILE)
    assert isinstance(f, Format)
    assert f.id == "tiny"
    assert f.rounds is not None and len(f.rounds.phases) == 2
    assert f.file == FILE


# (line, replacement, words the message must contain)
CASES = [
    # durations
    (36, "minutes = 0", ["Review", "more than 0", "got 0"]),
    (36, "minutes = -5", ["Review", "more than 0", "-5"]),
    (36, "minutes = -0.5", ["more than 0", "-0.5"]),
    (36, 'minutes = "abc"', ["Review", "unknown name", "abc"]),
    (36, "minutes = true", ["Review", "number of minutes", "True"]),
    (36, "minutes = [5]", ["Review", "number of minutes"]),
    (36, "minutes = 100000", ["Review", "absurd", "100000"]),
    (30, 'minutes = "length * 30"', ["Talk", "absurd", "600", "length = 20"]),  # at max
    (30, 'minutes = "length - 5"', ["Talk", "more than 0", "length = 5"]),  # length at its min
    (36, 'minutes = "2 +"', ["Review", "not a valid arithmetic expression"]),
    (36, "minutes = nan", ["Review", "more than 0"]),
    # expressions
    (30, 'minutes = "lenght * 2"', ["Talk", "unknown name", "lenght"]),
    (30, 'minutes = "length / (members - 2)"', ["Talk", "divides by zero"]),
    (30, "minutes = \"__import__('os')\"", ["Talk", "may use only"]),
    # roles
    (31, 'speakers = ["holder", "ghost"]', ["Talk", "unknown role 'ghost'", "speakers"]),
    (32, 'muted = ["ghost"]', ["Talk", "unknown role 'ghost'", "muted"]),
    (40, 'ghost = "Listen."', ["Review", "instructions", "unknown role 'ghost'"]),
    (32, 'listeners = ["nobody"]', ["unknown role 'nobody'", "listeners"]),
    (15, 'assign = "boss"', ["assign", "holder, fixed, duty, rest", "boss"]),
    # unknown keys
    (33, 'colour = "red"', ["unknown key 'colour'", "phase"]),
    (5, 'flavour = "mint"', ["unknown key 'flavour'"]),
    # group size
    (4, "group_size = { min = 0, max = 3 }", ["group_size.min", "1 to 50", "0"]),
    (4, "group_size = { min = 2, max = 99 }", ["group_size.max", "1 to 50", "99"]),
    (4, "group_size = { min = 4, max = 3 }", ["group_size.min (4)", "larger", "(3)"]),
    (4, "group_size = 3", ["group_size", "must be a table"]),
    (4, 'group_size = { min = "two", max = 3 }', ["group_size.min", "whole number"]),
    # parameters
    (21, "default = 30", ["parameter 'length'", "default 30", "outside 5–20"]),
    (21, "default = 1", ["parameter 'length'", "outside 5–20"]),
    (21, 'default = "ten"', ["parameter 'length'", "must be a number", "ten"]),
    (22, "min = true", ["parameter 'length'", "min", "must be a number"]),
    (19, 'id = "members"', ["parameter id 'members'", "members or participants"]),
    # texts
    (2, "title = 7", ["'title'", "non-empty text"]),
    (2, 'title = "   "', ["'title'", "non-empty text"]),
    (29, "name = 3", ["'name'", "non-empty text"]),
    # invalid TOML: the line comes from the decoder
    (13, 'id = "helper', ["not valid TOML"]),
    (14, 'name "Helper"', ["not valid TOML"]),
    (26, "count = ", ["not valid TOML"]),
    (37, 'speakers = ["holder" "helper"]', ["not valid TOML", "Unclosed array"]),
]


@pytest.mark.parametrize("line, new, words", CASES, ids=[c[1] for c in CASES])
def test_malformed_line_is_reported_with_its_line(line, new, words):
    err = only_error(with_line(line, new))
    assert err.line == line, str(err)
    for w in words:
        assert w in err.message, f"{w!r} not in {err.message!r}"


@pytest.mark.parametrize(
    "new, words",
    [('id = "holder"', ["role id 'holder'", "twice"]), ('id = "Helper Role"', ["lower case"])],
)
def test_bad_role_id_is_reported_first_and_its_uses_after(new, words):
    errs = errors_of(with_line(13, new, "id = "))
    assert errs[0].line == 13
    for w in words:
        assert w in errs[0].message
    # the phases that name the lost role 'helper' are reported at their own lines
    assert [e.line for e in errs[1:]] == [32, 37, 40]
    assert all("'helper'" in e.message for e in errs[1:])


def test_several_problems_are_all_reported():
    text = with_line(31, 'speakers = ["ghost"]')
    text = text.replace('muted = ["helper"]', 'muted = ["phantom"]')
    text = text.replace('assign = "rest"', 'assign = "boss"')
    errs = errors_of(text)
    lines = sorted(e.line for e in errs)
    assert lines == [15, 31, 32]


def test_no_phases_in_rounds():
    # keep [rounds] but delete every [[rounds.phases]] (lines 27–40)
    text = "\n".join(BASE.splitlines()[:26]) + "\n"
    errs = errors_of(text)
    msgs = {e.line: e.message for e in errs}
    assert 25 in msgs and "no phases" in msgs[25]
    assert any("the format has no phases" in e.message for e in errs)


def test_no_phases_at_all():
    text = "\n".join(BASE.splitlines()[:24]) + "\n"  # no [rounds], no opening, no closing
    err = only_error(text)
    assert err.line == 1
    assert "no phases" in err.message and "[[opening]]" in err.message


def test_empty_opening_list_and_empty_rounds_phases():
    lines = BASE.splitlines()[:26]  # up to 'count = "members"' in [rounds]
    lines[4] = "opening = []"  # line 5, top level
    lines.append("phases = []")  # line 27, in [rounds]
    errs = errors_of("\n".join(lines) + "\n")
    assert [(e.line, e.message) for e in errs] == [
        (25, "[rounds] has no phases: add [[rounds.phases]] entries"),
        (1, "the format has no phases: add [[opening]], [[rounds.phases]] or [[closing]]"),
    ]


def test_phase_without_minutes_points_at_its_table():
    text = with_line(36, "", "minutes = 5")
    err = only_error(text)
    assert err.line == 34  # the [[rounds.phases]] header of 'Review'
    assert "'Review' needs 'minutes'" in err.message


def test_rounds_without_a_holder_role():
    text = with_line(9, 'assign = "duty"', 'assign = "holder"')
    errs = errors_of(text)
    assert any(e.line == 25 and 'assign = "holder"' in e.message for e in errs)


def test_missing_group_size():
    text = with_line(4, "", "group_size")
    err = only_error(text)
    assert "group_size" in err.message and err.line == 1


def test_derived_value_dividing_by_zero_is_reported_at_its_line():
    text = with_line(5, 'derived = { per = "length / (members - 2)" }', "")
    text = text.replace('minutes = "length"', 'minutes = "per"')
    errs = errors_of(text)
    assert [e.line for e in errs] == [5], [str(e) for e in errs]
    assert "per" in errs[0].message and "divides by zero" in errs[0].message


def test_derived_value_with_unknown_name():
    text = with_line(5, 'derived = { per = "lenght / 2" }', "")
    err = only_error(text)
    assert err.line == 5
    assert "derived value 'per'" in err.message and "lenght" in err.message


def test_round_count_that_cannot_be_computed_is_a_format_error():
    err = only_error(with_line(26, 'count = "members / 0"', "count"))
    assert err.line == 26
    assert "divides by zero" in err.message


def test_parameter_default_not_among_choices():
    text = with_line(23, "max = 20\nchoices = [5, 20]", "max = 20")
    err = only_error(text)
    assert err.line == 21
    assert "not one of the choices" in err.message


def test_parameter_bound_checks_use_every_extreme():
    # fine at the default (10) but zero at the minimum (5): 5 - 5
    err = only_error(with_line(30, 'minutes = "length - 5"'))
    assert "length = 5" in err.message


@pytest.mark.parametrize(
    "line, new, words",
    [
        (9, 'asign = "holder"', ["unknown key 'asign'", "role"]),
        (22, "minimum = 5", ["unknown key 'minimum'", "parameter"]),
        (26, "cuont = 3", ["unknown key 'cuont'", "rounds"]),
    ],
)
def test_unknown_keys_in_roles_parameters_and_rounds(line, new, words):
    errs = errors_of(with_line(line, new))
    hits = [e for e in errs if e.line == line]
    assert hits, [str(e) for e in errs]
    for w in words:
        assert w in hits[0].message, hits[0].message


def test_error_string_names_file_and_line():
    err = only_error(with_line(36, "minutes = 0"))
    assert str(err).startswith("tiny.toml, line 36: ")


def test_non_utf8_and_missing_files(tmp_path):
    bad = tmp_path / "latin.toml"
    bad.write_bytes(BASE.replace("Tiny", "Tíny").encode("latin-1"))
    with pytest.raises(FormatInvalid) as info:
        load_format_file(bad)
    (err,) = info.value.errors
    assert err.file == "latin.toml" and err.line == 1 and "UTF-8" in err.message

    with pytest.raises(FormatInvalid) as info:
        load_format_file(tmp_path / "gone.toml")
    assert "cannot be read" in info.value.errors[0].message


# -- the catalog: broken user files never stop the program ----------------------------------


def test_catalog_with_broken_user_files(tmp_path):
    user = tmp_path / "formats"
    user.mkdir()
    (user / "mine.toml").write_text(BASE.replace('id = "tiny"', 'id = "mine"'), encoding="utf-8")
    (user / "broken.toml").write_text(with_line(36, "minutes = 0"), encoding="utf-8")
    (user / "latin.toml").write_bytes(BASE.replace("Tiny", "Tíny").encode("latin-1"))
    dup = (builtin_formats_dir() / "co_consulting.toml").read_text(encoding="utf-8")
    (user / "dup.toml").write_text(dup, encoding="utf-8")
    (user / "notes.txt").write_text("not a format", encoding="utf-8")

    cat = load_catalog(builtin_formats_dir(), user)
    assert sorted(cat.ids()) == [
        "action-learning",
        "audio-action-learning",
        "case-consultation",
        "co-consulting",
        "mine",
        "one-to-one-coaching",
    ]
    by_file = {}
    for e in cat.errors:
        by_file.setdefault(e.file, []).append(e)
    assert sorted(by_file) == ["broken.toml", "dup.toml", "latin.toml"]
    assert by_file["broken.toml"][0].line == 36
    assert "more than 0" in by_file["broken.toml"][0].message
    assert "UTF-8" in by_file["latin.toml"][0].message
    assert "co-consulting" in by_file["dup.toml"][0].message
    assert "already used" in by_file["dup.toml"][0].message
    # the built-in co-consulting is the one kept
    assert cat.get("co-consulting").file == "co_consulting.toml"
    with pytest.raises(KeyError, match="no format 'nope'"):
        cat.get("nope")


def test_catalog_with_missing_user_dir(tmp_path):
    cat = load_catalog(builtin_formats_dir(), tmp_path / "absent")
    assert len(cat.formats) == 5 and cat.errors == []


# -- fuzz: random damage to real files --------------------------------------------------------

_TEXTS = {n: (builtin_formats_dir() / n).read_text(encoding="utf-8") for n in BUILTIN_FILES}
_KEY_LINE = re.compile(r"^(\s*[A-Za-z0-9_\-\"'.]+\s*=\s*)(.*)$")
_NUMERIC_LINE = re.compile(
    r"^\s*(minutes|count|break_after|default|min|max|choices|warn_at|"
    r"round_minutes|explore|clarify|group_size)\s*="
)
_VALUES = [
    "0",
    "-1",
    "-0.5",
    "0.0001",
    "100000",
    "1e400",
    "-inf",
    "inf",
    "nan",
    "true",
    '"abc"',
    '""',
    '"  "',
    "[]",
    "{}",
    '[1, "a"]',
    '["ghost"]',
    "{ min = 0, max = 0 }",
    "{ min = 3 }",
    '"1/0"',
    '"members / 0"',
    '"members - members"',
    '"ceil(1e400)"',
    '"round(1e400)"',
    '"floor(1e308 * 10 - 1e308 * 10)"',
    '"min()"',
    '"max(1)"',
    '"round(1, 2, 3)"',
    "\"__import__('os').system('true')\"",
    '"x.y"',
    '"lambda: 1"',
    '"2 ** 3"',
    '"(((("',
    '"' + "-" * 2000 + '1"',
    "1" + "0" * 400,
    '"1' + "0" * 400 + '"',
    "1" + "0" * 5000,
    "[" * 2000 + "]" * 2000,
    '"issue_holders"',
    '"explore"',
    '"call_hours * 1e300"',
    '"holder"',
    '"fixed"',
    '"duty"',
    '"rest"',
    "2024-01-01",
]
_KEYS = [
    "id",
    "name",
    "minutes",
    "speakers",
    "muted",
    "count",
    "break_after",
    "assign",
    "default",
    "min",
    "max",
    "choices",
    "warn_at",
    "group_size",
    "colour",
    "break",
    "instructions",
]


@st.composite
def damaged_format(draw):
    name = draw(st.sampled_from(BUILTIN_FILES))
    lines = _TEXTS[name].splitlines()
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            lines = [""]
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(
            st.sampled_from(
                [
                    "delete",
                    "duplicate",
                    "replace",
                    "value",
                    "number",
                    "key",
                    "bytes",
                    "text",
                    "truncate",
                ]
            )
        )
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "replace":
            lines[i] = lines[draw(st.integers(0, len(lines) - 1))]
        elif kind == "value":
            keyed = [j for j, line in enumerate(lines) if _KEY_LINE.match(line)]
            j = draw(st.sampled_from(keyed)) if keyed else i
            m = _KEY_LINE.match(lines[j])
            value = draw(
                st.one_of(
                    st.sampled_from(_VALUES),
                    st.integers().map(str),
                    st.floats(allow_nan=False, allow_infinity=False).map(repr),
                    st.text(max_size=12).map(
                        lambda s: '"' + s.replace("\\", "").replace('"', "") + '"'
                    ),
                )
            )
            lines[j] = (m.group(1) if m else "minutes = ") + value
        elif kind == "number":  # aim at the values that are computed with
            numeric = [j for j, line in enumerate(lines) if _NUMERIC_LINE.match(line)]
            if numeric:
                j = draw(st.sampled_from(numeric))
                key = _NUMERIC_LINE.match(lines[j]).group(1)
                lines[j] = f"{key} = {draw(st.sampled_from(_VALUES))}"
        elif kind == "key":
            m = _KEY_LINE.match(lines[i])
            if m:
                lines[i] = draw(st.sampled_from(_KEYS)) + " = " + m.group(2)
        elif kind == "bytes":
            junk = draw(st.binary(min_size=1, max_size=16)).decode("latin-1")
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + junk + lines[i][pos:]
        elif kind == "text":
            lines.insert(i, draw(st.text(max_size=30)))
        else:
            lines = lines[: i + 1]
    return name, "\n".join(lines) + draw(st.sampled_from(["\n", ""]))


def _check_fuzzed(name: str, text: str) -> None:
    try:
        f = parse_format(text, name)
    except FormatInvalid as exc:
        assert exc.errors
        last_line = text.count("\n") + 1
        for e in exc.errors:
            assert e.file == name
            assert 1 <= e.line <= last_line, str(e)
            assert e.message.strip()
        return
    assert isinstance(f, Format)
    # a format that loads must also plan and time without surprises
    params = f.resolve_params()
    for n in range(f.group_min, min(f.group_max, f.group_min + 2) + 1):
        try:
            plan = make_plan(f, params, people(n) if n <= 10 else [f"P{k}" for k in range(n)])
            tl = build_timeline(f, params, plan)
        except PlanError as exc:
            assert str(exc).strip()
            continue
        assert all(p.planned > 0 for p in tl.phases)


@hsettings(1000)
@given(damaged_format())
def test_fuzzed_builtin_files_fail_only_with_format_errors(case):
    name, text = case
    _check_fuzzed(name, text)


@pytest.mark.parametrize(
    "value",
    [
        '"ceil(1e400)"',
        '"round(1e400)"',
        '"floor(1e308 * 10 - 1e308 * 10)"',
        "1" + "0" * 400,
        '"1' + "0" * 400 + '"',
        '"' + "-" * 2000 + '1"',
        '"' + "(" * 300 + "1" + ")" * 300 + '"',
        '"1\\u0000"',
    ],
)
def test_pathological_minutes_are_format_errors(value):
    text = with_line(36, "minutes = " + value, "minutes = 5")
    errs = errors_of(text)
    assert all(e.line == 36 for e in errs), [str(e) for e in errs]


@pytest.mark.parametrize("value", ["1" + "0" * 5000, "[" * 2000 + "]" * 2000])
def test_values_the_toml_reader_refuses_are_format_errors(value):
    err = only_error(with_line(36, "minutes = " + value, "minutes = 5"))
    assert "not valid TOML" in err.message
    assert err.line == 1  # the decoder gives no position for these


@pytest.mark.parametrize("where", [21, 22, 23])
def test_huge_parameter_numbers_are_format_errors(where):
    key = BASE.splitlines()[where - 1].split("=")[0].strip()
    errs = errors_of(with_line(where, f"{key} = 1" + "0" * 400))
    assert any(e.line == where for e in errs), [str(e) for e in errs]


def test_huge_choice_is_a_format_error():
    errs = errors_of(with_line(23, "max = 20\nchoices = [10, 1" + "0" * 400 + "]"))
    assert any(e.line == 24 and "choices" in e.message for e in errs), [str(e) for e in errs]


# -- line numbers inside the real files -------------------------------------------------------


def _builtin_with_line(name: str, number: int, expect_old: str, new: str) -> str:
    lines = _TEXTS[name].splitlines()
    assert lines[number - 1].startswith(expect_old), lines[number - 1]
    lines[number - 1] = new
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "name, line, old, new, words",
    [
        # the instructions table of the second round phase
        (
            "action_learning.toml",
            102,
            "issue_holder =",
            'ghost = "Answer."',
            ["unknown role 'ghost'"],
        ),
        # the third and the fourth round phase, both 'explore'
        (
            "action_learning.toml",
            107,
            "minutes =",
            "minutes = 0",
            ["Open questions", "more than 0"],
        ),
        ("action_learning.toml", 114, "minutes =", "minutes = -1", ["Suggestions", "more than 0"]),
        (
            "action_learning.toml",
            133,
            "speakers =",
            'speakers = ["chair"]',
            ["unknown role 'chair'"],
        ),
        # after the multi-line agreements array, in the break and the closing
        ("audio_action_learning.toml", 116, "minutes =", "minutes = 999", ["Break", "absurd"]),
        ("audio_action_learning.toml", 121, "minutes =", "minutes = 0", ["Review and close"]),
    ],
)
def test_lines_in_builtin_files(name, line, old, new, words):
    errs = errors_of(_builtin_with_line(name, line, old, new), name)
    assert len(errs) == 1, [str(e) for e in errs]
    assert errs[0].line == line
    for w in words:
        assert w in errs[0].message
