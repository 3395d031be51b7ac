"""Intent matching: rapidfuzz scores of a message's template against each intent's example
phrases (data/nlu/intents.yaml), plus keyword and entity evidence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from bot.memo import BoundedMemo
from bot.nlu.entities import Entities
from bot.nlu.lexicon import PLACEHOLDERS, Lexicon, example_key, tokens
from index_core.index import Index
from index_core.text import fold

KEYWORD_BONUS = 7.0
KEYWORD_CAP = 14.0
MISSING_NEED = 40.0
RANKED_CACHE = 8192  # (template, evidence, keywords) combinations whose intent ranking is kept
RATIO_WEIGHT = 0.6  # whole-phrase similarity (fuzz.ratio); the rest is shared words in any order


class IntentScore(NamedTuple):
    intent: str
    score: float


@dataclass(frozen=True, slots=True)
class _Intent:
    name: str
    needs: frozenset[str]
    keywords_en: frozenset[str]
    keywords_zh: frozenset[str]


class IntentModel:
    def __init__(self, index: Index, lexicon: Lexicon) -> None:
        raw = index.nlu.get("intents", {}).get("intents", {})
        self.lex = lexicon
        self.intents: dict[str, _Intent] = {}
        self._examples: dict[str, tuple[list[str], list[str]]] = {"en": ([], []), "zh": ([], [])}
        for name, body in raw.items():
            kw = body.get("keywords", {})
            self.intents[name] = _Intent(name, frozenset(body.get("needs", [])),
                                         frozenset(fold(k) for k in kw.get("en", [])),
                                         frozenset(fold(k) for k in kw.get("zh", [])))
            for group in ("en", "zh"):
                for phrase in body.get("examples", {}).get(group, []):
                    texts, labels = self._examples[group]
                    texts.append(self.prepare(example_key(phrase)))
                    labels.append(name)
        self._zh_keywords = frozenset().union(*(i.keywords_zh for i in self.intents.values()))
        self._keyword_index: dict[str, dict[str, tuple[str, ...]]] = {"en": {}, "zh": {}}  # keyword → intents
        for name, intent in self.intents.items():
            for group, words in (("en", intent.keywords_en), ("zh", intent.keywords_zh)):
                for kw in words:
                    self._keyword_index[group][kw] = (*self._keyword_index[group].get(kw, ()), name)
        self._zh_by_first: dict[str, tuple[str, ...]] = {}
        for kw in self._zh_keywords:
            if kw:
                self._zh_by_first[kw[0]] = (*self._zh_by_first.get(kw[0], ()), kw)
        self._en_gram_starts = frozenset(kw.split()[0] for kw in self._keyword_index["en"] if " " in kw)
        self._prepared = BoundedMemo(self.prepare, RANKED_CACHE)
        self._ranked: dict[tuple, tuple[IntentScore, ...]] = {}
        self._sets = {group: [frozenset(t.split()) for t in texts] for group, (texts, _l) in self._examples.items()}

    def prepare(self, template: str) -> str:
        """Tokens without filler, space-separated (each CJK character its own token)."""
        toks = [t for t in tokens(template) if t not in self.lex.filler_en]
        return " ".join(toks)

    def scores(self, ent: Entities, folded: str, zh: bool) -> tuple[IntentScore, ...]:
        """Every intent's score, best first (a function of the template, the entity evidence and the
        keywords present, so each such combination is ranked once)."""
        hits = self._keyword_hits(folded, zh)
        key = (ent.template, zh, _evidence(ent), hits)
        ranked = self._ranked.get(key)
        if ranked is None:
            if len(self._ranked) >= RANKED_CACHE:
                self._ranked.pop(next(iter(self._ranked)))
            ranked = self._ranked[key] = self._rank(*key)
        return ranked

    def _rank(self, template: str, zh: bool, evidence: tuple, hits: tuple[str, ...]) -> tuple[IntentScore, ...]:
        penalties = self._penalties(evidence)
        out = [IntentScore(name, score + min(hits.count(name) * KEYWORD_BONUS, KEYWORD_CAP) - penalties[name])
               for name, score in self._example_scores(template, zh)]
        out.sort(key=lambda s: s.score, reverse=True)
        return tuple(out)

    def _keyword_hits(self, folded: str, zh: bool) -> tuple[str, ...]:
        """The intents whose keywords the message contains, once per keyword (sorted)."""
        if zh:
            by_first = self._zh_by_first
            present = {kw for i, ch in enumerate(folded) for kw in by_first.get(ch, ()) if folded.startswith(kw, i)}
            index = self._keyword_index["zh"]
        else:
            index = self._keyword_index["en"]
            present = {gram for gram in _word_grams(folded, self._en_gram_starts) if gram in index}
        return tuple(sorted(name for kw in present for name in index.get(kw, ())))

    @lru_cache(maxsize=256)  # noqa: B019  (a handful of evidence patterns)
    def _penalties(self, evidence: tuple) -> dict[str, float]:
        return {name: self._missing(intent, evidence) for name, intent in self.intents.items()}

    def warm(self) -> None:
        """Score every example phrasing against the examples: most questions are phrased like one."""
        for group, (texts, _labels) in self._examples.items():
            for text in texts:
                self._similarities(text, group == "zh")

    def _example_scores(self, template: str, zh: bool) -> tuple[tuple[str, float], ...]:
        """Each intent's best example similarity for a template (entities are placeholders); templates
        that differ only in filler words ("please", "the") share one result."""
        return self._similarities(self._prepared[template], zh)

    @lru_cache(maxsize=8192)  # noqa: B019  (one model per engine; templates repeat across cities)
    def _similarities(self, query: str, zh: bool) -> tuple[tuple[str, float], ...]:
        texts, labels = self._examples["zh" if zh else "en"]
        best: dict[str, float] = dict.fromkeys(self.intents, 0.0)
        if query:
            words = frozenset(query.split())
            sets = self._sets["zh" if zh else "en"]
            n_words = len(words)
            ceiling = (1 - RATIO_WEIGHT) * 100.0  # the most that shared words can add
            for _choice, ratio, i in process.extract(query, texts, scorer=fuzz.ratio, limit=None):
                name = labels[i]
                partial = RATIO_WEIGHT * ratio
                if partial + ceiling <= best[name]:
                    continue  # cannot beat this intent's best example, whatever the words
                example = sets[i]
                shared = len(words & example)
                overlap = 100.0 * (shared / len(example) + 2 * shared / (n_words + len(example))) / 2
                score = partial + (1 - RATIO_WEIGHT) * overlap
                if score > best[name]:
                    best[name] = score
        return tuple(best.items())

    @staticmethod
    def _missing(intent: _Intent, evidence: tuple) -> float:
        """A penalty for each entity the intent cannot do without."""
        has_city, has_position, has_place, has_list, city_like, known, cities = evidence
        penalty = 0.0
        if "city" in intent.needs and not has_city:
            penalty += MISSING_NEED
        if "position" in intent.needs and not has_position:
            penalty += MISSING_NEED
        if "place" in intent.needs and not has_place:
            penalty += MISSING_NEED
        if "list" in intent.needs and not has_list:
            penalty += MISSING_NEED
        if intent.name == "compare" and city_like < 2:
            penalty += MISSING_NEED / 2
        if intent.name in ("top", "position", "group", "country") and known:
            penalty += 12.0
        if intent.name in ("profile", "rank") and cities >= 2:
            penalty += 15.0  # two cities: a comparison, not one city's rank
        if intent.name.startswith("meta_") and cities:
            penalty += 15.0
        if intent.name in ("meta_who", "meta_when", "meta_count", "meta_measure") and has_place:
            penalty += 15.0  # "how many Chinese cities are there" is about the Chinese cities
        return penalty


def _evidence(ent: Entities) -> tuple:
    """What the entities say, as a small hashable tuple (the penalties depend on nothing else)."""
    return (bool(ent.cities or ent.unknown or ent.pronoun), ent.position is not None, bool(ent.places),
            bool(ent.lists), min(len(ent.cities) + len(ent.unknown) + ent.pronoun, 2), bool(ent.known_cities),
            min(len(ent.cities), 2))


def _word_grams(folded: str, starts: frozenset[str], longest: int = 3) -> list[str]:
    """Every word, and every run of up to `longest` words that begins with one of `starts`."""
    words = folded.split()
    grams = list(words)
    for i, word in enumerate(words):
        if word in starts:
            grams.extend(" ".join(words[i:i + n]) for n in range(2, min(longest, len(words) - i) + 1))
    return grams


__all__ = ["PLACEHOLDERS", "IntentModel", "IntentScore"]
