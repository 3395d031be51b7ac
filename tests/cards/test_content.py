"""What the cards say: ranks only where published, groups without order, unknowns as unknown,
the edition asked about, and every word from data/wording/cards.yaml."""

from __future__ import annotations

import pytest
from card_support import LANGS, words

from bot.cards import CardSpec
from bot.cards.content import build_model


def test_overall_top_10_in_published_order(index):
    model = build_model(index, CardSpec.top("overall", 10))
    assert model.ordered and model.title == "Overall: top 10"
    expected = [(rank, city.name("en")) for rank, city in index.default.top("overall", 10).entries]
    assert [(e.rank, e.name) for e in model.entries] == expected
    assert model.entries[0].country == "United States"
    assert "para. 4" in model.source
    assert model.footer.splitlines()[0] == "Released 24 January 2025 · 30 cities evaluated"


def test_dates_and_sources_follow_the_wording_of_replies(index):
    zh = build_model(index, CardSpec.top("overall", 3, "zh-Hans"))
    assert zh.footer.startswith("2025年1月24日发布")
    assert zh.source == "来源：新华社，2025年1月25日，第4段"
    city = build_model(index, CardSpec.city("shanghai"))  # every list: its sources once each, joined
    names = {report_source["en"] for report_source in index.default.meta["sources"].values()}
    assert city.source.startswith("Source: ") and any(name in city.source for name in names)


def test_asking_for_more_than_was_published(index):
    model = build_model(index, CardSpec.top("education", 5))
    assert [e.rank for e in model.entries] == [1, 2, 3]
    assert model.title == "Education: top 3"
    assert model.notes == ("Only the top 3 were published; you asked for the top 5.",)
    assert len(build_model(index, CardSpec.top("innovation", 2)).entries) == 2


def test_talent_is_an_unordered_group_with_one_tile_for_its_unnamed_us_members(index):
    model = build_model(index, CardSpec.top("talent"))
    assert not model.ordered
    assert all(e.rank is None for e in model.entries)
    named = [e.name for e in model.entries if e.named]
    assert sorted(named) == ["Beijing", "Guangzhou", "Hong Kong", "Shanghai", "Shenzhen"]
    [unnamed] = [e for e in model.entries if not e.named]
    assert (unnamed.name, unnamed.count) == ("+5 unnamed US cities", 5)
    assert model.notes == ("Order not published: the members are shown without ranks.",)
    zh = build_model(index, CardSpec.top("talent", 3, "zh-Hans"))
    assert [e.name for e in zh.entries if not e.named] == ["+5座未具名的美国城市"]
    assert len(zh.entries) == 6 and any("前3名" in note for note in zh.notes)
    hant = build_model(index, CardSpec.top("talent", None, "zh-Hant"))
    assert "+5座未具名的美國城市" in [e.name for e in hant.entries]


def test_groups_without_a_size(index):
    balanced = build_model(index, CardSpec.top("balanced-education", None, "zh-Hant"))
    assert not balanced.ordered and len(balanced.entries) == 4 and all(e.named for e in balanced.entries)
    assert balanced.title == "基礎教育與高等教育均衡發展"
    potential = build_model(index, CardSpec.top("talent-potential"))
    assert any("may not be the full list" in note for note in potential.notes)


def test_city_card_follows_the_certainties(index):
    model = build_model(index, CardSpec.city("shanghai"))
    statuses = {row.list_id: row.statuses[0] for row in model.rows}
    assert [row.list_id for row in model.rows] == [info.id for info in index.default.lists]
    assert (statuses["overall"].kind, statuses["overall"].rank) == ("rank", 8)
    assert statuses["education"].kind == "outside" and statuses["education"].headline == "Not in top 3"
    assert statuses["talent"].kind == "member" and statuses["talent"].rank is None
    boston = {row.list_id: row.statuses[0] for row in build_model(index, CardSpec.city("boston")).rows}
    assert boston["talent"].kind == "unknown"
    assert boston["talent"].detail == "may be one of the 5 unnamed US cities"
    london = {row.list_id: row.statuses[0] for row in build_model(index, CardSpec.city("london")).rows}
    assert london["talent"].kind == "outside"  # the ten are five US and five Chinese cities


@pytest.mark.parametrize("city", ["shanghai", "tokyo", "boston"])
def test_the_city_subtitle_says_what_the_card_shows_not_that_the_city_is_in_every_list(index, city):
    """Tokyo is in one list of six: the subtitle must not say "in every published list"."""
    model = build_model(index, CardSpec.city(city))
    country = index.country_name(index.city(city).country)
    assert model.subtitle == f"{country} · its place in each of the 6 published lists"
    assert "every" not in model.subtitle
    assert build_model(index, CardSpec.city(city, "zh-Hans")).subtitle.endswith("在6项已公布榜单中的位置")


def test_comparison_rows(index):
    model = build_model(index, CardSpec.compare(("beijing", "tokyo"), "zh-Hans"))
    assert model.title == "城市对比" and model.subtitle == "北京 vs 东京"
    overall = model.rows[0]
    assert [s.mark for s in overall.statuses] == ["3", "10"]
    talent = next(row for row in model.rows if row.list_id == "talent")
    assert [s.kind for s in talent.statuses] == ["member", "outside"]
    assert [s.short for s in talent.statuses] == ["入选", "未入选"]
    four = build_model(index, CardSpec.compare(("beijing", "tokyo", "london", "boston")))
    assert four.subtitle == "Beijing vs Tokyo vs London vs Boston"


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_comes_from_the_wording(index, lang):
    """Change a phrase in the data and the card says the new words (no text kept in code)."""
    model = build_model(index, CardSpec.city("boston", lang))
    kinds = {row.list_id: row.kind_line for row in model.rows}
    assert kinds["overall"] == words(index, "card_kind_ranked", lang, n=10)
    assert kinds["balanced-education"] == words(index, "card_kind_group", lang)
    status = {row.list_id: row.statuses[0] for row in model.rows}
    assert status["balanced-education"].headline == words(index, "card_status_outside_group", lang)
    assert model.footer.splitlines()[1] == words(index, "card_scope", lang)


# --- editions ---------------------------------------------------------------------------------
def test_a_card_of_the_2025_edition_shows_2025_ranks(editions):
    old = build_model(editions, CardSpec.top("overall", 3, report="set-2025"))
    new = build_model(editions, CardSpec.top("overall", 3, report="demo-2026"))
    assert [e.name for e in old.entries] == ["Boston", "San Francisco", "Beijing"]
    assert [e.name for e in new.entries] == ["San Francisco", "Boston", "Shanghai"]
    assert old.kicker == "Global Innovation Cities report 2025"
    assert new.kicker == "Global Innovation Cities report 2026 (test edition)"
    assert old.footer.startswith("Released 24 January 2025") and new.footer.startswith("Released 23 January 2026")
    assert build_model(editions, CardSpec.top("overall", 3)).entries == new.entries  # no report: the default


def test_city_and_comparison_cards_read_their_edition(editions):
    def overall(spec):
        return [s.rank for s in build_model(editions, spec).rows[0].statuses]

    assert overall(CardSpec.city("shanghai", report="set-2025")) == [8]
    assert overall(CardSpec.city("shanghai", report="demo-2026")) == [3]
    assert overall(CardSpec.compare(("shanghai", "beijing"), "zh-Hant", "set-2025")) == [8, 3]
    assert overall(CardSpec.compare(("shanghai", "beijing"), "zh-Hant", "demo-2026")) == [3, 4]
    edu = build_model(editions, CardSpec.city("london", report="demo-2026")).rows[1].statuses[0]
    assert (edu.kind, edu.rank) == ("rank", 1)


@pytest.mark.parametrize(("question", "report", "first"), [
    ("top 3 in 2025", "set-2025", "Boston"),
    ("last year's top 3", "set-2025", "Boston"),
    ("top 3", "demo-2026", "San Francisco"),
])
def test_the_answer_names_its_edition_in_its_card_and_its_picture_button(editions, question, report, first):
    from bot.engine import Engine

    reply = Engine(editions).answer(question, {})
    assert reply.card is not None and reply.card.report == report
    [picture] = [b.action for b in reply.buttons if b.action.startswith("card:")]
    spec = CardSpec.from_token(picture.removeprefix("card:"))
    assert spec == reply.card
    assert build_model(editions, spec).entries[0].name == first


@pytest.mark.parametrize(("question", "kind"), [("2025年上海排第几", "city"),
                                               ("compare beijing and tokyo in 2025", "compare")])
def test_city_and_comparison_answers_carry_their_edition(editions, question, kind):
    from bot.engine import Engine

    reply = Engine(editions).answer(question, {})
    assert reply.card is not None and (reply.card.kind, reply.card.report) == (kind, "set-2025")
