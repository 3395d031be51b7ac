"""Faults: 1,000 messages from 50 chats through getUpdates while the Bot API misbehaves.

Random (seeded) faults hit about one call in eight: 500, 502, dropped connections, 429 with
``retry_after``, answers slower than the client's read timeout (the message took effect; only
the answer is late), and 502s and resets *after* the message was delivered. The bot cannot tell
a failure before delivery from one after, so:

* every private question is answered — the right answer, in its chat's order; a private answer
  is repeated only where a fault struck after delivery (at least once);
* no group message ever gets two answers; a group answer is missing only where a fault struck
  a send that may have arrived (at most once);
* no chatter is answered, and polling is still running at the end.
"""

from __future__ import annotations

import time

import pytest
from fake_bot_api import FakeBotApi
from loadgen import (
    PRIVATE_BASE,
    REAL_QUESTIONS,
    expect,
    explained,
    make_plan,
    poll_faults,
    push,
    send_faults,
    wait_until_answered,
)
from tg_support import FakeEngine

from bot.telegram.config import FloodPolicy

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # float retry_after

#: Correctness under faults, not pacing: Telegram's 30/s pacing and flood control are off here
#: (they are tested in test_floods.py). The fake API shares the bot's event loop, which 1,000
#: messages in 3 s keep busy: an answer without any fault can take over a second to be read, so
#: the read timeout is 3 s (a shorter one turned unfaulted sends into timeouts, now and then, on
#: a loaded machine), and the slow fault outlasts it.
FAULT_SETTINGS = {"api_rate_limits": False, "flood": FloodPolicy(enabled=False), "read_timeout": 3.0,
                  "get_updates_read_timeout": 0.5, "poll_timeout": 1.0, "send_attempts": 4,
                  "retry_base_delay": 0.01}
SLOW_SEND, SLOW_POLL = 3.3, 2.2


async def _run(api: FakeBotApi, start_bot, engine, expected_engine, *, messages: int, questions=None,
               seed: int = 3):
    sends = api.chaos("sendMessage", 0.12, *send_faults(SLOW_SEND), max_in_a_row=2, seed=seed)
    polls = api.chaos("getUpdates", 0.08, *poll_faults(SLOW_POLL), max_in_a_row=1, seed=seed + 1)
    application = await start_bot(engine_=engine, **FAULT_SETTINGS)
    started = time.monotonic()
    pushed = await push(api, make_plan(messages, 50, seed=seed, questions=questions), seconds=3.0)
    expected = expect(pushed, expected_engine)
    result = await wait_until_answered(api, pushed, expected, timeout=45, settle=1.5)
    took = time.monotonic() - started
    problems = explained(api).unexplained(result)
    assert not problems, f"{result.line()}; {problems[:10]}; {result.problems[:10]}"
    assert result.lost_private == 0 and result.group_duplicated == 0, result.line()
    assert result.wrong == 0 and result.out_of_order == 0 and result.chatter_answered == 0, result.problems[:10]
    assert result.answered >= 0.9 * result.questions, result.line()
    assert sends.injected >= 40 and polls.injected >= 2, (sends.injected, polls.injected)
    kinds = {(c.fault.status if not c.fault.drop else "drop", c.fault.after) for c in api.calls if c.fault is not None}
    assert {(500, False), (502, False), (429, False), (None, False), ("drop", False), (502, True),
            ("drop", True)} <= kinds  # every kind of fault happened (None: slow)

    api.calm()  # polling never stopped: a new question after the storm is answered
    assert application.running and application.updater.running
    after = time.monotonic()
    api.push_message("still there?", chat_id=PRIVATE_BASE)
    await api.wait_for("sendMessage", where=lambda c: c.params["chat_id"] == PRIVATE_BASE and c.at > after,
                       timeout=10)
    return result, took


async def test_1000_messages_from_50_chats_under_faults_fake_engine(api: FakeBotApi, start_bot) -> None:
    result, took = await _run(api, start_bot, FakeEngine(), FakeEngine(), messages=1000)
    assert result.questions > 800
    assert took < 50


async def test_1000_messages_from_50_chats_under_faults_real_engine(api: FakeBotApi, start_bot) -> None:
    from bot.engine import Engine

    result, took = await _run(api, start_bot, Engine.load(), Engine.load(), messages=1000,
                              questions=REAL_QUESTIONS, seed=11)
    assert result.questions > 800
    assert took < 50
