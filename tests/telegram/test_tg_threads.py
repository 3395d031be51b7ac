"""Answers people can act on: a reply to one of the bot's answers continues that answer; "did
you mean" offers the corrected question as buttons; group answers stay light; a picture shows
that it is on its way."""

from __future__ import annotations

import pytest
from fake_bot_api import BOT_USERNAME, FakeBotApi, visible_text

GROUP = -100555


@pytest.fixture(scope="module")
def real_engine():
    from bot.engine import Engine

    return Engine.load()


def buttons(params: dict) -> list[list[dict]]:
    return (params.get("reply_markup") or {}).get("inline_keyboard") or []


async def test_a_reply_to_an_earlier_answer_continues_that_answer(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/rank Shanghai", chat_id=GROUP, chat_type="supergroup")
    api.push_message("/rank Boston", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage", 2, timeout=10)
    shanghai, boston = api.bot_messages(GROUP)
    assert "Shanghai" in shanghai["text"] and "Boston" in boston["text"]
    api.push_message("and in education?", chat_id=GROUP, chat_type="supergroup", reply_to=shanghai)
    calls = await api.wait_for("sendMessage", 3, timeout=10)
    assert "Shanghai" in calls[2].params["text"] and "Boston" not in calls[2].params["text"]
    api.push_message(f"@{BOT_USERNAME} and in talent?", chat_id=GROUP, chat_type="supergroup")  # no reply: latest
    calls = await api.wait_for("sendMessage", 4, timeout=10)
    assert "Shanghai" in calls[3].params["text"]  # the chat's latest answer was the one about Shanghai


async def test_replies_continue_their_answer_after_a_restart(api: FakeBotApi, make_settings, real_engine) -> None:
    from bot.telegram.app import build_application, serving

    settings = make_settings()
    async with serving(build_application(settings, real_engine)):
        api.push_message("/rank Shanghai", chat_id=GROUP, chat_type="supergroup")
        api.push_message("/rank Boston", chat_id=GROUP, chat_type="supergroup")
        await api.wait_for("sendMessage", 2, timeout=10)
    shanghai, _boston = api.bot_messages(GROUP)
    async with serving(build_application(settings, real_engine)):
        api.push_message("and in education?", chat_id=GROUP, chat_type="supergroup", reply_to=shanghai)
        calls = await api.wait_for("sendMessage", 3, timeout=10)
    assert "Shanghai" in calls[2].params["text"] and "Boston" not in calls[2].params["text"]


async def test_did_you_mean_buttons_ask_the_corrected_question(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("rank of Sheng", chat_id=4601)
    [call] = await api.wait_for("sendMessage", timeout=10)
    offered = [b for row in buttons(call.params) for b in row]
    assert {b["text"] for b in offered} >= {"Shanghai?", "Shenzhen?"}
    shenzhen = next(b for b in offered if b["text"] == "Shenzhen?")
    assert shenzhen["callback_data"] == "q:rank of Shenzhen"
    [answer] = api.bot_messages(4601)
    api.push_callback(answer, shenzhen["callback_data"])
    calls = await api.wait_for("sendMessage", 2, timeout=10)
    assert visible_text(calls[1].params["text"], "HTML").startswith("Shenzhen is not in the published")


async def test_group_answers_have_one_row_of_buttons_and_a_press_answers_in_the_group(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/rank Shanghai", chat_id=GROUP, chat_type="supergroup")
    api.push_message("where does Shanghai rank?", chat_id=4602)
    calls = await api.wait_for("sendMessage", 2, timeout=10)
    group = next(c for c in calls if c.params["chat_id"] == GROUP)
    private = next(c for c in calls if c.params["chat_id"] == 4602)
    assert len(buttons(private.params)) == 2  # three buttons in private: two rows
    [row] = buttons(group.params)
    assert len(row) <= 2 and row[-1]["callback_data"] == "src"  # the source stays on offer
    [answer] = api.bot_messages(GROUP)
    api.push_callback(answer, row[0]["callback_data"])
    pressed = await api.wait_for("sendMessage", 3, timeout=10)
    assert pressed[2].params["chat_id"] == GROUP
    assert pressed[2].params["reply_parameters"]["message_id"] == answer["message_id"]
    assert len(buttons(pressed[2].params)) <= 1


async def test_a_picture_shows_upload_photo_while_it_is_drawn(api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/card top 3", chat_id=4603)
    await api.wait_for("sendPhoto", timeout=20)
    methods = [c.method for c in api.calls if c.method in ("sendChatAction", "sendPhoto")]
    assert methods[:2] == ["sendChatAction", "sendPhoto"]
    [action] = api.calls_to("sendChatAction")
    assert action.params["chat_id"] == 4603 and action.params["action"] == "upload_photo"


async def test_a_picture_sent_again_by_file_id_goes_without_the_action(
        api: FakeBotApi, start_bot, real_engine) -> None:
    await start_bot(engine_=real_engine)
    api.push_message("/card top 5", chat_id=4604)
    await api.wait_for("sendPhoto", timeout=20)
    api.push_message("/card top 5", chat_id=4604)
    photos = await api.wait_for("sendPhoto", 2, timeout=20)
    assert isinstance(photos[1].params["photo"], str)  # the remembered file_id: nothing drawn
    assert len(api.calls_to("sendChatAction")) == 1
