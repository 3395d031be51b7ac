"""Where the data folder, the built index and the bot's state live.

The report data is found in one of two places: an installed package carries a copy of the
project's `data/` folder inside `index_core/data/` (put there when the wheel is built, together
with the index built from it in `index_core/prebuilt/`); a source checkout (and an editable
install) reads the checkout's own top-level `data/`. `--data DIR` or `$CITYBOT_DATA` point
anywhere else.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HERE = Path(__file__).resolve().parent
PACKAGED_DATA = _HERE / "data"  # in an installed wheel
CHECKOUT_DATA = _HERE.parent / "data"  # in a source checkout
PROJECT_DATA = PACKAGED_DATA if PACKAGED_DATA.is_dir() else CHECKOUT_DATA
PREBUILT_DIR = _HERE / "prebuilt"  # indexes built with the wheel (absent in a checkout)

STATE_ENV = "CITYBOT_STATE_DIR"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder: an explicit path, else $CITYBOT_DATA, else the project's data."""
    chosen = explicit or os.environ.get("CITYBOT_DATA") or PROJECT_DATA
    return Path(chosen).expanduser().resolve()


def index_dir() -> Path:
    """Where built indexes are cached: $CITYBOT_INDEX_DIR, else the user cache folder
    ($XDG_CACHE_HOME/citybot, default ~/.cache/citybot). A cache: deleting it costs one rebuild."""
    if env := os.environ.get("CITYBOT_INDEX_DIR"):
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    folder = Path(base) / "citybot"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / "citybot-index"


LANGUAGE_FOLDERS = ("language", "wording")  # the bot's own words: a data folder may leave them out


def language_folder(folder: Path, name: str) -> Path:
    """`folder/name`, or the project's own when a data folder brings only reports, cities and countries."""
    own = folder / name
    return own if own.is_dir() else PROJECT_DATA / name


def state_dir() -> Path:
    """Where the bot keeps what must survive (chat state, its journal, the chat history):
    $CITYBOT_STATE_DIR (the container sets /var/lib/citybot), else $XDG_STATE_HOME/citybot,
    else ~/.local/state/citybot. Not created here: whoever writes a file creates the folder."""
    if env := os.environ.get(STATE_ENV, "").strip():
        return Path(env).expanduser()
    base = os.environ.get("XDG_STATE_HOME", "").strip()
    return (Path(base).expanduser() if base else Path.home() / ".local" / "state") / "citybot"


def data_files(folder: Path) -> list[Path]:
    """Every file the index depends on (YAML and CSV, hidden files aside), in a stable order:
    the folder's, and the project's language and wording where the folder has none."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".csv")
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    for name in LANGUAGE_FOLDERS:
        if not (folder / name).is_dir() and (PROJECT_DATA / name).is_dir():
            files += sorted(p for p in (PROJECT_DATA / name).glob("*.yaml") if not p.name.startswith("."))
    return files


class DataWatch:
    """Tells, for a few microseconds a look, whether a data folder may have changed since the last look.

    It remembers the data files and the folders holding them, and looks only at their `stat()`
    (size, modification time, inode): a file edited in place or replaced by an editor changes its
    own entry, a file added, removed or renamed changes its folder's. Only then is the folder walked
    again. Nothing is read, so "changed" means "look closer" (compare `store.data_key`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._paths: list[Path] = []
        self._seen = self._rescan()

    def _rescan(self) -> tuple[tuple[int, int, int] | None, ...]:
        files = data_files(self.folder)
        folders = {self.folder, *(p for p in self.folder.rglob("*") if p.is_dir()
                                  and not any(part.startswith(".") for part in p.relative_to(self.folder).parts))}
        folders |= {p.parent for p in files}
        self._paths = sorted(folders) + files
        return self._look()

    def _look(self) -> tuple[tuple[int, int, int] | None, ...]:
        seen: list[tuple[int, int, int] | None] = []
        for path in self._paths:
            try:
                st = os.stat(path)
            except OSError:
                seen.append(None)
                continue
            seen.append((st.st_size, st.st_mtime_ns, st.st_ino))
        return tuple(seen)

    def changed(self) -> bool:
        """Whether anything changed since the last call (or since the watch began)."""
        seen = self._look()
        if seen == self._seen:
            return False
        self._seen = self._rescan()
        return True
