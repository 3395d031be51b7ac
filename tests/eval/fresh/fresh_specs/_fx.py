"""A small helper for the fresh specs: the checks are built in the language and script the question is written in."""

from __future__ import annotations

from casebook import LANGS, Sheet, script_of


def adder(sheet: Sheet):
    """add(q, make, tags=..., script=None, **kw): make(L) returns the checks (a Chk or a list of Chk / regex)."""

    def add(q: str, make, *, tags: str, script: str | None = None, **kw):
        if script_of(q) == "zh" and not kw.get("chat"):
            script = None  # shared characters only: either script may answer
        L = LANGS[script or script_of(q)]
        parts = make(L)
        if not isinstance(parts, (list, tuple)):
            parts = [parts]
        return sheet.c(q, *parts, tags=tags, script=script, **kw)

    return add
