"""Picture cards of the ranking: PNG images for the bot and the command line.

    from bot.cards import CardSpec, render
    png = render(index, CardSpec.top("overall", 10, lang="zh-Hans"))   # bytes, 1080 px wide
    png = render(index, CardSpec.city("shanghai"))
    png = render(index, CardSpec.compare(("beijing", "tokyo", "london"), lang="zh-Hant"))
    png = render(index, CardSpec.top("overall", 3, report="set-2025"))  # an edition ("": the default)

`render` memoises per (data, card) in an LRU, so a repeat costs no rendering. It raises
CardError (a ValueError with one plain line) for an unknown report, list or city or a bad city
count. The card for a question is the `card` of the engine's reply to it (the answer builds its
spec, with the answer's report); a "Picture" button carries "card:" + `CardSpec.token()`.
Every word on a card is a `card_…` phrase of data/wording/cards.yaml. PNGs are palette images.
matplotlib is imported only when a card is drawn.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.cards.rendering import build_figure, cache_clear, cache_info, render, render_uncached
    from bot.cards.spec import CardError, CardSpec, validate

_EXPORTS = {
    "CardError": "bot.cards.spec",
    "CardSpec": "bot.cards.spec",
    "validate": "bot.cards.spec",
    "build_figure": "bot.cards.rendering",
    "cache_clear": "bot.cards.rendering",
    "cache_info": "bot.cards.rendering",
    "render": "bot.cards.rendering",
    "render_uncached": "bot.cards.rendering",
}
__all__ = [
    "CardError",
    "CardSpec",
    "build_figure",
    "cache_clear",
    "cache_info",
    "render",
    "render_uncached",
    "validate",
]


def __getattr__(name: str):
    """Load the public names on first use, so `import bot.cards.cli_card` stays cheap."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bot.cards' has no attribute {name!r}")
    return getattr(import_module(module), name)
