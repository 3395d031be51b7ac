"""The language of a chat's first replies: the sender's Telegram language (simplified or
traditional Chinese) until someone writes in a language; after that, the language written in."""

from __future__ import annotations

import pytest
from fake_bot_api import FakeBotApi

from bot.telegram.words import reply_language, words_for


@pytest.fixture(scope="module")
def real_engine():
    from bot.engine import Engine

    return Engine.load()


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize(("code", "lang"), [
    ("zh", "zh-Hans"), ("zh-hans", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh-SG", "zh-Hans"),
    ("zh-hant", "zh-Hant"), ("zh-TW", "zh-Hant"), ("zh-hk", "zh-Hant"), ("zh-Hant-TW", "zh-Hant"),
    ("en", None), ("de", None), ("", None), (None, None),
])
def test_telegram_language_codes_choose_the_reply_language(code, lang) -> None:
    assert reply_language(code) == lang


async def test_a_simplified_chinese_user_gets_start_and_help_in_chinese(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    user = api.user(user_id=4401, language_code="zh-hans")
    api.push_message("/start", chat_id=4401, user=user)
    api.push_message("/help", chat_id=4401, user=user)
    start, help_ = await api.wait_for("sendMessage", 2, timeout=10)
    assert chinese(start.params["text"]) and chinese(help_.params["text"])
    assert "上海排第几" in help_.params["text"]  # simplified characters


async def test_a_traditional_chinese_user_gets_traditional_characters(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/help", chat_id=4402, user=api.user(user_id=4402, language_code="zh-TW"))
    [call] = await api.wait_for("sendMessage", timeout=10)
    assert "上海排第幾" in call.params["text"]


async def test_once_the_user_writes_in_english_the_chat_is_answered_in_english(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    user = api.user(user_id=4403, language_code="zh-cn")
    api.push_message("/start", chat_id=4403, user=user)
    api.push_message("where does Shanghai rank?", chat_id=4403, user=user)
    api.push_message("/help", chat_id=4403, user=user)
    start, rank, help_ = await api.wait_for("sendMessage", 3, timeout=10)
    assert chinese(start.params["text"])
    assert "Shanghai" in rank.params["text"] and not chinese(rank.params["text"])
    assert not chinese(help_.params["text"])


async def test_an_english_user_gets_english(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/start", chat_id=4404, user=api.user(user_id=4404, language_code="en"))
    [call] = await api.wait_for("sendMessage", timeout=10)
    assert not chinese(call.params["text"])


async def test_an_apology_to_a_new_chinese_chat_is_in_chinese(api: FakeBotApi, start_bot, engine) -> None:
    engine.fail_on = "boom"
    await start_bot()
    api.push_message("boom", chat_id=4405, user=api.user(user_id=4405, language_code="zh-hk"))
    [call] = await api.wait_for("sendMessage")
    words = words_for()
    assert call.params["text"] == words.say("tg_apology", "zh-Hant").html != words.say("tg_apology", "en").html


async def test_a_picture_button_under_an_inline_message_alerts_in_the_pressers_language(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    query_id = api.push_callback(None, "card:top 3", user=api.user(user_id=4406, language_code="zh-cn"))
    await api.wait_for("answerCallbackQuery")
    assert api.callback_answers[query_id]["text"] == words_for().text("tg_inline_card", "zh-Hans")
