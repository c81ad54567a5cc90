"""The whole program: the widget fixtures, a live session on a throw-away store."""

from tests.ui.conftest import (  # noqa: F401
    _english,
    _private_settings,
    catalog,
    clock,
    make_controller,
    make_live,
    store,
)
