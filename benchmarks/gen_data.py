"""Generate a synthetic data folder for benchmarks: many cities, a report with 12 lists.

    python benchmarks/gen_data.py OUT_DIR [--cities 10000] [--seed 1]

The folder has the same layout as `data/` (countries.yaml, cities.yaml,
reports/<id>/report.yaml, CSV entries files) and passes validation. The 12 lists mix
ranking lists of various published lengths (up to every city) — some written inline in
YAML, the long ones as `entries_file` CSVs — and groups: complete, incomplete, and with a
country composition that leaves some members unnamed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

REGIONS = ("north-america", "south-america", "europe", "africa", "asia", "oceania")
N_COUNTRIES = 200
# Common CJK characters for synthetic Chinese names (simplified and traditional variants).
HANS = "东南西北中山水城市港湾新安平和阳华龙海江河京州宁天长乐福"
HANT = "東南西北中山水城市港灣新安平和陽華龍海江河京州寧天長樂福"

RANKINGS = (  # (list id, published, written as CSV)
    ("overall", None, True),  # None = every city
    ("rank-5000", 5000, True),
    ("rank-2000", 2000, True),
    ("rank-1000", 1000, False),
    ("rank-100", 100, False),
    ("rank-10", 10, False),
    ("rank-3", 3, False),
)


def _country_codes() -> list[str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    codes = [a + b for a in letters for b in letters]
    return codes[:N_COUNTRIES]


def _zh(i: int) -> tuple[str, str]:
    """Distinct 4-character Chinese names for city number i (simplified, traditional)."""
    n = len(HANS)
    digits = [(i // n**k) % n for k in range(3)]
    return "".join(HANS[d] for d in digits) + "市", "".join(HANT[d] for d in digits) + "市"


def generate(out: Path, n_cities: int = 10_000, seed: int = 1) -> Path:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    codes = _country_codes()
    country_region = {code: REGIONS[i % len(REGIONS)] for i, code in enumerate(codes)}

    lines = ["regions:"]
    for rid in REGIONS:
        lines += [f"  {rid}:", f"    en: {rid.replace('-', ' ').title()}", f"    aliases: [{rid} region]"]
    lines.append("countries:")
    for code in codes:
        lines += [f"  '{code}':", f"    en: Country {code}", f"    region: {country_region[code]}",
                  f"    aliases: [{code.lower()}land]"]
    (out / "countries.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    city_ids = [f"city-{i:05d}" for i in range(n_cities)]
    city_country = {cid: rng.choice(codes) for cid in city_ids}
    lines = ["cities:"]
    for i, cid in enumerate(city_ids):
        hans, hant = _zh(i)
        lines += [f"  {cid}:", f"    en: Synthetic City {i}", f"    zh-Hans: {hans}", f"    zh-Hant: {hant}",
                  f"    country: '{city_country[cid]}'", f"    aliases: [sc{i}, synth {i}]"]
    (out / "cities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = out / "reports" / "synthetic"
    report.mkdir(parents=True, exist_ok=True)
    lines = ["id: synthetic", "title:", "  en: A synthetic report", "index_name:", "  en: synthetic index",
             "released: 2026-01-01", f"cities_evaluated: {n_cities}", "compilers:", "  - en: benchmarks/gen_data.py",
             "source: gen", "sources:", "  gen:", "    en: generated data", "lists:"]
    for lid, published, as_csv in RANKINGS:
        published = published or n_cities
        order = rng.sample(city_ids, published)
        lines += [f"  - id: {lid}", "    name:", f"      en: {lid}", "    kind: ranking",
                  f"    published: {published}", "    source: gen"]
        if as_csv:
            (report / f"{lid}.csv").write_text(
                "rank,city\n" + "".join(f"{r},{c}\n" for r, c in enumerate(order, 1)), encoding="utf-8")
            lines.append(f"    entries_file: {lid}.csv")
        else:
            lines.append("    entries:")
            lines += [f"      - {{rank: {r}, city: {c}}}" for r, c in enumerate(order, 1)]

    def group(lid: str, members: list[str], complete: bool, extra: list[str]) -> None:
        lines.extend([f"  - id: {lid}", "    name:", f"      en: {lid}", "    kind: group",
                      f"    complete: {'true' if complete else 'false'}", "    source: gen", *extra,
                      f"    members: [{', '.join(members)}]"])

    group("group-complete", rng.sample(city_ids, 500), True, [])
    group("group-partial", rng.sample(city_ids, 200), False, [])
    group("group-sized", rng.sample(city_ids, 30), False, ["    size: 50"])
    # Groups with a composition: members from a few countries, some left unnamed.
    for lid, n_countries, named_share, complete in (("group-composed", 10, 0.6, False),
                                                    ("group-composed-complete", 8, 1.0, True)):
        chosen = rng.sample(codes, n_countries)
        composition: dict[str, int] = {}
        members: list[str] = []
        for code in chosen:
            pool = [c for c in city_ids if city_country[c] == code]
            named = rng.sample(pool, int(len(pool) * named_share))
            composition[code] = len(named) if complete else len(named) + rng.randint(1, 5)
            members += named
        comp = ["    composition:"] + [f"      '{code}': {n}" for code, n in composition.items()]
        group(lid, members, complete, [f"    size: {sum(composition.values())}", *comp])
    lines += ["statements:", "  - id: synthetic", "    topic: findings", "    en: Synthetic cities are synthetic.",
              "    source: gen"]
    (report / "report.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (created if missing)")
    parser.add_argument("--cities", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(generate(args.out, args.cities, args.seed))


if __name__ == "__main__":
    main()
