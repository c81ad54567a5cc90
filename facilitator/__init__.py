"""Facilitator: a desktop companion for structured peer-help sessions."""

__version__ = "0.1.0"
