"""The source (rule 9) and fitting the medium (rule 10): one message, escaped, with its source."""

from __future__ import annotations

import pytest

RANKING_QUESTIONS = ["where does Shanghai rank?", "top 3", "top 3 in talent", "who is number 7?",
                     "compare Beijing and Tokyo", "is Shenzhen in the top 10?",
                     "Which Chinese cities are in the top 10?",
                     "talent potential", "tell me about Hong Kong", "上海排第几?", "舊金山排名第幾?",
                     "where does Paris rank"]


@pytest.mark.parametrize("question", RANKING_QUESTIONS)
def test_ranking_answers_end_with_the_source(ask, question):
    reply = ask(question)
    last = reply.text.splitlines()[-1]
    assert last in ("Source: Xinhua, 25 January 2025", "来源：新华社，2025年1月25日", "來源：新華社，2025年1月25日")
    assert reply.html.rstrip().endswith("</i>")  # the tag is set apart in italics
    assert any(b.action == "src" for b in reply.buttons)


@pytest.mark.parametrize("question", ["hi", "help", "asdfgh", "thanks"])
def test_small_talk_has_no_source_tag(ask, question):
    assert "Source:" not in ask(question).text


@pytest.mark.parametrize("question", ["/about", "source?", "where does the data come from"])
def test_about_gives_the_full_citation(ask, question):
    reply = ask(question)
    assert reply.intent == "about"
    for needle in ("Assessment Report on the Collaborative Development of Education, Science & Technology and Talent "
                   "in Global Innovation Cities", "Shenzhen International Science and Technology Information Center",
                   "Tsinghua University", "Elsevier", "24 January 2025", "30 cities evaluated", "Xinhua",
                   "Science and Technology Daily"):
        assert needle in reply.text
    assert "&amp;" in reply.html  # "Science & Technology" escaped for Telegram


def test_about_in_chinese(engine):
    text = engine.about("zh-Hans").text
    assert "《全球创新城市教育科技人才协同发展评估报告》" in text
    assert "爱思唯尔" in text


def test_user_text_is_escaped_in_html(ask):
    reply = ask("where does <b>Gotham</b> rank?")
    assert "&lt;b&gt;Gotham&lt;/b&gt;" in reply.html
    assert "<b>Gotham</b>" not in reply.html
    assert '"<b>Gotham</b>"' in reply.text  # plain text shows what was typed


@pytest.mark.parametrize("question", ["where does Gotham & Co rank", "is <script>alert(1)</script> in the top 10",
                                      "where does a<b rank", "tell me about \"x>y\""])
def test_markup_in_questions_never_reaches_the_html(ask, question):
    html = ask(question).html
    assert "<script" not in html
    stripped = html
    for tag in ("<b>", "</b>", "<i>", "</i>"):
        stripped = stripped.replace(tag, "")
    assert "<" not in stripped and ">" not in stripped


@pytest.mark.parametrize("question", ["a" * 5000, "where does " + "Gotham " * 1500 + "rank", "top " + "9" * 3000,
                                      "compare " + " and ".join(["Boston", "Tokyo", "London", "Paris"] * 200)])
def test_replies_fit_one_telegram_message(ask, question):
    reply = ask(question)
    assert len(reply.text) <= 4096
    assert len(reply.html) <= 4096


def test_world_city_names_are_escaped_too(ask):
    reply = ask("compare Paris and London")
    assert "<b>Paris</b>" in reply.html  # data, formatted by the bot, not by the user


def test_two_bare_city_names_are_compared(engine) -> None:
    reply = engine.answer("beijing tokyo", {})
    assert reply.intent == "compare"
    assert "Overall: Beijing 3rd and Tokyo 10th, so Beijing is ahead." in reply.text
