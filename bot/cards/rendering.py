"""Render a card to PNG bytes, memoised in an LRU. matplotlib is imported on the first render."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, NamedTuple

from bot.cards.spec import CardSpec, validate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from index_core.index import Index

log = logging.getLogger(__name__)
CACHE_SIZE = 128


class CacheInfo(NamedTuple):
    hits: int
    misses: int  # = renders
    size: int
    maxsize: int


_cache: OrderedDict[tuple, bytes] = OrderedDict()
_cache_lock = threading.Lock()
_draw_lock = threading.Lock()  # matplotlib's font and text caches are not made for threads
_stats = {"hits": 0, "misses": 0}


def _key(index: Index, spec: CardSpec) -> tuple:
    return (index.key or id(index), spec)  # a validated spec names its report


def build_figure(index: Index, spec: CardSpec) -> Figure:
    """The card as a matplotlib Figure (Agg canvas attached), for inspection or custom output."""
    from bot.cards import draw, typeface
    from bot.cards.content import build_model

    spec = validate(index, spec)
    model = build_model(index, spec)
    missing = set().union(*(typeface.missing_glyphs(t, spec.lang) for t in model.texts()))
    if missing:  # new characters in the data: run `python tools/subset_fonts.py`
        log.warning("card font lacks %s; run python tools/subset_fonts.py", "".join(sorted(missing)))
    return draw.build_figure(model)


def render_uncached(index: Index, spec: CardSpec) -> bytes:
    """Draw the card now: PNG bytes."""
    from bot.cards.canvas import png_bytes

    with _draw_lock:
        return png_bytes(build_figure(index, spec))


def render(index: Index, spec: CardSpec) -> bytes:
    """The card as PNG bytes; a repeat of the same card on the same data is served from the cache."""
    spec = validate(index, spec)
    key = _key(index, spec)
    with _cache_lock:
        png = _cache.get(key)
        if png is not None:
            _cache.move_to_end(key)
            _stats["hits"] += 1
            return png
        _stats["misses"] += 1
    png = render_uncached(index, spec)
    with _cache_lock:
        _cache[key] = png
        _cache.move_to_end(key)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return png


def cache_info() -> CacheInfo:
    with _cache_lock:
        return CacheInfo(_stats["hits"], _stats["misses"], len(_cache), CACHE_SIZE)


def cache_clear() -> None:
    with _cache_lock:
        _cache.clear()
        _stats["hits"] = _stats["misses"] = 0
