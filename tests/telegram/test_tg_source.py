"""The Source button shows, for the answer it is under, the paragraphs of the article that answer
rests on, in the chat's language, under the report's title and the article's citation."""

from __future__ import annotations

import copy

import pytest
from fake_bot_api import FakeBotApi, visible_text

from bot.telegram.source_view import source_html
from bot.telegram.words import words_for

GROUP = -100444


@pytest.fixture(scope="module")
def real_engine():
    from bot.engine import Engine

    return Engine.load()


def paragraph(where, ref: str, lang: str) -> str:
    """A paragraph's text in a report (an engine: its default one)."""
    report = where.index.default if hasattr(where, "index") else where
    [(_number, texts)] = report.source_passages(ref)
    return texts[lang]


async def _answer_and_source(api: FakeBotApi, question: str, chat_id: int, **kwargs) -> tuple[dict, dict]:
    """Ask, press Source under the answer: (the answer's sendMessage params, the source's)."""
    api.push_message(question, chat_id=chat_id, **kwargs)
    [answer] = await api.wait_for("sendMessage", timeout=10, where=lambda c: c.params["chat_id"] == chat_id)
    shown = next(m for m in api.bot_messages(chat_id))
    api.push_callback(shown, "src")
    calls = await api.wait_for("sendMessage", 2, timeout=10, where=lambda c: c.params["chat_id"] == chat_id)
    return answer.params, calls[1].params


async def test_source_shows_the_paragraph_this_answer_rests_on(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    reply = real_engine.answer("top 3 in education")
    assert reply.sources == ("xinhua ¶5",)
    _answer, source = await _answer_and_source(api, "top 3 in education", 4501)
    text = visible_text(source["text"], "HTML")
    assert paragraph(real_engine, "xinhua ¶5", "en") in text
    assert paragraph(real_engine, "xinhua ¶4", "en") not in text  # not the paragraph of another answer
    assert real_engine.index.default.meta["title"]["en"] in text  # the report's title
    assert "Xinhua" in text
    assert "&amp;" in source["text"]  # the title's "&" is escaped


async def test_source_of_two_answers_differs_by_the_answer_it_is_under(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("top 3 in education", chat_id=4502)
    api.push_message("who are the top 3 in innovation?", chat_id=4502)
    await api.wait_for("sendMessage", 2, timeout=10)
    first, second = api.bot_messages(4502)
    refs = real_engine.answer("who are the top 3 in innovation?").sources
    assert refs and "xinhua ¶5" not in refs
    api.push_callback(first, "src")
    calls = await api.wait_for("sendMessage", 3, timeout=10)
    assert paragraph(real_engine, "xinhua ¶5", "en") in visible_text(calls[2].params["text"], "HTML")
    api.push_callback(second, "src")
    calls = await api.wait_for("sendMessage", 4, timeout=10)
    shown = visible_text(calls[3].params["text"], "HTML")
    assert paragraph(real_engine, "xinhua ¶5", "en") not in shown
    assert all(paragraph(real_engine, ref, "en") in shown for ref in refs)


async def test_source_in_a_chinese_chat_is_the_translation_with_the_original(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    _answer, source = await _answer_and_source(api, "教育前三是哪些城市", 4503)
    text = visible_text(source["text"], "HTML")
    assert paragraph(real_engine, "xinhua ¶5", "zh-Hans") in text
    assert real_engine.index.default.meta["title"]["zh-Hans"] in text
    assert paragraph(real_engine, "xinhua ¶5", "en") in text  # the article's own words, too


async def test_source_in_a_group_quotes_the_answer_and_keeps_the_conversation(
        api: FakeBotApi, start_bot, real_engine) -> None:
    from bot.telegram.handlers import SERVICES_KEY

    application = await start_bot(engine_=real_engine)
    api.push_message("/rank Boston", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage", timeout=10)
    [answer] = api.bot_messages(GROUP)
    before = copy.deepcopy(application.chat_data[GROUP]["citybot"])
    api.push_callback(answer, "src")
    calls = await api.wait_for("sendMessage", 2, timeout=10)
    assert calls[1].params["reply_parameters"]["message_id"] == answer["message_id"]
    assert "Boston" in visible_text(calls[1].params["text"], "HTML")  # ¶4 names the top 10
    assert application.chat_data[GROUP]["citybot"] == before  # follow-ups continue what they did
    assert application.bot_data[SERVICES_KEY].index is not None


def test_a_long_source_is_cut_to_fit_and_stays_valid_html(real_engine) -> None:
    report, words = real_engine.index.default, words_for(real_engine.index)
    refs = real_engine.answer("where does Shanghai rank?").sources
    full = source_html(report, words, refs, "zh-Hans")
    assert len(full) > 700
    for limit in (700, 1200, len(full) - 1):
        cut = source_html(report, words, refs, "zh-Hans", limit=limit)
        assert len(cut) <= limit
        assert visible_text(cut, "HTML")  # still parses: no tag or entity cut in half


def test_an_answer_resting_on_nothing_says_so(real_engine) -> None:
    text = source_html(real_engine.index.default, words_for(real_engine.index), (), "en")
    assert text == words_for(real_engine.index).say("tg_source_nothing", "en").html


async def test_source_of_an_answer_about_an_older_edition_is_that_editions(api: FakeBotApi, start_bot) -> None:
    from pathlib import Path

    from bot.engine import Engine

    editions = Engine.load(Path(__file__).resolve().parents[1] / "fixtures" / "editions")  # latest: demo-2026
    assert editions.index.default.id != "set-2025"
    await start_bot(engine_=editions)
    _answer, source = await _answer_and_source(api, "top 3 in education in 2025", 4504)
    assert paragraph(editions.index.reports["set-2025"], "xinhua ¶5", "en") in visible_text(source["text"], "HTML")
