"""Picture-card benchmarks: time per card kind and language (cold and cached), height, and PNG
size as a palette image against the RGBA PNG matplotlib writes.

    .venv/bin/python benchmarks/bench_cards.py [--repeat 3] [--data DIR]

"first" is the first card drawn in the process (it also pays for importing matplotlib and
loading the card fonts); "cold" is the median of fresh renders (`render_uncached`: layout, draw,
palette PNG); "cached" is the median of `bot.cards.render` for a card already in the LRU cache.
"rgba"/"palette" are the two encodings of the same figure, "ratio" palette / rgba, and "enc ms"
the time of each encoding (median), all measured in this one run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGS = ("en", "zh-Hans", "zh-Hant")
CARDS = [  # (label, CardSpec fields without the language: kind, list_id, n, city_ids)
    ("list: overall top 10", ("list", "overall", 10, ())),
    ("list: education top 3", ("list", "education", 3, ())),
    ("list: talent group", ("list", "talent", None, ())),
    ("city: shanghai", ("city", "", None, ("shanghai",))),
    ("city: boston", ("city", "", None, ("boston",))),
    ("compare: 2 cities", ("compare", "", None, ("beijing", "tokyo"))),
    ("compare: 3 cities", ("compare", "", None, ("beijing", "tokyo", "london"))),
    ("compare: 4 cities", ("compare", "", None, ("beijing", "tokyo", "london", "san-francisco"))),
]


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="renders per card for the medians")
    parser.add_argument("--data", help="data folder (default: the project's data)")
    args = parser.parse_args(argv)

    from index_core.store import load_index

    index = load_index(args.data)
    t0 = time.perf_counter()
    from bot.cards import CardSpec, build_figure, cache_clear, render, render_uncached
    from bot.cards.canvas import png_bytes, rgba_png_bytes

    render_uncached(index, CardSpec(*CARDS[0][1], lang="en"))
    first = time.perf_counter() - t0
    print(f"first card in the process (imports matplotlib, loads fonts): {first * 1000:.0f} ms\n")
    print(f"{'card':24} {'lang':8} {'cold ms':>8} {'cached µs':>9} {'height':>6} {'rgba KiB':>8} "
          f"{'palette KiB':>11} {'ratio':>6} {'enc ms rgba/palette':>19}")
    cache_clear()
    ratios, tallest_compare = [], 0
    for label, fields in CARDS:
        for lang in LANGS:
            spec = CardSpec(*fields, lang=lang)
            cold, rgba_t, pal_t = [], [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                png = render_uncached(index, spec)
                cold.append(time.perf_counter() - t)
                fig = build_figure(index, spec)
                t = time.perf_counter()
                rgba = rgba_png_bytes(fig)
                rgba_t.append(time.perf_counter() - t)
                t = time.perf_counter()
                png_bytes(fig)
                pal_t.append(time.perf_counter() - t)
            render(index, spec)  # into the cache
            cached = []
            for _ in range(1000):
                t = time.perf_counter()
                render(index, spec)
                cached.append(time.perf_counter() - t)
            height = int.from_bytes(png[20:24], "big")
            ratio = len(png) / len(rgba)
            ratios.append(ratio)
            if fields[0] == "compare":
                tallest_compare = max(tallest_compare, height)
            print(f"{label:24} {lang:8} {_median_ms(cold):8.0f} {_median_ms(cached) * 1000:9.1f} {height:6} "
                  f"{len(rgba) / 1024:8.0f} {len(png) / 1024:11.0f} {ratio:6.2f} "
                  f"{_median_ms(rgba_t):10.0f}/{_median_ms(pal_t):.0f}")
    print(f"\npalette / rgba: {min(ratios):.2f} to {max(ratios):.2f} (median {statistics.median(ratios):.2f}); "
          f"tallest comparison: {tallest_compare} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
