"""What one clause contains, read off its items: the cities, lists and places it names (with
"not"/"outside" where they apply), its numbers in their roles (a count, a position, a range, a
distance in places), the years it mentions and the cue classes it uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.language.entities import Item, Reading
from bot.language.sides import (
    PLACES_BEFORE,
    after_position,
    direction_beside,
    excluded_city,
    from_the_bottom,
    negated_count,
    subject_first,
)
from bot.query import CityRef, PlaceRef

POSITION_BEFORE = frozenset({"number", "no", "#", "rank", "ranked", "place", "placed", "position", "spot",
                             "ranking", "at", "名", "位"})
COUNT_CUES = frozenset({"top_word", "best", "first_word"})
QUESTION_WORD_CUES = frozenset({"who", "which", "where", "when", "how_many", "rank", "yes_no_start", "request",
                                "followup", "profile", "compare", "whether"})
ZH_QUESTION_MARKS = ("吗", "么", "呢", "几", "谁", "哪", "什么", "多少", "是否", "有没有", "怎么", "如何", "是不是",
                     "嘛", "啥", "时候")
ASKING = frozenset({"asked", "ask", "asks", "asking", "wonder", "wonders", "wondering", "wondered", "know", "knows",
                    "curious", "idea", "tell", "figure", "question"})  # before "who/where/when ...": a question told
INDIRECT_CUES = frozenset({"who", "which", "where", "when", "how_many", "whether"})


@dataclass
class Features:
    reading: Reading
    text: str
    cities: list[CityRef] = field(default_factory=list)
    excluded_cities: list[CityRef] = field(default_factory=list)  # "except Boston", "除了波士顿": left out, not asked
    lists: list[str] = field(default_factory=list)
    negated_lists: list[str] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    between_positions: tuple[int, int] | None = None
    bottom: int | None = None
    offset: int | None = None  # places after (+) or before (-), when a number of places is said
    numbers: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    first_cues: set[str] = field(default_factory=set)  # cues of the first meaningful item
    ends_with_question_mark: bool = False
    zh_question: bool = False
    evaluated_universe: bool = False
    list_counts: dict[str, int] = field(default_factory=dict)
    count_at: int | None = None  # the item index of the first count
    free_counts: list[tuple[int, int]] = field(default_factory=list)  # (item index, n) of counts of no list
    negated_counts: list[int] = field(default_factory=list)  # "miss the top 5", "minus the top 3", "没进前五"
    after_counts: list[int] = field(default_factory=list)  # "after the top 5", "the rest of the top 10 after the top 3"
    counted_tops: set[int] = field(default_factory=set)  # "top" items that only introduce a count
    unread: list[str] = field(default_factory=list)  # words where a list's name stands that name none ("healthcare")
    unparsed: list[str] = field(default_factory=list)  # every run of words no phrase matched ("runner-up")
    indirect: bool = False  # a question told, not asked: "(she) asked me who made it", "wondering where X is"
    continued: bool = False  # filled in from the question before (a follow-up fragment)
    by_pronoun: bool = False  # its city is what "it" referred to

    def has(self, *cues: str) -> bool:
        return not self.cues.isdisjoint(cues)

    @property
    def count_before_place(self) -> bool:
        """"top 3 Chinese cities", "top 3 cities in asia": the count is of the place's cities."""
        items = self.reading.items
        places = [k for k, it in enumerate(items) if it.kind == "place"]
        if self.count_at is None or not places or self.count_at > places[0] or self.has("which"):
            return False
        between = [it for it in items[self.count_at + 1:places[0]] if it.kind != "filler"
                   and not it.cues & {"cities_word", "city_word", "in_word", "places"}]
        return not between and not any("top_word" in it.cues for it in items[places[0]:])

    @property
    def place_first(self) -> bool:
        """A place is named before any list or count ("are all US cities in the top 5?")."""
        kinds = [it.kind for it in self.reading.items if it.kind in ("place", "list", "number")]
        return bool(kinds) and kinds[0] == "place"

    @property
    def known_cities(self) -> list[CityRef]:
        return [c for c in self.cities if c.id]

    @property
    def content(self) -> bool:
        """Anything about the report: a city, list, place, position, count or report cue."""
        return bool(self.cities or self.lists or self.places or self.counts or self.positions or self.spans
                    or self.bottom or self.years or self.cues & CONTENT_CUES)

    @property
    def question_core(self) -> bool:
        return (self.ends_with_question_mark or self.zh_question or bool(self.first_cues & QUESTION_WORD_CUES)
                or self.has("whether", "verify", "request") or self.indirect)


CONTENT_CUES = frozenset({"rank", "profile", "best", "worst", "after", "before", "next", "previous", "between",
                          "distance", "compare", "better", "worse", "how_many", "share", "average", "countries",
                          "continents", "made", "compiler", "when", "measure", "second_level", "growth", "findings",
                          "recommend", "title", "index_word", "report_word", "evaluated", "edition", "last_year",
                          "this_year", "next_year", "change", "source", "score", "top_word", "first_word", "named",
                          "edge", "list_word", "both_sides", "outrank", "first_half", "second_half"})


def features(reading: Reading, text: str, cities_evaluated: int = 0,
             lead_ins: frozenset[str] = frozenset()) -> Features:
    f = Features(reading, text)
    items = reading.items
    stripped = text.rstrip()
    f.ends_with_question_mark = stripped.endswith(("?", "？"))
    f.zh_question = any(mark in text for mark in ZH_QUESTION_MARKS) or _a_not_a(reading)
    opening = [it for it in items if it.key not in lead_ins and it.kind != "word"]
    if opening:  # "so we had ..." is a statement, "so where does ..." a question: the first real word says
        f.first_cues = set(opening[0].cues)
        if opening[0].cues & {"followup"} and len(opening) > 1:  # "and who ...", "what about ..."
            f.first_cues |= opening[1].cues
    used: set[int] = set()
    left_out = False
    for k, it in enumerate(items):
        f.cues |= it.cues
        if it.kind == "city":  # "除了波士顿和伦敦": both left out
            left_out = excluded_city(items, k) or (left_out and _joined(items, k))
            (f.excluded_cities if left_out else f.cities).append(CityRef(it.text, id=it.value, fuzzy=it.fuzzy))
        elif it.kind == "world":
            f.cities.append(CityRef(it.text, world=tuple(it.value)))
        elif it.kind == "unknown":
            f.cities.append(CityRef(it.text))
        elif it.kind == "list":
            if it.value not in f.lists:
                f.lists.append(it.value)
            if _negated_list(items, k) and it.value not in f.negated_lists:
                f.negated_lists.append(it.value)
        elif it.kind == "place":
            kind, pid = it.value
            excluded = _excluded_place(items, k) or (bool(f.places) and f.places[-1].exclude and _joined(items, k))
            place = PlaceRef(kind, pid, exclude=excluded)
            if place not in f.places:
                f.places.append(place)
        elif it.kind == "year":
            f.years.append(it.value)
    _numbers(f, items, used, cities_evaluated)
    f.unread, f.unparsed = _unread(reading)
    f.indirect = any(it.cues & INDIRECT_CUES and any(p.key in ASKING for p in items[max(0, k - 3):k])
                     for k, it in enumerate(items))
    if f.counted_tops:  # "in the top 10": no superlative unless another word says one
        f.cues = set().union(*(it.cues - {"best", "better", "first_word"} if k in f.counted_tops else it.cues
                               for k, it in enumerate(items)))
    return f


TOPIC_BEFORE = frozenset({"in", "for", "at", "on", "by", "regarding", "in terms of", "when it comes to", "在", "于"})
TOPIC_AFTER = frozenset({"top_word", "rank", "list_word", "measure"})
TOPIC_AFTER_ZH = frozenset({"方 面", "领 域", "方面", "领域"})


def _unread(reading: Reading) -> tuple[list[str], list[str]]:
    """Words no phrase matched: those standing where a list's name stands ("top 3 in healthcare", "best
    for nightlife", "finance ranking", "上海金融排第几": a ranking the report does not have), and all."""
    items = reading.items
    out: list[str] = []
    every: list[str] = []
    k = 0
    while k < len(items):
        if items[k].kind != "word":
            k += 1
            continue
        j = k
        while j < len(items) and items[j].kind == "word":
            j += 1
        cjk = reading.tokens[items[k].start].cjk
        words = [t.raw for t in reading.tokens[items[k].start:items[j - 1].end]]  # as typed: "醫療", "AI"
        text = "".join(words) if cjk else " ".join(words)
        before = items[k - 1] if k > 0 else None
        after = items[j] if j < len(items) else None
        if cjk:  # "医疗前三名", "在医疗方面", "金融排第几" (and not "进入前十": the word before a top is its first)
            in_slot = after is not None and (
                after.key in TOPIC_AFTER_ZH or bool(after.cues & {"rank", "list_word"})
                or ("top_word" in after.cues and (before is None or before.key in TOPIC_BEFORE)))
        else:
            in_slot = (before is not None and (before.key in TOPIC_BEFORE or "in_word" in before.cues)) or (
                after is not None and bool(after.cues & TOPIC_AFTER))
        long_enough = len(text) >= 2 and (cjk or text.replace(" ", "").isalpha())
        if in_slot and long_enough:
            out.append(text)
        if long_enough and _beside_a_fact(items, k, j):
            every.append(text)
        k = j
    if sum(it.kind != "filler" for it in items) > SHORT_CLAUSE:
        every = []  # a long, chatty clause: its other words are talk, not conditions on the question
    return out, every


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


def _prev(items: list[Item], k: int) -> Item | None:
    j = k - 1
    while j >= 0 and items[j].kind == "filler" and not items[j].cues and items[j].key not in _KEEP:
        j -= 1
    return items[j] if j >= 0 else None


def _next(items: list[Item], k: int) -> Item | None:
    j = k + 1
    while j < len(items) and items[j].kind == "filler" and not items[j].cues and items[j].key not in _KEEP:
        j += 1
    return items[j] if j < len(items) else None


_KEEP = frozenset({"of", "the", "all", "and", "和", "与", "名", "位", "第", "前", "number", "no", "rank", "place",
                   "position", "spot"})  # fillers that give a number its role


def _numbers(f: Features, items: list[Item], used: set[int], evaluated: int) -> None:
    percents: set[int] = set()
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind not in ("number", "ordinal"):
            k += 1
            continue
        value = it.value
        prev, nxt = _prev(items, k), _next(items, k)
        if nxt is not None and nxt.key in ("%", "percent", "per cent", "pct"):  # "at 3%", "40 percent": a share
            percents.add(items.index(nxt))
            k += 1
            continue
        nxt_index = items.index(nxt) if nxt is not None else len(items)
        after_next = _next(items, nxt_index) if nxt is not None else None
        # a range: "4 to 7", "第4到第7", "第8名到第10名", "places 9-12"
        to = nxt
        if to is not None and "places" in to.cues and "range_to" not in to.cues:
            to = _next(items, items.index(to))
        end = _next(items, items.index(to)) if to is not None else None
        if end is not None and end.key in POSITION_BEFORE and end.kind not in ("number", "ordinal"):
            end = _next(items, items.index(end))  # "#7 to #10", "no. 7 to no. 10"
        if to is not None and "range_to" in to.cues and end is not None and end.kind in ("number", "ordinal"):
            f.spans.append((value, end.value))
            k = items.index(end) + 1
            continue
        # "between 5th and 9th": the places strictly between
        after_pair = _next(items, items.index(after_next)) if after_next is not None else None
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
        if prev is not None and "bottom" in prev.cues and it.kind == "number":  # "bottom three", "最后三名"
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
        elif nxt is not None and nxt.cues & {"best"} and "top_word" not in nxt.cues:  # "the 3 best"
            f.counts.append(value)
        elif prev is not None and (prev.key in POSITION_BEFORE or prev.key.split()[-1:] == ["number"]
                                   or prev.key in PLACES_BEFORE):
            f.positions.append(value)
        elif prev is not None and f.positions and (prev.kind == "number" or prev.key in ("and", "or", "和", "与")) \
                and after_position(items, k, f.positions):
            f.positions.append(value)  # "places 3, 4 and 5"
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
        for j in range(k + step, k + 4 * step, step):
            if not 0 <= j < len(items):
                break
            it = items[j]
            if it.kind == "list":
                if it.value not in f.list_counts:
                    f.list_counts[it.value] = value
                    return
                break
            if it.kind in ("number", "city", "place") or it.key.split()[:1] in _BREAKS or \
                    it.cues & {"miss", "not", "outside"}:
                break
    f.free_counts.append((k, value))


def _negated_list(items: list[Item], k: int) -> bool:
    """"not in the talent top 10", "miss the overall top 10", "不在人才前十"."""
    for j in range(k - 1, max(-1, k - 5), -1):
        it = items[j]
        if it.kind in ("list", "city", "place"):
            return False
        if it.cues & {"miss"} or (it.cues & {"not"} and not it.cues & {"yes_no_start"}):
            return True
    return False


def _excluded_place(items: list[Item], k: int) -> bool:
    """"outside the US", "non-American", "not Chinese", "美国以外", "除了中国", "outside both the US and China"."""
    for j in range(k - 1, max(-1, k - 4), -1):
        it = items[j]
        if it.kind in ("list", "city", "place", "number", "ordinal") or it.key in OUTSIDE_AFTER:
            break  # "除了北京以外的中国城市": "以外" closes what came before it
        if j < k - 2 and not (it.cues & {"outside", "not"} or items[j + 1].cues & {"both", "or"}):
            break  # a third word back only through "both" / "either": "outside both the US and China"
        if it.cues & {"outside", "not"} and not it.cues & {"yes_no_start"}:
            return True
    nxt = _next(items, k)
    return bool(nxt is not None and nxt.key in OUTSIDE_AFTER)


def _after_follows(items: list[Item], k: int) -> bool:
    """"前三名之后", "前五名以后": a word of "after" follows the count (its "名" aside)."""
    j = k + 1
    while j < len(items) and (items[j].kind == "filler" or "places" in items[j].cues) and j <= k + 2:
        j += 1
    return j < len(items) and "after" in items[j].cues and not items[j].cues & {"before", "bottom"} and \
        not items[j].key.isascii()  # a Chinese postposition; "the top 10 after the top 5" says the 5


OUTSIDE_AFTER = ("以 外", "之 外", "外")  # "美国以外": said after what is left out


def _joined(items: list[Item], k: int) -> bool:
    """The place at k is joined to the one before by "and"/"or" ("outside the US and China")."""
    prev = _prev(items, k)
    return prev is not None and (prev.key in ("and", "or", "和", "或", "与", "nor") or "or" in prev.cues)


def _a_not_a(reading: Reading) -> bool:
    """Chinese "A不A" / "A没A" questions: 在不在, 进没进, 是不是, 有没有."""
    keys = [t.key for t in reading.tokens]
    return any(keys[i] == keys[i + 2] and keys[i + 1] in ("不", "没") for i in range(len(keys) - 2))
