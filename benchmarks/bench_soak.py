"""A week in the life of citybot, for operators: does anything get silently dropped?

    .venv/bin/python benchmarks/bench_soak.py            # the week (about three minutes)
    .venv/bin/python benchmarks/bench_soak.py --quick    # fewer messages a day (about a minute)

The real ``citybot run`` (real engine, production settings: flood control, Telegram's pacing,
the journal) runs as a subprocess against the fake Bot API of the tests, on 127.0.0.1, while the
fake misbehaves on every method it is called with (5xx, dropped connections, 429, answers later
than the read timeout, 502s and resets *after* a message was delivered). The days:

* Monday — an ordinary day of private chats and groups;
* Tuesday — a deploy: SIGTERM in the middle of the stream, started again;
* Wednesday — the OOM killer: ``kill -9`` in the middle of the stream, started again;
* Thursday — two hours of downtime: questions pile up with Telegram (dated when they were
  sent), then the bot starts;
* Friday — a flood: one person sends 100 messages in a second, a group fires 60 commands, while
  everyone else asks as usual;
* Saturday — a week without updates: Telegram's update ids start again, lower;
* Sunday — the operator switches the token to another bot, keeping the state file;
* and then a last start, where every chat asks once more.

Printed: messages in, answered, lost and duplicated (by chat type) per day and in all, what the
flood and the backlog got, peak RSS and CPU per message of the bot processes, and what was left
on disk. Targets: 0 lost private questions, 0 duplicated group answers, no state that needs a
person to repair (every chat answered after the last start, nothing pending in the journal, a
readable state file, no traceback in the log). Exit status 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests", ROOT / "tests" / "telegram", ROOT / "tests" / "load"):
    sys.path.insert(0, str(extra))

import warnings  # noqa: E402

warnings.filterwarnings("ignore", message=".*retry_after.*")

from fake_bot_api import BOT_USERNAME, FakeBotApi, Fault  # noqa: E402
from loadgen import STATELESS_QUESTIONS, Audit, Planned, Pushed, audit, expect, explained, make_plan  # noqa: E402
from restarts import _leaving  # noqa: E402

TOKEN = "123456789:AAFakeTokenForTests-only_abcdefghijkl"
NEW_TOKEN = "555000111:AAOtherBotTokenForSoak_abcdefghijklmn"
NEW_BOT = {"bot_id": 5550, "username": "OtherCityBot"}
CHATS, GROUPS = 40, 16
FLOOD_PRIVATE, FLOOD_GROUP = 7999, -1007999
#: Faults on every method the bot calls: about one call in twelve.
METHODS = ("getMe", "setMyCommands", "setMyDescription", "setMyShortDescription", "deleteWebhook", "getUpdates",
           "sendMessage")


def _faults() -> list[Fault]:
    return [Fault(status=500), Fault(status=502, description="Bad Gateway"), Fault(drop=True),
            Fault(status=429, description="Too Many Requests: retry after 1", retry_after=1),
            Fault(status=None, delay=6.0), Fault(status=502, description="Bad Gateway", after=True),
            Fault(drop=True, after=True)]


@dataclass
class Process:
    proc: asyncio.subprocess.Process
    peak_kb: int = 0
    cpu: float = 0.0
    start_cpu: float = 0.0  # CPU seconds spent starting (loading the engine, the start-up calls)


@dataclass
class Week:
    api: FakeBotApi
    folder: Path
    quick: bool
    token: str = TOKEN
    username: str = BOT_USERNAME
    pushed: list[Pushed] = field(default_factory=list)  # every message of the week but the flood's
    stale: set[int] = field(default_factory=set)  # message ids of group questions older than the backlog limit
    flood: list[Pushed] = field(default_factory=list)
    processes: list[Process] = field(default_factory=list)
    leaving: Counter = field(default_factory=Counter)  # group answers the kill caught as they left
    days: list[tuple[str, int, Audit, float]] = field(default_factory=list)
    _current: Process | None = None
    _sampler: asyncio.Task | None = None

    @property
    def state(self) -> Path:
        return self.folder / "state.json"

    @property
    def log(self) -> Path:
        return self.folder / "bot.log"

    # --- the bot process -------------------------------------------------------------------

    async def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": self.token}
        for name in ("CITYBOT_STATE", "CITYBOT_LOG_LEVEL", "CITYBOT_ADMINS"):
            env.pop(name, None)
        mark = len(self.api.calls)
        with self.log.open("a") as stderr:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", "--base-url", self.api.url, "--persistence", str(self.state),
                "--log-level", "INFO", cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        self._current = Process(proc)
        self.processes.append(self._current)
        self._sampler = asyncio.create_task(self._sample(self._current))
        deadline = time.monotonic() + 60
        while not any(c.method == "getUpdates" for c in self.api.calls[mark:]):
            if proc.returncode is not None or time.monotonic() > deadline:
                raise SystemExit(f"the bot did not start (exit status {proc.returncode}); see {self.log}")
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.25)
        self._current.start_cpu = self._current.cpu

    async def _sample(self, process: Process) -> None:
        pid = process.proc.pid
        while process.proc.returncode is None:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                return
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    process.peak_kb = max(process.peak_kb, int(line.split()[1]))
            process.cpu = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
            await asyncio.sleep(0.2)

    async def stop(self, how: signal.Signals = signal.SIGTERM) -> int:
        process = self._current
        assert process is not None
        process.proc.send_signal(how)
        status = await asyncio.wait_for(process.proc.wait(), 60)
        if self._sampler is not None:
            await self._sampler
        self._current = None
        return status

    # --- traffic ---------------------------------------------------------------------------

    def plan(self, messages: int, seed: int) -> list[Planned]:
        plan = make_plan(messages, CHATS, groups=GROUPS, seed=seed, questions=STATELESS_QUESTIONS, rounds=True,
                         chatter=0.1)
        if self.username != BOT_USERNAME:  # addressed to the bot the groups now know
            plan = [replace(p, text=p.text.replace(f"@{BOT_USERNAME}", f"@{self.username}")) for p in plan]
        return plan

    async def stream(self, plan: list[Planned], seconds: float, *, dates: list[float] | None = None) -> list[Pushed]:
        """Queue the plan's messages on the server, spread evenly over ``seconds``."""
        pushed = []
        start = time.monotonic()
        for i, planned in enumerate(plan):
            due = start + seconds * i / max(1, len(plan))
            if due > time.monotonic():
                await asyncio.sleep(due - time.monotonic())
            date = dates[i] if dates else None
            message = self.api.push_message(planned.text, chat_id=planned.chat_id, chat_type=planned.chat_type,
                                            date=date)
            pushed.append(Pushed(planned, message, time.monotonic()))
        self.pushed += pushed
        return pushed

    def expected(self) -> dict[int, str]:
        from bot.engine import Engine

        answerable = [p for p in self.pushed if p.message["message_id"] not in self.stale]
        return expect(answerable, Engine.load())

    def audit(self) -> Audit:
        stale = [replace(p, planned=replace(p.planned, engine_text=None)) if p.message["message_id"] in self.stale
                 else p for p in self.pushed]  # never to be answered: as chatter
        return audit(self.api, stale, self.expected())

    async def settle(self, timeout: float = 90.0) -> Audit:
        """Wait until every question so far is answered or lost to a fault that explains it."""
        expected = self.expected()
        deadline = time.monotonic() + timeout
        result = self.audit()
        while time.monotonic() < deadline:
            result = self.audit()
            faults = explained(self.api)
            excused = sum(min(lost, faults.failed_unsent[chat] + self.leaving[chat])
                          for chat, lost in result.lost_by_chat.items() if chat < 0)
            if result.answered + excused >= len(expected):
                await asyncio.sleep(1.5)  # late duplicates
                return self.audit()
            await asyncio.sleep(0.25)
        return result

    async def day(self, name: str, what: str, run) -> None:
        before = len(self.pushed) + len(self.flood)
        started = time.monotonic()
        await run()
        result = await self.settle()
        self.days.append((f"{name:<10} {what}", len(self.pushed) + len(self.flood) - before, result,
                          time.monotonic() - started))
        print(f"  {name:<10} {what:<46} {len(self.pushed) + len(self.flood) - before:>4} in   "
              f"(so far: {result.lost_private} private lost, {result.group_duplicated} group answers duplicated)  "
              f"{time.monotonic() - started:5.1f} s", flush=True)


# --- the days --------------------------------------------------------------------------------------

async def week(quick: bool, keep: Path | None = None) -> int:
    per_day = 120 if quick else 300
    async with FakeBotApi(TOKEN, first_update_id=400_000_000) as api:
        for method in METHODS:
            api.chaos(method, 0.08, *_faults(), max_in_a_row=2, seed=hash(method) % 1000)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) if keep is None else keep
            folder.mkdir(parents=True, exist_ok=True)
            w = Week(api, folder, quick)
            print(f"\n== a week in the life of citybot: {CHATS} chats ({GROUPS} groups) + 2 flooding, faults on every "
                  f"method (8 % of calls), real engine, production settings ==", flush=True)
            t0 = time.monotonic()
            await w.start()

            async def monday() -> None:
                await w.stream(w.plan(per_day, seed=1), seconds=per_day / 30)

            async def stop_mid_stream(how: signal.Signals, seed: int) -> None:
                plan = w.plan(per_day * 2 // 3, seed=seed)
                stream = asyncio.create_task(w.stream(plan, seconds=len(plan) / 30))
                while len(api.bot_messages()) < 0.4 * len(w.expected()) + 10 and not stream.done():
                    await asyncio.sleep(0.05)
                await asyncio.sleep(len(plan) / 30 * 0.3)
                await w.stop(how)
                if how == signal.SIGKILL:
                    w.leaving.update(_leaving(w.state.with_suffix(".journal")))
                await asyncio.sleep(1.0)  # down for a moment: messages pile up
                await w.start()
                await stream

            async def thursday() -> None:
                await w.stop()
                now = time.time()
                plan = [p for p in w.plan(per_day // 2, seed=4) if p.engine_text is not None]
                dates = [now - 7200 + 7200 * i / len(plan) for i in range(len(plan))]
                pushed = await w.stream(plan, seconds=0, dates=dates)
                w.stale.update(p.message["message_id"] for p, date in zip(pushed, dates, strict=True)
                               if p.planned.chat_type != "private" and date < now - 120 + 5)  # 5 s of slack
                await w.start()

            async def friday() -> None:
                calm = asyncio.create_task(w.stream(w.plan(per_day // 2, seed=5), seconds=per_day / 2 / 30))
                for i in range(100):
                    message = api.push_message(f"where does Shanghai rank? ({i})", chat_id=FLOOD_PRIVATE)
                    w.flood.append(Pushed(Planned(FLOOD_PRIVATE, "private", message["text"], None), message, 0))
                    if i < 60:
                        message = api.push_message(f"/top {i % 9 + 1}", chat_id=FLOOD_GROUP, chat_type="supergroup")
                        w.flood.append(Pushed(Planned(FLOOD_GROUP, "supergroup", message["text"], None), message, 0))
                    await asyncio.sleep(0.01)
                await calm

            async def saturday() -> None:
                await w.stop()
                api.restart_update_ids(17_000)  # lower than every id so far
                await w.start()
                await w.stream(w.plan(per_day // 2, seed=6), seconds=per_day / 2 / 30)

            async def sunday() -> None:
                await w.stop()
                api.become(NEW_TOKEN, **NEW_BOT)
                w.token, w.username = NEW_TOKEN, NEW_BOT["username"]
                await w.start()
                await w.stream(w.plan(per_day // 2, seed=7), seconds=per_day / 2 / 30)

            async def last_start() -> None:
                await w.stop()
                await w.start()
                plan = [Planned(p.chat_id, p.chat_type, q, q) for p, q in
                        zip(_one_per_chat(w), STATELESS_QUESTIONS * 10, strict=False)]
                await w.stream([replace(p, text=p.text if p.chat_type == "private" else f"/rank {p.text}",
                                        engine_text=p.text if p.chat_type == "private" else f"/rank {p.text}")
                                for p in plan], seconds=2)

            await w.day("Monday", "an ordinary day", monday)
            await w.day("Tuesday", "a deploy: SIGTERM mid-stream", lambda: stop_mid_stream(signal.SIGTERM, 2))
            await w.day("Wednesday", "the OOM killer: kill -9 mid-stream", lambda: stop_mid_stream(signal.SIGKILL, 3))
            await w.day("Thursday", "two hours down: a backlog", thursday)
            await w.day("Friday", "a flood (100 + 60 messages in a second)", friday)
            await w.day("Saturday", "update ids start again, lower", saturday)
            await w.day("Sunday", "the token switched to another bot", sunday)
            await w.day("Monday", "one more start: every chat asks once", last_start)
            final = await w.stop()
            return report(w, final, time.monotonic() - t0)


def _one_per_chat(w: Week) -> list[Planned]:
    seen: dict[int, Planned] = {}
    for p in w.pushed:
        seen.setdefault(p.planned.chat_id, p.planned)
    return list(seen.values())


# --- the report -------------------------------------------------------------------------------------

def report(w: Week, final_status: int, took: float) -> int:
    result = w.audit()
    faults = explained(w.api)
    unexplained = [p for p in faults.unexplained(result) if not _kill_explains(p, w)]
    questions = len(w.expected())
    messages_in = len(w.pushed) + len(w.flood)
    print(f"\n  messages in: {messages_in:,} ({questions:,} questions to answer, {result.private_questions:,} of them "
          f"private; the rest chatter, stale group backlog and the flood); {took:.0f} s in all")
    print(f"  answered: {result.answered:,} of {questions:,}")
    print(f"  private chats: {result.lost_private} lost, {result.duplicated_private} duplicated "
          f"(sent again after a fault that struck once the answer was delivered, or a kill)")
    print(f"  groups: {result.lost_group} lost (each where a send may have arrived: a fault or the kill), "
          f"{result.group_duplicated} duplicated; chatter answered: {result.chatter_answered}; "
          f"wrong: {result.wrong}; out of order: {result.out_of_order}")
    injected = sum(c.fault is not None for c in w.api.calls)
    print(f"  faults injected: {injected:,} over {len(w.api.calls):,} Bot API calls "
          f"({', '.join(f'{m} {n}' for m, n in _faults_by_method(w).most_common())})")
    _flood_line(w)
    _backlog_line(w)
    cpu = sum(p.cpu for p in w.processes)
    starting = sum(p.start_cpu for p in w.processes)
    peak = max(p.peak_kb for p in w.processes)
    print(f"  bot processes: {len(w.processes)} started; peak RSS {peak / 1024:.0f} MB; CPU {cpu:.1f} s in all, "
          f"{starting:.1f} s of it starting; the rest = {(cpu - starting) * 1000 / messages_in:.1f} ms per message in")
    repair = _left_on_disk(w)
    log = w.log.read_text(errors="replace")
    tracebacks = log.count("Traceback")
    secrets_in_log = sum(log.count(t) for t in (TOKEN, NEW_TOKEN))
    print(f"  left on disk: {repair}; the log: {len(log.splitlines()):,} lines, {tracebacks} tracebacks, "
          f"{secrets_in_log} tokens; last exit status {final_status}")
    last_day_ok = w.days[-1][2].lost_private == 0
    targets = {
        "0 lost private questions": result.lost_private == 0,
        "0 duplicated group answers": result.group_duplicated == 0 and not any("duplicated" in p and "-" in p
                                                                               for p in unexplained),
        "no state that needs a person to repair": (repair.startswith("nothing pending") and final_status == 0
                                                   and tracebacks == 0 and last_day_ok),
        "every loss and duplicate explained by a fault or the kill": not unexplained,
    }
    for target, met in targets.items():
        print(f"  target — {target}: {'met' if met else 'MISSED'}")
    if unexplained:
        print(f"  unexplained: {unexplained[:10]}")
    if result.problems and not all(targets.values()):
        print(f"  problems: {result.problems[:10]}")
    return 0 if all(targets.values()) else 1


def _kill_explains(problem: str, w: Week) -> bool:
    """A lost group answer the kill -9 caught as it was leaving (at most once: not sent again)."""
    if "lost" not in problem:
        return False
    chat = int(problem.split()[1].rstrip(":"))
    lost, explained_by_faults = int(problem.split()[2]), int(problem.split(", ")[1].split()[0])
    return chat < 0 and lost <= explained_by_faults + w.leaving[chat]


def _faults_by_method(w: Week) -> Counter:
    return Counter(c.method for c in w.api.calls if c.fault is not None)


def _flood_line(w: Week) -> None:
    for chat_id, kind in ((FLOOD_PRIVATE, "a private chat"), (FLOOD_GROUP, "a group")):
        sent = sum(p.planned.chat_id == chat_id for p in w.flood)
        texts = [m.get("text", "") for m in w.api.bot_messages(chat_id)]
        notes = sum(not t.startswith(("answer", "Shanghai", "上海")) and ("one question at a time" in t
                    or "一次" in t or "一則" in t) for t in texts)
        print(f"  flood, {kind}: {sent} sent in a second -> {len(texts) - notes} answered, {notes} slow-down note, "
              f"{sent - len(texts) + notes} coalesced")


def _backlog_line(w: Week) -> None:
    answered_ids = {(m.get("reply_to_message") or {}).get("message_id") for m in w.api.bot_messages()}
    stale_answered = len(w.stale & answered_ids)
    print(f"  backlog: questions up to 2 h old were waiting; {len(w.stale)} group ones older than --group-backlog "
          f"(120 s) were dropped as promised ({stale_answered} answered anyway); every private one is counted above")


def _left_on_disk(w: Week) -> str:
    journal = w.state.with_suffix(".journal")
    pending = 0
    if journal.exists():
        updates, done = set(), set()
        for line in journal.read_text().splitlines():
            entry = json.loads(line)
            if "u" in entry:
                updates.add(entry["u"])
            elif "d" in entry:
                done.add(entry["d"])
        pending = len(updates - done)
    try:
        chats = len(json.loads(w.state.read_text())["chats"])
    except (OSError, ValueError, KeyError) as exc:
        return f"an unreadable state file ({exc})"
    aside = sorted(p.name for p in w.folder.iterdir() if ".unreadable-" in p.name)
    what = "nothing pending in the journal" if not pending else f"{pending} update(s) pending in the journal"
    extra = f"; set aside: {', '.join(aside)}" if aside else ""
    bots = sorted(p.name for p in w.folder.iterdir() if ".bot" in p.name)
    moved = f"; the first bot's journal set aside at the token switch ({len(bots)} file)" if bots else ""
    return f"{what}, a state file of {chats} chats{extra}{moved}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer messages a day (about a minute)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the state, journal and log in DIR")
    args = parser.parse_args(argv)
    import logging

    logging.basicConfig(level=logging.CRITICAL)
    return asyncio.run(week(args.quick, args.keep))


if __name__ == "__main__":
    sys.exit(main())
