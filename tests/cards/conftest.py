"""Fixtures for the picture-card tests."""

from __future__ import annotations

import pytest

from index_core.store import load_index


@pytest.fixture(scope="session")
def index():
    return load_index()


@pytest.fixture
def fresh_cache():
    from bot.cards import cache_clear

    cache_clear()
    yield
    cache_clear()
