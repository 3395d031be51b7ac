"""CardSpec validation, the labels file, and what importing the package costs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bot.cards import CardError, CardSpec, validate
from bot.cards.labels import LANGS, labels


def test_constructors_and_normalising(index):
    assert CardSpec.top("education", 3, "zh-Hans") == CardSpec("list", "education", 3, (), "zh-Hans")
    spec = validate(index, CardSpec("compare", list_id="talent", n=4, city_ids=("beijing", "tokyo", "beijing")))
    assert spec == CardSpec("compare", "", None, ("beijing", "tokyo"), "en")
    assert validate(index, CardSpec("city", list_id="x", city_ids=("tokyo",))) == CardSpec.city("tokyo").normalized()
    assert hash(spec) == hash(CardSpec.compare(["beijing", "tokyo"]).normalized())


@pytest.mark.parametrize(("spec", "message"), [
    (CardSpec("map"), "unknown card kind"),
    (CardSpec.top("overall", 3, "fr"), "unknown language"),
    (CardSpec.top("sports"), "unknown list 'sports'"),
    (CardSpec.top("overall", 0), "at least one place"),
    (CardSpec.city("paris"), "unknown city 'paris'"),
    (CardSpec("city", city_ids=("beijing", "tokyo")), "one city"),
    (CardSpec.compare(["beijing"]), "2 to 4"),
    (CardSpec.compare(["beijing", "beijing"]), "2 to 4"),
    (CardSpec.compare(["beijing", "tokyo", "london", "boston", "seattle"]), "2 to 4"),
])
def test_invalid_specs(index, spec, message):
    with pytest.raises(CardError, match=re.escape(message)):
        validate(index, spec)


def test_every_label_in_every_language_with_the_same_placeholders():
    for key, entry in labels().items():
        assert set(entry) == set(LANGS), key
        if isinstance(entry["en"], str) and key != "date":  # dates differ: "24 January 2025", "2025年1月24日"
            fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in entry.items()}
            assert all(f == fields["en"] for f in fields.values()), (key, fields)


def test_importing_the_package_and_the_command_does_not_load_matplotlib():
    code = ("import sys, bot.cards, bot.cards.cli_card; from bot.cards import CardSpec, CardError; "
            "import bot.cli; bot.cli._parser(); print('matplotlib' in sys.modules, 'telegram' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[0] == "False"
