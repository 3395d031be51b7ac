"""Typed access to a parsed data document: every fault a DataError with the key path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from index_core.errors import DataError

LANGS = ("en", "zh-Hans", "zh-Hant")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Checker:
    """Typed access to one parsed document, raising DataError with the key path on any fault."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, what: str) -> DataError:
        return DataError(self.path, where, what)

    def get(self, obj: dict | list, key: str | int, where: str, typ: type | tuple[type, ...], *,
            required: bool = True, default: Any = None) -> Any:
        here = join_path(where, key)
        if isinstance(key, int) and isinstance(obj, list):
            obj = dict(enumerate(obj))
        elif not isinstance(obj, dict):
            raise self.fail(where or "(top)", f"expected a mapping, found {kind_of(obj)}")
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(here, "missing required field")
            return default
        value = obj[key]
        if (typ is int and isinstance(value, bool)) or not isinstance(value, typ):
            expected = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
            raise self.fail(here, f"expected {_typename(expected)}, found {kind_of(value)} {value!r:.40}")
        return value

    def names(self, obj: dict | list, key: str | int, where: str, *, required: bool = True,
              extra: tuple[str, ...] = ()) -> dict[str, str] | None:
        """A mapping of language → text; English is required. `extra`: other fields allowed beside."""
        here = join_path(where, key)
        value = self.get(obj, key, where, dict, required=required)
        if value is None:
            return None
        out: dict[str, str] = {}
        for lang in value:
            if lang not in LANGS and lang not in extra:
                allowed = ", ".join(map(str, (*LANGS, *extra)))
                raise self.fail(f"{here}.{lang}", f"unknown field or language {lang!r} (expected: {allowed})")
            if lang in LANGS:
                out[lang] = self.text(value, lang, here)
        if "en" not in out:
            raise self.fail(f"{here}.en", "missing required field (the English text)")
        return out

    def known(self, body: Any, allowed: tuple[str, ...], where: str) -> None:
        """Reject fields this place does not have (a misspelt field would otherwise be ignored)."""
        if not isinstance(body, dict):
            raise self.fail(where or "(top)", f"expected a mapping, found {kind_of(body)}")
        for key in body:
            if key not in allowed:
                raise self.fail(join_path(where, str(key)),
                                f"unknown field {key!r} (expected one of: {', '.join(allowed)})")

    def text(self, obj: dict, key: str, where: str, *, required: bool = True) -> str | None:
        value = self.get(obj, key, where, (str, int, float), required=required)
        if value is None:
            return None
        if isinstance(value, bool):
            raise self.fail(join_path(where, key), f"expected text, found true/false ({value})")
        value = str(value).strip()
        if not value:
            raise self.fail(f"{where}.{key}" if where else key, "must not be empty")
        return value

    def ident(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not ID_RE.match(value):
            raise self.fail(where, f"invalid id {value!r}: use lowercase letters, digits and dashes")
        return value


def join_path(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _typename(name: str) -> str:
    return {"dict": "a mapping", "list": "a list", "str": "text", "int": "a whole number",
            "bool": "true or false", "date or str": "a date"}.get(name, name)


def kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)
