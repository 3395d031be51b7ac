"""Normalising a message: width, case, mentions, commands, script detection, folding."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from index_core.text import fold, has_cjk

_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,64}\b")
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
# (lone surrogates too: they are not text, and OpenCC cannot encode them)
MAX_CHARS = 500  # questions are short; the rest of a long paste is not read


@dataclass(frozen=True, slots=True)
class Message:
    """A message ready for matching."""

    raw: str  # as typed (control characters removed), for echoing back
    folded: str  # lowercase, simplified Chinese, punctuation as spaces, numbers kept
    lang: str  # "en", "zh-Hans" or "zh-Hant"
    command: str | None  # "rank" for "/rank@AnyBot shanghai"
    has_cjk: bool


@cache
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def detect_lang(text: str, default_zh: str = "zh-Hans") -> str:
    """en, zh-Hans or zh-Hant, from the characters the asker used."""
    if not has_cjk(text):
        return "en"
    chars = _CJK_CHAR.findall(text)
    if len(_LATIN_WORD.findall(text)) > len(chars):
        return "en"
    script = _script("".join(chars))
    return script or default_zh  # None: characters that are the same in both scripts


_CJK_CHAR = re.compile("[\u3400-\u9fff\uf900-\ufaff]")  # the same range as index_core.text.is_cjk
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=4096)
def _script(run: str) -> str | None:
    if _opencc("t2s").convert(run) != run:
        return "zh-Hant"
    if _opencc("s2t").convert(run) != run:
        return "zh-Hans"
    return None


def normalize(text: str, *, default_zh: str = "zh-Hans") -> Message:
    text = (text or "")[:MAX_CHARS * 4]
    if not text.isprintable():  # control, format and surrogate characters (and newlines, which stay)
        text = _CONTROL.sub(" ", text)
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    command = None
    if text.startswith("/"):
        m = _COMMAND.match(text)
        if m:
            command = m.group(1).lower()
            text = text[m.end():].strip()
    if "@" in text:
        text = _MENTION.sub(" ", text).strip()
    text = text[:MAX_CHARS]
    cjk = has_cjk(text)
    return Message(raw=text, folded=fold_query(text), lang=detect_lang(text, default_zh) if cjk else "en",
                   command=command, has_cjk=cjk)


_KEEP = re.compile(r"[#&+]")
_SPACE = re.compile(r"\s+")
_SIGNED = re.compile(r"(?:(?<=\s)|^)[-−](?=\d)")
_DIGIT_THEN = re.compile(r"(\d)([^\d\s.,])")
_THEN_DIGIT = re.compile(r"([^\d\s#.,])(\d)")
_ANY_DIGIT = re.compile(r"\d")


def fold_query(text: str) -> str:
    """`index_core.text.fold` (the index's key folding), keeping '#' and digits apart from words."""
    if "'" in text or "’" in text:
        text = text.replace("’", "'").replace("'s ", " ").replace("'s?", " ?")
    if _ANY_DIGIT.search(text):
        text = _SIGNED.sub(" minus ", text)  # "top -3" keeps its sign
        text = _DIGIT_THEN.sub(r"\1 \2", text)  # "8th" stays readable below; "top3" → "top 3"
        text = _THEN_DIGIT.sub(r"\1 \2", text)
    if "#" in text or "&" in text or "+" in text:
        text = _KEEP.sub(lambda m: f" {'#' if m.group() == '#' else ' '} ", text)
        folded = fold(text.replace("#", " hashnum "))
        return _SPACE.sub(" ", folded.replace("hashnum", "#")).strip()
    return fold(text)
