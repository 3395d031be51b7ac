"""Fixtures for the Telegram tests: a fake Bot API server, a scripted engine, a running bot."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the project, tests/fake_bot_api.py and tg_support.py must import whatever pytest's import mode
for path in (HERE.parents[1], HERE.parent, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from tg_fixtures import api, engine, make_settings, start_bot  # noqa: E402

__all__ = ["api", "engine", "make_settings", "start_bot"]
