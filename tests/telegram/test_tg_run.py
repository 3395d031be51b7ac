"""``citybot run`` end to end: token checks, no token in logs, graceful shutdown on SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi, Fault
from tg_support import OTHER_TOKEN, TOKEN

from bot.telegram.cli_run import add_run_parser

ROOT = Path(__file__).resolve().parents[2]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="citybot")
    add_run_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["run", *argv])
    args.data = None
    return args


@pytest.fixture
def restore_logging():
    """run_command configures the root logger; put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


def test_cli_module_does_not_import_telegram() -> None:
    code = ("import sys, bot.telegram.cli_run, bot.telegram.config, bot.telegram.logging_setup;"
            "bad = sorted(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.'));"
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr


def test_missing_token_is_one_line_and_exit_2(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    args = parse("--persistence", str(tmp_path / "s.pickle"))
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in err


def test_flags_are_parsed_with_defaults(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CITYBOT_STATE", str(tmp_path / "from-env.pickle"))
    from bot.telegram.cli_run import settings_from_args

    settings = settings_from_args(parse(), "t")
    assert settings.persistence_path == tmp_path / "from-env.pickle"
    assert settings.group_backlog == 120 and settings.webhook_url is None and settings.base_url is None
    settings = settings_from_args(parse("--base-url", "http://127.0.0.1:8081", "--webhook-url", "https://x.org/h",
                                        "--listen", "0.0.0.0", "--port", "9000", "--secret-token", "abc",
                                        "--persistence", str(tmp_path / "p"), "--group-backlog", "5",
                                        "--log-level", "debug"), "t")
    assert (settings.base_url, settings.webhook_url, settings.listen, settings.port, settings.secret_token,
            settings.persistence_path, settings.group_backlog) == (
        "http://127.0.0.1:8081", "https://x.org/h", "0.0.0.0", 9000, "abc", tmp_path / "p", 5)


@pytest.mark.parametrize("argv", [("--webhook-url", "http://plain.example.org/hook"),
                                  ("--webhook-url", "https://x.org/h", "--secret-token", "no spaces")])
def test_bad_webhook_flags_are_one_line_and_exit_2(argv, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    args = parse(*argv)
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--" in err


@pytest.mark.parametrize("argv, env, named", [
    ((), {"CITYBOT_LOG_LEVEL": "loud"}, "$CITYBOT_LOG_LEVEL"),
    (("--log-level", "loud"), {}, "--log-level"),
    (("--group-backlog", "-5"), {}, "--group-backlog"),
    (("--group-backlog", "nan"), {}, "--group-backlog"),
], ids=["CITYBOT_LOG_LEVEL=loud", "--log-level loud", "--group-backlog -5", "--group-backlog nan"])
def test_a_bad_log_level_or_backlog_is_one_line_and_exit_2(argv, env, named, monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.delenv("CITYBOT_LOG_LEVEL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    args = parse(*argv, "--persistence", str(tmp_path / "s.json"))
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err and "Traceback" not in err, err


def test_the_log_level_comes_from_the_flag_then_the_environment(monkeypatch) -> None:
    from bot.telegram.cli_run import log_level

    monkeypatch.setenv("CITYBOT_LOG_LEVEL", "debug")
    assert log_level(parse()) == ("DEBUG", None)
    assert log_level(parse("--log-level", "warning")) == ("WARNING", None)
    monkeypatch.delenv("CITYBOT_LOG_LEVEL")
    assert log_level(parse()) == ("INFO", None)


async def test_rejected_token_is_one_line_and_exit_2(api: FakeBotApi, monkeypatch, capsys, tmp_path,
                                                     restore_logging) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", OTHER_TOKEN)
    args = parse("--base-url", api.url, "--persistence", str(tmp_path / "s.pickle"), "--log-level", "WARNING")
    status = await asyncio.to_thread(args.func, args)
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "rejected" in err, err
    assert "Traceback" not in err and OTHER_TOKEN not in err
    assert [c.method for c in api.calls] == []  # the server refused it before any method ran


async def test_no_token_in_logs_at_debug_level(api: FakeBotApi, start_bot, engine, caplog,
                                               restore_logging) -> None:
    from telegram.error import InvalidToken

    from bot.telegram.logging_setup import setup_logging

    caplog.set_level(logging.DEBUG)
    stream = io.StringIO()
    setup_logging("DEBUG", [TOKEN], stream=stream)
    await start_bot()
    answer_to = api.push_message("/top", chat_id=901)
    await api.wait_for("sendMessage")
    api.push_inline("tokyo")
    await api.wait_for("answerInlineQuery")
    log = logging.getLogger("citybot.test")
    log.debug("fetching %s", f"{api.url}/bot{TOKEN}/getMe")
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        log.exception("start-up failed")
    written = stream.getvalue()
    assert "getUpdates" in written and "sendMessage" in written  # DEBUG lines did flow
    assert f"{api.url}/bot<redacted>/getMe" in written
    assert TOKEN not in written
    assert TOKEN not in caplog.text
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    assert logging.getLogger("httpx").level == logging.WARNING
    assert answer_to["chat"]["id"] == 901


async def test_full_run_answers_and_stops_gracefully_on_sigterm(api: FakeBotApi, tmp_path) -> None:
    state_file, log_file = tmp_path / "state.json", tmp_path / "stderr.log"
    api.inject("sendMessage", Fault(status=None, delay=1.0))  # the answer is in flight at SIGTERM
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN}
    env.pop("CITYBOT_STATE", None)
    with log_file.open("w") as stderr:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", "--base-url", api.url,
            "--persistence", str(state_file), "--log-level", "DEBUG",
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            await api.wait_for("getUpdates", timeout=20, completed=False)
            api.push_message("where does Shanghai rank?", chat_id=902)
            [call] = await api.wait_for("sendMessage", completed=False)
            assert not call.completed
            proc.send_signal(signal.SIGTERM)
            status = await asyncio.wait_for(proc.wait(), 20)
        finally:
            if proc.returncode is None:
                proc.kill()
    log = log_file.read_text()
    assert status == 0, log
    assert call.completed
    stopping, answered = log.find("stopping: finishing"), log.find("answered update 1 ")
    assert 0 <= stopping < answered, log  # the reply in flight finished after the signal
    assert TOKEN not in log
    assert "Traceback" not in log
    chats = json.loads(state_file.read_text(encoding="utf-8"))["chats"]
    assert isinstance(chats["902"]["citybot"], dict)
    assert chats["902"]["citybot_replies"]
