"""Every card kind in every language: PNG size, the texts drawn, no missing glyphs, the cache."""

from __future__ import annotations

import re
import threading

import matplotlib.text
import pytest
from card_support import LANGS, NO_MISSING_GLYPHS, SPECS, png_size

from bot.cards import CardSpec, build_figure, cache_info, render, render_uncached
from bot.cards.draw import WIDTH
from bot.cards.labels import label

pytestmark = NO_MISSING_GLYPHS

CASES = [(kind, lang) for kind in SPECS for lang in LANGS]


@pytest.fixture(scope="module")
def drawn(index):
    """(kind, lang) → (figure texts, PNG bytes), each card drawn once for this module."""
    out = {}
    for kind, lang in CASES:
        spec = SPECS[kind](lang)
        fig = build_figure(index, spec)
        texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]
        height = round(fig.get_figheight() * fig.dpi)
        out[kind, lang] = (texts, render_uncached(index, spec), height)
    return out


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_png_is_a_phone_sized_portrait(drawn, kind, lang):
    _, png, height = drawn[kind, lang]
    width, png_height = png_size(png)
    assert (width, png_height) == (WIDTH, height) == (1080, height)
    assert 700 <= height <= 2400
    assert len(png) < 400_000


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_title_source_and_cities_are_drawn(index, drawn, kind, lang):
    texts, _, _ = drawn[kind, lang]
    joined = " ".join(texts) + "\n" + "".join(texts)  # wrapped lines joined back, Latin and Chinese
    source_word = label("source", lang, source="").strip()
    assert any(t.startswith(source_word) for t in texts), texts
    assert index.default.meta["short_title"][lang] in texts
    spec = SPECS[kind](lang)
    if kind in ("list", "talent"):
        for _, city in index.default.top(spec.list_id).entries:
            assert city.name(lang) in texts
            assert index.country_name(city.country, lang) in texts
    else:
        for city_id in spec.city_ids:
            city = index.city(city_id)
            assert city.name(lang) in joined
            assert index.country_name(city.country, lang) in joined
        for info in index.default.lists:
            assert info.name(lang)[1:] in joined  # the first letter may be capitalised


@pytest.mark.parametrize("lang", LANGS)
def test_overall_card_draws_ranks_one_to_ten(drawn, lang):
    texts, _, _ = drawn["list", lang]
    assert [t for t in texts if t.isdigit()] == [str(n) for n in range(1, 11)]


@pytest.mark.parametrize("lang", LANGS)
def test_talent_card_has_placeholders_a_note_and_no_rank_numbers(drawn, lang):
    texts, _, _ = drawn["talent", lang]
    assert texts.count(label("unnamed_city", lang)) == 5
    assert label("note_order", lang) in texts or any(t in label("note_order", lang) for t in texts)
    assert not [t for t in texts if re.fullmatch(r"\d+", t)], "a talent member drawn with a rank"
    if lang == "en":
        assert any("not published" in t for t in texts)


def test_city_card_shows_rank_member_and_outside(drawn):
    texts, _, _ = drawn["city", "en"]
    assert "8" in texts and "Member" in texts and "Not in top 3" in texts
    texts, _, _ = drawn["city", "zh-Hant"]
    assert "上海" in texts and "入選" in texts and "未進前3名" in texts


def test_compare_card_marks(drawn):
    texts, _, _ = drawn["compare", "en"]
    assert {"3", "10", "4", "2", "1", "✓", "?", "–"} <= set(texts)


def test_a_missing_glyph_is_a_failure():
    """The guard itself: a character the card font lacks (Korean) raises under the test filter."""
    from bot.cards.canvas import Canvas

    canvas = Canvas(WIDTH, "en")
    with pytest.raises(UserWarning, match="missing from font"):
        canvas.measure("서울", 30)


def test_cache_returns_the_same_bytes_without_rendering(index, fresh_cache, monkeypatch):
    from bot.cards import rendering as render_module

    calls = []
    real = render_module.render_uncached
    monkeypatch.setattr(render_module, "render_uncached", lambda i, s: calls.append(s) or real(i, s))
    spec = CardSpec.top("education", 3, "zh-Hans")
    first = render(index, spec)
    again = render(index, CardSpec("list", "education", 3, ("ignored",), "zh-Hans"))
    assert again is first and len(calls) == 1
    info = cache_info()
    assert (info.hits, info.misses, info.size) == (1, 1, 1)
    other = render(index, CardSpec.top("education", 3, "zh-Hant"))
    assert other != first and len(calls) == 2


def test_rendering_is_deterministic(index):
    spec = CardSpec.compare(("boston", "seattle"), "en")
    assert render_uncached(index, spec) == render_uncached(index, spec)


def test_rendering_from_threads(index, fresh_cache):
    specs = [CardSpec.city(c, lang) for c, lang in (("tokyo", "en"), ("london", "zh-Hans"),
                                                    ("seattle", "zh-Hant"), ("shenzhen", "en"))]
    results: dict[int, bytes] = {}
    threads = [threading.Thread(target=lambda i=i, s=s: results.__setitem__(i, render(index, s)))
               for i, s in enumerate(specs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(png_size(png)[0] == WIDTH for png in results.values())
    assert cache_info().misses == 4
