"""A city's rank (rules 1, 3, 4 and 5): exact where published, honest where not."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(("question", "city", "place"), [
    ("where does Shanghai rank?", "Shanghai", "8th"),
    ("What's Boston's position?", "Boston", "1st"),
    ("rank of tokyo", "Tokyo", "10th"),
    ("How did London do?", "London", "4th"),
    ("where is Seattle ranked", "Seattle", "7th"),
    ("beijing ranking", "Beijing", "3rd"),
    ("how did los angeles do", "Los Angeles", "6th"),
    ("where does hong kong stand", "Hong Kong", "9th"),
])
def test_exact_overall_rank(ask, question, city, place):
    reply = ask(question)
    assert reply.intent == "rank"
    assert reply.lang == "en"
    assert f"{city} ranks {place} overall" in reply.text
    assert "30 cities evaluated" in reply.text


def test_rank_mentions_neighbours_and_other_published_lists(ask):
    reply = ask("where does London rank")
    assert "Just behind Beijing (3rd) and ahead of New York (5th)" in reply.text
    assert "2nd in education" in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    ("what rank is HK in education", "Hong Kong ranks 3rd in education"),
    ("where is london in education", "London ranks 2nd in education"),
    ("what's london's education rank", "London ranks 2nd in education"),
    ("where does SF rank in science", "San Francisco ranks 1st in sci-tech innovation"),
    ("boston in tech", "Boston ranks 2nd in sci-tech innovation"),
])
def test_rank_in_a_list(ask, question, expected):
    reply = ask(question)
    assert reply.intent == "rank"
    assert expected in reply.text
    assert not reply.text.startswith(("Yes", "No")), "a 'where/what rank' question is not a yes/no question"


def test_outside_a_published_top_n_says_so_and_gives_what_is_known(ask):
    reply = ask("Where's Shenzhen?")
    assert "not in the published overall top 10" in reply.text
    assert "exact rank was not published" in reply.text or "not in the published top 10" in reply.text
    assert "talent" in reply.text  # what IS known about Shenzhen
    answer = reply.text.split("\nSource:")[0]
    assert not re.search(r"\b(1[1-9]|2\d|30)(th)?\b", answer), "never a guessed rank"


def test_outside_a_list_top_3(ask):
    reply = ask("what's new york ranked in science")
    assert "New York is not in the published sci-tech innovation top 3" in reply.text
    assert "its exact rank was not published" in reply.text
    assert "5th overall" in reply.text


def test_unnamed_us_talent_slot_is_not_guessed(ask):
    reply = ask("where does seattle rank for talent")
    assert "doesn't say" in reply.text
    assert "5 US cities that are not named" in reply.text
    assert "may or may not" in reply.text


@pytest.mark.parametrize("city", ["Paris", "Seoul", "Singapore", "Toronto", "Springfield"])
def test_a_real_city_the_results_do_not_mention(ask, city):
    reply = ask(f"where does {city} rank")
    assert f"{city} isn't in the published results" in reply.text
    assert "not in the overall top 10" in reply.text
    assert f"whether {city} was among the 30 isn't known" in reply.text  # no claim either way
    assert not re.search(rf"{city} (is )?rank(s|ed)? (#|no\.? ?)?\d", reply.text)


def test_a_real_city_in_chinese_keeps_its_chinese_name(ask):
    reply = ask("巴黎排第几")
    assert reply.lang == "zh-Hans"
    assert "巴黎" in reply.text and "Paris" not in reply.text
    assert "不在综合排名前10名" in reply.text


def test_a_real_city_in_a_list_with_composition(ask):
    reply = ask("is Paris in the talent top 10?")
    assert "Paris" in reply.text
    assert "not" in reply.text


@pytest.mark.parametrize("name", ["Gotham", "Wakanda", "Narnia"])
def test_unknown_name_is_not_a_city(ask, name):
    reply = ask(f"Where does {name} rank?")
    assert f"I don't recognise \"{name}\" as a city" in reply.text
    assert not re.search(rf"{name} (is )?rank(s|ed)", reply.text)
    assert "where does Shanghai rank?" in reply.text  # examples of what can be asked


@pytest.mark.parametrize(("name", "suggestion"), [("Tokyoville", "Tokyo"), ("Londinium", "London"),
                                                 ("Seattlish", "Seattle"), ("Hongkers", "Hong Kong")])
def test_unknown_name_close_to_a_report_city_gets_did_you_mean(ask, name, suggestion):
    reply = ask(f"where does {name} rank")
    assert f'I don\'t recognise "{name}" as a city' in reply.text
    assert f"Did you mean {suggestion}" in reply.text


def test_unknown_name_in_chinese(ask):
    reply = ask("哥谭排第几")
    assert reply.lang == "zh-Hans"
    assert "我不认识“哥谭”这个城市" in reply.text


@pytest.mark.parametrize(("typed", "city", "place"), [
    ("shangai", "Shanghai", "8th"),
    ("Shangahi", "Shanghai", "8th"),
    ("Bostin", "Boston", "1st"),
    ("san fransisco", "San Francisco", "2nd"),
    ("bostn", "Boston", "1st"),
    ("tokio", "Tokyo", "10th"),
    ("seatle", "Seattle", "7th"),
    ("los angles", "Los Angeles", "6th"),
])
def test_typos_resolve_and_show_the_interpretation(ask, typed, city, place):
    reply = ask(f"where does {typed} rank")
    assert f'{city} (from "{typed}")' in reply.text  # what the asker typed, as typed
    assert place in reply.text


def test_exact_names_show_no_interpretation(ask):
    assert "(from" not in ask("where does Shanghai rank").text


@pytest.mark.parametrize(("abbrev", "city", "place"), [
    ("SF", "San Francisco", "2nd"),
    ("NYC", "New York", "5th"),
    ("HK", "Hong Kong", "9th"),
    ("LA", "Los Angeles", "6th"),
    ("nyc?", "New York", "5th"),
])
def test_abbreviations(ask, abbrev, city, place):
    reply = ask(f"{abbrev} ranking")
    assert f"{city} ranks {place}" in reply.text
    assert "(from" not in reply.text  # an alias is exact, not a guess


@pytest.mark.parametrize(("question", "city", "place"), [("北京市排名", "北京", "第3"), ("纽约市排名", "纽约", "第5"),
                                                      ("深圳市排第几", "深圳", "不在公布的综合排名前10名")])
def test_chinese_city_with_shi_suffix_is_the_report_city(ask, question, city, place):
    reply = ask(question)
    assert reply.text.startswith(city) and place in reply.text
    assert "公布的结果中没有" not in reply.text


def test_profile_lists_every_published_list(ask):
    reply = ask("tell me about Hong Kong")
    assert reply.intent == "profile"
    assert reply.text.startswith("Hong Kong (China): 9th overall of the 30 cities evaluated.")
    assert "3rd in education" in reply.text
    assert "in the talent development top 10 (no order published)" in reply.text
    assert "Not in the published sci-tech innovation top 3" in reply.text


def test_a_bare_city_name_is_its_profile(ask):
    reply = ask("Guangzhou")
    assert reply.intent == "profile"
    assert "Guangzhou" in reply.text and "talent" in reply.text.lower()
    assert "Guangzhou (China): not in the published overall top 10" in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    ("is Paris in the talent top 10", "that list is 5 Chinese and 5 US cities, and Paris is in France."),
    ("where does seoul rank in talent", "and Seoul is in South Korea."),
    ("is Chicago in the talent top 10", "includes 5 US cities that are not named, so Chicago may or may not be"),
    ("is hangzhou in the talent top 10", "its 5 Chinese cities are all named (Beijing, Shenzhen, Hong Kong, Guangzhou "
                                         "and Shanghai), and Hangzhou is not one of them."),
    ("杭州在人才前十吗", "其中的5座中国城市均已列明"),
    ("where does Paris rank in education", "Paris is not in the published education top 3"),
])
def test_real_cities_in_a_list_follow_what_the_list_allows(ask, question, expected):
    assert expected in ask(question).text


@pytest.mark.parametrize(("question", "note"), [("what's beijing's score", "The index scores were not published: the "
                                                                          "results give ranks only."),
                                                ("北京得分多少", "报告没有公布指数得分，公布的结果只有名次。")])
def test_scores_were_not_published(ask, question, note):
    lines = ask(question).text.splitlines()
    assert lines[0] == note
    assert "3rd" in lines[1] or "第3" in lines[1]


def test_how_many_cities_rank_above_a_city(engine) -> None:
    assert engine.answer("how many cities rank above Shanghai").text.startswith("7 cities rank above Shanghai")
    assert engine.answer("how many cities are ahead of Boston in education").text.startswith("No city ranks above")
    outside = engine.answer("how many cities are better than shenzhen").text
    assert "At least 10" in outside and "not published" in outside


@pytest.mark.parametrize(("question", "end"), [
    ("where's shenzhen", "But Shenzhen is in the talent development top 10 (no order published) and among the "
                         "cities with exceptional talent potential."),
    ("广州排第几", "不过，广州位列人才发展前10（未公布排序）、属于人才潜力突出的城市。"),
])
def test_a_city_outside_the_list_asked_about_is_told_where_it_is_published(ask, question, end):
    assert ask(question).text.split("\n")[0].endswith(end)


def test_a_made_up_chinese_name_is_not_the_real_city_inside_it(ask):
    assert "星光市" in ask("星光市排第几").text  # not 光市 (Hikari, Japan) with 星 left over
    assert "光市" in ask("请问光市排第几").text and "没有" in ask("请问光市排第几").text
