"""Find, validate freshness of, and load the built index; rebuild when the data changed.

The index file name carries a hash of every data file, so a stale index is never served:
when any file changes, the hash changes and the index is rebuilt on the next load.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from index_core.index import Index
from index_core.load import data_files
from index_core.paths import data_dir as resolve_data_dir
from index_core.paths import index_dir

BUILDER_VERSION = "2"  # bump when build.py changes what it writes


def data_key(folder: Path) -> str:
    """A hash of every data file's path and bytes (and of the builder's version)."""
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for path in data_files(folder):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def index_path(folder: Path, key: str | None = None) -> Path:
    return index_dir() / f"index-{key or data_key(folder)}.json"


def build_index(folder: Path, *, gazetteer: bool = True) -> tuple[Path, dict]:
    """Build and write the index for `folder`; returns its path and document."""
    from index_core.build import build, write  # pandas is imported only here

    key = data_key(folder)
    doc = build(folder, gazetteer=gazetteer)
    doc["key"] = key
    doc["data_dir"] = str(folder)
    path = index_path(folder, key)
    write(doc, path)
    return path, doc


def load_index(folder: str | Path | None = None) -> Index:
    """The index for a data folder, built first if missing or stale. Raises DataError on bad data."""
    folder = resolve_data_dir(folder)
    if not folder.is_dir():
        from index_core.errors import DataError

        raise DataError(folder, "", "data folder not found")
    key = data_key(folder)
    path = index_path(folder, key)
    try:
        doc = json.loads(path.read_bytes())
        if doc.get("key") != key:
            raise ValueError("key mismatch")
    except (OSError, ValueError):
        path, doc = build_index(folder)
    return Index(doc)

