"""Fixtures for the Telegram tests: a fake Bot API server, a scripted engine, a running bot."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
# the project, tests/fake_bot_api.py and tg_support.py must import whatever pytest's import mode
for path in (HERE.parents[1], HERE.parent, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from fake_bot_api import FakeBotApi  # noqa: E402
from tg_support import TOKEN, FakeEngine  # noqa: E402


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(TOKEN) as server:
        yield server


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def make_settings(api: FakeBotApi, tmp_path: Path) -> Callable[..., Any]:
    """Settings pointing at the fake server, with a state file in tmp_path and short timings."""
    from bot.telegram.config import Settings

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "token": TOKEN, "persistence_path": tmp_path / "state.pickle", "base_url": api.url,
            "poll_timeout": 1.0, "persistence_interval": 60.0, "retry_base_delay": 0.01,
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
async def start_bot(make_settings: Callable[..., Any], engine: FakeEngine) -> AsyncIterator[
        Callable[..., Awaitable[Any]]]:
    """``app = await start_bot(engine=..., **settings)``: the production wiring
    (build_application + serving), stopped at the end of the test."""
    from bot.telegram.app import build_application, serving

    async with contextlib.AsyncExitStack() as stack:
        async def start(engine_: Any = None, **overrides: Any) -> Any:
            application = build_application(make_settings(**overrides), engine_ or engine)
            return await stack.enter_async_context(serving(application))

        yield start
