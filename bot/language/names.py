"""Runs of words no phrase matched: a typo of a city or a list, a real city of the gazetteer, a name
nobody knows (only where a name can stand), or just words."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.language.items import Item, Reading, item_key, raw
from index_core.text import fold

FUZZY_MIN = 4  # letters a typo must have to be matched to a name
CITY_CUTOFF = 80.0
LIST_CUTOFF = 80.0
SOUND_CUTOFF = 88.0  # a word spelt by ear against a name's sound
WORLD_SPAN = 3  # longest real-city name looked up, in tokens ("rio de janeiro")

# Characters of everyday talk that no city's Chinese name uses (checked against the gazetteer's names):
# a run of unknown characters with one of them is talk ("啥意思", "识唔识讲"), not a name
_TALK_CHARS = frozenset("啥么吗呢啊呀哦嗯了着过还就才又很最你她它这哪谁怎样要想说看把被跟"
                        "喺唔识讲係咗嘅冇乜嘢啲佢嚟咁晒")
_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "that", "this", "there"})



ASKED_OF = frozenset({"rank", "in_word", "compare", "better", "worse", "profile", "how_doing"})  # "PPT排第几"
PLACE_SUFFIXES = ("市", "城", "镇", "乡", "村", "县")  # a made-up Chinese place name ends with one of these

class NameReader:
    """The name-reading half of EntityReader (bot/language/entities.py), which sets its tables."""

    def _names(self, reading: Reading) -> list[Item]:
        """Runs of unknown words: a typo of a city or list, a real city, a name nobody knows, or
        just words."""
        items = list(reading.items)
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
            found = self._name_run(reading, items[i:j], items, i, j, content)
            joined_with_prev = self._with_word_before(reading, out, found, i, j) if i > 0 and not cjk else None
            if joined_with_prev is not None:  # "new yourk": one typo across the word before
                out[-1] = joined_with_prev
            else:
                out.extend(found)
                if len(found) == j - i:  # "toronto and berlin": the city just read stands beside the next name
                    items[i:j] = found
            i = j
        return out

    def _with_word_before(self, reading: Reading, out: list[Item], found: list[Item], i: int, j: int) -> Item | None:
        """A city whose name spans the word before an unknown run and the run ("new yourk" → New York),
        when the run alone is no city."""
        if not out or any(it.kind in ("city", "world", "list") for it in found):
            return None
        before = out[-1]
        if before.kind not in ("filler", "cue", "word") or before.end != found[0].start:
            return None
        tokens = reading.tokens
        words = " ".join(t.key for t in tokens[before.start:found[-1].end])
        fixed = self._fuzzy_latin(words)
        if fixed is None or fixed[0] != "city":
            return None
        start, end = before.start, found[-1].end
        text = raw(tokens, start, end)
        return Item("city", fixed[1], start, end, text, words, fuzzy=True)

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
        text = raw(tokens, start, end)
        cjk = tokens[start].cjk
        joined = "".join(words) if cjk else " ".join(words)
        bare = content <= len(run) and sum(it.kind == "filler" for it in items) <= 1  # "gotham?", "xyzville pls"
        beside_chinese = not cjk and ((j < len(items) and tokens[items[j].start].cjk) or (
            i > 0 and tokens[items[i - 1].end - 1].cjk))  # "xyzzy在人才方面排第几": a Latin word in Chinese is a name
        named = self._in_slot(items, i, j) or bare or beside_chinese or any(
            tokens[it.start].capital and it.start > 0 for it in run)
        if beside_chinese and text.isupper() and len(text) <= 4:  # "交一个PPT", "KPI": an acronym in Chinese talk,
            named = j < len(items) and bool(items[j].cues & ASKED_OF)  # a name only where asked of ("PPT排第几")
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
            city = self._fuzzy_cjk_city(joined, short=True) if len(joined) == 2 and named else None
            if city:  # "纽哟排名多少": a two-character name one character off, where a name stands
                return [Item("city", city, start, end, text, joined, fuzzy=True)]
            city = self._sound_cjk_city(joined) if named or len(joined) >= 3 else None
            if city:  # "背景科创排名": typed by its sound (背景 for 北京), where a name stands
                return [Item("city", city, start, end, text, joined, fuzzy=True)]
            city_suffix = j < len(items) and items[j].key in PLACE_SUFFIXES  # "火星市排第几", "龍貓鎮"
            named = named or (len(joined) >= 3 and joined[-1] in PLACE_SUFFIXES)  # "龍貓鎮喺榜上面排第幾"
            after_a_city = i > 0 and items[i - 1].kind in ("city", "world")  # "上海金融排第几": a topic, not a name
            if len(joined) >= 2 and ((named and not after_a_city) or city_suffix):
                if city_suffix:
                    end, text, joined = items[j].end, raw(tokens, start, items[j].end), joined + items[j].key
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
                                    raw(tokens, sub[0].start, sub[-1].end), key))
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
        if self._ranking_name(items, i, j):
            return run  # "first in the blorp ranking": the name of a ranking, not of a city
        if named and any(len(w) >= 2 for w in words):
            return [Item("unknown", text, start, end, text, joined)]
        return run

    def _in_slot(self, items: list[Item], i: int, j: int) -> bool:
        """Whether the run items[i:j] stands where a place name can stand."""
        before = item_key(items[i - 1]) if i > 0 else ""
        before2 = " ".join(filter(None, (item_key(items[i - 2]) if i > 1 else "", before)))
        after = item_key(items[j]) if j < len(items) else ""
        opening = all(it.kind == "filler" or it.cues & {"followup"} for it in items[:i])
        if opening and j < len(items) and (items[j].kind == "list" or (
                after in ("in", "for") and j + 1 < len(items) and items[j + 1].kind == "list")):
            return True  # "Gondor in innovation?", "霍格沃茨教育排第几": a name asked about in a list
        if before2 in self._slot_before or (before == "'s" and f"{before2[:-3]} is" in self._slot_before):
            return True  # ("where's Xyz": where is)
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

    @staticmethod
    def _ranking_name(items: list[Item], i: int, j: int) -> bool:
        """Whether the run items[i:j] names a ranking: "(in) the quantum ranking", "for the blorp list"."""
        before = items[i - 1] if i > 0 else None
        return j < len(items) and bool(items[j].cues & {"rank", "list_word"}) and "top_word" not in items[j].cues \
            and before is not None and (before.key == "the" or "in_word" in before.cues)

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
        heard = self.sound(text)  # spelt by ear: "educashun" sounds like "education"
        found = process.extractOne(heard, self._sound_lists.keys(), scorer=fuzz.ratio, score_cutoff=SOUND_CUTOFF)
        if found:
            return "list", self.lex.list_names[self._sound_lists[found[0]]]
        city = process.extractOne(heard, self._sound_cities.keys(), scorer=fuzz.ratio, score_cutoff=SOUND_CUTOFF)
        if city:
            return "city", self.lex.city_names[self._sound_cities[city[0]]]
        return None

    def sound(self, text: str) -> str:
        """How a word sounds, roughly: the lexicon's sound-alike spellings rewritten, doubled letters merged."""
        out = text.lower()
        for spelt, heard in self._sound_rules:
            out = out.replace(spelt, heard)
        return "".join(ch for k, ch in enumerate(out) if k == 0 or ch != out[k - 1])

    def _fuzzy_cjk_city(self, text: str, *, short: bool = False) -> str | None:
        """A Chinese name with one character wrong ("洛杉机" for 洛杉矶), when only one city fits; a
        two-character one (`short`) only when no real city bears the name and it stands where a name does."""
        if len(text) < (2 if short else 3):
            return None
        hits = {self.lex.city_names[name] for name in self._cjk_cities if len(name) == len(text)
                and sum(a != b for a, b in zip(name, text, strict=True)) == 1}
        return hits.pop() if len(hits) == 1 else None

    def _sound_cjk_city(self, text: str) -> str | None:
        """A city whose Chinese name sounds like `text`: each character the name's own or one that sounds like
        it (the lexicon's zh_sound_alikes), when only one city fits."""
        if len(text) < 2:
            return None
        hits = {self.lex.city_names[name] for name in self._cjk_cities if len(name) == len(text) and all(
            a == b or a in self._zh_sounds.get(b, ()) for a, b in zip(text, name, strict=True))}
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
