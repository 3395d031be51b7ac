"""Stopping ``citybot run`` in the middle of a stream of messages, and starting it again.

``stop_mid_stream(api, tmp_path, "TERM")`` runs the real command in a subprocess against the
fake server, pushes a steady stream (every chat about one message a second, within flood
limits), stops the process once ``stop_after`` of the answers are out — SIGTERM (graceful) or
SIGKILL (``kill -9``) — keeps pushing while it is down, starts it again on the same state
and journal, and audits what every chat got. Used by tests/load/test_restarts.py and
benchmarks/bench_bot.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fake_bot_api import FakeBotApi
from loadgen import STATELESS_QUESTIONS, Audit, expect, make_plan, push, wait_until_answered
from tg_support import TOKEN

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class RestartRun:
    audit: Audit
    status: int | None  # exit status of the stopped process (-9 for kill -9)
    answered_before_stop: int
    in_flight_at_stop: int  # sendMessage requests not yet answered when the signal came
    log: str
    #: group chats → answers the journal had marked as leaving (not yet done) when the process died:
    #: at most once, these are not sent again, so one killed before its request went out is lost
    leaving_at_stop: Counter[int] = field(default_factory=Counter)


async def start_citybot(api: FakeBotApi, state_file: Path, log_file: Path, *extra: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN}
    env.pop("CITYBOT_STATE", None)
    stderr = log_file.open("a")
    try:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", "--base-url", api.url, "--persistence", str(state_file),
            "--log-level", "INFO", *extra, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    finally:
        stderr.close()


async def _polling(api: FakeBotApi, since: int, timeout: float = 30.0) -> None:
    """Wait until the process started after call number ``since`` is polling."""
    deadline = time.monotonic() + timeout
    while not any(c.method == "getUpdates" for c in api.calls[since:]):
        if time.monotonic() > deadline:
            raise AssertionError("the bot never started polling")
        await asyncio.sleep(0.05)


async def stop_mid_stream(api: FakeBotApi, tmp_path: Path, how: str, *, journal: bool = True, chats: int = 100,
                          per_chat: int = 3, seconds: float = 3.0, latency: float = 0.1,
                          stop_after: float = 0.4, timeout: float = 30.0) -> RestartRun:
    from bot.engine import Engine

    state, log_file = tmp_path / "state.json", tmp_path / "bot.log"
    extra = () if journal else ("--no-journal",)
    api.latency["sendMessage"] = latency  # every answer takes a while: many are in flight at any moment
    plan = make_plan(chats * per_chat, chats, seed=7, questions=STATELESS_QUESTIONS, rounds=True, chatter=0.1)
    proc = await start_citybot(api, state, log_file, *extra)
    try:
        await _polling(api, 0)
        stream = asyncio.create_task(push(api, plan, seconds=seconds))
        want = sum(p.engine_text is not None for p in plan)
        while len(api.bot_messages()) < want * stop_after:
            await asyncio.sleep(0.01)
        in_flight = sum(1 for c in api.calls_to("sendMessage") if not c.completed)
        answered = len(api.bot_messages())
        proc.send_signal(signal.SIGTERM if how == "TERM" else signal.SIGKILL)
        status = await asyncio.wait_for(proc.wait(), 30)
        leaving = _leaving(state.with_suffix(".journal"))
        mark = len(api.calls)
        proc = await start_citybot(api, state, log_file, *extra)
        await _polling(api, mark)
        pushed = await stream
        expected = expect(pushed, Engine.load())
        result = await wait_until_answered(api, pushed, expected, timeout=timeout, settle=1.0)
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
    return RestartRun(result, status, answered, in_flight, log_file.read_text(), leaving)


def _leaving(journal: Path) -> Counter[int]:
    """Chats of the group answers the journal marks as being sent and not done."""
    if not journal.exists():
        return Counter()
    updates: dict[int, dict] = {}
    sending: set[int] = set()
    done: set[int] = set()
    for line in journal.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:  # a line cut by the kill
            continue
        if "u" in entry:
            updates[entry["u"]] = entry["j"]
        elif "s" in entry:
            sending.add(entry["s"])
        elif "d" in entry:
            done.add(entry["d"])
    return Counter(updates[u]["message"]["chat"]["id"] for u in sending - done
                   if u in updates and "message" in updates[u])
