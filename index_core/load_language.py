"""Read and check the bot's language data: what it listens for (`data/language/`) and what it
says (`data/wording/`). Every problem is one DataError naming file, place and fault.

Wording entries (see data/README.md):

    rank_exact:                       # a key, unique across every file of data/wording/
      en: "{city} ranks {ordinal} ..."
      zh: "{city}在{list}中位列{ordinal}"   # simplified Chinese, written once
      zh-Hant: "..."                  # optional: traditional is derived from zh unless given
    cities_above:                     # plural forms, chosen by the value of {n}
      en: {one: "{n} city ranks above {city}.", other: "{n} cities rank above {city}."}
      zh: "{city}前面有{n}座城市。"
    examples: {en: [...], zh: [...]}  # a list of texts
"""

from __future__ import annotations

from pathlib import Path
from string import Formatter
from typing import Any

from index_core.checker import kind_of
from index_core.errors import DataError

WORDING_LANGS = ("en", "zh", "zh-Hant")
PLURAL_FORMS = ("one", "other")
_FORMATTER = Formatter()


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))


def load_language(folder: Path) -> dict[str, Any]:
    """`data/language/*.yaml`: one document per file (by file stem), every leaf text."""
    from index_core.load import read_yaml

    out: dict[str, Any] = {}
    if not folder.is_dir():
        return out
    for path in _yaml_files(folder):
        doc = read_yaml(path)
        if not isinstance(doc, dict):
            raise DataError(path, "(top)", f"expected a mapping, found {kind_of(doc)}")
        _texts_only(path, doc, "")
        out[path.stem] = doc
    return out


def load_wording(folder: Path) -> dict[str, dict[str, Any]]:
    """`data/wording/*.yaml` merged into one table key → {"en", "zh", "zh-Hant"?}, checked."""
    from index_core.load import read_yaml

    if not folder.is_dir():
        raise DataError(folder, "", "folder is missing (the bot's wording lives here)")
    table: dict[str, dict[str, Any]] = {}
    origin: dict[str, Path] = {}
    for path in _yaml_files(folder):
        doc = read_yaml(path)
        if not isinstance(doc, dict):
            raise DataError(path, "(top)", f"expected a mapping of phrase keys, found {kind_of(doc)}")
        for key, entry in doc.items():
            where = str(key)
            if key in table:
                raise DataError(path, where, f"phrase {key!r} is also defined in {origin[key].name}")
            table[key] = _entry(path, where, entry)
            origin[key] = path
    return table


def _entry(path: Path, where: str, entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise DataError(path, where, f"expected {{en: ..., zh: ...}}, found {kind_of(entry)}")
    unknown = [k for k in entry if k not in WORDING_LANGS]
    if unknown:
        raise DataError(path, f"{where}.{unknown[0]}",
                        f"unknown language {unknown[0]!r} (expected {', '.join(WORDING_LANGS)})")
    for lang in ("en", "zh"):
        if lang not in entry:
            raise DataError(path, where, f"missing {lang!r} (every phrase is written in en and zh)")
    shapes = {lang: _shape(path, f"{where}.{lang}", value) for lang, value in entry.items()}
    if len({shape == "list" for shape in shapes.values()}) > 1:
        raise DataError(path, where, "a list of texts must be a list in every language")
    return dict(entry)


def _shape(path: Path, where: str, value: Any) -> str:
    if isinstance(value, str):
        _check_format(path, where, value)
        return "text"
    if isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise DataError(path, f"{where}[{i}]", f"expected text, found {kind_of(item)}")
        return "list"
    if isinstance(value, dict):
        if set(value) != set(PLURAL_FORMS):
            raise DataError(path, where, "plural forms are written {one: ..., other: ...}")
        for form, text in value.items():
            if not isinstance(text, str):
                raise DataError(path, f"{where}.{form}", f"expected text, found {kind_of(text)}")
            _check_format(path, f"{where}.{form}", text)
        return "plural"
    raise DataError(path, where, f"expected text, found {kind_of(value)} (put quotes around words like \"no\")")


def _check_format(path: Path, where: str, text: str) -> None:
    try:
        fields = [name for _lit, name, _spec, _conv in _FORMATTER.parse(text) if name is not None]
    except ValueError as exc:
        raise DataError(path, where, f"bad {{field}} in text: {exc} (write a literal brace as {{{{ or }}}})") \
            from None
    for name in fields:
        if not name.isidentifier():
            raise DataError(path, where, f"bad field name {{{name}}} (use letters, digits and _)")


def _texts_only(path: Path, node: Any, where: str) -> None:
    """Words must be text: YAML reads a bare `no` or `yes` as true/false, which is never meant here."""
    if isinstance(node, dict):
        for key, value in node.items():
            _texts_only(path, value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _texts_only(path, value, f"{where}[{i}]")
    elif isinstance(node, bool) or not isinstance(node, str | int):
        raise DataError(path, where, f"expected text, found {kind_of(node)} (put quotes around words like \"no\")")


def resolved_wording(table: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each phrase in the three reply languages; traditional derived from zh unless given."""
    from index_core.chinese import traditional

    def convert(value: Any) -> Any:
        if isinstance(value, str):
            return traditional(value)
        if isinstance(value, list):
            return [traditional(v) for v in value]
        return {form: traditional(text) for form, text in value.items()}

    return {key: {"en": entry["en"], "zh-Hans": entry["zh"],
                  "zh-Hant": entry.get("zh-Hant") or convert(entry["zh"])} for key, entry in table.items()}

