"""Card arguments → CardSpec, with the shapes of /top, /rank and /compare."""

from __future__ import annotations

import pytest

from bot.cards import CardError, CardSpec, spec_for_question
from bot.cards.parse import detect_lang, parse_card_request


@pytest.mark.parametrize(("text", "spec"), [
    ("top 10", CardSpec.top("overall", 10)),
    ("/top 3 education", CardSpec.top("education", 3)),
    ("top3 innovation", CardSpec.top("innovation", 3)),
    ("talent", CardSpec.top("talent")),
    ("top 5 balanced", CardSpec.top("balanced-education", 5)),
    ("potential", CardSpec.top("talent-potential")),
    ("前3 教育", CardSpec.top("education", 3, "zh-Hans")),
    ("綜合前十名", CardSpec.top("overall", 10, "zh-Hant")),
    ("shanghai", CardSpec.city("shanghai")),
    ("rank Hong Kong", CardSpec.city("hong-kong")),
    ("shangai", CardSpec.city("shanghai")),
    ("上海", CardSpec.city("shanghai", "zh-Hans")),
    ("beijing tokyo london", CardSpec.compare(("beijing", "tokyo", "london"))),
    ("/compare SF NYC", CardSpec.compare(("san-francisco", "new-york"))),
    ("new york vs los angeles", CardSpec.compare(("new-york", "los-angeles"))),
    ("北京和東京", CardSpec.compare(("beijing", "tokyo"), "zh-Hant")),
])
def test_shapes(index, text, spec):
    assert parse_card_request(index, text) == spec.normalized()


def test_language_override(index):
    assert parse_card_request(index, "shanghai", "zh-Hant").lang == "zh-Hant"
    assert detect_lang("上海") == "zh-Hans" and detect_lang("臺北") == "zh-Hant" and detect_lang("hi") == "en"


@pytest.mark.parametrize(("text", "message"), [
    ("paris", "do not name it"),
    ("asdfgh", 'unknown city or list "asdfgh"'),
    ("compare beijing", "two to four"),
    ("beijing tokyo london boston seattle", "2 to 4"),
    ("top 3 shanghai", "not a city"),
    ("top 0", "at least one"),
    ("", "say which list or city"),
])
def test_errors(index, text, message):
    with pytest.raises(CardError, match=message):
        parse_card_request(index, text)
    assert spec_for_question(index, text) is None
