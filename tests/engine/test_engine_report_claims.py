"""Claims about the report checked the way people say them: who made it, how many cities it covered."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "start"), [
    ("was it made by harvard", "No. The report was compiled by"),
    ("harvard made it right?", "No. The report was compiled by"),
    ("elsevier did it all by themselves?", "No. The report was compiled by"),
    ("elsevier made it, right?", "Yes. The report was compiled by"),
    ("tsinghua was involved right?", "Yes. The report was compiled by"),
    ("这是哈佛做的报告吧", "不是。报告由"),
    ("係咪麻省理工出嘅報告", "不是。報告由"),
])
def test_a_maker_named_is_checked(ask, question, start):
    assert ask(question).text.startswith(start)


def test_who_put_it_together_names_every_maker(ask):
    text = ask("who put the report together").text
    assert all(name in text for name in ("Shenzhen International", "Tsinghua", "Elsevier"))


@pytest.mark.parametrize(("question", "start"), [
    ("were 50 cities ranked?", "No. The report evaluated 30 cities."),
    ("so 100 cities were in it yeah", "No. The report evaluated 30 cities."),
    ("did they evaluate 30 cities?", "Yes. The report evaluated 30 cities."),
    ("30 cities were evaluated, right?", "Yes. The report evaluated 30 cities."),
    ("是评估了50个城市吗", "不是。报告共评估了30座城市。"),
])
def test_a_count_of_cities_is_checked(ask, question, start):
    assert ask(question).text.startswith(start)


def test_where_the_data_comes_from_was_not_published(ask):
    assert "not published" in ask("where does the data come from, scopus?").text


def test_the_structure_asked_in_chinese_by_its_levels(ask):
    text = ask("评估用了哪些层级的指标").text
    assert "3个一级指标" in text and "9个二级指标" in text


def test_the_full_name_of_the_report(ask):
    assert ask("报告的全称是什么").text.startswith("报告全称：《全球创新城市教育科技人才协同发展评估报告》")


def test_a_share_of_all_the_cities_gives_no_percentage_of_them(ask):
    text = ask("what percentage of the 30 cities are chinese").text
    assert "isn't known" in text and "%" not in text
