"""Normalising a message: width (NFKC), control characters, the command (`/rank@AnyBot ...`),
@mentions, and the language and script it is written in.

The script is told from the index's table of characters that only one script uses (built by
index_core.chinese), so detecting it never loads OpenCC.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,64}\b")
_SAID_APART = re.compile(r"\s*\x00\s*")  # where a mention starts a sentence (see _mention_gap)
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
MAX_CHARS = 2000  # a long paste is read up to here: the question is usually in its first paragraphs


@dataclass(frozen=True, slots=True)
class Message:
    raw: str  # as typed (control characters, the command and mentions removed)
    lang: str  # "en", "zh-Hans" or "zh-Hant"
    command: str | None = None  # "rank" for "/rank@AnyBot shanghai"
    has_letters: bool = True  # False for "?", "123", emoji: the chat's language is kept


BOTH_SCRIPTS = frozenset("晒")  # simplified forms that traditional writers use too (Cantonese 晒: "多謝晒")


class Scripts:
    """Tells simplified from traditional Chinese by the characters only one script uses."""

    def __init__(self, tables: Mapping[str, str], cantonese: str = "") -> None:
        self._hant = frozenset(tables.get("hant", ""))
        self._hans = frozenset(tables.get("hans", "")) - BOTH_SCRIPTS
        self._cantonese = frozenset(cantonese)  # written Cantonese (冇, 嘅, 喺): Hong Kong's, so traditional

    def lang(self, text: str, default_zh: str = "zh-Hans") -> str:
        chars = _CJK.findall(text)
        if not chars:
            return "en"
        if len(_LATIN_WORD.findall(text)) > len(chars):
            return "en"
        hant = sum(ch in self._hant for ch in chars)
        hans = sum(ch in self._hans for ch in chars)
        if hant > hans:
            return "zh-Hant"
        if hans > hant:
            return "zh-Hans"
        if any(ch in self._cantonese for ch in chars):
            return "zh-Hant"  # "有冇日本城市入到前十": only shared characters, but said in Cantonese
        return default_zh  # characters both scripts share: the chat's script, else simplified


def _mention_gap(m: re.Match[str]) -> str:
    """A mention of the bot in the middle of a message starts what is said to it: "… my slides are a mess 😭
    quick q tho @citybot is tokyo in the top ten" is a sentence of its own from the mention on."""
    before, after = m.string[:m.start()].rstrip(), m.string[m.end():].lstrip()
    said_apart = before and before[-1] not in ".!?。！？,，:：;；" and after[:1].isalnum()
    return "\x00" if said_apart else " "


def normalize(text: str, scripts: Scripts, *, default_lang: str = "en") -> Message:
    text = (text or "")[:MAX_CHARS * 2]
    if not text.isprintable():
        text = _CONTROL.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    command = None
    if text.startswith("/"):
        m = _COMMAND.match(text)
        if m:
            command = m.group(1).lower()
            text = text[m.end():].strip()
    if "@" in text:
        text = _SAID_APART.sub(". ", _MENTION.sub(_mention_gap, text)).strip()
    text = text[:MAX_CHARS]
    letters = _LETTER.search(text) is not None
    default_zh = default_lang if default_lang.startswith("zh") else "zh-Hans"
    lang = scripts.lang(text, default_zh) if letters else default_lang
    return Message(raw=text, lang=lang, command=command, has_letters=letters)
