"""Command menus and the bot's descriptions (phrases of ``data/wording/telegram.yaml``), set at
start-up, and again after a reload that changed them, only where Telegram does not have them already."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from telegram.error import TelegramError
from telegram.ext import Application

from bot.wording.phrases import Wording

_LOGGER = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"  # set with no language_code: the fallback for every client language
#: Telegram client language (a two-letter code, as setMyCommands takes it) → reply language.
MENU_LANGUAGES = {"en": "en", "zh": "zh-Hans"}
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
MENUS_KEY = "citybot_menus_task"  # bot_data: the task setting the menus (awaited at the stop)
_SCOPES = {"private": BotCommandScopeAllPrivateChats, "group": BotCommandScopeAllGroupChats}


@dataclass(frozen=True, slots=True)
class Menus:
    """The commands and descriptions to set, per Telegram client language."""

    commands: dict[str, tuple[tuple[str, str], ...]]  # language -> (command, description)
    scopes: tuple[str, ...]
    descriptions: dict[str, tuple[str, str]]  # language -> (description, short description)
    inline_examples: tuple[str, ...]


def parse_menus(raw: dict[str, Any]) -> Menus:
    """Validate and convert a menus document; ValueError on anything Telegram would refuse."""
    commands: dict[str, tuple[tuple[str, str], ...]] = {}
    for lang, items in raw["commands"].items():
        pairs = tuple((str(name), str(text)) for name, text in items)
        for name, text in pairs:
            if not _COMMAND_NAME.match(name) or not 1 <= len(text) <= 256:
                raise ValueError(f"bad command {name!r} ({lang})")
        commands[str(lang)] = pairs
    scopes = tuple(raw.get("scopes", ("private", "group")))
    if unknown := set(scopes) - set(_SCOPES):
        raise ValueError(f"unknown scopes {sorted(unknown)}")
    descriptions = {}
    for lang, item in raw["descriptions"].items():
        long, short = str(item["description"]).strip(), str(item["short_description"]).strip()
        if len(long) > 512 or len(short) > 120:
            raise ValueError(f"description too long ({lang})")
        descriptions[str(lang)] = (long, short)
    examples = tuple(str(q) for q in raw.get("inline_examples", ()))
    return Menus(commands, scopes, descriptions, examples)


def menus_from(words: Wording, year: str) -> Menus:
    """The menus in every menu language, from the bot's phrases; ``year``: the report's."""
    raw: dict[str, Any] = {"commands": {}, "descriptions": {}, "scopes": list(_SCOPES)}
    for code, lang in MENU_LANGUAGES.items():
        raw["commands"][code] = [_command(item) for item in words.items("tg_menu", lang)]
        raw["descriptions"][code] = {"description": words.say("tg_description", lang, year=year).plain,
                                     "short_description": words.say("tg_short_description", lang, year=year).plain}
    raw["inline_examples"] = words.items("tg_inline_examples", DEFAULT_LANGUAGE)
    return parse_menus(raw)


def schedule_menus(application: Application, menus: Menus) -> None:
    """Set ``menus`` in the background, once any earlier setting still running has finished (so the
    newest are the last set); the task is kept in ``bot_data[MENUS_KEY]`` for the stop to wait on."""
    earlier = application.bot_data.get(MENUS_KEY)
    earlier = earlier if earlier is not None and not earlier.done() else None
    application.bot_data[MENUS_KEY] = asyncio.create_task(_set(application.bot, menus, earlier), name="citybot:menus")


async def _set(bot: Bot, menus: Menus, earlier: asyncio.Task[None] | None) -> None:
    if earlier is not None:
        await asyncio.wait([earlier])
        if not earlier.cancelled() and (failure := earlier.exception()) is not None:
            _LOGGER.error("could not set the command menus: %s: %s", type(failure).__name__, failure,
                          exc_info=failure)
    changed = await apply_menus(bot, menus)
    if changed:
        _LOGGER.info("set %d command menu(s) or description(s)", changed)


def _command(item: str) -> tuple[str, str]:
    """"rank: Where a city ranks" → ("rank", "Where a city ranks")."""
    name, _colon, text = item.partition(":")
    return name.strip(), text.strip()


def load_menus(index: Any = None) -> Menus:
    """The menus from ``index``'s phrases and report (the project's data without one)."""
    from bot.telegram.words import report_year, words_for

    return menus_from(words_for(index), report_year(index))


def _language_code(lang: str) -> str | None:
    return None if lang == DEFAULT_LANGUAGE else lang


async def _unless_set(what: str, current: Callable[[], Awaitable[Any]], wanted: Any,
                      put: Callable[[], Awaitable[Any]]) -> bool:
    """Set something (``put``) unless ``current()`` shows Telegram has ``wanted`` already; True if
    it was set. Each call is retried on a transient failure; if reading fails, it is set."""
    from bot.telegram.retry import with_retry

    try:
        if await with_retry(current, what=f"get{what}") == wanted:
            return False
    except TelegramError as exc:
        _LOGGER.info("could not read the bot's %s (%s); setting it", what, exc)
    await with_retry(put, what=f"set{what}")
    return True


async def apply_menus(bot: Bot, menus: Menus) -> int:
    """Set the commands (every scope × language) and descriptions that differ from what Telegram
    has; the number set. Reads and writes go out together (not one after another: start-up stays
    quick). A failure that stays is logged and the bot carries on: menus are a convenience, not a
    reason to refuse to start."""
    jobs = []
    for scope_name in menus.scopes:
        for lang, pairs in menus.commands.items():
            scope, code = _SCOPES[scope_name](), _language_code(lang)
            jobs.append(_unless_set(
                "MyCommands",
                lambda s=scope, c=code: _commands(bot, s, c), list(pairs),
                lambda p=pairs, s=scope, c=code: bot.set_my_commands([BotCommand(n, d) for n, d in p], scope=s,
                                                                     language_code=c)))
    for lang, (long, short) in menus.descriptions.items():
        code = _language_code(lang)
        jobs.append(_unless_set(
            "MyDescription", lambda c=code: _text(bot.get_my_description(language_code=c), "description"), long,
            lambda t=long, c=code: bot.set_my_description(t, language_code=c)))
        jobs.append(_unless_set(
            "MyShortDescription",
            lambda c=code: _text(bot.get_my_short_description(language_code=c), "short_description"), short,
            lambda t=short, c=code: bot.set_my_short_description(t, language_code=c)))
    done = await asyncio.gather(*jobs, return_exceptions=True)
    for failure in (d for d in done if isinstance(d, BaseException)):
        if not isinstance(failure, TelegramError):
            raise failure
        _LOGGER.warning("could not set the command menus or descriptions: %s", failure)
    return sum(d is True for d in done)


async def _commands(bot: Bot, scope: Any, code: str | None) -> list[tuple[str, str]]:
    return [(c.command, c.description) for c in await bot.get_my_commands(scope=scope, language_code=code)]


async def _text(pending: Awaitable[Any], field: str) -> str:
    return str(getattr(await pending, field, "") or "")
