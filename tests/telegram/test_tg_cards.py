"""Picture cards in the bot: /card and the Picture button send a photo through sendPhoto."""

from __future__ import annotations

import asyncio
import time

import pytest
from fake_bot_api import BOT_USERNAME, PNG_MAGIC, FakeBotApi

GROUP = -100888


@pytest.fixture(scope="module")
def real_engine():
    from bot.engine import Engine

    return Engine.load()


def photo_of(call) -> object:
    return call.params["photo"]


def uploaded(call) -> bytes:
    photo = photo_of(call)
    assert isinstance(photo, dict), f"expected an upload, got {photo!r}"
    return photo["data"]


async def test_card_command_uploads_a_png_with_a_caption(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/card top 3 education", chat_id=1101)
    [call] = await api.wait_for("sendPhoto", timeout=20)
    assert call.fault is None and call.params["chat_id"] == 1101
    png = uploaded(call)
    assert png.startswith(PNG_MAGIC) and len(png) > 10_000
    assert call.params["parse_mode"] == "HTML"
    assert call.params["caption"].startswith("<b>Education: top 3</b>")
    assert "reply_parameters" not in call.params  # no quoting in private
    message = api.bot_messages(1101)[-1]
    assert message["photo"][0]["width"] == int.from_bytes(png[16:20], "big")
    assert not api.calls_to("sendMessage")


@pytest.mark.parametrize(("args", "title"), [("shanghai", "Shanghai"), ("beijing tokyo", "Beijing vs Tokyo")])
async def test_card_in_a_group_with_the_bot_name_quotes_the_question(
        api: FakeBotApi, start_bot, real_engine, args: str, title: str) -> None:
    await start_bot(engine_=real_engine)
    api.push_message(f"/card@OtherBot {args}", chat_id=GROUP, chat_type="supergroup")
    question = api.push_message(f"/card@{BOT_USERNAME} {args}", chat_id=GROUP, chat_type="supergroup")
    [call] = await api.wait_for("sendPhoto", timeout=20)
    await api.wait_until_polled()
    assert call.params["reply_parameters"]["message_id"] == question["message_id"]
    assert uploaded(call).startswith(PNG_MAGIC)
    assert title in call.params["caption"]
    assert len(api.calls_to("sendPhoto")) == 1 and not api.calls_to("sendMessage")


def _picture_button(call) -> str:
    """The callback data of the answer's "Picture" button."""
    rows = call.params["reply_markup"]["inline_keyboard"]
    return next(b["callback_data"] for row in rows for b in row if b["callback_data"].startswith("card:"))


async def test_picture_button_sends_the_card_of_the_answer(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("where does Shanghai rank?", chat_id=1102)
    [answer_call] = await api.wait_for("sendMessage")
    picture = _picture_button(answer_call)
    answer = api.bot_messages(1102)[-1]
    query_id = api.push_callback(answer, picture)
    [call] = await api.wait_for("sendPhoto", timeout=20)
    assert api.callback_answers[query_id] == {"callback_query_id": query_id}  # answered once, no alert
    assert uploaded(call).startswith(PNG_MAGIC)
    assert "Shanghai" in call.params["caption"]


async def test_picture_button_in_a_chinese_chat_draws_a_chinese_card(api: FakeBotApi, start_bot,
                                                                     real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("上海排第几？", chat_id=1103)
    [answer_call] = await api.wait_for("sendMessage")
    answer = api.bot_messages(1103)[-1]
    api.push_callback(answer, _picture_button(answer_call))
    [call] = await api.wait_for("sendPhoto", timeout=20)
    assert call.params["caption"].startswith("<b>上海</b>")


async def test_a_repeat_sends_the_file_id_without_drawing_or_uploading(
        api: FakeBotApi, start_bot, real_engine, monkeypatch) -> None:
    from bot.telegram import cards

    draws: list[object] = []
    original = cards._draw
    monkeypatch.setattr(cards, "_draw", lambda index, spec: draws.append(spec) or original(index, spec))
    await start_bot(engine_=real_engine)
    api.push_message("/card top 5", chat_id=1104)
    [first] = await api.wait_for("sendPhoto", timeout=20)
    api.push_message("/card top 5", chat_id=1105)  # another chat, same card
    answer = api.bot_messages(1104)[-1]
    api.push_callback(answer, "card:l:overall:5:en")  # the same card through a button
    calls = await api.wait_for("sendPhoto", 3, timeout=20)
    file_id = api.bot_messages(1104)[-1]["photo"][0]["file_id"]
    assert isinstance(photo_of(first), dict)
    assert [photo_of(c) for c in calls[1:]] == [file_id, file_id]
    assert len(draws) == 1
    assert calls[1].params["caption"] == first.params["caption"]


async def test_a_refused_file_id_is_forgotten_and_the_card_uploaded_again(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/card tokyo", chat_id=1106)
    await api.wait_for("sendPhoto", timeout=20)
    api.files.clear()  # Telegram no longer knows the file
    api.push_message("/card tokyo", chat_id=1106)
    calls = await api.wait_for("sendPhoto", 3, timeout=20)
    assert isinstance(photo_of(calls[1]), str) and calls[1].fault is None
    assert uploaded(calls[2]).startswith(PNG_MAGIC)
    assert len(api.bot_messages(1106)) == 2


@pytest.mark.parametrize("text", ["/card paris", "/card asdfgh", "/card 上海 巴黎 东京 伦敦 北京 纽约"])
async def test_no_card_gets_a_friendly_text_reply(api: FakeBotApi, start_bot, real_engine, text: str) -> None:
    await start_bot(engine_=real_engine)
    api.push_message(text, chat_id=1107)
    [call] = await api.wait_for("sendMessage", timeout=20)
    await api.wait_until_polled()
    assert call.fault is None
    assert "Sorry" not in call.params["text"] and "Traceback" not in call.params["text"]
    assert not api.calls_to("sendPhoto")


async def test_picture_button_without_a_card_or_a_chat_answers_with_an_alert(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/top", chat_id=1108)
    await api.wait_for("sendMessage")
    answer = api.bot_messages(1108)[-1]
    bad = api.push_callback(answer, "card:c:gotham:en")
    inline = api.push_callback(None, "card:top 3")
    await api.wait_for("answerCallbackQuery", 2)
    assert api.callback_answers[bad]["show_alert"] is True  # type: ignore[index]
    assert "/card" in api.callback_answers[inline]["text"]  # type: ignore[index]
    assert not api.calls_to("sendPhoto")


async def test_drawing_a_card_does_not_hold_up_other_chats(api: FakeBotApi, start_bot, real_engine,
                                                           monkeypatch) -> None:
    from bot.telegram import cards

    original = cards._draw

    def slow_draw(index, spec):
        time.sleep(1.0)  # a slow render, in the worker thread
        return original(index, spec)

    monkeypatch.setattr(cards, "_draw", slow_draw)
    await start_bot(engine_=real_engine)
    api.push_message("/card top 3", chat_id=1109)
    await asyncio.sleep(0.1)
    started = time.monotonic()
    api.push_message("top 3", chat_id=1110)
    [other] = await api.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == 1110)
    assert other.at - started < 0.5  # answered while the card was being drawn
    await api.wait_for("sendPhoto", timeout=5)


async def test_edited_card_question_is_not_answered_twice(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    question = api.push_message("/card london", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendPhoto", timeout=20)
    api.push_edit(question, "/card boston")
    barrier = api.push_message("/help", chat_id=GROUP, chat_type="supergroup")
    [call] = await api.wait_for("sendMessage")
    assert call.params["reply_parameters"]["message_id"] == barrier["message_id"]
    assert len(api.calls_to("sendPhoto")) == 1 and not api.calls_to("editMessageText")
