"""The card's words live in data/wording/cards.yaml, in the project's one convention: every phrase
used exists, every phrase defined is used, and no card text is left in the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml
from card_support import words

import bot.cards

CARDS_DIR = Path(bot.cards.__file__).parent
WORDING = Path(__file__).resolve().parents[2] / "data" / "wording"
CARD_PHRASES = WORDING / "cards.yaml"
# Where the card's words are made (the CLI's and CardError's one-line messages are for the
# command line, in English, like every other command's).
TEXT_MODULES = ("content.py", "draw.py")
KEY = re.compile(r"""\bw\(\s*["']([a-z_]+)["']""")


def _card_code() -> str:
    return "\n".join((CARDS_DIR / name).read_text(encoding="utf-8") for name in TEXT_MODULES)


def test_the_card_phrases_follow_the_wording_convention():
    doc = yaml.safe_load(CARD_PHRASES.read_text(encoding="utf-8"))
    assert doc and all(key.startswith("card_") for key in doc)
    for key, entry in doc.items():
        assert set(entry) <= {"en", "zh", "zh-Hant"} and {"en", "zh"} <= set(entry), key
    others = {key for path in WORDING.glob("*.yaml") if path != CARD_PHRASES
              for key in yaml.safe_load(path.read_text(encoding="utf-8"))}
    assert not others & set(doc), "a card phrase key is defined twice in data/wording/"
    assert not (CARDS_DIR / "labels.yaml").exists() and not (CARDS_DIR / "labels.py").exists()


def test_every_card_phrase_is_used_and_every_phrase_used_exists(index):
    used = set(KEY.findall(_card_code()))
    defined = {key for key in index.wording if key.startswith("card_")}
    assert used - set(index.wording) == set(), "the code asks for a phrase the data does not have"
    assert defined - used == set(), "a card phrase no card says"


def test_no_card_text_is_left_in_the_code():
    """No string in the modules that make a card's words is text a person reads: no Chinese, and
    no two English words in a row (docstrings aside)."""
    for name in TEXT_MODULES:
        tree = ast.parse((CARDS_DIR / name).read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                text = node.value
                assert not re.search(r"[\u3400-\u9fff]", text), (name, text)
                assert not re.search(r"[A-Za-z]+ [A-Za-z]+", text), (name, text)


def test_english_plural_forms(index):
    assert words(index, "card_unnamed_tile", "en", n=1, adjective="US") == "+1 unnamed US city"
    assert words(index, "card_unnamed_tile", "en", n=5, adjective="US") == "+5 unnamed US cities"
    assert words(index, "card_released", "en", date="1 May 2026", n=1) == "Released 1 May 2026 · 1 city evaluated"
    assert words(index, "card_sub_ranked", "en", n=1) == "Rank 1, as published"
    assert words(index, "card_status_unknown_slot_detail", "en", n=1, adjective="US") == \
        "may be the one unnamed US city"


def test_traditional_chinese_is_derived_from_the_simplified(index):
    """Written once in zh; OpenCC gives zh-Hant when the index is built."""
    assert words(index, "card_compare_title", "zh-Hans") == "城市对比"
    assert words(index, "card_compare_title", "zh-Hant") == "城市對比"
    assert words(index, "card_status_outside_ranked", "zh-Hant", n=3) == "未進前3名"
