"""Fixtures for the load, fault and restart tests: the Telegram test fixtures, shared."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for path in (HERE.parents[1], HERE.parent, HERE.parent / "telegram", HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from tg_fixtures import api, engine, make_settings, start_bot  # noqa: E402

__all__ = ["api", "engine", "make_settings", "start_bot"]
