"""How many neighbours a question asks for: "the 2 cities after Beijing", "which three come before London",
"the next two after Seattle", "伦敦后面的两个城市", "排在伦敦前两位的是谁" (the two just ahead of London, not the
top two). A count of places apart ("two places behind") is an offset, read elsewhere, not a count."""

from __future__ import annotations

from bot.language.features import Features

MAX_NEIGHBOURS = 9


def neighbour_count(f: Features) -> tuple[int, int] | None:
    """(count, side) when the clause asks for several cities on one side of one city; side is +1 for after,
    -1 for before."""
    items = f.reading.items
    towns = [k for k, it in enumerate(items) if it.kind == "city"]
    if len(towns) != 1 or f.offset is not None or f.positions or f.spans:
        return None
    town = towns[0]
    # "排在伦敦前两位": a city, the word for "before / top" and a number right after it, asked who
    if town + 2 < len(items) and "top_word" in items[town + 1].cues and items[town + 2].kind == "number" and \
            _cjk(items[town + 1].key) and f.has("who", "which") and 1 < items[town + 2].value <= MAX_NEIGHBOURS:
        return items[town + 2].value, -1
    up = any(it.cues & {"before", "previous"} and not it.cues & {"after", "next"} for it in items)
    down = any(it.cues & {"after", "next"} and not it.cues & {"before", "previous"} for it in items)
    if up == down:
        return None
    side = -1 if up else 1
    if len(f.counts) == 1 and not f.counted_tops and not f.list_counts and f.has("cities_word"):
        n = f.counts[0]  # "the 2 cities after Beijing", "伦敦后面的两个城市"
    elif f.has("next", "previous") and len(f.numbers) == 1 and not f.counts:
        n = f.numbers[0]  # "the next two after Seattle"
    else:
        return None
    return (n, side) if 1 < n <= MAX_NEIGHBOURS else None


def _cjk(key: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in key)
