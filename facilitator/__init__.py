"""Facilitator: a desktop companion for structured peer-help sessions."""

from importlib.metadata import PackageNotFoundError, version

try:  # the one version number lives in pyproject.toml
    __version__ = version("facilitator")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
