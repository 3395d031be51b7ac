"""Two reports side by side (tests/fixtures/two-reports), and which one is the default."""

from __future__ import annotations

import pytest
from index_support import edit_yaml

from index_core.build import build
from index_core.errors import DataError
from index_core.index import Index
from index_core.model import Certainty


def test_both_reports_are_loaded(two_reports):
    assert sorted(two_reports.reports) == ["demo-2024", "demo-2026"]
    old, new = two_reports.reports["demo-2024"], two_reports.reports["demo-2026"]
    assert [info.id for info in old.lists] == ["overall", "green"]
    assert [info.id for info in new.lists] == ["overall", "ai", "startups"]
    assert old.meta["cities_evaluated"] == 20 and new.meta["cities_evaluated"] == 50


def test_the_newest_report_is_the_default(two_reports):
    assert two_reports.default.id == "demo-2026"


def test_same_city_same_list_id_different_answers(two_reports):
    old, new = two_reports.reports["demo-2024"], two_reports.reports["demo-2026"]
    assert old.placement("overall", "london").rank == 1
    assert new.placement("overall", "london").rank == 4
    paris_old, paris_new = old.placement("overall", "paris"), new.placement("overall", "paris")
    assert (paris_old.certainty, paris_old.rank) == (Certainty.EXACT, 5)
    assert (paris_new.certainty, paris_new.reason) == (Certainty.OUTSIDE, "beyond-published")
    assert old.top("overall", 10).truncated and len(old.top("overall", 10).entries) == 5


def test_a_ranking_from_a_csv_that_names_cities_by_name(two_reports):
    new = two_reports.reports["demo-2026"]
    # overall.csv: columns in another order, an extra column, a blank line, names instead of ids
    assert [c.id for c in new.members("overall")] == ["beijing", "boston", "shanghai", "london", "tokyo",
                                                      "new-york"]
    assert new.neighbours("overall", "shanghai")[0].id == "boston"


def test_inline_entries_may_come_in_any_order(two_reports):
    ai = two_reports.reports["demo-2026"].top("ai")
    assert [(rank, c.id) for rank, c in ai.entries] == [(1, "boston"), (2, "beijing")]


def test_lists_only_one_report_has(two_reports):
    old, new = two_reports.reports["demo-2024"], two_reports.reports["demo-2026"]
    assert new.has_list("ai") and not old.has_list("ai")
    assert old.has_list("green") and not new.has_list("green")
    with pytest.raises(KeyError):
        old.placement("ai", "boston")


def test_group_with_composition_in_the_second_report(two_reports):
    new = two_reports.reports["demo-2026"]
    assert new.placement("startups", "boston").reason == "unnamed-slot"
    assert new.placement("startups", "beijing").reason == "unnamed-slot"  # one Chinese slot still open
    assert new.placement("startups", "london").reason == "composition"
    us = new.in_country("startups", "US")
    assert ([c.id for _, c in us.members], us.unnamed, us.certainty) == (["new-york"], 1, Certainty.EXACT)


def test_complete_group_in_the_first_report(two_reports):
    old = two_reports.reports["demo-2024"]
    assert old.placement("green", "oslo").certainty is Certainty.MEMBER
    assert old.placement("green", "tokyo").reason == "not-member"
    assert old.in_region("green", "europe").members[0][1].id == "paris"


def test_statements_and_metadata_per_report(two_reports):
    old, new = two_reports.reports["demo-2024"], two_reports.reports["demo-2026"]
    assert [s.id for s in old.statements()] == ["outlook"]
    assert [s.id for s in new.statements("recommendation")] == ["advice"]
    assert new.statements("findings")[0].text("zh-Hans") == "亚洲城市排名上升最多。"
    assert new.statements("findings")[0].text("zh-Hant") == "Asian cities gained the most places."
    assert (old.meta["released"], new.meta["released"]) == ("2024-03-01", "2026-02-01")
    assert old.meta["reported"] is None and new.meta["reported"] == "2026-02-02"
    assert old.meta["short_title"] == old.meta["title"]  # defaults to the title
    assert new.meta["structure"]["en"] == "two indicators"


def test_cities_are_shared_and_mentions_are_per_report(two_reports):
    old, new = two_reports.reports["demo-2024"], two_reports.reports["demo-2026"]
    assert old.mentions("oslo") and not new.mentions("oslo")
    assert new.mentions("shanghai") and not old.mentions("shanghai")
    assert two_reports.city("oslo").country == "NO"  # unquoted NO is Norway, not false
    assert two_reports.place("norway") == ("country", "NO")


def test_default_true_overrides_the_release_date(fixture_copy):
    edit_yaml(fixture_copy / "reports/demo-2024/report.yaml", lambda doc: doc.update(default=True))
    assert Index(build(fixture_copy, gazetteer=False)).default.id == "demo-2024"


def test_two_defaults_are_an_error(fixture_copy):
    for rid in ("demo-2024", "demo-2026"):
        edit_yaml(fixture_copy / f"reports/{rid}/report.yaml", lambda doc: doc.update(default=True))
    with pytest.raises(DataError, match="more than one report says default: true"):
        build(fixture_copy, gazetteer=False)


def test_two_reports_with_one_id_are_an_error(fixture_copy):
    edit_yaml(fixture_copy / "reports/demo-2026/report.yaml", lambda doc: doc.update(id="demo-2024"))
    with pytest.raises(DataError, match="duplicate report id 'demo-2024'") as err:
        build(fixture_copy, gazetteer=False)
    assert err.value.file.endswith("report.yaml")
