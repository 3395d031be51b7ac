"""Is a message addressed to the bot, and what should the engine see of it?

Private chats: always addressed. Groups: a command (``/rank`` or ``/rank@ThisBot``, but not
``/rank@OtherBot``), a mention of the bot (``@ThisBot`` as text or a ``mention`` entity, or a
``text_mention`` entity naming the bot's user id), or a reply to one of the bot's messages.
Mentions of the bot and the ``@ThisBot`` suffix of a command are stripped.

The core, :func:`address`, works on plain values so it can be tested without Telegram
objects; :func:`address_message` adapts a :class:`telegram.Message`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from telegram import Message

#: What the engine gets when a message was nothing but a mention of the bot.
EMPTY_FALLBACK = "/help"

_COMMAND = re.compile(r"/(?P<cmd>[A-Za-z0-9_]{1,32})(?:@(?P<bot>[A-Za-z0-9_]{1,64}))?(?![A-Za-z0-9_@])")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.!?;:，。！？；：、])")
_COMMA_BEFORE_END = re.compile(r"[,，]\s*([.!?。！？])")
_LEADING = re.compile(r"^[\s,.:;，。：；、]+")
_TRAILING = re.compile(r"[\s,，:：;；、]+$")
_SPACES = re.compile(r"[ \t]{2,}")


@dataclass(frozen=True, slots=True)
class Entity:
    """A message entity as Telegram sends it: offsets and lengths in UTF-16 code units."""

    type: str
    offset: int
    length: int
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class Addressed:
    """A message for the bot. ``reason`` is "private", "command", "mention" or "reply"."""

    text: str
    reason: str


def _utf16_to_index(text: str) -> dict[int, int]:
    """Map each UTF-16 offset that falls on a character boundary to a Python index."""
    mapping, pos = {0: 0}, 0
    for i, ch in enumerate(text, start=1):
        pos += 2 if ord(ch) > 0xFFFF else 1
        mapping[pos] = i
    return mapping


def _self_mention_spans(text: str, bot_username: str, bot_id: int | None,
                        entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Python (start, end) spans of every mention of this bot: entities first, then plain
    ``@username`` text (messages built without entities, e.g. by other clients or tests)."""
    me = "@" + bot_username.lower()
    index = _utf16_to_index(text) if entities else {}
    spans: set[tuple[int, int]] = set()
    for entity in entities:
        start, end = index.get(entity.offset), index.get(entity.offset + entity.length)
        if start is None or end is None:
            continue
        if (entity.type == "mention" and text[start:end].lower() == me) or (
            entity.type == "text_mention" and bot_id is not None and entity.user_id == bot_id
        ):
            spans.add((start, end))
    if "@" in text:
        spans.update(m.span() for m in _mention_pattern(bot_username).finditer(text))
    return sorted(spans)


@functools.lru_cache(maxsize=16)
def _mention_pattern(bot_username: str) -> re.Pattern[str]:
    """Plain-text ``@username`` of the bot (compiled once per username)."""
    return re.compile(rf"(?<![\w@])@{re.escape(bot_username)}(?!\w)", re.IGNORECASE)


def _remove(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        if start < last:  # overlapping (entity and regex found the same mention)
            start = last
        out.append(text[last:start])
        last = max(last, end)
    out.append(text[last:])
    return "".join(out)


def _clean(text: str) -> str:
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _COMMA_BEFORE_END.sub(r"\1", text)
    text = _LEADING.sub("", text)
    text = _TRAILING.sub("", text)
    return _SPACES.sub(" ", text).strip() or EMPTY_FALLBACK


def address(text: str, *, chat_type: str, bot_username: str, bot_id: int | None = None,
            entities: Sequence[Entity] = (), reply_to_user_id: int | None = None) -> Addressed | None:
    """Decide whether ``text`` is for the bot; return what the engine should see, or None."""
    private = chat_type == "private"
    spans = _self_mention_spans(text, bot_username, bot_id, entities)

    command = _COMMAND.match(text)
    if command is not None:
        target = command["bot"]
        if target and target.lower() != bot_username.lower() and not private:
            return None  # /cmd@OtherBot: for another bot in this group
        head = f"/{command['cmd']}"
        rest = _remove(text, [(s, e) for s, e in spans if s >= command.end()])[command.end():]
        return Addressed(_clean(head + rest), "private" if private else "command")

    if private:
        return Addressed(_clean(_remove(text, spans)), "private")
    if spans:
        return Addressed(_clean(_remove(text, spans)), "mention")
    if bot_id is not None and reply_to_user_id == bot_id:
        return Addressed(_clean(text), "reply")
    return None


def address_message(message: Message, bot_username: str, bot_id: int) -> Addressed | None:
    """:func:`address` for a Telegram message (text messages only)."""
    if not message.text:
        return None
    entities = [Entity(str(e.type), e.offset, e.length, e.user.id if e.user else None)
                for e in message.entities]
    reply = message.reply_to_message
    reply_to = reply.from_user.id if reply is not None and reply.from_user is not None else None
    return address(message.text, chat_type=str(message.chat.type), bot_username=bot_username,
                   bot_id=bot_id, entities=entities, reply_to_user_id=reply_to)
