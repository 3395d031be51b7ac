"""Intent matching: rapidfuzz scores of a message's template against each intent's example
phrases (data/nlu/intents.yaml), plus keyword and entity evidence."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.nlu.entities import Entities
from bot.nlu.lexicon import PLACEHOLDERS, Lexicon, example_key, tokens
from index_core.index import Index
from index_core.text import fold, is_cjk

KEYWORD_BONUS = 7.0
KEYWORD_CAP = 14.0
MISSING_NEED = 40.0


@dataclass(frozen=True, slots=True)
class IntentScore:
    intent: str
    score: float


@dataclass(frozen=True, slots=True)
class _Intent:
    name: str
    needs: frozenset[str]
    keywords_en: tuple[str, ...]
    keywords_zh: tuple[str, ...]


class IntentModel:
    def __init__(self, index: Index, lexicon: Lexicon) -> None:
        raw = index.nlu.get("intents", {}).get("intents", {})
        self.lex = lexicon
        self.intents: dict[str, _Intent] = {}
        self._examples: dict[str, tuple[list[str], list[str]]] = {"en": ([], []), "zh": ([], [])}
        for name, body in raw.items():
            kw = body.get("keywords", {})
            self.intents[name] = _Intent(name, frozenset(body.get("needs", [])),
                                         tuple(fold(k) for k in kw.get("en", [])),
                                         tuple(fold(k) for k in kw.get("zh", [])))
            for group in ("en", "zh"):
                for phrase in body.get("examples", {}).get(group, []):
                    texts, labels = self._examples[group]
                    texts.append(self.prepare(example_key(phrase)))
                    labels.append(name)

    def prepare(self, template: str) -> str:
        """Tokens without filler, space-separated (each CJK character its own token)."""
        toks = [t for t in tokens(template) if t not in self.lex.filler_en]
        return " ".join(toks)

    def scores(self, ent: Entities, folded: str, zh: bool) -> list[IntentScore]:
        """Every intent's score, best first."""
        query = self.prepare(ent.template)
        group = "zh" if zh else "en"
        texts, labels = self._examples[group]
        best: dict[str, float] = dict.fromkeys(self.intents, 0.0)
        if query:
            for _choice, score, i in process.extract(query, texts, scorer=_score, limit=None, score_cutoff=30):
                name = labels[i]
                best[name] = max(best[name], score)
        words = f" {folded} "
        out = []
        for name, intent in self.intents.items():
            score = best[name]
            bonus = 0.0
            for kw in (intent.keywords_zh if zh else intent.keywords_en):
                if (kw in folded) if (kw and is_cjk(kw[0])) else (f" {kw} " in words):
                    bonus += KEYWORD_BONUS
            score += min(bonus, KEYWORD_CAP)
            score -= self._missing(intent, ent)
            out.append(IntentScore(name, score))
        out.sort(key=lambda s: s.score, reverse=True)
        return out

    @staticmethod
    def _missing(intent: _Intent, ent: Entities) -> float:
        """A penalty for each entity the intent cannot do without."""
        penalty = 0.0
        has_city = bool(ent.cities or ent.unknown or ent.pronoun)
        if "city" in intent.needs and not has_city:
            penalty += MISSING_NEED
        if "position" in intent.needs and ent.position is None:
            penalty += MISSING_NEED
        if "place" in intent.needs and not ent.places:
            penalty += MISSING_NEED
        if "list" in intent.needs and not ent.lists:
            penalty += MISSING_NEED
        if intent.name == "compare" and len(ent.cities) + len(ent.unknown) + ent.pronoun < 2:
            penalty += MISSING_NEED / 2
        if intent.name in ("top", "position", "group", "country") and ent.known_cities:
            penalty += 12.0
        if intent.name.startswith("meta_") and ent.cities:
            penalty += 15.0
        return penalty


def _score(query: str, choice: str, **_: object) -> float:
    """Mostly whole-phrase similarity, with some credit for shared words in any order."""
    if not query or not choice:
        return 0.0
    return 0.6 * fuzz.ratio(query, choice) + 0.4 * fuzz.token_set_ratio(query, choice)


__all__ = ["PLACEHOLDERS", "IntentModel", "IntentScore"]
