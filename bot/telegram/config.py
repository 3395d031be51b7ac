"""Run-time settings of the Telegram bot (plain data; no Telegram imports)."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

#: The update types the bot asks Telegram for (passed explicitly to getUpdates/setWebhook).
ALLOWED_UPDATES: tuple[str, ...] = ("message", "edited_message", "callback_query", "inline_query")

#: Environment variables.
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
STATE_ENV = "CITYBOT_STATE"
ADMINS_ENV = "CITYBOT_ADMINS"

DEFAULT_GROUP_BACKLOG = 120.0


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def default_state_path() -> Path:
    """Where chat state is kept unless told otherwise: ``$CITYBOT_STATE``, else
    ``telegram-state.json`` in the state folder (``index_core.paths.state_dir()``: ``$CITYBOT_STATE_DIR``,
    else ``$XDG_STATE_HOME/citybot``, else ``~/.local/state/citybot``) — or, if only the file of earlier
    versions is there, ``telegram-state.pickle`` (rewritten as JSON in place, so its journal,
    ``telegram-state.journal``, stays the same)."""
    env = os.environ.get(STATE_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    from index_core.paths import state_dir

    current, earlier = state_dir() / "telegram-state.json", state_dir() / "telegram-state.pickle"
    return earlier if earlier.exists() and not current.exists() else current


def api_urls(base_url: str) -> tuple[str, str]:
    """Map ``--base-url`` (the root of a local Bot API server, e.g. ``http://127.0.0.1:8081``)
    to python-telegram-bot's ``base_url`` and ``base_file_url`` (the token is appended)."""
    root = base_url.rstrip("/")
    if root.endswith("/bot"):
        root = root[: -len("/bot")]
    return f"{root}/bot", f"{root}/file/bot"


def parse_admins(text: str | None) -> frozenset[int]:
    """Operator user ids from ``$CITYBOT_ADMINS`` (or ``--admin``): numbers separated by commas
    or spaces. ValueError on anything else (a typo must not silently lock the operator out —
    or let someone else in)."""
    ids = set()
    for part in (text or "").replace(",", " ").split():
        if not part.lstrip("-").isdigit():
            raise ValueError(f"not a Telegram user id: {part!r}")
        ids.add(int(part))
    return frozenset(ids)


@dataclass(frozen=True, slots=True)
class FloodPolicy:
    """How many answers a chat gets when it sends faster than Telegram lets a bot answer
    (about 1 message a second in one chat, 20 a minute in a group).

    Each chat has a token bucket: ``burst`` answers at once, then ``rate`` answers a second.
    An addressed message that finds the bucket empty is *held*; of the held messages only
    the newest ``keep`` (1 in private chats: the latest question; 3 in groups) are answered,
    in order, as tokens come back; older held ones are dropped unanswered, and the chat gets
    one short "slow down" note (at most one per ``note_interval`` seconds). A private chat
    gets 3 answers at once, then one a second; a group 5 at once, then one every 4.3 seconds,
    so a minute holds at most ``burst + 1 note + 60 * rate`` = 5 + 1 + 14 = 20 messages.
    ``enabled=False`` answers everything (Telegram's own limits still apply)."""

    enabled: bool = True
    private_burst: float = 3.0
    private_rate: float = 1.0  # answers per second
    private_keep: int = 1
    group_burst: float = 5.0
    group_rate: float = 14 / 60
    group_keep: int = 3
    note_interval: float = 60.0
    max_waiting: int = 50  # messages waiting in one chat beyond which the oldest count as a flood

    def bucket(self, group: bool) -> tuple[float, float, int]:
        """(burst, rate, keep) for a group or a private chat."""
        if group:
            return self.group_burst, self.group_rate, self.group_keep
        return self.private_burst, self.private_rate, self.private_keep


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
    persistence_interval: float = 10.0  # seconds between persistence flushes (always flushed on stop)
    send_attempts: int = 4  # our own retry of transient send failures (see bot.telegram.retry)
    retry_base_delay: float = 0.5
    admins: frozenset[int] = frozenset()  # user ids allowed to use operator commands (/stats)
    journal: bool = True  # keep fetched updates in a journal until handled (see bot.telegram.journal)
    flood: FloodPolicy = FloodPolicy()
    api_rate_limits: bool = True  # pace sends to 30/s overall and 20/min per group (AIORateLimiter)
    read_timeout: float | None = None  # seconds to wait for a Bot API answer (None: 5)
    max_in_flight: int = 4  # Bot API requests at a time (besides getUpdates)
    get_updates_read_timeout: float | None = None  # extra seconds beyond poll_timeout (None: 5)
    max_held: int = 2000  # updates held at once (waiting or being handled); then fetching waits
    chat_idle_days: float = 30.0  # a chat not answered for this long is forgotten (memory, state file)

    @property
    def journal_path(self) -> Path | None:
        """The update journal beside the state file (``….journal``), or None when turned off."""
        return self.persistence_path.with_suffix(".journal") if self.journal else None

    def problem(self) -> str | None:
        """What is wrong with these settings, as the one line ``citybot run`` prints; None if nothing."""
        if self.group_backlog != self.group_backlog or self.group_backlog < 0:  # NaN or negative
            return f"--group-backlog must be a number of seconds, 0 or more (not {self.group_backlog:g})"
        if not 0 < self.port < 65536:
            return f"--port must be a TCP port, 1 to 65535 (not {self.port})"
        return None


def with_webhook_secret(settings: Settings) -> Settings:
    """In webhook mode, a random secret token unless one was given (Telegram sends it back
    in a header, so forged updates are refused). Made before logging starts, so the log's
    redactor knows it."""
    if settings.webhook_url and not settings.secret_token:
        return replace(settings, secret_token=secrets.token_urlsafe(32))
    return settings
