"""The answering engine: a message (and its chat's state) in, a Reply out.

normalise → entities → intent scores → follow-up context → compose from the index.
The same engine serves `citybot ask`, `citybot chat` and the Telegram bot.
"""

from __future__ import annotations

import re
import time
from dataclasses import fields
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import Any

from bot.answers.compose import RANKING_INTENTS, Answer, Composer
from bot.answers.phrases import Phrases
from bot.answers.query import Query
from bot.answers.text import Rich, clip, join
from bot.context import is_bare, last_question, remember, resolve
from bot.memo import BoundedMemo
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
BEHIND_WORDS = {"behind", "below", "lower", "worse", "after", "trail", "trails", "under"}
BEHIND_ZH = ("落后", "不如", "低于", "差", "低")
ABOVE_WORDS = frozenset({"above", "ahead", "before", "higher", "better", "beat", "outrank"})
ABOVE_ZH = ("前面有几", "前面有多少", "领先它的", "排在它前面")
LANGUAGES = ("en", "zh-Hans", "zh-Hant")
REPLY_CACHE = 4096  # understood questions whose replies are kept
SCORE_WORDS = {"score", "scores", "scored", "points", "point", "rating", "ratings", "value", "values"}
SCORE_ZH = ("分数", "得分", "多少分", "几分", "评分", "指数值")
REQUEST_STARTS = ("can you ", "could you ", "can u ", "would you ", "will you ", "do you ", "can i ", "could i ")
REQUEST_STARTS_ZH = ("能", "可以", "可否", "帮我")  # "能比较一下北京和上海吗": please compare
_BEHIND_ZH, _SCORE_ZH, _ABOVE_ZH = (re.compile("|".join(map(re.escape, cues)))
                                    for cues in (BEHIND_ZH, SCORE_ZH, ABOVE_ZH))  # any of the cues, in one search
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
        self._replies: dict[tuple, Reply] = {}
        self._pictures = BoundedMemo(self._picture_button, REPLY_CACHE)  # by (card, language)

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
        lang = msg.lang if (msg.has_cjk or _has_letters(msg.raw)) else preferred
        ent = self.finder.find(msg.folded)
        if ent.pronoun and not (ent.cities or ent.unknown):
            if (last_question(state, now) or {}).get("cities"):
                ent.template = self.finder.pronoun_as_city(ent.template)
            else:
                ent.pronoun = False  # no city for "it" / "they" to refer to ("how do they calculate it?")
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
        if not msg.folded or (ent.unknown and not (ent.cities or ent.places or ent.lists)
                              and all(_gibberish(u) for u in ent.unknown)):
            return self._query("nonsense", msg, ent, lang)  # "asdfgh", "lol", "啊啊啊": not a city name
        scores = self.model.scores(ent, msg.folded, zh=lang != "en")
        best, second = scores[0], scores[1]
        intent = best.intent
        if best.score < CONFIDENT:
            intent = self._fallback(ent, msg)
        elif _tied(best, second) and best.score < 80:
            if ent.followup and self._only_cue(ent):  # "what about education?" in a new chat: entities decide
                return self._query(self._fallback(ent, msg), msg, ent, lang)
            q = self._query("clarify", msg, ent, lang)
            q.alternatives = (best.intent, second.intent)
            return q
        return self._query(intent, msg, ent, lang)

    def _only_cue(self, ent: Entities) -> bool:
        """Entities plus follow-up words only ("and in education?", "what about Tokyo?")."""
        cue = self._cue_words
        return all((w.startswith("x") and w.endswith("x")) or w in cue for w in ent.template.split())

    @cached_property
    def _cue_words(self) -> frozenset[str]:
        words = {w for cue in self.lexicon.followup_en for w in cue.split()}
        return frozenset(words | {"in", "for", "the", "of", "list", "ranking", "one", "ones"})

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
        if intent == "group" and (not ent.lists or self.index.default.list(ent.lists[0]).published):
            intent = "top"  # "the overall ranking": a top list, not a group
        if intent == "profile" and ent.lists and len(ent.cities) == 1:
            intent = "rank"  # "what about Beijing in education": the city in that list
        if intent == "top" and ent.places and not ent.cities:
            intent = "country"  # "top 3 Chinese cities": the Chinese cities, best first
        q = Query(intent=intent, lang=lang, text=msg.raw, cities=list(ent.cities),
                  unknown=[_as_typed(u, msg.raw) for u in ent.unknown],
                  list_id=ent.lists[0] if ent.lists else None, n=ent.count, position=ent.position,
                  place=ent.places[0] if ent.places else None)
        if ent.numbers:
            if intent in ("top", "member", "country") and q.n is None:
                q.n = ent.numbers[0]
            elif intent == "position" and q.position is None:
                q.position = ent.numbers[0]
        words = ent.template.split()
        if intent == "country" and "xnumx" in words and "xplacex" in words and \
                words.index("xnumx") < words.index("xplacex"):
            q.best, q.n = q.n, None  # "top 3 Chinese cities": the best 3 of them; "Chinese cities in the top 3" counts
        if intent == "position" and q.position is None and q.n is not None:
            q.position = q.n
        if q.position == -1 and q.n is not None and q.n > 0 and intent in ("top", "position", "member"):
            q.position, q.n = q.n, None  # "the last city in the top 10": the 10th
            q.intent = "member" if intent == "member" else "position"
        if intent == "top" and q.n is None and q.position is None and _singular(msg.folded):
            q.intent, q.position = "position", 1  # "which city is the best?" wants one city, not a list
        if q.intent == "top" and q.n is None and q.position is not None and q.position > 0:
            q.n = q.position  # "first 3"
        folded = msg.folded
        said = frozenset(folded.split())
        zh = msg.has_cjk
        q.yesno = (folded.startswith(YESNO_STARTS) and not folded.startswith(REQUEST_STARTS)) or \
            (zh and folded.endswith("吗") and not folded.startswith(REQUEST_STARTS_ZH)) or (zh and "是否" in folded) \
            or not said.isdisjoint(("if", "whether"))  # "tell me if Beijing is ahead of Shanghai"
        q.behind = not said.isdisjoint(BEHIND_WORDS) or (zh and _BEHIND_ZH.search(folded) is not None)
        q.scores = not said.isdisjoint(SCORE_WORDS) or (zh and _SCORE_ZH.search(folded) is not None)
        if len(ent.known_cities) == 1 and (("how many" in folded and not said.isdisjoint(ABOVE_WORDS))
                                           or (zh and _ABOVE_ZH.search(folded) is not None)):
            q.intent, q.count_above = "rank", True  # "how many cities rank above Shanghai?"
        if intent == "member" and folded.startswith(("why ", "how come ")):
            q.intent = "rank"  # "why is Shenzhen not in the top 10?": what is known, not a yes or no
        if intent == "member" and not q.yesno and q.n is None and q.position is None:
            q.intent = "rank"  # "what rank is HK in education": asked for a place, not a yes or no
        if intent in ("rank", "profile", "member") and not ent.cities and not ent.unknown and not ent.pronoun:
            q.intent = intent  # the composer asks which city
        return q

    def warm(self) -> float:
        """Do now, once, the work a question does the first time it is seen: the similarity of every
        example phrasing, and each report city's reply fragments in every language. A long-running
        front end (`citybot run`, `citybot chat`) calls this at start, so its first users don't pay for
        it; answers are the same either way. Returns the seconds it took."""
        start = time.perf_counter()
        self.model.warm()
        self.composer.warm(self.index.default, LANGUAGES)
        return time.perf_counter() - start

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
        """The reply to an understood question (a pure function of it, so repeats are cached)."""
        key = _query_key(q)
        cached = self._replies.get(key)
        if cached is None:
            cached = self._compose(q)
            if len(self._replies) >= REPLY_CACHE:
                self._replies.pop(next(iter(self._replies)))
            self._replies[key] = cached
        return cached

    def _compose(self, q: Query) -> Reply:
        report = self.index.default
        answer: Answer = self.composer.compose(q, report)
        body = answer.body
        if q.scores and q.intent in ("rank", "profile", "top", "compare", "position", "member"):
            body = join([self.phrases("no_scores", q.lang), body])  # "what's Beijing's score?": ranks only
        if answer.sourced and q.intent in SOURCED:
            body = join([body, self.composer.source_tag(q, report)])
        body = clip(body)
        title = (answer.title or body.plain.split("\n")[0])[:120]
        return Reply(text=body.plain, html=body.html, intent=q.intent, lang=q.lang,
                     buttons=self._with_picture(answer, q.lang), title=title, card=answer.card)

    def _with_picture(self, answer: Answer, lang: str) -> tuple[Button, ...]:
        """A "Picture" button (a ranking card of the same answer) in place of the middle button."""
        buttons = list(answer.buttons)
        if answer.card:
            picture = self._pictures[(answer.card, lang)]
            buttons = [*buttons[:1], picture, *buttons[-1:]] if len(buttons) >= 2 else [*buttons, picture]
        return tuple(buttons[:3])

    def _picture_button(self, key: tuple[str, str]) -> Button:
        card, lang = key
        return Button(self.phrases.text("btn_picture", lang), _cut64("card:" + card))

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


def _cut64(data: str) -> str:
    """Callback data is at most 64 bytes."""
    while len(data.encode()) > 64:
        data = data[:-1]
    return data


_KEY_FIELDS = attrgetter(*(f.name for f in fields(Query) if f.name not in ("text", "cities")))


def _query_key(q: Query) -> tuple:
    """Everything a reply depends on: every field of the query but the raw text (which counts only
    through the entities it yielded, and a typed name where the reply echoes it)."""
    cities = tuple([(m.id, m.world, m.fuzzy, m.text if m.fuzzy or m.world else "") for m in q.cities])
    return (cities, *[tuple(v) if type(v) is list else v for v in _KEY_FIELDS(q)])


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _has_letters(text: str) -> bool:
    if text.isascii():
        return _ASCII_LETTER.search(text) is not None
    return any(ch.isalpha() for ch in text)


def _tied(best: IntentScore, second: IntentScore) -> bool:
    return best.score - second.score < TIE_MARGIN and FAMILIES.get(best.intent, best.intent) != \
        FAMILIES.get(second.intent, second.intent)


def _as_typed(folded: str, raw: str) -> str:
    """An unrecognised name as the user wrote it (case and all), for echoing back."""
    pattern = r"\W*".join(re.escape(part) for part in folded.split())
    m = re.search(pattern, raw, re.IGNORECASE) if pattern else None
    if not m:
        return folded
    start, end = m.span()
    while start > 0 and raw[start - 1] in "<>/":  # "<b>Gotham</b>" is echoed whole (and escaped)
        start -= 1
    while end < len(raw) and raw[end] in "<>/":
        end += 1
    return raw[start:end]


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NOISE = frozenset({"lol", "lmao", "rofl", "haha", "hehe", "hmm", "hm", "xd", "idk", "huh", "meh", "blah", "wtf",
                    "yes", "yeah", "yep", "nope", "nah", "test", "testing", "哈哈", "呵呵", "嗯", "嗯嗯", "测试"})


def _gibberish(word: str) -> bool:
    """Keyboard mash, laughter and filler: "asdfgh", "hahaha", "lol", "啊啊啊" (never a real city name)."""
    w = word.lower().replace(" ", "")
    if w in _NOISE or (len(w) >= 2 and len(set(w)) == 1) or (len(w) >= 4 and len(set(w)) <= 2):
        return True
    if len(w) >= 4 and re.fullmatch(r"(.{2,4})\1+", w):  # "sdfsdf", "abcabc"
        return True
    return any(row[i:i + 4] in w or row[i:i + 4][::-1] in w for row in _KEYBOARD_ROWS for i in range(len(row) - 3))


SINGULAR_ZH = ("哪个城市", "哪座城市", "哪一个", "哪个最", "是哪个", "是哪座", "谁最好", "谁最强", "谁是第一",
               "最好的城市是")


def _singular(folded: str) -> bool:
    """Asks for one city: "which city is the best?", "top city for science", "哪个城市最好"."""
    words = set(folded.split())
    if "city" in words and "cities" not in words:
        return True
    return any(cue in folded for cue in SINGULAR_ZH)


def _bare(ent: Entities) -> bool:
    return is_bare(ent)


__all__ = ["Button", "Engine", "Reply", "Rich"]
