"""Words of side, order and leaving out, read around a clause's numbers and cities: which way a number of
places goes ("two places behind", "领先它一名"), whether the city is the subject of the comparison ("it beats
… by one spot"), places counted from the end ("second from the bottom"), a top N or a city left out ("miss the
top 5", "except Boston", "除了波士顿")."""

from __future__ import annotations

from bot.language.entities import Item

PLACES_BEFORE = frozenset({"places", "spots", "positions", "ranks"})  # "places 3, 4 and 5", "ranks 9 and 10"


def from_the_bottom(items: list[Item], k: int) -> int:
    """"second from the bottom", "third from last": an ordinal counted from the end (the index of its last word)."""
    if not any(it.key == "from" for it in items[k + 1:k + 3]):
        return 0
    return next((j for j in range(k + 2, min(len(items), k + 4))
                 if items[j].cues & {"bottom"} or (items[j].kind == "ordinal" and items[j].value == -1)), 0)


def after_position(items: list[Item], k: int, positions: list[int]) -> bool:
    """The number at k follows a position, with only "and" or a comma between: "places 3, 4 and 5"."""
    j = k - 1
    while j >= 0 and (items[j].kind == "filler" or items[j].key in ("and", "or", "和", "与")):
        j -= 1
    return j >= 0 and items[j].kind in ("number", "ordinal") and items[j].value in positions


DIRECTION_CUES = frozenset({"after", "before", "better", "worse"})


def direction_beside(items: list[Item], k: int, after_next: Item | None) -> Item | None:
    """The word that says which way a number of places goes: after them ("two places behind"), or just
    before the number, perhaps across the city ("高一名", "领先它一名"); never the "top" of a count."""
    if after_next is not None and after_next.cues & DIRECTION_CUES:
        return after_next
    j = k - 1
    while j >= 0 and ((items[j].kind == "filler" and not items[j].cues) or items[j].kind in ("city", "world")
                      or "pronoun" in items[j].cues) and j >= k - 3:
        j -= 1
    if j >= 0 and items[j].cues & DIRECTION_CUES and not items[j].cues & {"top_word", "bottom"}:
        return items[j]
    return None


def subject_first(items: list[Item], way: int) -> bool:
    """The city is the subject of the word of comparison at `way` ("it beats … by one spot", "London is two
    places behind which city?"), so the places go the other way; not when "比" marks it ("比洛杉矶高一名")."""
    here = next((k for k, it in enumerate(items) if it.kind == "city" or "pronoun" in it.cues), None)
    if here is None or here > way or not items[way].cues & {"better", "worse"}:
        return False  # "上海前面一位", "Tokyo下面": a place beside the city, not what it does
    return not any("outrank" in it.cues and not it.cues & DIRECTION_CUES for it in items[:here])


def negated_count(items: list[Item], k: int, cues: frozenset[str] | set[str] = frozenset({"miss", "outside"})) -> bool:
    """The top N whose "top" is items[k] is left out: "miss the top 5", "minus the top 3", "除了前三名", "没进前五"
    (with `cues` {"after"}: "after the top 5")."""
    for j in range(k - 1, max(-1, k - 5), -1):
        it = items[j]
        if it.kind in ("list", "city", "place", "number", "ordinal"):
            return False
        if it.key in ("以 外", "之 外", "外") and j > 0 and items[j - 1].kind in ("place", "city", "list"):
            return False  # "美国以外的前三名": "以外" closes the place before it, not the top 3 after it
        if "after" in cues:
            if it.cues & cues and not it.cues & {"before"}:
                return True
            continue
        if it.cues & cues or (it.cues & {"not"} and not it.cues & {"yes_no_start"}):
            return True
    return False


def excluded_city(items: list[Item], k: int) -> bool:
    """"except Boston", "besides London", "apart from Tokyo", "除了波士顿", "波士顿以外": a city left out."""
    for j in range(k - 1, max(-1, k - 3), -1):
        it = items[j]
        if it.kind in ("list", "city", "place", "number", "ordinal"):
            break
        if "outside" in it.cues and "yes_no_start" not in it.cues and it.key.split()[:2] != ["not", "in"]:
            return True  # "outside Beijing" leaves it out; "not in Beijing" does not
    nxt = next((it for it in items[k + 1:] if it.kind != "filler" or it.cues), None)
    return bool(nxt is not None and nxt.key in ("以 外", "之 外"))
