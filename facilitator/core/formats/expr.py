"""Arithmetic expressions in format files, such as ``"(call_hours * 60 - 50) / issue_holders"``.

Only numbers, names, + - * / // %, parentheses and min/max/round/ceil/floor are allowed;
anything else is refused with a message, never executed.
"""

from __future__ import annotations

import ast
import functools
import math
import operator
from collections.abc import Callable, Mapping
from typing import Any

_BINOPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}
_UNARY: dict[type, Callable[[Any], Any]] = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS: dict[str, Callable[..., Any]] = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


class ExpressionError(ValueError):
    """An expression that cannot be read or evaluated; the message says why."""


@functools.lru_cache(maxsize=512)
def _parse(source: str) -> ast.expr:
    """The expression's tree; cached, as formats evaluate the same few many times."""
    try:
        return ast.parse(source.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise ExpressionError(f"'{source}' is not a valid arithmetic expression") from None


def names_in(source: str) -> set[str]:
    """The variable names an expression uses (function names excluded)."""
    tree = _parse(source)
    funcs = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in funcs}


def evaluate(source: str | float | int, names: Mapping[str, float]) -> float:
    """Evaluate a number or an expression string with the given variables."""
    if isinstance(source, bool):
        raise ExpressionError("expected a number or an expression, got true/false")
    if not isinstance(source, int | float | str):
        raise ExpressionError(f"expected a number or an expression, got {source!r}")
    try:
        if not isinstance(source, str):
            return float(source)
        return float(_eval(_parse(source), names, source))
    except (OverflowError, RecursionError):
        raise ExpressionError(f"'{source}' is too large or too deeply nested to compute") from None


def _eval(node: ast.expr, names: Mapping[str, float], source: str) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        if isinstance(node.value, bool):
            raise ExpressionError(f"'{source}': true/false is not a number")
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in names:
            known = ", ".join(sorted(names)) or "none"
            raise ExpressionError(f"'{source}' uses unknown name '{node.id}' (known: {known})")
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left = _eval(node.left, names, source)
        right = _eval(node.right, names, source)
        try:
            return _BINOPS[type(node.op)](left, right)
        except ZeroDivisionError:
            raise ExpressionError(f"'{source}' divides by zero") from None
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, names, source))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
        and node.args
    ):
        args = [_eval(a, names, source) for a in node.args]
        try:
            return _FUNCS[node.func.id](*args)
        except TypeError:
            raise ExpressionError(f"'{source}': wrong number of arguments") from None
        except (OverflowError, ValueError):  # ceil, floor or round of inf or nan
            raise ExpressionError(
                f"'{source}': {node.func.id} of a number that is not finite"
            ) from None
    raise ExpressionError(
        f"'{source}' may use only numbers, names, + - * / and min, max, round, ceil, floor"
    )
