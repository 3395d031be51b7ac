"""Source references: `xinhua`, `xinhua ¶4`, `xinhua ¶4–5`, `xinhua ¶4, ¶6`.

A reference starts with a key of the report's `sources`; what follows says where in that
source. `¶N` names paragraph N of the article (a range `¶N–M`, or several separated by commas);
anything else after the key is a free-form place ("p. 3") that points at no paragraph.
"""

from __future__ import annotations

import re

_PARAGRAPHS = re.compile(r"¶\s*(\d+)(?:\s*[-–]\s*¶?\s*(\d+))?")
_REST = re.compile(r"(?:[\s,;&]|and)*")  # what may stand between paragraph marks
MAX_PARAGRAPH = 10_000


class RefError(ValueError):
    """A reference whose paragraph part cannot be read."""


def parse_ref(ref: str) -> tuple[str, tuple[int, ...]]:
    """(source key, paragraph numbers in order) of a reference; RefError if its ¶ part is unreadable."""
    key, _, rest = ref.strip().partition(" ")
    if "¶" not in rest:
        return key, ()
    numbers: list[int] = []
    pos = 0
    for m in _PARAGRAPHS.finditer(rest):
        if not _REST.fullmatch(rest[pos:m.start()]):
            raise RefError(f"cannot read {rest!r}: write paragraphs as ¶4, ¶4–6 or ¶4, ¶6")
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if not 1 <= first <= last <= MAX_PARAGRAPH:
            raise RefError(f"cannot read {m.group(0)!r}: paragraphs are numbered from 1, a range goes upwards")
        numbers.extend(n for n in range(first, last + 1) if n not in numbers)
        pos = m.end()
    if not _REST.fullmatch(rest[pos:]):
        raise RefError(f"cannot read {rest!r}: write paragraphs as ¶4, ¶4–6 or ¶4, ¶6")
    return key, tuple(numbers)
