"""The update journal and the per-chat lanes: units, and a replay after a simulated crash."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from fake_bot_api import FakeBotApi
from telegram import Update

from bot.telegram.config import FloodPolicy
from bot.telegram.flood import ChatLanes
from bot.telegram.journal import Journal, JournalingQueue

GROUP = -100616
BOT = 4242


def _update(update_id: int, chat_id: int = 1, text: str = "hi", chat_type: str = "private") -> dict:
    return {"update_id": update_id, "message": {"message_id": update_id, "date": 1_700_000_000,
                                                "chat": {"id": chat_id, "type": chat_type},
                                                "from": {"id": 9, "is_bot": False, "first_name": "A"},
                                                "text": text}}


def test_journal_keeps_what_was_not_done(tmp_path: Path) -> None:
    path = tmp_path / "j.journal"
    journal = Journal(path)
    assert journal.open(bot_id=BOT) == []
    for update_id in (8, 5, 6, 7):  # ids in any order: the journal keeps the order they arrived in
        journal.received(update_id, _update(update_id))
    journal.done(5)
    journal.sending(6)
    journal.done(8)
    journal.close()
    with path.open("a") as fh:
        fh.write('{"u": 9, "j": {"update_id": 9, "mess')  # the line a kill -9 cut short
    again = Journal(path)
    pending = again.open(bot_id=BOT)
    assert [(p.update_id, p.sending) for p in pending] == [(6, True), (7, False)]
    assert all(again.redelivered(i) for i in (5, 6, 7, 8)) and not again.redelivered(9)
    assert not again.redelivered(3)  # lower than everything seen, and new: not a redelivery
    again.close()
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0] == {"b": BOT} and sorted(lines[1]["r"]) == [5, 8]
    assert len(lines) == 5  # compacted: the bot, the handled ids, two updates, one marker
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob("*.unreadable-*"))  # a line cut short by a kill is expected


def test_journal_compacts_as_it_goes_and_remembers_a_bounded_number_of_ids(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.journal", compact_every=10, recent_limit=50)
    journal.open(bot_id=BOT)
    for update_id in range(1, 101):
        journal.received(update_id, _update(update_id))
        journal.done(update_id)
    journal.received(101, _update(101))
    journal.close()
    assert len((tmp_path / "j.journal").read_text().splitlines()) < 15
    again = Journal(tmp_path / "j.journal", recent_limit=50)
    assert [p.update_id for p in again.open(bot_id=BOT)] == [101]
    assert again.redelivered(100) and again.redelivered(60) and not again.redelivered(10)


def test_a_journal_without_a_path_keeps_nothing_but_still_recognises_redeliveries() -> None:
    journal = Journal(None)
    assert journal.open(bot_id=BOT) == []
    journal.received(1, {})
    assert journal.redelivered(1)
    journal.done(1)
    assert journal.pending_count == 0 and journal.redelivered(1)


def test_a_journal_of_another_bot_is_set_aside(tmp_path: Path, caplog) -> None:
    path = tmp_path / "j.journal"
    first = Journal(path)
    first.open(bot_id=BOT)
    first.received(1, _update(1))
    first.received(2, _update(2))
    first.done(2)
    first.close()
    other = Journal(path)
    assert other.open(bot_id=BOT + 1) == []  # the token changed: not this bot's updates
    assert not other.redelivered(1) and not other.redelivered(2)
    [aside] = tmp_path.glob("j.journal.bot*")
    assert '"u":1' in aside.read_text().replace(" ", "")
    assert "another bot" in caplog.text and "1 unanswered update" in caplog.text


async def test_the_queue_journals_updates_and_skips_redeliveries(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.journal")
    journal.open(bot_id=BOT)
    queue = JournalingQueue(journal)
    first = Update.de_json(_update(1), None)
    await queue.put(first)
    await queue.put(Update.de_json(_update(1), None))  # Telegram sending it again
    await queue.put("stop-signal")
    assert queue.qsize() == 2 and queue.skipped == 1
    assert journal.pending_count == 1


async def test_lanes_keep_each_chat_in_arrival_order_and_run_chats_side_by_side() -> None:
    lanes = ChatLanes(FloodPolicy(enabled=False))
    log: list[tuple[str, int]] = []
    gate = asyncio.Event()

    async def handle(update_id: int, chat: int) -> None:
        log.append(("start", update_id))
        if update_id == 900:
            await gate.wait()  # chat 1's first update is slow
        log.append(("end", update_id))

    # ids as Telegram may hand them out: after a restart they can start lower than before
    arrivals = [(900, 1), (901, 1), (3, 2), (4, 1)]
    updates = {i: Update.de_json(_update(i, chat_id=chat), None) for i, chat in arrivals}
    tasks = []
    for i, _ in arrivals:
        tasks.append(asyncio.create_task(lanes.do_process_update(updates[i], handle(i, updates[i].effective_chat.id))))
        await asyncio.sleep(0)
    await asyncio.sleep(0.05)
    assert ("end", 3) in log  # chat 2 did not wait for chat 1
    assert ("start", 901) not in log  # chat 1's second update waits for its first
    gate.set()
    await asyncio.gather(*tasks)
    chat1 = [u for kind, u in log if kind == "start" and u != 3]
    assert chat1 == [900, 901, 4]  # as they arrived, not sorted by id


async def test_updates_left_in_the_journal_are_answered_after_a_restart(
        api: FakeBotApi, make_settings, engine) -> None:
    """What a ``kill -9`` leaves behind: updates received but not done. Private ones are
    answered; a group one whose answer was already leaving is not (at most once)."""
    from bot.telegram.app import build_application, serving

    settings = make_settings()
    journal = Journal(settings.journal_path)
    journal.open(bot_id=api.bot_user["id"])
    private = api.message("where does Tokyo rank?", chat_id=617)
    sent_group = api.message("/rank Boston", chat_id=GROUP, chat_type="supergroup")
    waiting_group = api.message("/rank London", chat_id=GROUP, chat_type="supergroup")
    for update_id, message in ((1, private), (2, sent_group), (3, waiting_group)):
        journal.received(update_id, {"update_id": update_id, "message": message})
    journal.sending(2)
    journal.close()
    for message in (private, sent_group, waiting_group, None):
        api.push({"message": message or api.message("/help", chat_id=617)})  # Telegram redelivers 1-3
    async with serving(build_application(settings, engine)):
        await api.wait_for("sendMessage", 3)
        await api.wait_until_polled()
        await asyncio.sleep(0.2)
    assert sorted(engine.texts) == sorted(["where does Tokyo rank?", "/rank London", "/help"])
    assert len(api.calls_to("sendMessage")) == 3
    assert Journal(settings.journal_path).open() == []
