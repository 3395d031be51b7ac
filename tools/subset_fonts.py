"""Build the card fonts shipped in bot/cards/fonts/: subsets of Noto Sans CJK (SIL OFL 1.1).

A developer tool, not used at run time. The subsets hold only the characters the cards can
draw: every character of the data folder's wording (data/wording/, which holds the card texts),
cities, countries and reports (names, report titles and sources, aliases), their
simplified/traditional counterparts (as characters and as OpenCC converts whole phrases: 公布 →
公佈), ASCII, Latin-1 and common punctuation. Run it again when the data or the wording bring new
characters (tests/cards/test_fonts.py fails until then):

    apt-get install fonts-noto-cjk        # the full fonts, as .ttc collections
    .venv/bin/python tools/subset_fonts.py [--data DIR] [--source DIR]

(with the project installed in the venv: it reads the data folder and writes bot/cards/fonts/).

The subsets are renamed "Citybot Sans SC" / "Citybot Sans TC" (the OFL asks modified
versions not to pass as the original; the names also never clash with an installed Noto).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cards.typeface import FONT_DIR, FONT_FAMILIES, FONT_FILES

SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
SOURCE_FILES = {False: "NotoSansCJK-Regular.ttc", True: "NotoSansCJK-Bold.ttc"}
SOURCE_FACE = {"SC": "Noto Sans CJK SC", "TC": "Noto Sans CJK TC"}

EXTRA = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "".join(chr(c) for c in range(0xA0, 0x100))
    + "–—‘’“”…·•¶×→✓"
    + "、。，：；！？（）《》〈〉「」『』【】〔〕～％＋－＝／．·　"
    + "０１２３４５６７８９〇一二三四五六七八九十百千万萬"
)


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def needed_characters(data_dir: Path) -> set[str]:
    """Every character the cards may draw, with both Chinese scripts of each ideograph."""
    import opencc

    texts = [EXTRA]
    for pattern in ("*.yaml", "*.yml", "*.csv"):  # wording, cities, countries, reports (not the language data)
        texts.extend(path.read_text(encoding="utf-8") for path in sorted(data_dir.rglob(pattern))
                     if not {"nlu", "language"} & set(path.relative_to(data_dir).parts))
    chars = {ch for text in texts for ch in text if ch.isprintable()}
    ideographs = "".join(sorted(ch for ch in chars if _cjk(ch)))
    phrases = "\n".join(texts)
    for config in ("t2s", "s2t", "s2tw", "s2hk"):
        chars |= set(opencc.OpenCC(config).convert(ideographs + "\n" + phrases))
    return chars


def _rename(font, family: str, bold: bool) -> None:
    style = "Bold" if bold else "Regular"
    ps_name = f"{family.replace(' ', '')}-{style}"
    names = {1: family, 2: style, 3: f"citybot;{ps_name}", 4: f"{family} {style}", 6: ps_name,
             10: "A subset of Noto Sans CJK for citybot's picture cards (tools/subset_fonts.py)."}
    table = font["name"]
    table.names = [n for n in table.names if n.nameID not in (*names, 16, 17)]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)
    cff = font["CFF "].cff
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FamilyName, top.FullName = family, f"{family} {style}"


def build(data_dir: Path, source_dir: Path = SOURCE_DIR, out_dir: Path = FONT_DIR) -> list[Path]:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    chars = needed_characters(data_dir)
    written = []
    for (script, bold), file_name in FONT_FILES.items():
        collection = TTCollection(str(source_dir / SOURCE_FILES[bold]))
        face = next(f for f in collection.fonts if f["name"].getDebugName(1) == SOURCE_FACE[script])
        options = subset.Options()
        options.layout_features = []  # matplotlib does no OpenType shaping
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.desubroutinize = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(ord(ch) for ch in chars))
        subsetter.subset(face)
        _rename(face, FONT_FAMILIES[script], bold)
        path = out_dir / file_name
        face.save(str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/subset_fonts.py", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / "data")
    parser.add_argument("--source", type=Path, default=SOURCE_DIR, help="folder of NotoSansCJK-*.ttc")
    args = parser.parse_args(argv)
    if not all((args.source / name).is_file() for name in SOURCE_FILES.values()):
        print(f"subset_fonts: no Noto Sans CJK .ttc files in {args.source} (apt-get install fonts-noto-cjk)",
              file=sys.stderr)
        return 2
    for path in build(args.data, args.source):
        print(f"{path} {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
