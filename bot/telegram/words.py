"""What the Telegram bot says around its answers: the phrases of ``data/wording/telegram.yaml``
(read through the engine's index, like every other phrase), and the language a chat is answered
in before its people have written anything."""

from __future__ import annotations

import functools
from typing import Any

from bot.wording.phrases import Wording

#: Regions whose Chinese is written in traditional characters (``zh-TW``, ``zh-HK``, ``zh-MO``).
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def reply_language(language_code: str | None) -> str | None:
    """The reply language for a Telegram client language: ``zh``, ``zh-hans``, ``zh-CN`` →
    ``zh-Hans``; ``zh-hant``, ``zh-TW``, ``zh-HK`` → ``zh-Hant``; None for any other (English is
    the default anyway)."""
    parts = (language_code or "").strip().lower().replace("_", "-").split("-")
    if parts[0] != "zh":
        return None
    if "hant" in parts or _TRADITIONAL_REGIONS & set(parts[1:]):
        return "zh-Hant"
    return "zh-Hans"


@functools.cache
def _project_index() -> Any:
    from index_core.store import load_index

    return load_index()


def report_index(index: Any = None) -> Any:
    """``index`` if it is one; else the project's own (an engine without an index, in tests)."""
    return index if getattr(index, "wording", None) is not None else _project_index()


def words_for(index: Any = None) -> Wording:
    """The bot's phrases, from ``index`` (the engine's) or the project's data."""
    return Wording(report_index(index).wording)


def report_year(index: Any = None) -> str:
    """The year of the report answered about, from its data (e.g. "2025")."""
    return str(report_index(index).default.meta["released"])[:4]
