"""Every phrase the code says exists in data/wording/, and every phrase there is said somewhere:
no reply can fail on a missing phrase, and no dead wording lingers for translators to keep up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from index_core.load_language import load_wording
from index_core.paths import PROJECT_DATA

BOT = Path(__file__).resolve().parents[2] / "bot"
SAYING = {"say", "text", "items", "count", "ask_button"}  # the Wording / AnswerContext calls that take a key


def _phrases() -> set[str]:
    return set(load_wording(PROJECT_DATA / "wording"))


def _code_strings() -> tuple[set[str], set[str]]:
    """(every string constant in bot/, the keys passed literally to a saying call)."""
    constants: set[str] = set()
    said: set[str] = set()
    for path in BOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SAYING:
                for arg in node.args[:2 if node.func.attr == "ask_button" else 1]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.isidentifier():
                        said.add(arg.value)
    return constants, said


def test_every_phrase_the_code_says_exists():
    phrases = _phrases()
    _constants, said = _code_strings()
    missing = sorted(k for k in said if k not in phrases)
    assert not missing, f"said in bot/ but not defined in data/wording/: {missing}"


def test_every_phrase_is_said_somewhere():
    constants, _said = _code_strings()
    unused = sorted(k for k in _phrases() if k not in constants)
    assert not unused, f"defined in data/wording/ but never used in bot/: {unused}"


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
def test_every_phrase_has_every_language(engine, lang):
    for key in engine.wording:
        value = engine.index.wording[key][lang]
        assert value or isinstance(value, list), f"{key} has no {lang} text"


def _fields(entry: dict) -> set[str]:
    from string import Formatter

    out: set[str] = set()
    for value in entry.values():
        texts = value.values() if isinstance(value, dict) else ([] if isinstance(value, list) else [value])
        for text in texts:
            out |= {name for _lit, name, _spec, _conv in Formatter().parse(text) if name}
    return out


def test_every_call_fills_every_field_of_its_phrase():
    """A phrase said with a {field} its call does not give would show an empty gap (in one language
    at least): every literal say(...) call passes every field that any language of the phrase uses."""
    table = load_wording(PROJECT_DATA / "wording")
    gaps = []
    for path in BOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "say"):
                continue
            if any(k.arg is None for k in node.keywords) or not node.args:
                continue  # **values: checked at run time (CITYBOT_STRICT_WORDING)
            key = node.args[0]
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value in table):
                continue
            given = {k.arg for k in node.keywords}
            missing = _fields(table[key.value]) - given
            if missing:
                gaps.append(f"{path.relative_to(BOT.parent)}:{node.lineno} {key.value}: {sorted(missing)}")
    assert not gaps, "\n".join(gaps)
