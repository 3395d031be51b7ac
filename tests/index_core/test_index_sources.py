"""The article behind the facts: its paragraphs are kept in the data, checked, carried into the index,
and found again from a fact's source reference ("xinhua ¶4")."""

from __future__ import annotations

import pytest
from index_support import edit_yaml

from index_core.errors import DataError
from index_core.load import load_data
from index_core.sources import RefError, parse_ref

REPORT = "reports/set-2025/report.yaml"


@pytest.mark.parametrize(("ref", "parsed"), [
    ("xinhua", ("xinhua", ())),
    ("xinhua ¶4", ("xinhua", (4,))),
    ("xinhua ¶4–6", ("xinhua", (4, 5, 6))),
    ("xinhua ¶4, ¶6", ("xinhua", (4, 6))),
    ("xinhua ¶4 and ¶2", ("xinhua", (4, 2))),
    ("stdaily p. 3", ("stdaily", ())),
])
def test_references_name_a_source_and_its_paragraphs(ref, parsed):
    assert parse_ref(ref) == parsed


@pytest.mark.parametrize("ref", ["xinhua ¶", "xinhua ¶four", "xinhua ¶6–4", "xinhua ¶0", "xinhua ¶4 or so"])
def test_unreadable_paragraph_references_are_refused(ref):
    with pytest.raises(RefError):
        parse_ref(ref)


def test_every_fact_of_the_article_points_at_a_paragraph_it_holds(report):
    refs = [info.source for info in report.lists] + [s.source for s in report.statements()]
    cited = [ref for ref in refs if ref.startswith("xinhua ")]
    assert len(cited) >= 6
    for ref in cited:
        passages = report.source_passages(ref)
        assert passages and all({"en", "zh-Hans", "zh-Hant"} <= texts.keys() for _n, texts in passages), ref


def test_the_passages_are_the_article_sentences_in_both_languages(report):
    [(number, texts)] = report.source_passages("xinhua ¶5")
    assert number == 5
    assert texts["en"].startswith("In terms of education, Boston, London and Hong Kong rank as the top three")
    assert texts["zh-Hans"].startswith("在教育方面，波士顿、伦敦和香港位列前三")
    assert "倫敦" in texts["zh-Hant"]
    assert [n for n, _ in report.source_passages("xinhua ¶6–7")] == [6, 7]
    assert [n for n, _ in report.source_passages("xinhua")] == list(range(1, 9))  # the whole article
    assert report.source_passages("stdaily") == [] and report.source_passages("nobody ¶1") == []


def test_the_source_gives_its_citation_title_and_language(report):
    xinhua = report.source("xinhua ¶4")
    assert xinhua.id == "xinhua" and xinhua.citation("en") == "Xinhua, 25 January 2025"
    assert xinhua.title_in("en") == "Beijing, Shanghai, Hong Kong rank among top 10 innovation cities globally: report"
    assert xinhua.title_in("zh-Hans").startswith("报告：") and xinhua.language == "en"
    assert xinhua.paragraphs == tuple(range(1, 9)) and xinhua.url is None
    stdaily = report.source("stdaily")
    assert stdaily.title is None and stdaily.paragraphs == () and stdaily.language == "zh-Hans"
    assert report.source("nobody") is None


def test_an_address_is_carried_when_the_data_gives_one(data_copy):
    edit_yaml(data_copy / REPORT, lambda doc: doc["sources"]["xinhua"].update(url="https://example.org/a"))
    article = load_data(data_copy)["reports"][0]["articles"]["xinhua"]
    assert article["url"] == "https://example.org/a"


def _pos(doc: dict, list_id: str) -> int:
    return [item["id"] for item in doc["lists"]].index(list_id)


@pytest.mark.parametrize(("change", "where", "what"), [
    (lambda doc: doc["lists"][_pos(doc, "education")].update(source="xinhua ¶9"),
     "lists[1].source", "'xinhua ¶9' points at paragraph 9, but sources.xinhua.paragraphs holds only 1–8"),
    (lambda doc: doc["statements"][0].update(source="xinhua ¶2–12"),
     "statements[0].source", "points at paragraph 9, but sources.xinhua.paragraphs holds only 1–8"),
    (lambda doc: doc["lists"][0].update(source="xinhua ¶x"),
     "lists[0].source", "write paragraphs as ¶4"),
    (lambda doc: doc["sources"]["xinhua"]["paragraphs"].update({0: {"en": "x"}}),
     "sources.xinhua.paragraphs.0", "numbered 1, 2, 3"),
    (lambda doc: doc["sources"]["xinhua"]["paragraphs"][4].pop("en"),
     "sources.xinhua.paragraphs.4.en", "missing required field"),
    (lambda doc: doc["sources"]["xinhua"].update(url="www.example.org"),
     "sources.xinhua.url", "starting with http:// or https://"),
    (lambda doc: doc["sources"]["xinhua"].update(language="fr"),
     "sources.xinhua.language", "unknown language 'fr'"),
    (lambda doc: doc["sources"]["xinhua"].update(paragrahps={}),
     "sources.xinhua.paragrahps", "unknown field or language"),
])
def test_bad_source_data_is_one_line_naming_file_and_place(data_copy, change, where, what):
    edit_yaml(data_copy / REPORT, change)
    with pytest.raises(DataError) as raised:
        load_data(data_copy)
    err = raised.value
    assert err.file == str(data_copy / REPORT) and err.where == where and what in err.what, err
    assert "\n" not in str(err)


def test_a_citation_only_source_may_name_a_place_in_it(data_copy):
    """Without paragraph text, `stdaily ¶3` is a place in a citation, as before paragraphs were kept."""
    edit_yaml(data_copy / REPORT, lambda doc: doc["statements"][1].update(source="stdaily ¶3"))
    assert load_data(data_copy)["reports"][0]["statements"][1]["source"] == "stdaily ¶3"
