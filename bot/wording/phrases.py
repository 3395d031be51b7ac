"""The bot's wording (data/wording/*.yaml, resolved into the index in en, zh-Hans and zh-Hant):
phrases with {fields}, plural forms chosen by {n}, ordinals, dates and joined lists of names —
one helper for all of them, so every reply follows the same conventions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from bot.wording.rich import Rich, escape, fill, plain

LANGS = ("en", "zh-Hans", "zh-Hant")


def language_phrase(code: str) -> str:
    """The phrase naming the language an article was written in ("zh-Hans" → "Chinese" / "中文")."""
    return "language_zh" if code.startswith("zh") else "language_en"


class Wording:
    def __init__(self, table: Mapping[str, Mapping[str, Any]]) -> None:
        self._table = table

    def __contains__(self, key: str) -> bool:
        return key in self._table

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def _entry(self, key: str, lang: str) -> Any:
        try:
            entry = self._table[key]
        except KeyError:
            raise KeyError(f"no phrase {key!r} in data/wording/") from None
        return entry.get(lang) or entry["en"]

    def text(self, key: str, lang: str, n: int | None = None) -> str:
        """A phrase's text (a plural phrase's form for `n`)."""
        value = self._entry(key, lang)
        if isinstance(value, dict):
            return value["one" if n == 1 else "other"]
        if isinstance(value, list):
            raise TypeError(f"phrase {key!r} is a list: use items()")
        return value

    def items(self, key: str, lang: str) -> list[str]:
        value = self._entry(key, lang)
        return list(value) if isinstance(value, list) else [value]

    def say(self, key: str, lang: str, **values: str | int | Rich) -> Rich:
        """A phrase filled in: values are escaped for HTML unless they are Rich already."""
        n = values.get("n")
        return fill(self.text(key, lang, n if isinstance(n, int) else None), values)

    # --- conventions ---------------------------------------------------------------------------
    def ordinal(self, n: int, lang: str) -> str:
        """1st, 2nd, 3rd, 11th / 第1."""
        if lang == "en":
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return self.text("ordinal", lang).format(n=n, suffix=suffix)
        return self.text("ordinal", lang).format(n=n, suffix="")

    def date(self, iso: str, lang: str, *, weekday: bool = False) -> str:
        """"24 January 2025" / "2025年1月24日", optionally with the day of the week."""
        import datetime as dt

        day = dt.date.fromisoformat(iso)
        month = self.items("months", lang)[day.month - 1]
        text = self.text("date", lang).format(day=day.day, month=month, month_number=day.month, year=day.year)
        if weekday:
            name = self.items("weekdays", lang)[day.weekday()]
            text = self.text("date_with_weekday", lang).format(date=text, weekday=name)
        return text

    def names(self, items: Iterable[str | Rich], lang: str, conj: str = "and") -> Rich:
        """"A, B and C" / "A、B和C" (conj "or": "A, B or C" / "A、B或C")."""
        parts = [i if isinstance(i, Rich) else plain(i) for i in items]
        if not parts:
            return plain("")
        if len(parts) == 1:
            return parts[0]
        sep = self.text("list_sep", lang)
        last = self.text("list_last_or" if conj == "or" else "list_last_and", lang)
        if len(parts) == 2 and conj == "and" and "pair_sep" in self:
            last = self.text("pair_sep", lang)
        head = parts[:-1]
        out = head[0]
        for p in head[1:]:
            out = out + Rich(sep, escape(sep)) + p
        return out + Rich(last, escape(last)) + parts[-1]

    def count(self, n: int, noun: str, lang: str) -> str:
        """"1 city", "3 cities", "3座城市": a number and a noun phrase in the right form."""
        return self.text(noun, lang, n).format(n=n)
