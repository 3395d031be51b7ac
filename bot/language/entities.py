"""Reading one clause: its tokens become items — cities (the report's, other real cities, or
names nobody knows), lists, places, numbers, ordinals, years, and cue phrases — by longest
match against the lexicon, then fuzzy names for typos and the gazetteer for real cities.

A word the bot does not know becomes a city's name only where a name can stand (see
`name_slots` in data/language/lexicon.yaml), when it is capitalised, or when it is all the
clause says; anywhere else it is just a word ("who is right behind Beijing" has no city "right").
That half lives in names.py; the items themselves in items.py.
"""

from __future__ import annotations

from bot.language.items import TEXT, Item, Reading, raw
from bot.language.lexicon import Lexicon, Meaning
from bot.language.names import FUZZY_MIN, PLACE_SUFFIXES, NameReader
from bot.language.tokens import Token, keys, prepare, tokenize
from index_core.index import Index
from index_core.text import fold

MAX_TOKENS = 120  # words (or Chinese characters) read per clause
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
CN_UNITS = {"十": 10, "百": 100}
CN_NUMBER_BEFORE = frozenset("前第倒到至头")  # "前三", "第八", "倒数第二", "第十一到十五", "頭四"
CN_NUMBER_AFTER = frozenset("名座个個位强強大家城成甲项項样樣")  # "三座城市", "十名", "三甲", "三项", "三樣"
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


class EntityReader(NameReader):
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
        self._sound_rules = tuple((str(a), str(b)) for a, b in raw.get("sound_spellings", []))
        self._sound_cities = {self.sound(k): k for k in self._fuzzy_cities}
        self._sound_lists = {self.sound(k): k for k in self._fuzzy_lists}
        self._zh_sounds = {str(ch): frozenset(str(alike)) for ch, alike in (raw.get("zh_sound_alikes") or {}).items()}

    def read(self, text: str) -> Reading:
        prepared = prepare(text)
        tokens = self._spelled(tokenize(prepared, MAX_TOKENS))
        words = [t.key for t in tokens]
        reading = Reading(tokens, text=prepared)
        TEXT.set(prepared)
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
        """Shorthand rewritten, a spelling of several tokens first ("领奖台", "中美" are three and two characters)."""
        spellings, widest = self.lex.spellings, self.lex.spelling_width
        if not any(t.key in self.lex.spelling_starts for t in tokens):
            return tokens  # most messages: nothing to rewrite
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            for width in range(min(widest, len(tokens) - i), 0, -1):
                said = spellings.get(" ".join(t.key for t in tokens[i:i + width]))
                if said is not None and width > 1 and self._starts_a_word(tokens, i + width - 1):
                    said = None  # "前十名中美国": 中 ends one word and 美 starts the next, so not "中美"
                if said is not None:
                    first, last = tokens[i], tokens[i + width - 1]
                    raw_ = "".join(t.raw for t in tokens[i:i + width]) if first.cjk else first.raw
                    out.extend(Token(raw_, key, first.capital, first.start, last.end) for key in said)
                    i += width
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def _starts_a_word(self, tokens: list[Token], i: int) -> bool:
        """The token at i begins a word of the lexicon with the token after it ("美" of "美国")."""
        return i + 1 < len(tokens) and self.lex.longest([t.key for t in tokens[i:i + 8]], 0)[0] > 1

    def _phrase_at(self, tokens: list[Token], words: list[str], i: int) -> Item | None:
        width, meanings = self.lex.longest(words, i)
        if width > 1:
            tail, named = self.lex.longest(words, i + width - 1)
            if tail > 1 and any(kind == "city" for kind, _value in named):  # "what is new york ranked": the
                width, meanings = self.lex.longest(words[:i + width - 1], i)  # phrase stops before the city
        if not width:
            return None
        text = raw(tokens, i, i + width)
        key = " ".join(words[i:i + width])
        cues = frozenset(value for kind, value in meanings if kind == "cue")
        main = _main_meaning(meanings)
        if main is None:
            return Item("cue" if cues else "filler", None, i, i + width, text, key, cues)
        kind, value = main
        if kind == "place" and value == ("country", "US") and words[i] == "us" and not self._us_is_country(tokens, i) \
                and not self._paired_with_place(tokens, words, i):  # ("us:china ratio", "us/uk cities")
            return Item("filler", "us", i, i + 1, text, key, cues)
        if kind == "place" and value[0] == "country" and not _cities_next(words, i + width):
            world = self.index.world_city(key if tokens[i].cjk is False else "".join(words[i:i + width]))
            if world and world[1] == value[1]:  # a city-state: "is Singapore in the top 10?"
                return Item("world", world, i, i + width, text, key, cues)
        return Item(kind, value, i, i + width, text, key, cues)

    def _paired_with_place(self, tokens: list[Token], words: list[str], i: int) -> bool:
        """"us:china", "us/uk": the word at i is joined by a sign to a place's name."""
        if i + 1 >= len(tokens) or TEXT.get()[tokens[i].end:tokens[i + 1].start].strip() not in (":", "/", "-", "&"):
            return False
        return any(kind == "place" for kind, _value in self.lex.longest(words, i + 1)[1])

    @staticmethod
    def _us_is_country(tokens: list[Token], i: int) -> bool:
        """"US" is the country when written so, or next to "cities", after "in"/"from"/"non"; not "tell us"."""
        raw = tokens[i].raw
        if raw in ("US", "U.S.", "US.") or raw.startswith("US"):
            return True
        after = tokens[i + 1].key if i + 1 < len(tokens) else ""
        before = tokens[i - 1].key if i else ""
        return after in ("city", "cities", "based", "ones", "cities'", "or", "vs", "versus", "than") or before in (
            "in", "from", "non", "outside", "the", "any", "of", "than", "american", "versus", "vs", "which", "all",
            "five", "5", "are", "more", "fewer", "less", "or")  # ("more US or Chinese cities")

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
            if world and span == 2 and key[-1] in PLACE_SUFFIXES and i and tokens[i - 1].cjk and not any(
                    self.lex.longest(words, s)[0] >= i - s for s in range(max(0, i - 4), i)):
                return None  # "星光市": a made-up name ending in 光市 (Hikari), not that city with a word before it
            if world:
                own = self.lex.city_names.get(fold(world[0]))
                if own:  # "北京市", "纽约市": the report's city after all
                    return Item("city", own, i, i + span, raw(tokens, i, i + span), key)
                return Item("world", world, i, i + span, raw(tokens, i, i + span), key)
        return None

    # --- numbers ---------------------------------------------------------------------------
    def _number_at(self, tokens: list[Token], words: list[str], i: int) -> Item | None:
        word = words[i]
        if word == "第" and i + 1 < len(words):  # 第八, 第8: a position
            value, end = _number_run(words, i + 1)
            if value is not None and end < len(words) and words[end] in ("次", "回"):  # "第一次用": the first time
                return Item("filler", None, i, end + 1, raw(tokens, i, end + 1), " ".join(words[i:end + 1]))
            if value is not None:
                return Item("ordinal", value, i, end, raw(tokens, i, end), " ".join(words[i:end]))
            return None
        if word == "minus" and i + 1 < len(words) and words[i + 1].isdecimal():
            return Item("number", -int(words[i + 1][:12]), i, i + 2, raw(tokens, i, i + 2), f"minus {words[i + 1]}")
        if word.isdecimal():
            value = int(word[:12])
            end = i + 1
            if end < len(words) and words[end] in ORDINAL_SUFFIXES:
                return Item("ordinal", value, i, end + 1, raw(tokens, i, end + 1), f"{word} {words[end]}")
            if len(word) == 4 and 1990 <= value <= 2100:
                return Item("year", value, i, end, tokens[i].raw, word)
            return Item("number", value, i, end, tokens[i].raw, word)
        if word in CN_DIGITS or word in CN_UNITS:
            value, end = _number_run(words, i)
            before = words[i - 1] if i else ""
            after = words[end] if end < len(words) else ""
            if value is not None and (before in CN_NUMBER_BEFORE or after in CN_NUMBER_AFTER or before == "top"):
                return Item("number", value, i, end, raw(tokens, i, end), " ".join(words[i:end]))
        return None

    # --- names ------------------------------------------------------------------------------
_PRIORITY = ("city", "place", "list", "ordinal", "number")


def _main_meaning(meanings: list[Meaning]) -> Meaning | None:
    for kind in _PRIORITY:
        for meaning in meanings:
            if meaning[0] == kind:
                return meaning
    return None



def _cities_next(words: list[str], j: int) -> bool:
    """"Singapore cities", "新加坡城市": the country, not the city."""
    return j < len(words) and (words[j] in ("city", "cities", "based", "ones") or "".join(words[j:j + 2]) == "城市")


def _number_run(words: list[str], i: int) -> tuple[int | None, int]:
    """A number written in digits or Chinese numerals from word i: (value, end)."""
    if i < len(words) and words[i].isdecimal():
        return int(words[i][:12]), i + 1
    j = i
    while j < len(words) and (words[j] in CN_DIGITS or words[j] in CN_UNITS):
        if j > i and words[j] == "一" and words[j - 1] in CN_DIGITS and not _numeral_goes_on(words, j + 1):
            break  # "前三一共": 3, then "一共" (in all), not 31
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

def _numeral_goes_on(words: list[str], j: int) -> bool:
    """Whether word j still belongs to a number (a numeral, or a counter after one: "名", "座", …)."""
    return j >= len(words) or words[j] in CN_DIGITS or words[j] in CN_UNITS or words[j] in CN_NUMBER_AFTER


__all__ = ["EntityReader", "Item", "Reading"]
