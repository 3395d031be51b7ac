"""The shipped card fonts: small, registered, and holding every character a card can draw."""

from __future__ import annotations

import pytest

from bot.cards import typeface
from bot.wording.phrases import LANGS

# the pieces of data/wording/pieces.yaml a card writes with (dates, joined names, the source line)
PIECES = ("date", "months", "list_sep", "list_last_and", "pair_sep", "source_tag")


def test_fonts_are_shipped_small_and_licensed():
    paths = typeface.font_paths()
    assert all(path.is_file() for path in paths)
    assert sum(path.stat().st_size for path in paths) < 2 * 1024 * 1024
    assert (typeface.FONT_DIR / "OFL.txt").is_file()


def test_fonts_register_under_their_own_names():
    from matplotlib import font_manager

    typeface.register()
    for lang in LANGS:
        family = typeface.families(lang)[0]
        for weight in ("normal", "bold"):
            prop = font_manager.FontProperties(family=family, weight=weight)
            found = font_manager.findfont(prop, fallback_to_default=False)
            assert found.startswith(str(typeface.FONT_DIR)), (lang, weight, found)
    assert typeface.families("zh-Hant")[0] != typeface.families("zh-Hans")[0]


def _drawable_texts(index, lang: str) -> list[str]:
    """Every data text a card in `lang` can show, and every card phrase of the wording."""
    texts = [index.city(c).name(lang) for c in index.city_ids()]
    texts += [index.country_name(index.city(c).country, lang) for c in index.city_ids()]
    texts += [info.name(lang) for report in index.reports.values() for info in report.lists]
    for report in index.reports.values():
        for key in ("title", "short_title"):
            texts.append(report.meta[key][lang])
        texts += [names.get(lang, "") for names in report.meta.get("sources", {}).values()]
    for key, entry in index.wording.items():
        if key.startswith("card_") or key in PIECES:
            value = entry[lang]
            texts += value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
    return texts


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("data", ["index", "editions"])
def test_font_covers_every_drawable_character(request, data, lang):
    texts = "".join(_drawable_texts(request.getfixturevalue(data), lang))
    for bold in (False, True):
        missing = typeface.missing_glyphs(texts, lang, bold=bold)
        assert not missing, (f"the card font lacks {''.join(sorted(missing))!r}: "
                             "run `python tools/subset_fonts.py` (needs apt package fonts-noto-cjk)")
