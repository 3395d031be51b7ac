"""Top N and the city at a position (rules 1 and 2): what was published, and no more."""

from __future__ import annotations

import re

import pytest

OVERALL = ["Boston", "San Francisco", "Beijing", "London", "New York", "Los Angeles", "Seattle", "Shanghai",
           "Hong Kong", "Tokyo"]


def numbered(text: str) -> list[str]:
    """The cities of a numbered list ("1. Boston"), in order."""
    return re.findall(r"^\d+\. (.+)$", text, re.MULTILINE)


@pytest.mark.parametrize(("question", "n"), [
    ("top 3", 3), ("top 5", 5), ("top 10", 10), ("top ten", 10), ("top three", 3), ("best 5 cities", 5),
    ("show me the top 7", 7), ("top10", 10), ("/top 4", 4), ("前五", 5), ("前三名", 3),
])
def test_top_n_overall(ask, question, n):
    reply = ask(question)
    assert reply.intent == "top"
    names = numbered(reply.text)
    if reply.lang == "en":
        assert names == OVERALL[:n]
    else:
        assert len(names) == n and names[0] == "波士顿"


@pytest.mark.parametrize(("question", "expected"), [
    ("top 3 in education", ["Boston", "London", "Hong Kong"]),
    ("best cities for innovation", ["San Francisco", "Boston", "Beijing"]),
    ("top three in science", ["San Francisco", "Boston", "Beijing"]),
    ("who's top in tech", ["San Francisco", "Boston", "Beijing"]),
    ("education ranking", ["Boston", "London", "Hong Kong"]),
    ("top 2 universities", ["Boston", "London"]),
    ("/top 3 education", ["Boston", "London", "Hong Kong"]),
])
def test_top_n_in_a_list(ask, question, expected):
    assert numbered(ask(question).text) == expected


@pytest.mark.parametrize(("question", "published"), [
    ("top 5 in education", 3), ("top 15", 10), ("top 1000", 10), ("top 30", 10), ("top 10 in science", 3),
])
def test_asking_for_more_than_was_published_gives_what_was(ask, question, published):
    reply = ask(question)
    assert f"Only the top {published} were published" in reply.text
    assert len(numbered(reply.text)) == published


def test_asking_for_more_than_was_published_in_chinese(ask):
    reply = ask("科技创新前五")
    assert "科技创新只公布了前3名" in reply.text
    assert numbered(reply.text) == ["旧金山", "波士顿", "北京"]


@pytest.mark.parametrize("question", ["top 0", "top -3", "/top 0", "前0名"])
def test_a_top_that_cannot_exist_is_answered_kindly(ask, question):
    reply = ask(question)
    assert reply.intent == "top"
    assert numbered(reply.text)[:1] in (["Boston"], ["波士顿"])  # the published list instead
    assert "isn't something I can list" in reply.text or "无法列出" in reply.text


@pytest.mark.parametrize("question", ["top 3 in talent", "top 5 talent", "best 3 cities for talent", "人才前三"])
def test_talent_top_n_has_no_order(ask, question):
    reply = ask(question)
    text = reply.text
    assert not numbered(text), "the talent top 10 has no order: never a numbered list"
    assert not re.search(r"\b1(st)?[.):]?\s+(Beijing|Shenzhen|Hong Kong|Guangzhou|Shanghai)", text)
    if reply.lang == "en":
        assert "published without an order" in text
        assert "5 US cities, not named in the report" in text
        assert "Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai" in text
    else:
        assert "未公布排序" in text and "5座美国城市" in text


def test_talent_top_10_in_full(ask):
    reply = ask("人才前十有哪些城市?")
    assert all(c in reply.text for c in ["北京", "深圳", "香港", "广州", "上海"])
    assert "5座美国城市（报告未具名）" in reply.text


@pytest.mark.parametrize(("question", "city"), [
    ("who is number 7?", "Seattle"), ("which city ranks 9th", "Hong Kong"), ("who is first in innovation?",
                                                                            "San Francisco"),
    ("who's number 2 in science", "Boston"), ("what's the 5th city", "New York"), ("2nd place", "San Francisco"),
    ("number 10", "Tokyo"), ("who came third in education", "Hong Kong"), ("which city is the best overall?",
                                                                          "Boston"),
    ("best city for education", "Boston"), ("which is the top city for innovation", "San Francisco"),
])
def test_city_at_a_position(ask, question, city):
    reply = ask(question)
    assert reply.intent == "position"
    assert reply.text.startswith(city)


@pytest.mark.parametrize(("question", "city"), [("第八名", "上海"), ("第八名是谁", "上海"), ("第一名是谁", "波士顿"),
                                                ("哪个城市最好", "波士顿"), ("教育第二名", "伦敦")])
def test_city_at_a_position_in_chinese(ask, question, city):
    reply = ask(question)
    assert reply.intent == "position"
    assert reply.text.endswith(f"是{city}。\n来源：新华社，2025年1月25日")


def test_a_position_beyond_the_published_top_10(ask):
    reply = ask("who ranked 11th?")
    assert "Only the top 10 were published overall, so who ranked 11th wasn't published." in reply.text


def test_a_position_beyond_the_published_top_3_of_a_list(ask):
    assert "Only the top 3 were published in education" in ask("who is 4th in education").text


@pytest.mark.parametrize("question", ["who is 31st", "rank 31", "who is number 45"])
def test_a_position_that_does_not_exist(ask, question):
    assert "The report evaluated 30 cities, so there is no" in ask(question).text


def test_a_position_in_an_unordered_list(ask):
    reply = ask("who is first in talent")
    assert "published without an order, so no city is 1st" in reply.text


def test_chinese_position_not_published(ask):
    assert ask("第十一名是谁").text.startswith("综合排名只公布了前10名，第11名没有公布。")


@pytest.mark.parametrize(("question", "start"), [("the last city in the top 10", "Tokyo is 10th overall."),
                                                 ("who is at the bottom of the top 10", "Tokyo is 10th overall."),
                                                 ("is seattle last in the top 10", "No: Seattle ranks 7th overall"),
                                                 ("who came last", "Only the top 10 were published overall")])
def test_last(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question", ["list all the rankings", "what are all the rankings", "给我看所有榜单"])
def test_every_list_is_shown_as_published(ask, question):
    text = ask(question).text
    for a, b in (("Overall top 10", "综合排名前10名"), ("Education top 3", "教育前3名"),
                 ("not named", "未具名"), ("London, Beijing, Shanghai", "伦敦、北京、上海")):
        assert a in text or b in text, text
