"""The data, reloaded while a program runs: `citybot chat` between questions, `citybot run` on SIGHUP.

A reload builds a whole new engine beside the one answering (the index is rebuilt, or taken from
the cache, by `index_core.store.load_index`, keyed by the data's hash) and hands it over only when
it loaded: new data with a problem leaves the engine before answering, and the problem is said in
one line (the file, the place in it and the fault, as `citybot build-index` says it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.engine import Engine
from index_core.errors import BuildToolsMissing, DataError
from index_core.paths import DataWatch, data_dir


@dataclass(frozen=True)
class Reload:
    """What a reload found: a new `engine`, or none (`problem` says why, or the data was unchanged)."""

    engine: Engine | None = None
    problem: str = ""

    @property
    def unchanged(self) -> bool:
        return self.engine is None and not self.problem


def engine_key(engine: Any) -> str | None:
    """The data hash of the index an engine answers from (None for an engine without one)."""
    return getattr(getattr(engine, "index", None), "key", None)


def load_if_changed(folder: Path, key: str | None, *, build_apart: bool = False) -> Reload:
    """The engine of the data in `folder` if its hash is not `key`. Never raises for bad data, a
    missing folder or file, or missing build tools: the problem comes back as one line.

    `build_apart`: an index that must be built is built by another process (the bot's reload: the
    build holds the interpreter for up to seconds at a time, which a thread would take from the
    answers), then loaded from the cache here."""
    from index_core.store import data_key

    try:
        new_key = data_key(folder)
        if key is not None and new_key == key:
            return Reload()
        if build_apart and not _index_ready(new_key):
            problem = _build_in_another_process(folder)
            if problem:
                return Reload(problem=problem)
        return Reload(engine=Engine.load(folder))
    except (DataError, BuildToolsMissing) as exc:
        return Reload(problem=_one_line(str(exc)))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return Reload(problem=_one_line(f"{where}{exc.strerror or exc}"))
    except Exception as exc:  # whatever else the new data breaks: still one line, old engine kept
        return Reload(problem=_one_line(f"{folder}: {type(exc).__name__}: {exc}"))


def _index_ready(key: str) -> bool:
    """Whether the index for data with this hash is built (shipped with the package, or cached)."""
    from index_core.paths import PREBUILT_DIR, index_dir
    from index_core.store import gazetteer_default, index_name

    name = index_name(key, gazetteer=gazetteer_default())
    return (PREBUILT_DIR / name).is_file() or (index_dir() / name).is_file()


_BUILD = """
import sys
from pathlib import Path
from index_core.errors import BuildToolsMissing, DataError
from index_core.store import build_index
try:
    build_index(Path(sys.argv[1]))
except (DataError, BuildToolsMissing) as exc:
    print(exc)
    sys.exit(3)
"""


def _build_in_another_process(folder: Path) -> str:
    """Build and cache the index of `folder` in a child Python; "" or the problem, in one line."""
    root = str(Path(__file__).resolve().parents[1])  # where bot/ and index_core/ are
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH"))))}
    done = subprocess.run([sys.executable, "-c", _BUILD, str(folder)], capture_output=True, text=True,
                          env=env, timeout=600, check=False)
    if done.returncode == 0:
        return ""
    if done.returncode == 3:
        return _one_line(done.stdout)
    last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
    return _one_line(f"{folder}: building the index failed: {last}")


def summary(engine: Engine) -> str:
    """"report set-2025 (released 2025-01-24), 12 cities": what a reloaded engine answers about."""
    index = engine.index
    return (f"report {index.default.id} (released {index.default.meta.get('released', '?')}), "
            f"{len(index.city_ids())} cities, data key {index.key}")


def _one_line(text: str) -> str:
    return " ".join(text.split())[:500]


class LiveEngine:
    """An engine that follows its data folder (for `citybot chat`): `current()` reloads it when a
    data file changed (a look at the files' stat, some microseconds) or a reload was `request`ed."""

    def __init__(self, data: str | Path | None) -> None:
        self.folder: Path = data_dir(data)
        self._watch = DataWatch(self.folder)
        self.engine: Engine = Engine.load(self.folder)
        self._requested = False

    def request(self) -> None:
        """Reload before the next answer even if the files look the same (SIGHUP)."""
        self._requested = True

    def current(self) -> tuple[Engine, Reload]:
        """The engine for the data as it is now, and what a reload found (`Reload()` if none was
        needed). New data that cannot be loaded keeps the engine before; its problem is reported
        once, and the data is tried again when it changes again."""
        if self._watch.changed():
            self._requested = True
        if not self._requested:
            return self.engine, Reload()
        self._requested = False  # a SIGHUP from now on asks for one more look
        try:
            outcome = load_if_changed(self.folder, engine_key(self.engine))
        except KeyboardInterrupt:  # Ctrl-C during the reload: the next question tries again
            self._requested = True
            raise
        if outcome.engine is not None:
            self.engine = outcome.engine
        return self.engine, outcome
