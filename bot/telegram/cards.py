"""Picture cards in Telegram: ``/card …`` and the "Picture" button send a ranking card as a photo.

A card is drawn in a worker thread (``asyncio.to_thread``: matplotlib takes a few hundred
milliseconds and must not stall other chats) and kept in :mod:`bot.cards`' LRU cache, per
card and language. The first time a card is sent it is uploaded (multipart); Telegram's
``file_id`` for it is remembered, and every later send of the same card passes that id — no
drawing, no upload. A remembered id Telegram no longer accepts is forgotten and the card
uploaded again.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Any

from telegram import InputFile, Message, ReplyParameters
from telegram.constants import ChatAction
from telegram.error import BadRequest, TelegramError

from bot.telegram.render import escape
from bot.telegram.retry import for_chat, with_retry

if TYPE_CHECKING:
    from telegram.ext import ContextTypes

    from bot.cards import CardSpec

_LOGGER = logging.getLogger(__name__)

CARD_COMMAND = re.compile(r"^/card(?:\s|$)", re.IGNORECASE)
MAX_CAPTION = 1024
FILE_IDS_LIMIT = 512


def is_card_command(text: str) -> bool:
    """``/card …`` (addressing has already removed any ``@ThisBot``)."""
    return bool(CARD_COMMAND.match(text))


def card_spec(index: Any, token: str) -> CardSpec | None:
    """The card a "Picture" button names (its callback data after "card:"), if it is a valid one."""
    from bot.cards import CardError, CardSpec, validate

    spec = CardSpec.from_token(token)
    if index is None or spec is None:
        return None
    try:
        return validate(index, spec)
    except CardError:
        return None


def caption(index: Any, spec: CardSpec) -> str:
    """The card's title (bold) and subtitle, escaped for HTML."""
    from bot.cards.content import build_model

    model = build_model(index, spec)
    text = f"<b>{escape(model.title)}</b>"
    if model.subtitle:
        text += f"\n{escape(model.subtitle)}"
    return text if len(text) <= MAX_CAPTION else f"<b>{escape(model.title[:200])}</b>"


def _draw(index: Any, spec: CardSpec) -> tuple[bytes, str]:
    """PNG bytes and caption (run in a worker thread)."""
    from bot.cards import render

    return render(index, spec), caption(index, spec)


async def _show_upload(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    """The ``upload_photo`` chat action (Telegram shows it until the photo arrives, or 5 s): a
    convenience, so a failure is one log line and the card is still sent."""
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
    except TelegramError as exc:
        _LOGGER.info("could not show the upload_photo action in chat %s: %s", chat_id, exc)


class CardFiles:
    """Telegram ``file_id`` and caption per card already uploaded; bounded, newest kept."""

    def __init__(self, limit: int = FILE_IDS_LIMIT) -> None:
        self.limit = limit
        self._ids: dict[tuple, tuple[str, str]] = {}
        self.uploads = 0
        self.reuses = 0

    @staticmethod
    def key(index: Any, spec: CardSpec) -> tuple:
        return (getattr(index, "key", "") or id(index), spec)

    def get(self, key: tuple) -> tuple[str, str] | None:
        return self._ids.get(key)

    def put(self, key: tuple, file_id: str, text: str) -> None:
        self._ids.pop(key, None)
        self._ids[key] = (file_id, text)
        while len(self._ids) > self.limit:
            del self._ids[next(iter(self._ids))]

    def forget(self, key: tuple) -> None:
        self._ids.pop(key, None)


async def send_card(context: ContextTypes.DEFAULT_TYPE, chat_id: int, index: Any, spec: CardSpec,
                    files: CardFiles, *, quote: int | None, attempts: int, base_delay: float) -> Message:
    """Send the card as a photo: by remembered ``file_id`` if it was sent before, else drawn
    (in a thread) and uploaded; while it is drawn the chat shows "sending a photo…" (a card
    sent by ``file_id`` needs no drawing and goes at once, without it: in a group each request
    counts against Telegram's per-group pace)."""
    key = CardFiles.key(index, spec)
    reply_parameters = ReplyParameters(quote, allow_sending_without_reply=True) if quote else None

    async def send(photo: str | InputFile, text: str) -> Message:
        return await with_retry(
            lambda: context.bot.send_photo(chat_id, photo, caption=text, reply_parameters=reply_parameters),
            what="sendPhoto", delivery=for_chat(chat_id), attempts=attempts, base_delay=base_delay)

    known = files.get(key)
    if known is not None:
        try:
            message = await send(*known)
            files.reuses += 1
            return message
        except BadRequest as exc:
            if "parse entities" in str(exc).lower():
                raise
            _LOGGER.warning("remembered card file refused (%s); uploading it again", exc)
            files.forget(key)
    showing = asyncio.create_task(_show_upload(context, chat_id))
    try:
        png, text = await asyncio.to_thread(_draw, index, spec)
    finally:
        await showing  # the action goes out before the photo
    message = await send(InputFile(png, filename="card.png"), text)
    files.uploads += 1
    if message.photo:
        files.put(key, message.photo[-1].file_id, text)
    return message
