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


def _update(update_id: int, chat_id: int = 1, text: str = "hi", chat_type: str = "private") -> dict:
    return {"update_id": update_id, "message": {"message_id": update_id, "date": 1_700_000_000,
                                                "chat": {"id": chat_id, "type": chat_type},
                                                "from": {"id": 9, "is_bot": False, "first_name": "A"},
                                                "text": text}}


def test_journal_keeps_what_was_not_done(tmp_path: Path) -> None:
    path = tmp_path / "j.journal"
    journal = Journal(path)
    assert journal.open() == []
    for update_id in (5, 6, 7, 8):
        journal.received(update_id, _update(update_id))
    journal.done(5)
    journal.sending(6)
    journal.done(8)
    journal.close()
    with path.open("a") as fh:
        fh.write('{"u": 9, "j": {"update_id": 9, "mess')  # the line a kill -9 cut short
    again = Journal(path)
    pending = again.open()
    assert [(p.update_id, p.sending) for p in pending] == [(6, True), (7, False)]
    assert again.high_water == 8 and again.seen(8) and again.seen(3) and not again.seen(9)
    again.close()
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0] == {"h": 8} and len(lines) == 4  # compacted: the mark, two updates, one marker
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_journal_compacts_as_it_goes(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.journal", compact_every=10)
    journal.open()
    for update_id in range(1, 101):
        journal.received(update_id, _update(update_id))
        journal.done(update_id)
    journal.received(101, _update(101))
    journal.close()
    assert len((tmp_path / "j.journal").read_text().splitlines()) < 15
    again = Journal(tmp_path / "j.journal")
    assert [p.update_id for p in again.open()] == [101] and again.high_water == 101


def test_a_journal_without_a_path_keeps_nothing() -> None:
    journal = Journal(None)
    assert journal.open() == []
    journal.received(1, {})
    journal.done(1)
    assert not journal.seen(1) and journal.pending_count == 0


async def test_the_queue_journals_updates_and_skips_redeliveries(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.journal")
    journal.open()
    queue = JournalingQueue(journal)
    first = Update.de_json(_update(1), None)
    await queue.put(first)
    await queue.put(Update.de_json(_update(1), None))  # Telegram sending it again
    await queue.put("stop-signal")
    assert queue.qsize() == 2 and queue.skipped == 1
    assert journal.pending_count == 1


async def test_lanes_keep_each_chat_in_update_order_and_run_chats_side_by_side() -> None:
    lanes = ChatLanes(FloodPolicy(enabled=False))
    log: list[tuple[str, int]] = []
    gate = asyncio.Event()

    async def handle(update_id: int, chat: int) -> None:
        log.append(("start", update_id))
        if update_id == 1:
            await gate.wait()  # chat 1's first update is slow
        log.append(("end", update_id))

    updates = {i: Update.de_json(_update(i, chat_id=chat), None) for i, chat in [(1, 1), (2, 1), (3, 2), (4, 1)]}
    # python-telegram-bot could start these in any order: the lane sorts by update id
    tasks = [asyncio.create_task(lanes.do_process_update(updates[i], handle(i, updates[i].effective_chat.id)))
             for i in (2, 1, 4, 3)]
    await asyncio.sleep(0.05)
    assert ("end", 3) in log  # chat 2 did not wait for chat 1
    assert ("start", 2) not in log  # chat 1's second update waits for its first
    gate.set()
    await asyncio.gather(*tasks)
    chat1 = [u for kind, u in log if kind == "start" and u in (1, 2, 4)]
    assert chat1 == [1, 2, 4]


async def test_updates_left_in_the_journal_are_answered_after_a_restart(
        api: FakeBotApi, make_settings, engine) -> None:
    """What a ``kill -9`` leaves behind: updates received but not done. Private ones are
    answered; a group one whose answer was already leaving is not (at most once)."""
    from bot.telegram.app import build_application, serving

    settings = make_settings()
    journal = Journal(settings.journal_path)
    journal.open()
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
