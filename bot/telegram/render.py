"""Turning engine :class:`~bot.reply.Reply` objects into Telegram message parts."""

from __future__ import annotations

import functools
import hashlib
import html
import logging
import re
from collections.abc import Sequence
from typing import NamedTuple

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)
from telegram.constants import ParseMode

from bot.reply import Button, Reply

_LOGGER = logging.getLogger(__name__)

MAX_MESSAGE = 4096  # characters in one message
MAX_CALLBACK_DATA = 64  # bytes of callback data
MAX_ALERT = 200  # characters in an answerCallbackQuery text
MAX_INLINE_RESULTS = 50
BUTTONS_PER_ROW = 2
SOURCE_ACTION = "src"  # the callback data of the Source button (see bot.reply.Button)
_ELLIPSIS = "…"


def escape(text: str) -> str:
    """Escape text we compose ourselves for Telegram's HTML parse mode."""
    return html.escape(text, quote=False)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + _ELLIPSIS


def fit_html(reply: Reply, limit: int = MAX_MESSAGE) -> str:
    """``reply.html`` if it fits one message; otherwise the plain text, escaped and cut to fit
    (cutting HTML could break a tag or an entity, plain text cannot)."""
    if len(reply.html) <= limit:
        return reply.html
    _LOGGER.warning("reply of %d characters (intent %s) truncated", len(reply.html), reply.intent)
    return plain_html(reply.text, limit)


def plain_html(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` escaped for HTML, cut (before escaping) so the result is at most ``limit``."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    low, high = 0, len(text)  # the longest prefix whose escaped form + "…" fits
    while low < high:
        mid = (low + high + 1) // 2
        if len(escape(text[:mid]).rstrip()) + 1 <= limit:
            low = mid
        else:
            high = mid - 1
    return escape(text[:low]).rstrip() + _ELLIPSIS


class _Keyboard(NamedTuple):
    """The inline keyboard for one set of buttons, and what was left out."""

    markup: InlineKeyboardMarkup | None
    dropped: tuple[str, ...]  # labels of buttons left out


def keyboard(reply: Reply, *, group: bool = False) -> InlineKeyboardMarkup | None:
    """An inline keyboard from ``reply.buttons`` (rows of two; in a group, one row at most: a
    group's answers stay light); buttons whose action does not fit Telegram's 64-byte callback
    data are left out. The markup for a given set of buttons is built once and shared
    (python-telegram-bot's objects are immutable)."""
    built = _build_keyboard(reply.buttons, 1 if group else None)
    for label in built.dropped:
        _LOGGER.warning("button %r dropped: callback data empty or over 64 bytes", label)
    return built.markup


@functools.lru_cache(maxsize=2048)
def _build_keyboard(buttons: tuple[Button, ...], max_rows: int | None = None) -> _Keyboard:
    kept, dropped = [], []
    for button in buttons:
        if not button.action or len(button.action.encode("utf-8")) > MAX_CALLBACK_DATA:
            dropped.append(button.label)
            continue
        kept.append(InlineKeyboardButton(_shorten(button.label, 64), callback_data=button.action))
    if not kept:
        return _Keyboard(None, tuple(dropped))
    if max_rows == 1 and len(kept) > BUTTONS_PER_ROW:  # one row: the first button, and the source if offered
        source = [b for b in kept[1:] if b.callback_data == SOURCE_ACTION]
        kept = kept[:1] + source[:1] if source else kept[:BUTTONS_PER_ROW]
    rows = [kept[i : i + BUTTONS_PER_ROW] for i in range(0, len(kept), BUTTONS_PER_ROW)]
    markup = InlineKeyboardMarkup(rows[:max_rows])
    return _Keyboard(markup, tuple(dropped))


def alert_text(reply: Reply) -> str:
    """The reply as a callback-query alert (plain text, at most 200 characters)."""
    return _shorten(reply.text, MAX_ALERT)


MAX_INLINE_TITLE = 64  # characters of an inline result's title (the engine keeps them to ~40)
MAX_INLINE_DESCRIPTION = 120
_BOLD_TAG = re.compile(r"</?b>")


def _title(reply: Reply) -> str:
    first_line = (reply.text.strip().splitlines() or [""])[0]
    return _shorten(reply.title.strip() or first_line or "citybot", MAX_INLINE_TITLE)


def _description(reply: Reply) -> str:
    return _shorten(" ".join((reply.summary or reply.text).split()), MAX_INLINE_DESCRIPTION)


def flat_bold(text: str) -> str:
    """HTML with bold never inside bold: the inner ``<b>``/``</b>`` pairs are dropped."""
    depth = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group() == "<b>":
            depth += 1
            return match.group() if depth == 1 else ""
        depth = max(0, depth - 1)
        return match.group() if depth == 0 else ""

    return _BOLD_TAG.sub(keep, text) if "<b>" in text else text


def inline_results(replies: Sequence[Reply]) -> list[InlineQueryResultArticle]:
    """Inline-mode articles, first reply first, at most 50: a short plain title, a one-line
    description, and the reply's HTML (flat: no bold in bold) as the message sent."""
    results = []
    for position, reply in enumerate(replies[:MAX_INLINE_RESULTS]):
        message = flat_bold(fit_html(reply))
        digest = hashlib.sha1(message.encode("utf-8"), usedforsecurity=False).hexdigest()[:20]
        results.append(
            InlineQueryResultArticle(
                id=f"{position}-{digest}",  # at most 23 bytes of Telegram's 64
                title=_title(reply),
                description=_description(reply),
                input_message_content=InputTextMessageContent(message, parse_mode=ParseMode.HTML),
            )
        )
    return results
