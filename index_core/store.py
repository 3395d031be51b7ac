"""Find, validate freshness of, and load the built index; rebuild when the data changed.

The index file name carries a hash of every data file, so a stale index is never served:
when any file changes, the hash changes and the index is rebuilt on the next load.

The world-city gazetteer (about 45,000 names, ~1 s to build) is part of the index by default.
`CITYBOT_NO_GAZETTEER=1` (or `gazetteer=False`) builds and loads an index without it, e.g. for
tests that do not need it; such an index has its own file name, so it never stands in for a
full one.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from index_core.index import Index
from index_core.paths import data_dir as resolve_data_dir
from index_core.paths import data_files, index_dir

BUILDER_VERSION = "8"  # bump when build.py changes what it writes


def gazetteer_default() -> bool:
    """Whether indexes include the gazetteer unless told: yes, unless $CITYBOT_NO_GAZETTEER is set (not 0)."""
    return os.environ.get("CITYBOT_NO_GAZETTEER", "").strip() in ("", "0")


def data_key(folder: Path) -> str:
    """A hash of every data file's path and bytes (and of the builder's version)."""
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for path in data_files(folder):
        name = path.relative_to(folder) if path.is_relative_to(folder) else path.relative_to(path.parent.parent)
        digest.update(str(name.as_posix()).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def index_path(folder: Path, key: str | None = None, *, gazetteer: bool | None = None) -> Path:
    gazetteer = gazetteer_default() if gazetteer is None else gazetteer
    return index_dir() / f"index-{key or data_key(folder)}{'' if gazetteer else '-nogaz'}.json"


def build_index(folder: Path, *, gazetteer: bool | None = None) -> tuple[Path, dict]:
    """Validate `folder`, build and write its index; returns the index's path and document.

    Raises DataError on bad data. `gazetteer`: include the world-city gazetteer (default: yes,
    unless $CITYBOT_NO_GAZETTEER is set)."""
    from index_core.build import build, write  # pandas is imported only here
    from index_core.errors import DataError

    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(folder, "", "data folder not found")
    gazetteer = gazetteer_default() if gazetteer is None else gazetteer
    key = data_key(folder)
    doc = build(folder, gazetteer=gazetteer)
    doc["key"] = key
    doc["data_dir"] = str(folder)
    path = index_path(folder, key, gazetteer=gazetteer)
    write(doc, path)
    return path, doc


def load_index(folder: str | Path | None = None, *, gazetteer: bool | None = None) -> Index:
    """The index for a data folder, built first if missing or stale. Raises DataError on bad data."""
    folder = resolve_data_dir(folder)
    if not folder.is_dir():
        from index_core.errors import DataError

        raise DataError(folder, "", "data folder not found")
    gazetteer = gazetteer_default() if gazetteer is None else gazetteer
    key = data_key(folder)
    path = index_path(folder, key, gazetteer=gazetteer)
    try:
        doc = json.loads(path.read_bytes())
        if doc.get("key") != key:
            raise ValueError("key mismatch")
    except (OSError, ValueError):
        path, doc = build_index(folder, gazetteer=gazetteer)
    return Index(doc)
