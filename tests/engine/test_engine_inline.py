"""Inline mode (``@bot sh`` typed in any chat): while the text is the start of a city's name, every
such city is offered first, in rank order, then questions about the first, then the report; a
question gets its answer first; titles are short and plain, messages flat valid HTML."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine, Reply
from bot.inline import MAX_RESULTS, TITLE_CHARS
from bot.telegram.render import inline_results
from index_core.model import Certainty, City
from index_core.text import fold

LANGS = ("en", "zh-Hans", "zh-Hant")


def _ranked_cities(engine: Engine) -> list[City]:
    """The report's cities by the main ranking, the unranked after them in the data's order."""
    report = engine.index.default
    main = report.lists[0].id

    def key(i_city: tuple[int, City]) -> tuple[int, int]:
        i, city = i_city
        p = report.placement(main, city.id)
        return (p.rank if p.certainty is Certainty.EXACT and p.rank else 10**6, i)

    cities = [engine.index.city(cid) for cid in engine.index.city_ids()]
    return [c for _i, c in sorted(enumerate(cities), key=key)]


def _starting(engine: Engine, typed: str, lang: str) -> list[City]:
    """The cities whose name in ``lang`` starts with ``typed``, in rank order."""
    return [c for c in _ranked_cities(engine) if fold(c.name(lang)).startswith(fold(typed))]


def _leading_cities(engine: Engine, results: list[Reply], lang: str) -> list[str]:
    """The cities the leading results are titled with ("Shanghai — 8th overall"), in order."""
    names = {c.name(lang): c.id for c in _ranked_cities(engine)}
    out = []
    for reply in results:
        name = reply.title.split(" — ")[0]
        if " — " not in reply.title or name not in names:
            break
        out.append(names[name])
    return out


def _prefixes(engine: Engine) -> list[tuple[str, str]]:
    """(typed text, language) for every start of every city name in every script."""
    out = set()
    for cid in engine.index.city_ids():
        city = engine.index.city(cid)
        for lang in LANGS:
            name = city.name(lang)
            out |= {(name[:n], lang) for n in range(1, len(name) + 1)}
    return sorted(out)


# --- the cities being typed ----------------------------------------------------------------------
def test_sh_offers_shanghai_and_shenzhen_first_in_rank_order(engine: Engine) -> None:
    results = engine.inline("sh")
    assert _leading_cities(engine, results, "en") == ["shanghai", "shenzhen"]
    assert results[0].title == f"Shanghai — {engine.wording.ordinal(8, 'en')} overall"
    assert "not in the overall top 10" in results[1].title  # its rank was not published: not guessed


def test_one_letter_offers_every_city_starting_with_it(engine: Engine) -> None:
    for letter in "sblnth":
        expected = [c.id for c in _starting(engine, letter, "en")]
        assert expected, letter
        assert _leading_cities(engine, engine.inline(letter.upper()), "en") == expected, letter


@pytest.mark.parametrize(("typed", "lang", "city"), [
    ("上", "zh-Hans", "shanghai"), ("深", "zh-Hans", "shenzhen"), ("北", "zh-Hans", "beijing"),
    ("旧", "zh-Hans", "san-francisco"), ("舊", "zh-Hant", "san-francisco"), ("東", "zh-Hant", "tokyo"),
    ("洛杉磯", "zh-Hant", "los-angeles"),
])
def test_chinese_starts_offer_the_city_in_the_script_typed(engine: Engine, typed: str, lang: str, city: str) -> None:
    results = engine.inline(typed)
    assert _leading_cities(engine, results, lang)[:1] == [city]
    assert all(r.lang == lang for r in results)


def test_aliases_and_later_words_of_a_name_count_from_two_letters(engine: Engine) -> None:
    assert _leading_cities(engine, engine.inline("pek"), "en") == ["beijing"]  # Peking
    assert _leading_cities(engine, engine.inline("york"), "en") == ["new-york"]
    assert _leading_cities(engine, engine.inline("new y"), "en") == ["new-york"]
    assert "new-york" not in _leading_cities(engine, engine.inline("b"), "en")  # not "big apple" from one letter
    assert _leading_cities(engine, engine.inline("the"), "en") == []  # "the top 3…", not "the big apple"


def test_every_start_of_every_name_offers_its_cities_never_an_unknown_city(engine: Engine) -> None:
    for typed, lang in _prefixes(engine):
        results = engine.inline(typed)
        leading = _leading_cities(engine, results, results[0].lang)
        for city in _starting(engine, typed, lang):
            assert city.id in leading, (typed, leading)
        assert leading == [c.id for c in _ranked_cities(engine) if c.id in leading], typed  # rank order
        unknown = engine.wording.say("unknown_city", results[0].lang, name=typed).plain
        assert not any(unknown in r.text for r in results), typed


def test_after_the_cities_the_first_city_compared_with_its_neighbour_then_the_report_last(engine: Engine) -> None:
    results = engine.inline("shang")
    assert [r.intent for r in results[:2]] == ["rank", "compare"]
    above, _below = engine.index.default.neighbours("overall", "shanghai")
    assert above is not None and above.name("en") in results[1].title
    assert results[-1].intent == "about"
    assert len({r.html for r in results}) == len(results)  # no message offered twice


def test_every_city_is_offered_even_under_a_small_limit(engine: Engine) -> None:
    results = engine.inline("s", limit=2)
    assert len(_leading_cities(engine, results, "en")) == len(_starting(engine, "s", "en"))
    assert results[-1].intent == "about"


# --- questions and the empty query ---------------------------------------------------------------
def test_a_full_question_gets_its_answer_first(engine: Engine) -> None:
    for question in ("top 3 in education", "compare Beijing and Tokyo", "教育前三是哪些城市"):
        results = engine.inline(question)
        assert results[0].html == engine.answer(question).html
        assert results[-1].intent == "about"


def test_a_city_begun_at_the_end_of_a_question_is_written_out_first(engine: Engine) -> None:
    results = engine.inline("compare Beijing and lo")
    finished = [f"compare Beijing and {c.name('en')}" for c in _starting(engine, "lo", "en")]
    assert len(finished) == 2
    assert [r.title for r in results[:2]] == finished
    assert [r.html for r in results[:2]] == [engine.answer(q).html for q in finished]


def test_a_short_name_that_also_begins_another_offers_both(engine: Engine) -> None:
    results = engine.inline("compare Beijing and sh")  # "sh" is Shanghai, and the start of Shenzhen
    offered = [r.html for r in results[:2]]
    for city in _starting(engine, "sh", "en"):
        assert engine.answer(f"compare Beijing and {city.name('en')}").html in offered


@pytest.mark.parametrize(("typed", "finished"), [("上海和深", "上海和深圳"), ("舊金山和洛", "舊金山和洛杉磯")])
def test_a_chinese_name_begun_at_the_end_is_written_out(engine: Engine, typed: str, finished: str) -> None:
    results = engine.inline(typed)
    assert results[0].title == finished
    assert results[0].html == engine.answer(finished).html


def test_a_number_at_the_end_of_a_chinese_question_is_no_start_of_a_name(engine: Engine) -> None:
    results = engine.inline("教育前三")  # 三 begins 三藩市 (San Francisco), but here it is a number
    assert results[0].html == engine.answer("教育前三").html
    assert not any("三藩市" in r.title or "旧金山" in r.title for r in results)


def test_a_city_name_the_answer_did_not_recognise_is_written_out_instead(engine: Engine) -> None:
    typed = "where does shen rank"
    unknown = engine.wording.say("unknown_city", "en", name="shen").plain
    assert unknown in engine.answer(typed).text
    results = engine.inline(typed)
    assert results[0].title == "where does Shenzhen rank"
    assert not any(unknown in r.text for r in results)


def test_a_question_word_at_the_end_is_not_taken_for_the_start_of_a_city(engine: Engine) -> None:
    results = engine.inline("how does Boston compare to")
    assert not any("Tokyo" in r.title for r in results)


def test_a_text_not_understood_offers_example_questions_instead_of_saying_so(engine: Engine) -> None:
    for typed in ("compare", "where does"):
        assert engine.answer(typed).intent in ("clarify", "nonsense")
        results = engine.inline(typed)
        assert not any(r.intent in ("clarify", "nonsense") for r in results), typed
        assert set(engine.wording.items("examples", "en")) & {r.title for r in results}, typed


def test_the_empty_query_offers_the_examples_answered(engine: Engine) -> None:
    examples = engine.wording.items("examples", "en")
    results = engine.inline("")
    assert [r.title for r in results] == examples
    assert [r.html for r in results] == [engine.answer(e).html for e in examples]


# --- what Telegram is sent ------------------------------------------------------------------------
def _typed_texts(engine: Engine) -> list[str]:
    texts = [typed for typed, _lang in _prefixes(engine)]
    texts += [alias[:n] for alias in engine.index.aliases for n in (1, 2, 3)]
    texts += engine.wording.items("examples", "en") + engine.wording.items("examples", "zh-Hant")
    return [*sorted(set(texts)), "", "top 3 in education", "compare shanghai and seattle", "xyzzy"]


def _bold_depths(html: str) -> int:
    depth = deepest = 0
    for tag in re.findall(r"</?b>", html):
        depth += 1 if tag == "<b>" else -1
        deepest = max(deepest, depth)
        assert depth >= 0, html
    assert depth == 0, html
    return deepest


def test_no_result_nests_bold_in_bold_and_all_are_valid_html(engine: Engine) -> None:
    from fake_bot_api import visible_text

    for text in _typed_texts(engine):
        replies = engine.inline(text)
        for reply in replies:
            assert _bold_depths(reply.html) <= 1, (text, reply.html)
        for result in inline_results(replies):
            message = result.input_message_content
            assert _bold_depths(message.message_text) <= 1, (text, message.message_text)
            visible_text(message.message_text, message.parse_mode)  # raises on Telegram-invalid HTML


def test_titles_are_short_plain_lines_and_results_fit_telegram(engine: Engine) -> None:
    for text in _typed_texts(engine):
        replies = engine.inline(text, limit=MAX_RESULTS)
        assert 1 <= len(replies) <= MAX_RESULTS
        results = inline_results(replies)
        assert len({r.id for r in results}) == len(results)
        for result in results:
            assert len(result.id.encode()) <= 64
            assert result.title and len(result.title) <= TITLE_CHARS and "\n" not in result.title, result.title
            assert not result.title.startswith(("•", "-")) and not result.title.endswith((":", "：")), result.title
            assert result.description and "\n" not in result.description
            assert not result.description.startswith("•"), result.description
