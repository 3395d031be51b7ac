"""`citybot ask --why`: the sentences of the source that an answer rests on.

The answer names its sources in `reply.sources`, references such as "xinhua ¶4" (read with
`getattr`, so an engine that does not fill them yet still works). A reply without them that
offers a "src" (source) button falls back to the source of the report as a whole; a reply that
states no fact of the report rests on nothing and says so.
"""

from __future__ import annotations

from typing import Any

from bot.wording.phrases import Wording, language_phrase
from index_core.index import Index, ReportIndex


def reply_refs(reply: Any, report: ReportIndex) -> tuple[tuple[str, ...], bool]:
    """(the source references of a reply, whether they are the whole-report fallback)."""
    refs = tuple(str(ref) for ref in (getattr(reply, "sources", None) or ()))
    if refs:
        return refs, False
    if any(getattr(button, "action", "") == "src" for button in getattr(reply, "buttons", ())):
        return (str(report.meta["source"]),), True
    return (), False


def explain(engine: Any, reply: Any, data: str | None = None) -> str:
    """What `--why` prints after the answer: for each source cited, its citation, title and address,
    then each paragraph in the reply's language (and the original when that differs)."""
    index: Index | None = getattr(engine, "index", None)
    if index is None:
        from index_core.store import load_index

        index = load_index(data)
    report_id = getattr(reply, "report", None)
    report = index.reports.get(report_id) if isinstance(report_id, str) else None
    report = report or index.default
    lang = reply.lang
    wording = Wording(index.wording)

    def word(key: str, **fields: str) -> str:
        return wording.text(key, lang).format(**fields)

    refs, whole = reply_refs(reply, report)
    if not refs:
        return word("why_nothing")
    lines = [word("why_heading")]
    if whole:
        lines.append(word("why_whole_source"))
    for source, passages in report.cited(refs):
        lines.append("")
        title = source.title_in(lang)
        lines.append(word("why_source_title", citation=source.citation(lang), title=title) if title
                     else source.citation(lang))
        if source.url:
            lines.append(source.url)
        if not passages:
            lines.append(word("why_no_text"))
        for number, texts in passages:
            text = texts.get(lang) or texts.get(source.language) or texts["en"]
            lines.append(f"¶{number} {text}")
            original = texts.get(source.language)
            if original and original != text:
                language = wording.text(language_phrase(source.language), lang)
                lines.append("    " + word("why_original", language=language, text=original))
    return "\n".join(lines)
