"""What a clause leaves out or denies: a list it is not in ("not in the talent top 10"), a place
it excludes ("outside the US", "美国以外"), and places joined by "and"/"or" under one "outside".
"""

from __future__ import annotations

from bot.language.entities import Item
from bot.language.number_roles import next_item, prev_item
from bot.language.unread import LIST_JOINS


def negated_list(items: list[Item], k: int) -> bool:
    """"not in the talent top 10", "miss the overall top 10", "不在人才前十", "minus the talent top 10"."""
    for j in range(k - 1, max(-1, k - 5), -1):
        it = items[j]
        if it.kind in ("list", "city", "place"):
            return False
        a_not_a = 0 < j < len(items) - 1 and items[j - 1].key == items[j + 1].key  # "是不是都在": a question
        outside = "outside" in it.cues and it.key not in OUTSIDE_AFTER  # "minus the talent top 10" (not "美国以外")
        if it.cues & {"miss"} or ((outside or "not" in it.cues) and not it.cues & {"yes_no_start"} and not a_not_a):
            return True
    return False


def excluded_place(items: list[Item], k: int) -> bool:
    """"outside the US", "non-American", "not Chinese", "美国以外", "除了中国", "outside both the US and China"."""
    for j in range(k - 1, max(-1, k - 4), -1):
        it = items[j]
        if it.kind in ("list", "city", "place", "number", "ordinal") or it.key in OUTSIDE_AFTER:
            break  # "除了北京以外的中国城市": "以外" closes what came before it
        if j < k - 2 and not (it.cues & {"outside", "not"} or items[j + 1].cues & {"both", "or"}):
            break  # a third word back only through "both" / "either": "outside both the US and China"
        if it.cues & {"outside", "not"} and not it.cues & {"yes_no_start"} and not _asks_a_not_a(items, j):
            return True
    return left_out_after(items, k)


def denied_place(items: list[Item], k: int) -> bool:
    """"no Chinese city made the top 3", "科创前三里没有中国城市": none of the place, not the cities outside it."""
    prev = prev_item(items, k)
    if prev is not None and prev.key in ("a", "一 个", "一 個", "任 何", "any"):
        prev = prev_item(items, items.index(prev))
    return prev is not None and "none_word" in prev.cues


def left_out_after(items: list[Item], k: int) -> bool:
    """The place at k is left out by a word said after it: "美国以外", "中国之外"."""
    nxt = next_item(items, k)
    return nxt is not None and nxt.key in OUTSIDE_AFTER


def _asks_a_not_a(items: list[Item], j: int) -> bool:
    """The 不 of "是不是", "在不在", "算不算": a yes/no question, not a "not" ("西雅图是不是美国城市里排最后的")."""
    if j > 0 and items[j].key.startswith(("不 ", "没 ")) and items[j - 1].key == items[j].key[2:]:
        return True  # "算 | 不 算": the phrase "不算" (not counting) after its own verb
    return 0 < j < len(items) - 1 and items[j - 1].key == items[j + 1].key


OUTSIDE_AFTER = ("以 外", "之 外", "外")  # "美国以外": said after what is left out
PLACE_JOINS = LIST_JOINS | {"nor"}


def joined(items: list[Item], k: int) -> bool:
    """The place at k is joined to the one before by "and"/"or" ("outside the US and China", "outside China and
    the US")."""
    prev = prev_item(items, k)
    return prev is not None and (prev.key.split(" ")[0] in PLACE_JOINS or "or" in prev.cues)

