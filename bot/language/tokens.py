"""Splitting text into tokens: Latin words, numbers, single Chinese characters, and the few
symbols that carry meaning (#, %, and a dash between two numbers, which means "to").

Each token keeps its raw form (for capitals and echoing) and its key: lowercase, without
accents, in simplified Chinese — the same folding as the index's names (index_core.text.fold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index_core.text import fold, is_cjk

_CONTRACTIONS = (
    (re.compile(r"(?i)n['’]t\b"), " not"),
    (re.compile(r"(?i)['’]re\b"), " are"),
    (re.compile(r"(?i)['’]m\b"), " am"),
    (re.compile(r"(?i)['’]ll\b"), " will"),
    (re.compile(r"(?i)['’]ve\b"), " have"),
    (re.compile(r"(?i)['’]d\b"), " would"),
    (re.compile(r"(?i)\b(what|who|where|that|it|there|here|when)['’]s\b"), r"\1 is"),  # "what's up"
    (re.compile(r"(?i)['’]s\b"), " 's"),  # "Boston's rank": whose
)
_NUMBER_RANGE = re.compile(r"(?<=\d)(st|nd|rd|th)?\s*[-–—~～]\s*(?=(?:number )?\d)")  # "2-4", "9~12", "7th-10th"
_MINUS = re.compile(r"(?:(?<=\s)|^)[-−](?=\d)")  # "top -3": a sign, not a dash
_ABBREVIATION_DOT = re.compile(r"(?<=[A-Za-z])\.(?=[A-Za-z])")  # "U.S." → "US."
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|\d+|'s|[^\W\d_\u3400-\u9fff\uf900-\ufaff]+|[#%]", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]")
_DRAWN_OUT = re.compile(r"([a-z])\1{2,}")  # "heyyy", "sooo", "noooo": a letter held, said once (no name has three)


@dataclass(frozen=True, slots=True)
class Token:
    raw: str  # as typed
    key: str  # folded
    capital: bool  # starts with a capital letter (a name, or the first word of a sentence)
    start: int = 0  # where it stands in the prepared text (see `prepare`)
    end: int = 0

    @property
    def cjk(self) -> bool:
        return is_cjk(self.key[0])

    @property
    def number(self) -> bool:
        return self.key.isdecimal()


_HASH_NUMBER = re.compile(r"#\s?(\d)")


def prepare(text: str) -> str:
    """Contractions spelled out, number ranges as "to", dots inside abbreviations dropped."""
    if "'" in text or "’" in text:
        for pattern, replacement in _CONTRACTIONS:
            text = pattern.sub(replacement, text)
    if " & " in text:  # "basic & higher ed", "Boston & Tokyo" (not "R&D")
        text = text.replace(" & ", " and ")
    if "#" in text:  # "Boston #1": number one
        text = _HASH_NUMBER.sub(r"number \1", text)
    if "." in text:
        text = _ABBREVIATION_DOT.sub("", text)
    if any(dash in text for dash in "-–—~～−"):
        text = _NUMBER_RANGE.sub(lambda m: f"{m.group(1) or ''} to ", text)
        text = _MINUS.sub(" minus ", text)
    return text


def tokenize(text: str, limit: int = 10_000) -> list[Token]:
    """The first `limit` tokens of `text` after `prepare` (their offsets are into the prepared text)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        if len(out) >= limit:
            break
        raw = m.group()
        if raw == "'s":
            out.append(Token(raw, "'s", False, m.start(), m.end()))
            continue
        key = raw if (raw.isascii() and raw.islower()) or raw in ("#", "%") else fold(raw)
        if not key:
            continue
        if len(key) > 2 and key.isascii():
            key = _DRAWN_OUT.sub(r"\1", key)
        for part in key.split():  # folding can split a word ("ǅ" and friends)
            out.append(Token(raw, part, raw[0].isupper(), m.start(), m.end()))
    return out


_KEY = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|\d+|[^\W\d_\u3400-\u9fff\uf900-\ufaff]+|[#%]", re.UNICODE)


_SIGNS = re.compile(r"([#%])")
_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")


def keys(text: str) -> tuple[str, ...]:
    """The token keys of a phrase (for the lexicon's phrase table): what `tokenize` would give as keys,
    read off the folded phrase in one pass."""
    if _PLAIN.fullmatch(text):  # most phrases: lowercase words, nothing to fold or spell out
        return tuple(text.split())
    text = prepare(text)
    if text.strip() in ("'s", "’s"):
        return ("'s",)
    out: list[str] = []
    for part in _SIGNS.split(text):  # "%" and "#" are words of their own, which folding would drop
        if part in ("#", "%"):
            out.append(part)
        elif part:
            out.extend(_KEY.findall(fold(part.replace("'s", " s"))))
    return tuple(out)


def has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None
