"""A human-readable account of what a built index holds (printed by `citybot build-index`)."""

from __future__ import annotations

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
