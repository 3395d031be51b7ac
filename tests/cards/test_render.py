"""Every card kind in every language, really drawn: size on a phone, palette PNGs half the bytes
or less without visible loss, the texts drawn, no missing glyphs, the cache."""

from __future__ import annotations

import io
import re
import threading

import matplotlib.text
import numpy as np
import pytest
from card_support import LANGS, NO_MISSING_GLYPHS, SPECS, png_size, words
from PIL import Image

from bot.cards import CardSpec, build_figure, cache_info, render, render_uncached
from bot.cards.canvas import png_bytes, rgba_png_bytes
from bot.cards.draw import WIDTH

pytestmark = NO_MISSING_GLYPHS

CASES = [(kind, lang) for kind in SPECS for lang in LANGS]
PHONE_HEIGHT = 1350  # 4:5 at 1080 wide, what a phone shows without scrolling far
COMPARISONS = [("beijing", "tokyo"), ("beijing", "tokyo", "london"),
               ("beijing", "tokyo", "london", "san-francisco"),
               ("san-francisco", "los-angeles", "hong-kong", "guangzhou")]  # the longest names


@pytest.fixture(scope="module")
def drawn(index):
    """(kind, lang) → (figure texts, palette PNG, RGBA PNG, height), each card drawn once."""
    out = {}
    for kind, lang in CASES:
        fig = build_figure(index, SPECS[kind](lang))
        texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]
        height = round(fig.get_figheight() * fig.dpi)
        out[kind, lang] = (texts, png_bytes(fig), rgba_png_bytes(fig), height)
    return out


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_png_is_a_phone_sized_portrait(drawn, kind, lang):
    _, png, _, height = drawn[kind, lang]
    width, png_height = png_size(png)
    assert (width, png_height) == (WIDTH, height) == (1080, height)
    assert 700 <= height <= 1700
    assert len(png) < 100_000


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_a_palette_png_is_half_the_bytes_or_less_and_looks_the_same(drawn, kind, lang):
    """Measured against the RGBA PNG matplotlib writes: at most half the size, and no pixel more
    than 8 of 255 levels off in any channel (the eye sees nothing below ~3 %)."""
    _, png, rgba, _ = drawn[kind, lang]
    palette, full = Image.open(io.BytesIO(png)), Image.open(io.BytesIO(rgba))
    assert palette.mode == "P" and full.mode == "RGBA"
    assert len(png) <= len(rgba) / 2, (len(png), len(rgba))
    a = np.asarray(palette.convert("RGB"), dtype=np.int16)
    b = np.asarray(full.convert("RGB"), dtype=np.int16)
    assert a.shape == b.shape
    assert int(np.abs(a - b).max()) <= 8


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("cities", COMPARISONS, ids=lambda ids: f"{len(ids)} cities")
def test_a_comparison_fits_a_phone_screen(index, lang, cities):
    """1080 × 1926 before: a long scroll on a phone. Now at most 1350 px tall for 2 to 4 cities."""
    width, height = png_size(render_uncached(index, CardSpec.compare(cities, lang)))
    assert width == 1080 and height <= PHONE_HEIGHT


@pytest.mark.parametrize("lang", LANGS)
def test_the_talent_card_has_one_tile_for_its_unnamed_members(drawn, index, lang):
    texts, _, _, height = drawn["talent", lang]
    tile = words(index, "card_unnamed_tile", lang, n=5, adjective=index.place_adjective("country", "US", lang))
    assert texts.count(tile) == 1
    assert height <= 1100  # five placeholder tiles made it 1371 px


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_title_source_and_cities_are_drawn(index, drawn, kind, lang):
    texts, _, _, _ = drawn[kind, lang]
    joined = " ".join(texts) + "\n" + "".join(texts)  # wrapped lines joined back, Latin and Chinese
    source_word = words(index, "source_tag", lang, source="").strip()
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
    texts, _, _, _ = drawn["list", lang]
    assert [t for t in texts if t.isdigit()] == [str(n) for n in range(1, 11)]


@pytest.mark.parametrize("lang", LANGS)
def test_talent_card_has_a_note_and_no_rank_numbers(drawn, index, lang):
    texts, _, _, _ = drawn["talent", lang]
    note = words(index, "card_note_order", lang)
    assert note in texts or any(t in note for t in texts)
    assert not [t for t in texts if re.fullmatch(r"\d+", t)], "a talent member drawn with a rank"


def test_city_card_shows_rank_member_and_outside(drawn):
    texts, _, _, _ = drawn["city", "en"]
    assert "8" in texts and "Member" in texts and "Not in top 3" in texts
    texts, _, _, _ = drawn["city", "zh-Hant"]
    assert "上海" in texts and "入選" in texts and "未進前3名" in texts


def test_compare_card_marks_and_column_heads(drawn):
    texts, _, _, _ = drawn["compare", "en"]
    assert {"3", "10", "4", "2", "1", "✓", "?", "–"} <= set(texts)
    assert {"member", "not in top 3", "not a member", "not known"} <= set(texts)
    assert {"Beijing", "Tokyo", "London", "San Francisco"} <= set(texts)  # heads, not a subtitle line
    assert "Beijing vs Tokyo vs London vs San Francisco" not in texts


def test_an_edition_is_drawn_from_its_own_report(editions):
    def drawn_texts(spec):
        fig = build_figure(editions, spec)
        return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]

    old = drawn_texts(CardSpec.top("overall", 3, report="set-2025"))
    new = drawn_texts(CardSpec.top("overall", 3, report="demo-2026"))
    assert "Global Innovation Cities report 2025" in old and "Boston" in old and "Shanghai" not in old
    assert "Global Innovation Cities report 2026 (test edition)" in new and "Shanghai" in new


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
    again = render(index, CardSpec("list", "education", 3, ("ignored",), "zh-Hans", "set-2025"))
    assert again is first and len(calls) == 1  # "" is the default report: the same card
    info = cache_info()
    assert (info.hits, info.misses, info.size) == (1, 1, 1)
    other = render(index, CardSpec.top("education", 3, "zh-Hant"))
    assert other != first and len(calls) == 2


def test_editions_are_cached_apart(editions, fresh_cache):
    old = render(editions, CardSpec.top("overall", 3, report="set-2025"))
    new = render(editions, CardSpec.top("overall", 3, report="demo-2026"))
    assert old != new and cache_info().misses == 2
    assert render(editions, CardSpec.top("overall", 3)) is new


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
