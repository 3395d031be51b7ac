"""Webhook mode against a hostile internet: the secret is checked before a body is read, bodies
are capped at what an update needs, malformed bodies get 400, the secret never reaches a log,
and a port that cannot be used is one line and exit status 2."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from fake_bot_api import FakeBotApi
from tg_support import TOKEN

from bot.telegram.webhook import MAX_BODY

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cret-Token_for-tests"
HOOK = "https://bot.example.org/citybot/hook"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def hook(api: FakeBotApi, start_bot) -> str:
    """A bot in webhook mode; the URL it listens on."""
    port = _free_port()
    await start_bot(webhook_url=HOOK, listen="127.0.0.1", port=port, secret_token=SECRET)
    return f"http://127.0.0.1:{port}/citybot/hook"


def _update(api: FakeBotApi, update_id: int, text: str = "/top", chat_id: int = 806) -> dict:
    return {"update_id": update_id, "message": api.message(text, chat_id=chat_id)}


async def test_webhook_mode_sets_the_webhook_and_answers_what_telegram_posts(
        api: FakeBotApi, hook: str, engine) -> None:
    assert api.webhook["url"] == HOOK and api.webhook["secret_token"] == SECRET
    assert api.webhook["allowed_updates"] == ["message", "edited_message", "callback_query", "inline_query"]
    assert await api.post_webhook(hook, _update(api, 1)) == (200, "")
    assert (await api.post_webhook(hook, _update(api, 1)))[0] == 200  # Telegram posting it again
    [call] = await api.wait_for("sendMessage")
    assert call.params["chat_id"] == 806 and engine.texts == ["/top"]
    assert not api.calls_to("getUpdates")
    assert TOKEN not in api.webhook["url"]


@pytest.mark.parametrize("secret", ["wrong", ""], ids=["wrong secret", "no secret"])
async def test_a_post_without_the_secret_is_refused(api: FakeBotApi, hook: str, engine, secret: str) -> None:
    status, _ = await api.post_webhook(hook, _update(api, 5), secret=secret)
    assert status in (403, 0)  # 403, or the connection closed before the body was read
    assert (await api.post_webhook(hook, _update(api, 6, "/help")))[0] == 200
    await api.wait_for("sendMessage")
    await asyncio.sleep(0.1)
    assert engine.texts == ["/help"]


async def test_the_secret_is_checked_before_the_body_is_read(api: FakeBotApi, hook: str, engine) -> None:
    """A forged 64 MB post: the server refuses it on its headers and never reads the body."""
    chunk, chunks = b"x" * (1 << 20), 64
    sent = 0

    async def body():
        nonlocal sent
        for _ in range(chunks):
            sent += len(chunk)
            yield chunk
            await asyncio.sleep(0.001)

    started = time.monotonic()
    async with aiohttp.ClientSession() as http:
        try:
            async with http.post(hook, data=body(), headers={"X-Telegram-Bot-Api-Secret-Token": "forged",
                                                             "Content-Type": "application/json"}) as response:
                status = response.status
        except aiohttp.ClientError:
            status = 0
    assert status in (403, 0)
    assert sent < 16 << 20, f"{sent >> 20} MB of a forged body were taken in"
    assert time.monotonic() - started < 5
    assert engine.texts == []


@pytest.mark.parametrize("declared", [True, False], ids=["Content-Length", "chunked"])
async def test_a_body_larger_than_an_update_needs_is_refused(api: FakeBotApi, hook: str, engine, declared) -> None:
    big = _update(api, 7, "x" * 10)
    big["message"]["padding"] = "y" * (MAX_BODY + 10)
    data = json.dumps(big).encode()
    if declared:
        status, _ = await api.post_webhook(hook, body=data)
    else:
        async def stream():
            for i in range(0, len(data), 65536):
                yield data[i:i + 65536]

        async with aiohttp.ClientSession() as http:
            try:
                async with http.post(hook, data=stream(),
                                     headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
                    status = response.status
            except aiohttp.ClientError:
                status = 0
    assert status in (413, 0)
    assert engine.texts == []


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"message": {}}', b'{"update_id": "7"}',
                                  b'{"update_id": 8, "message": "text"}', "\ud800".encode("utf-8", "surrogatepass")],
                         ids=["broken JSON", "a list", "no update_id", "a string id", "a broken message",
                              "invalid UTF-8"])
async def test_a_malformed_body_gets_400(api: FakeBotApi, hook: str, engine, body: bytes) -> None:
    assert (await api.post_webhook(hook, body=body))[0] == 400
    assert (await api.post_webhook(hook, _update(api, 9, "/help")))[0] == 200  # and the server carries on
    await api.wait_for("sendMessage")
    assert engine.texts == ["/help"]


def _run(api: FakeBotApi, tmp_path: Path, *argv: str, timeout: float = 60) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN}
    env.pop("CITYBOT_STATE", None)
    env.pop("CITYBOT_LOG_LEVEL", None)
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--base-url", api.url,
                             "--persistence", str(tmp_path / "state.json"), *argv],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


async def test_the_random_secret_never_reaches_the_log_even_at_debug(api: FakeBotApi, tmp_path: Path) -> None:
    port = _free_port()
    proc = _run(api, tmp_path, "--webhook-url", HOOK, "--port", str(port), "--log-level", "DEBUG")
    try:
        deadline = time.monotonic() + 60
        while "secret_token" not in api.webhook:
            assert proc.poll() is None and time.monotonic() < deadline, "the bot never set its webhook"
            await asyncio.sleep(0.05)
        secret = api.webhook["secret_token"]
        assert len(secret) >= 32
        url = f"http://127.0.0.1:{port}/citybot/hook"
        assert (await api.post_webhook(url, _update(api, 1)))[0] == 200
        await api.wait_for("sendMessage", timeout=20)
    finally:
        proc.terminate()
        _, log = await asyncio.to_thread(proc.communicate, timeout=30)
    assert proc.returncode == 0, log[-2000:]
    assert "setWebhook" in log  # the DEBUG lines about it did flow
    assert secret not in log and TOKEN not in log


async def test_a_port_in_use_is_one_line_and_exit_2(api: FakeBotApi, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = _run(api, tmp_path, "--webhook-url", HOOK, "--port", str(port), "--log-level", "ERROR")
        _, err = await asyncio.to_thread(proc.communicate, timeout=60)
    assert proc.returncode == 2
    assert err.count("\n") == 1 and f"127.0.0.1:{port}" in err and "Traceback" not in err, err
    assert "setWebhook" not in [c.method for c in api.calls]  # Telegram was never told to post there


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_a_port_out_of_range_is_one_line_and_exit_2(port: str, monkeypatch, capsys, tmp_path) -> None:
    import argparse

    from bot.telegram.cli_run import add_run_parser

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    parser = argparse.ArgumentParser(prog="citybot")
    add_run_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["run", "--webhook-url", HOOK, "--port", port, "--persistence", str(tmp_path / "s")])
    args.data = None
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--port" in err and port in err
