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


_CJK_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")
_KNOWN_RUNS: dict[str, str] = {}  # runs of Chinese whose simplified form the index precomputed


def learn_simplified(runs: dict[str, str]) -> None:
    """Remember precomputed conversions, so that folding known words never loads OpenCC."""
    _KNOWN_RUNS.update(runs)


def chinese_runs(text: str) -> list[str]:
    return _CJK_RUN.findall(text)


def to_simplified(text: str) -> str:
    """Fold traditional Chinese characters to simplified (other text passes through)."""
    if not has_cjk(text):
        return text
    return _CJK_RUN.sub(_simplified_run, text)


def _simplified_run(m: re.Match[str]) -> str:
    run = m.group()
    known = _KNOWN_RUNS.get(run)
    return known if known is not None else _to_simplified(run)


@lru_cache(maxsize=4096)
def _to_simplified(run: str) -> str:
    return _t2s().convert(run)


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
