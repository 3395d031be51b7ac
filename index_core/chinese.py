"""Simplified and traditional Chinese, worked out once when the index is built (OpenCC is a
build-time tool: the answering path reads these tables and never loads it).

- `tables()`: for every Chinese character whose form differs between the scripts, its
  simplified form (to fold a question before matching) and which script it belongs to (to
  reply in the script the asker used);
- `traditional(text)`: a phrase of the bot's wording in traditional characters.
"""

from __future__ import annotations

from functools import cache
from typing import Any

BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))  # CJK unified (+ext. A) and compatibility


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def traditional(text: str) -> str:
    """Simplified → traditional Chinese (phrase-aware, as OpenCC's s2t does it)."""
    return _converter("s2t").convert(text)


def simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def tables() -> dict[str, Any]:
    """`t2s`: traditional character → simplified character (one character each);
    `hant`: characters only the traditional script uses; `hans`: only the simplified one."""
    t2s = _converter("t2s")
    traditional_forms = [_converter(c) for c in ("s2t", "s2tw", "s2hk")]
    fold: dict[str, str] = {}
    hant: list[str] = []
    hans: list[str] = []
    for start, stop in BLOCKS:
        for code in range(start, stop):
            ch = chr(code)
            as_simplified = t2s.convert(ch)
            kept = any(form.convert(ch) == ch for form in traditional_forms)  # 台 is written so in Hong Kong
            if as_simplified != ch and len(as_simplified) == 1:
                fold[ch] = as_simplified
            if as_simplified != ch and kept:
                hant.append(ch)
            elif as_simplified == ch and not kept:
                hans.append(ch)
    return {"t2s": "".join(k + v for k, v in sorted(fold.items())), "hant": "".join(hant), "hans": "".join(hans)}
