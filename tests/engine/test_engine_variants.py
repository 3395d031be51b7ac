"""The same question about every city, list and position: each answer is worked out from the index
and must appear in the reply, so an answer that only works for the cities someone happened to test
(or that trips over "New York", "LA", "Hong Kong") fails here."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.engine import Engine

RANKED = {"overall": "", "education": " in education", "innovation": " in innovation"}
RANKED_ZH = {"overall": "", "education": "教育", "innovation": "科技创新"}


@pytest.fixture(scope="module")
def e() -> Engine:
    return Engine.load()


def _names(e: Engine, list_id: str, lang: str = "en") -> list[str]:
    return [c.name(lang) for _r, c in e.index.default.top(list_id).entries]


def _near(text: str, city: str, ordinal: str) -> bool:
    """The city and its place stated together (within 60 characters, as the acceptance sets check)."""
    c, o = re.escape(city), re.escape(ordinal)
    pattern = rf"{c}[^?!？！]{{0,60}}?{o}|{o}[^?!？！]{{0,60}}?{c}"
    return re.search(pattern, text) is not None


def _ordinal(e: Engine, n: int, lang: str = "en") -> str:
    return e.wording.ordinal(n, lang)


@pytest.mark.parametrize(("list_id", "template"), [
    (lid, t) for lid in RANKED for t in ("who comes right after {city}{in_list}?", "who's just behind {city}{in_list}",
                                         "which city follows {city}{in_list}")])
def test_the_city_after_each_city(e, list_id, template):
    names = _names(e, list_id)
    for rank, city in enumerate(names[:-1], 1):
        text = e.answer(template.format(city=city, in_list=RANKED[list_id]), {}).text
        assert _near(text, names[rank], _ordinal(e, rank + 1)), (city, text)


@pytest.mark.parametrize(("list_id", "template"), [
    (lid, t) for lid in RANKED
    for t in ("who is just ahead of {city}{in_list}?", "who ranks right above {city}{in_list}")])
def test_the_city_before_each_city(e, list_id, template):
    names = _names(e, list_id)
    for rank, city in enumerate(names[1:], 2):
        text = e.answer(template.format(city=city, in_list=RANKED[list_id]), {}).text
        assert _near(text, names[rank - 2], _ordinal(e, rank - 1)), (city, text)


def test_nobody_before_the_first_and_nothing_published_after_the_last(e):
    for list_id, in_list in RANKED.items():
        names = _names(e, list_id)
        first = e.answer(f"who is ahead of {names[0]}{in_list}?", {}).text
        assert first.startswith("Nobody"), first
        last = e.answer(f"who comes after {names[-1]}{in_list}?", {}).text
        assert "wasn't published" in last and _near(last, names[-1], _ordinal(e, len(names))), last


@pytest.mark.parametrize("template", ["how many places between {a} and {b}?", "how far apart are {a} and {b}",
                                      "{a}和{b}相差几名"])
def test_the_distance_between_every_pair(e, template):
    names = _names(e, "overall")
    zh = _names(e, "overall", "zh-Hans")
    for (i, a), (j, b) in itertools.combinations(enumerate(names), 2):
        question = template.format(a=zh[i], b=zh[j]) if "相差" in template else template.format(a=a, b=b)
        text = e.answer(question, {}).text
        assert re.search(rf"(?<!\d){j - i}(?!\d)", text), (question, text)


@pytest.mark.parametrize("template", [
    "who is {ordinal}{in_list}?", "who's number {n}{in_list}", "{ordinal} place{in_list}?"])
def test_every_published_position(e, template):
    for list_id, in_list in RANKED.items():
        for n, city in enumerate(_names(e, list_id), 1):
            text = e.answer(template.format(ordinal=_ordinal(e, n), n=n, in_list=in_list), {}).text
            assert _near(text, city, _ordinal(e, n)), (n, list_id, text)


def test_every_published_position_in_chinese(e):
    for list_id, name in RANKED_ZH.items():
        for n, city in enumerate(_names(e, list_id, "zh-Hans"), 1):
            text = e.answer(f"{name}第{n}名是谁", {}).text
            assert _near(text, city, f"第{n}"), (n, list_id, text)


def test_membership_of_every_city_in_every_top_n(e):
    report = e.index.default
    for (rank, city), n in itertools.product(report.top("overall").entries, (3, 5, 10)):
        text = e.answer(f"is {city.name('en')} in the top {n}?", {}).text
        assert text.startswith("Yes" if rank <= n else "No"), (city.id, n, text)


def test_who_is_ahead_for_every_pair(e):
    names = _names(e, "overall")
    for (i, a), (j, b) in itertools.permutations(enumerate(names), 2):
        text = e.answer(f"is {a} ranked higher than {b}?", {}).text
        assert text.startswith("Yes" if i < j else "No"), (a, b, text)


@pytest.mark.parametrize(("question", "city"), [
    ("best Chinese city", "Beijing"), ("top US city", "Boston"), ("highest ranked European city", "London"),
    ("best Japanese city", "Tokyo"), ("best Asian city", "Beijing"), ("best city outside the US", "Beijing"),
    ("best non-Chinese city in education", "Boston"), ("lowest ranked US city", "Seattle"),
    ("worst Asian city in the top 10", "Tokyo"), ("best city outside Asia and North America", "London"),
    ("美国以外最好的城市", "北京"), ("亚洲排名最高的城市", "北京"), ("排名最低的中国城市", "香港"),
])
def test_the_best_and_worst_of_a_place(e, question, city):
    text = e.answer(question, {}).text
    assert text.startswith((city, "排名最高的", "排名最低的", "公布的")), text  # 公布的…: of the published top N
    assert city in text.split("\n")[0][:80]
