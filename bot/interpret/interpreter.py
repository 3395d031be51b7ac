"""Deciding what a message asks: the one place where a message becomes queries.

    message ─ normalise ─ clauses ─ entities ─ features ─ (this package) ─ [Query, ...]

Each clause is read into its features (bot/language/features.py); the rules, in the order
_classify tries them, decide its question type and fill in what it is about. A clause that
leaves something out ("and in education?", "what about Tokyo?", "is that city in the talent top
10?", "who's 4th there?") takes it from the conversation (bot/context.py) or from an earlier
clause of the same message (followups.py). Of a long, chatty message only the clauses that ask
something are answered; a request to check ("can you check?", "who's right?") checks the claim
made before it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from bot.context import Conversation, together
from bot.interpret.base import Clause
from bot.interpret.city_rules import CityRules
from bot.interpret.commands import CommandRules
from bot.interpret.followups import FollowupRules
from bot.interpret.kinds import CHAT_KINDS, MAX_PARTS, RANKING_KINDS, gibberish
from bot.interpret.list_rules import ListRules
from bot.interpret.report_rules import ReportRules
from bot.language.clauses import clauses
from bot.language.features import QUESTION_WORD_CUES as QUESTION_CUES
from bot.language.features import Features
from bot.language.normalize import Message
from bot.query import CityRef, PlaceRef, Query

ASKED_CHAT = frozenset({"maker", "identity", "help"})  # talk that is a question about the bot
FRAGMENT_NOT = ("who", "which", "where", "when", "how_many", "rank", "compare", "profile", "request", "share",
                "average", "between", "distance", "after", "before", "next", "previous", "pronoun")
TOPIC_CUES = frozenset({"in_word", "list_word", "outside", "miss", "not", "cities_word", "city_word", "both", "or",
                        "followup"})


@dataclass
class Understanding:
    lang: str
    queries: list[Query] = field(default_factory=list)


class Interpreter(CommandRules, ReportRules, CityRules, ListRules, FollowupRules):
    def understand(self, msg: Message, convo: Conversation) -> Understanding:
        out = Understanding(msg.lang)
        if msg.command is not None:
            out.queries = [self._command(msg, convo)]
            return out
        parts = self._topics_joined([self._clause(text, msg.lang) for text in clauses(msg.raw, self.lex)], msg.lang)
        context = convo.copy()
        asked: list[Clause] = []
        claims: list[Clause] = []
        chat: list[Query] = []
        guessing = False
        for clause in parts:
            f = clause.f
            clause.asks = f.question_core or (self._imperative(f) and not (len(parts) > 1 and _told(f)))
            if f.has("claim_verb") and not (f.ends_with_question_mark or f.first_cues & QUESTION_CUES):
                clause.asks = False  # "my husband says Tokyo is higher than Shanghai": said, to be checked
            if self._verifies(clause) and not (self._answerable(f) or self._asks_what(f)):
                if not claims and asked and not (asked[-1].f.question_core or asked[-1].f.ends_with_question_mark):
                    claims.append(asked.pop())  # "London beat New York. did it?": that was said, not asked
                if claims:  # "can you check?": the claim before it, as a yes/no question
                    claim = claims[-1]
                    q = self._classify(claim.f, msg.lang, context, yesno=True, claim=True)
                    if q is not None:
                        clause.query = q
                        asked.append(clause)
                elif not asked:  # "elsevier made it, right?": the claim is the clause itself
                    q = self._classify(f, msg.lang, context, yesno=True)
                    if q is not None and q.kind not in CHAT_KINDS:
                        clause.query = q
                        asked.append(clause)
                continue
            if asked and f.has("if_so") and not self._answerable(f):
                continue  # "is anybody listed below Tokyo, and if so who": the answer names them
            if len(parts) > 1 and f.cities and all(c.unknown for c in f.cities) and not f.cues and not (
                    f.lists or f.places or f.numbers):
                continue  # "ugh, mondays.", "Kind regards, Dr. M.": talk around the question, not a name asked about
            if f.has("guess") and not f.cities and len(parts) > 1:  # "pretend the full list was published, ..."
                guessing = True
                continue
            q = self._condition_more(f, asked, msg.lang, context) or self._classify(f, msg.lang, context)
            if q is None:
                continue
            before = next((c for c in reversed(parts[:parts.index(clause)]) if c.query is not None), None)
            tally = before is not None and before.query is not None and before.query.kind == "count_compare"
            if q.kind == "meta" and q.op == "scores" and tally and not (f.cities or f.lists or f.places or f.counts):
                if before in claims:  # "ok chinese vs american cities in the top 10, whats the score": the tally
                    claims.remove(before)  # said just before is what is asked
                    asked.append(before)
                continue
            if q.kind == "clarify" and len(parts) > 1 and not f.content:
                continue  # "what do you think, is boston first?": a lead-in, the question comes after it
            if q.kind == "meta" and q.op == "who" and not q.yesno and chat and chat[-1].kind == "identity" and \
                    not f.has("report_word", "index_word"):  # "你係咩嚟㗎？邊個整嘅？": who made the bot asked of
                said = chat.pop()  # (the maker's answer says what the bot is)
                asked = [c for c in asked if c.query is not said]
                q = Query("maker", q.lang, text=q.text)
            if guessing and "no_guess" not in q.notes:
                q = q.but(notes=(*q.notes, "no_guess"))
            if f.first_cues & {"premise"}:  # "since Shanghai is 2nd, …": the premise is checked, and said
                q = self._classify(f, msg.lang, context, yesno=True, claim=True) or q
                clause.asks = True
            clause.query = q
            if q.kind in CHAT_KINDS:
                chat.append(q)
                if q.kind in ASKED_CHAT and len(parts) > 1:
                    asked.append(clause)  # "who made you and who made the report?": both answered
                continue
            context.note(together([*(c.query for c in asked[-3:] if c.query is not None and
                                     c.query.kind == "top"), q]))  # later clauses of this message may refer to it
            if clause.named:
                continue
            if clause.asks:
                asked.append(clause)
            else:
                claims.append(clause)
        chatty = _chatty(msg.raw)
        if asked and chatty:  # a paragraph with its question marked: the story around it is not asked
            marked = [c for c in asked if _in_a_question(msg.raw, c.text)]
            if marked:
                asked = [c for c in asked if c in marked or "request" in c.f.first_cues]  # ("can you tell me …")
            known = [c for c in asked if not _only_unknown_names(c)]  # "my roommate Dani says …": a name in a story
            asked = known or asked

        if asked:
            queries: list[Query] = []
            said = []  # "jake says Tokyo is top 5. also who made it": the claim is checked, and the question answered
            about = {r.id for c in asked if c.query is not None for r in c.query.cities}
            for c in claims:  # (not when a question asks about the same cities: "…你来评评理，到底谁高？")
                fresh = _checkable_claim(c) and not {r.id for r in c.f.cities} <= about
                checked = self._classify(c.f, msg.lang, context, yesno=True, claim=True) if fresh else None
                if checked is not None and not any(  # ("he says NY is the top US city … who's the best US city?")
                        a.query is not None and a.query.kind == checked.kind and a.query.places == checked.places
                        for a in asked):
                    c.query = checked
                    said.append(c)
            if said:
                asked = sorted(asked + said, key=parts.index)
            if chatty:
                for c in asked:
                    c.query = _without_story_names(c.query)
            for c in asked:  # the same question asked twice in one message is answered once
                if c.query is not None and all(c.query.but(text="") != q.but(text="") for q in queries):
                    queries.append(c.query)
            out.queries = _ranks_together(queries)[:MAX_PARTS]
        elif claims:
            out.queries = [claims[-1].query] if claims[-1].query else []
        elif chat:  # "嗨，你是谁": the question, not the hello
            out.queries = [next((q for q in reversed(chat) if q.kind != "greeting"), chat[0])]
        elif _only_symbols(msg.raw):  # "👍", "😂😂", "!!": a reaction, not a question
            out.queries = [Query("ack", msg.lang, text=msg.raw)]
        else:
            out.queries = [Query("nonsense", msg.lang, text=msg.raw)]
        return out

    def _condition_more(self, f: Features, asked: list[Clause], lang: str, ctx: Conversation) -> Query | None:
        """"Is Beijing in the top 5 overall and top 3 in sci-tech?": a clause of only a list, a top or a place,
        after a yes/no about one city, is another condition on that city (asked as its own yes/no)."""
        before = asked[-1].query if asked else None
        if before is None or before.kind != "member" or not before.yesno or len(before.cities) != 1 or f.cities:
            return None
        if not (f.lists or f.counts or f.positions) or f.has(*FRAGMENT_NOT):
            return None
        f.cities = list(before.cities)
        return self._classify(f, lang, ctx, yesno=True)

    def _topics_joined(self, parts: list[Clause], lang: str) -> list[Clause]:
        """A clause that only names what the next one is about ("in the education list, who's right before
        Hong Kong?", "innovation: who trails Beijing?", "亚洲城市里除了中国的，谁排得最高", "除了波士顿，…") is
        read as one clause with it."""
        out: list[Clause] = []
        for clause in parts:
            if out and self._topic(out[-1].f) and self._takes_topic(out[-1].f, clause.f):
                clause = self._clause(out.pop().text + " " + clause.text, lang)
            elif out and self._choice_frame(out[-1].f) and len(clause.f.cities) >= 2 and not (
                    clause.f.question_core or (clause.f.lists and len(clause.f.reading.items) > 4)):
                clause = self._clause(out.pop().text + " " + clause.text, lang)  # "which ranks higher: Tokyo, Seattle"
            elif out and self._only_places(out[-1].f) and clause.f.has("who", "which") and not (
                    clause.f.places or clause.f.cities):  # "west coast vs east coast: which has more top 10 cities"
                clause = self._clause(out.pop().text + " " + clause.text, lang)
            elif out and self._only_profile(out[-1].f) and not out[-1].f.cities and (
                    clause.f.cities or clause.f.question_core):  # "at a glance, what are the top 5?"
                clause = self._clause(out.pop().text + " " + clause.text, lang)  # "at a glance, where's HK?"
            elif out and self._only_a_list(out[-1].f) and clause.f.places and not (
                    clause.f.lists or clause.f.cities) and clause.f.question_core:
                clause = self._clause(out.pop().text + " " + clause.text, lang)  # "人才发展前十，美国和中国谁更多"
            elif out and self._group_only(out[-1].f) and clause.f.counts and clause.f.has("all", "both") and not (
                    clause.f.lists or clause.f.cities or clause.f.places):  # "潜力组的那几个呢，也都在前十？": the
                topic = out.pop().text.rstrip().removesuffix("呢")  # group is the topic (呢), the question a yes or no
                clause = self._clause(topic + " " + clause.text, lang)
            elif out and self._only_who(clause.f) and (out[-1].f.lists or out[-1].f.places):  # "in the talent
                clause = self._clause(out.pop().text + " " + clause.text, lang)  # top ten but not overall, who"
            elif out and self._bare(out[-1].f) and clause.f.has("pronoun") and not clause.f.cities and (
                    clause.f.question_core and clause.f.content):
                out[-1].named = True  # "Seattle: who's before and after it?": the city is named for "it"
            out.append(clause)
        return out

    @staticmethod
    def _choice_frame(f: Features) -> bool:
        """"which ranks higher", "who's better?": a choice asked with nothing to choose from yet."""
        return f.has("who", "which") and f.has("better", "worse", "best", "worst", "compare") and not (
            f.cities or f.places or f.counts or f.positions)

    @staticmethod
    def _topic(f: Features) -> bool:
        words = sum(it.kind == "word" for it in f.reading.items)
        cues = set().union(*(it.cues for it in f.reading.items if "list_word" not in it.cues))  # "list": no request
        loose_counts = f.counts and (f.free_counts or not f.places)  # "总榜前十的中国城市": a list's count, a place
        return bool(f.lists or f.places or f.excluded_cities) and not (
            f.cities or loose_counts or f.positions or f.spans or f.numbers or f.ends_with_question_mark
            or cues - TOPIC_CUES - ({"top_word"} if f.counts and not loose_counts else set())) and words <= 2

    def _places_as_cities(self, f: Features) -> None:
        """"第一名和第六名差多少", "how many places between 1st and 6th": the gap between the cities at two places."""
        if len(f.positions) != 2 or f.cities or not f.has("distance"):
            return
        report = self.index.default
        lid = next((lid for lid in f.lists if report.list(lid).ordered), report.lists[0].id)
        held = [report.at(lid, p).city for p in f.positions]
        if all(c is not None for c in held):
            f.cities = [CityRef(c.name("en"), id=c.id) for c in held if c is not None]
            f.positions = []

    @staticmethod
    def _said_again(f: Features, lang: str, ctx: Conversation) -> Query | None:
        """"用中文说一遍", "in english please": the last answer again, in the language asked for."""
        if not f.has("say_in_english", "say_in_chinese") or ctx.last is None or f.cities or f.lists or f.places \
                or f.counts or f.positions:
            return None
        if f.has("say_in_english"):
            return ctx.last.but(lang="en")
        chinese = "zh-Hant" if "繁" in f.text else lang if lang.startswith("zh") else "zh-Hans"  # "用繁体"
        return ctx.last.but(lang=chinese)

    @staticmethod
    def _only_a_list(f: Features) -> bool:
        """"人才发展前十", "the talent top 10": a list (and its top N) named and nothing else."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        return bool(f.lists) and not (f.cities or f.places or f.positions or f.spans or f.numbers) and all(
            it.kind in ("list", "number") or (it.kind == "cue" and it.cues <= {"top_word", "list_word", "in_word"})
            for it in items)

    @staticmethod
    def _only_who(f: Features) -> bool:
        """"who?", "which ones", "哪些": a question word, asked of the clause before it."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        return 0 < len(items) <= 2 and all(it.kind == "cue" and it.cues <= {"who", "which", "question_zh", "rest"}
                                           for it in items)

    def _group_only(self, f: Features) -> bool:
        """"人才潜力突出的那几个呢", "the talent potential ones": a group named, and no city, place or number."""
        report = self.index.default
        return len(f.lists) == 1 and report.has_list(f.lists[0]) and not report.list(f.lists[0]).ordered and not (
            f.cities or f.places or f.counts or f.positions or f.numbers)

    @staticmethod
    def _only_places(f: Features) -> bool:
        """"west coast vs east coast", "US or China": two places set side by side and nothing else."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        return len(f.places) >= 2 and all(it.kind == "place" or (it.kind == "cue" and it.cues <= {"compare", "or"})
                                          for it in items)

    @staticmethod
    def _only_profile(f: Features) -> bool:
        """A clause that only asks for an overview ("at a glance", "quick summary"): of what the next names."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        return bool(items) and all(it.kind == "cue" and it.cues <= {"profile", "request"} for it in items) and \
            any("profile" in it.cues for it in items)

    @staticmethod
    def _takes_topic(topic: Features, f: Features) -> bool:
        asks = f.question_core or Interpreter._imperative(f)
        return asks and bool((topic.lists and not f.lists) or (topic.places and not f.places) or topic.excluded_cities)

    def _mainland(self, q: Query) -> Query:
        """The cities outside a country's mainland (Hong Kong) are left out, and said to be."""
        left = tuple(cid for cid in sorted(self.index.outside_mainland)
                     if not q.places or any(p.id in (self.index.city(cid).country, self.index.region_of(
                         self.index.city(cid).country)) for p in q.places if not p.exclude))
        if not left:
            return q
        places = q.places or (PlaceRef("country", self.index.city(left[0]).country),)
        return q.but(places=places, extra={**q.extra, "except": (*q.extra.get("except", ()), *left),
                                           "not_mainland": left})

    def _classify(self, f: Features, lang: str, ctx: Conversation, *, yesno: bool = False,
                  claim: bool = False) -> Query | None:
        """One clause's query; `claim`: a statement being checked ("my friend thinks X. did it?"), whose
        other words are the telling, not conditions."""
        if not f.reading.items:
            return None
        report, asked_year, change = self._report(f)
        self._main_list_for_free_counts(f)
        if f.cities and all(c.unknown and gibberish(c.text) for c in f.cities) and not f.lists:
            return Query("nonsense", lang, text=f.text)
        f = self._with_context(f, ctx)
        self._places_as_cities(f)
        if f.has("mainland") and not f.places and self.index.outside_mainland:  # "内地城市", "the mainland"
            f.places = [PlaceRef("country", self.index.city(min(self.index.outside_mainland)).country)]
        yesno = yesno or self._yesno(f)
        if f.rank_again:
            yesno = False  # "do they have a specific rank?": their ranks, which say whether one was published
        if f.has("doubted") and ctx.last is not None:
            yesno = ctx.last.yesno  # "真的假的 你确定吗": the last question again, a yes or no only if it was one
        again = self._said_again(f, lang, ctx)
        if again is not None:
            return again
        q = (self._chat(f, lang) or self._meta(f, lang, yesno) or self._editions(f, lang, change, asked_year)
             or self._cities(f, lang, yesno, ctx) or self._places(f, lang, yesno) or self._lists(f, lang, yesno, ctx)
             or self._followup(f, lang, ctx) or self._names(f, lang))
        if asked_year is not None and (q is None or q.kind in ("clarify", "nonsense")):
            q = Query("edition", lang, asked_year=asked_year, text=f.text)  # "the 2024 ranking", "去年的排名"
        if q is None:
            return None
        notes = list(q.notes)
        if f.has("score") and q.kind in RANKING_KINDS:
            notes.append("no_scores")
        if f.has("guess") and q.kind in RANKING_KINDS:
            notes.append("no_guess")
        if f.has("why") and q.kind in RANKING_KINDS:
            notes.append("no_why")  # the coverage gives ranks, not reasons
        if f.has("doubted") and not f.has("why"):
            notes.append("sure")  # "you sure?": the answer again, said to stand
        if f.unread and (not f.lists or q.yesno) and q.kind in RANKING_KINDS:  # (or "… and in gastronomy?")
            notes.append("unread")  # "top 3 in healthcare": no such ranking, said first; no yes or no on it
            q = q.but(yesno=False, kind={"member": "rank", "quantifier": "in_place"}.get(q.kind, q.kind),
                      op="" if q.kind in ("member", "quantifier") else q.op,
                      extra={**q.extra, "unread": tuple(f.unread)})
        elif f.unparsed and q.yesno and not claim and q.kind in RANKING_KINDS:
            notes.append("unparsed")  # "is it true that SF pips Boston?": a word not understood, so no yes or no
            q = q.but(yesno=False, kind={"member": "rank", "quantifier": "in_place"}.get(q.kind, q.kind),
                      op="" if q.kind in ("member", "quantifier") else q.op,
                      extra={**q.extra, "unparsed": tuple(f.unparsed)})
        if f.excluded_cities and q.kind in RANKING_KINDS:  # "European cities besides London", "除了波士顿，…"
            q = q.but(extra={**q.extra, "except": tuple(c.id for c in f.excluded_cities if c.id)})
        if f.has("mainland") and q.kind in RANKING_KINDS and not q.cities:  # "top-10 cities in mainland China"
            q = self._mainland(q)
        elif f.has("mainland") and q.kind == "member" and q.op == "country":  # "is Hong Kong in mainland China?"
            q = q.but(extra={**q.extra, "mainland": True})
        dated = q.op == "when" or (q.op == "who" and f.has("published") and not f.has(
            "who", "which", "compiler", "other_maker"))  # "it came out in 2024, right?", "是2024年发布的吗"
        claimed_year = asked_year if asked_year is not None else (f.years[0] if f.years else None)
        if claimed_year is not None and q.kind == "meta" and dated and (yesno or claim):  # ("was it published
            q = q.but(op="when", yesno=True, extra={**q.extra, "claimed_year": claimed_year})  # in 2025?": yes)
            asked_year = None
        if asked_year is not None and q.kind not in ("edition", "change"):
            notes.append("year_missing")  # and what the latest report says, but no yes or no about that year
            q = q.but(yesno=False, kind={"member": "rank", "quantifier": "in_place"}.get(q.kind, q.kind),
                      op="" if q.kind in ("member", "quantifier") else q.op)
        return q.but(report=q.report or report, asked_year=asked_year if q.asked_year is None else q.asked_year,
                     notes=tuple(notes))


def _only_symbols(text: str) -> bool:
    """Only emoji (and punctuation): no letter, digit or character to read."""
    return any(unicodedata.category(ch) == "So" for ch in text) and not any(ch.isalnum() for ch in text)


def _told(f: Features) -> bool:
    """A sentence of a story, not a request typed to the bot: many plain words and no question mark ("first my
    train was late, then I spilled coffee on my laptop"); requests are short ("top 3 in education")."""
    words = sum(it.kind == "word" and it.key[:1].isascii() for it in f.reading.items)  # a Chinese word is not one item
    return not f.ends_with_question_mark and words >= 3


def _checkable_claim(clause: Clause) -> bool:
    """Someone's claim about the ranking ("jake says Tokyo is top 5"), said beside a question: checked too.
    A remark with no rank, list or comparison in it ("mom says London is rainy") is not."""
    f = clause.f
    return clause.query is not None and clause.query.kind not in CHAT_KINDS and f.has("claim_verb") and bool(
        f.known_cities and (f.positions or f.counts or f.lists or f.has("better", "worse", "best", "worst", "equal")))


CHATTY_WORDS = 30  # a message this long is a paragraph, not a list of questions


def _chatty(text: str) -> bool:
    """A long message: more than 30 words, or more than 40 Chinese characters (about as much said)."""
    return len(text.split()) > CHATTY_WORDS or sum("\u3400" <= ch <= "\u9fff" for ch in text) > CHATTY_WORDS * 4 // 3


def _ranks_together(queries: list[Query]) -> list[Query]:
    """"北京第几，上海第几，香港第几": ranks asked one after another, in the same list, are answered as one short
    list of ranks ("where are Tokyo, Seattle and Hong Kong"), not three answers of a paragraph each."""
    out: list[Query] = []
    for q in queries:
        prev = out[-1] if out else None
        plain = q.kind == "rank" and len(q.cities) == 1 and not q.yesno and q.cities[0].id
        if plain and prev is not None and prev.kind in ("rank", "rank_each") and prev.lists == q.lists \
                and not prev.yesno and len(prev.cities) < 4 and all(c.id for c in prev.cities) \
                and q.cities[0] not in prev.cities:
            out[-1] = prev.but(kind="rank_each", cities=(*prev.cities, *q.cities))
        else:
            out.append(q)
    return out


def _only_unknown_names(clause: Clause) -> bool:
    """A clause asked only about names that are no city at all ("Dani", "PPT", "Friday")."""
    q = clause.query
    return q is not None and bool(q.cities) and all(c.unknown and not c.world for c in q.cities)


SENTENCE_ENDS = ".!?。！？\n"


def _in_a_question(text: str, clause: str) -> bool:
    """The clause is part of a sentence that ends with a question mark ("is London in the education top 3, and is
    it one of the balanced-education cities?"; "前十里的中国城市是哪几个，分别排第几？")."""
    at = text.find(clause)
    if at < 0:
        return clause.rstrip().endswith(("?", "？"))
    end = next((k for k in range(at + len(clause) - 1, len(text)) if text[k] in SENTENCE_ENDS), len(text))
    return end < len(text) and text[end] in "?？"


def _without_story_names(q: Query | None) -> Query | None:
    """"… my roommate Dani says San Francisco was number one": in a paragraph, San Francisco is asked about, and
    a name of no city beside it is part of the story."""
    if q is None or len(q.cities) < 2:
        return q
    cities = tuple(r for r in q.cities if not (r.unknown and not r.world))
    if not cities or len(cities) == len(q.cities):
        return q
    return q.but(cities=cities, kind="rank" if len(cities) == 1 and q.kind in ("compare", "rank_each") else q.kind)
