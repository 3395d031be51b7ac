"""The vocabulary compiled from the index: names, list synonyms, numbers, filler, follow-up cues."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from index_core.index import Index
from index_core.text import fold, has_cjk, is_cjk

PLACEHOLDERS = {"CITY": "xcityx", "LIST": "xlistx", "NUM": "xnumx", "ORD": "xordx", "PLACE": "xplacex"}
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}


_TOKEN = re.compile("[\u3400-\u9fff\uf900-\ufaff]|[^\\s\u3400-\u9fff\uf900-\ufaff]+")


def tokens(folded: str) -> list[str]:
    """Latin words and digits as tokens, each CJK character its own token."""
    if not has_cjk(folded):
        return folded.split()
    return _TOKEN.findall(folded)


_CJK_GAP = re.compile("(?<=[\u3400-\u9fff\uf900-\ufaff]) (?=[\u3400-\u9fff\uf900-\ufaff])")


def join(parts: list[str]) -> str:
    """Tokens back to a key: CJK characters run together, words with spaces."""
    if len(parts) == 1:
        return parts[0]
    text = " ".join(parts)
    return text if text.isascii() else _CJK_GAP.sub("", text)


def example_key(example: str) -> str:
    """An example phrase with its placeholders, folded like a message."""
    for name, token in PLACEHOLDERS.items():
        example = example.replace(name, f" {token} ")
    return fold(example)


@dataclass
class Lexicon:
    cities: Mapping[str, str]  # folded name → city id
    places: Mapping[str, tuple[str, str]]  # folded name → ("country"|"region", id)
    lists: dict[str, str]  # folded synonym → list id
    numbers: dict[str, int]
    ordinals: dict[str, int]
    filler_en: frozenset[str]
    filler_zh: tuple[str, ...]
    followup_en: tuple[str, ...]
    followup_zh: tuple[str, ...]
    pronouns_en: frozenset[str]
    pronouns_zh: tuple[str, ...]
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "whos" → ("who", "is")
    vocab: set[str] = field(default_factory=set)  # every Latin word the examples and keywords use
    vocab_cjk: set[str] = field(default_factory=set)  # every Chinese character they use
    starts: dict[str, int] = field(default_factory=dict)  # first token of a name, list or place → longest key

    @classmethod
    def from_index(cls, index: Index) -> Lexicon:
        raw: dict[str, Any] = index.nlu.get("lexicon", {})
        lists = {fold(word): lid for lid, words in raw.get("lists", {}).items() for word in words}
        numbers = {fold(k): int(v) for k, v in raw.get("numbers", {}).get("en", {}).items()}
        ordinals = {fold(k): int(v) for k, v in raw.get("numbers", {}).get("ordinals", {}).items()}
        filler = raw.get("filler", {})
        follow = raw.get("followup", {})
        lex = cls(
            cities=index.aliases, places={k: (v["kind"], v["id"]) for k, v in index.place_names.items()},
            lists=lists, numbers=numbers, ordinals=ordinals,
            filler_en=frozenset(fold(w) for w in filler.get("en", [])),
            filler_zh=tuple(sorted((fold(w) for w in filler.get("zh", [])), key=len, reverse=True)),
            followup_en=tuple(fold(w) for w in follow.get("en", [])),
            followup_zh=tuple(fold(w) for w in follow.get("zh", [])),
            pronouns_en=frozenset(fold(w) for w in follow.get("pronouns_en", [])),
            pronouns_zh=tuple(fold(w) for w in follow.get("pronouns_zh", [])),
        )
        lex.spellings = {fold(k): tuple(fold(v).split()) for k, v in raw.get("spellings", {}).items()}
        words: list[str] = [*lists, *numbers, *ordinals, *lex.filler_en, *lex.followup_en, *lex.pronouns_en,
                            *lex.filler_zh, *lex.followup_zh, *lex.pronouns_zh]
        for intent in index.nlu.get("intents", {}).get("intents", {}).values():
            for phrases in intent.get("examples", {}).values():
                words.extend(example_key(p) for p in phrases)
            for phrases in intent.get("keywords", {}).values():
                words.extend(fold(p) for p in phrases)
        words.extend(["th", "st", "nd", "rd", "no", "number", "minus", "xcityx", "xlistx", "xnumx", "xordx",
                      "xplacex", "city", "cities", "in", "of", "for", "and", "or", "with", "to", "is", "are"])
        for text in words:
            for tok in tokens(text):
                if is_cjk(tok):
                    lex.vocab_cjk.add(tok)
                else:
                    lex.vocab.add(tok)
        keys = [tokens(k) for k in (*lists, *lex.cities, *lex.places) if k]
        for key in keys:
            if key:
                lex.starts[key[0]] = max(lex.starts.get(key[0], 0), len(key))
        return lex
