"""Update ids as Telegram really hands them out: redeliveries are recognised by the ids the bot
handled recently (and by which bot it is), never by order — ids may restart anywhere, the token
may change — and nothing the bot skips ever stops it from fetching what comes next."""

from __future__ import annotations

import asyncio
import time

from fake_bot_api import FakeBotApi
from tg_support import FakeEngine

from bot.telegram.app import build_application, serving

CHAT_A, CHAT_B = 7101, 7102


async def _answer_all(api: FakeBotApi, settings, texts: list[str], chat_id: int = CHAT_A) -> list[int]:
    """Run the bot until every text (pushed now) is answered; the update ids used."""
    ids = []
    async with serving(build_application(settings, FakeEngine())):
        before = len(api.calls_to("sendMessage"))
        for text in texts:
            api.push_message(text, chat_id=chat_id)
            ids.append(api.history[-1]["update_id"])
        await api.wait_for("sendMessage", before + len(texts), timeout=15)
        await api.wait_until_polled()
    return ids


async def test_ids_that_restart_lower_are_all_answered(api: FakeBotApi, make_settings) -> None:
    """After a week without updates Telegram picks the next id at random: it may be lower than
    every id the bot has seen. Those messages are new, and every one is answered."""
    settings = make_settings(flood=_no_flood())
    api.restart_update_ids(900_000)
    await _answer_all(api, settings, [f"old {i}" for i in range(5)])
    api.restart_update_ids(40)  # a week later, a restart: ids start lower
    engine = FakeEngine()
    async with serving(build_application(settings, engine)):
        for i in range(30):
            api.push_message(f"new {i}", chat_id=CHAT_B)
        await api.wait_for("sendMessage", 35, timeout=15)
        await api.wait_until_polled()
        api.push_message("fresh after the backlog", chat_id=CHAT_B)  # the offset moved on
        await api.wait_for("sendMessage", 36, timeout=5)
    assert engine.texts == [f"new {i}" for i in range(30)] + ["fresh after the backlog"]


async def test_a_new_token_with_the_same_state_file_answers_its_own_updates(api: FakeBotApi, make_settings) -> None:
    """An operator switches the token to another bot and keeps the state file: the other bot's
    update ids say nothing about this bot's."""
    settings = make_settings(flood=_no_flood())
    await _answer_all(api, settings, [f"first bot {i}" for i in range(10)])
    other_token = "555000111:AAOtherBotTokenForTests_abcdefghijkl"
    api.become(other_token, bot_id=5550, username="OtherCityBot")
    api.restart_update_ids(1)  # the other bot's ids overlap the first one's
    engine = FakeEngine()
    async with serving(build_application(make_settings(token=other_token, flood=_no_flood()), engine)):
        for i in range(10):
            api.push_message(f"second bot {i}", chat_id=CHAT_A)
        await api.wait_for("sendMessage", 20, timeout=15)
    assert engine.texts == [f"second bot {i}" for i in range(10)]


async def test_after_a_lost_confirmation_redeliveries_are_skipped_without_a_busy_loop(
        api: FakeBotApi, make_settings) -> None:
    """The last getUpdates (which confirms what was fetched) never reached Telegram: after the
    restart Telegram sends those updates again. They are not answered twice, and the bot goes
    back to long polling at once — it does not spin asking for them again and again."""
    settings = make_settings(flood=_no_flood(), poll_timeout=2.0)
    ids = await _answer_all(api, settings, [f"q {i}" for i in range(30)])
    api.unconfirm(ids)
    engine = FakeEngine()
    async with serving(build_application(settings, engine)):
        await api.wait_until_polled()
        started = time.monotonic()
        await asyncio.sleep(2.0)
        rate = api.polls_per_second(started)
        api.push_message("new question", chat_id=CHAT_A)
        await api.wait_for("sendMessage", 31, timeout=5)
    assert engine.texts == ["new question"]
    assert rate <= 3, f"{rate:.0f} getUpdates calls a second"


async def test_a_batch_mixing_redeliveries_and_new_updates_answers_the_new_ones(
        api: FakeBotApi, make_settings) -> None:
    settings = make_settings(flood=_no_flood())
    ids = await _answer_all(api, settings, [f"q {i}" for i in range(5)])
    api.unconfirm(ids)
    api.push_message("asked while the bot was down", chat_id=CHAT_B)
    engine = FakeEngine()
    async with serving(build_application(settings, engine)):
        await api.wait_for("sendMessage", 6, timeout=5)
        await api.wait_until_polled()
        await asyncio.sleep(0.2)
    assert engine.texts == ["asked while the bot was down"]


async def test_an_update_python_telegram_bot_cannot_read_neither_deafens_nor_spins(
        api: FakeBotApi, start_bot, engine, caplog) -> None:
    """python-telegram-bot drops a whole getUpdates answer it cannot parse without moving its
    offset, and asks again at once. The bot waits instead of spinning, and then steps over the
    one unreadable update: the message behind it is answered."""
    await start_bot(poll_timeout=2.0)
    broken = api.push({"message": "not a message"})
    api.push_message("behind the broken one", chat_id=CHAT_A)
    started = time.monotonic()
    await api.wait_for("sendMessage", timeout=10)
    assert api.polls_per_second(started) < 10
    assert engine.texts == ["behind the broken one"]
    assert any(f"update {broken} cannot be read" in r.getMessage() for r in caplog.records)


async def test_long_polls_answered_at_once_do_not_make_the_bot_spin(api: FakeBotApi, start_bot, engine) -> None:
    """A proxy that answers every long poll at once with nothing: polling slows down instead of
    asking hundreds of times a second — and still gets every message."""
    api.long_polling = False
    await start_bot(poll_timeout=2.0)
    await api.wait_for("getUpdates")
    started = time.monotonic()
    await asyncio.sleep(3.0)
    rate = api.polls_per_second(started)
    api.push_message("are you there?", chat_id=CHAT_A)
    await api.wait_for("sendMessage", timeout=10)
    assert rate <= 3, f"{rate:.0f} getUpdates calls a second"
    assert engine.texts == ["are you there?"]


def _no_flood():
    from bot.telegram.config import FloodPolicy

    return FloodPolicy(enabled=False)
