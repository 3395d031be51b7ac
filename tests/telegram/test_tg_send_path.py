"""The send path: answers go out through python-telegram-bot's public ``send_message`` /
``edit_message_text`` (HTML by default, no link previews, the keyboard, a quote in groups),
the sent message's id is kept for edits, Telegram's errors arrive as python-telegram-bot's
exceptions; and the ``getUpdates`` client that confirms what was fetched never waits."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from fake_bot_api import FakeBotApi, Fault
from telegram.error import BadRequest, Forbidden
from tg_support import FakeEngine

from bot.reply import Button, Reply
from bot.telegram.handlers import SERVICES_KEY
from bot.telegram.persistence import remembered_reply
from bot.telegram.render import keyboard

GROUP = -100777


def _reply(buttons: tuple[Button, ...] = (Button("Top 3", "q:top 3"), Button("Source", "src"))) -> Reply:
    return Reply(text="answer & more", html="<b>answer</b> &amp; more", intent="fake", lang="en", buttons=buttons)


def test_the_keyboard_is_built_once_per_button_set() -> None:
    reply = _reply()
    markup = keyboard(reply)
    assert markup is not None and keyboard(_reply()) is markup
    assert keyboard(_reply(buttons=())) is None
    assert keyboard(_reply(buttons=(Button("too long", "q:" + "x" * 70),))) is None


@pytest.mark.parametrize("chat_id", [1001, GROUP])
async def test_an_answer_is_one_html_send_message_with_its_keyboard(
        api: FakeBotApi, start_bot, engine, chat_id: int) -> None:
    await start_bot()
    kind = "private" if chat_id > 0 else "supergroup"
    question = api.push_message("/rank Tokyo", chat_id=chat_id, chat_type=kind)
    [call] = await api.wait_for("sendMessage")
    params = call.params
    assert params["parse_mode"] == "HTML"
    assert params["link_preview_options"] == {"is_disabled": True}
    assert params["text"] == "<b>answer</b> to: /rank Tokyo"
    assert params["reply_markup"]["inline_keyboard"][0][1] == {"text": "Source", "callback_data": "src"}
    if kind == "private":
        assert "reply_parameters" not in params
    else:
        quote = params["reply_parameters"]
        assert quote["message_id"] == question["message_id"] and quote["allow_sending_without_reply"]


async def test_telegram_errors_are_python_telegram_bot_exceptions(api: FakeBotApi, start_bot) -> None:
    application = await start_bot()
    api.inject("sendMessage", Fault(status=403, description="Forbidden: bot was blocked by the user"),
               Fault(status=400, description="Bad Request: chat not found"))
    with pytest.raises(Forbidden, match="blocked"):
        await application.bot.send_message(1001, "hi")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await application.bot.send_message(1001, "hi")


async def test_answers_are_remembered_by_the_sent_message_id(api: FakeBotApi, start_bot) -> None:
    application = await start_bot(engine_=FakeEngine())
    private = api.push_message("where?", chat_id=1001)
    group = api.push_message("/top", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage", 2)
    expected = {question["chat"]["id"]: (question["message_id"], api.bot_messages(question["chat"]["id"])[0])
                for question in (private, group)}

    def remembered() -> dict[int, int | None]:
        return {chat_id: remembered_reply(application.chat_data[chat_id], question_id)
                for chat_id, (question_id, _) in expected.items()}

    for _ in range(100):  # the handler records the id once the send has returned
        if None not in remembered().values():
            break
        await asyncio.sleep(0.05)
    assert remembered() == {chat_id: answer["message_id"] for chat_id, (_, answer) in expected.items()}
    assert application.bot_data[SERVICES_KEY].counters["answers"] == 2


async def test_the_last_get_updates_never_waits_for_a_cancelled_long_poll(api: FakeBotApi, make_settings) -> None:
    """At a stop python-telegram-bot cancels the long poll, then calls getUpdates once more to
    confirm what was fetched. A poll cancelled at an unlucky moment can hold its connection
    until the server answers it; the confirming call must still go out at once."""
    from bot.telegram.app import build_application

    for i in range(12):  # a stop each time: a fresh bot, one long poll cancelled, the confirming call
        bot = build_application(make_settings(), FakeEngine()).bot
        await bot.initialize()
        try:
            api.push_message(f"m{i}", chat_id=1001)  # the poll is answered at once: cancelled mid-answer
            poll = asyncio.create_task(bot.get_updates(timeout=5))
            await asyncio.sleep(0.0005 * i)
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poll
            updates = await asyncio.wait_for(bot.get_updates(timeout=0), 0.9)  # a pool timeout takes 1 s
            await bot.get_updates(offset=updates[-1].update_id + 1 if updates else None, timeout=0)
        finally:
            await bot.shutdown()


def test_the_telegram_layer_uses_only_python_telegram_bots_public_api() -> None:
    """No private module (``telegram._…``, ``telegram.ext._…``) and no private name of
    python-telegram-bot: an upgrade within v22 must not break the bot."""
    import ast
    from pathlib import Path

    offenders = []
    for path in sorted((Path(__file__).resolve().parents[2] / "bot" / "telegram").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("telegram"):
                private = [part for part in node.module.split(".") if part.startswith("_")]
                private += [alias.name for alias in node.names if alias.name.startswith("_")]
                if private:
                    offenders.append(f"{path.name}:{node.lineno} from {node.module} import {private}")
            elif isinstance(node, ast.Attribute) and node.attr in ("_post", "DEFAULT_NONE", "_dump_singlefile",
                                                                    "_load_singlefile", "_BotPickler"):
                offenders.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert offenders == []
