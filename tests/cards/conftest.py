"""Fixtures for the picture-card tests: the frozen 2025 data, and two editions side by side."""

from __future__ import annotations

import pytest
from card_support import EDITIONS

from index_core.store import load_index


@pytest.fixture(scope="session")
def index():
    return load_index()


@pytest.fixture(scope="session")
def editions():
    return load_index(EDITIONS)


@pytest.fixture
def fresh_cache():
    from bot.cards import cache_clear

    cache_clear()
    yield
    cache_clear()
