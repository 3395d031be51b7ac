"""The role of each number in a clause: a count ("top 3"), a position ("3rd", "number 3"), a range
("4 to 7"), the places between two positions, a distance in places ("two places behind"), a count from
the bottom ("bottom three"), or just a number; a count is attached to the list it stands next to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.language.entities import Item
from bot.language.sides import (
    DIRECTION_CUES,
    PLACES_BEFORE,
    after_position,
    direction_beside,
    from_the_bottom,
    negated_count,
    subject_first,
)

if TYPE_CHECKING:
    from bot.language.features import Features

POSITION_BEFORE = frozenset({"number", "no", "#", "rank", "ranked", "place", "placed", "position", "spot",
                             "ranking", "at", "名", "位"})
COUNT_CUES = frozenset({"top_word", "best", "first_word"})


def prev_item(items: list[Item], k: int) -> Item | None:
    j = k - 1
    while j >= 0 and items[j].kind == "filler" and not items[j].cues and items[j].key not in _KEEP:
        j -= 1
    return items[j] if j >= 0 else None


def next_item(items: list[Item], k: int) -> Item | None:
    j = k + 1
    while j < len(items) and items[j].kind == "filler" and not items[j].cues and items[j].key not in _KEEP:
        j += 1
    return items[j] if j < len(items) else None


_KEEP = frozenset({"of", "the", "all", "and", "和", "与", "名", "位", "第", "前", "number", "no", "rank", "place",
                   "position", "spot"})  # fillers that give a number its role


def read_numbers(f: Features, items: list[Item], used: set[int], evaluated: int) -> None:
    percents: set[int] = set()
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind not in ("number", "ordinal"):
            k += 1
            continue
        value = it.value
        prev, nxt = prev_item(items, k), next_item(items, k)
        if nxt is not None and nxt.key in ("%", "percent", "per cent", "pct"):  # "at 3%", "40 percent": a share
            percents.add(items.index(nxt))
            f.percent = value
            k += 1
            continue
        if nxt is not None and nxt.key == "成" and it.kind == "number" and 0 < value <= 10:  # "三成": 30 %
            f.percent = value * 10
            k = items.index(nxt) + 1
            continue
        nxt_index = items.index(nxt) if nxt is not None else len(items)
        after_next = next_item(items, nxt_index) if nxt is not None else None
        # a range: "4 to 7", "第4到第7", "第8名到第10名", "places 9-12"
        to = nxt
        if to is not None and "places" in to.cues and "range_to" not in to.cues:
            to = next_item(items, items.index(to))
        end = next_item(items, items.index(to)) if to is not None else None
        if end is not None and end.key in POSITION_BEFORE and end.kind not in ("number", "ordinal"):
            end = next_item(items, items.index(end))  # "#7 to #10", "no. 7 to no. 10"
        if to is not None and "range_to" in to.cues and end is not None and end.kind in ("number", "ordinal"):
            f.spans.append((value, end.value))
            k = items.index(end) + 1
            continue
        below_it = nxt is not None and nxt.key == "and" and after_next is not None and after_next.cues & {
            "after", "worse"} and next_item(items, items.index(after_next)) is None  # "8th and below" (at the end)
        if nxt is not None and ("onwards" in nxt.cues or below_it) and value > 0 and evaluated and not (
                prev is not None and prev.cues & COUNT_CUES):  # "8th onwards" (not "top 3 and below")
            f.spans.append((value, max(value, evaluated)))
            k = (items.index(after_next) if below_it and after_next is not None else nxt_index) + 1
            continue
        # "between 5th and 9th": the places strictly between
        after_pair = next_item(items, items.index(after_next)) if after_next is not None else None
        if nxt is not None and nxt.key in ("and", "和", "与") and after_next is not None and after_next.kind in (
                "number", "ordinal") and ((prev is not None and "between" in prev.cues) or (
                after_pair is not None and "between" in after_pair.cues)):  # "第五和第九之间"
            f.between_positions = (value, after_next.value)
            k = items.index(after_next) + 1
            continue
        # "two places behind", "three spots higher", "one place above"; "高一名", "领先它一名", "以一名之差领先"
        way = direction_beside(items, k, after_next) if nxt is not None and "places" in nxt.cues and \
            it.kind == "number" and not (prev is not None and "top_word" in prev.cues) else None
        if way is not None:
            sign = -1 if way.cues & {"before", "better"} and "after" not in way.cues else 1
            f.offset = -sign * value if subject_first(items, items.index(way)) else sign * value
            k = nxt_index + 1
            continue
        if it.kind == "number" and ((prev is not None and "bottom" in prev.cues)  # "bottom three", "最后三名"
                                    or _bottom_after(items, k)):  # "the three at the bottom of the top ten"
            f.bottom = value
        elif it.kind == "ordinal" and value == -1 and nxt is not None and nxt.kind == "number":  # "last 3"
            f.bottom = nxt.value
            k = nxt_index + 1
            continue
        elif it.kind == "ordinal":
            if nxt is not None and nxt.kind == "number" and "first_word" in it.cues | (prev.cues if prev else set()):
                f.counts.append(nxt.value)  # "first 3"
                k = nxt_index + 1
                continue
            tail = from_the_bottom(items, k) if value > 0 else 0
            from_end = value > 0 and (prev is not None and "bottom" in prev.cues and "top_word" not in prev.cues)
            f.positions.append(-value if from_end or tail else value)  # "倒数第二", "second from the bottom": -2
            if tail:
                k = tail + 1
                continue
        elif value == evaluated and evaluated and (
                (nxt is not None and nxt.cues & {"cities_word", "evaluated"}) or
                (prev is not None and (prev.key in ("the", "of", "all", "entire", "whole") or "full" in prev.cues))):
            f.evaluated_universe = True
        elif prev is not None and (prev.cues & COUNT_CUES or prev.key in ("前", "top")) and \
                not (prev.cues & {"worst"}):
            f.counts.append(value)
            f.count_at = f.count_at if f.count_at is not None else k
            _attach_count(f, items, k, value)
            if negated_count(items, items.index(prev)):
                f.negated_counts.append(value)
            elif negated_count(items, items.index(prev), {"after"}) or _after_follows(items, k):
                f.after_counts.append(value)
            if "top_word" in prev.cues:  # "top 10" is a count, not a superlative
                f.counted_tops.add(items.index(prev))
        elif nxt is not None and nxt.cues & {"best", "top_after"} and "top_word" not in nxt.cues:  # "the 3 best",
            # "十强"
            f.counts.append(value)
            f.count_at = f.count_at if f.count_at is not None else k
        elif prev is not None and (prev.key in POSITION_BEFORE or prev.key.split()[-1:] == ["number"]
                                   or prev.key in PLACES_BEFORE):
            f.positions.append(value)
        elif prev is not None and f.positions and (prev.kind == "number" or prev.key in ("and", "or", "和", "与") or (
                prev.kind == "ordinal" and not it.key.isalpha())) and after_position(items, k, f.positions) and not (
                nxt is not None and "cities_word" in nxt.cues):  # (not "the third one")
            f.positions.append(value)  # "places 3, 4 and 5", "第4、5、6名"
        elif prev is not None and prev.cues & DIRECTION_CUES and not prev.cues & {"top_word", "bottom", "next"} and \
                it.kind == "number" and not (nxt is not None and nxt.cues & {"cities_word", "places"}):
            f.positions.append(value)  # "ranked below 5", "above 3": a place, not a count
        elif nxt is not None and nxt.cues & {"cities_word"}:
            f.counts.append(value)  # "3 cities"
        elif nxt is not None and nxt.cues & {"places"} and prev is not None and "places" in prev.cues:
            f.numbers.append(value)
        elif nxt is not None and nxt.key in ("place", "spot", "position") and it.kind == "number":
            f.positions.append(value)  # "7 place"
        else:
            f.numbers.append(value)
        k += 1
    if percents and all(i in percents for i, it in enumerate(items) if "share" in it.cues):
        f.cues.discard("share")  # "my phone is at 3%": a number with its sign, not a question of shares
    if f.evaluated_universe or ("evaluated" in f.cues and "how_many" in f.cues):
        f.evaluated_universe = f.evaluated_universe or bool(f.places)


_BREAKS = (["and"], ["or"], ["but"], ["和"], ["或"], ["但"], ["但", "是"], ["而"], ["却"], ["与"])


def _attach_count(f: Features, items: list[Item], k: int, value: int) -> None:
    """A count next to a list ("the education top 3", "top 3 in education") belongs to it; one next to
    none ("in the top 10 but not the education top 3") is of the main list."""
    for step in (-1, 1):  # the list just before ("education top 3"), else just after ("top 3 in education")
        seen, j = 0, k
        while seen < 3:  # up to three words on, "the" not counted after it: "top 3 cities in the education …"
            j += step
            if not 0 <= j < len(items):
                break
            it = items[j]
            if step == 1 and it.kind == "filler" and not it.cues:
                continue
            seen += 1
            if it.kind == "list":
                if it.value not in f.list_counts and not (step == 1 and _own_count_follows(items, j)):
                    f.list_counts[it.value] = value
                    return
                break
            if it.kind in ("number", "city", "place") or it.key.split()[:1] in _BREAKS or \
                    it.cues & {"miss", "not", "outside"}:
                break
    f.free_counts.append((k, value))



def _own_count_follows(items: list[Item], j: int) -> bool:
    """The list at j has its own top N after it ("top 10 cities in the education top 3": 3 is education's)."""
    nxt = [it for it in items[j + 1:j + 4] if it.kind != "filler" or it.cues]
    return bool(nxt) and (nxt[0].kind == "number" or (
        "top_word" in nxt[0].cues and len(nxt) > 1 and nxt[1].kind == "number"))


def _after_follows(items: list[Item], k: int) -> bool:
    """"前三名之后", "前五名以后": a word of "after" follows the count (its "名" aside)."""
    j = k + 1
    while j < len(items) and (items[j].kind == "filler" or "places" in items[j].cues) and j <= k + 2:
        j += 1
    return j < len(items) and "after" in items[j].cues and not items[j].cues & {"before", "bottom"} and \
        not items[j].key.isascii()  # a Chinese postposition; "the top 10 after the top 5" says the 5


def _bottom_after(items: list[Item], k: int) -> bool:
    """A count followed by where it is taken from: "the three at the bottom", "the 3 at the end"."""
    j = k + 1
    while j < len(items) and (items[j].kind == "filler" or items[j].cues == {"in_word"}):
        j += 1
    return j < len(items) and "bottom" in items[j].cues and "top_word" not in items[j].cues
