"""What one clause contains, read off its items: the cities, lists and places it names (with
"not"/"outside" where they apply), its numbers in their roles (a count, a position, a range, a
distance in places), the years it mentions and the cue classes it uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.language.entities import Reading
from bot.language.items import Item
from bot.language.negation import denied_place, excluded_place, joined, left_out_after, negated_list
from bot.language.number_roles import read_numbers
from bot.language.sides import excluded_city
from bot.language.unread import unread_words
from bot.query import CityRef, PlaceRef

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
    none_of: bool = False  # "no Chinese city in the sci-tech top 3?": whether there is none of the place
    rank_again: bool = False  # "有具体排名吗" after a question about cities: their ranks, not a yes or no
    percent: int | None = None  # "is 40% of the top 10 asian?", "占三成吗": a share said, to be checked
    by_pronoun: bool = False  # its city is what "it" referred to

    def has(self, *cues: str) -> bool:
        return not self.cues.isdisjoint(cues)

    @property
    def count_before_place(self) -> bool:
        """"top 3 Chinese cities", "top 3 cities in asia": the count is of the place's cities."""
        items = self.reading.items
        places = [k for k, it in enumerate(items) if it.kind == "place"]
        if self.count_at is None or not places or self.has("which"):
            return False
        if self.count_at > places[0]:
            return self._place_before_top()
        between = [it for it in items[self.count_at + 1:places[0]] if it.kind != "filler"
                   and not it.cues & {"cities_word", "city_word", "in_word", "places", "outside", "best"}]
        later_top = any("top_word" in it.cues for it in items[places[0]:])
        own_list_top = len(self.counts) >= 2 and self.counts[0] not in self.list_counts.values()  # "top 3 chinese
        return not between and (not later_top or own_list_top)  # cities in the overall top 10": 3 of the place

    def _place_before_top(self) -> bool:
        """"美国以外的前三名", "亚洲城市前三": the top N said right after the place is of the place's cities
        (not "前十名中的中国城市", "中国城市在前五吗")."""
        items = self.reading.items
        top = self.count_at - 1
        if top < 1 or items[top].key not in ("前", "头"):
            return False
        place = max(k for k, it in enumerate(items[:top]) if it.kind == "place") if any(
            it.kind == "place" for it in items[:top]) else -1
        between = items[place + 1:top]
        return place >= 0 and all(it.kind == "filler" or it.key in ("以 外", "之 外", "外")
                                  or it.cues & {"cities_word", "city_word", "rank"} for it in between)

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
                          "continents", "made", "compiler", "when", "measure", "second_level", "growth", "strength",
                          "findings", "recommend", "title", "index_word", "report_word", "evaluated", "edition",
                          "last_year", "this_year", "next_year", "change", "source", "score", "top_word", "first_word",
                          "named", "edge", "list_word", "both_sides", "outrank", "first_half", "second_half"})


def features(reading: Reading, text: str, cities_evaluated: int = 0,
             lead_ins: frozenset[str] = frozenset()) -> Features:
    f = Features(reading, text)
    items = reading.items
    stripped = text.rstrip()
    f.ends_with_question_mark = stripped.endswith(("?", "？"))
    f.zh_question = any(mark in text for mark in ZH_QUESTION_MARKS) or _a_not_a(reading) or done_or_not(
        [t.key for t in reading.tokens])
    opening = [it for it in items if it.key not in lead_ins and it.kind != "word"]
    colon = reading.text.find(":")
    if 0 < colon < 30:  # "the bet: is beijing in the top 3?", "quick q: …": the question starts after the colon
        opening = [it for it in opening if reading.tokens[it.start].start > colon] or opening
    if opening:  # "so we had ..." is a statement, "so where does ..." a question: the first real word says
        f.first_cues = set(opening[0].cues)
        if opening[0].cues & {"followup"} and len(opening) > 1:  # "and who ...", "what about ..."
            f.first_cues |= opening[1].cues
    used: set[int] = set()
    left_out = False
    for k, it in enumerate(items):
        f.cues |= it.cues
        if it.kind == "city":  # "除了波士顿和伦敦": both left out
            left_out = excluded_city(items, k) or (left_out and joined(items, k))
            if not left_out and _counted_in(items, k):
                continue  # "chinese cities in the top 10, hk included": inside the place asked about, not asked of
            (f.excluded_cities if left_out else f.cities).append(CityRef(it.text, id=it.value, fuzzy=it.fuzzy))
        elif it.kind == "world":
            f.cities.append(CityRef(it.text, world=tuple(it.value)))
        elif it.kind == "unknown":
            f.cities.append(CityRef(it.text))
        elif it.kind == "list":
            if it.value not in f.lists:
                f.lists.append(it.value)
            if negated_list(items, k) and it.value not in f.negated_lists:
                f.negated_lists.append(it.value)
        elif it.kind == "place":
            kind, pid = it.value
            excluded = excluded_place(items, k) or (bool(f.places) and f.places[-1].exclude and joined(items, k))
            if excluded and denied_place(items, k) and not f.places:
                excluded, f.none_of = False, True
            place = PlaceRef(kind, pid, exclude=excluded)
            if excluded and f.places and not f.places[-1].exclude and joined(items, k) and left_out_after(items, k):
                f.places[-1] = PlaceRef(f.places[-1].kind, f.places[-1].id, exclude=True)  # "中国和美国以外"
            if place not in f.places:
                f.places.append(place)
        elif it.kind == "year":
            f.years.append(it.value)
    read_numbers(f, items, used, cities_evaluated)
    f.unread, f.unparsed = unread_words(reading)
    f.indirect = any(it.cues & INDIRECT_CUES and any(p.key in ASKING for p in items[max(0, k - 3):k])
                     for k, it in enumerate(items))
    if f.counted_tops:  # "in the top 10": no superlative unless another word says one
        f.cues = set().union(*(it.cues - {"best", "better", "first_word"} if k in f.counted_tops else it.cues
                               for k, it in enumerate(items)))
    return f




def done_or_not(words: list[str]) -> bool:
    """"东京进前十了没有", "它进了人才前十没", "入咗前十未": done, or not yet?"""
    joined = "".join(words)
    done = any(mark in joined for mark in ("了", "过", "過", "咗"))
    return done and joined.endswith(("没", "沒", "没有", "沒有", "未"))


def _counted_in(items: list[Item], k: int) -> bool:
    """The city at k is said to be counted in a place the clause asks about: "hk included", "counting HK",
    "包括香港"."""
    beside = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items)]
    return any("including" in it.cues for it in beside) and any(it.kind == "place" for it in items[:k])


def _a_not_a(reading: Reading) -> bool:
    """Chinese "A不A" / "A没A" questions: 在不在, 进没进, 是不是, 有没有."""
    keys = [t.key for t in reading.tokens]
    return any(keys[i] == keys[i + 2] and keys[i + 1] in ("不", "没") for i in range(len(keys) - 2))

