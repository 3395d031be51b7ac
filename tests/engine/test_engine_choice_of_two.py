"""A choice of two cities said with "between" ("who's higher between Boston and London") or asked before the
two are named ("which ranks higher: Tokyo, Seattle") is a comparison, not the cities ranked between them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, ahead, behind", [
    ("who's higher between boston and london in edu", "Boston", "London"),
    ("which is better between tokyo and seattle", "Seattle", "Tokyo"),
    ("between beijing and shanghai who ranks higher", "Beijing", "Shanghai"),
    ("which ranks higher: tokyo, seattle", "Seattle", "Tokyo"),
    ("who's better? seattle or tokyo", "Seattle", "Tokyo"),
])
def test_a_choice_of_two_says_who_is_ahead(ask, question, ahead, behind):
    reply = ask(question)
    assert reply.intent == "compare"
    assert f"{ahead} is ahead" in reply.text and behind in reply.text
    assert "I'm not sure" not in reply.text


@pytest.mark.parametrize("question", ["北京和上海之间谁更高", "北京同東京之間邊個高"])
def test_a_chinese_choice_between_two_is_a_comparison(ask, question):
    reply = ask(question)
    assert reply.intent == "compare"
    assert "伦敦" not in reply.text and "倫敦" not in reply.text  # no city ranked between them


@pytest.mark.parametrize("question, between", [
    ("who is ranked between boston and beijing", "San Francisco"),
    ("who sits between shanghai and tokyo", "Hong Kong"),
])
def test_the_cities_between_two_are_still_listed(ask, question, between):
    reply = ask(question)
    assert reply.intent == "between" and between in reply.text
