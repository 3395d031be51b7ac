"""Helpers for the index_core tests (fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from index_core.load import read_yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TWO_REPORTS = FIXTURES / "two-reports"


def edit_yaml(path: Path, change: Callable[[Any], object]) -> None:
    """Load a YAML file, let `change` mutate the document (its return value is ignored), write it back."""
    doc = read_yaml(path)  # the project's reading: only true/false are booleans
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def list_by_id(report: dict, list_id: str) -> dict:
    return next(item for item in report["lists"] if item["id"] == list_id)
