"""The ``citybot run`` subcommand. Importing this module does not import python-telegram-bot
(``citybot ask`` shares the parser); :func:`run_command` imports it when the bot starts."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
from pathlib import Path

from bot.telegram.config import (
    ADMINS_ENV,
    DEFAULT_GROUP_BACKLOG,
    LOG_LEVELS,
    TOKEN_ENV,
    Settings,
    default_state_path,
    parse_admins,
    with_webhook_secret,
)

LOG_LEVEL_ENV = "CITYBOT_LOG_LEVEL"
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def add_run_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add ``run`` to ``subparsers``; ``args.func(args)`` runs the bot and returns the exit
    status (``args.data``, if present, is the data directory)."""
    parser = subparsers.add_parser(
        "run", help="run the Telegram bot (token from TELEGRAM_BOT_TOKEN)",
        description="Run the Telegram bot. The token comes from the TELEGRAM_BOT_TOKEN environment "
                    "variable. Long polling by default; --webhook-url switches to a webhook.")
    parser.add_argument("--base-url", metavar="URL",
                        help="root URL of a local Bot API server, e.g. http://127.0.0.1:8081 "
                             "(default: https://api.telegram.org)")
    parser.add_argument("--webhook-url", metavar="URL",
                        help="public HTTPS URL Telegram should post updates to (enables webhook mode)")
    parser.add_argument("--listen", default="127.0.0.1", metavar="ADDR",
                        help="address the webhook server listens on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8443, help="webhook server port (default: %(default)s)")
    parser.add_argument("--secret-token", metavar="TOKEN",
                        help="webhook secret token, 1-256 of A-Z a-z 0-9 _ - (default: random)")
    parser.add_argument("--persistence", type=Path, metavar="FILE",
                        help="file keeping chat state across restarts (default: $CITYBOT_STATE, else "
                             "telegram-state.json in the state folder, $CITYBOT_STATE_DIR or ~/.local/state/citybot)")
    parser.add_argument("--group-backlog", type=float, default=DEFAULT_GROUP_BACKLOG, metavar="SECONDS",
                        help="at start, drop group messages older than this, 0 or more (default: %(default)s)")
    parser.add_argument("--admin", type=int, action="append", default=[], metavar="USER_ID",
                        help=f"Telegram user id allowed to use operator commands such as /stats (repeatable; "
                             f"added to ${ADMINS_ENV}, a comma-separated list)")
    parser.add_argument("--no-journal", action="store_true",
                        help="do not keep fetched updates in a journal until answered (a crash then loses "
                             "the updates being handled; see README, Threat model)")
    parser.add_argument("--log-level", metavar="LEVEL",
                        help=f"{', '.join(LOG_LEVELS)} (default: ${LOG_LEVEL_ENV} or INFO)")
    parser.set_defaults(func=run_command)


def settings_from_args(args: argparse.Namespace, token: str) -> Settings:
    """The :class:`Settings` described by parsed ``run`` arguments (and ``$CITYBOT_ADMINS``);
    ValueError for a malformed ``$CITYBOT_ADMINS``."""
    return Settings(
        token=token,
        persistence_path=args.persistence or default_state_path(),
        base_url=args.base_url,
        webhook_url=args.webhook_url,
        listen=args.listen,
        port=args.port,
        secret_token=args.secret_token,
        group_backlog=args.group_backlog,
        admins=parse_admins(os.environ.get(ADMINS_ENV)) | frozenset(getattr(args, "admin", ()) or ()),
        journal=not getattr(args, "no_journal", False),
    )


def _fail(message: str) -> int:
    print(f"citybot run: {message}", file=sys.stderr)
    return 2


def log_level(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(the log level asked for, None) or (None, what is wrong with it): ``--log-level``, else
    ``$CITYBOT_LOG_LEVEL``, else INFO."""
    given = getattr(args, "log_level", None)
    where = "--log-level"
    if given is None:
        given, where = os.environ.get(LOG_LEVEL_ENV, "").strip() or "INFO", f"${LOG_LEVEL_ENV}"
    if given.upper() not in LOG_LEVELS:
        return None, f"{where} must be one of {', '.join(LOG_LEVELS)} (not {given!r})"
    return given.upper(), None


def run_command(args: argparse.Namespace) -> int:
    """Check the token and flags, load the engine, run the bot. Exit status 2 (one line on
    stderr) for a missing or rejected token, bad flags or unreadable data."""
    level, problem = log_level(args)
    if problem:
        return _fail(problem)
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        return _fail(f"{TOKEN_ENV} is not set; create a bot with @BotFather and export its token")
    if args.secret_token and not _SECRET_TOKEN.match(args.secret_token):
        return _fail("--secret-token may only contain A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
    if args.webhook_url and not args.webhook_url.startswith("https://"):
        return _fail("--webhook-url must be an https:// URL (Telegram only posts to HTTPS)")
    try:
        settings = settings_from_args(args, token)
    except ValueError as exc:
        return _fail(f"${ADMINS_ENV}: {exc}")
    problem = settings.problem()
    if problem:
        return _fail(problem)
    settings = with_webhook_secret(settings)  # before logging starts: the redactor must know it

    from bot.telegram.logging_setup import setup_logging

    setup_logging(level or "INFO", [token, settings.secret_token])

    hangups: list[int] = []  # a SIGHUP while starting must not end the bot: it reloads once running
    with contextlib.suppress(AttributeError, ValueError):  # no SIGHUP on Windows
        signal.signal(signal.SIGHUP, lambda sig, _frame: hangups.append(sig))

    from bot.engine import Engine

    try:
        engine = Engine.load(getattr(args, "data", None))
    except Exception as exc:  # whatever the engine raises for unreadable data
        return _fail(f"cannot load the data: {exc}")

    from bot.telegram.app import run  # the first import of python-telegram-bot

    return run(settings, engine, hung_up=lambda: bool(hangups))
