"""Name normalisation shared by the index builder and the language layer (so keys always match)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # a C extension: ~4 ms to set up, so only on first use

    return opencc.OpenCC("t2s")


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def to_simplified(text: str) -> str:
    """Fold traditional Chinese characters to simplified (other text passes through)."""
    if not has_cjk(text):
        return text
    return _to_simplified(text)


@lru_cache(maxsize=4096)
def _to_simplified(text: str) -> str:
    return _t2s().convert(text)


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to strip (and the common case)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lowercase, width- and accent-folded, simplified Chinese, punctuation as spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = strip_accents(text).replace("'", "").replace("’", "").replace(".", "")
    text = _PUNCT.sub(" ", to_simplified(text)).replace("_", " ")
    return _SPACE.sub(" ", text).strip()


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
