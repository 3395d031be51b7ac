"""What the bot remembers of each answer it sent, per chat (bounded, in ``chat_data`` and so in
the state file): the source references the answer rests on (for its Source button), the language
it was given in, and the conversation context a reply to it continues (see ``Reply.context``).

``chat_data["citybot_sent"]`` maps our message id → ``{"sources": [...], "lang": "en",
"context": {...} | None, "sourced": bool, "report": edition id | None}``, newest last, at most
:data:`MAX_SENT` per chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.reply import Reply

SENT_KEY = "citybot_sent"
#: Answers per chat remembered: a person replies to, or asks the source of, one of the last few.
MAX_SENT = 30


@dataclass(frozen=True, slots=True)
class SentAnswer:
    """One of our answers, as remembered."""

    sources: tuple[str, ...]
    lang: str
    context: dict[str, Any] | None
    sourced: bool  # it offered a Source button
    report: str | None = None  # the edition it is about (None: the default one)


def remember_sent(chat_data: dict | None, message_id: int, reply: Reply, limit: int = MAX_SENT) -> None:
    """Remember answer ``reply`` sent as message ``message_id``; only the newest ``limit`` are kept."""
    if chat_data is None:
        return
    sent = chat_data.get(SENT_KEY)
    if not isinstance(sent, dict):
        sent = chat_data[SENT_KEY] = {}
    sent.pop(message_id, None)
    sent[message_id] = {"sources": list(reply.sources), "lang": reply.lang,
                        "context": dict(reply.context) if isinstance(reply.context, dict) else None,
                        "sourced": any(b.action == "src" for b in reply.buttons), "report": _edition(reply)}
    while len(sent) > limit:
        del sent[next(iter(sent))]


def sent_answer(chat_data: dict | None, message_id: int) -> SentAnswer | None:
    """Our answer sent as ``message_id`` in this chat, if it is still remembered."""
    sent = chat_data.get(SENT_KEY) if isinstance(chat_data, dict) else None
    entry = sent.get(message_id) if isinstance(sent, dict) else None
    if not isinstance(entry, dict):
        return None
    context = entry.get("context")
    report = entry.get("report")
    return SentAnswer(tuple(str(s) for s in entry.get("sources") or ()), str(entry.get("lang") or "en"),
                      context if isinstance(context, dict) else None, bool(entry.get("sourced")),
                      report if isinstance(report, str) else None)


def _edition(reply: Reply) -> str | None:
    """The report an answer is about, where it says: its card's, else its context's."""
    if reply.card is not None and reply.card.report:
        return reply.card.report
    report = (reply.context or {}).get("report")
    return report if isinstance(report, str) else None


def valid_sent(raw: Any, limit: int = MAX_SENT) -> dict[int, dict] | None:
    """The remembered answers of a state file, as the bot writes them (ids as ints); None if the
    entry is not what the bot writes."""
    if not isinstance(raw, dict):
        return None
    clean: dict[int, dict] = {}
    for key, entry in raw.items():
        try:
            message_id = int(key)
        except (TypeError, ValueError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("sources", []), list):
            return None
        clean[message_id] = entry
    return dict(list(clean.items())[-limit:])
