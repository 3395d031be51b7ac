"""The bot's wording (data/nlu/replies.yaml) in en, zh-Hans and zh-Hant."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from bot.answers.text import Rich, fill

FILLED_CACHE = 20_000  # filled-in phrases kept (city names, places and list names recur in every answer)


def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


class Phrases:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw
        self._hant: dict[str, Any] = {}
        self._filled: dict[tuple, Rich] = {}

    def text(self, key: str, lang: str) -> str:
        entry = self._raw[key]
        if lang == "en":
            return entry["en"]
        if lang == "zh-Hant":
            if key not in self._hant:
                self._hant[key] = entry.get("zh-Hant") or _s2t().convert(entry["zh"])
            return self._hant[key]
        return entry["zh"]

    def __contains__(self, key: str) -> bool:
        return key in self._raw

    def examples(self, lang: str) -> list[str]:
        entry = self._raw["examples"]
        if lang == "en":
            return list(entry["en"])
        items = entry["zh"]
        return [_s2t().convert(e) for e in items] if lang == "zh-Hant" else list(items)

    def __call__(self, key: str, lang: str, **values: str | int | Rich) -> Rich:
        """A phrase filled in; the same phrase with the same values is filled once."""
        memo_key = (key, lang, *values.items())
        filled = self._filled.get(memo_key)
        if filled is None:
            if len(self._filled) >= FILLED_CACHE:
                self._filled.clear()
            filled = self._filled[memo_key] = fill(self.text(key, lang), values)
        return filled

    def once(self, key: str, lang: str, **values: str | int | Rich) -> Rich:
        """A phrase filled in with values that will not come back (not memoised)."""
        return fill(self.text(key, lang), values)

    def ordinal(self, n: int, lang: str) -> str:
        return ordinal_en(n) if lang == "en" else f"第{n}"
