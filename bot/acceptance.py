"""Cases in the acceptance format, and how a reply is graded against one (as tests/acceptance/check.py does).

A case file is a YAML list of cases:

    - q: "where does Shanghai rank?"      # the message, as a user types it
      chat: c1                            # optional: cases with the same chat are one conversation, in order
      must: ['Shanghai', '\\b8(th)?\\b']  # regexes that must all match the reply (case-insensitive, multiline)
      must_not: ['\\b7th\\b']             # regexes none of which may match
      order: ['Boston', 'London']         # optional: plain strings that must appear in this order
      tags: [rank]                        # optional: what the case exercises (pass rates are given per tag)
      ideal: "..."                        # optional, ignored: a reply a perfect bot could give
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHECK_FIELDS = ("must", "must_not", "order")
CASE_FIELDS = ("q", "chat", *CHECK_FIELDS, "tags", "ideal")
FLAGS = re.I | re.M


@dataclass(frozen=True, slots=True)
class Case:
    q: str
    chat: str
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    where: str = ""  # "questions.yaml#3"


def is_case_file(doc: Any) -> bool:
    """Whether a parsed YAML document is in this format (a list with at least one case that checks)."""
    return isinstance(doc, list) and any(isinstance(c, dict) and any(k in c for k in CHECK_FIELDS) for c in doc)


def cases_of(doc: Any, path: Path) -> list[Case]:
    """The cases of one parsed file; ValueError naming the file and the case for anything unusable."""
    if not isinstance(doc, list) or not doc:
        raise ValueError(f"{path}: expected a list of cases ({{q: MESSAGE, must: [...], ...}})")
    out = []
    for i, raw in enumerate(doc):
        where = f"{path.name}#{i + 1}"
        if not isinstance(raw, dict) or not isinstance(raw.get("q"), str):
            raise ValueError(f"{path}: case {i + 1} is not a mapping with a text `q`: {repr(raw)[:100]}")
        unknown = [k for k in raw if k not in CASE_FIELDS]
        if unknown:
            raise ValueError(f"{path}: case {i + 1} ({raw['q']!r}): unknown field {unknown[0]!r} "
                             f"(expected: {', '.join(CASE_FIELDS)})")
        if not any(raw.get(k) for k in CHECK_FIELDS):
            raise ValueError(f"{path}: case {i + 1} ({raw['q']!r}) checks nothing: give must, must_not or order")
        fields: dict[str, tuple[str, ...]] = {}
        for key in (*CHECK_FIELDS, "tags"):
            value = raw.get(key) or []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
                raise ValueError(f"{path}: case {i + 1} ({raw['q']!r}): `{key}` must be a list of text")
            fields[key] = tuple(str(v) for v in value)
        for key in ("must", "must_not"):
            for pattern in fields[key]:
                try:
                    re.compile(pattern, FLAGS)
                except re.error as exc:
                    raise ValueError(f"{path}: case {i + 1} ({raw['q']!r}): `{key}` has an invalid regex "
                                     f"/{pattern}/ ({exc})") from None
        chat = raw.get("chat")
        out.append(Case(q=raw["q"], chat=str(chat) if chat is not None else f"{path.stem}-{i}", where=where,
                        **fields))
    return out


def grade(reply: str, case: Case) -> list[str]:
    """What is wrong with a reply to a case (empty when it passes), worded as the checker words it."""
    if not reply:
        return ["no reply"]
    problems = [f"missing /{p}/" for p in case.must if not re.search(p, reply, FLAGS)]
    problems += [f"forbidden /{p}/" for p in case.must_not if re.search(p, reply, FLAGS)]
    pos = -1
    for text in case.order:
        m = re.compile(re.escape(text), re.I).search(reply, pos + 1)
        if not m:
            problems.append(f"order: {text!r} not after position {pos}")
            break
        pos = m.start()
    return problems
