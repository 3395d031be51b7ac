"""The card texts of `labels.yaml`, per language."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

LANGS = ("en", "zh-Hans", "zh-Hant")
LABELS_FILE = Path(__file__).with_name("labels.yaml")


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, Any]]:
    """Every label: key → {lang: text (or list)}."""
    import yaml

    with LABELS_FILE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def label(key: str, lang: str, **fields: object) -> str:
    """One label in `lang` (English if that language is missing), its {placeholders} filled in."""
    entry = labels()[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**fields) if fields else text


def format_date(iso: str, lang: str) -> str:
    """'2025-01-24' → '24 January 2025' / '2025年1月24日'."""
    year, month, day = (int(part) for part in str(iso)[:10].split("-"))
    month_name = labels()["month_names"]["en"][month - 1] if lang == "en" else ""
    return label("date", lang, year=year, month=month, day=day, month_name=month_name)
