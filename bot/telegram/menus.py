"""Command menus and descriptions (``menus.yaml``), applied once at start-up."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from telegram.error import TelegramError

_LOGGER = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"  # set with no language_code: the fallback for every client language
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_SCOPES = {"private": BotCommandScopeAllPrivateChats, "group": BotCommandScopeAllGroupChats}


@dataclass(frozen=True, slots=True)
class Menus:
    """The parsed ``menus.yaml``."""

    commands: dict[str, tuple[tuple[str, str], ...]]  # language -> (command, description)
    scopes: tuple[str, ...]
    descriptions: dict[str, tuple[str, str]]  # language -> (description, short description)
    inline_examples: tuple[str, ...]


def parse_menus(raw: dict[str, Any]) -> Menus:
    """Validate and convert the YAML document; ValueError on anything Telegram would refuse."""
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


def load_menus() -> Menus:
    """The menus shipped with the package."""
    text = resources.files(__package__).joinpath("menus.yaml").read_text(encoding="utf-8")
    return parse_menus(yaml.safe_load(text))


def _language_code(lang: str) -> str | None:
    return None if lang == DEFAULT_LANGUAGE else lang


async def apply_menus(bot: Bot, menus: Menus) -> None:
    """Set commands (every scope × language) and descriptions, each retried on a transient
    failure. A failure that stays is logged and the bot carries on: menus are a convenience,
    not a reason to refuse to start."""
    from bot.telegram.retry import with_retry

    try:
        for scope_name in menus.scopes:
            for lang, pairs in menus.commands.items():
                await with_retry(lambda p=pairs, s=scope_name, lg=lang: bot.set_my_commands(
                    [BotCommand(n, d) for n, d in p], scope=_SCOPES[s](), language_code=_language_code(lg)),
                    what="setMyCommands")
        for lang, (long, short) in menus.descriptions.items():
            await with_retry(lambda t=long, lg=lang: bot.set_my_description(t, language_code=_language_code(lg)),
                             what="setMyDescription")
            await with_retry(lambda t=short, lg=lang: bot.set_my_short_description(
                t, language_code=_language_code(lg)), what="setMyShortDescription")
    except TelegramError as exc:
        _LOGGER.warning("could not set the command menus or descriptions: %s", exc)
