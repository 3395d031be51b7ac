"""`citybot ask`, `citybot ask --jsonl` and `citybot chat` (see CONTRACT.md)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import Any


def _engine(args: argparse.Namespace):
    from bot.engine import Engine

    return Engine.load(args.data)


def ask(args: argparse.Namespace) -> int:
    if args.jsonl:
        return ask_jsonl(args)
    if not args.question:
        from bot.errors import UsageError

        raise UsageError('ask needs a question, e.g. citybot ask "where does Shanghai rank?" (or --jsonl)')
    engine = _engine(args)
    print(engine.answer(" ".join(args.question)).text)
    return 0


def ask_jsonl(args: argparse.Namespace) -> int:
    """One request a line in, one JSON object a line out, same order, flushed each time."""
    engine = _engine(args)
    states: dict[str, dict[str, Any]] = {}
    out = sys.stdout
    for n, line in enumerate(sys.stdin, start=1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        record = _request(line, n)
        if "error" in record:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            continue
        state = states.setdefault(record["chat"], {})
        try:
            reply = engine.answer(record["text"], state)
            record.update(intent=reply.intent, lang=reply.lang, reply=reply.text)
        except Exception as exc:  # one bad line never stops the stream
            record.update(error=f"line {n}: internal error: {type(exc).__name__}", reply="")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 0


def _request(line: str, n: int) -> dict[str, Any]:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except ValueError as exc:
            return {"chat": None, "text": None, "error": f"line {n}: not valid JSON ({exc.msg})"}
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            return {"chat": None, "text": None, "error": f'line {n}: expected {{"chat": "ID", "text": "MESSAGE"}}'}
        chat = obj.get("chat")
        return {"chat": str(chat) if chat is not None else f"line-{n}", "text": obj["text"]}
    return {"chat": f"line-{n}", "text": line}


def chat(args: argparse.Namespace) -> int:
    """An interactive conversation with line editing and history, with the bot's context rules."""
    engine = _engine(args)
    state: dict[str, Any] = {}
    interactive = sys.stdin.isatty()
    history = _history() if interactive else None
    if interactive:
        print(engine.answer("/start", state).text)
        print("(Ctrl-D or /quit to leave)")
    try:
        while True:
            try:
                line = input("> " if interactive else "")
            except EOFError:
                break
            if line.strip() in ("/quit", "/exit"):
                break
            if not line.strip():
                continue
            print(engine.answer(line, state).text)
            if interactive:
                print()
    finally:
        if history is not None:
            history()
    return 0


def _history():
    """Line editing and a history file (~/.cache/citybot/chat_history); returns the saver."""
    try:
        import readline
    except ImportError:  # not on every platform
        return None
    from index_core.paths import index_dir

    path = index_dir() / "chat_history"
    with contextlib.suppress(OSError):
        readline.read_history_file(path)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(path)

    return save


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer one question (or a stream with --jsonl)")
    p.add_argument("question", nargs="*", help="the question, as a user would type it")
    p.add_argument("--jsonl", action="store_true", help="read JSON lines on stdin, write JSON lines")
    p.set_defaults(func=ask)
    c = sub.add_parser("chat", help="an interactive conversation in the terminal")
    c.set_defaults(func=chat)
    from bot import cli_eval

    cli_eval.add_parser(sub)
