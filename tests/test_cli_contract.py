"""The command-line contract (CONTRACT.md): ask, ask --jsonl, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

CLI = [sys.executable, "-m", "bot.cli"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_ask_prints_the_plain_text_reply() -> None:
    proc = run("ask", "where does Shanghai rank?")
    assert proc.returncode == 0
    assert "Shanghai" in proc.stdout and "8th" in proc.stdout
    assert "<b>" not in proc.stdout


def test_jsonl_keeps_order_and_context_per_chat() -> None:
    lines = [
        {"chat": "a", "text": "where does Beijing rank?"},
        {"chat": "b", "text": "top 3"},
        {"chat": "a", "text": "and in innovation?"},
        "plain text line: rank of tokyo",
        "{not json",
        {"chat": "c", "text": 5},
    ]
    stdin = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    proc = run("ask", "--jsonl", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["chat"] == "a" and "3rd" in out[0]["reply"] and out[0]["intent"] == "rank"
    assert out[1]["chat"] == "b" and out[1]["reply"].index("Boston") < out[1]["reply"].index("Beijing")
    assert "Beijing" in out[2]["reply"] and "innovation" in out[2]["reply"]
    assert "Tokyo" in out[3]["reply"]
    assert "error" in out[4] and "line 5" in out[4]["error"]
    assert "error" in out[5]
    for obj in out[:4]:
        assert {"chat", "text", "intent", "lang", "reply"} <= obj.keys()


def test_bad_usage_exits_2_with_one_line() -> None:
    proc = run("ask")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_data_folder_is_one_clear_line() -> None:
    proc = run("--data", "/nonexistent/folder", "ask", "top 3")
    assert proc.returncode == 2
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "/nonexistent/folder" in err[0] and "Traceback" not in proc.stderr
