"""Run-time settings of the Telegram bot (plain data; no Telegram imports)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The update types the bot asks Telegram for (passed explicitly to getUpdates/setWebhook).
ALLOWED_UPDATES: tuple[str, ...] = ("message", "edited_message", "callback_query", "inline_query")

#: Environment variables.
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
STATE_ENV = "CITYBOT_STATE"

DEFAULT_GROUP_BACKLOG = 120.0


def default_state_path() -> Path:
    """Where chat state is kept unless told otherwise: ``$CITYBOT_STATE``, else
    ``$XDG_CACHE_HOME/citybot/telegram-state.pickle`` (``~/.cache/...`` when unset)."""
    env = os.environ.get(STATE_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(cache).expanduser() if cache else Path.home() / ".cache"
    return base / "citybot" / "telegram-state.pickle"


def api_urls(base_url: str) -> tuple[str, str]:
    """Map ``--base-url`` (the root of a local Bot API server, e.g. ``http://127.0.0.1:8081``)
    to python-telegram-bot's ``base_url`` and ``base_file_url`` (the token is appended)."""
    root = base_url.rstrip("/")
    if root.endswith("/bot"):
        root = root[: -len("/bot")]
    return f"{root}/bot", f"{root}/file/bot"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything :func:`bot.telegram.app.build_application` and ``serving`` need."""

    token: str
    persistence_path: Path
    base_url: str | None = None
    webhook_url: str | None = None
    listen: str = "127.0.0.1"
    port: int = 8443
    secret_token: str | None = None
    group_backlog: float = DEFAULT_GROUP_BACKLOG  # seconds; older group messages at start are dropped
    poll_timeout: float = 30.0  # long-polling timeout of getUpdates, seconds
    persistence_interval: float = 30.0  # seconds between persistence flushes (always flushed on stop)
    send_attempts: int = 3  # our own retry of transient send failures (see bot.telegram.retry)
    retry_base_delay: float = 0.5
