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


def data_files(folder: Path) -> list[Path]:
    """Every file the index depends on (YAML and CSV, hidden files aside), in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".csv")
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))
