"""Floods: one chat sending 100 messages in a second is answered politely, within Telegram's
limits, and nobody else waits for it. Production flood policy unless a test says otherwise."""

from __future__ import annotations

import asyncio
import time

import pytest
from fake_bot_api import BOT_USERNAME, FakeBotApi
from tg_support import FakeEngine

from bot.telegram.config import FloodPolicy
from bot.telegram.flood import Kind, TokenBucket, classify
from bot.telegram.sending import flood_notes

POLICY = FloodPolicy()
NOTES = flood_notes()


def answers(api: FakeBotApi, chat_id: int) -> list[str]:
    return [m["text"] for m in api.bot_messages(chat_id) if not m["text"].startswith(NOTES)]


def notes(api: FakeBotApi, chat_id: int) -> list[str]:
    return [m["text"] for m in api.bot_messages(chat_id) if m["text"].startswith(NOTES)]


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    return max((sum(1 for t in times if start <= t < start + window) for start in times), default=0)


def test_what_takes_a_token_addressed_messages_and_buttons_not_group_chatter() -> None:
    from telegram import Bot, Update

    api = FakeBotApi("1:x")
    bot = Bot("1:x")

    def kind(update: dict, known: bool = True) -> Kind:
        identity = (BOT_USERNAME, 42) if known else (None, None)
        found = classify(Update.de_json({"update_id": 1, **update}, bot), *identity)
        assert found is not None
        return found

    private = {"message": api.message("anything at all", chat_id=5)}
    assert kind(private).costly and kind(private).droppable and not kind(private).group
    assert not kind(private, known=False).costly  # who the bot is is not known yet: nothing is costly
    chatter = {"message": api.message("nice weather", chat_id=-7, chat_type="group")}
    mention = {"message": api.message(f"@{BOT_USERNAME} top 3", chat_id=-7, chat_type="group")}
    assert not kind(chatter).costly and kind(chatter).group and kind(chatter).lane == -7
    assert kind(mention).costly
    button = {"callback_query": {"id": "q", "from": api.user(), "chat_instance": "c", "data": "src",
                                 "message": api.message("x", chat_id=-7, chat_type="group")}}
    assert kind(button).costly and not kind(button).droppable


def test_the_default_policy_stays_within_telegrams_limits() -> None:
    burst, rate, keep = POLICY.bucket(group=True)
    assert burst + 1 + 60 * rate <= 20  # a group: at most 20 messages a minute, the note included
    burst, rate, keep = POLICY.bucket(group=False)
    assert rate <= 1 and burst <= 3 and keep == 1  # a private chat: about one a second, short bursts
    assert POLICY.note_interval >= 60


def test_token_bucket() -> None:
    bucket = TokenBucket(3, 1.0, now=0.0)
    assert [bucket.take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.wait_time(0.0) == pytest.approx(1.0)
    assert bucket.wait_time(0.5) == pytest.approx(0.5)
    assert bucket.take(1.0) and not bucket.take(1.0)
    assert bucket.full_in(1.0) == pytest.approx(3.0)
    assert TokenBucket(1, 0.0, 0.0).wait_time(5.0) == 0.0


async def test_a_private_flood_is_coalesced_and_other_chats_are_not_slowed(
        api: FakeBotApi, start_bot, engine: FakeEngine) -> None:
    await start_bot()
    calm_chats = [8001, 8002, 8003, 8004, 8005, 8006, -1008007, -1008008]
    flooder = 8100
    latencies: list[float] = []

    async def calm(chat_id: int) -> None:  # three questions in 1.2 s: within each chat's own budget
        await asyncio.sleep(0.1)
        for i in range(3):
            kind = "private" if chat_id > 0 else "supergroup"
            text = f"calm {chat_id} {i}" if kind == "private" else f"@{BOT_USERNAME} calm {chat_id} {i}"
            pushed_at = time.monotonic()
            api.push_message(text, chat_id=chat_id, chat_type=kind)
            [call] = await api.wait_for("sendMessage", where=lambda c, t=pushed_at: c.params["chat_id"] == chat_id
                                        and c.at > t, timeout=5)
            latencies.append(call.at - pushed_at)
            await asyncio.sleep(0.4)

    async def flood() -> None:
        for i in range(100):
            api.push_message(f"f-{i}", chat_id=flooder)
            await asyncio.sleep(0.01)

    started = time.monotonic()
    await asyncio.gather(flood(), *(calm(c) for c in calm_chats))
    await api.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == flooder
                       and c.params["text"].endswith("f-99"), timeout=5)
    await asyncio.sleep(1.2)  # anything else still coming?

    got = answers(api, flooder)
    numbers = [int(text.rsplit("f-", 1)[1]) for text in got]
    assert numbers[:3] == [0, 1, 2]  # the burst
    assert numbers[-1] == 99  # the latest question is always answered
    assert numbers == sorted(numbers) and len(got) <= 6  # in order; the rest coalesced
    assert len(notes(api, flooder)) == 1
    assert sorted(t for t in engine.texts if t.startswith("f-")) == sorted(f"f-{n}" for n in numbers)
    flood_sends = [c.at for c in api.calls_to("sendMessage", lambda c: c.params["chat_id"] == flooder)]
    elapsed = max(flood_sends) - started
    assert len(flood_sends) <= 3 + 1 + elapsed * 1.0 + 1  # burst + note + one a second
    assert max_in_window(flood_sends, 1.0) <= 5

    assert len(latencies) == 3 * len(calm_chats)  # every calm question answered
    assert max(latencies) < 0.5, sorted(latencies)[-5:]
    for chat_id in calm_chats:
        assert not notes(api, chat_id)


async def test_a_group_flood_gets_a_burst_and_a_note_and_held_ones_survive_a_restart(
        api: FakeBotApi, make_settings, engine: FakeEngine) -> None:
    from bot.telegram.app import build_application, serving

    group = -1008200
    settings = make_settings()
    async with serving(build_application(settings, engine)):
        for i in range(100):  # at once: no token comes back before the stop (one every 4.3 s)
            api.push_message(f"/rank g-{i}", chat_id=group, chat_type="supergroup")
            api.push_message(f"chatter {i}", chat_id=group, chat_type="supergroup")  # costs nothing
        await api.wait_for("sendMessage", 6, timeout=10)  # the burst and the note (however slow the machine)
        await asyncio.sleep(0.5)
        first = answers(api, group)
        assert first == [f"answer to: /rank g-{i}" for i in range(5)]  # the group's burst
        assert len(notes(api, group)) == 1
    # stopped while 3 questions were held for lack of tokens: they wait in the journal
    assert len(api.bot_messages(group)) == 6
    async with serving(build_application(settings, engine)):
        await api.wait_for("sendMessage", 9)
        await asyncio.sleep(0.3)
    got = answers(api, group)
    assert got == first + [f"answer to: /rank g-{i}" for i in (97, 98, 99)]  # the newest three, in order
    assert len(api.calls_to("sendMessage")) == 9 <= 20  # a minute's budget for a group, restart included


async def test_button_presses_are_throttled_but_never_dropped(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    api.push_message("hello", chat_id=8300)
    await api.wait_for("sendMessage")
    answer = api.bot_messages(8300)[-1]
    queries = [api.push_callback(answer, f"q:press {i}") for i in range(5)]
    calls = await api.wait_for("sendMessage", 6, timeout=6)
    assert [c.params["text"] for c in calls[1:]] == [f"<b>answer</b> to: press {i}" for i in range(5)]
    assert all(api.callback_answers[q] is not None for q in queries)
    assert calls[-1].at - calls[1].at >= 1.5  # burst of 3 (hello took one), then one a second


async def test_flood_control_can_be_turned_off(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot(flood=FloodPolicy(enabled=False))
    for i in range(30):
        api.push_message(f"n-{i}", chat_id=8400)
    await api.wait_for("sendMessage", 30, timeout=5)
    assert answers(api, 8400) == [f"answer to: n-{i}" for i in range(30)]
