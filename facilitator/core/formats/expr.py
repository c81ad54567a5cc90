"""Arithmetic expressions in format files, such as ``"(call_hours * 60 - 50) / issue_holders"``.

Only numbers, names, + - * / // %, parentheses and min/max/round/ceil/floor are allowed;
anything else is refused with a message, never executed.
"""

from __future__ import annotations

import ast
import functools
import math
import operator
import re
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
        return _Parser(source).parse()
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise ExpressionError(
            f"{_quote(source)} is not a valid arithmetic expression: it may use only numbers, "
            "names, + - * / // %, parentheses and min, max, round, ceil, floor"
        ) from None


_TOKEN = re.compile(
    r"\s*(?:(?P<number>(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)"
    r"|(?P<name>[A-Za-z_]\w*)|(?P<op>//|[-+*/%(),])|(?P<bad>\S))"
)
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2}
_AST_OPS = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv,
            "%": ast.Mod}  # fmt: skip
_MAX_NESTING = 100


class _Parser:
    """Numbers, names, + - * / // %, unary + -, parentheses and calls, into Python's own
    `ast` nodes. Chains of operators are read in a loop, not by recursion, so a valid
    expression of thousands of terms is read; only nesting is limited (100 levels)."""

    def __init__(self, source: str) -> None:
        self.tokens: list[tuple[str, str]] = []
        for match in _TOKEN.finditer(source.strip()):
            kind = match.lastgroup or "bad"
            if kind == "bad":
                raise SyntaxError(match.group(kind))
            self.tokens.append((kind, match.group(kind)))
        self.at = 0
        self.depth = 0

    def parse(self) -> ast.expr:
        tree = self._expression()
        if self.at != len(self.tokens):
            raise SyntaxError("unexpected text after the expression")
        return tree

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self, text: str | None = None) -> tuple[str, str]:
        token = self._peek()
        if token is None or (text is not None and token[1] != text):
            raise SyntaxError(f"expected {text or 'more'}")
        self.at += 1
        return token

    def _expression(self) -> ast.expr:
        self.depth += 1
        if self.depth > _MAX_NESTING:
            raise RecursionError("nested too deeply")
        operands = [self._unary()]
        operators: list[str] = []
        while (token := self._peek()) is not None and token[1] in _PRECEDENCE:
            self.at += 1
            while operators and _PRECEDENCE[operators[-1]] >= _PRECEDENCE[token[1]]:
                self._reduce(operands, operators)
            operators.append(token[1])
            operands.append(self._unary())
        while operators:
            self._reduce(operands, operators)
        self.depth -= 1
        return operands[0]

    @staticmethod
    def _reduce(operands: list[ast.expr], operators: list[str]) -> None:
        right = operands.pop()
        left = operands.pop()
        operands.append(ast.BinOp(left=left, op=_AST_OPS[operators.pop()](), right=right))

    def _unary(self) -> ast.expr:
        signs: list[str] = []
        while (token := self._peek()) is not None and token[1] in ("+", "-"):
            signs.append(self._take()[1])
            if len(signs) > _MAX_NESTING:
                raise RecursionError("too many signs in a row")
        node = self._atom()
        for sign in reversed(signs):
            node = ast.UnaryOp(op=ast.USub() if sign == "-" else ast.UAdd(), operand=node)
        return node

    def _atom(self) -> ast.expr:
        kind, text = self._take()
        if kind == "number":
            plain = text.replace("_", "")
            value: float | int = float(plain) if any(c in plain for c in ".eE") else int(plain)
            return ast.Constant(value=value)
        if kind == "name":
            if (token := self._peek()) is not None and token[1] == "(":
                self._take("(")
                args = [self._expression()]
                while (token := self._peek()) is not None and token[1] == ",":
                    self._take(",")
                    args.append(self._expression())
                self._take(")")
                return ast.Call(func=ast.Name(id=text, ctx=ast.Load()), args=args, keywords=[])
            if text in ("True", "False"):
                return ast.Constant(value=text == "True")
            return ast.Name(id=text, ctx=ast.Load())
        if text == "(":
            node = self._expression()
            self._take(")")
            return node
        raise SyntaxError(f"unexpected {text!r}")


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
        raise ExpressionError(
            f"expected a number or an expression, got {_quote(repr(source))[1:-1]}"
        )
    try:
        if not isinstance(source, str):
            return float(source)
        return float(_eval(_parse(source), names, source))
    except (OverflowError, RecursionError):
        raise ExpressionError(
            f"{_quote(str(source))} is too large or too deeply nested to compute"
        ) from None


def _eval(root: ast.expr, names: Mapping[str, float], source: str) -> float:
    """Evaluate the tree without recursion (a chain of 3,000 factors is a tree 3,000 deep)."""
    shown = _quote(source)
    values: list[Any] = []
    todo: list[tuple[ast.expr, bool]] = [(root, False)]
    while todo:
        node, ready = todo.pop()
        if not ready:
            children = _children(node, shown)
            todo.append((node, True))
            todo.extend((child, False) for child in reversed(children))
            continue
        arity = len(_children(node, shown))
        args = values[len(values) - arity :] if arity else []
        del values[len(values) - arity :]
        values.append(_apply(node, args, names, shown))
    return values[-1]


def _children(node: ast.expr, shown: str) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return [node.operand]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
        and node.args
    ):
        return list(node.args)
    if isinstance(node, ast.Constant | ast.Name):
        return []
    raise ExpressionError(
        f"{shown} may use only numbers, names, + - * / and min, max, round, ceil, floor"
    )


def _apply(node: ast.expr, args: list[Any], names: Mapping[str, float], shown: str) -> Any:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            raise ExpressionError(f"{shown}: true/false is not a number")
        if not isinstance(node.value, int | float):
            raise ExpressionError(f"{shown}: {node.value!r} is not a number")
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in names:
            known = ", ".join(sorted(names)) or "none"
            raise ExpressionError(f"{shown} uses unknown name '{node.id}' (known: {known})")
        return names[node.id]
    if isinstance(node, ast.BinOp):
        try:
            return _BINOPS[type(node.op)](*args)
        except ZeroDivisionError:
            raise ExpressionError(f"{shown} divides by zero") from None
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](*args)
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    try:
        return _FUNCS[node.func.id](*args)
    except TypeError:
        raise ExpressionError(f"{shown}: wrong number of arguments") from None
    except (OverflowError, ValueError):  # ceil, floor or round of inf or nan
        raise ExpressionError(f"{shown}: {node.func.id} of a number that is not finite") from None


_SHOWN = 60  # characters of an expression quoted in a message


def _quote(source: str) -> str:
    """The expression as messages show it: whole if short, else its start and its length
    (a message must not repeat a 70 KB expression)."""
    text = " ".join(source.split())
    if len(text) <= _SHOWN:
        return f"'{text}'"
    return f"'{text[:_SHOWN - 1]}…' ({len(source):,} characters)"
