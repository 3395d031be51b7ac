"""Questions by edition: with two reports, "in 2025", "last year's" and "how did X change" reach
the right one; with no year the latest answers; a year the data has no report for is said to be
missing, never answered from another edition as if it were that year's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine

EDITIONS = Path(__file__).resolve().parents[1] / "fixtures" / "editions"  # 2025 (real) + demo-2026 (invented)


@pytest.fixture(scope="module")
def two() -> Engine:
    return Engine.load(EDITIONS)


def test_no_year_is_the_latest_edition_and_says_so(two):
    text = two.answer("who is first", {}).text
    assert text.startswith("In the 2026 report:")
    assert "San Francisco is 1st overall" in text


@pytest.mark.parametrize(("question", "expected"), [
    ("who was first in 2025", "Boston is 1st overall"),
    ("where did shanghai rank in 2025?", "Shanghai ranks 8th overall"),
    ("where does shanghai rank in 2026", "Shanghai ranks 3rd overall"),
    ("last year's top 3", "1. Boston\n2. San Francisco\n3. Beijing"),
    ("top 3 in education in 2025", "1. Boston\n2. London\n3. Hong Kong"),
    ("2025年上海排第几", "上海在综合排名中位列第8"),
])
def test_a_year_reaches_its_edition(two, question, expected):
    assert expected in two.answer(question, {}).text


@pytest.mark.parametrize("question", ["how did shanghai change between 2025 and 2026",
                                      "how did shanghai change from last year"])
def test_change_between_editions(two, question):
    reply = two.answer(question, {})
    assert reply.intent == "change"
    assert "Shanghai: 8th → 3rd" in reply.text


@pytest.mark.parametrize(("question", "missing"), [("who was number one in 2024", "2024"),
                                                   ("is there a 2027 edition", "2027")])
def test_a_year_not_in_the_data_is_said_to_be_missing(two, question, missing):
    text = two.answer(question, {}).text
    assert f"not one for {missing}" in text or f"no {missing} edition" in text


def test_with_one_edition_a_missing_year_gets_no_yes_or_no(engine):
    text = engine.answer("Was Boston also number one in 2023?", {}).text
    assert text.startswith("I only have the 2025 report, not one for 2023.")
    assert "Yes" not in text  # the 2025 fact is given as 2025's, not as an answer about 2023
    assert "Boston ranks 1st overall" in text


def test_with_one_edition_change_is_not_invented(engine):
    reply = engine.answer("how did beijing change from last year?", {})
    assert "I only have the 2025 report" in reply.text
    assert "→" not in reply.text
