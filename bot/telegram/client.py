"""The bot object: python-telegram-bot's ExtBot plus a lean call for the bot's answers.

Every answer is a ``sendMessage`` (or, for an edited question, an ``editMessageText``) with
HTML, an inline keyboard and, in groups, a quote. Through ``Bot.send_message``
python-telegram-bot builds ``ReplyParameters``/``LinkPreviewOptions`` objects, applies the
:class:`~telegram.ext.Defaults`, turns the keyboard object into JSON, and parses Telegram's
answer into a :class:`~telegram.Message` (its keyboard included) — most of the bot's
per-answer cost beyond the answer itself, for the one value the bot keeps: the message id.

:meth:`CitybotBot.send_html` and :meth:`CitybotBot.edit_html` make the same requests from
plain, JSON-ready values (the keyboard as a dict, built once per set of buttons by
:func:`bot.telegram.render.reply_markup`) and return what the bot needs. They go through the
same pipeline as every other call — the rate limiter (Telegram's pacing, 429s waited out),
the HTTP client, Telegram's errors raised as the same exceptions (``BadRequest``,
``Forbidden``, ``TimedOut``, …) — so retries and error handling are unchanged, and the
bot's ``Defaults`` (parse mode, link previews, quote parse mode) are applied, computed once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from telegram import TelegramObject
from telegram.ext import ExtBot

#: ``Defaults`` a message's request carries (the lean calls apply these, and only these).
_MESSAGE_DEFAULTS = ("parse_mode", "link_preview_options")


def _json_ready(value: object) -> object:
    """A ``Defaults`` value as it goes into a request: objects as dicts, enums as plain strings."""
    if isinstance(value, TelegramObject):
        return value.to_dict()
    if isinstance(value, str):
        return str(value)
    return value


class CitybotBot(ExtBot):
    """:class:`~telegram.ext.ExtBot` with :meth:`send_html` and :meth:`edit_html`."""

    __slots__ = ("_message_params", "_quote_params")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._message_params, self._quote_params = self._default_params()

    def _default_params(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(what every message's request gets from ``Defaults``, what a quote's
        ``reply_parameters`` gets), as JSON-ready values."""
        defaults = self.defaults
        if defaults is None:
            return {}, {}
        message: dict[str, Any] = {}
        for name in _MESSAGE_DEFAULTS:
            value = getattr(defaults, name)
            if value is not None:
                message[name] = _json_ready(value)
        quote_mode = defaults.quote_parse_mode
        return message, ({} if quote_mode is None else {"quote_parse_mode": _json_ready(quote_mode)})

    def _message(self, chat_id: int, text: str, reply_markup: Mapping[str, Any] | None) -> dict[str, Any]:
        params: dict[str, Any] = {"chat_id": chat_id, "text": text, **self._message_params}
        if reply_markup:
            params["reply_markup"] = reply_markup
        return params

    async def send_html(self, chat_id: int, text: str, *, reply_markup: Mapping[str, Any] | None = None,
                        quote: int | None = None) -> int:
        """``sendMessage`` of ``text`` (in the default parse mode: HTML) with the keyboard
        ``reply_markup`` (JSON-ready, e.g. :func:`bot.telegram.render.reply_markup`), quoting
        message ``quote`` if given (sent even if that message is gone); the new message's id."""
        params = self._message(chat_id, text, reply_markup)
        if quote:
            params["reply_parameters"] = {"message_id": quote, "allow_sending_without_reply": True,
                                          **self._quote_params}
        result = await self._post("sendMessage", params)
        return int(result["message_id"])

    async def edit_html(self, chat_id: int, message_id: int, text: str, *,
                        reply_markup: Mapping[str, Any] | None = None) -> None:
        """``editMessageText``: message ``message_id`` now shows ``text`` and ``reply_markup``
        (None: no keyboard)."""
        params = self._message(chat_id, text, reply_markup)
        params["message_id"] = message_id
        await self._post("editMessageText", params)
