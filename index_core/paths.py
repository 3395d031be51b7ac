"""Where the data folder and the built index live."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PROJECT_DATA = Path(__file__).resolve().parent.parent / "data"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder: an explicit path, else $CITYBOT_DATA, else the project's `data/`."""
    chosen = explicit or os.environ.get("CITYBOT_DATA") or PROJECT_DATA
    return Path(chosen).expanduser().resolve()


def index_dir() -> Path:
    """Where built indexes are cached: $CITYBOT_INDEX_DIR, else the user cache folder."""
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


def data_files(folder: Path) -> list[Path]:
    """Every file the index depends on (YAML and CSV, hidden files aside), in a stable order:
    the folder's, and the project's language and wording where the folder has none."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".csv")
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    for name in LANGUAGE_FOLDERS:
        if not (folder / name).is_dir() and (PROJECT_DATA / name).is_dir():
            files += sorted(p for p in (PROJECT_DATA / name).glob("*.yaml") if not p.name.startswith("."))
    return files
