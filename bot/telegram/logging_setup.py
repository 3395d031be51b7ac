"""Logging for the bot: one stderr handler, quiet HTTP libraries, and no token in any line.

The bot token is a password. It appears in every Bot API URL (``.../bot<TOKEN>/getMe``), and
python-telegram-bot puts it in some exception messages (``InvalidToken``). Two layers keep it
out of the logs, whatever the level:

* the ``httpx`` and ``httpcore`` loggers (which log request URLs) are set to WARNING;
* :class:`RedactingFilter` is installed on every root handler; it rewrites the message,
  the formatted traceback and the stack of each record before the handler emits it, and
  :class:`RedactingFormatter` redacts each finished line again.

The same filter keeps Telegram's trouble to one line: a record that carries a network failure
(python-telegram-bot's ``NetworkError``, ``TimedOut`` included, not ``BadRequest`` — e.g. its
last ``getUpdates`` at a stop, which it logs with a traceback) is logged as its message plus the failure's name and
text. Any other exception — a bug — keeps its traceback.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO

REDACTED = "<redacted>"
#: Anything shaped like a bot token (``123456789:AA...``), even one we were not told about.
_TOKEN_SHAPE = re.compile(r"(?<!\d)\d{4,}:[A-Za-z0-9_-]{20,}")
_QUIET_LOGGERS = ("httpx", "httpcore")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class Redactor:
    """Replaces the given secrets, and anything token-shaped, with ``<redacted>``."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """A handler filter that redacts secrets in the record itself (message, traceback, stack),
    so every handler after it — and every formatter — sees only the redacted text."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format; let logging report it as usual
            return True
        failure = record.exc_info[1] if record.exc_info else None
        if failure is not None and _is_network_failure(failure):
            message = f"{message} ({type(failure).__name__}: {failure})"
            record.msg, record.args, record.exc_info, record.exc_text = message, None, None, None
        redacted = self.redactor(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redactor(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor(record.stack_info)
        return True


def _is_network_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is Telegram (or the way to it) failing, rather than a bug of ours."""
    try:
        from telegram.error import BadRequest, NetworkError
    except ImportError:  # pragma: no cover - the bot always has python-telegram-bot
        return False
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)  # a refused request is ours


class RedactingFormatter(logging.Formatter):
    """A formatter whose every finished line goes through the redactor (defence in depth)."""

    def __init__(self, redactor: Redactor, fmt: str = LOG_FORMAT) -> None:
        super().__init__(fmt)
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redactor(super().format(record))


def install_redaction(redactor: Redactor, logger: logging.Logger | None = None) -> None:
    """Give every handler of ``logger`` (default: root) a :class:`RedactingFilter` using
    ``redactor`` (an existing one is updated). Call again after adding handlers."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        existing = [f for f in handler.filters if isinstance(f, RedactingFilter)]
        if existing:
            for f in existing:
                f.redactor = redactor
        else:
            handler.addFilter(RedactingFilter(redactor))


def setup_logging(level: str | int = "INFO", secrets: Iterable[str | None] = (),
                  stream: TextIO | None = None) -> logging.Handler:
    """Configure the root logger for the bot and return the stderr (or ``stream``) handler.

    Idempotent enough for tests: a handler added by an earlier call is replaced."""
    redactor = Redactor(secrets)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_citybot", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler._citybot = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter(redactor))
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    install_redaction(redactor, root)
    return handler
