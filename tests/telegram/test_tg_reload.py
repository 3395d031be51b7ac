"""``citybot run`` reloads its data on SIGHUP (``systemctl reload citybot``): the next answer comes from
the new data; bad new data is one log line naming the file and the place, and the bot goes on
answering from the data before. No update is lost, no traceback is logged."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from frozen_data import frozen_copy
from tg_support import TOKEN

ROOT = Path(__file__).resolve().parents[2]
CHAT = 905


class RunningBot:
    """A real ``citybot --data COPY run`` against the fake Bot API, its log in a file."""

    def __init__(self, api: FakeBotApi, tmp_path: Path) -> None:
        self.api, self.data, self.log_file = api, frozen_copy(tmp_path / "data"), tmp_path / "stderr.log"
        self.tmp_path = tmp_path
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN, "CITYBOT_NO_GAZETTEER": "1",
               "CITYBOT_INDEX_DIR": str(self.tmp_path / "index")}
        env.pop("CITYBOT_STATE", None)
        with self.log_file.open("w") as stderr:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "--data", str(self.data), "run", "--base-url", self.api.url,
                "--persistence", str(self.tmp_path / "state.json"), "--log-level", "INFO",
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        await self.api.wait_for("getUpdates", timeout=30, completed=False)

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8")

    async def ask(self, question: str) -> str:
        """The bot's answer to a question in a private chat, as the user reads it."""
        before = len(self.api.sent_texts(CHAT))
        self.api.push_message(question, chat_id=CHAT)
        await self.api.wait_for("sendMessage", before + 1, timeout=20, where=lambda c: c.params["chat_id"] == CHAT)
        return plain(self.api.sent_texts(CHAT)[before])

    async def hang_up(self, *, until: str) -> None:
        """SIGHUP, then wait until the log has one more line holding ``until``."""
        assert self.proc is not None
        seen = self.log().count(until)
        self.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 30
        while self.log().count(until) == seen:
            assert time.monotonic() < deadline, f"no {until!r} in the log:\n{self.log()}"
            await asyncio.sleep(0.05)

    async def stop(self) -> int:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.proc.wait(), 20)

    def kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()


@pytest.fixture
def bot(api: FakeBotApi, tmp_path: Path):
    """The bot, started by the test (in the test's own event loop)."""
    running = RunningBot(api, tmp_path)
    yield running
    running.kill()


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def swap_first_two(data: Path) -> None:
    overall = data / "reports" / "set-2025" / "overall.csv"
    text = overall.read_text(encoding="utf-8")
    assert "1,boston\n2,san-francisco\n" in text
    overall.write_text(text.replace("1,boston\n2,san-francisco\n", "1,san-francisco\n2,boston\n"), encoding="utf-8")


async def test_sighup_answers_from_the_changed_data(bot: RunningBot) -> None:
    await bot.start()
    assert (await bot.ask("who is first?")).startswith("Boston")
    swap_first_two(bot.data)
    assert (await bot.ask("who is first?")).startswith("Boston")  # no signal yet: the data loaded at start
    await bot.hang_up(until="reloaded the data")
    assert (await bot.ask("who is first?")).startswith("San Francisco")
    assert await bot.stop() == 0
    log = bot.log()
    [line] = [line for line in log.splitlines() if "reloaded the data" in line]
    assert "report set-2025 (released 2025-01-24)" in line and "12 cities" in line
    assert "Traceback" not in log


async def test_bad_data_is_one_log_line_and_the_bot_answers_from_the_data_before(bot: RunningBot) -> None:
    await bot.start()
    swap_first_two(bot.data)
    await bot.hang_up(until="reloaded the data")
    cities = bot.data / "cities.yaml"
    cities.write_text(cities.read_text(encoding="utf-8").replace("country: JP", "country: XX"), encoding="utf-8")
    await bot.hang_up(until="bad data")
    assert (await bot.ask("who is first?")).startswith("San Francisco")
    assert await bot.stop() == 0
    log = bot.log()
    [line] = [line for line in log.splitlines() if "bad data" in line]
    assert f"{cities}: cities.tokyo.country: unknown country 'XX'" in line
    assert "Traceback" not in log


async def test_questions_during_a_reload_are_all_answered(bot: RunningBot, api: FakeBotApi) -> None:
    await bot.start()
    assert bot.proc is not None
    swap_first_two(bot.data)
    bot.proc.send_signal(signal.SIGHUP)
    for i in range(5):  # asked while the new data is being loaded (a second or so)
        api.push_message("who is first?", chat_id=CHAT + 1 + i)
    await api.wait_for("sendMessage", 5, timeout=30)
    while "reloaded the data" not in bot.log():
        await asyncio.sleep(0.05)
    assert (await bot.ask("who is first?")).startswith("San Francisco")
    answers = api.sent_texts()
    assert len(answers) == 6 and all(plain(a).startswith(("Boston", "San Francisco")) for a in answers)
    assert await bot.stop() == 0
    assert "Traceback" not in bot.log()


async def test_sighup_reloads_what_the_bot_says_around_its_answers(bot: RunningBot, api: FakeBotApi) -> None:
    await bot.start()
    await bot.ask("who is first?")
    wording = bot.data / "wording" / "telegram.yaml"
    text = wording.read_text(encoding="utf-8")
    assert 'tg_source_heading: {en: "What this answer rests on"' in text
    wording.write_text(text.replace('"What this answer rests on"', '"Where this comes from"'), encoding="utf-8")
    await bot.hang_up(until="reloaded the data")
    api.push_callback(api.bot_messages(CHAT)[-1], "src")
    await api.wait_for("sendMessage", 2, timeout=20, where=lambda c: c.params["chat_id"] == CHAT)
    assert plain(api.sent_texts(CHAT)[-1]).startswith("Where this comes from")
    assert await bot.stop() == 0


async def test_sighup_sets_the_menus_again_where_the_new_data_words_them_otherwise(
        bot: RunningBot, api: FakeBotApi) -> None:
    await bot.start()
    await bot.ask("who is first?")  # the start-up menus are set by now or soon: wait for them below
    deadline = time.monotonic() + 20
    while "set 8 command menu(s)" not in bot.log():
        assert time.monotonic() < deadline, bot.log()
        await asyncio.sleep(0.05)
    wording = bot.data / "wording" / "telegram.yaml"
    text = wording.read_text(encoding="utf-8")
    old = '"Answers questions about the {year} global innovation cities ranking."'
    assert old in text
    wording.write_text(text.replace(old, '"Ask me about the {year} innovation cities ranking."'), encoding="utf-8")
    await bot.hang_up(until="reloaded the data")
    while "set 1 command menu(s)" not in bot.log():
        assert time.monotonic() < deadline + 20, bot.log()
        await asyncio.sleep(0.05)
    assert api.descriptions[("short_description", "")] == "Ask me about the 2025 innovation cities ranking."
    await bot.hang_up(until="has not changed")  # the same data again: nothing set
    assert bot.log().count("command menu(s)") == 2
    assert await bot.stop() == 0
    assert "Traceback" not in bot.log()
