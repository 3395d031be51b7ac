"""Reading one clause: its tokens become items — cities (the report's, other real cities, or
names nobody knows), lists, places, numbers, ordinals, years, and cue phrases — by longest
match against the lexicon, then fuzzy names for typos and the gazetteer for real cities.

A word the bot does not know becomes a city's name only where a name can stand (see
`name_slots` in data/language/lexicon.yaml), when it is capitalised, or when it is all the
clause says; anywhere else it is just a word ("who is right behind Beijing" has no city "right").
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from bot.language.lexicon import Lexicon, Meaning
from bot.language.tokens import Token, keys, prepare, tokenize
from index_core.index import Index
from index_core.text import fold

MAX_TOKENS = 120  # words (or Chinese characters) read per clause
FUZZY_MIN = 4  # letters a typo must have to be matched to a name
CITY_CUTOFF = 80.0
LIST_CUTOFF = 80.0
WORLD_SPAN = 3  # longest real-city name looked up, in tokens ("rio de janeiro")
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
CN_UNITS = {"十": 10, "百": 100}
CN_NUMBER_BEFORE = frozenset("前第倒到至")  # "前三", "第八", "倒数第二", "第十一到十五"
CN_NUMBER_AFTER = frozenset("名座个位强大家城成")  # "三座城市", "十名"
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_TEXT: ContextVar[str] = ContextVar("text", default="")  # the clause being read, for `_raw`


@dataclass(frozen=True, slots=True)
class Item:
    """One thing a clause says, over tokens [start, end)."""

    kind: str  # city | world | unknown | list | place | number | ordinal | year | cue | filler | word
    value: Any
    start: int
    end: int
    text: str  # as typed
    key: str = ""  # folded words, space-separated
    cues: frozenset[str] = frozenset()  # the cue classes of the phrase (also for names that are cues)
    fuzzy: bool = False  # a typo was corrected to reach `value`


@dataclass
class Reading:
    tokens: list[Token]
    items: list[Item] = field(default_factory=list)
    text: str = ""  # the prepared text the tokens' offsets point into

    def cue(self, name: str) -> bool:
        return any(name in item.cues for item in self.items)

    def of_kind(self, kind: str) -> list[Item]:
        return [item for item in self.items if item.kind == kind]


class EntityReader:
    def __init__(self, index: Index, lexicon: Lexicon) -> None:
        self.index = index
        self.lex = lexicon
        self._fuzzy_cities = [k for k in lexicon.city_names if len(k) >= FUZZY_MIN and k.isascii()]
        self._cjk_cities = [k for k in lexicon.city_names if k and not k.isascii() and len(k) >= 2]
        self._fuzzy_lists = [k for k in lexicon.list_names if len(k) >= 5 and k.isascii()]
        slots = index.language.get("lexicon", {}).get("name_slots", {})
        self._slot_before = frozenset(" ".join(keys(w)) for w in slots.get("before", []))
        self._slot_after = frozenset(" ".join(keys(w)) for w in slots.get("after", []))
        self._connectors = frozenset(" ".join(keys(w)) for w in slots.get("connectors", []))
        self._near = frozenset(" ".join(keys(w)) for w in slots.get("near", []))
        raw = index.language.get("lexicon", {})
        self._not_cities = frozenset(" ".join(keys(w)) for w in raw.get("not_cities", []))
        self._not_cities |= frozenset("".join(keys(w)) for w in raw.get("not_cities", []))

    def read(self, text: str) -> Reading:
        prepared = prepare(text)
        tokens = self._spelled(tokenize(prepared, MAX_TOKENS))
        words = [t.key for t in tokens]
        reading = Reading(tokens, text=prepared)
        _TEXT.set(prepared)
        i, n = 0, len(words)
        while i < n:
            item = self._number_at(tokens, words, i) or self._cjk_world_at(tokens, words, i) or \
                self._phrase_at(tokens, words, i)
            if item is None:
                item = Item("word", words[i], i, i + 1, tokens[i].raw, words[i])
            reading.items.append(item)
            i = item.end
        reading.items = self._names(reading)
        return reading

    # --- words -----------------------------------------------------------------------------
    def _spelled(self, tokens: list[Token]) -> list[Token]:
        spellings = self.lex.spellings
        if not any(t.key in spellings for t in tokens):
            return tokens
        out: list[Token] = []
        for t in tokens:
            for key in spellings.get(t.key, (t.key,)):
                out.append(Token(t.raw, key, t.capital, t.start, t.end))
        return out

    def _phrase_at(self, tokens: list[Token], words: list[str], i: int) -> Item | None:
        width, meanings = self.lex.longest(words, i)
        if not width:
            return None
        text = _raw(tokens, i, i + width)
        key = " ".join(words[i:i + width])
        cues = frozenset(value for kind, value in meanings if kind == "cue")
        main = _main_meaning(meanings)
        if main is None:
            return Item("cue" if cues else "filler", None, i, i + width, text, key, cues)
        kind, value = main
        if kind == "place" and value == ("country", "US") and words[i] == "us" and not self._us_is_country(tokens, i):
            return Item("filler", "us", i, i + 1, text, key, cues)
        if kind == "place" and value[0] == "country" and not _cities_next(words, i + width):
            world = self.index.world_city(key if tokens[i].cjk is False else "".join(words[i:i + width]))
            if world and world[1] == value[1]:  # a city-state: "is Singapore in the top 10?"
                return Item("world", world, i, i + width, text, key, cues)
        return Item(kind, value, i, i + width, text, key, cues)

    @staticmethod
    def _us_is_country(tokens: list[Token], i: int) -> bool:
        """"US" is the country when written so, or next to "cities", after "in"/"from"/"non"; not "tell us"."""
        raw = tokens[i].raw
        if raw in ("US", "U.S.", "US.") or raw.startswith("US"):
            return True
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        before = tokens[i - 1].key if i else ""
        return after in ("city", "cities", "based", "ones", "cities'") or before in (
            "in", "from", "non", "outside", "the", "any", "of", "than", "american", "versus", "vs")

    def _cjk_world_at(self, tokens: list[Token], words: list[str], i: int) -> Item | None:
        """A real city's Chinese name ("成都", "多伦多", "首尔"), looked up before the phrases: its characters
        may be words of their own ("都", "多")."""
        if not tokens[i].cjk or i + 1 >= len(words) or words[i] + words[i + 1] not in self.index.world_cjk_prefixes:
            return None
        width, _meanings = self.lex.longest(words, i)
        for span in range(min(4, len(words) - i), 1, -1):
            if span <= width:
                return None  # a phrase of the lexicon as long (a report city's name, "中国城市")
            key = "".join(words[i:i + span])
            world = self.index.world_city(key)
            if world:
                own = self.lex.city_names.get(fold(world[0]))
                if own:  # "北京市", "纽约市": the report's city after all
                    return Item("city", own, i, i + span, _raw(tokens, i, i + span), key)
                return Item("world", world, i, i + span, _raw(tokens, i, i + span), key)
        return None

    # --- numbers ---------------------------------------------------------------------------
    def _number_at(self, tokens: list[Token], words: list[str], i: int) -> Item | None:
        word = words[i]
        if word == "第" and i + 1 < len(words):  # 第八, 第8: a position
            value, end = _number_run(words, i + 1)
            if value is not None:
                return Item("ordinal", value, i, end, _raw(tokens, i, end), " ".join(words[i:end]))
            return None
        if word == "minus" and i + 1 < len(words) and words[i + 1].isdecimal():
            return Item("number", -int(words[i + 1][:12]), i, i + 2, _raw(tokens, i, i + 2), f"minus {words[i + 1]}")
        if word.isdecimal():
            value = int(word[:12])
            end = i + 1
            if end < len(words) and words[end] in ORDINAL_SUFFIXES:
                return Item("ordinal", value, i, end + 1, _raw(tokens, i, end + 1), f"{word} {words[end]}")
            if len(word) == 4 and 1990 <= value <= 2100:
                return Item("year", value, i, end, tokens[i].raw, word)
            return Item("number", value, i, end, tokens[i].raw, word)
        if word in CN_DIGITS or word in CN_UNITS:
            value, end = _number_run(words, i)
            before = words[i - 1] if i else ""
            after = words[end] if end < len(words) else ""
            if value is not None and (before in CN_NUMBER_BEFORE or after in CN_NUMBER_AFTER or before == "top"):
                return Item("number", value, i, end, _raw(tokens, i, end), " ".join(words[i:end]))
        return None

    # --- names ------------------------------------------------------------------------------
    def _names(self, reading: Reading) -> list[Item]:
        """Runs of unknown words: a typo of a city or list, a real city, a name nobody knows, or
        just words."""
        items = reading.items
        out: list[Item] = []
        i = 0
        content = sum(1 for it in items if not self._ignorable(it, reading))
        while i < len(items):
            if not self._unknown_word(items[i], reading):
                out.append(items[i])
                i += 1
                continue
            cjk = reading.tokens[items[i].start].cjk
            j = i
            while j < len(items) and self._unknown_word(items[j], reading) and \
                    reading.tokens[items[j].start].cjk == cjk:
                j += 1
            out.extend(self._name_run(reading, items[i:j], items, i, j, content))
            i = j
        return out

    def _unknown_word(self, item: Item, reading: Reading) -> bool:
        """A word no phrase matched (for Chinese: a character that is not filler)."""
        if item.kind != "word":
            return False
        return reading.tokens[item.start].cjk or item.value not in self.lex.known

    def _ignorable(self, item: Item, reading: Reading) -> bool:
        return item.kind == "filler" or (item.kind == "word" and not self._unknown_word(item, reading))

    def _name_run(self, reading: Reading, run: list[Item], items: list[Item], i: int, j: int,
                  content: int) -> list[Item]:
        tokens = reading.tokens
        words = [it.value for it in run]
        start, end = run[0].start, run[-1].end
        text = _raw(tokens, start, end)
        cjk = tokens[start].cjk
        joined = "".join(words) if cjk else " ".join(words)
        bare = content <= len(run) and sum(it.kind == "filler" for it in items) <= 1  # "gotham?", "xyzville pls"
        beside_chinese = not cjk and ((j < len(items) and tokens[items[j].start].cjk) or (
            i > 0 and tokens[items[i - 1].end - 1].cjk))  # "xyzzy在人才方面排第几": a Latin word in Chinese is a name
        named = self._in_slot(items, i, j) or bare or beside_chinese or any(
            tokens[it.start].capital and it.start > 0 for it in run)
        near = named or (i > 0 and items[i - 1].key in self._near)  # "lived in berlin": a real city, if one
        if joined in self._not_cities:
            return [Item("unknown", text, start, end, text, joined)]
        if cjk:
            city = self._fuzzy_cjk_city(joined)
            if city:
                return [Item("city", city, start, end, text, joined, fuzzy=True)]
            world = self.index.world_city(joined) if len(joined) >= 2 else None
            if world:
                return [Item("world", world, start, end, text, joined)]
            if _TALK_CHARS.intersection(joined):  # "啥意思", "喺度做功課": talk, not a place's name
                return run
            city_suffix = j < len(items) and items[j].key in ("市", "城")  # "火星市排第几"
            after_a_city = i > 0 and items[i - 1].kind in ("city", "world")  # "上海金融排第几": a topic, not a name
            if len(joined) >= 2 and ((named and not after_a_city) or city_suffix):
                if city_suffix:
                    end, text, joined = items[j].end, _raw(tokens, start, items[j].end), joined + items[j].key
                return [Item("unknown", text, start, end, text, joined)]
            return run
        world = self.index.world_city(joined, word_ok=near) if len(run) <= WORLD_SPAN else None
        if world:  # a real city first: "hangzhou" is Hangzhou, not a typo of Guangzhou
            return [Item("world", world, start, end, text, joined)]
        found = self._fuzzy_latin(joined)
        if found:
            kind, value = found
            return [Item(kind, value, start, end, text, joined, fuzzy=True)]
        out: list[Item] = []
        k = 0
        while k < len(run):  # real cities, longest first, then single words
            for width in range(min(WORLD_SPAN, len(run) - k), 0, -1):
                key = " ".join(words[k:k + width])
                sub = run[k:k + width]
                capital = tokens[sub[0].start].capital
                world = self.index.world_city(key, word_ok=near or capital)
                if world and (width > 1 or len(key) >= 4 or capital):
                    out.append(Item("world", world, sub[0].start, sub[-1].end,
                                    _raw(tokens, sub[0].start, sub[-1].end), key))
                    k += width
                    break
                if width == 1:
                    fixed = self._fuzzy_latin(key)
                    if fixed:
                        out.append(Item(fixed[0], fixed[1], sub[0].start, sub[0].end, sub[0].text, key, fuzzy=True))
                    else:
                        out.append(sub[0])
                    k += 1
        if any(it.kind != "word" for it in out):
            return out
        if named and any(len(w) >= 2 for w in words):
            return [Item("unknown", text, start, end, text, joined)]
        return run

    def _in_slot(self, items: list[Item], i: int, j: int) -> bool:
        """Whether the run items[i:j] stands where a place name can stand."""
        before = _item_key(items[i - 1]) if i > 0 else ""
        before2 = " ".join(filter(None, (_item_key(items[i - 2]) if i > 1 else "", before)))
        after = _item_key(items[j]) if j < len(items) else ""
        if before2 in self._slot_before:
            return True
        if after == "'s" and not any(self._capital(items[k]) for k in range(i, j)):
            return False  # "boss's", "she's": only a capitalised name is someone's ("Xyzville's rank")
        if before in self._slot_before or after in self._slot_after:
            if before in ("is", "are", "was", "does", "did", "do") and (any(
                    it.kind not in ("filler",) for it in items[:i - 1]) or (i > 1 and items[i - 2].key in _SUBJECTS)):
                return after in self._slot_after  # "is Xyz in ...": only at the start of a question ("we're moving")
            return True
        other_side = (i > 1 and before in self._connectors and items[i - 2].kind in ("city", "world")) or (
            j + 1 < len(items) and after in self._connectors and items[j + 1].kind in ("city", "world"))
        return other_side

    def _capital(self, item: Item) -> bool:
        return item.text[:1].isupper()

    def _fuzzy_latin(self, text: str) -> tuple[str, str] | None:
        if len(text) < FUZZY_MIN or not text.isascii():
            return None
        city = process.extractOne(text, self._fuzzy_cities, scorer=fuzz.ratio, score_cutoff=CITY_CUTOFF)
        if city:
            return "city", self.lex.city_names[city[0]]
        found = process.extractOne(text, self._fuzzy_lists, scorer=fuzz.ratio, score_cutoff=LIST_CUTOFF)
        if found:
            return "list", self.lex.list_names[found[0]]
        return None

    def _fuzzy_cjk_city(self, text: str) -> str | None:
        """A Chinese name with one character wrong ("洛杉机" for 洛杉矶), when only one city fits."""
        if len(text) < 3:
            return None
        hits = {self.lex.city_names[name] for name in self._cjk_cities if len(name) == len(text)
                and sum(a != b for a, b in zip(name, text, strict=True)) == 1}
        return hits.pop() if len(hits) == 1 else None

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Report city ids whose names are closest to an unknown name (for "did you mean")."""
        folded = fold(text)
        names = self._fuzzy_cities if folded.isascii() else list(self.lex.city_names)
        hits = process.extract(folded, names, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60.0)
        out: list[str] = []
        for name, _score, _ in hits:
            city = self.lex.city_names[name]
            if city not in out:
                out.append(city)
        return out[:limit]


_PRIORITY = ("city", "place", "list", "ordinal", "number")


def _main_meaning(meanings: list[Meaning]) -> Meaning | None:
    for kind in _PRIORITY:
        for meaning in meanings:
            if meaning[0] == kind:
                return meaning
    return None


def _raw(tokens: list[Token], start: int, end: int) -> str:
    """The words [start, end) as typed: the text between them, and markup around them ("<b>Gotham</b>")."""
    return _span(_TEXT.get(), tokens, start, end)


def _span(text: str, tokens: list[Token], start: int, end: int) -> str:
    if not text:
        return " ".join(t.raw for t in tokens[start:end])
    a, b = tokens[start].start, tokens[end - 1].end
    while a > 0 and text[a - 1] in "<>/":
        a -= 1
    while b < len(text) and text[b] in "<>/":
        b += 1
    return text[a:b]


# Characters of everyday talk that no city's Chinese name uses (checked against the gazetteer's names):
# a run of unknown characters with one of them is talk ("啥意思", "识唔识讲"), not a name
_TALK_CHARS = frozenset("啥么吗呢啊呀哦嗯了着过还就才又很最你她它这哪谁怎样要想说看把被跟"
                        "喺唔识讲係咗嘅冇乜嘢啲佢嚟咁晒")
_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "that", "this", "there"})


def _item_key(item: Item) -> str:
    return item.key


def _cities_next(words: list[str], j: int) -> bool:
    """"Singapore cities", "新加坡城市": the country, not the city."""
    return j < len(words) and (words[j] in ("city", "cities", "based", "ones") or "".join(words[j:j + 2]) == "城市")


def _number_run(words: list[str], i: int) -> tuple[int | None, int]:
    """A number written in digits or Chinese numerals from word i: (value, end)."""
    if i < len(words) and words[i].isdecimal():
        return int(words[i][:12]), i + 1
    j = i
    while j < len(words) and (words[j] in CN_DIGITS or words[j] in CN_UNITS):
        j += 1
    if j == i:
        return None, i
    total, current = 0, 0
    for ch in words[i:j]:
        if ch in CN_DIGITS:
            current = current * 10 + CN_DIGITS[ch] if current else CN_DIGITS[ch]
        else:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
    return total + current, j
