"""The engine keeps many things it has worked out (phrasings, reply fragments, whole replies); none
of that may change an answer: a warmed, a busy and a brand-new engine all say the same."""

from __future__ import annotations

import itertools

import pytest

from bot.engine import Engine

TEMPLATES = [
    "where does {a} rank?", "compare {a} and {b}", "{a} vs {b} in talent", "is {a} ahead of {b}?",
    "is {a} behind {b} in education?", "tell me about {a}", "is {a} in the top 5?", "{a}",
    "what's {a}'s score?", "how many cities rank above {a}?", "{a}排第几", "{a}和{b}比较", "{a}在教育排第几",
    "{a}進入前十了嗎", "比較{a}和{b}",
]
CITIES = ["Shanghai", "Boston", "tokio", "bostn", "Paris", "Seoul", "Gotham", "上海", "東京", "巴黎", "香港"]
OTHERS = ["top 3", "top 7 in science", "who is number 9?", "第三名是谁", "which Chinese cities are in the top 10?",
          "人才前十", "top 0", "rank 31", "hello", "what does the report recommend?", "/about", "asdfgh"]


def questions() -> list[str]:
    pairs = [(a, b) for a, b in itertools.product(CITIES, CITIES) if a != b][::7]
    asked = [t.format(a=a, b=b) for t in TEMPLATES for a, b in pairs]
    return asked + OTHERS


def replies(engine: Engine, asked: list[str]) -> list[tuple]:
    out = []
    for text in asked:
        r = engine.answer(text, {}, now=1_700_000_000.0)
        out.append((text, r.text, r.html, r.intent, r.lang, r.buttons, r.title, r.card))
    return out


@pytest.fixture(scope="module")
def fresh_answers() -> list[tuple]:
    """Each question answered by its own brand-new engine's caches: nothing seen before."""
    asked = questions()
    engine = Engine.load()
    return [replies(Engine(engine.index), [text])[0] for text in asked]


def test_a_warmed_engine_answers_exactly_like_a_fresh_one(fresh_answers):
    engine = Engine.load()
    seconds = engine.warm()
    assert seconds > 0
    assert replies(engine, questions()) == fresh_answers


def test_a_busy_engine_answers_exactly_like_a_fresh_one(fresh_answers):
    engine = Engine.load()
    asked = questions()
    replies(engine, asked[::-1])  # everything seen once already, in another order
    assert replies(engine, asked) == fresh_answers
    assert replies(engine, asked) == fresh_answers  # and again, all from what it kept
