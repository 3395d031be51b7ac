"""Fixtures for the index_core tests.

They read the frozen copy of the 2025 report (tests/fixtures/set-2025, with the project's own
language and wording), so a report added to `data/` changes none of them; the tests that check the
real data on purpose say so.

Every test runs with CITYBOT_INDEX_DIR pointing at a temporary folder (never the user's
cache) and CITYBOT_NO_GAZETTEER=1 (the gazetteer takes ~1 s to build); the one index with the
gazetteer is built once per session by `gazetteer_index`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # index_support must import whatever pytest's import mode
    sys.path.insert(0, str(HERE))

from frozen_data import FROZEN, frozen_copy  # noqa: E402
from index_support import TWO_REPORTS  # noqa: E402

from index_core.build import build  # noqa: E402
from index_core.index import Index  # noqa: E402


@pytest.fixture(scope="session")
def session_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session-wide index folder. The environment is set per test (`isolated`), never for the
    whole session, so the other test folders' engines keep their gazetteer and their cache."""
    return tmp_path_factory.mktemp("index")


@pytest.fixture(autouse=True)
def isolated(session_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own index folder."""
    folder = tmp_path / "index"
    monkeypatch.setenv("CITYBOT_INDEX_DIR", str(folder))
    monkeypatch.setenv("CITYBOT_NO_GAZETTEER", "1")
    monkeypatch.delenv("CITYBOT_DATA", raising=False)
    return folder


@pytest.fixture(scope="session")
def index(session_env: Path) -> Index:
    """The frozen 2025 data, built in memory without the gazetteer."""
    return Index(build(FROZEN, gazetteer=False))


@pytest.fixture(scope="session")
def report(index: Index):
    return index.reports["set-2025"]


@pytest.fixture(scope="session")
def gazetteer_doc(session_env: Path) -> dict:
    """The frozen data's index document with the world-city gazetteer (built once per session)."""
    return build(FROZEN, gazetteer=True)


@pytest.fixture(scope="session")
def gazetteer_index(gazetteer_doc: dict) -> Index:
    return Index(gazetteer_doc)


@pytest.fixture(scope="session")
def two_reports(session_env: Path) -> Index:
    return Index(build(TWO_REPORTS, gazetteer=False))


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A complete copy of the frozen data to break."""
    return frozen_copy(tmp_path / "data")


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    """A copy of the two-report fixture folder to change."""
    return Path(shutil.copytree(TWO_REPORTS, tmp_path / "two-reports"))
