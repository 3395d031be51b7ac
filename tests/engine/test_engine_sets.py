"""Sets of cities over several lists: in all of them, in any, in one but not another. Each city is
in, out, or not known, and a count over cities the report does not name is a range."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["who appears in every list", "which cities are on all the lists",
                                      "在所有榜单上都出现的城市有哪些"])
def test_no_city_is_in_every_list(ask, question):
    """The education and innovation top 3 share only Boston, who is not among the balanced-education
    cities: no city can be in every list, the unnamed US talent cities included."""
    text = ask(question).text
    assert text.startswith(("No city is in", "没有城市同时在"))
    assert "not known" not in text.lower() and "无法确定" not in text


def test_how_many_in_two_lists_is_a_range_when_members_are_unnamed(ask):
    text = ask("how many cities are in the top 10 and the talent top 10").text
    assert text.startswith("At least 3 and at most 8")
    assert "Beijing (3rd overall), Shanghai (8th overall) and Hong Kong (9th overall)" in text


def test_cities_certainly_outside_are_only_those_of_the_places_asked(ask):
    text = ask("which us cities are in the talent top 10 and the education top 3").text
    assert "Not known for Boston" in text
    assert "Beijing" not in text and "Shenzhen" not in text


@pytest.mark.parametrize(("question", "start"), [("is boston on every list?", "No."),
                                                 ("is boston first on every list?", "No.")])
def test_on_every_list_is_not_first_on_every_list(ask, question, start):
    text = ask(question).text
    assert text.startswith(start)
    on_every = "balanced" in text  # on every list: it fails the balanced-education group
    first_everywhere = "San Francisco is 1st in sci-tech innovation" in text
    assert on_every != first_everywhere


def test_a_profile_says_not_among_a_group_in_plain_words(ask):
    text = ask("tell me about boston").text
    assert "Not among the cities with balanced basic and higher education." in text
    assert "the published the" not in text


@pytest.mark.parametrize("question", ["which cities are in only one of the education and innovation top 3s",
                                      "cities in the edu top 3 or the innovation top 3 but not both",
                                      "只出現在其中一個前三榜單嘅城市"])
def test_exactly_one_of_two_lists_names_each_side(ask, question):
    text = ask(question).text
    assert all(name in text for name in ("London", "Hong Kong", "San Francisco", "Beijing")) or all(
        name in text for name in ("倫敦", "香港", "舊金山", "北京"))
    assert "Boston" not in text and "波士頓" not in text


def test_exactly_one_of_a_partly_named_list_says_what_is_not_known(ask):
    text = ask("which cities are in only one of the overall top 10 and the talent top 10").text
    assert "London (4th overall) and Tokyo (10th overall) are in the overall top 10 but not" in text
    assert "Shenzhen and Guangzhou are in the talent development top 10 but not" in text
    assert "Not known for Boston" in text


@pytest.mark.parametrize(("question", "parts"), [
    ("which top 10 cities are also in the talent top 10",
     ["London and Tokyo are certainly not in the talent development top 10.",
      "Shenzhen and Guangzhou are certainly not in the overall top 10."]),
    ("which cities are in both the talent top 10 and the balanced group",
     ["London is certainly not in the talent development top 10."]),
    ("总榜前十里哪些城市同时也在人才前十", ["肯定不在人才发展前10名中的：伦敦、东京。"]),
    ("which sci-tech top-3 city misses the talent top 10?",
     ["Beijing is certainly not: it is in the talent development top 10."]),
])
def test_the_cities_certainly_outside_are_said_with_why(ask, question, parts):
    text = ask(question).text
    assert all(p in text for p in parts), text
