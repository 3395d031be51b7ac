"""The Source button: the very paragraphs of the article an answer rests on, in the chat's
language, under the report's title, the article's citation, title and address (where the data has
one); escaped HTML that fits one message."""

from __future__ import annotations

from typing import Any

from bot.telegram.render import MAX_MESSAGE, escape
from bot.wording.phrases import Wording, language_phrase

_ELLIPSIS = "…"


def source_html(report: Any, words: Wording, refs: tuple[str, ...], lang: str, *, whole: bool = False,
                limit: int = MAX_MESSAGE) -> str:
    """The source view for an answer resting on ``refs`` ("xinhua ¶4"); ``whole``: the refs are
    the report's own source, the answer naming no paragraphs. The originals of translated
    paragraphs are left out first, then paragraphs are cut, so that it fits ``limit``."""
    if not refs:
        return escape(words.say("tg_source_nothing", lang).plain)
    head = [f"<b>{escape(words.say('tg_source_heading', lang).plain)}</b>"]
    title = report.meta.get("title") or {}
    report_title = title.get(lang) or title.get("en") or ""
    head.append(escape(words.say("tg_source_report", lang, title=report_title).plain))
    if whole:
        head.append(f"<i>{escape(words.say('tg_source_whole', lang).plain)}</i>")
    blocks: list[tuple[str, list[tuple[str, str]]]] = []  # (source heading, [(paragraph, original)])
    for source, passages in report.cited(refs):
        blocks.append((_source_heading(words, source, lang), _paragraphs(words, source, passages, lang)))
    for with_originals in (True, False):
        text = _compose(head, blocks, words, lang, with_originals)
        if len(text) <= limit:
            return text
    return _cut(head, blocks, words, lang, limit)


def _source_heading(words: Wording, source: Any, lang: str) -> str:
    citation = f"<b>{escape(source.citation(lang))}</b>"
    title = source.title_in(lang)
    line = escape(words.text("tg_source_title", lang)).format(citation=citation, title=escape(title)) if title \
        else citation
    if source.url:
        line += f"\n{escape(source.url)}"
    return line


def _paragraphs(words: Wording, source: Any, passages: list[tuple[int, dict[str, str]]],
                lang: str) -> list[tuple[str, str]]:
    out = []
    for number, texts in passages:
        shown = texts.get(lang) or texts.get(source.language) or texts.get("en") or ""
        original = texts.get(source.language) or ""
        note = ""
        if original and original != shown:
            language = words.text(language_phrase(source.language), lang)
            note = words.say("tg_source_original", lang, language=language, text=original).plain
        out.append((f"¶{number} {shown}", note))
    return out


def _compose(head: list[str], blocks: list[tuple[str, list[tuple[str, str]]]], words: Wording, lang: str,
             with_originals: bool) -> str:
    parts = list(head)
    for heading, paragraphs in blocks:
        parts.append(heading)
        if not paragraphs:
            parts.append(f"<i>{escape(words.say('tg_source_no_text', lang).plain)}</i>")
        for shown, original in paragraphs:
            parts.append(f"<blockquote>{escape(shown)}</blockquote>")
            if with_originals and original:
                parts.append(f"<blockquote expandable>{escape(original)}</blockquote>")
    return "\n".join(parts)


def _cut(head: list[str], blocks: list[tuple[str, list[tuple[str, str]]]], words: Wording, lang: str,
         limit: int) -> str:
    """Paragraphs as far as they fit, the last one cut (in plain text, before escaping), and a note."""
    note = f"<i>{escape(words.say('tg_source_cut', lang).plain)}</i>"
    parts = list(head)
    used = sum(len(p) + 1 for p in parts) + len(note)
    for heading, paragraphs in blocks:
        if used + len(heading) + 1 > limit:
            break
        parts.append(heading)
        used += len(heading) + 1
        for shown, _original in paragraphs:
            room = limit - used - len("<blockquote></blockquote>") - 1
            if room <= len(_ELLIPSIS):
                break
            text = escape(shown)
            if len(text) > room:
                cut = shown
                while cut and len(escape(cut)) + len(_ELLIPSIS) > room:
                    cut = cut[: max(0, len(cut) - max(1, len(escape(cut)) + len(_ELLIPSIS) - room))]
                text = escape(cut.rstrip()) + _ELLIPSIS
            parts.append(f"<blockquote>{text}</blockquote>")
            used += len(parts[-1]) + 1
    parts.append(note)
    return "\n".join(parts)
