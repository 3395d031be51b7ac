"""Find, validate freshness of, and load the built index; rebuild when the data changed.

The index file name carries a hash of every data file, so a stale index is never served:
when any file changes, the hash changes and the index is rebuilt on the next load.

An installed wheel also carries the index of the data it ships (`index_core/prebuilt/`, built
when the wheel was built): it is used when its key matches the data, so the first answer needs
neither pandas nor a build.

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

from index_core.errors import BuildToolsMissing, DataError
from index_core.index import Index
from index_core.paths import PREBUILT_DIR, data_files, index_dir
from index_core.paths import data_dir as resolve_data_dir

BUILDER_VERSION = "9"  # bump when build.py changes what it writes


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


def index_name(key: str, *, gazetteer: bool) -> str:
    return f"index-{key}{'' if gazetteer else '-nogaz'}.json"


def index_path(folder: Path, key: str | None = None, *, gazetteer: bool | None = None) -> Path:
    gazetteer = gazetteer_default() if gazetteer is None else gazetteer
    return index_dir() / index_name(key or data_key(folder), gazetteer=gazetteer)


def build_document(folder: Path, *, gazetteer: bool) -> dict:
    """Validate `folder` and build its index document. Raises DataError on bad data, and
    BuildToolsMissing when the index builder's tools (pandas, ...) are not installed."""
    try:
        from index_core.build import build  # pandas is imported only here
    except ImportError as exc:
        raise BuildToolsMissing(exc.name or "pandas") from None
    return build(folder, gazetteer=gazetteer)


def build_index(folder: Path, *, gazetteer: bool | None = None) -> tuple[Path, dict]:
    """Validate `folder`, build and write its index; returns the index's path and document.

    Raises DataError on bad data. `gazetteer`: include the world-city gazetteer (default: yes,
    unless $CITYBOT_NO_GAZETTEER is set)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(folder, "", "data folder not found")
    gazetteer = gazetteer_default() if gazetteer is None else gazetteer
    key = data_key(folder)
    for _attempt in range(3):  # a file saved while the build read the folder: build again, never cache a mix
        doc = build_document(folder, gazetteer=gazetteer)
        key, before = data_key(folder), key
        if key == before:
            break
    else:
        raise DataError(folder, "", "the data files kept changing while the index was built; try again "
                                    "when they are saved")
    doc["key"] = key
    doc["data_dir"] = str(folder)
    path = index_path(folder, key, gazetteer=gazetteer)
    write_document(doc, path)
    return path, doc


def write_document(doc: dict, path: Path) -> None:
    """Write an index atomically, so a reader never sees half an index."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)


def _read(path: Path, key: str) -> dict | None:
    """The index document in `path` if it is there and built from data with this key."""
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) and doc.get("key") == key else None


def load_index(folder: str | Path | None = None, *, gazetteer: bool | None = None) -> Index:
    """The index for a data folder, built first if missing or stale. Raises DataError on bad data."""
    folder = resolve_data_dir(folder)
    if not folder.is_dir():
        raise DataError(folder, "", "data folder not found")
    gazetteer = gazetteer_default() if gazetteer is None else gazetteer
    key = data_key(folder)
    name = index_name(key, gazetteer=gazetteer)
    doc = _read(PREBUILT_DIR / name, key) if PREBUILT_DIR.is_dir() else None
    if doc is None:
        doc = _read(index_dir() / name, key)
    if doc is None:
        _path, doc = build_index(folder, gazetteer=gazetteer)
    doc["data_dir"] = str(folder)
    return Index(doc)
