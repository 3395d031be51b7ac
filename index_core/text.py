"""Name normalisation shared by the index builder and the language layer (so keys always match)."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


_CJK_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")
_TO_SIMPLIFIED: dict[int, str] = {}  # traditional character → simplified, from the built index


def learn_chinese(t2s: str) -> None:
    """Install the index's traditional → simplified table (pairs of characters, see
    index_core.chinese), so folding never needs OpenCC at run time."""
    _TO_SIMPLIFIED.clear()
    _TO_SIMPLIFIED.update({ord(t2s[i]): t2s[i + 1] for i in range(0, len(t2s) - 1, 2)})


def chinese_runs(text: str) -> list[str]:
    return _CJK_RUN.findall(text)


def to_simplified(text: str) -> str:
    """Fold traditional Chinese characters to simplified (other text passes through)."""
    if not has_cjk(text):
        return text
    if not _TO_SIMPLIFIED:  # only while building, before an index has taught the table
        from index_core.chinese import tables

        learn_chinese(tables()["t2s"])
    return text.translate(_TO_SIMPLIFIED)


_MAY_HAVE_ACCENTS = re.compile("[^\x00-\x7f\u3400-\u9fff]")  # not ASCII, not unified Chinese


def strip_accents(text: str) -> str:
    if not _MAY_HAVE_ACCENTS.search(text):  # nothing to strip (and the common case)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lowercase, width- and accent-folded, simplified Chinese, punctuation as spaces."""
    if text.isascii():  # NFKC, accents and Chinese scripts: nothing to do
        text = text.lower().replace("'", "").replace(".", "")
        text = _PUNCT.sub(" ", text).replace("_", " ")
        return _SPACE.sub(" ", text).strip()
    text = unicodedata.normalize("NFKC", text).casefold()
    text = strip_accents(text).replace("'", "").replace("’", "").replace(".", "")
    text = _PUNCT.sub(" ", to_simplified(text)).replace("_", " ")
    return _SPACE.sub(" ", text).strip()


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
