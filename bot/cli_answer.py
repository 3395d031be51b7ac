"""`citybot ask "QUESTION"`, `citybot ask --why "QUESTION"` and `citybot ask --jsonl` (docs/CONTRACT.md)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from typing import Any, BinaryIO

from bot.errors import UsageError

_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that JSON leaves unescaped but str.splitlines() (and some readers) take for line ends:
# escaped, so that every object stays on one line however the output is split.
_LINE_BREAKS = str.maketrans({ch: f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"})


def clean_text(text: str) -> str:
    """`text` as valid Unicode: undecodable bytes that reached us as surrogates (from the command
    line or a JSON escape such as "\\ud800") become U+FFFD, so printing and JSON never fail."""
    if not _SURROGATE.search(text):
        return text
    try:  # bytes of the command line that were not UTF-8 (Python keeps them as U+DC80..U+DCFF)
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # other lone surrogates
        return _SURROGATE.sub("\ufffd", text)


def load_engine(data: str | None):
    from bot.engine import Engine

    return Engine.load(data)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer one question (or a stream with --jsonl)",
                       description="Answer one question, as the bot would in a private chat.")
    p.add_argument("question", nargs="*", help="the question, as a user would type it")
    p.add_argument("--jsonl", action="store_true",
                   help="read one request a line on stdin, write one JSON object a line (docs/CONTRACT.md)")
    p.add_argument("--why", action="store_true",
                   help="after the answer, print the sentences of the source article it rests on")
    p.set_defaults(func=ask)


def ask(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.question or args.why:
            raise UsageError("ask --jsonl reads its questions from standard input; give no question and no --why")
        return ask_jsonl(args)
    if not args.question:
        raise UsageError('ask needs a question, e.g. citybot ask "where does Shanghai rank?" (or --jsonl)')
    engine = load_engine(args.data)
    reply = engine.answer(clean_text(" ".join(args.question)))
    print(reply.text)
    if args.why:
        from bot.cli_why import explain

        print()
        print(explain(engine, reply, args.data))
    return 0


# --- ask --jsonl ------------------------------------------------------------------------------------

REQUEST_SHAPE = '{"chat": "ID", "text": "MESSAGE"}'


def ask_jsonl(args: argparse.Namespace) -> int:
    """One request a line in, one JSON object a line out, same order, flushed after each."""
    engine = load_engine(args.data)
    answer_stream(engine, sys.stdin.buffer, sys.stdout.buffer)
    return 0


def answer_stream(engine: Any, lines: Iterable[bytes], out: BinaryIO) -> None:
    """The --jsonl loop: whatever a line holds, exactly one object (a reply or an error) is written
    for it, as one line of UTF-8 JSON."""
    states: dict[str, dict[str, Any]] = {}
    for n, raw in enumerate(lines, start=1):
        record = respond(engine, states, parse_request(raw, n), n)
        data = json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"
        out.write(data.encode("utf-8", "replace"))
        out.flush()


def parse_request(raw: bytes, n: int) -> dict[str, Any]:
    """A request line → {"chat", "text"}, or an object with an `error` (same fields) saying what is wrong."""
    try:
        line = raw.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError as exc:
        return _error(n, f"not valid UTF-8 text (byte {exc.start + 1})")
    line = clean_text(line.removeprefix("\ufeff") if n == 1 else line)
    stripped = line.strip()
    if not stripped:
        return _error(n, f"an empty line; send a question, or {REQUEST_SHAPE}", text="")
    if not stripped.startswith("{"):
        return {"chat": f"line-{n}", "text": line}
    try:
        obj = json.loads(stripped)
    except json.JSONDecodeError as exc:
        return _error(n, f"not valid JSON ({exc.msg}, column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # e.g. a number of 5,000 digits, or 100,000 nested brackets
        return _error(n, f"not valid JSON ({'nested too deeply' if isinstance(exc, RecursionError) else exc})")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return _error(n, f"expected {REQUEST_SHAPE}")
    chat = obj.get("chat")
    if chat is not None and (isinstance(chat, bool) or not isinstance(chat, (str, int))):
        return _error(n, "`chat` must be text or a whole number")
    text = clean_text(obj["text"])
    chat_id = clean_text(str(chat)) if chat is not None else f"line-{n}"
    if not text.strip():
        return _error(n, "the text is empty", chat=chat_id, text=text)
    if not _SURROGATE.sub("", obj["text"]).strip():
        return _error(n, "the text holds no character, only lone surrogates (an escape such as \\ud800 is no "
                         "character)", chat=chat_id, text=text)
    return {"chat": chat_id, "text": text}


def _error(n: int, what: str, *, chat: str | None = None, text: str | None = None) -> dict[str, Any]:
    return {"chat": chat, "text": text, "error": f"line {n}: {what}"}


def respond(engine: Any, states: dict[str, dict[str, Any]], request: dict[str, Any], n: int) -> dict[str, Any]:
    """The output object for a parsed request: the request with the reply's intent, lang and text."""
    if "error" in request:
        return request
    record = dict(request)
    state = states.setdefault(record["chat"], {})
    try:
        reply = engine.answer(record["text"], state)
        record.update(intent=reply.intent, lang=reply.lang, reply=clean_text(reply.text))
    except Exception as exc:  # one bad line never stops the stream
        record["error"] = f"line {n}: internal error ({type(exc).__name__}); the other lines are unaffected"
    return record
