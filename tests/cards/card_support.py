"""Shared helpers of the picture-card tests (imported as a top-level module, like tg_support)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cards import CardSpec

EDITIONS = Path(__file__).resolve().parents[1] / "fixtures" / "editions"  # 2025 (real) + demo-2026 (invented)

LANGS = ("en", "zh-Hans", "zh-Hant")
# A glyph the card font cannot draw makes matplotlib warn; in these tests that is a failure.
NO_MISSING_GLYPHS = pytest.mark.filterwarnings("error:Glyph .* missing from font:UserWarning")

SPECS = {  # one card of each kind (two for lists: a ranking and a group with unnamed members)
    "list": lambda lang: CardSpec.top("overall", 10, lang),
    "talent": lambda lang: CardSpec.top("talent", None, lang),
    "city": lambda lang: CardSpec.city("shanghai", lang),
    "compare": lambda lang: CardSpec.compare(("beijing", "tokyo", "london", "san-francisco"), lang),
}


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def words(index, key: str, lang: str, **values) -> str:
    """A card phrase as the card writes it."""
    from bot.wording.phrases import Wording

    return Wording(index.wording).say(key, lang, **values).plain
