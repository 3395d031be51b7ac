"""Finding entities in a folded message: cities (exact, gazetteer, fuzzy), lists, numbers,
positions and places; and the message's template with entities replaced by placeholders."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process

from bot.memo import BoundedMemo
from bot.nlu.lexicon import CN_DIGITS, CN_UNITS, PLACEHOLDERS, Lexicon, join, tokens
from index_core.index import Index
from index_core.text import fold, is_cjk

FUZZY_MIN_LEN = 5
MAX_TOKENS = 200  # a question is short: 200 words, or 200 Chinese characters, are plenty to understand it
GAZETTEER_NGRAM = 4  # longest world-city name looked up, in tokens ("rio de janeiro", "圣保罗" is 3)
FUZZY_CUTOFF = 80.0
WORLD_MEMO = 20_000  # gazetteer answers (and word checks) kept per name looked up
COUNT_CUES = ("top", "best", "first", "leading", "highest", "biggest", "greatest")
POSITION_CUES = ("number", "no", "#", "rank", "ranked", "ranks", "position", "place", "spot", "at")
ORDINAL_SUFFIX = ("st", "nd", "rd", "th")
_PLACEHOLDER_SET = frozenset(PLACEHOLDERS.values())


@dataclass(frozen=True, slots=True)
class CityMention:
    """A city named in a message. `id` is set for the report's cities; `world` for other real cities."""

    text: str
    id: str | None = None
    world: tuple[str, str] | None = None  # (name, country code)
    fuzzy: bool = False


@dataclass
class Entities:
    cities: list[CityMention] = field(default_factory=list)  # report cities and real cities, in order
    unknown: list[str] = field(default_factory=list)  # names that look like a city but are not known
    lists: list[str] = field(default_factory=list)
    count: int | None = None  # "top N"
    position: int | None = None  # "8th", "number 7", "第八"
    numbers: list[int] = field(default_factory=list)  # numbers with no cue
    places: list[tuple[str, str]] = field(default_factory=list)  # ("country"|"region"|"world", id)
    pronoun: bool = False  # "it", "that city"
    followup: bool = False  # "and ...", "what about ..."
    template: str = ""  # the message with placeholders, for intent matching
    leftover: int = 0  # content words nothing recognised

    @property
    def known_cities(self) -> list[CityMention]:
        return [c for c in self.cities if c.id]


class EntityFinder:
    """Greedy longest-match over tokens, then the gazetteer, then fuzzy names."""

    def __init__(self, index: Index, lexicon: Lexicon) -> None:
        self.index = index
        self.lex = lexicon
        self._fuzzy_names = [k for k in lexicon.cities if len(k) >= FUZZY_MIN_LEN and k.isascii()]
        self._fuzzy_lists = [k for k in lexicon.lists if len(k) >= 6 and k.isascii()]
        self._number_starts = frozenset(key.split()[0] for key in lexicon.numbers if key)
        self._world_starts = BoundedMemo(index.world_name_starts, WORLD_MEMO)  # a real name begins so?
        self._inert = BoundedMemo(self._is_inert, WORLD_MEMO)
        self._world_cities = BoundedMemo(index.world_city, WORLD_MEMO)
        widths: dict[str, set[int]] = {}  # first token of a name, list or place → the widths (in tokens) of its keys
        for key in (*lexicon.lists, *lexicon.cities, *lexicon.places):
            parts = tokens(key)
            if parts:
                widths.setdefault(parts[0], set()).add(len(parts))
        self._widths = {first: tuple(sorted(ws, reverse=True)) for first, ws in widths.items()}
        self._world = BoundedMemo(self._world_and_country, WORLD_MEMO)
        self._followup_starts = tuple(cue + " " for cue in lexicon.followup_en)
        self._followup_starts_zh = tuple(lexicon.followup_zh)
        self._pronoun_starts_zh = {p[0] for p in lexicon.pronouns_zh if p}
        self._pronouns = sorted({tuple(tokens(p)) for p in (*lexicon.pronouns_en, *lexicon.pronouns_zh) if p},
                                key=len, reverse=True)

    def find(self, folded: str) -> Entities:
        toks = tokens(folded)[:MAX_TOKENS]
        if not self.lex.spellings.keys().isdisjoint(toks):
            toks = [w for t in toks for w in self.lex.spellings.get(t, (t,))]
        ent = Entities()
        ent.followup = self._starts_with_cue(toks)
        out: list[str] = []  # template tokens
        i = 0
        n = len(toks)
        inert = self._inert
        while i < n:
            if inert[toks[i]]:
                out.append(toks[i])  # a word that starts no name, number, ordinal or pronoun
                i += 1
                continue
            step, placeholder = self._match_at(toks, i, ent)
            if step:
                out.append(placeholder)
                i += step
                continue
            tok = toks[i]
            number = self._number_at(toks, i)
            if number:
                value, width = number
                role = self._number_role(toks, i, width, out)
                if role == "count":
                    ent.count = value if ent.count is None else ent.count
                    out.append(PLACEHOLDERS["NUM"])
                elif role == "position":
                    ent.position = value if ent.position is None else ent.position
                    out.append(PLACEHOLDERS["ORD"])
                else:
                    ent.numbers.append(value)
                    out.append(PLACEHOLDERS["NUM"])
                i += width
                if i < n and toks[i] in ORDINAL_SUFFIX:
                    i += 1
                continue
            if tok in self.lex.ordinals and not (i + 1 < n and self._number_at(toks, i + 1)):
                ent.position = ent.position or self.lex.ordinals[tok]
                out.append(PLACEHOLDERS["ORD"])
                i += 1
                continue
            if tok in self.lex.pronouns_en or (tok in self._pronoun_starts_zh and any(
                    join(toks[i:i + len(p)]) == p for p in self.lex.pronouns_zh)):
                ent.pronoun = True
            out.append(tok)
            i += 1
        ent.template = self._unknowns(out, ent)
        return ent

    # --- exact names ---------------------------------------------------------------------------
    def _match_at(self, toks: list[str], i: int, ent: Entities) -> tuple[int, str]:
        first = toks[i]
        if first not in self.lex.starts and first in self.lex.vocab:
            return 0, ""  # a known word that starts no name: nothing to look up
        room = len(toks) - i
        for width in self._widths.get(first, ()):
            if width > room:
                continue
            key = join(toks[i:i + width])
            if key in self.lex.cities:
                ent.cities.append(CityMention(key, id=self.lex.cities[key]))
                return width, PLACEHOLDERS["CITY"]
            if key in self.lex.places:
                if key == "us" and not self._us_means_country(toks, i):
                    continue
                world = self._world_cities[key]
                if world and self.lex.places[key] == ("country", world[1]) and not self._cities_next(toks, i + width):
                    ent.cities.append(CityMention(key, world=world))  # a city-state: "is Singapore in the top 10?"
                    return width, PLACEHOLDERS["CITY"]
                ent.places.append(self.lex.places[key])
                return width, PLACEHOLDERS["PLACE"]
            if key in self.lex.lists:
                if self.lex.lists[key] not in ent.lists:
                    ent.lists.append(self.lex.lists[key])
                return width, PLACEHOLDERS["LIST"]
        if first.isdigit():
            return 0, ""
        if is_cjk(first):
            if i + 1 >= len(toks) or first + toks[i + 1] not in self.index.world_cjk_prefixes:
                return 0, ""  # no real city's Chinese name starts with these two characters
        elif not self._world_starts[first]:
            return 0, ""  # no real city or country name starts with this word
        for width in range(min(GAZETTEER_NGRAM, len(toks) - i), 0, -1):  # then real cities elsewhere
            key = join(toks[i:i + width])
            if key not in self.lex.vocab and not (width == 1 and is_cjk(key)):
                world, country = self._world[key]
                if world and fold(world[0]) in self.lex.cities:  # "北京市", "纽约市": a report city after all
                    ent.cities.append(CityMention(key, id=self.lex.cities[fold(world[0])]))
                    return width, PLACEHOLDERS["CITY"]
                if world and (width > 1 or len(key) >= 3):
                    ent.cities.append(CityMention(key, world=world))
                    return width, PLACEHOLDERS["CITY"]
                if country:
                    ent.places.append(("world", country))
                    return width, PLACEHOLDERS["PLACE"]
        return 0, ""

    def _is_inert(self, tok: str) -> bool:
        """Whether a token can start nothing the finder looks for (kept per token in `_inert`)."""
        lex = self.lex
        inert = not (tok in lex.starts or tok in lex.ordinals or tok in lex.pronouns_en
                     or tok in self._pronoun_starts_zh or tok in self._number_starts or tok == "minus"
                     or tok.isdecimal() or tok.isdigit() or tok in CN_DIGITS or tok in CN_UNITS)
        if inert:
            if is_cjk(tok):
                inert = tok not in self._cjk_prefix_starts
            elif tok not in lex.vocab:
                inert = not self._world_starts[tok]
        return inert

    @cached_property
    def _cjk_prefix_starts(self) -> frozenset[str]:
        """Characters that begin some real city's Chinese name."""
        return frozenset(prefix[0] for prefix in self.index.world_cjk_prefixes)

    def _world_and_country(self, key: str) -> tuple[tuple[str, str] | None, str | None]:
        """The real city and the country a name may be (kept per name in `_world`)."""
        world = self._world_cities[key]
        country = self.index.world_country(key)
        if world and country and country != world[1]:
            world = None  # "Mexico" is the country, not a town of that name elsewhere
        return world, country

    @staticmethod
    def _cities_next(toks: list[str], j: int) -> bool:
        """"Singapore cities", "新加坡城市": the country, not the city."""
        return j < len(toks) and (toks[j] in ("city", "cities", "based", "ones") or join(toks[j:j + 2]) == "城市")

    @staticmethod
    def _us_means_country(toks: list[str], i: int) -> bool:
        """'us' is the country before 'cities' / after 'in', 'from', not in 'tell us'."""
        after = toks[i + 1] if i + 1 < len(toks) else ""
        before = toks[i - 1] if i else ""
        return after in ("city", "cities", "based", "ones") or before in ("in", "from", "the", "any", "of") \
            or len(toks) == 1

    # --- numbers -----------------------------------------------------------------------------
    def _number_at(self, toks: list[str], i: int) -> tuple[int, int] | None:
        tok = toks[i]
        if tok == "minus" and i + 1 < len(toks) and toks[i + 1].isdecimal():
            return -_int(toks[i + 1]), 2
        if tok.isdecimal():  # not isdigit: "➏" and "⓶" are digits int() cannot read
            return _int(tok), 1
        for width in (2, 1) if tok in self._number_starts else ():
            key = " ".join(toks[i:i + width])
            if len(toks) - i >= width and key in self.lex.numbers:
                if key == "one" and (toks[i - 1] if i else "") not in (*COUNT_CUES, *POSITION_CUES):
                    return None  # "one of the best", "which one": not a number; "number one", "top one" are
                return self.lex.numbers[key], width
        if tok in CN_DIGITS or tok in CN_UNITS:
            j = i
            while j < len(toks) and (toks[j] in CN_DIGITS or toks[j] in CN_UNITS):
                j += 1
            value = _chinese_number(toks[i:j])
            prev = toks[i - 1] if i else ""
            nxt = toks[j] if j < len(toks) else ""
            if value is not None and (prev in ("前", "第", "top") or nxt in ("名", "强", "位", "大", "个")):
                return value, j - i
        return None

    @staticmethod
    def _number_role(toks: list[str], i: int, width: int, out: list[str]) -> str | None:
        prev = out[-1] if out else ""
        nxt = toks[i + width] if i + width < len(toks) else ""
        if prev in COUNT_CUES or prev == "前" or nxt in ("best", "强") or (prev == "the" and nxt in ("best",)):
            return "count"
        if nxt in ORDINAL_SUFFIX or prev in POSITION_CUES or prev == "第":
            return "position"
        if nxt in ("cities", "city") and prev not in ("the",):
            return "count"
        return None

    # --- what is left ---------------------------------------------------------------------------
    def _unknowns(self, out: list[str], ent: Entities) -> str:
        """Fuzzy-match leftover words to report cities and lists; the rest are unknown names."""
        result: list[str] = []
        i = 0
        while i < len(out):
            tok = out[i]
            if tok in _PLACEHOLDER_SET or tok in self.lex.vocab or tok.isdigit() or tok in self.lex.filler_en:
                result.append(tok)
                i += 1
                continue
            if is_cjk(tok):
                j = i
                while j < len(out) and is_cjk(out[j]) and out[j] not in self.lex.vocab_cjk:
                    j += 1
                if j == i + 1:  # one unknown character ("啦", "用") is a word, not a city's name
                    ent.leftover += 1
                    result.append(tok)
                    i = j
                elif j > i:
                    ent.unknown.append("".join(out[i:j]))
                    ent.leftover += 1
                    result.append(PLACEHOLDERS["CITY"])
                    i = j
                else:
                    result.append(tok)
                    i += 1
                continue
            j = i
            while j < len(out) and out[j] not in _PLACEHOLDER_SET and out[j] not in self.lex.vocab \
                    and not is_cjk(out[j]) and not out[j].isdigit() and out[j] not in self.lex.filler_en:
                j += 1
            run = out[i:j]
            hit = self._fuzzy(" ".join(run))
            if hit:
                kind, value, typed = hit
                if kind == "city":
                    ent.cities.append(CityMention(typed, id=value, fuzzy=True))
                    result.append(PLACEHOLDERS["CITY"])
                else:
                    ent.lists.append(value)
                    result.append(PLACEHOLDERS["LIST"])
            elif any(len(w) >= 2 for w in run):
                ent.unknown.append(" ".join(run))
                ent.leftover += len(run)
                result.append(PLACEHOLDERS["CITY"])
            i = j
        return " ".join(result)

    def _fuzzy(self, text: str) -> tuple[str, str, str] | None:
        if len(text) < FUZZY_MIN_LEN or not text.isascii():
            return None
        city = process.extractOne(text, self._fuzzy_names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if city:
            return "city", self.lex.cities[city[0]], text
        found = process.extractOne(text, self._fuzzy_lists, scorer=fuzz.ratio, score_cutoff=85.0)
        if found:
            return "list", self.lex.lists[found[0]], text
        return None

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Report city ids whose names are closest to an unknown name (for "did you mean")."""
        text = fold(text)  # as typed ("Tokyoville") → as the names are stored ("tokyoville")
        names = self._fuzzy_names if text.isascii() else list(self.lex.cities)
        hits = process.extract(text, names, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60.0)
        out: list[str] = []
        for name, _score, _ in hits:
            cid = self.lex.cities[name]
            if cid not in out:
                out.append(cid)
        return out[:limit]

    def pronoun_as_city(self, template: str) -> str:
        """The template with "it" / "它" as a city placeholder (when the chat has a city to refer to)."""
        toks = template.split()
        out: list[str] = []
        i = 0
        while i < len(toks):
            for p in self._pronouns:
                if tuple(toks[i:i + len(p)]) == p:
                    out.append(PLACEHOLDERS["CITY"])
                    i += len(p)
                    break
            else:
                out.append(toks[i])
                i += 1
        return " ".join(out)

    def _starts_with_cue(self, toks: list[str]) -> bool:
        """A follow-up cue opens the message ("and ...", "what about ...", "那...呢")."""
        text = join(toks)
        return (text + " ").startswith(self._followup_starts) or text.startswith(self._followup_starts_zh)


def _int(text: str) -> int:
    return int(text[:12])  # a 12-digit cap keeps absurd numbers cheap


def _chinese_number(chars: list[str]) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十 → 30, 一百 → 100."""
    total, current = 0, 0
    for ch in chars:
        if ch in CN_DIGITS:
            current = current * 10 + CN_DIGITS[ch] if current else CN_DIGITS[ch]
        else:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
    value = total + current
    return value if chars else None
