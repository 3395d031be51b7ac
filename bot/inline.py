"""Inline mode: what to offer while someone types ``@bot sh`` in any chat.

* While the text is the start of a report city's name or alias (``s``, ``sh``, ``new y``,
  ``上``, ``舊``), every such city comes first, in rank order, each with its standing; then the
  best questions about the first of them (a comparison with the city next to it, all about it,
  the lists it is in); then the report itself.
* Any other text is a question: its answer first, then the questions of its buttons, then the
  report. A city's name begun at its end ("compare Beijing and lo", "上海和深") is offered
  written out, first; so is one the answer did not recognise ("where does shen rank").
* No text: the example questions, answered.

Each result is an ordinary :class:`~bot.reply.Reply` with a short plain ``title`` and a one-line
``summary``; their words are phrases of ``data/wording/inline.yaml`` (and the buttons' labels).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.buttons import partner
from bot.answers.context import AnswerContext
from bot.reply import Reply
from index_core.index import Index
from index_core.model import Certainty, City, ListInfo
from index_core.text import fold, is_cjk

if TYPE_CHECKING:
    from bot.engine import Engine

MAX_RESULTS = 50  # Telegram's limit for one inline answer
TITLE_CHARS = 40
SUMMARY_CHARS = 120
_ELLIPSIS = "…"
_BULLET = re.compile(r"^[•·\-–]\s*")
_SENTENCE_END = tuple(".!?:;。！？：；")
_NUMBERED = re.compile(r"^\d+\.\s")


def inline_replies(engine: Engine, text: str, *, limit: int = 10) -> list[Reply]:
    """The results for inline text ``text`` (at most ``limit``, but never fewer than every city
    the text could be the start of, plus the report; never more than Telegram's 50)."""
    text = " ".join(text.split())
    if not text:
        return _examples(engine)[:max(1, min(limit, MAX_RESULTS))]
    lang = engine.scripts.lang(text)
    ctx = _context(engine, lang)
    cities = cities_starting(engine, text)
    if cities:
        limit = max(limit, len(cities) + 1)
        offers = [_city_result(engine, ctx, city) for city in cities]
        offers += _about_city(engine, ctx, cities[0])
    else:
        offers = _question(engine, ctx, text)
    return _finish(engine, ctx, offers, min(limit, MAX_RESULTS))


# --- which cities the text is the start of ---------------------------------------------------
def cities_starting(engine: Engine, text: str) -> list[City]:
    """The report's cities whose name or alias starts with ``text`` (case, accents and Chinese
    script folded), in rank order: by the main ranking, then the unranked in the data's order.
    One Latin letter, or a word questions use, is the start of names only (``b`` and ``the`` are
    not "(the) big apple"); otherwise aliases count (``pe`` → Peking), and so do later words of a
    name (``york`` → New York)."""
    typed = fold(text)
    if not typed:
        return []
    index = engine.index
    cjk = any(is_cjk(ch) for ch in typed)
    names = _names(index)
    aliases_too = cjk or (len(typed) >= 2 and not _a_word(engine, typed))  # "the" is no "the big apple"
    found: set[str] = set()
    for key, city_id in index.aliases.items():
        if not key.startswith(typed):
            if len(typed) >= 2 and key in names and any(w.startswith(typed) for w in key.split()[1:]):
                found.add(city_id)
            continue
        if aliases_too or key in names:
            found.add(city_id)
    order = {cid: i for i, cid in enumerate(index.city_ids())}
    main = index.default.lists[0].id

    def rank(city_id: str) -> tuple[int, int]:
        placement = index.default.placement(main, city_id)
        exact = placement.rank if placement.certainty is Certainty.EXACT else None
        return (exact if exact is not None else len(order) + 10**6, order[city_id])

    return [index.city(cid) for cid in sorted(found, key=rank)]


@functools.lru_cache(maxsize=8)
def _names(index: Index) -> frozenset[str]:
    """The cities' own names, folded (not their aliases)."""
    return frozenset(fold(name) for cid in index.city_ids() for name in index.city(cid).names.values())


# --- the results ---------------------------------------------------------------------------
def _context(engine: Engine, lang: str) -> AnswerContext:
    index = engine.index
    return AnswerContext(index, index.default, lang, engine.wording, engine.reader.suggest)


def _city_result(engine: Engine, ctx: AnswerContext, city: City) -> Reply:
    """The city's standing: titled "Shanghai — 8th overall", the answer to "where does it rank?"."""
    name = city.name(ctx.lang)
    info = ctx.main_list
    placement = ctx.report.placement(info.id, city.id)
    if placement.certainty is Certainty.EXACT and placement.rank is not None:
        title = ctx.say("inline_city_rank", city=name, ordinal=ctx.ordinal(placement.rank),
                        in_list=ctx.in_list(info), list=ctx.list_name(info))
    elif placement.certainty is Certainty.MEMBER:
        title = ctx.say("inline_city_member", city=name, top=ctx.top_of(info))
    elif placement.certainty is Certainty.OUTSIDE:
        title = ctx.say("inline_city_outside", city=name, top=ctx.top_of(info))
    else:
        title = ctx.say("inline_city_unknown", city=name)
    reply = engine.answer(ctx.say("inline_ask_rank", city=name).plain)
    return _titled(reply, title.plain)


def _about_city(engine: Engine, ctx: AnswerContext, city: City) -> list[Reply]:
    """The best questions about one city: compared with the city next to it, all about it, and
    the top of each list it is published in."""
    name = city.name(ctx.lang)
    out = []
    other = partner(ctx, city)
    if other is not None:
        values = {"city": name, "other": other.name(ctx.lang)}
        out.append(_asked(engine, ctx.say("ask_compare", **values).plain,
                          ctx.say("inline_compare", **values).plain))
    out.append(_asked(engine, ctx.say("ask_profile", city=name).plain, ctx.say("btn_profile", city=name).plain))
    for placement in ctx.report.profile(city.id):
        if placement.certainty not in (Certainty.EXACT, Certainty.MEMBER):
            continue
        info = placement.list
        n = info.published or len(ctx.report.members(info.id))
        question = ctx.say("ask_top", n=n, list_name=ctx.list_name(info)).plain
        out.append(_asked(engine, question, _list_title(ctx, info)))
    return out


def _list_title(ctx: AnswerContext, info: ListInfo) -> str:
    """"Overall top 10", "Talent development top 10"; a group of no stated size by its name."""
    if not info.published:
        return ctx.list_title(info)
    top = ctx.top_of(info).plain
    return top[:1].upper() + top[1:] if ctx.lang == "en" else top


def _question(engine: Engine, ctx: AnswerContext, text: str) -> list[Reply]:
    """The answer to the text, then the answers to the questions of its buttons. When a word of
    it is the start of a city's name ("compare Beijing and sh"), the question with each such city
    written out comes too: first while that name is still being typed ("… and shen"), and instead
    of the answer if the answer did not understand the text. "I'm not sure what you're asking"
    is no message to send: its example questions are offered instead."""
    first = engine.answer(text)
    finished, begun = _finished_questions(engine, ctx, text, first)
    out = [_asked(engine, question, question) for question in finished]
    asked = [_asked(engine, b.action[2:], b.label) for b in first.buttons if b.action.startswith("q:")]
    puzzled = first.intent in ("clarify", "nonsense") and (finished or asked)
    if not puzzled and not (finished and _misunderstood(first, ctx, text)):
        out.insert(len(out) if begun else 0, _titled(first, first.title or first.text))
    return out + asked


def _finished_questions(engine: Engine, ctx: AnswerContext, text: str, answer: Reply) -> tuple[list[str], bool]:
    """The text with a city's name written out where it was begun — at the end (the word being
    typed: "sh", "new y") or at a word the answer did not recognise ("where does shen rank") —
    and whether that beginning is no name of its own (so the name is still being typed)."""
    if is_cjk(text[-1]):  # Chinese is written without spaces: a name begun in the last characters
        return _finished_chinese(engine, ctx, text, answer)
    words = text.split()
    spans = [(len(words) - k, len(words)) for k in (2, 1) if len(words) > k]
    spans += [(i, i + 1) for i, word in enumerate(words[:-1])
              if ctx.say("unknown_city", name=word).plain.casefold() in answer.text.casefold()]
    names = _names(engine.index)
    for start, end in spans:
        typed = fold(" ".join(words[start:end]))
        if _a_word(engine, typed):  # "compare Boston to": "to" is no beginning of Tokyo
            continue
        cities = [c for c in cities_starting(engine, typed) if _name_starts(c, typed)]
        if cities:
            questions = [" ".join([*words[:start], city.name(ctx.lang), *words[end:]]) for city in cities]
            return questions, typed not in names and typed not in engine.index.aliases
    return [], False


def _finished_chinese(engine: Engine, ctx: AnswerContext, text: str, answer: Reply) -> tuple[list[str], bool]:
    for k in (3, 2, 1):
        if len(text) <= k or not all(is_cjk(ch) for ch in text[-k:]):
            continue
        typed = fold(text[-k:])
        if _a_word(engine, typed):  # "前三": a number, not the start of a name
            continue
        cities = [c for c in cities_starting(engine, typed) if _name_starts(c, typed)]
        if cities:
            questions = [text[:-k] + city.name(ctx.lang) for city in cities]
            return questions, typed not in engine.index.aliases
    return [], False


def _a_word(engine: Engine, typed: str) -> bool:
    """``typed`` (folded) is a word of questions the bot listens for (a cue, a filler, a number)."""
    meanings = engine.lexicon.phrases.get(tuple(typed.split()), [])
    return typed in engine.lexicon.filler or any(kind not in ("city", "place", "list") for kind, _v in meanings)


def _name_starts(city: City, typed: str) -> bool:
    """``typed`` (folded) begins the city's name or a word of it, in some language."""
    return any(fold(name).startswith(typed) or any(w.startswith(typed) for w in fold(name).split())
               for name in city.names.values())


def _misunderstood(reply: Reply, ctx: AnswerContext, text: str) -> bool:
    """The answer says it did not understand, or did not know a word of the text as a city."""
    if reply.intent in ("clarify", "nonsense"):
        return True
    said = reply.text.casefold()
    return any(ctx.say("unknown_city", name=word).plain.casefold() in said for word in text.split())


def _examples(engine: Engine) -> list[Reply]:
    return [_asked(engine, question, question) for question in engine.wording.items("examples", "en")]


def _asked(engine: Engine, question: str, title: str) -> Reply:
    return _titled(engine.answer(question), title)


def _finish(engine: Engine, ctx: AnswerContext, offers: list[Reply], limit: int) -> list[Reply]:
    """Without repeats (the same message twice), at most ``limit``, the report last."""
    about = _titled(engine.about(ctx.lang), ctx.say("inline_about").plain)
    out: list[Reply] = []
    seen = {about.html}
    for reply in offers:
        if reply.html not in seen and len(out) < limit - 1:
            seen.add(reply.html)
            out.append(reply)
    return [*out, about][:limit]


# --- titles and one-line summaries ---------------------------------------------------------------
def _titled(reply: Reply, title: str) -> Reply:
    return replace(reply, title=short_title(title), summary=summary(reply))


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """One plain line of at most ``limit`` characters: no bullet, no closing colon, cut at a word."""
    line = _BULLET.sub("", (text.strip().splitlines() or [""])[0]).strip().rstrip(":：").strip()
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut and not any(is_cjk(ch) for ch in cut):
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:，、；：") + _ELLIPSIS


def summary(reply: Reply, limit: int = SUMMARY_CHARS) -> str:
    """The reply in one line: its lines joined without bullets or the closing source line, and
    without a heading line ("Shanghai and Seattle:") when there is more to say. Chinese, twice
    as wide a character, is cut at half the length."""
    lines = [line.strip() for line in reply.text.splitlines() if line.strip()]
    if reply.sources and len(lines) > 1:
        lines = lines[:-1]  # "Source: Xinhua, 25 January 2025"
    lines = [_BULLET.sub("", line) for line in lines]
    if len(lines) > 1 and lines[0].endswith((":", "：")):
        lines = lines[1:]
    zh = reply.lang != "en"
    text = ""
    for line in lines:
        if text and text.endswith(_SENTENCE_END):
            text += "" if zh else " "
        elif text:  # "1. Boston, 2. London"; "5 Chinese cities: …; 5 US cities, …"
            numbered = _NUMBERED.match(line) is not None
            text += ("、" if numbered else "；") if zh else (", " if numbered else "; ")
        text += line
    limit = limit // 2 if zh else limit
    return text if len(text) <= limit else text[: limit - 1].rstrip() + _ELLIPSIS
