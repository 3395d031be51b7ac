"""The Telegram test fixtures (a fake Bot API server, a scripted engine, a running bot), shared by
tests/telegram and tests/load through their conftest files."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import FakeBotApi
from tg_support import TOKEN, FakeEngine


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """The fake server. After every test: the token never appeared in anything the bot sent."""
    async with FakeBotApi(TOKEN) as server:
        yield server
    leaks = [c.method for c in server.calls if TOKEN in json.dumps(c.params, ensure_ascii=False, default=repr)]
    assert not leaks, f"the bot token was sent in {leaks}"


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def make_settings(api: FakeBotApi, tmp_path: Path) -> Callable[..., Any]:
    """Settings pointing at the fake server, with a state file in tmp_path and short timings."""
    from bot.telegram.config import Settings

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "token": TOKEN, "persistence_path": tmp_path / "state.json", "base_url": api.url,
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
