"""Where per-chat state lives between restarts.

Each chat's ``chat_data`` holds ``"citybot"`` (the engine's conversation state: context for
follow-ups, preferred language) and ``"citybot_replies"`` (question message id → our reply
message id, bounded, for editing answers when a question is edited). Both are kept by
python-telegram-bot's :class:`~telegram.ext.PicklePersistence` in one file; only chat data
is stored.
"""

from __future__ import annotations

from pathlib import Path

from telegram.ext import PersistenceInput, PicklePersistence

STATE_KEY = "citybot"
REPLIES_KEY = "citybot_replies"
MAX_REMEMBERED_REPLIES = 200


def make_persistence(path: Path, *, update_interval: float = 30.0) -> PicklePersistence:
    """A pickle file at ``path`` (parent directories are created) holding chat data only.
    It is written every ``update_interval`` seconds and when the application stops."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return PicklePersistence(
        filepath=path,
        store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False, callback_data=False),
        update_interval=update_interval,
    )


def chat_state(chat_data: dict | None) -> dict:
    """The engine's state dict for a chat (created on first use)."""
    if chat_data is None:  # no chat (inline mode): a throwaway state
        return {}
    state = chat_data.get(STATE_KEY)
    if not isinstance(state, dict):
        state = chat_data[STATE_KEY] = {}
    return state


def remembered_reply(chat_data: dict | None, question_id: int) -> int | None:
    """Our reply's message id for the question ``question_id`` in this chat, if any."""
    if chat_data is None:
        return None
    return chat_data.get(REPLIES_KEY, {}).get(question_id)


def remember_reply(chat_data: dict | None, question_id: int, reply_id: int,
                   limit: int = MAX_REMEMBERED_REPLIES) -> None:
    """Record that ``reply_id`` answers ``question_id``; only the newest ``limit`` are kept."""
    if chat_data is None:
        return
    replies: dict[int, int] = chat_data.setdefault(REPLIES_KEY, {})
    replies.pop(question_id, None)
    replies[question_id] = reply_id
    while len(replies) > limit:
        del replies[next(iter(replies))]
