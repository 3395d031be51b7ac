"""The backlog after downtime: messages arrive all at once but were sent at their own pace (their
``date``). A private question sent at a person's pace is never dropped — from Telegram's backlog
or from the journal; a flood stays a flood, whenever it arrives; groups keep --group-backlog."""

from __future__ import annotations

import asyncio
import time

from fake_bot_api import FakeBotApi
from tg_support import FakeEngine

from bot.telegram.app import build_application, serving
from bot.telegram.journal import Journal
from bot.telegram.sending import flood_notes

NOTES = flood_notes()
CHATS = (7301, 7302)


def _answers(api: FakeBotApi, chat_id: int) -> list[str]:
    return [m["text"] for m in api.bot_messages(chat_id) if not m["text"].startswith(NOTES)]


def _notes(api: FakeBotApi, chat_id: int) -> int:
    return sum(m["text"].startswith(NOTES) for m in api.bot_messages(chat_id))


async def test_questions_sent_a_minute_apart_while_the_bot_was_down_are_all_answered(
        api: FakeBotApi, start_bot, engine: FakeEngine) -> None:
    now = time.time()
    for i in range(10):
        for chat_id in CHATS:
            api.push_message(f"q{chat_id}-{i}", chat_id=chat_id, date=now - 600 + 60 * i)
    await start_bot()  # the production flood policy
    await api.wait_for("sendMessage", 20, timeout=20)
    await asyncio.sleep(0.3)
    for chat_id in CHATS:
        assert _answers(api, chat_id) == [f"answer to: q{chat_id}-{i}" for i in range(10)]
        assert _notes(api, chat_id) == 0
    # still paced as Telegram wants: about one answer a second in a chat after a short burst
    sends = sorted(c.at for c in api.calls_to("sendMessage", lambda c: c.params["chat_id"] == CHATS[0]))
    assert sends[-1] - sends[0] >= 5


async def test_a_flood_in_the_backlog_is_still_coalesced(api: FakeBotApi, start_bot, engine: FakeEngine) -> None:
    sent = time.time() - 300
    for i in range(30):  # thirty messages in the same second, five minutes ago
        api.push_message(f"f-{i}", chat_id=CHATS[0], date=sent)
    api.push_message("a calm question later", chat_id=CHATS[0], date=sent + 120)
    await start_bot()
    await api.wait_for("sendMessage", where=lambda c: "a calm question later" in c.params["text"], timeout=10)
    await asyncio.sleep(0.3)
    got = _answers(api, CHATS[0])
    assert got[:3] == ["answer to: f-0", "answer to: f-1", "answer to: f-2"]  # the burst
    assert got[-1] == "answer to: a calm question later"  # sent at a person's pace: answered
    assert len(got) <= 5 and _notes(api, CHATS[0]) == 1


async def test_paced_questions_left_in_the_journal_are_all_answered_after_a_crash(
        api: FakeBotApi, make_settings) -> None:
    settings = make_settings()
    journal = Journal(settings.journal_path)
    journal.open(bot_id=api.bot_user["id"])
    now = time.time()
    for i in range(8):  # fetched before a kill -9, sent a minute apart, none answered
        message = api.message(f"j-{i}", chat_id=CHATS[1], date=now - 480 + 60 * i)
        journal.received(100 + i, {"update_id": 100 + i, "message": message})
    journal.close()
    engine = FakeEngine()
    async with serving(build_application(settings, engine)):
        await api.wait_for("sendMessage", 8, timeout=15)
        await asyncio.sleep(0.3)
    assert engine.texts == [f"j-{i}" for i in range(8)]
    assert _notes(api, CHATS[1]) == 0


async def test_a_huge_backlog_is_fetched_as_it_is_answered_not_all_at_once(api: FakeBotApi, start_bot) -> None:
    """Memory is spent on what is being answered: with room for 20 updates, a backlog of 300
    questions from 300 chats is never held all at once — Telegram keeps the rest until there is
    room — and every question is answered."""
    from bot.telegram.handlers import SERVICES_KEY

    for n in range(300):
        api.push_message(f"backlog {n}", chat_id=9_000_000 + n, date=time.time() - 900)
    api.latency["sendMessage"] = 0.05
    application = await start_bot(max_held=20)
    lanes = application.bot_data[SERVICES_KEY].lanes
    peak = 0
    while len(api.calls_to("sendMessage", lambda c: c.completed)) < 300:
        peak = max(peak, lanes.held)
        await asyncio.sleep(0.005)
    assert peak <= 20 + 100  # the room, plus one getUpdates answer (at most 100 updates)
    assert sorted(m["text"] for m in api.bot_messages()) == sorted(f"answer to: backlog {n}" for n in range(300))


async def test_a_chat_with_too_many_messages_waiting_is_a_flood_whatever_their_pace(
        api: FakeBotApi, start_bot, engine: FakeEngine) -> None:
    from bot.telegram.config import FloodPolicy

    sent = time.time() - 40 * 60
    for i in range(40):  # a minute apart: a person's pace, but forty of them waiting at once
        api.push_message(f"p-{i}", chat_id=CHATS[0], date=sent + 60 * i)
    await start_bot(flood=FloodPolicy(private_rate=10.0, max_waiting=10))
    await api.wait_for("sendMessage", where=lambda c: c.params["text"].endswith("p-39"), timeout=10)
    await asyncio.sleep(0.5)
    got = _answers(api, CHATS[0])
    assert got[-1] == "answer to: p-39" and 11 <= len(got) <= 16, got
    assert _notes(api, CHATS[0]) == 1
