"""The answering engine: a message (and its chat's state) in, a Reply out.

normalise → entities → intent scores → follow-up context → compose from the index.
The same engine serves `citybot ask`, `citybot chat` and the Telegram bot.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from bot.answers.compose import RANKING_INTENTS, Answer, Composer
from bot.answers.phrases import Phrases
from bot.answers.query import Query
from bot.answers.text import Rich, clip, join
from bot.context import remember, resolve
from bot.nlu.entities import Entities, EntityFinder
from bot.nlu.intents import IntentModel, IntentScore
from bot.nlu.lexicon import Lexicon
from bot.nlu.normalize import Message, normalize
from bot.reply import Button, Reply
from index_core.index import Index

CONFIDENT = 62.0  # below this the best intent is not trusted on its own
TIE_MARGIN = 3.0
FAMILIES = {"rank": "city", "profile": "city", "member": "city", "compare": "city", "top": "list",
            "group": "list", "position": "list", "country": "list", "greeting": "chat", "thanks": "chat",
            "help": "chat", "about": "chat"}
COMMANDS = {"start": "greeting", "help": "help", "about": "about", "source": "about", "top": "top",
            "rank": "rank", "compare": "compare", "card": None}
SOURCED = RANKING_INTENTS | {"meta_who", "meta_when", "meta_count", "meta_measure"}
YESNO_STARTS = ("is ", "are ", "does ", "do ", "did ", "has ", "was ", "can ")


class Engine:
    """Understands and answers messages about the report(s) in an index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.lexicon = Lexicon.from_index(index)
        self.finder = EntityFinder(index, self.lexicon)
        self.model = IntentModel(index, self.lexicon)
        self.phrases = Phrases(index.nlu.get("replies", {}))
        self.composer = Composer(index, self.phrases, suggest=self.finder.suggest)

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Engine:
        from index_core.store import load_index

        return cls(load_index(data_dir))

    # --- understanding -------------------------------------------------------------------------
    def understand(self, text: str, state: dict[str, Any] | None = None, *,
                   now: float | None = None) -> Query:
        state = state if state is not None else {}
        preferred = state.get("lang", "en")
        msg = normalize(text, default_zh=preferred if preferred.startswith("zh") else "zh-Hans")
        lang = msg.lang if (msg.has_cjk or any(ch.isalpha() for ch in msg.raw)) else preferred
        ent = self.finder.find(msg.folded)
        if msg.command is not None:
            q = self._command(msg, ent, lang)
            explicit = True
        else:
            q = self._classify(msg, ent, lang)
            explicit = q.intent not in ("nonsense",) and not _bare(ent)
        return resolve(q, ent, state, now, explicit_intent=explicit and not ent.followup)

    def _command(self, msg: Message, ent: Entities, lang: str) -> Query:
        intent = COMMANDS.get(msg.command or "", "help")
        if intent is None:  # /card: same arguments as the others; the picture is the front end's job
            intent = self._classify(msg, ent, lang).intent if ent.template else "top"
        if intent == "rank" and not (ent.cities or ent.unknown) and (ent.position or ent.numbers):
            intent = "position"
        if intent == "rank" and len(ent.cities) + len(ent.unknown) > 1:
            intent = "compare"
        return self._query(intent, msg, ent, lang)

    def _classify(self, msg: Message, ent: Entities, lang: str) -> Query:
        if not msg.folded:
            return self._query("nonsense", msg, ent, lang)
        scores = self.model.scores(ent, msg.folded, zh=lang != "en")
        best, second = scores[0], scores[1]
        intent = best.intent
        if best.score < CONFIDENT:
            intent = self._fallback(ent, msg)
        elif _tied(best, second) and best.score < 80:
            q = self._query("clarify", msg, ent, lang)
            q.alternatives = (best.intent, second.intent)
            return q
        return self._query(intent, msg, ent, lang)

    @staticmethod
    def _fallback(ent: Entities, msg: Message) -> str:
        """When no intent is convincing: answer what the entities allow, else explain."""
        if len(ent.known_cities) >= 2:
            return "compare"
        if ent.cities:
            return "profile"
        if ent.places:
            return "country"
        if ent.lists:
            return "top"
        if ent.position is not None:
            return "position"
        if ent.unknown and len(msg.folded.split()) <= 3 and not ent.leftover > 2:
            return "rank"
        return "nonsense"

    def _query(self, intent: str, msg: Message, ent: Entities, lang: str) -> Query:
        q = Query(intent=intent, lang=lang, text=msg.raw, cities=list(ent.cities),
                  unknown=[_as_typed(u, msg.raw) for u in ent.unknown],
                  list_id=ent.lists[0] if ent.lists else None, n=ent.count, position=ent.position,
                  place=ent.places[0] if ent.places else None)
        if ent.numbers:
            if intent in ("top", "member", "country") and q.n is None:
                q.n = ent.numbers[0]
            elif intent == "position" and q.position is None:
                q.position = ent.numbers[0]
        if intent == "position" and q.position is None and q.n is not None:
            q.position = q.n
        if intent == "top" and q.n is None and q.position is not None and q.position > 0:
            q.n = q.position  # "first 3"
        folded = msg.folded
        q.yesno = folded.startswith(YESNO_STARTS) or folded.endswith("吗") or "是否" in folded
        if intent == "group" and not q.list_id:
            q.intent = "top"
        if intent in ("rank", "profile", "member") and not ent.cities and not ent.unknown and not ent.pronoun:
            q.intent = intent  # the composer asks which city
        return q

    # --- answering -------------------------------------------------------------------------------
    def answer(self, text: str, state: dict[str, Any] | None = None, *, now: float | None = None) -> Reply:
        """The reply to one message; `state` (per chat) carries the conversation and is updated."""
        now = time.time() if now is None else now
        state = state if state is not None else {}
        q = self.understand(text, state, now=now)
        reply = self.reply_for(q)
        remember(state, q, now)
        return reply

    def reply_for(self, q: Query) -> Reply:
        report = self.index.default
        answer: Answer = self.composer.compose(q, report)
        body = answer.body
        if answer.sourced and q.intent in SOURCED:
            body = join([body, self.composer.source_tag(q, report)])
        body = clip(body)
        return Reply(text=body.plain, html=body.html, intent=q.intent, lang=q.lang,
                     buttons=tuple(answer.buttons), title=(answer.title or body.plain.split("\n")[0])[:120],
                     card=answer.card)

    def about(self, lang: str = "en") -> Reply:
        return self.reply_for(Query(intent="about", lang=lang, text="/about"))

    def inline(self, text: str, *, limit: int = 10) -> list[Reply]:
        """Answers for inline mode: the answer to the query first, then related questions."""
        text = text.strip()
        if not text:
            lang = "en"
            replies = [self.answer(e) for e in self.phrases.examples(lang)]
            return replies[:limit]
        first = self.answer(text)
        replies = [first]
        seen = {first.text}
        for button in first.buttons:
            if len(replies) >= limit:
                break
            if button.action.startswith("q:"):
                related = self.answer(button.action[2:])
                if related.text not in seen:
                    seen.add(related.text)
                    replies.append(related)
        if first.intent not in ("about",) and len(replies) < limit:
            replies.append(self.about(first.lang))
        return replies[:limit]


def _tied(best: IntentScore, second: IntentScore) -> bool:
    return best.score - second.score < TIE_MARGIN and FAMILIES.get(best.intent, best.intent) != \
        FAMILIES.get(second.intent, second.intent)


def _as_typed(folded: str, raw: str) -> str:
    """An unrecognised name as the user wrote it (case and all), for echoing back."""
    pattern = r"\W*".join(re.escape(part) for part in folded.split())
    m = re.search(pattern, raw, re.IGNORECASE) if pattern else None
    return m.group(0) if m else folded


def _bare(ent: Entities) -> bool:
    return all(w.startswith("x") and w.endswith("x") for w in ent.template.split())


__all__ = ["Button", "Engine", "Reply", "Rich"]
