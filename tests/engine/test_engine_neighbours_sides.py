"""A city's neighbours and the cities on either side of it, however asked: every city above or below
it ("which cities outrank Seattle?", "比它高的有哪些"), only those of a country, the one a number of places
away said the Chinese way ("领先它一名"), and never a neighbour past what was published."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "needles", "gone"), [
    ("which cities outrank Seattle?", ["1. Boston", "6. Los Angeles"], "Shanghai"),
    ("seattle is outranked by which cities", ["1. Boston", "6. Los Angeles"], "Shanghai"),
    ("which cities are outranked by seattle", ["8. Shanghai", "10. Tokyo", "not published"], "Boston"),
    ("who in the top 10 ranks lower than Shanghai", ["9. Hong Kong", "10. Tokyo"], "Seattle"),
    ("哪些城市排名低于上海", ["9. 香港", "10. 东京"], "西雅图"),
    ("who beats london in education", ["1. Boston"], "Hong Kong"),
])
def test_every_city_on_one_side_of_a_city(ask, question, needles, gone):
    text = ask(question).text
    assert all(n in text for n in needles) and gone not in text


def test_what_is_higher_than_it_after_a_city(chat):
    chat("香港排第几")
    text = chat("比它高的有哪些").text
    assert "1. 波士顿" in text and "8. 上海" in text and "东京" not in text


def test_a_city_outside_the_published_top_has_every_published_city_above_it(ask):
    text = ask("which cities outrank shenzhen").text
    assert "all 10 cities" in text and "10. Tokyo" in text and "isn't known" in text


@pytest.mark.parametrize(("question", "needles", "gone"), [
    ("排在倫敦後面的美國城市", ["5. 紐約", "6. 洛杉磯", "7. 西雅圖"], "上海"),
    ("which chinese cities are below beijing", ["8. Shanghai", "9. Hong Kong"], "Tokyo"),
    ("the next US city after London", ["The first US city after London (4th overall) is New York, 5th."], "Seattle"),
])
def test_the_cities_of_a_country_on_one_side_of_a_city(ask, question, needles, gone):
    text = ask(question).text
    assert all(n in text for n in needles) and gone not in text


@pytest.mark.parametrize(("question", "needle"), [
    ("谁以一名之差领先西雅图", "洛杉矶，位列第6"),
    ("哪個城市只比上海領先一名", "西雅圖，位列第7"),
    ("比洛杉矶高一名的是哪个", "纽约，位列第5"),
    ("london is two places behind which city", "San Francisco, 2nd"),
    ("北京后面两位是谁", "纽约，位列第5"),
])
def test_a_number_of_places_either_way_of_a_city(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize(("first", "question", "needle"), [
    ("纽约排第几", "领先它一名的是谁", "伦敦，位列第4"),
    ("la?", "and who does it beat by one spot", "Seattle, 7th"),
])
def test_a_number_of_places_from_the_city_before(chat, first, question, needle):
    chat(first)
    assert needle in chat(question).text
