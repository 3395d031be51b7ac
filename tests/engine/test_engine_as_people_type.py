"""Questions as people type them in a chat: the verb left out, a chatty lead-in, a claim and a short
"did it?", a name that no report city bears written inside Chinese. Each reply must answer what was
asked, and no ordinary word may be taken for a city's name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("tokyo higher than seattle?", "No", "Seattle (7th)"),
    ("hk in edu top three?", "Yes", "3rd in education"),
    ("shenzhen in top ten?", "No", "not in the published overall top 10"),
    ("东京进前十了没有", "是的", "第10"),
])
def test_a_yes_or_no_asked_without_its_verb_gets_a_yes_or_no(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


@pytest.mark.parametrize(("question", "needle"), [
    ("ok random question but is tokyo even in the top 10? my coworker says no", "Tokyo ranks 10th"),
    ("we're moving to seattle next year, how did it rank?", "Seattle ranks 7th"),
    ("honestly i dont care much but whats the best chinese city", "Beijing (3rd overall)"),
])
def test_a_chatty_lead_in_is_not_read_as_a_city(ask, question, needle):
    text = ask(question).text
    assert needle in text
    assert "recognise" not in text


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("lol my friend thinks london beat new york. did it?", "Yes", "London (4th) is ahead of New York (5th)"),
    ("someone told me tokyo is 5th. is it?", "No", "Tokyo ranks 10th"),
])
def test_a_short_did_it_checks_the_claim_before_it(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


def test_a_latin_name_inside_chinese_is_a_name_not_ignored(ask):
    text = ask("xyzzy在人才方面排第几").text
    assert "不认识“xyzzy”" in text  # said, not silently dropped
    assert "5座美国城市（报告未具名）" in text  # and the list asked about, with its unnamed members


def test_a_comparison_leaves_out_lists_that_say_nothing_of_either_city(ask):
    text = ask("compare tokyo and seattle").text
    assert "Overall" in text and "potential" not in text
