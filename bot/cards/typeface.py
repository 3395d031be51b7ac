"""The card fonts: subsets of Noto Sans CJK shipped in bot/cards/fonts/ (SIL OFL 1.1).

Simplified Chinese and English cards use "Citybot Sans SC", traditional Chinese cards
"Citybot Sans TC" (traditional glyph shapes). DejaVu Sans, which ships with matplotlib, is
the only fallback, so a card looks the same on every machine whatever fonts it has installed.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

FONT_DIR = Path(__file__).with_name("fonts")
FONT_FAMILIES = {"SC": "Citybot Sans SC", "TC": "Citybot Sans TC"}
FONT_FILES = {  # (script, bold) → file in FONT_DIR
    ("SC", False): "CitybotSansSC-Regular.otf",
    ("SC", True): "CitybotSansSC-Bold.otf",
    ("TC", False): "CitybotSansTC-Regular.otf",
    ("TC", True): "CitybotSansTC-Bold.otf",
}
FALLBACK = "DejaVu Sans"
_SCRIPT = {"en": "SC", "zh-Hans": "SC", "zh-Hant": "TC"}
_lock = threading.Lock()
_registered = False


def font_paths() -> list[Path]:
    return [FONT_DIR / name for name in FONT_FILES.values()]


def register() -> None:
    """Make the shipped fonts known to matplotlib's font manager (once per process)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from matplotlib import font_manager

        for path in font_paths():
            font_manager.fontManager.addfont(str(path))
        _registered = True


def families(lang: str) -> list[str]:
    """The font family list for a language: the shipped font first, then DejaVu Sans."""
    return [FONT_FAMILIES[_SCRIPT.get(lang, "SC")], FALLBACK]


@lru_cache(maxsize=8)
def _charmap(path: str) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(path).get_charmap())


def _fallback_path() -> str:
    from matplotlib import font_manager

    return font_manager.findfont(FALLBACK)


def missing_glyphs(text: str, lang: str, bold: bool = False) -> set[str]:
    """Characters of `text` that neither the card font for `lang` nor the fallback can draw."""
    script = _SCRIPT.get(lang, "SC")
    primary = _charmap(str(FONT_DIR / FONT_FILES[(script, bold)]))
    wanted = {ch for ch in text if not ch.isspace() and ord(ch) not in primary}
    if not wanted:
        return set()
    fallback = _charmap(_fallback_path())
    return {ch for ch in wanted if ord(ch) not in fallback}
