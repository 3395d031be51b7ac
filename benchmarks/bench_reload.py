"""What reloading the data costs (bot/live.py): the chat's look at the files before each answer, a
reload that finds nothing changed, a reload from a cached index and one that builds it, and how
long answers wait meanwhile when the build runs in a thread or in another process (the bot's way).

    python benchmarks/bench_reload.py [--no-gazetteer]

Works on a temporary copy of data/ and a temporary index cache; prints numbers, no pass/fail.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = ["where does shanghai rank?", "top 3 in education", "compare beijing and tokyo",
             "who comes right after london?"]


def edit(data: Path, note: str) -> None:
    """A comment at the end of cities.yaml: data with a hash of its own (not in the cache yet)."""
    cities = data / "cities.yaml"
    cities.write_text(cities.read_text(encoding="utf-8") + f"# {note}\n", encoding="utf-8")


def waits_during(engine, reload) -> tuple[float, list[float]]:
    """Run `reload` in a thread while a question comes every 5 ms: (its seconds, how long each question
    waited for its answer beyond the 5 ms, in ms: the time to get the interpreter back included)."""
    waits: list[float] = []
    thread = threading.Thread(target=reload)
    start = time.perf_counter()
    thread.start()
    i = 0
    while thread.is_alive():
        t = time.perf_counter()
        time.sleep(0.005)
        engine.answer(QUESTIONS[i % len(QUESTIONS)], {})
        waits.append((time.perf_counter() - t - 0.005) * 1000)
        i += 1
    return time.perf_counter() - start, waits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-gazetteer", action="store_true", help="indexes without the world-city gazetteer")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="citybot-bench-reload-"))
    os.environ["CITYBOT_INDEX_DIR"] = str(work / "index")
    if args.no_gazetteer:
        os.environ["CITYBOT_NO_GAZETTEER"] = "1"
    data = work / "data"
    shutil.copytree(ROOT / "data", data)

    from bot.live import LiveEngine, engine_key, load_if_changed
    from index_core.paths import DataWatch

    try:
        live = LiveEngine(data)
        watch = DataWatch(data)
        looks = 5000
        t = time.perf_counter()
        for _ in range(looks):
            watch.changed()
        print(f"chat: a look at the data before an answer: {(time.perf_counter() - t) / looks * 1e6:.0f} µs "
              f"({len(watch._paths)} files and folders)")
        key = engine_key(live.engine)
        t = time.perf_counter()
        assert load_if_changed(data, key).unchanged
        print(f"reload, nothing changed (the data's hash): {(time.perf_counter() - t) * 1000:.1f} ms")
        original = (data / "cities.yaml").read_bytes()
        for apart in (False, True):
            edit(data, f"built {'apart' if apart else 'in a thread'}")
            seconds, waits = waits_during(live.engine,
                                          lambda apart=apart: load_if_changed(data, key, build_apart=apart))
            how = "in another process" if apart else "in a thread"
            print(f"reload building the index {how}: {seconds:.1f} s; answers meanwhile: median "
                  f"{statistics.median(waits):.1f} ms, longest {max(waits):.0f} ms ({len(waits)} answers)")
        (data / "cities.yaml").write_bytes(original)  # back to the data loaded at first: its index is cached
        t = time.perf_counter()
        assert load_if_changed(data, None, build_apart=True).engine is not None
        print(f"reload from a cached index: {(time.perf_counter() - t) * 1000:.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
