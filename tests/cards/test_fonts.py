"""The shipped card fonts: small, registered, and holding every character a card can draw."""

from __future__ import annotations

import pytest

from bot.cards import typeface
from bot.cards.labels import LANGS, labels


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
    """Every data text a card in `lang` can show, and every label."""
    report = index.default
    texts = [index.city(c).name(lang) for c in index.city_ids()]
    texts += [index.country_name(index.city(c).country, lang) for c in index.city_ids()]
    texts += [info.name(lang) for info in report.lists]
    for key in ("title", "short_title"):
        texts.append(report.meta[key][lang])
    texts += [names.get(lang, "") for names in report.meta.get("sources", {}).values()]
    for entry in labels().values():
        value = entry[lang]
        texts += value if isinstance(value, list) else [value]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_font_covers_every_drawable_character(index, lang):
    texts = "".join(_drawable_texts(index, lang))
    for bold in (False, True):
        missing = typeface.missing_glyphs(texts, lang, bold=bold)
        assert not missing, (f"the card font lacks {''.join(sorted(missing))!r}: "
                             "run `python tools/subset_fonts.py` (needs apt package fonts-noto-cjk)")
