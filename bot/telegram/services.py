"""The objects every update callback shares, kept in ``application.bot_data``."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from telegram.ext import ContextTypes

from bot.reply import Reply
from bot.telegram.cards import CardFiles
from bot.telegram.config import Settings
from bot.telegram.flood import ChatLanes
from bot.telegram.journal import Journal
from bot.telegram.menus import Menus
from bot.telegram.words import words_for
from bot.wording.phrases import Wording

SERVICES_KEY = "citybot_services"


class AnsweringEngine(Protocol):
    """What the handlers need of :class:`bot.engine.Engine`."""

    def answer(self, text: str, state: dict | None = None, *, now: float | None = None,
               reply_to: dict[str, Any] | None = None) -> Reply: ...

    def inline(self, text: str, *, limit: int = 10) -> list[Reply]: ...


@dataclass
class Services:
    """Shared objects, kept in ``application.bot_data`` (which is not persisted)."""

    engine: AnsweringEngine
    settings: Settings
    menus: Menus
    started_at: float = field(default_factory=time.time)
    index: Any = None  # the engine's index, for picture cards (None: no cards)
    journal: Journal = field(default_factory=lambda: Journal(None))
    lanes: ChatLanes | None = None
    card_files: CardFiles = field(default_factory=CardFiles)
    counters: Counter = field(default_factory=Counter)
    words: Wording = field(default_factory=words_for)  # what the bot says around its answers


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data[SERVICES_KEY]
