"""Names typed by their sound: a list or city spelt by ear, a Chinese name with characters of the same sound.
Only where a name can stand, and never over a real word used as a word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("word", "found"), [
    ("educashun", ("list", "education")),
    ("innovashun", ("list", "innovation")),
    ("sciance", ("list", "innovation")),
    ("hongcong", ("city", "hong-kong")),
    ("sanfransisco", ("city", "san-francisco")),
    ("gastronomy", None),
    ("populashun", None),
])
def test_words_spelt_by_ear(engine, word, found):
    assert engine.interpreter.reader._fuzzy_latin(word) == found


def test_the_sound_of_a_word_merges_doubled_letters_and_alike_spellings(engine):
    sound = engine.interpreter.reader.sound
    assert sound("education") == sound("educashun") == sound("eddukashun")


@pytest.mark.parametrize(("question", "city"), [
    ("背景科创排名", "北京"),
    ("伤海排第几", "上海"),
    ("香岗教育排名", "香港"),
    ("東經排第幾", "東京"),
])
def test_chinese_names_typed_by_sound(ask, question, city):
    reply = ask(question)
    assert reply.intent == "rank"
    assert reply.text.startswith(city)


def test_a_sound_alike_word_that_is_not_where_a_name_stands_stays_a_word(ask):
    assert "“背景”" not in ask("报告的背景是什么").text  # not read as a name (北京, from "背景")


def test_a_real_city_wins_over_a_sound_alike(ask):
    assert "光州" in ask("光州排第几").text
    assert "广州" not in ask("光州排第几").text.split("。")[0]
