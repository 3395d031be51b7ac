"""The whole suite answers from frozen fixture data (tests/fixtures/set-2025/): adding a report to
`data/` breaks no test. Set before any test module loads an engine, so subprocesses (the command
line) inherit it too; the tests that check the live data on purpose name `data/` explicitly."""

from __future__ import annotations

import os
from pathlib import Path

FIXTURE_DATA = Path(__file__).resolve().parent / "fixtures" / "set-2025"
os.environ["CITYBOT_DATA"] = str(FIXTURE_DATA)
os.environ["CITYBOT_STRICT_WORDING"] = "1"  # a phrase filled without one of its {fields} is a failure
