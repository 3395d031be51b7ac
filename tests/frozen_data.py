"""A complete data folder for tests that change data files: the frozen copy of the 2025 report
(tests/fixtures/set-2025) with the project's own language and wording, so that a report added to
`data/` changes no test."""

from __future__ import annotations

import shutil
from pathlib import Path

from index_core.paths import PROJECT_DATA

FROZEN = Path(__file__).resolve().parent / "fixtures" / "set-2025"


def frozen_copy(dest: Path) -> Path:
    shutil.copytree(FROZEN, dest)
    for name in ("language", "wording"):
        shutil.copytree(PROJECT_DATA / name, dest / name)
    return dest
