"""Fixtures for the engine tests: one engine per session, a fresh chat per test."""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine, Reply


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


class Chat:
    """One conversation: each message sees the replies before it (like one Telegram chat)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.state: dict[str, Any] = {}
        self.now = 1_700_000_000.0

    def __call__(self, text: str, *, after: float = 5.0) -> Reply:
        self.now += after
        return self.engine.answer(text, self.state, now=self.now)


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine)


@pytest.fixture
def ask(engine: Engine):
    """A question asked in a new chat."""

    def _ask(text: str) -> Reply:
        return engine.answer(text, {})

    return _ask
