"""The bot end to end against the local fake Bot API server: throughput, faults, restarts, floods.

    .venv/bin/python benchmarks/bench_bot.py            # everything (about 15 minutes)
    .venv/bin/python benchmarks/bench_bot.py --only throughput,faults

Sections (numbers are printed; nothing passes or fails):

* throughput — updates answered per second end to end: the fake server runs in this process,
  each bot in its own process, 3,000 private messages from 50 chats queued at once. citybot
  (the real engine; Telegram's 30/s pacing and flood control off, so the pipeline is measured,
  not the pacing) against a bare python-telegram-bot echo bot (sequential, PTB's default) and
  the same echo bot with concurrent_updates, measured in the same run, alternating, medians.
  Then citybot with production settings, which Telegram's 30 messages/s ceiling caps.
* in-process — engine answers rendered for Telegram per second, against that ceiling.
* faults — the 1,000-message fault run of tests/load (fake engine and real engine), faults
  before and after delivery: answered / lost / duplicated, by chat type.
* restarts — SIGTERM and kill -9 in the middle of a stream (with and without the journal).
* floods — one chat sending 100 messages in a second: what it gets; other chats' latency.
* chats — what each chat costs a running ``citybot`` (real engine): RSS before and after
  5,000 new chats arriving as a steady stream, and the state file's size.

The week of an operator's life (restarts, kill -9, backlog, flood, id reset, token switch,
faults on every method) is ``benchmarks/bench_soak.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests", ROOT / "tests" / "telegram", ROOT / "tests" / "load"):
    sys.path.insert(0, str(extra))

import warnings  # noqa: E402

warnings.filterwarnings("ignore", message=".*retry_after.*")  # float retry_after in the fault runs

TOKEN = "123456789:AAFakeTokenForTests-only_abcdefghijkl"


# --- the bots under test (run as subprocesses: `bench_bot.py --serve KIND URL STATE`) -------------

def serve(kind: str, url: str, state: str) -> None:
    import logging

    logging.basicConfig(level=logging.WARNING)
    if kind.startswith("citybot"):
        from bot.engine import Engine
        from bot.telegram.app import run
        from bot.telegram.config import FloodPolicy, Settings

        production = kind == "citybot-production"
        engine = Engine.load()
        if kind == "citybot-chats":  # flood control on (per chat), Telegram's 30/s overall pacing off
            settings = Settings(token=TOKEN, persistence_path=Path(state), base_url=url, poll_timeout=5.0,
                                api_rate_limits=False)
        else:
            settings = Settings(token=TOKEN, persistence_path=Path(state), base_url=url, poll_timeout=5.0,
                                api_rate_limits=production, flood=FloodPolicy(enabled=production))
        sys.exit(run(settings, engine))

    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(update.message.text)

    builder = ApplicationBuilder().token(TOKEN).base_url(f"{url}/bot").base_file_url(f"{url}/file/bot")
    application = builder.concurrent_updates(kind == "echo-concurrent").build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(timeout=5, stop_signals=(signal.SIGTERM, signal.SIGINT))


# --- throughput ------------------------------------------------------------------------------------

def _cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid``."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _measure(kind: str, messages: int, chats: int, latency: float = 0.0) -> tuple[float, float, float]:
    """(updates answered per second, bot CPU ms per update, server CPU ms per update);
    ``latency``: seconds every Bot API answer takes (0: as fast as the local server goes)."""
    from fake_bot_api import FakeBotApi

    async with FakeBotApi(TOKEN) as api:
        api.latency = {"sendMessage": latency, "getUpdates": latency}
        with tempfile.TemporaryDirectory() as tmp:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--serve", kind, api.url, str(Path(tmp) / "state.pickle"),
                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            try:
                while not api.calls_to("getUpdates"):
                    await asyncio.sleep(0.05)
                await asyncio.sleep(0.3)
                bot_cpu, server_cpu = _cpu(proc.pid), time.process_time()
                t0 = time.monotonic()
                for i in range(messages):
                    api.push_message(f"where does Shanghai rank? #{i}", chat_id=9000 + i % chats)
                deadline = t0 + 120
                while api.completed["sendMessage"] < messages:
                    if time.monotonic() > deadline:
                        return float("nan"), float("nan"), float("nan")
                    await asyncio.sleep(0.02)
                last = max(c.at for c in api.calls_to("sendMessage"))
                bot_cpu, server_cpu = _cpu(proc.pid) - bot_cpu, time.process_time() - server_cpu
                return messages / (last - t0), bot_cpu * 1000 / messages, server_cpu * 1000 / messages
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 20)
                except TimeoutError:
                    proc.kill()


async def _compare(title: str, rounds: int, messages: int, chats: int, latency: float) -> None:
    print(f"  -- {title} --")
    kinds = ("citybot", "echo", "echo-concurrent")
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in kinds}
    for _ in range(rounds):
        for kind in kinds:
            results[kind].append(await _measure(kind, messages, chats, latency))
    med = {k: statistics.median(r[0] for r in v) for k, v in results.items()}
    for kind in kinds:
        bot_ms = statistics.median(r[1] for r in results[kind])
        server_ms = statistics.median(r[2] for r in results[kind])
        print(f"  {kind:<16} {med[kind]:6.0f} /s  (runs: {', '.join(f'{r[0]:.0f}' for r in results[kind])}; "
              f"CPU per update: bot {bot_ms:.2f} ms, fake server {server_ms:.2f} ms)")
    print(f"  ratio citybot / bare echo bot (PTB default: one update at a time): {med['citybot'] / med['echo']:.2f}")
    print(f"  ratio citybot / echo bot with concurrent_updates:                  "
          f"{med['citybot'] / med['echo-concurrent']:.2f}")


async def throughput(rounds: int = 5, messages: int = 3000, chats: int = 50) -> None:
    print(f"\n== throughput: {messages} private messages from {chats} chats, queued at once "
          f"(updates answered per second, median of {rounds}, bots alternating) ==")
    await _compare("local server answering at once (CPU-bound: measures per-update cost)", rounds, messages,
                   chats, 0.0)
    await _compare("every Bot API answer 30 ms late (a nearby Telegram data centre)", 1, 1000, chats, 0.03)
    production, _, _ = await _measure("citybot-production", 300, 300)
    print(f"  citybot, production settings (30/s pacing, flood control), 300 chats x 1: {production:.0f} /s "
          f"(Telegram's ceiling: 30 messages/s)")


# --- chats: what each chat costs a running bot ---------------------------------------------------

def _rss_kb(pid: int) -> tuple[int, int]:
    """(current, peak) resident memory of process ``pid`` in kB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


async def _wave(api, first_chat: int, chats: int, questions: tuple[str, ...], per_chat: int,
                batch: int = 250) -> None:
    """``chats`` new chats (a third of them groups) each asking ``per_chat`` questions, ``batch``
    chats at a time (a steady stream, not all at once: what is measured is what stays, not what
    is in flight); wait until every one is answered."""
    for start in range(0, chats, batch):
        want = api.completed["sendMessage"]
        for round_ in range(per_chat):
            for n in range(start, min(chats, start + batch)):
                chat_id = first_chat + n
                question = questions[(n + round_) % len(questions)]
                if n % 3 == 2:
                    api.push_message(f"/rank {question}", chat_id=-chat_id, chat_type="supergroup")
                else:
                    api.push_message(question, chat_id=chat_id)
                want += 1
        while api.completed["sendMessage"] < want:
            await asyncio.sleep(0.05)


async def _chats_run(chats: int, per_chat: int, batch: int) -> tuple[int, int, int, float, int]:
    """(RSS before, RSS after, peak RSS in kB, seconds, state file bytes) of a ``citybot`` (real
    engine) taking ``chats`` new chats, ``batch`` at a time, after 300 chats to warm up."""
    from fake_bot_api import FakeBotApi
    from loadgen import REAL_QUESTIONS

    async with FakeBotApi(TOKEN) as api:
        with tempfile.TemporaryDirectory() as tmp:
            state = Path(tmp) / "state.json"
            proc = await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--serve", "citybot-chats", api.url, str(state),
                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL)
            try:
                while not api.calls_to("getUpdates"):
                    await asyncio.sleep(0.05)
                await _wave(api, 10_000_000, 300, REAL_QUESTIONS, per_chat)  # the engine's caches fill up here
                await asyncio.sleep(12)  # a persistence round
                before, _ = _rss_kb(proc.pid)
                t0 = time.monotonic()
                await _wave(api, 20_000_000, chats, REAL_QUESTIONS, per_chat, batch=batch)
                took = time.monotonic() - t0
                await asyncio.sleep(12)
                after, peak = _rss_kb(proc.pid)
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 30)
                except TimeoutError:
                    proc.kill()
            size = state.stat().st_size if state.exists() else 0
    return before, after, peak, took, size


async def chats_cost(chats: int = 5000, per_chat: int = 2) -> None:
    """RSS of a running ``citybot`` (real engine) before and after ``chats`` new chats: as a
    steady stream (what stays), and all at once (what a burst holds at its peak)."""
    print(f"\n== chats: what {chats:,} chats cost a running bot (real engine, {per_chat} questions a chat, "
          "a third of the chats groups) ==")
    before, after, peak, took, size = await _chats_run(chats, per_chat, batch=250)
    grown = after - before
    print(f"  a steady stream (250 chats at a time): RSS {before / 1024:.0f} MB -> {after / 1024:.0f} MB: "
          f"+{grown / 1024:.1f} MB = {grown / chats:.1f} kB a chat ({chats * per_chat:,} answers in {took:.0f} s); "
          f"state file {size / 1024:.0f} kB = {size / (chats + 300):.0f} bytes a chat")
    before, after, peak, took, _ = await _chats_run(chats, per_chat, batch=chats)
    print(f"  all {chats:,} chats at once: RSS {before / 1024:.0f} MB -> peak {peak / 1024:.0f} MB "
          f"(+{(peak - before) / 1024:.0f} MB while at most 2,000 updates are held), {after / 1024:.0f} MB after "
          f"({took:.0f} s)")


# --- in-process ------------------------------------------------------------------------------------

def in_process(seconds: float = 2.0) -> None:
    from loadgen import REAL_QUESTIONS

    from bot.engine import Engine
    from bot.telegram.render import fit_html, keyboard

    engine = Engine.load()
    count, states, t0 = 0, [{} for _ in range(50)], time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for i, question in enumerate(REAL_QUESTIONS):
            reply = engine.answer(question, states[(count + i) % 50])
            fit_html(reply)
            keyboard(reply)
        count += len(REAL_QUESTIONS)
    rate = count / (time.perf_counter() - t0)
    print("\n== in-process: engine answer + Telegram rendering ==")
    print(f"  {rate:,.0f} answers/s on one core = {rate / 30:,.0f}x Telegram's ceiling of 30 messages/s")


# --- faults ----------------------------------------------------------------------------------------

async def _fault_run(real: bool) -> str:
    import contextlib

    from fake_bot_api import FakeBotApi
    from loadgen import REAL_QUESTIONS, expect, make_plan, poll_faults, push, send_faults, wait_until_answered
    from test_faults import FAULT_SETTINGS, SLOW_POLL, SLOW_SEND
    from tg_support import FakeEngine

    from bot.engine import Engine
    from bot.telegram.app import build_application, serving
    from bot.telegram.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        async with FakeBotApi(TOKEN) as api, contextlib.AsyncExitStack() as stack:
            sends = api.chaos("sendMessage", 0.12, *send_faults(SLOW_SEND), max_in_a_row=2, seed=3)
            polls = api.chaos("getUpdates", 0.08, *poll_faults(SLOW_POLL), max_in_a_row=1, seed=4)
            engine = Engine.load() if real else FakeEngine()
            settings = Settings(token=TOKEN, persistence_path=Path(tmp) / "s.pickle", base_url=api.url,
                                **FAULT_SETTINGS)
            await stack.enter_async_context(serving(build_application(settings, engine)))
            t0 = time.monotonic()
            plan = make_plan(1000, 50, seed=3, questions=REAL_QUESTIONS if real else None)
            pushed = await push(api, plan, seconds=3.0)
            expected = expect(pushed, Engine.load() if real else FakeEngine())
            result = await wait_until_answered(api, pushed, expected, timeout=60)
            took = time.monotonic() - t0
    chatter = 1000 - result.questions
    return (f"  {'real engine' if real else 'fake engine'}: {result.line()}; {chatter} chatter messages; "
            f"{sends.injected} sendMessage + {polls.injected} getUpdates faults; {took:.1f} s")


async def faults() -> None:
    print("\n== faults: 1,000 messages from 50 chats (30 private, 20 groups) under random faults ==")
    print("  (12 % of sends, 8 % of polls: 500, 502, dropped connection, 429 retry_after 0.2 s, "
          "answer later than the read timeout)")
    for real in (False, True):
        print(await _fault_run(real))


# --- restarts --------------------------------------------------------------------------------------

async def restarts() -> None:
    from fake_bot_api import FakeBotApi
    from restarts import stop_mid_stream

    print("\n== restarts: 100 chats x 3 messages over 3 s (send latency 0.1 s), stopped when 40 % are "
          "answered, restarted ==")
    for how, journal in (("TERM", True), ("KILL", True), ("KILL", False)):
        with tempfile.TemporaryDirectory() as tmp:
            async with FakeBotApi(TOKEN) as api:
                run = await stop_mid_stream(api, Path(tmp), how, journal=journal, timeout=30 if journal else 10)
        label = f"{'SIGTERM' if how == 'TERM' else 'kill -9'}, journal {'on' if journal else 'off'}"
        print(f"  {label:<22} {run.audit.line()}; {run.in_flight_at_stop} sends in flight at the signal")


# --- floods ----------------------------------------------------------------------------------------

async def _calm(api, chat_id: int, latencies: list[float]) -> None:
    """Three questions 0.4 s apart; the latency of each answer."""
    for i in range(3):
        at = time.monotonic()
        api.push_message(f"calm {i}", chat_id=chat_id)
        [call] = await api.wait_for("sendMessage", where=lambda c, a=at: c.params["chat_id"] == chat_id and c.at > a,
                                    timeout=10)
        latencies.append(call.at - at)
        await asyncio.sleep(0.4)


async def _flooder(api, chat_id: int) -> None:
    for i in range(100):
        api.push_message(f"f-{i}", chat_id=chat_id)
        await asyncio.sleep(0.01)


async def floods() -> None:
    from fake_bot_api import FakeBotApi
    from tg_support import FakeEngine

    from bot.telegram.app import build_application, serving
    from bot.telegram.config import Settings
    from bot.telegram.sending import flood_notes

    notes = flood_notes()
    print("\n== floods: chat A sends 100 messages in 1 s; 10 other chats ask 3 questions each meanwhile ==")
    for flood in (False, True):
        latencies: list[float] = []
        with tempfile.TemporaryDirectory() as tmp:
            async with FakeBotApi(TOKEN) as api:
                settings = Settings(token=TOKEN, persistence_path=Path(tmp) / "s.pickle", base_url=api.url,
                                    poll_timeout=1.0)
                async with serving(build_application(settings, FakeEngine())):
                    t0 = time.monotonic()
                    await asyncio.gather(*([_flooder(api, 9500)] if flood else []),
                                         *(_calm(api, 9600 + c, latencies) for c in range(10)))
                    await asyncio.sleep(2.5)
                    sent = api.bot_messages(9500)
                    answered = [m["text"] for m in sent if not m["text"].startswith(notes)]
                    last = max((c.at for c in api.calls_to("sendMessage", lambda c: c.params["chat_id"] == 9500)),
                               default=t0)
        lat = sorted(latencies)
        p50, p95 = lat[len(lat) // 2], lat[int(len(lat) * 0.95) - 1]
        if flood:
            print(f"  chat A got {len(answered)} answers ({', '.join(a.rsplit(' ', 1)[-1] for a in answered)}) "
                  f"+ {len(sent) - len(answered)} slow-down note in {last - t0:.1f} s; "
                  f"{100 - len(answered)} coalesced")
        print(f"  other chats' latency {'during the flood' if flood else 'without a flood'}: "
              f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms")


# --- start-up ----------------------------------------------------------------------------------------

async def startup() -> None:
    """From the bot's first Bot API call (getMe) to its answer to a question that was waiting, with a
    100 ms round trip on every method: a first start (menus to set) and a restart (menus as wanted)."""
    from fake_bot_api import FakeBotApi

    print("\n== start-up: getMe to the answer of a waiting question, 100 ms per Bot API call ==")
    async with FakeBotApi(TOKEN) as api:
        api.latency = dict.fromkeys(("getMe", "deleteWebhook", "getUpdates", "sendMessage", "getMyCommands",
                                     "setMyCommands", "getMyDescription", "setMyDescription",
                                     "getMyShortDescription", "setMyShortDescription"), 0.1)
        with tempfile.TemporaryDirectory() as tmp:
            for label in ("first start", "restart"):
                before = len(api.calls)
                api.push_message("where does Shanghai rank?", chat_id=4242)
                proc = await asyncio.create_subprocess_exec(
                    sys.executable, __file__, "--serve", "citybot", api.url, str(Path(tmp) / "state.pickle"),
                    cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
                try:
                    wanted = len(api.calls_to("sendMessage")) + 1
                    answer = (await api.wait_for("sendMessage", wanted, timeout=60))[-1]
                    calls = api.calls[before:]
                    first = next(c for c in calls if c.method == "getMe")
                    menus = sum(c.method.startswith(("setMy", "getMy")) for c in calls if c.at <= answer.at)
                    print(f"  {label}: answered {answer.at - first.at:.2f} s after getMe "
                          f"({menus} menu calls before the answer)")
                finally:
                    proc.send_signal(signal.SIGTERM)
                    await proc.wait()


SECTIONS = {"startup": startup, "throughput": throughput, "in-process": in_process, "faults": faults,
            "restarts": restarts, "floods": floods, "chats": chats_cost}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections: " + ", ".join(SECTIONS))
    parser.add_argument("--serve", nargs=3, metavar=("KIND", "URL", "STATE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(*args.serve)
        return 0
    import logging

    logging.basicConfig(level=logging.CRITICAL)
    for name in args.only.split(","):
        section = SECTIONS[name.strip()]
        result = section()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
