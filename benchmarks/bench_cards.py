"""Picture-card benchmarks: rendering time per card kind, cold and cached, and PNG size.

    .venv/bin/python benchmarks/bench_cards.py [--repeat 5]

"first" is the first card drawn in the process (it also pays for importing matplotlib and
loading the card fonts); "cold" is the median of fresh renders (no cache); "cached" is the
median of `bot.cards.render` for a card already in the LRU cache.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CARDS = [  # (label, CardSpec fields: kind, list_id, n, city_ids, lang)
    ("list: overall top 10 (en)", ("list", "overall", 10, (), "en")),
    ("list: education top 3 (zh-Hans)", ("list", "education", 3, (), "zh-Hans")),
    ("list: talent group (zh-Hant)", ("list", "talent", None, (), "zh-Hant")),
    ("city: shanghai (en)", ("city", "", None, ("shanghai",), "en")),
    ("city: hong-kong (zh-Hant)", ("city", "", None, ("hong-kong",), "zh-Hant")),
    ("compare: 2 cities (zh-Hans)", ("compare", "", None, ("beijing", "tokyo"), "zh-Hans")),
    ("compare: 4 cities (en)", ("compare", "", None, ("beijing", "tokyo", "london", "boston"), "en")),
]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="renders per card for the cold median")
    args = parser.parse_args(argv)

    from index_core.store import load_index

    index = load_index()
    t0 = time.perf_counter()
    from bot.cards import CardSpec, cache_clear, render, render_uncached

    first_spec = CardSpec(*CARDS[0][1])
    render_uncached(index, first_spec)
    first = time.perf_counter() - t0

    print(f"first card in the process (imports matplotlib, loads fonts): {_ms(first).strip()} ms\n")
    print(f"{'card':34} {'cold ms':>8} {'cached ms':>10} {'size KiB':>9} {'pixels':>11}")
    cache_clear()
    for label, fields in CARDS:
        spec = CardSpec(*fields)
        cold = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            png = render_uncached(index, spec)
            cold.append(time.perf_counter() - t)
        render(index, spec)  # into the cache
        cached = []
        for _ in range(1000):
            t = time.perf_counter()
            render(index, spec)
            cached.append(time.perf_counter() - t)
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        print(f"{label:34} {_ms(statistics.median(cold))} {statistics.median(cached) * 1000:10.4f} "
              f"{len(png) / 1024:9.0f} {f'{width}x{height}':>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
