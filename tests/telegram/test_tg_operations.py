"""Restarts, failures and retries: the operational side, through real HTTP (webhook mode: test_tg_webhook.py)."""

from __future__ import annotations

import logging

import pytest
from fake_bot_api import BOT_USERNAME, FakeBotApi, Fault
from tg_support import FakeEngine

from bot.telegram.app import build_application, serving

GROUP = -100555


async def test_restart_keeps_conversation_state_and_answer_map(api: FakeBotApi, make_settings) -> None:
    settings = make_settings()
    first = FakeEngine()
    async with serving(build_application(settings, first)):
        api.push_message("where does Beijing rank?", chat_id=801)
        question = api.push_message("/rank Tokyo", chat_id=GROUP, chat_type="supergroup")
        await api.wait_for("sendMessage", 2)
    assert settings.persistence_path.exists()

    second = FakeEngine()
    async with serving(build_application(settings, second)):
        api.push_message("and in education?", chat_id=801)
        await api.wait_for("sendMessage", 3)
        api.push_edit(question, "/rank Seoul")  # answered before the restart: edit that answer
        [edit] = await api.wait_for("editMessageText")
    assert second.calls[0] == ("and in education?", {"history": ["where does Beijing rank?"]})
    first_group_answer = api.calls_to("sendMessage", lambda c: c.params["chat_id"] == GROUP)[0]
    assert first_group_answer.params["reply_parameters"]["message_id"] == question["message_id"]
    answer_id = next(m["message_id"] for m in api.messages.values()
                     if m.get("reply_to_message", {}).get("message_id") == question["message_id"])
    assert edit.params["message_id"] == answer_id
    assert len(api.calls_to("sendMessage")) == 3


async def test_transient_failures_of_a_private_answer_are_retried(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    api.inject("sendMessage", Fault(status=502, description="Bad Gateway"), Fault(drop=True))
    api.push_message("/top", chat_id=807)
    calls = await api.wait_for("sendMessage", 3)
    assert [c.fault.status if c.fault else 200 for c in calls] == [502, 500, 200]
    assert calls[1].fault is not None and calls[1].fault.drop
    assert len({c.params["text"] for c in calls}) == 1
    assert len(api.bot_messages(807)) == 1


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter.retry_after
async def test_flood_wait_is_waited_out_by_the_rate_limiter(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    api.inject("sendMessage", Fault(status=429, description="Too Many Requests: retry after 1",
                                    retry_after=1))
    api.push_message("/top", chat_id=802)
    calls = await api.wait_for("sendMessage", 2, timeout=8)
    assert calls[1].at - calls[0].at >= 1.0
    assert calls[1].fault is None


async def test_bad_request_is_not_retried_logged_once_and_the_bot_carries_on(
        api: FakeBotApi, start_bot, engine, caplog) -> None:
    caplog.set_level(logging.INFO)
    await start_bot()
    api.inject("sendMessage", Fault(status=400, description="Bad Request: chat not found"))
    update_question = api.push_message("/top", chat_id=GROUP, chat_type="supergroup")
    api.push_message("/help", chat_id=GROUP, chat_type="supergroup")
    calls = await api.wait_for("sendMessage", 2)
    assert calls[0].fault is not None and calls[1].params["text"] == "<b>answer</b> to: /help"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert f"chat {GROUP}" in errors[0].getMessage() and "update 1 " in errors[0].getMessage()
    assert errors[0].exc_info is not None  # a refused request is a bug of ours: its traceback is logged
    assert update_question["message_id"] == calls[0].params["reply_parameters"]["message_id"]


async def test_an_engine_bug_gets_an_apology_in_private_and_silence_in_groups(
        api: FakeBotApi, start_bot, engine, caplog) -> None:
    engine.fail_on = "boom"
    await start_bot()
    api.push_message(f"@{BOT_USERNAME} boom", chat_id=GROUP, chat_type="supergroup")
    api.push_message("boom", chat_id=803)
    api.push_message("still there?", chat_id=803)
    calls = await api.wait_for("sendMessage", 2)
    assert [c.params["chat_id"] for c in calls] == [803, 803]
    assert "Sorry" in calls[0].params["text"]
    assert calls[1].params["text"] == "<b>answer</b> to: still there?"
    assert sum("engine bug" in r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR) == 2


async def test_html_refused_by_telegram_falls_back_to_plain_text(api: FakeBotApi, start_bot) -> None:
    await start_bot(engine_=FakeEngine(html_template="<b>broken {text}"))
    api.push_message("/top", chat_id=804)
    calls = await api.wait_for("sendMessage", 2)
    assert calls[0].params["text"].startswith("<b>broken")
    assert calls[1].params["text"] == "answer to: /top"


async def test_overlong_reply_is_cut_to_one_message(api: FakeBotApi, start_bot) -> None:
    await start_bot(engine_=FakeEngine(html_template="<i>" + "&lt;" * 5000 + "{text}</i>"))
    api.push_message("/top", chat_id=805)
    [call] = await api.wait_for("sendMessage")
    assert call.fault is None
    assert len(call.params["text"]) <= 4096
    assert api.messages[(805, max(k[1] for k in api.messages if k[0] == 805))]["text"].startswith("answer to")


async def test_start_up_rides_out_a_blip_on_every_method_it_calls(api: FakeBotApi, start_bot, engine) -> None:
    """A 5xx or a dropped connection on getMe, the menus or deleteWebhook at start-up does not
    stop the bot: each is retried and the bot answers."""
    for method in ("getMe", "setMyCommands", "setMyDescription", "setMyShortDescription", "deleteWebhook"):
        api.inject(method, Fault(status=502, description="Bad Gateway"), Fault(drop=True))
    await start_bot()
    api.push_message("/top", chat_id=808)
    await api.wait_for("sendMessage", timeout=15)
    assert len(api.commands) == 4 and len(api.descriptions) == 4  # every menu set in the end
