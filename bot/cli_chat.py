"""`citybot chat`: a conversation in the terminal, with the bot's context rules.

As in a shell: Ctrl-C drops the line being typed and gives a fresh prompt, Ctrl-D (on an empty
line) or /quit ends it. Answers are wrapped at the terminal's width without breaking words (a
bullet's continuation lines are indented under its text; Chinese, written without spaces, is
broken between characters). Before each answer the data folder is looked at (its files' and folders'
sizes, times and inodes: some 50 µs, nothing read) and, when its files' hash changed, reloaded
(bot/live.py); SIGHUP asks for a reload before the next answer even when the files look the same.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import signal
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from typing import Any

from bot.cli_answer import clean_text
from bot.live import LiveEngine, Reload

QUIT = ("/quit", "/exit")
MIN_WIDTH = 20  # narrower terminals are not worth wrapping for


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("chat", help="an interactive conversation in the terminal",
                       description="Talk to the bot. Ctrl-C drops the current line, Ctrl-D or /quit ends.")
    c.set_defaults(func=chat)


# --- wrapping ----------------------------------------------------------------------------------------

_BULLET = re.compile(r"^(\s*(?:[•·\-*–]|\d{1,3}[.)])\s+)")  # "• ", "- ", "3. ": continuation lines go under the text
_NO_LINE_START = set("，。、；：？！）」』》〉】”’…%,.;:?!)]}")  # punctuation that must not begin a line


def _cells(text: str) -> int:
    """Terminal columns `text` takes (East Asian wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def wrap(text: str, width: int) -> str:
    """`text` wrapped to `width` columns, line by line, never inside a word."""
    if width < MIN_WIDTH:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if _cells(line) <= width:
            out.append(line)
            continue
        m = _BULLET.match(line)
        indent = " " * _cells(m.group(1)) if m else ""
        if _cells(line) == len(line):  # no wide characters: textwrap measures it right
            out.extend(textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.extend(_wrap_wide(line, width, indent))
    return "\n".join(out)


_TOKEN = re.compile(r"\s+|[^\s]")


def _wrap_wide(line: str, width: int, indent: str) -> list[str]:
    """Greedy wrapping for a line with Chinese: a break may fall between two wide characters or at a
    space, never inside a run of narrow ones (a word or a number), nor before closing punctuation."""
    tokens: list[str] = []
    for piece in _TOKEN.findall(line):
        wide = _cells(piece) == 2
        if tokens and not piece.isspace() and not wide and not tokens[-1].isspace() \
                and _cells(tokens[-1][-1]) == 1:
            tokens[-1] += piece  # a narrow character joins the word before it
        else:
            tokens.append(piece)
    lines: list[list[str]] = [[]]
    used = 0
    for token in tokens:
        size = _cells(token)
        if used + size > width and lines[-1] and not token.isspace():
            carry: list[str] = []
            if token[0] in _NO_LINE_START and len(lines[-1]) > 1:
                carry = [lines[-1].pop()]  # take the character before along
            while lines[-1] and lines[-1][-1].isspace():
                lines[-1].pop()
            lines.append([indent, *carry] if indent else carry)
            used = sum(_cells(t) for t in lines[-1])
        if token.isspace() and used == _cells(indent) and len(lines) > 1:
            continue  # no spaces at the start of a continuation line
        lines[-1].append(token)
        used += size
    return ["".join(parts).rstrip() for parts in lines]


def terminal_width() -> int:
    """Columns to wrap at: the terminal's width when printing to one, else 0 (no wrapping)."""
    if not sys.stdout.isatty():
        return 0
    return shutil.get_terminal_size().columns


# --- the conversation --------------------------------------------------------------------------------

def chat(args: argparse.Namespace) -> int:
    live = LiveEngine(args.data)
    state: dict[str, Any] = {}
    interactive = sys.stdin.isatty()
    lang = "en"
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdin.reconfigure(errors="replace")  # type: ignore[union-attr]  # bytes that are not UTF-8

    def show(text: str) -> None:
        print(wrap(text, terminal_width()), flush=True)

    def notify(outcome: Reload) -> None:
        """One line on stderr, in the words of the data now answering (data/wording/chat.yaml)."""
        if outcome.unchanged:
            return
        note = _say(live.engine, "chat_reload_failed", lang, error=outcome.problem) if outcome.problem \
            else _say(live.engine, "chat_reloaded", lang)
        print(wrap(note, terminal_width()), file=sys.stderr, flush=True)

    with contextlib.suppress(AttributeError, ValueError):  # no SIGHUP on Windows; not in a thread
        signal.signal(signal.SIGHUP, lambda _sig, _frame: live.request())

    history = _history() if interactive else None
    try:
        if interactive:
            greeting = live.engine.answer("/start", state)
            show(greeting.text)
            show(_say(live.engine, "chat_leave", greeting.lang))
        while True:
            try:
                line = clean_text(input("> " if interactive else ""))
            except KeyboardInterrupt:
                if not interactive:
                    raise
                print(flush=True)  # as in a shell: the line is dropped, a fresh prompt follows
                continue
            except (EOFError, OSError):  # the end of the input, or a terminal that hung up
                if interactive:
                    with contextlib.suppress(OSError):
                        print(flush=True)  # end on a fresh line
                break
            if line.strip() in QUIT:
                break
            if not line.strip():
                continue
            try:
                engine, outcome = live.current()
                notify(outcome)
                reply = engine.answer(line, state)
            except KeyboardInterrupt:
                if not interactive:
                    raise
                print(flush=True)
                continue
            lang = reply.lang
            show(reply.text)
            if interactive:
                print()
    finally:
        if history is not None:
            history()
    return 0


def _say(engine: Any, key: str, lang: str, **fields: str) -> str:
    """A phrase of data/wording/chat.yaml, from the data answering; from the project's own wording
    when the data folder brings a wording/ of its own, copied before the phrase existed."""
    if key in engine.wording:
        return engine.wording.say(key, lang, **fields).plain
    from bot.wording.phrases import Wording
    from index_core.load_language import load_wording
    from index_core.paths import PROJECT_DATA

    own = Wording(load_wording(PROJECT_DATA / "wording"))  # as written: en and zh (simplified)
    return own.say(key, "zh" if lang.startswith("zh") else lang, **fields).plain


def _history() -> Callable[[], None] | None:
    """Line editing and a history file (chat_history in the state folder); returns the saver."""
    try:
        import readline
    except ImportError:  # not on every platform
        return None
    from index_core.paths import state_dir

    path = state_dir() / "chat_history"
    with contextlib.suppress(OSError):
        readline.read_history_file(path)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(path)

    return save
