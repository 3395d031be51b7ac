"""Words of a clause no phrase matched: those where a list's name stands ("top 3 in healthcare"),
and, in a short clause, all those next to a fact (which may change what is asked).
"""

from __future__ import annotations

from bot.language.entities import Item, Reading

TOPIC_BEFORE = frozenset({"in", "for", "at", "on", "by", "regarding", "in terms of", "when it comes to", "在", "于",
                          "and in", "and for", "or in", "or for"})  # "first in education and in gastronomy"
TOPIC_AFTER = frozenset({"top_word", "rank", "list_word", "measure"})
TOPIC_AFTER_ZH = frozenset({"方 面", "领 域", "方面", "领域"})


def unread_words(reading: Reading) -> tuple[list[str], list[str]]:
    """Words no phrase matched: those standing where a list's name stands ("top 3 in healthcare", "best
    for nightlife", "finance ranking", "上海金融排第几": a ranking the report does not have), and all."""
    items = reading.items
    out: list[str] = []
    every: list[str] = []
    k = 0
    while k < len(items):
        if items[k].kind != "word" and not _topic_of_no_list(items, k):
            k += 1
            continue
        j = k + 1
        while j < len(items) and items[j].kind == "word":
            j += 1
        cjk = reading.tokens[items[k].start].cjk
        words = [t.raw for t in reading.tokens[items[k].start:items[j - 1].end]]  # as typed: "醫療", "AI"
        text = "".join(words) if cjk else " ".join(words)
        before = items[k - 1] if k > 0 else None
        after = items[j] if j < len(items) else None
        if cjk:  # "医疗前三名", "在医疗方面", "金融排第几" (and not "进入前十": the word before a top is its first)
            in_slot = (after is not None and (
                after.key in TOPIC_AFTER_ZH or bool(after.cues & {"rank", "list_word"})
                or ("top_word" in after.cues and (before is None or before.key in TOPIC_BEFORE)))) or (
                _joined_to_list(items, k))
        else:
            in_slot = (before is not None and (before.key in TOPIC_BEFORE or "in_word" in before.cues)) or (
                after is not None and bool(after.cues & TOPIC_AFTER)) or _joined_to_list(items, k)
        long_enough = len(text) >= 2 and (cjk or text.replace(" ", "").isalpha())
        if in_slot and long_enough:
            out.append(text)
        if long_enough and _beside_a_fact(items, k, j):
            every.append(text)
        k = j
    if sum(it.kind != "filler" for it in items) > SHORT_CLAUSE:
        every = []  # a long, chatty clause: its other words are talk, not conditions on the question
    return out, every


LIST_JOINS = frozenset({"和", "与", "跟", "同", "及", "或", "and", "or"})


def _topic_of_no_list(items: list[Item], k: int) -> bool:
    """A subject the bot knows is not the report's ("food", "weather") said where a list's name stands
    beside a list the report has: "top 3 in edu and in food?"."""
    before = items[k - 1] if k > 0 else None
    return "out_of_scope" in items[k].cues and before is not None and (before.key in TOPIC_BEFORE or _joined_to_list(
        items, k)) and any(it.kind == "list" for it in items)


def _joined_to_list(items: list[Item], k: int) -> bool:
    """"education and food", "教育和美食": joined to a list's name, where another list's name would stand."""
    return k > 1 and items[k - 1].key in LIST_JOINS and items[k - 2].kind == "list"


SHORT_CLAUSE = 8
FACT_CUES = frozenset({"better", "worse", "best", "worst", "first_word", "top_word", "rank", "in_word"})


def _beside_a_fact(items: list[Item], k: int, j: int) -> bool:
    """Whether the words items[k:j] stand next to (fillers aside) a city, list, place, number or a cue of
    rank: where they may change what is asked ("SF edges out Boston", "was London the bronze medallist")."""
    def fact(it: Item) -> bool:
        return it.kind in ("city", "world", "place", "list", "number", "ordinal") or bool(it.cues & FACT_CUES)
    a = k - 1
    while a >= 0 and items[a].kind == "filler":
        a -= 1
    b = j
    while b < len(items) and items[b].kind == "filler":
        b += 1
    return (a >= 0 and fact(items[a])) or (b < len(items) and fact(items[b]))
