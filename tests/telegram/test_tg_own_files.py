"""Crash-loop-proof own files: whatever the journal or the state file holds, the bot starts, says
in one line what it set aside, and answers."""

from __future__ import annotations

import json
import logging
import pickle

import pytest
from fake_bot_api import FakeBotApi
from tg_support import FakeEngine

from bot.telegram.app import build_application, serving

CHAT = 7401


def _pending_line(api: FakeBotApi, update_id: int, text: str) -> str:
    message = api.message(text, chat_id=CHAT)
    return json.dumps({"u": update_id, "j": {"update_id": update_id, "message": message}})


def _set_aside_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name.startswith(("bot.telegram.journal", "bot.telegram.persistence")) and r.levelno >= logging.WARNING]


async def _starts_and_answers(api: FakeBotApi, settings, *pending: str) -> FakeEngine:
    engine = FakeEngine()
    async with serving(build_application(settings, engine)):
        api.push_message("still answering?", chat_id=CHAT)
        await api.wait_for("sendMessage", 1 + len(pending), timeout=10)
    assert sorted(engine.texts) == sorted(["still answering?", *pending])
    return engine


JOURNAL_GARBAGE = {
    "done of null": '{"d": null}',
    "a string id": '{"u": "abc"}',
    "a string mark": '{"h": "x"}',
    "a huge float mark": '{"h": 1e18}',
    "a float id": '{"u": 1e18, "j": {"update_id": 1e18}}',
    "a bool id": '{"d": true}',
    "not an object": "[1, 2, 3]",
    "a bare string": '"hello"',
    "update of the wrong type": '{"u": 5, "j": [1]}',
    "ids that disagree": '{"u": 5, "j": {"update_id": 6}}',
    "an unknown entry": '{"zz": 1}',
    "binary": "\x00\x81\xfe garbage \udcff",
    "a huge id": '{"d": 99999999999999999999999999999999}',
    "nested too deeply": '{"u": 9, "j": ' + "[" * 100_000 + "]" * 100_000 + "}",
}


@pytest.mark.parametrize("garbage", list(JOURNAL_GARBAGE.values()), ids=list(JOURNAL_GARBAGE))
async def test_whatever_the_journal_holds_the_bot_starts_and_answers(
        api: FakeBotApi, make_settings, caplog, garbage: str) -> None:
    settings = make_settings()
    journal = settings.journal_path
    journal.write_text("\n".join([_pending_line(api, 5001, "left from before"), garbage,
                                  _pending_line(api, 5002, "also left")]) + "\n",
                       encoding="utf-8", errors="surrogateescape")
    await _starts_and_answers(api, settings, "left from before", "also left")
    lines = _set_aside_lines(caplog)
    if garbage == '{"d": 99999999999999999999999999999999}':  # a valid (if absurd) id: nothing to set aside
        assert lines == []
        return
    assert len(lines) == 1 and "set aside" in lines[0], lines
    assert list(journal.parent.glob(journal.name + ".unreadable-*"))


async def test_a_journal_of_the_earlier_version_with_a_high_water_mark_is_still_read(
        api: FakeBotApi, make_settings) -> None:
    settings = make_settings()
    settings.journal_path.write_text(f'{{"h": 1000000000}}\n{_pending_line(api, 5007, "before the upgrade")}\n')
    await _starts_and_answers(api, settings, "before the upgrade")


async def test_a_journal_that_is_a_directory_is_reported_and_the_bot_runs_without_it(
        api: FakeBotApi, make_settings, caplog) -> None:
    settings = make_settings()
    settings.journal_path.mkdir()
    (settings.journal_path / "x").write_text("y")
    await _starts_and_answers(api, settings)
    assert len([line for line in _set_aside_lines(caplog) if "journal" in line]) >= 1


def _state(chats: object, **extra: object) -> str:
    return json.dumps({"format": "citybot-state", "version": 1, "bot_id": None, "chats": chats, **extra})


STATE_GARBAGE: dict[str, bytes] = {
    "pickle whose chat_data is a list": pickle.dumps({"chat_data": [1, 2], "user_data": {}, "bot_data": {},
                                                      "conversations": {}, "callback_data": None}),
    "pickle of something else": pickle.dumps([1, 2, 3]),
    "a damaged pickle": b"\x80\x05garbage, cut short by a crash",
    "JSON of another program": b'{"hello": "world"}',
    "JSON that is a list": b"[]",
    "chats that are a list": _state([]).encode(),
    "not JSON": b"{this is not",
    "empty": b"",
    "binary": bytes(range(256)),
    "nested too deeply": _state("[" * 100_000 + "]" * 100_000).replace('"[', "[").replace(']"', "]").encode(),
}


@pytest.mark.parametrize("content", list(STATE_GARBAGE.values()), ids=list(STATE_GARBAGE))
async def test_whatever_the_state_file_holds_the_bot_starts_and_answers(
        api: FakeBotApi, make_settings, caplog, content: bytes) -> None:
    settings = make_settings()
    settings.persistence_path.write_bytes(content)
    await _starts_and_answers(api, settings)
    lines = _set_aside_lines(caplog)
    assert len(lines) == 1, lines
    assert json.loads(settings.persistence_path.read_text())["format"] == "citybot-state"  # a good file again


async def test_chats_the_bot_did_not_write_are_left_out_the_rest_kept(api: FakeBotApi, make_settings, caplog) -> None:
    settings = make_settings()
    good = {"citybot": {"history": ["where does Tokyo rank?"]}, "citybot_replies": {"5": 6}}
    settings.persistence_path.write_text(_state({
        str(CHAT): good, "not-a-chat": {}, "17": [1], "18": {"citybot": 3}, "19": {"citybot_replies": {"a": "b"}},
    }))
    engine = await _starts_and_answers(api, settings)
    assert engine.calls[0][1] == {"history": ["where does Tokyo rank?"]}  # the conversation went on
    [line] = _set_aside_lines(caplog)
    assert "4 chat(s)" in line


async def test_a_pickle_state_file_of_the_earlier_version_is_carried_over(api: FakeBotApi, make_settings) -> None:
    settings = make_settings()
    settings.persistence_path.write_bytes(pickle.dumps({
        "chat_data": {CHAT: {"citybot": {"history": ["top 5"]}, "citybot_replies": {3: 4}}},
        "user_data": {}, "bot_data": {}, "conversations": {}, "callback_data": None}))
    engine = await _starts_and_answers(api, settings)
    assert engine.calls[0][1] == {"history": ["top 5"]}
    chats = json.loads(settings.persistence_path.read_text())["chats"]
    assert chats[str(CHAT)]["citybot_replies"]["3"] == 4


async def test_chats_not_answered_for_a_month_are_forgotten(api: FakeBotApi, make_settings) -> None:
    """The state file and the memory grow with the chats of the last weeks, not every chat ever."""
    import time

    hour = int(time.time() // 3600)
    settings = make_settings()
    settings.persistence_path.write_text(_state({
        "501": {"citybot": {"lang": "zh-Hans"}, "citybot_seen": hour - 31 * 24},
        "502": {"citybot": {"lang": "en"}, "citybot_seen": hour - 2 * 24},
        "503": {"citybot": {"lang": "en"}},  # written before chats were stamped: kept, stamped now
    }))
    application = build_application(settings, FakeEngine())
    async with serving(application):
        api.push_message("hello", chat_id=CHAT)
        await api.wait_for("sendMessage")
        assert set(application.chat_data) == {502, 503, CHAT}
    chats = json.loads(settings.persistence_path.read_text())["chats"]
    assert set(chats) == {"502", "503", str(CHAT)}
    assert chats["503"]["citybot_seen"] == chats[str(CHAT)]["citybot_seen"] >= hour
