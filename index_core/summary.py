"""A human-readable account of what a built index holds (printed by `citybot build-index`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any


def describe(doc: dict[str, Any], path: Path) -> str:
    size = path.stat().st_size
    lines = [f"index: {path} ({size / 1024:.0f} KiB, key {doc.get('key', '?')})",
             f"data: {doc.get('data_dir', '?')}",
             f"cities: {len(doc['cities']['id'])} named, {len(doc['aliases'])} names and aliases"]
    for report in doc["reports"]:
        default = " (default)" if report["id"] == doc["default_report"] else ""
        meta = report["meta"]
        lines.append(f"report {report['id']}{default}: {meta['title']['en']}, released {meta['released']}, "
                     f"{meta['cities_evaluated']} cities evaluated, {len(report['statements'])} statements")
        for item in report["lists"]:
            if item["ordered"]:
                kind = f"ranked top {item['published']}"
            elif item["complete"]:
                kind = f"group of {len(item['members'])}, all named"
            else:
                kind = f"group of {item['published'] or 'unstated size'}, partly named"
            lines.append(f"  list {item['id']}: {kind}, {len(item['members'])} cities named")
    gazetteer = doc.get("gazetteer") or {}
    count = gazetteer.get("count", 0)
    lines.append(f"gazetteer: {count} world city names, {len(gazetteer.get('countries', {}))} countries")
    lexicon = doc.get("language", {}).get("lexicon", {})
    cues = lexicon.get("cues", {})
    lines.append(f"language: {sum(len(v) for v in cues.values())} cue phrases in {len(cues)} classes, "
                 f"{sum(len(v) for v in lexicon.get('lists', {}).values())} list words; "
                 f"wording: {len(doc.get('wording', {}))} phrases")
    return "\n".join(lines)


def default_report_title(folder: Path) -> str | None:
    """The short English title of the report a data folder answers from by default (the one marked
    `default: true`, else the latest released), read cheaply from the report files without
    validating them; None when the folder holds no readable report."""
    from index_core.errors import DataError
    from index_core.load import read_yaml

    found: list[tuple[bool, str, str]] = []
    for path in sorted(folder.glob("reports/*/report.yaml")):
        try:
            doc = read_yaml(path)
        except DataError:
            continue
        if not isinstance(doc, dict):
            continue
        names = doc.get("short_title") or doc.get("title")
        title = names.get("en") if isinstance(names, dict) else None
        released = doc.get("released")
        if isinstance(title, str) and title.strip():
            when = released.isoformat() if isinstance(released, dt.date) else str(released or "")
            found.append((doc.get("default") is True, when, title.strip()))
    return max(found)[2] if found else None
