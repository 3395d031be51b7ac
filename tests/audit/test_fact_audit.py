"""The fact auditor: thousands of generated questions — every city × list × kind of question, in
English, simplified and traditional Chinese — and every rank, membership and non-membership a
reply states is held against the index. Zero claims beyond what the report published."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims import ClaimReader

from bot.engine import Engine

CITIES = ["Boston", "San Francisco", "Beijing", "London", "New York", "Los Angeles", "Seattle", "Shanghai",
          "Hong Kong", "Tokyo", "Shenzhen", "Guangzhou", "Paris", "Singapore"]  # the report's, and two others
CITIES_ZH = ["波士顿", "旧金山", "北京", "伦敦", "纽约", "洛杉矶", "西雅图", "上海", "香港", "东京", "深圳", "广州",
             "巴黎"]
LISTS = {"overall": "", "education": " in education", "innovation": " in innovation", "talent": " in talent",
         "balanced-education": " in balanced education", "talent-potential": " in talent potential"}
LISTS_ZH = {"overall": "综合", "education": "教育", "innovation": "科技创新", "talent": "人才",
            "balanced-education": "均衡发展", "talent-potential": "人才潜力"}
PLACES = ["US", "Chinese", "Asian", "European", "non-US", "Japanese"]
PLACES_ZH = ["美国", "中国", "亚洲", "欧洲"]


def english_questions() -> list[str]:
    out: list[str] = []
    for city, (_lid, in_list) in itertools.product(CITIES, LISTS.items()):
        out += [f"where does {city} rank{in_list}", f"who comes right after {city}{in_list}",
                f"who is just ahead of {city}{in_list}", f"is {city} in the top 5{in_list}",
                f"is {city} 3rd{in_list}?", f"{city}{in_list}?"]
    for a, b in itertools.combinations(CITIES[:12], 2):
        out += [f"compare {a} and {b}", f"is {a} ahead of {b}?", f"how many places between {a} and {b}",
                f"who sits between {a} and {b}"]
    for city in CITIES:
        out += [f"tell me about {city}", f"{city} at a glance"]
    for (_lid, in_list), n in itertools.product(LISTS.items(), (1, 3, 5, 10, 12)):
        out += [f"top {n}{in_list}", f"who is number {n}{in_list}", f"places {n} to {n + 3}{in_list}"]
    for place, in_list in itertools.product(PLACES, LISTS.values()):
        out += [f"which {place} cities are in the top 10{in_list}", f"best {place} city{in_list}",
                f"how many {place} cities{in_list}", f"are all of the top 5{in_list} {place}?"]
    for (a, _la), (b, _lb) in itertools.combinations(LISTS.items(), 2):
        out += [f"which cities are in both the {a} list and the {b} list".replace("-", " "),
                f"cities in the {a} list but not in the {b} list".replace("-", " ")]
    return out


def chinese_questions() -> list[str]:
    out: list[str] = []
    for city, lname in itertools.product(CITIES_ZH, LISTS_ZH.values()):
        out += [f"{city}{lname}排第几", f"{city}{lname}后面是谁", f"{city}进入{lname}前五了吗",
                f"{city}{lname}前面是谁"]
    for a, b in itertools.combinations(CITIES_ZH[:12], 2):
        out += [f"{a}和{b}比较", f"{a}和{b}之间隔了几个城市", f"{a}比{b}排名高吗"]
    for lname, n in itertools.product(LISTS_ZH.values(), (1, 3, 5, 10)):
        out += [f"{lname}前{n}名", f"{lname}第{n}名是谁"]
    for place, lname in itertools.product(PLACES_ZH, LISTS_ZH.values()):
        out += [f"{lname}最好的{place}城市", f"{lname}前十有哪些{place}城市", f"{lname}前十有几个{place}城市"]
    for city in CITIES_ZH:
        out.append(f"介绍一下{city}")
    return out


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load()


@pytest.fixture(scope="module")
def reader(engine: Engine) -> ClaimReader:
    return ClaimReader(engine.index)


def _traditional(texts: list[str]) -> list[str]:
    from index_core.chinese import traditional

    return [traditional(t) for t in texts]


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
def test_every_fact_stated_is_published(engine, reader, lang):
    questions = english_questions() if lang == "en" else chinese_questions()
    if lang == "zh-Hant":
        questions = _traditional(questions)
    problems: list[str] = []
    claims = 0
    for question in questions:
        reply = engine.answer(question, {})
        assert reply.lang == lang or (lang == "zh-Hant" and reply.lang.startswith("zh")), question
        found = reader.claims(reply.text, lang)
        claims += len(found)
        problems += [f"{question!r} → {p}" for c in found if (p := reader.problem(c))]
    assert not problems, f"{len(problems)} claims beyond the index:\n" + "\n".join(problems[:30])
    assert len(questions) > 400
    assert claims > len(questions) // 2, f"only {claims} claims read from {len(questions)} replies"


def test_the_reader_catches_a_wrong_rank(engine, reader):
    """The audit can fail: a reply that says Shanghai is 7th is caught."""
    wrong = "Shanghai ranks 7th overall among the 30 cities evaluated. Just behind Seattle (6th)."
    problems = [reader.problem(c) for c in reader.claims(wrong, "en")]
    assert sum(p is not None for p in problems) == 2
    assert reader.problem(next(iter(reader.claims("上海在综合排名中位列第9", "zh-Hans")))) is not None
    assert reader.problem(next(iter(reader.claims("Boston is in the talent development top 10", "en")))) is not None
