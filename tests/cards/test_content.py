"""What the cards say: ranks only where published, groups without order, unknowns as unknown."""

from __future__ import annotations

from bot.cards import CardSpec
from bot.cards.content import build_model


def test_overall_top_10_in_published_order(index):
    model = build_model(index, CardSpec.top("overall", 10))
    assert model.ordered and model.title == "Overall: top 10"
    expected = [(rank, city.name("en")) for rank, city in index.default.top("overall", 10).entries]
    assert [(e.rank, e.name) for e in model.entries] == expected
    assert model.entries[0].country == "United States"
    assert "para. 4" in model.source


def test_asking_for_more_than_was_published(index):
    model = build_model(index, CardSpec.top("education", 5))
    assert [e.rank for e in model.entries] == [1, 2, 3]
    assert model.title == "Education: top 3"
    assert any("Only the top 3 were published" in note for note in model.notes)
    assert len(build_model(index, CardSpec.top("innovation", 2)).entries) == 2


def test_talent_is_an_unordered_group_with_unnamed_us_members(index):
    model = build_model(index, CardSpec.top("talent"))
    assert not model.ordered
    assert all(e.rank is None for e in model.entries)
    named = [e.name for e in model.entries if e.named]
    assert sorted(named) == ["Beijing", "Guangzhou", "Hong Kong", "Shanghai", "Shenzhen"]
    unnamed = [e for e in model.entries if not e.named]
    assert len(unnamed) == 5 and {e.country for e in unnamed} == {"United States"}
    assert any("not published" in note for note in model.notes)
    asked = build_model(index, CardSpec.top("talent", 3, "zh-Hans"))
    assert len(asked.entries) == 10 and any("前3名" in note for note in asked.notes)


def test_groups_without_a_size(index):
    balanced = build_model(index, CardSpec.top("balanced-education", None, "zh-Hant"))
    assert not balanced.ordered and len(balanced.entries) == 4 and all(e.named for e in balanced.entries)
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
    assert "5 unnamed United States cities" in boston["talent"].detail
    london = {row.list_id: row.statuses[0] for row in build_model(index, CardSpec.city("london")).rows}
    assert london["talent"].kind == "outside"  # the ten are five US and five Chinese cities


def test_comparison_rows(index):
    model = build_model(index, CardSpec.compare(("beijing", "tokyo"), "zh-Hans"))
    assert model.subtitle == "北京 vs 东京"
    overall = model.rows[0]
    assert [s.mark for s in overall.statuses] == ["3", "10"]
    talent = next(row for row in model.rows if row.list_id == "talent")
    assert [s.kind for s in talent.statuses] == ["member", "outside"]
