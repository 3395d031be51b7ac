"""Every runtime query, in every certainty state, against the real report data (docs/KNOWLEDGE.md)."""

from __future__ import annotations

import dataclasses

import pytest

from index_core.model import Certainty
from index_core.text import fold

EXACT, MEMBER, OUTSIDE, UNKNOWN = Certainty.EXACT, Certainty.MEMBER, Certainty.OUTSIDE, Certainty.UNKNOWN

OVERALL = ["boston", "san-francisco", "beijing", "london", "new-york", "los-angeles", "seattle", "shanghai",
           "hong-kong", "tokyo"]
EDUCATION = ["boston", "london", "hong-kong"]
INNOVATION = ["san-francisco", "boston", "beijing"]
TALENT_CN = ["beijing", "shenzhen", "hong-kong", "guangzhou", "shanghai"]
US = ["boston", "san-francisco", "new-york", "los-angeles", "seattle"]
BALANCED = ["london", "beijing", "shanghai", "new-york"]
POTENTIAL = ["shenzhen", "guangzhou", "hong-kong", "shanghai"]
ALL_CITIES = sorted({*OVERALL, *TALENT_CN})
REASONS = {"", "beyond-published", "not-member", "unnamed-slot", "no-country", "composition", "incomplete"}


# --- placement: one city in one list ---------------------------------------------------------

@pytest.mark.parametrize(("list_id", "order"), [("overall", OVERALL), ("education", EDUCATION),
                                                ("innovation", INNOVATION)])
def test_published_ranks_are_exact(report, list_id, order):
    for rank, city in enumerate(order, 1):
        p = report.placement(list_id, city)
        assert (p.certainty, p.rank, p.reason) == (EXACT, rank, ""), city
        assert p.city.id == city and p.list.id == list_id


def test_shanghai_is_eighth_overall(report):
    p = report.placement("overall", "shanghai")
    assert p.certainty is EXACT and p.rank == 8


@pytest.mark.parametrize(("list_id", "city"), [("overall", "shenzhen"), ("overall", "guangzhou"),
                                               ("education", "beijing"), ("innovation", "tokyo")])
def test_city_beyond_a_published_top_n_is_outside(report, list_id, city):
    p = report.placement(list_id, city)
    assert (p.certainty, p.rank, p.reason) == (OUTSIDE, None, "beyond-published")


@pytest.mark.parametrize("city", TALENT_CN)
def test_named_talent_members_have_no_rank(report, city):
    p = report.placement("talent", city)
    assert (p.certainty, p.rank) == (MEMBER, None)


@pytest.mark.parametrize("city", US)
def test_us_cities_may_be_among_the_unnamed_talent_five(report, city):
    p = report.placement("talent", city)
    assert (p.certainty, p.rank, p.reason) == (UNKNOWN, None, "unnamed-slot")


@pytest.mark.parametrize("city", ["tokyo", "london"])
def test_talent_composition_rules_out_other_countries(report, city):
    p = report.placement("talent", city)
    assert (p.certainty, p.reason) == (OUTSIDE, "composition")


def test_complete_group_members_and_non_members(report):
    for city in BALANCED:
        assert report.placement("balanced-education", city).certainty is MEMBER
    for city in ("tokyo", "boston", "hong-kong"):
        p = report.placement("balanced-education", city)
        assert (p.certainty, p.reason) == (OUTSIDE, "not-member")


def test_incomplete_group_without_composition_is_unknown_for_others(report):
    for city in POTENTIAL:
        assert report.placement("talent-potential", city).certainty is MEMBER
    for city in ("boston", "tokyo", "beijing"):
        p = report.placement("talent-potential", city)
        assert (p.certainty, p.reason) == (UNKNOWN, "incomplete")


@pytest.mark.parametrize(("list_id", "country", "certainty", "reason"), [
    ("overall", "US", OUTSIDE, "beyond-published"),  # Chicago: not in the published top 10
    ("overall", None, OUTSIDE, "beyond-published"),
    ("talent", "US", UNKNOWN, "unnamed-slot"),  # Chicago might be one of the unnamed five
    ("talent", "CN", OUTSIDE, "composition"),  # the five Chinese members are all named
    ("talent", "FR", OUTSIDE, "composition"),
    ("talent", None, UNKNOWN, "no-country"),
    ("balanced-education", "FR", OUTSIDE, "not-member"),
    ("talent-potential", "FR", UNKNOWN, "incomplete"),
])
def test_placement_of_a_city_known_only_by_country(report, list_id, country, certainty, reason):
    p = report.placement_by_country(list_id, country)
    assert (p.city, p.certainty, p.rank, p.reason) == (None, certainty, None, reason)


def test_certainty_invariants_hold_for_every_city_and_list(report, index):
    for city in index.city_ids():
        for p in report.profile(city):
            assert (p.certainty is EXACT) == (p.rank is not None)
            assert p.reason in REASONS
            assert (p.reason == "") == (p.certainty in (EXACT, MEMBER))
            if p.certainty in (EXACT, MEMBER):
                assert p.certainty is (EXACT if p.list.ordered else MEMBER)
            if p.rank is not None:
                assert 1 <= p.rank <= p.list.published


def test_unknown_city_or_list_is_a_key_error(report):
    with pytest.raises(KeyError):
        report.placement("overall", "atlantis")
    with pytest.raises(KeyError):
        report.placement("happiness", "boston")


# --- lists ---------------------------------------------------------------------------------------

def test_lists_in_report_order_with_their_shape(report):
    assert [info.id for info in report.lists] == ["overall", "education", "innovation", "talent",
                                                  "balanced-education", "talent-potential"]
    shapes = {info.id: (info.ordered, info.published, info.complete) for info in report.lists}
    assert shapes == {"overall": (True, 10, True), "education": (True, 3, True), "innovation": (True, 3, True),
                      "talent": (False, 10, False), "balanced-education": (False, 0, True),
                      "talent-potential": (False, 0, False)}


def test_talent_list_composition_and_unnamed(report):
    talent = report.list("talent")
    assert talent.composition == (("CN", 5), ("US", 5))
    assert talent.unnamed == (("US", 5),)
    assert report.list("overall").unnamed == () and report.list("overall").composition == ()
    assert report.list("talent-potential").composition == ()


def test_list_names_sources_and_membership(report):
    assert report.has_list("talent") and not report.has_list("happiness")
    assert report.list("education").name() == "education"
    assert report.list("education").name("zh-Hans") == "教育"
    assert report.list("overall").source.startswith("xinhua")
    assert [c.id for c in report.members("overall")] == OVERALL
    assert [c.id for c in report.members("talent")] == TALENT_CN


# --- top N and position N ------------------------------------------------------------------------

def test_top_15_overall_gives_the_published_10_and_says_so(report):
    top = report.top("overall", 15)
    assert (top.requested, len(top.entries), top.truncated) == (15, 10, True)
    assert [(rank, city.id) for rank, city in top.entries] == list(enumerate(OVERALL, 1))


def test_top_within_published_is_not_truncated(report):
    top = report.top("overall", 3)
    assert [c.id for _, c in top.entries] == OVERALL[:3] and not top.truncated
    assert len(report.top("overall").entries) == 10 and not report.top("overall").truncated
    assert report.top("overall", 0).entries == ()


def test_top_5_in_education_gives_the_published_3(report):
    top = report.top("education", 5)
    assert [c.id for _, c in top.entries] == EDUCATION and top.truncated


def test_top_of_an_unordered_group_gives_members_without_ranks(report):
    top = report.top("talent", 3)
    assert not top.list.ordered and not top.truncated and top.requested == 3
    assert [(rank, c.id) for rank, c in top.entries] == [(0, c) for c in TALENT_CN]
    assert report.top("talent").requested == 10


@pytest.mark.parametrize(("position", "city"), [(1, "boston"), (8, "shanghai"), (10, "tokyo")])
def test_at_a_published_position_is_exact(report, position, city):
    at = report.at("overall", position)
    assert (at.certainty, at.city.id, at.position, at.reason) == (EXACT, city, position, "")


@pytest.mark.parametrize(("list_id", "position", "reason"), [
    ("overall", 11, "beyond-published"), ("overall", 30, "beyond-published"), ("education", 4, "beyond-published"),
    ("overall", 0, "out-of-range"), ("overall", 31, "out-of-range"), ("overall", -1, "out-of-range"),
    ("talent", 1, "unordered"), ("balanced-education", 2, "unordered"),
])
def test_at_an_unpublished_position_is_unknown(report, list_id, position, reason):
    at = report.at(list_id, position)
    assert (at.certainty, at.city, at.reason) == (UNKNOWN, None, reason)


# --- comparisons ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("list_id", "cities", "ahead"), [
    ("overall", ["shanghai", "boston"], "boston"),
    ("overall", ["shanghai", "shenzhen"], "shanghai"),  # exact rank beats beyond the top 10
    ("overall", ["shenzhen", "guangzhou"], None),  # both outside: order unknown
    ("innovation", ["beijing", "boston", "san-francisco"], "san-francisco"),
    ("talent", ["tokyo", "beijing"], "beijing"),  # member of the top 10 beats known-outside
    ("talent", ["beijing", "shanghai"], None),  # both members: no order published
    ("talent", ["beijing", "seattle"], None),  # Seattle may be in the top 10
    ("balanced-education", ["london", "tokyo"], None),  # a group, not a top N
    ("talent-potential", ["shenzhen", "boston"], None),
    ("overall", ["boston", "boston"], None),
])
def test_compare(report, list_id, cities, ahead):
    comparison = report.compare(list_id, cities)
    assert [p.city.id for p in comparison.placements] == cities
    assert comparison.list.id == list_id
    assert (comparison.ahead.id if comparison.ahead else None) == ahead


def test_compare_nothing(report):
    assert report.compare("overall", []).ahead is None


# --- countries and regions -------------------------------------------------------------------

def test_talent_us_has_no_named_and_five_unnamed_members(report):
    result = report.in_country("talent", "US")
    assert (result.members, result.unnamed, result.certainty) == ((), 5, EXACT)


def test_talent_china_has_five_named_members(report):
    result = report.in_country("talent", "CN")
    assert [(rank, c.id) for rank, c in result.members] == [(0, c) for c in TALENT_CN]
    assert (result.unnamed, result.certainty) == (0, EXACT)


def test_overall_members_by_country_keep_their_ranks(report):
    result = report.in_country("overall", "US")
    assert [(rank, c.id) for rank, c in result.members] == [(1, "boston"), (2, "san-francisco"),
                                                            (5, "new-york"), (6, "los-angeles"), (7, "seattle")]
    assert result.certainty is EXACT
    assert [c.id for _, c in report.in_country("overall", "CN").members] == ["beijing", "shanghai", "hong-kong"]
    assert report.in_country("overall", "FR").members == ()


def test_in_country_certainty_depends_on_what_the_list_says(report):
    assert report.in_country("talent", "JP").certainty is EXACT  # the composition rules Japan out
    assert report.in_country("balanced-education", "JP").certainty is EXACT  # complete group
    unknown = report.in_country("talent-potential", "US")
    assert (unknown.members, unknown.unnamed, unknown.certainty) == ((), 0, UNKNOWN)


def test_in_region(report):
    na = report.in_region("talent", "north-america")
    assert (na.members, na.unnamed, na.certainty) == ((), 5, EXACT)
    asia = report.in_region("overall", "asia")
    assert [(rank, c.id) for rank, c in asia.members] == [(3, "beijing"), (8, "shanghai"), (9, "hong-kong"),
                                                          (10, "tokyo")]
    assert [c.id for _, c in report.in_region("overall", "europe").members] == ["london"]


def test_counts_by_country_and_region(report):
    assert dict(report.country_counts("overall")) == {"US": 5, "CN": 3, "GB": 1, "JP": 1}
    assert dict(report.country_counts("talent")) == {"CN": 5}
    assert dict(report.region_counts("overall")) == {"north-america": 5, "asia": 4, "europe": 1}


# --- neighbours, profile, mentions -------------------------------------------------------------

@pytest.mark.parametrize(("list_id", "city", "above", "below"), [
    ("overall", "shanghai", "seattle", "hong-kong"),
    ("overall", "boston", None, "san-francisco"),
    ("overall", "tokyo", "hong-kong", None),
    ("education", "london", "boston", "hong-kong"),
    ("overall", "shenzhen", None, None),  # not in the list
    ("talent", "beijing", None, None),  # no order
    ("happiness", "boston", None, None),  # no such list
])
def test_neighbours(report, list_id, city, above, below):
    got = report.neighbours(list_id, city)
    assert tuple(c.id if c else None for c in got) == (above, below)


@pytest.mark.parametrize(("city", "expected"), [
    ("shanghai", [(EXACT, 8), (OUTSIDE, None), (OUTSIDE, None), (MEMBER, None), (MEMBER, None), (MEMBER, None)]),
    ("seattle", [(EXACT, 7), (OUTSIDE, None), (OUTSIDE, None), (UNKNOWN, None), (OUTSIDE, None), (UNKNOWN, None)]),
    ("tokyo", [(EXACT, 10), (OUTSIDE, None), (OUTSIDE, None), (OUTSIDE, None), (OUTSIDE, None), (UNKNOWN, None)]),
    ("shenzhen", [(OUTSIDE, None), (OUTSIDE, None), (OUTSIDE, None), (MEMBER, None), (OUTSIDE, None),
                  (MEMBER, None)]),
    ("boston", [(EXACT, 1), (EXACT, 1), (EXACT, 2), (UNKNOWN, None), (OUTSIDE, None), (UNKNOWN, None)]),
])
def test_profile(report, city, expected):
    profile = report.profile(city)
    assert [p.list.id for p in profile] == [info.id for info in report.lists]
    assert [(p.certainty, p.rank) for p in profile] == expected


def test_mentions(report, index):
    assert all(report.mentions(city) for city in ALL_CITIES)
    assert not report.mentions("paris")
    assert sorted(index.city_ids()) == ALL_CITIES


# --- statements and metadata ---------------------------------------------------------------------

def test_statements(report):
    statements = report.statements()
    assert len(statements) == 3
    assert {s.topic for s in statements} == {"recommendation", "findings"}
    recommendation = report.statements("recommendation")
    assert len(recommendation) == 1 and "innovation ecosystem" in recommendation[0].text()
    assert recommendation[0].source.startswith("xinhua")
    assert "创新" in recommendation[0].text("zh-Hans")
    findings = report.statements("findings")
    assert len(findings) == 2 and all(s.source.startswith("stdaily") for s in findings)
    assert any("North American" in s.text() for s in findings)
    assert report.statements("weather") == ()


def test_metadata(report, index):
    meta = report.meta
    assert (meta["released"], meta["reported"], meta["cities_evaluated"]) == ("2025-01-24", "2025-01-25", 30)
    assert "Collaborative Development" in meta["title"]["en"]
    assert "教育科技人才" in meta["index_name"]["zh-Hans"]
    assert [c["en"] for c in meta["compilers"]][-1] == "Elsevier" and len(meta["compilers"]) == 3
    assert "Tsinghua" in meta["compilers"][1]["en"]
    assert {"xinhua", "stdaily"} <= set(meta["sources"]) and meta["source"] == "xinhua"
    assert "9 second-level" in meta["structure"]["en"]
    assert index.default is report and list(index.reports) == ["set-2025"]


# --- cities and places ------------------------------------------------------------------------

def test_city_records(index):
    shanghai = index.city("shanghai")
    assert (shanghai.name(), shanghai.name("zh-Hans"), shanghai.name("zh-Hant"), shanghai.country) == (
        "Shanghai", "上海", "上海", "CN")
    assert index.city("san-francisco").name("zh-Hant") == "舊金山"
    assert index.city("boston").name("fr") == "Boston"  # unknown language: English
    countries = {cid: index.city(cid).country for cid in index.city_ids()}
    assert {c for c, code in countries.items() if code == "US"} == set(US)
    assert {c for c, code in countries.items() if code == "CN"} == set(TALENT_CN)
    assert (countries["london"], countries["tokyo"]) == ("GB", "JP")
    assert index.has_city("tokyo") and not index.has_city("paris")


@pytest.mark.parametrize(("typed", "city"), [("SF", "san-francisco"), ("NYC", "new-york"), ("HK", "hong-kong"),
                                              ("LA", "los-angeles"), ("上海", "shanghai"), ("舊金山", "san-francisco"),
                                              ("Hong Kong", "hong-kong"), ("S.F.", "san-francisco")])
def test_city_by_folded_name_or_alias(index, typed, city):
    assert index.city_by_name(fold(typed)).id == city


def test_not_a_report_city_by_name(index):
    assert index.city_by_name(fold("Paris")) is None


def test_places(index):
    assert index.place(fold("USA")) == ("country", "US")
    assert index.place(fold("Chinese")) == ("country", "CN")
    assert index.place(fold("Asia")) == ("region", "asia")
    assert index.place(fold("mars")) is None
    assert index.country_name("US") == "United States" and index.country_name("CN", "zh-Hant") == "中國"
    assert index.region_of("JP") == "asia" and index.region_of("XX") is None
    asia = index.countries_in_region("asia")
    assert {"CN", "JP"} <= set(asia) and "US" not in asia
    assert all(index.region_of(code) == "asia" for code in asia)
    assert index.region_name("north-america") == "North America"


# --- immutability --------------------------------------------------------------------------------

def test_results_are_immutable(report):
    p = report.placement("overall", "shanghai")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.rank = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.meta["cities_evaluated"] = 31  # type: ignore[index]
    assert report.placement("overall", "shanghai") == p
