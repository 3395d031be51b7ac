"""CardSpec: its validation, its report (edition), its button token, and what importing costs."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pytest
from card_support import LANGS

from bot.cards import CardError, CardSpec, validate
from bot.cards.spec import TOKEN_LIMIT
from index_core.paths import PROJECT_DATA
from index_core.store import load_index


def test_constructors_and_normalising(index):
    assert CardSpec.top("education", 3, "zh-Hans") == CardSpec("list", "education", 3, (), "zh-Hans")
    spec = validate(index, CardSpec("compare", list_id="talent", n=4, city_ids=("beijing", "tokyo", "beijing")))
    assert spec == CardSpec("compare", "", None, ("beijing", "tokyo"), "en", "set-2025")
    city = validate(index, CardSpec("city", list_id="x", city_ids=("tokyo",)))
    assert city == CardSpec.city("tokyo", report="set-2025").normalized()
    assert hash(spec) == hash(validate(index, CardSpec.compare(["beijing", "tokyo"])))


def test_no_report_is_the_default_edition_and_a_named_one_is_kept(editions):
    assert editions.default.id == "demo-2026"
    assert validate(editions, CardSpec.top("overall", 3)).report == "demo-2026"
    assert validate(editions, CardSpec.top("overall", 3, report="set-2025")).report == "set-2025"
    assert validate(editions, CardSpec.city("tokyo", "zh-Hant", "set-2025")).report == "set-2025"


@pytest.mark.parametrize(("spec", "message"), [
    (CardSpec("map"), "unknown card kind"),
    (CardSpec.top("overall", 3, "fr"), "unknown language"),
    (CardSpec.top("sports"), "unknown list 'sports'"),
    (CardSpec.top("overall", 0), "at least one place"),
    (CardSpec.top("overall", 3, report="set-2024"), "unknown report 'set-2024' (known: set-2025)"),
    (CardSpec.city("tokyo", report="demo-2026"), "unknown report 'demo-2026'"),
    (CardSpec.city("paris"), "unknown city 'paris'"),
    (CardSpec("city", city_ids=("beijing", "tokyo")), "one city"),
    (CardSpec.compare(["beijing"]), "2 to 4"),
    (CardSpec.compare(["beijing", "beijing"]), "2 to 4"),
    (CardSpec.compare(["beijing", "tokyo", "london", "boston", "seattle"]), "2 to 4"),
])
def test_invalid_specs(index, spec, message):
    with pytest.raises(CardError, match=re.escape(message)):
        validate(index, spec)


@pytest.mark.parametrize("spec", [
    CardSpec.top("education", 3, "zh-Hans", "set-2025"),
    CardSpec.top("talent", None, "en", "demo-2026"),
    CardSpec.city("hong-kong", "zh-Hant", "set-2025"),
    CardSpec.compare(("beijing", "tokyo", "london"), "en", "demo-2026"),
    CardSpec.top("overall", 5),  # no report named: the default, whatever it is when pressed
])
def test_a_token_names_the_same_card(spec):
    assert CardSpec.from_token(spec.token()) == spec


def test_tokens_of_buttons_sent_before_editions_still_work(index):
    """Buttons already in chats carry the old tokens: they draw the default edition."""
    assert CardSpec.from_token("c:tokyo:zh-Hant") == CardSpec.city("tokyo", "zh-Hant")
    assert CardSpec.from_token("l:education:3:en") == CardSpec.top("education", 3, "en")
    assert validate(index, CardSpec.from_token("v:beijing,tokyo:zh-Hans")).report == "set-2025"


@pytest.mark.parametrize("token", ["", "x", "rank Shanghai", "l:overall:three:e:set-2025", "c:tokyo",
                                   "v:a,b:e:r:extra", "top 5 overall"])
def test_anything_else_is_no_token(token):
    assert CardSpec.from_token(token) is None


def test_the_longest_token_fits_a_button_with_its_prefix(index, editions):
    """Telegram's callback data is at most 64 bytes, "card:" included: the longest card is a
    comparison of the four cities with the longest ids, in zh-Hant, with the longest report id."""
    for idx in (index, editions):
        longest_ids = sorted(idx.city_ids(), key=len, reverse=True)[:4]
        report = max(idx.reports, key=len)
        for ids in itertools.permutations(longest_ids):
            token = CardSpec.compare(ids, "zh-Hant", report).token()
            assert len(("card:" + token).encode()) <= 64, token
            assert len(token.encode()) <= TOKEN_LIMIT
        assert CardSpec.from_token(token) == CardSpec.compare(ids, "zh-Hant", report)
    live = load_index(PROJECT_DATA)  # the shipped data too
    ids = sorted(live.city_ids(), key=len, reverse=True)[:4]
    assert len(("card:" + CardSpec.compare(ids, "zh-Hant", max(live.reports, key=len)).token()).encode()) <= 64


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_is_one_letter_in_a_token(lang):
    token = CardSpec.city("tokyo", lang, "set-2025").token()
    assert token == f"c:tokyo:{ {'en': 'e', 'zh-Hans': 's', 'zh-Hant': 't'}[lang]}:set-2025"


def test_importing_the_package_and_the_command_does_not_load_matplotlib():
    code = ("import sys, bot.cards, bot.cards.cli_card; from bot.cards import CardSpec, CardError; "
            "import bot.cli; bot.cli._parser(); print('matplotlib' in sys.modules, 'telegram' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[0] == "False"
