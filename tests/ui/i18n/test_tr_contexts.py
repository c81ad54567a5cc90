"""lupdate can file every message under the context it is looked up in.

`obj.tr("…")` on anything but `self` is filed by lupdate under the variable's name
(`controller`, `dialog`) while Qt looks it up under the object's class name, so the
translation never shows (QA of issue 19: the undo menu's "New note" stayed English in
Polish and German). Outside a QObject's own methods the code must say
`QCoreApplication.translate("ClassName", "…")` with a literal context.
"""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator

PACKAGE = Path(facilitator.__file__).resolve().parent


def _tr_on_other_objects(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls"))
        ):
            found.append((node.lineno, ast.unparse(node.func.value)))
    return found


def test_the_check_finds_tr_called_on_a_variable():
    assert _tr_on_other_objects("def f(controller):\n    return controller.tr('Note')\n") == [
        (2, "controller")
    ]
    assert _tr_on_other_objects("class A:\n    def f(self):\n        return self.tr('x')\n") == []


def test_no_message_is_translated_through_another_objects_tr():
    wrong = [
        f"{path.relative_to(PACKAGE)}:{line}: {receiver}.tr(…)"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, receiver in _tr_on_other_objects(path.read_text(encoding="utf-8"))
    ]
    assert wrong == []
