"""The world-city gazetteer folded into the index: real cities the report does not name."""

from __future__ import annotations

import json

import pytest

from index_core.index import Index
from index_core.text import fold


@pytest.mark.parametrize(("typed", "name", "country"), [
    ("paris", "Paris", "FR"), ("Singapore", "Singapore", "SG"), ("seoul", "Seoul", "KR"),
    ("Chicago", "Chicago", "US"), ("São Paulo", "São Paulo", "BR"), ("巴黎", "Paris", "FR"),
])
def test_world_cities_by_folded_name(gazetteer_index, typed, name, country):
    assert gazetteer_index.world_city(fold(typed)) == (name, country)


@pytest.mark.parametrize("word", ["asdfgh", "weather", "right", "lowest", ""])
def test_words_and_nonsense_are_not_cities(gazetteer_index, word):
    assert gazetteer_index.world_city(word) is None


@pytest.mark.parametrize(("word", "name"), [("berlin", "Berlin"), ("nice", "Nice"), ("reading", "Reading"),
                                            ("phoenix", "Phoenix")])
def test_big_cities_named_like_words_are_cities_only_where_a_name_can_stand(gazetteer_index, word, name):
    # "berlin?" is the city; "a nice reading list" is not about Nice or Reading: the language layer asks
    # for such names only where a place name can stand, and a small town named like a word is left out
    assert gazetteer_index.world_city(word)[0] == name
    assert gazetteer_index.world_city(word, word_ok=False) is None
    assert gazetteer_index.world_city("mobile", word_ok=False) is None


def test_report_cities_are_left_to_the_report(gazetteer_index):
    # the report's own cities are answered from the report, never as "a city it doesn't name"
    for name in ("london", "shanghai", "boston", "上海"):
        assert gazetteer_index.world_city(fold(name)) is None
        assert gazetteer_index.city_by_name(fold(name)) is not None


def test_world_countries(gazetteer_index):
    assert gazetteer_index.world_country("france") == "FR"
    assert gazetteer_index.world_country("south korea") == "KR"
    assert gazetteer_index.world_country("atlantis") is None
    assert gazetteer_index.world_country_name("FR") == "France"
    assert gazetteer_index.world_country_name("XX") == "XX"
    # a country the data folder does not define is named from the gazetteer
    assert gazetteer_index.country_name("BR") == "Brazil"
    assert gazetteer_index.has_gazetteer


def test_gazetteer_survives_the_json_round_trip(gazetteer_doc, index):
    assert index.world_city("paris") is None and not index.has_gazetteer  # built without it
    again = Index(json.loads(json.dumps(gazetteer_doc, ensure_ascii=False, separators=(",", ":"))))
    assert again.world_city("paris") == ("Paris", "FR")
    assert again.world_city("nice", word_ok=False) is None
    assert gazetteer_doc["gazetteer"]["count"] > 10_000


def test_which_words_can_start_a_world_name(gazetteer_index):
    # the entity finder skips the gazetteer for words no city or country name begins with
    raw = gazetteer_index._gazetteer_raw["cities"]
    keys = [record.split("|")[0] for record in raw.split("~")]
    firsts = {k.split(" ")[0] for k in keys}
    for word in ("paris", "new", "rio", "san", "united", "south", "seoul"):
        assert gazetteer_index.world_name_starts(word), word
    for word in ("please", "weather", "asdfgh", "", "the top", "pari", "parisx"):
        assert not gazetteer_index.world_name_starts(word), word
    # exhaustively right around block edges: every block's first key, its first word, and near misses
    _raw, block_keys, _offsets = gazetteer_index._gazetteer_blocks
    for key in block_keys:
        word = key.split(" ")[0]
        countries = gazetteer_index._world_country_words
        assert gazetteer_index.world_name_starts(word) == (word in firsts or word in countries)
        assert gazetteer_index.world_name_starts(word + "zzz") == (word + "zzz" in firsts)


def test_chinese_name_prefixes(gazetteer_index):
    assert "巴黎" in gazetteer_index.world_cjk_prefixes  # Paris
    assert "排第" not in gazetteer_index.world_cjk_prefixes  # "排第几": not a city's start
