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


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("is there a city right after seattle?", "Yes", "Shanghai, 8th"),
    ("上海前面有城市吗", "是的", "西雅图，位列第7"),
    ("is there anyone above boston?", "Nobody", "at the top"),
])
def test_is_there_a_neighbour_is_a_yes_or_no_with_the_neighbour(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


@pytest.mark.parametrize("question", ["is anybody listed below tokyo, and if so who", "东京下面还有城市吗？",
                                      "does anyone come after tokyo"])
def test_past_the_last_published_place_there_is_no_yes_but_what_was_not_published(ask, question):
    text = ask(question).text
    assert ("11th wasn't published" in text or "第11名没有公布" in text) and not text.startswith(("Yes", "是的"))
    assert "not sure what you're asking" not in text


def test_who_else_comes_after_it_is_one_question(ask):
    text = ask("东京第几？它后面还有谁？").text
    assert "第11名没有公布" in text and "我不太确定" not in text


@pytest.mark.parametrize(("question", "needle"), [
    ("the one squeezed in above Beijing but below Boston?", "San Francisco (2nd)"),
    ("who's ranked below london but above seattle", "New York (5th) and Los Angeles (6th)"),
    ("排在北京后面、纽约前面的是谁", "伦敦（第4）"),
])
def test_above_one_city_and_below_another_is_between_them(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize(("question", "needle"), [
    ("how many spots would shanghai have to climb to catch beijing", "5 places apart"),
    ("北京領先香港幾名", "相差6位"),
    ("教育方面倫敦領先香港幾名", "兩者相鄰"),
    ("上海要上升几名才能追上北京", "相差5位"),
])
def test_how_far_one_city_is_from_another_is_a_distance_not_a_change(ask, question, needle):
    text = ask(question).text
    assert needle in text and "earlier edition" not in text


@pytest.mark.parametrize(("question", "needle"), [
    ("波士顿往下数第三个是谁", "伦敦，位列第4"),
    ("the third city after boston", "London, 4th"),
    ("东京往上数第二个", "上海，位列第8"),
])
def test_counting_places_from_a_city(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize(("question", "needles"), [
    ("who's directly above and below Shanghai", ["Seattle (7th)", "Hong Kong (9th)"]),
    ("上海前后是谁", ["西雅图（第7）", "香港（第9）"]),
    ("who is ahead of and behind london", ["Beijing (3rd)", "New York (5th)"]),
    ("seattle: who's before and after it?", ["Los Angeles (6th)", "Shanghai (8th)"]),
    ("neighbours of tokyo", ["Hong Kong (9th)", "11th wasn't published"]),
])
def test_both_neighbours_of_a_city(ask, question, needles):
    text = ask(question).text
    assert all(n in text for n in needles) and "United States" not in text


@pytest.mark.parametrize(("question", "needle"), [
    ("how many cities are below Boston", "29 rank below Boston overall (9 of them published)"),
    ("东京后面有几座城市", "排在东京后面的有20座，都没有公布"),
    ("how many cities are behind shenzhen", "At most 19 cities"),
])
def test_how_many_cities_rank_below_a_city(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize(("first", "then", "needles"), [
    ("which cities outrank Seattle?", "and in education?", ["all 3 cities", "Hong Kong"]),
    ("which cities rank below beijing?", "and london?", ["Below London", "5. New York"]),
    ("上海前后是谁", "教育呢", ["上海不在公布的教育前3名中"]),
])
def test_a_side_question_continues_with_another_list_or_city(chat, first, then, needles):
    chat(first)
    text = chat(then).text
    assert all(n in text for n in needles)


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("is there any city between boston and sf", "No.", "next to each other"),
    ("is there a city between beijing and new york", "Yes.", "London (4th)"),
])
def test_is_there_a_city_between_two_is_a_yes_or_no_with_which(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


def test_a_name_nobody_knows_beside_a_word_of_side_is_said_to_be_unknown(ask):
    assert "don't recognise \"xyzville\"" in ask("cities ranked above xyzville").text


@pytest.mark.parametrize(("question", "needle"), [
    ("who is hot on the heels of boston", "San Francisco, 2nd"),
    ("who is seattle's predecessor", "Los Angeles, 6th"),
    ("the spot below shanghai", "Hong Kong, 9th"),
    ("仅次于北京的是哪个城市", "伦敦，位列第4"),
    ("僅次於倫敦的城市", "紐約，位列第5"),
    ("北京和东京相距几名", "相差7位"),
    ("what's the margin between boston and tokyo", "9 places apart"),
])
def test_neighbours_and_distances_in_everyday_words(ask, question, needle):
    assert needle in ask(question).text


def test_which_of_a_top_n_is_lowest_in_another_list(chat):
    chat("education podium?")
    text = chat("which of those three is lowest overall").text
    assert "Hong Kong 9th" in text and text.endswith("so Hong Kong is lowest.\nSource: Xinhua, 25 January 2025")


@pytest.mark.parametrize(("question", "needle"), [
    ("which is worse, boston or london", "so London is lowest"),
    ("东京和上海哪个排名更低", "其中东京排名最低"),
])
def test_which_of_two_ranks_lower(ask, question, needle):
    assert needle in ask(question).text


def test_by_how_many_spots_after_a_comparison(chat):
    chat("tokyo or hong kong, which ranks higher")
    assert "1 place apart" in chat("by how many spots").text


def test_the_rest_after_pages_of_a_top(chat):
    chat("top 4?")
    chat("next 3")
    text = chat("and the rest").text
    assert "8. Shanghai" in text and "10. Tokyo" in text and "Seattle" not in text


@pytest.mark.parametrize(("question", "one"), [
    ("排在伦敦前面的城市", False),  # the cities there, named as such: all of them
    ("紧跟在上海后面的城市", True),  # right after: the one
    ("上海前一名的城市", True),
])
def test_the_cities_before_a_city_named_as_such_are_all_of_them(ask, question, one):
    text = ask(question).text
    assert ("前面的有3座城市" in text) != one, text
