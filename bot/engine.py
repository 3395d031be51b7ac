"""The answering engine: a message (and its chat's state) in, a Reply out. One way through:

    normalise → clauses → entities → interpret (bot/interpret/) → answer (bot/answers/) → Reply

The same engine serves `citybot ask`, `citybot chat` and the Telegram bot.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.answers.context import Answer, AnswerContext
from bot.answers.place_filters import mainland_note
from bot.answers.report import unread_note, year_note
from bot.context import Conversation, together
from bot.inline import inline_replies
from bot.interpret import Interpreter
from bot.language.entities import EntityReader
from bot.language.lexicon import Lexicon
from bot.language.normalize import Scripts, normalize
from bot.query import Query
from bot.questions import REGISTRY
from bot.reply import Button, Reply
from bot.wording.phrases import Wording
from bot.wording.rich import Rich, clip, italic, join
from index_core.index import Index

NOTES = ("no_scores", "no_guess", "sure")  # phrases said before an answer, keyed like the notes of a Query
NOTES_AFTER = ("no_why", "compare_hint")  # phrases said after it
MAX_BUTTONS = 3


class Engine:
    """Understands and answers messages about the report(s) in an index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.lexicon = Lexicon.from_index(index)
        self.reader = EntityReader(index, self.lexicon)
        self.scripts = Scripts(index.chinese, self.lexicon.cantonese)
        self.wording = Wording(index.wording)
        self.interpreter = Interpreter(index, self.lexicon, self.reader)

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Engine:
        from index_core.store import load_index

        return cls(load_index(data_dir))

    # --- answering ---------------------------------------------------------------------------------
    def answer(self, text: str, state: dict[str, Any] | None = None, *, now: float | None = None,
               reply_to: dict[str, Any] | None = None) -> Reply:
        """The reply to one message; `state` (per chat) carries the conversation and is updated.
        `reply_to`: the `context` of an earlier Reply this message answers (a reply to that answer in a
        group): the message continues that answer's question, however old, not the chat's latest."""
        now = time.time() if now is None else now
        state = state if state is not None else {}
        preferred = state.get("lang", "en") if isinstance(state.get("lang"), str) else "en"
        msg = normalize(text, self.scripts, default_lang=preferred)
        if isinstance(reply_to, dict):
            convo = Conversation.from_state({"last": {**reply_to, "at": now}}, now)
        else:
            convo = Conversation.from_state(state, now)
        if not convo.known_in(self.index) or (convo.last is not None and convo.last.kind not in REGISTRY):
            convo = Conversation()  # saved with other data, before a reload, or damaged: start afresh
        understood = self.interpreter.understand(msg, convo)
        langs = {q.lang for q in understood.queries}
        lang = langs.pop() if len(langs) == 1 else msg.lang  # ("in chinese please": the language asked for)
        reply, focus = self._reply(understood.queries, lang)
        state["lang"] = lang
        answered = [q for q in understood.queries if REGISTRY[q.kind].continues]
        if answered:
            for q in answered[:-1]:  # "is Beijing in it? and Shanghai?" then "which of them …": both named lately
                convo.note(q)
            convo.note(together(answered), focus)
            convo.save(state, now)
            reply = replace(reply, context=dict(state["last"]))  # what a reply to this answer continues
        return reply

    def ask(self, query: Query) -> Reply:
        return self._reply([query], query.lang)[0]

    def about(self, lang: str = "en") -> Reply:
        return self.ask(Query("about", lang, text="/about"))

    def _context(self, q: Query) -> AnswerContext:
        report = self.index.reports.get(q.report or "") or self.index.default
        return AnswerContext(self.index, report, q.lang, self.wording, self.reader.suggest)

    def _reply(self, queries: list[Query], lang: str):
        parts: list[Rich] = []
        answers: list[Answer] = []
        sources: list[str] = []
        sourced = False
        said: set[str] = set()  # a note said before one part of the answer is not said again before the next
        for q in queries:
            kind = REGISTRY.get(q.kind) or REGISTRY["nonsense"]
            ctx = self._context(q)
            answer = kind.handler(q, ctx)
            if answer.card is not None and not answer.card.report:
                answer.card = replace(answer.card, report=ctx.report.id)  # the picture is of this edition
            body = answer.body
            notes = [self.wording.say(note, q.lang) for note in NOTES if note in q.notes and note not in said]
            said.update(q.notes)
            if "year_missing" in q.notes:
                notes.insert(0, year_note(q, ctx))
            if "unread" in q.notes:
                notes.insert(0, unread_note(q, ctx))
            if "unparsed" in q.notes:
                words = self.wording.names([f"“{w}”" for w in q.extra.get("unparsed", ())], q.lang, conj="or")
                notes.insert(0, self.wording.say("unparsed_words", q.lang, words=words))
            if len(self.index.reports) > 1 and kind.sourced and q.kind not in ("edition", "change") and \
                    "year_missing" not in q.notes:
                notes.insert(0, self.wording.say("edition_of", q.lang, year=ctx.report.meta["released"][:4]))
            if notes:
                body = join([join(notes, " " if q.lang == "en" else ""), body], "\n")
            after = [self.wording.say(note, q.lang) for note in NOTES_AFTER if note in q.notes]
            if q.extra.get("not_mainland"):  # "top-10 cities in mainland China": why Hong Kong is left out
                after.append(mainland_note(ctx, q.extra["not_mainland"]))
            if after:
                gap = "\n" if "\n" in body.plain else " " if q.lang == "en" else ""
                body = join([body, *after], gap)
            if any(part.plain == body.plain for part in parts):
                continue  # "how many US cities made the top ten and which are they?": one answer says both
            parts.append(body)
            answers.append(answer)
            if kind.sourced:
                sourced = True
                sources.extend(answer.sources)
        first = answers[0]
        body = join(parts, "\n\n")
        sources = list(dict.fromkeys(sources))
        if sourced and sources:
            body = join([body, self._source_tag(queries[0], sources)])
        body = clip(body)
        buttons = list(first.buttons)
        if first.card is not None and len(queries) == 1:
            picture = Button(self.wording.text("btn_picture", lang), "card:" + first.card.token())
            buttons = [*buttons[:1], picture, *buttons[-1:]] if len(buttons) >= 2 else [*buttons, picture]
        reply = Reply(text=body.plain, html=body.html, intent="+".join(q.kind for q in queries), lang=lang,
                      buttons=tuple(buttons[:MAX_BUTTONS]), title=(first.title or body.plain.split("\n")[0])[:120],
                      card=first.card, sources=tuple(sources), context=None)
        return reply, first.focus

    def _source_tag(self, q: Query, refs: list[str]) -> Rich:
        report = self._context(q).report
        keys = list(dict.fromkeys(ref.split()[0] for ref in refs))
        names = []
        for key in keys:
            src = report.meta["sources"].get(key)
            if src:
                names.append(src.get(q.lang) or src["en"])
        return italic(self.wording.say("source_tag", q.lang, source=self.wording.names(names, q.lang)))

    # --- inline mode ----------------------------------------------------------------------------------
    def inline(self, text: str, *, limit: int = 10) -> list[Reply]:
        """The results for inline mode (``@bot sh``): see bot/inline.py."""
        return inline_replies(self, text, limit=limit)


__all__ = ["Button", "Engine", "Reply"]
