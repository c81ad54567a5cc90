"""Facilitator: a desktop companion for structured peer-help sessions."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed package's metadata when first asked for:
    importing `importlib.metadata` costs more than a start-up should pay for a number."""
    if name != "__version__":
        raise AttributeError(f"module 'facilitator' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:  # the one version number lives in pyproject.toml
        value = version("facilitator")
    except PackageNotFoundError:  # run from a source tree that was never installed
        value = "0+unknown"
    globals()["__version__"] = value
    return value
