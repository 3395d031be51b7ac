"""Deciding what a message asks: the one place where a message becomes queries.

    message ─ normalise ─ clauses ─ entities ─ features ─ (this module) ─ [Query, ...]

Each clause is read into its features (bot/language/features.py); the rules below, in order,
decide its question type and fill in what it is about. A clause that leaves something out
("and in education?", "what about Tokyo?", "is that city in the talent top 10?", "who's 4th
there?") takes it from the conversation (bot/context.py) or from an earlier clause of the same
message. Of a long, chatty message only the clauses that ask something are answered; a request
to check ("can you check?", "who's right?") checks the claim made before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.context import Conversation
from bot.language.clauses import clauses
from bot.language.entities import EntityReader
from bot.language.features import Features, features
from bot.language.lexicon import Lexicon
from bot.language.normalize import Message
from bot.language.tokens import keys
from bot.query import CityRef, PlaceRef, Query
from index_core.index import Index

CHAT_CUES = ("maker", "identity", "abilities", "how_are_you", "greet", "thanks", "praise", "bye", "insult")
META_OPS = (("second_level", "indicators"), ("measure", "measure"), ("growth", "growth"), ("title", "title"),
            ("recommend", "recommend"), ("source", "source"))
MAX_PARTS = 4
NEIGHBOUR_CUES = ("after", "before", "next", "previous")


@dataclass
class Clause:
    text: str
    f: Features
    query: Query | None = None
    asks: bool = False  # has the form of a question (or a command), not of a statement


@dataclass
class Understanding:
    lang: str
    queries: list[Query] = field(default_factory=list)


class Interpreter:
    def __init__(self, index: Index, lexicon: Lexicon, reader: EntityReader) -> None:
        self.index = index
        self.lex = lexicon
        self.reader = reader
        raw = index.language.get("lexicon", {})
        self._verify_endings = tuple(keys(w) for w in raw.get("verify_endings", []))
        self._lead_ins = frozenset(" ".join(keys(w)) for w in raw.get("lead_ins", []))
        self._years = {int(r.meta["released"][:4]): r.id for r in index.reports.values()}
        self._latest = max(index.reports.values(), key=lambda r: r.meta["released"]).id
        self._default = index.default.id
        self._evaluated = index.default.meta["cities_evaluated"]

    # --- a whole message ----------------------------------------------------------------------
    def understand(self, msg: Message, convo: Conversation) -> Understanding:
        out = Understanding(msg.lang)
        if msg.command is not None:
            out.queries = [self._command(msg, convo)]
            return out
        parts = [self._clause(text, msg.lang) for text in clauses(msg.raw, self.lex)]
        context = convo.copy()
        asked: list[Clause] = []
        claims: list[Clause] = []
        chat: list[Query] = []
        guessing = False
        for clause in parts:
            f = clause.f
            clause.asks = f.question_core or self._imperative(f)
            if self._verifies(clause) and not self._answerable(f):
                if claims:  # "can you check?": the claim before it, as a yes/no question
                    claim = claims[-1]
                    q = self._classify(claim.f, msg.lang, context, yesno=True)
                    if q is not None:
                        clause.query = q
                        asked.append(clause)
                continue
            if f.has("guess") and not f.cities and len(parts) > 1:  # "pretend the full list was published, ..."
                guessing = True
                continue
            q = self._classify(f, msg.lang, context)
            if q is None:
                continue
            if guessing and "no_guess" not in q.notes:
                q = q.but(notes=(*q.notes, "no_guess"))
            if f.first_cues & {"premise"}:  # "since Shanghai is 2nd, …": the premise is checked, and said
                q = self._classify(f, msg.lang, context, yesno=True) or q
                clause.asks = True
            clause.query = q
            if q.kind in CHAT_KINDS:
                chat.append(q)
                continue
            context.note(q)  # later clauses of this message may refer to it
            if clause.asks:
                asked.append(clause)
            else:
                claims.append(clause)
        if asked:
            out.queries = [c.query for c in asked if c.query is not None][:MAX_PARTS]
        elif claims:
            out.queries = [claims[-1].query] if claims[-1].query else []
        elif chat:  # "嗨，你是谁": the question, not the hello
            out.queries = [next((q for q in reversed(chat) if q.kind != "greeting"), chat[0])]
        else:
            out.queries = [Query("nonsense", msg.lang, text=msg.raw)]
        return out

    def _clause(self, text: str, lang: str) -> Clause:
        reading = self.reader.read(text)
        return Clause(text, features(reading, text, self._evaluated, self._lead_ins))

    def _verifies(self, clause: Clause) -> bool:
        return clause.f.has("verify") or self._ends_with_check(clause.f)

    def _ends_with_check(self, f: Features) -> bool:
        words = tuple(t.key for t in f.reading.tokens)
        return any(words[-len(e):] == e for e in self._verify_endings if e)

    @staticmethod
    def _bare(f: Features) -> bool:
        """Only a city's name ("shanghai", "London?", "北京"): everything known about it."""
        return not f.continued and not f.lists and all(
            it.kind in ("city", "filler") or (it.cues <= {"followup"} and it.kind == "cue") for it in f.reading.items)

    @staticmethod
    def _imperative(f: Features) -> bool:
        """Asked the way people ask a bot, without a question word: "top 3 in education", "Shanghai vs
        Beijing", "boston at a glance"."""
        first = next((it for it in f.reading.items if it.kind != "filler"), None)
        if first is None:
            return False
        return first.kind in ("city", "world", "unknown", "list", "place", "number", "ordinal") or bool(
            first.cues & IMPERATIVE_CUES)

    @staticmethod
    def _answerable(f: Features) -> bool:
        return bool(f.cities or f.lists or f.places or f.counts or f.positions)

    # --- commands ---------------------------------------------------------------------------------
    def _command(self, msg: Message, convo: Conversation) -> Query:
        command = msg.command or ""
        f = self._clause(msg.raw, msg.lang).f if msg.raw else None
        lang = msg.lang
        fixed = {"start": "greeting", "help": "help", "about": "about", "source": "about", "stats": "help"}
        if command in fixed or f is None or not (f.content or f.numbers):
            kind = fixed.get(command, "help")
            if command in ("rank", "compare") and f is None:
                return Query("need_city", lang, op=command, text=msg.raw)
            if command in ("top", "card") and f is None:
                return Query("top", lang, lists=("overall",), text=msg.raw, op="card" if command == "card" else "")
            if f is not None and command in ("rank", "compare", "top", "card") and f.cities:
                pass  # an unknown name: answered below
            else:
                return Query(kind, lang, text=msg.raw)
        assert f is not None
        fresh = Conversation()  # a command is a question of its own: it never continues another
        if command == "compare":
            if len(f.cities) >= 2:
                return self._base("compare", f, lang, cities=tuple(f.cities[:4]))
            q = self._classify(f, lang, convo)
            if q is not None and f.cities:
                last = convo.last_cities()
                prev = [c for c in last if c.key != f.cities[0].key][:1]
                if prev:
                    return self._base("compare", f, lang, cities=(*prev, f.cities[0]))
                return self._base("rank", f, lang, cities=(f.cities[0],), notes=("compare_hint",))
            return Query("need_city", lang, op="compare", text=msg.raw)
        if command == "rank":
            if len(f.cities) >= 2:
                return self._base("compare", f, lang, cities=tuple(f.cities[:4]))
            if f.cities:
                return self._base("rank", f, lang, cities=(f.cities[0],))
            if f.positions or f.numbers:
                return self._base("position", f, lang, positions=tuple(f.positions or f.numbers[:1]))
            return self._classify(f, lang, fresh) or Query("need_city", lang, op="rank", text=msg.raw)
        if command == "top":
            n = (f.counts or f.numbers or [None])[0]
            if f.places:
                return self._base("in_place", f, lang, n=n)
            return self._base("top", f, lang, n=n)
        q = self._classify(f, lang, fresh)  # /card and anything else: as a question
        return q.but(op=q.op or ("card" if command == "card" else "")) if q else Query("help", lang, text=msg.raw)

    # --- one clause -----------------------------------------------------------------------------
    def _classify(self, f: Features, lang: str, ctx: Conversation, *, yesno: bool = False) -> Query | None:
        if not f.reading.items:
            return None
        report, asked_year, change = self._report(f)
        self._main_list_for_free_counts(f)
        if f.cities and all(c.unknown and _gibberish(c.text) for c in f.cities) and not f.lists:
            return Query("nonsense", lang, text=f.text)
        f = self._with_context(f, ctx)
        yesno = yesno or self._yesno(f)
        q = (self._chat(f, lang) or self._meta(f, lang) or self._editions(f, lang, change, asked_year)
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
        if asked_year is not None and q.kind not in ("edition", "change"):
            notes.append("year_missing")  # and what the latest report says, but no yes or no about that year
            q = q.but(yesno=False, kind={"member": "rank", "quantifier": "in_place"}.get(q.kind, q.kind),
                      op="" if q.kind in ("member", "quantifier") else q.op)
        return q.but(report=q.report or report, asked_year=asked_year if q.asked_year is None else q.asked_year,
                     notes=tuple(notes))

    def _base(self, kind: str, f: Features, lang: str, **values) -> Query:
        values.setdefault("lists", tuple(f.lists))
        values.setdefault("excluded", tuple(f.negated_lists))
        values.setdefault("places", tuple(f.places))
        values.setdefault("n", self._count(f))
        values.setdefault("positions", tuple(f.positions))
        values.setdefault("cuts", tuple(f.list_counts.items()))
        return Query(kind, lang, text=f.text, **values)

    def _count(self, f: Features) -> int | None:
        return f.counts[0] if f.counts else None

    def _yesno(self, f: Features) -> bool:
        if f.has("whether", "verify") or self._ends_with_check(f):
            return True  # "is it true that ...", "Shanghai is 5th, right?"
        if f.first_cues & {"request", "why"}:
            return False  # "can you compare ...?", "能比较一下北京和上海吗", "why is ...": not a yes or no
        if f.first_cues & {"yes_no_start"}:
            return True
        words = [t.key for t in f.reading.tokens]
        particle = bool(words) and (words[-1] in ("吗", "嘛") or (words[-1] == "么" and (
            len(words) < 2 or words[-2] not in ("什", "怎", "那", "这", "多"))))  # "说了什么" asks what, not whether
        return bool(words) and (particle or "是否" in "".join(words)
                                or _a_not_a(words) or "有没有" in "".join(words))

    # --- the rules, in order ----------------------------------------------------------------------
    def _chat(self, f: Features, lang: str) -> Query | None:
        if f.has("out_of_scope") and not (f.lists or f.has("rank", "top_word", "best")):
            return Query("out_of_scope", lang, text=f.text)
        if self._answerable(f) or f.has("how_many", "rank", "best", "worst", "made", "when", "measure"):
            if f.has("maker") and not (f.cities or f.lists):
                return Query("maker", lang, text=f.text)
            return None
        for cue in CHAT_CUES:
            if f.has(cue):
                return Query(CUE_KIND.get(cue, cue), lang, text=f.text)
        return None

    def _meta(self, f: Features, lang: str) -> Query | None:
        ranking = f.cities or f.lists or f.counts or f.positions
        if f.has("compiler") and not f.cities:
            return Query("meta", lang, op="who", yesno=self._yesno(f), text=f.text)
        if f.has("when") and not ranking and not f.has("edition", "last_year", "next_year"):
            return Query("meta", lang, op="when", text=f.text)
        if f.has("made") and not ranking and not f.has("best", "worst", "compare") and (
                f.has("who", "which", "report_word", "index_word") or f.first_cues & {"made"}):
            return Query("meta", lang, op="who", text=f.text)
        if f.has("how_many") and (f.has("evaluated", "report_word") or (f.has("cities_word") and f.has("rank"))) \
                and not (f.places or f.lists or f.counts or f.cities) \
                and not f.has("named", "countries", "continents", "share"):
            return Query("meta", lang, op="count", text=f.text)
        if f.evaluated_universe and not f.places and not f.cities and not f.has("share"):  # "list all 30 cities"
            return Query("meta", lang, op="count_list", text=f.text)
        if f.has("evaluated") and f.has("which", "countries", "continents") and not (f.cities or f.lists) and \
                not f.has("share", "how_many", "top_word") and (_plural(f) or f.has("countries", "continents")):
            return Query("meta", lang, op="count", text=f.text)  # "which cities were evaluated?"
        if f.has("score") and not (f.cities or f.lists or f.counts or f.positions or f.places):
            return Query("meta", lang, op="scores", text=f.text)  # "what were the scores?"
        if f.has("reporter") and not (f.cities or f.lists):  # "is it a Xinhua ranking?"
            return Query("meta", lang, op="who", text=f.text, yesno=self._yesno(f), extra={"reporter": True})
        if f.has("overview") and not (f.cities or f.lists or f.places):
            return Query("meta", lang, op="findings", text=f.text)
        if f.has("stands_for") and (f.lists or f.has("index_word")) and not f.cities:
            return Query("meta", lang, op="index", text=f.text)
        for cue, op in META_OPS:
            if f.has(cue) and not (f.cities or (f.lists and cue not in ("measure", "second_level"))):
                if cue == "source" and f.has("report_word", "findings"):
                    continue
                if cue == "source":
                    return Query("about", lang, text=f.text)
                if cue == "recommend" and f.places:
                    return Query("meta", lang, op="china", places=tuple(f.places), text=f.text)
                return Query("meta", lang, op=op, text=f.text)
        if f.has("index_word") and f.has("which", "title") and not ranking:
            return Query("meta", lang, op="index", text=f.text)
        if f.places and f.has("findings", "how_doing") and not (f.cities or f.counts) and \
                any(p.id in ("CN", "asia") for p in f.places):  # "what does the report say about Chinese cities in X?"
            return Query("meta", lang, op="china", places=tuple(f.places), lists=tuple(f.lists), text=f.text)
        if f.has("findings") and (f.has("report_word") or f.places or f.first_cues & {"findings"}) \
                and not (f.cities or f.lists or f.counts):
            if f.places and any(p.id in ("CN", "asia") for p in f.places):
                return Query("meta", lang, op="china", places=tuple(f.places), text=f.text)
            return Query("meta", lang, op="findings", text=f.text)
        return None

    def _editions(self, f: Features, lang: str, change: tuple[str, str] | None, asked: int | None) -> Query | None:
        if change is not None or (f.has("change") and (f.years or f.has("last_year", "edition") or (
                len(self._years) == 1 and not (f.lists or f.positions or f.counts or f.places)))):
            return self._base("change", f, lang, cities=tuple(f.cities[:1]), extra={"reports": change},
                              asked_year=asked)
        asks_a_ranking = bool(f.cities or f.lists or f.positions or f.counts or f.places) or f.has(
            "rank", "best", "worst", "first_word", "top_word", "who", "which", "how_many")
        if (f.has("edition", "next_year") or (asked is not None and not asks_a_ranking)) and not f.cities:
            return Query("edition", lang, asked_year=asked, text=f.text,
                         op="next" if f.has("next_year") else "")
        if f.has("this_year") and f.has("report_word", "edition") and not (f.cities or f.lists):
            return Query("edition", lang, text=f.text)
        return None

    def _cities(self, f: Features, lang: str, yesno: bool, ctx: Conversation) -> Query | None:
        cities = _unique(f.cities)
        if f.places and f.has("outside") and len(cities) == 1 and cities[0].id:  # "European cities besides London?"
            asks = yesno or f.has("any")
            return self._base("quantifier" if asks else "in_place", f, lang, op="any" if asks else "", yesno=asks,
                              extra={"except": (cities[0].id,)})
        if len(cities) >= 2:
            return self._two_cities(f, lang, yesno, cities)
        if len(cities) != 1:
            return None
        city = cities[0]
        if f.has("how_many") and f.has("before", "better") and city.id:
            return self._base("rank", f, lang, cities=(city,), op="count_above")
        if f.has(*NEIGHBOUR_CUES) and not yesno and (f.has("who", "which", "city_word", "cities_word")
                                                    or not f.has("rank")):
            lists = tuple(f.lists) or (tuple(ctx.last_lists()[:1]) if f.by_pronoun else ())
            every = _plural(f) or f.has("all")
            return self._base("neighbour", f, lang, cities=(city,), offset=self._offset(f), lists=lists,
                              op="all" if every and f.offset is None else "", extra={"by_pronoun": f.by_pronoun})
        if yesno or (f.has("why") and (f.positions or (f.has("best", "first_word", "worst") and not f.counts))):
            return self._city_yesno(f, lang, city)  # "why is Tokyo first?": is it?
        if (f.has("profile", "findings") or (f.has("all") and f.has("list_word")) or self._bare(f)) and not (
                f.lists and f.has("profile", "how_doing")):
            return self._base("profile", f, lang, cities=(city,))
        if f.has("best", "worst") and f.has("who", "which") and not f.has("rank"):
            return None  # "which city is best in innovation" with a stray name: the lists decide
        return self._base("rank", f, lang, cities=(city,))

    def _two_cities(self, f: Features, lang: str, yesno: bool, cities: list[CityRef]) -> Query:
        if f.has("distance") or (f.has("how_many") and (f.has("between", "places") or f.has("better", "worse"))):
            return self._base("distance", f, lang, cities=tuple(cities[:2]))
        if (f.has("between") and f.has("who", "which")) or (f.has("between") and not yesno):
            return self._base("between", f, lang, cities=tuple(cities[:2]))
        if f.has("which", "who") and f.lists and not f.has("compare", "better", "worse", "best", "worst", "before",
                                                              "after", "rank"):
            return self._base("member", f, lang, cities=tuple(cities[:4]), yesno=True)  # "which of them is in X?"
        comparing = f.has("compare", "better", "worse", "before", "after") or (
            f.has("or") and not (f.lists or f.counts or f.positions))
        if yesno and not comparing and (f.lists or f.counts or f.positions or f.has("top_word", "in_word")):
            return self._base("member", f, lang, cities=tuple(cities[:4]), yesno=True)
        if f.has("rank") and not comparing:
            return self._base("rank_each", f, lang, cities=tuple(cities[:4]))
        op = ""
        if f.has("worse", "after") and not f.has("better"):
            op = "behind"
        either = f.has("better") and f.has("worse") and f.has("or")  # "is Beijing above or below London?"
        if (not yesno and f.has("who", "which") and f.has("better", "worse", "best", "worst")) or either:
            op = "which"  # "which of them is higher?": one list, and who is ahead in it
            yesno = False
        if yesno and f.has("anywhere"):
            op = "anywhere"  # "did SF beat Boston anywhere?": in any list
        return self._base("compare", f, lang, cities=tuple(cities[:4]), yesno=yesno and comparing, op=op)

    def _city_yesno(self, f: Features, lang: str, city: CityRef) -> Query:
        if f.places and not f.lists and not f.counts and not f.has("best", "worst", "better", "worse"):
            return self._base("member", f, lang, cities=(city,), op="country", yesno=True)  # "is HK Chinese?"
        if f.places and f.has("best", "worst", "better", "worse"):  # "is Tokyo the best Asian city?"
            op = "worst" if f.has("worst") and not f.has("best") else "best"
            return self._base("best_in_place", f, lang, cities=(city,), yesno=True, op=op)
        if f.has("all") and (f.has("list_word") or f.has("first_word", "best")) and not f.lists:
            return self._base("member", f, lang, cities=(city,), op="everywhere", yesno=True,
                              positions=tuple(f.positions or [1]))
        if f.positions:
            return self._base("member", f, lang, cities=(city,), op="at", yesno=True)
        if f.has("best", "first_word") and not f.counts and not f.has("top_word"):
            return self._base("member", f, lang, cities=(city,), op="at", yesno=True, positions=(1,))
        return self._base("member", f, lang, cities=(city,), yesno=True)

    def _places(self, f: Features, lang: str, yesno: bool) -> Query | None:
        if not f.places or f.cities:
            return None
        if (yesno or (f.first_cues & {"any"} and f.question_core)) and f.has("all", "any", "only"):
            op = "all" if f.has("all", "only") else "any"
            if op == "all" and f.place_first:
                op = "all_in"  # "are all US cities in the top 5?" (not "are all of the top 5 American?")
            return self._base("quantifier", f, lang, op=op, yesno=True)
        if f.has("more") and len(f.places) >= 2:
            return self._base("count_compare", f, lang, yesno=yesno and not f.has("or"))
        if f.has("average"):
            return self._base("aggregate", f, lang, op="average", universe=self._universe(f))
        if f.has("share"):
            return self._base("aggregate", f, lang, op="share", universe=self._universe(f))
        if f.has("how_many") and not f.has("which"):
            return self._base("aggregate", f, lang, op="count", universe=self._universe(f))
        if f.has("best", "worst") and not (f.counts and f.has("which")):
            if f.has("how_many"):
                return self._base("aggregate", f, lang, op="count", universe=self._universe(f))
            return self._base("best_in_place", f, lang, op="worst" if f.has("worst") and not f.has("best")
                              else "best", yesno=yesno)
        if yesno and not f.lists and not f.counts:
            return self._base("quantifier", f, lang, op="any", yesno=True)
        if len(f.lists) >= 2 or f.negated_lists:
            return self._base("set", f, lang, op=self._set_op(f))
        if f.counts and f.count_before_place:
            return self._base("in_place", f, lang, op="best_n")  # "top 3 Chinese cities": the best 3 of them
        return self._base("in_place", f, lang, yesno=yesno, universe=self._universe(f))

    def _lists(self, f: Features, lang: str, yesno: bool, ctx: Conversation) -> Query | None:
        if f.cities:
            return None
        lists = f.lists
        universe = "evaluated" if f.has("evaluated") or f.evaluated_universe else ""
        if f.has("countries"):
            return self._base("aggregate", f, lang, op="countries", universe=universe)
        if f.has("continents") or (f.has("most") and not lists):
            return self._base("aggregate", f, lang, op="regions", universe=universe)
        if len(lists) >= 2 and not f.negated_lists and self._each(f):
            return self._base("top", f, lang, op="each")  # "top 3 in education and innovation", "…分别是哪些"
        if (len(lists) >= 2 or (lists and f.negated_lists and (len(lists) >= 2 or f.has("which", "cities_word"))))\
                and not f.has("average"):
            if yesno and f.has("all"):
                return self._base("set", f, lang, op="subset", yesno=True)
            return self._base("set", f, lang, op=self._set_op(f), yesno=yesno)
        if f.has("named") and (f.has("all", "how_many", "which") or f.has("total")):
            return self._base("aggregate", f, lang, op="named")
        if f.has("average") and lists:
            return self._base("aggregate", f, lang, op="average")
        if f.has("share") and (f.evaluated_universe or f.has("evaluated") or f.counts or lists):
            return self._base("aggregate", f, lang, op="share_of_evaluated")
        if f.has("how_many") and (lists or f.counts) and not f.has("between"):
            return self._base("aggregate", f, lang, op="count")
        if f.positions and f.has(*NEIGHBOUR_CUES) and not f.has("range_to"):
            return self._base("neighbour", f, lang, offset=self._offset(f))  # "科创第三名后面是谁"
        if f.spans or f.between_positions:
            span = f.spans[0] if f.spans else (f.between_positions[0] + 1, f.between_positions[1] - 1)
            return self._base("range", f, lang, span=span, extra={"between": bool(f.between_positions)})
        if f.bottom:
            return self._base("range", f, lang, bottom=f.bottom)
        if f.has("edge"):
            return self._base("position", f, lang, op="edge")
        if f.has("middle") and not f.cities:  # "the middle of the top 10": its middle two
            return self._base("range", f, lang, op="middle")
        if f.positions == [-1] and f.counts:  # "the last city in the top 10"
            return self._base("position", f, lang, op="last_of", n=f.counts[0])
        if len(f.positions) >= 1:
            return self._base("position", f, lang)
        if f.has("worst", "bottom") and f.counts and not f.has("which", "cities_word"):
            return self._base("position", f, lang, op="last_of", positions=(-1,), n=f.counts[0])
        if f.has("worst") and not f.counts:
            return self._base("position", f, lang, positions=(-1,))
        singular = (f.has("city_word") and not f.has("cities_word")) or (
            any(t.cjk for t in f.reading.tokens) and f.has("city_word") and not f.has("which", "how_many")
            and not f.places)  # "研发最强的城市": Chinese says one city and several the same way
        if f.has("best", "first_word") and (f.has("who") or singular) and not f.counts and (
                not f.has("top_word") or singular):
            return self._base("position", f, lang, positions=(1,))
        if f.has("best") and not f.counts and not f.has("which", "cities_word", "top_word") and lists:
            return self._base("position", f, lang, positions=(1,))
        if lists or f.counts or (f.has("top_word", "best", "list_word") and f.question_core):
            if f.has("full") and not f.counts:
                return self._base("top", f, lang, op="full")
            return self._base("top", f, lang)
        return None

    @staticmethod
    def _each(f: Features) -> bool:
        """Two lists asked for one by one, not a set of cities in both: "分别", or a top N with no
        "which cities are in", "both", "or", "also"."""
        if f.has("respectively"):
            return True
        set_words = f.has("both", "or", "all", "any", "how_many", "share", "average") or (
            f.has("which", "who") and f.has("in_word"))
        return bool(f.has("top_word", "best") or f.counts) and not set_words

    def _followup(self, f: Features, lang: str, ctx: Conversation) -> Query | None:
        """"and the next one?", "the one before", "再前一名呢": move from the last answer's city."""
        if f.has("next", "previous", "after", "before") and ctx.focus() is not None:
            return self._base("neighbour", f, lang, cities=(ctx.focus(),), offset=self._offset(f),
                              lists=tuple(f.lists) or tuple(ctx.last_lists()[:1]))
        return None

    def _names(self, f: Features, lang: str) -> Query | None:
        if f.has("pronoun", "pronoun_many") and f.has("rank", "profile", "yes_no_start", "compare") and not f.has(
                "evaluated", "report_word", "made", "when", "measure"):
            return Query("need_city", lang, text=f.text)
        if f.has("rank", "profile", "compare", "who", "which", "best", "worst", "how_many") and f.question_core:
            return Query("clarify", lang, text=f.text)
        return None

    # --- pieces ------------------------------------------------------------------------------------
    def _offset(self, f: Features) -> int:
        if f.offset is not None:
            return f.offset
        before = f.has("before", "previous") and not f.has("after", "next")
        if f.has("before") and f.has("after"):  # "behind" is both worse and after; "ahead of" both
            before = any("before" in it.cues and "after" not in it.cues for it in f.reading.items)
        steps = f.numbers[0] if f.numbers and f.numbers[0] <= 5 else 1
        return -steps if before else steps

    def _universe(self, f: Features) -> str:
        return "evaluated" if f.evaluated_universe else ""

    @staticmethod
    def _set_op(f: Features) -> str:
        if f.has("or") and not f.has("both"):
            return "or"
        return "and"

    def _report(self, f: Features) -> tuple[str | None, int | None, tuple[str, str] | None]:
        """The report a clause asks about (by year, "last year's", "the latest"), a year asked
        for that no report is from, and two reports to compare for "how did X change"."""
        years = list(dict.fromkeys(f.years))
        if f.has("last_year"):
            ordered = sorted(self._years)
            previous = ordered[-2] if len(ordered) >= 2 else ordered[-1] - 1
            years.append(previous)
        if f.has("change") and len(self._years) >= 2 and (len(years) >= 2 or f.has("last_year")):
            ordered = sorted(self._years)
            first, second = (years[0], years[1]) if len(years) >= 2 else (ordered[-2], ordered[-1])
            if first in self._years and second in self._years:
                return None, None, (self._years[min(first, second)], self._years[max(first, second)])
        for year in years:
            if year not in self._years:
                return None, year, None
        if years:
            return self._years[years[0]], None, None
        return None, None, None

    def _with_context(self, f: Features, ctx: Conversation) -> Features:
        """Fill a clause's gaps from the conversation: pronouns, "there", and bare fragments."""
        if f.has("pronoun_many") and not f.cities and ctx.last is not None and ctx.last.kind in (
                "in_place", "aggregate", "quantifier", "best_in_place") and ctx.last.places:
            f.places, f.lists = list(ctx.last.places), list(ctx.last.lists)  # "which of them is lowest?"
            f.counts = f.counts or ([ctx.last.n] if ctx.last.n else [])
        elif f.has("pronoun_many") and not f.cities:
            f.cities = ctx.recent_cities()[:4]
            if len(f.cities) < 2 and ctx.last_lists() and not f.lists:
                f.lists = ctx.last_lists()[:1]  # "is Seattle one of them?": the list's members
        elif f.has("pronoun_many") and ctx.last_lists() and not f.lists:
            f.lists = ctx.last_lists()[:1]
            if ctx.last_n() and not f.counts:
                f.counts = [ctx.last_n()]
        if f.has("pronoun") and not f.cities and ctx.referent() is not None:
            f.cities = [ctx.referent()]
            f.by_pronoun = True
        elif len(f.cities) == 1 and ((f.has("pronoun") and f.has("distance", "between", "better", "worse"))
                                     or f.has("distance")) and \
                ctx.referent() is not None and ctx.referent().key != f.cities[0].key:
            f.cities = [ctx.referent(), *f.cities]  # "how far is it from Boston?"
        elif len(f.cities) == 1 and f.has("compare") and ctx.focus() is not None and \
                ctx.focus().key != f.cities[0].key and not f.has("pronoun_many"):
            f.cities = [ctx.focus(), *f.cities]  # "compare (it) with London", "和东京比较"
        elif f.has("pronoun") and f.cities and ctx.last is not None and not f.lists and \
                ctx.last.kind in LIST_KINDS:  # "top 5, and is Tokyo in it?"
            f.lists = ctx.last_lists()[:1]
            if ctx.last_n() and not f.counts:
                f.counts = [ctx.last_n()]
        if f.has("there") and not f.lists and ctx.last is not None and ctx.last.kind in LIST_KINDS | CITY_KINDS:
            f.lists = ctx.last_lists()[:1] or [self.index.default.lists[0].id]  # "who's 4th there?", "in it"
            if ctx.last.kind in LIST_KINDS and ctx.last_n() and not f.counts and f.cities:
                f.counts = [ctx.last_n()]
        last = ctx.last
        if last is None:
            return f
        if f.has("why") and not (f.cities or f.lists or f.places or f.counts or f.positions):
            self._continue(f, last, ctx)  # "why?": the same question, and that no reasons were published
            return f
        if not (f.cities or f.places or f.lists or f.counts) and f.has("share", "average", "how_many") and \
                last.kind in ("aggregate", "in_place", "quantifier", "best_in_place"):
            f.places, f.lists = list(last.places), list(last.lists)  # "…, 占比多少": the same cities, as a share
            f.counts = [last.n] if last.n else []
            return f
        if last.kind in ("top", "range") and f.has("next", "after", "previous", "before") and not (
                f.cities or f.places) and ctx.focus() is None:  # "and the next five?", "after those?"
            end = last.span[1] if last.span else (last.n or 0)
            size = (f.counts or f.numbers or [last.n or (last.span[1] - last.span[0] + 1 if last.span else 5)])[0]
            if end:
                f.spans = [(end + 1, end + size)]
                f.lists = f.lists or list(last.lists)
                return f
        fragment = self._fragment(f)
        kind = last.kind
        if fragment and kind not in CHAT_KINDS:
            self._continue(f, last, ctx)
        elif not f.cities and not f.places and (f.has("distance", "between") or (f.has("compare", "better", "worse")
                                                and f.has("who", "which"))) and len(ctx.recent_cities()) >= 2:
            f.cities = ctx.recent_cities()[:2]  # "which of them is higher?", "中间隔了几个城市"
        elif not f.cities and last.cities and self._needs_city(f):
            f.cities = [ctx.focus() or last.cities[0]]
        elif not f.lists and f.positions and last.lists:
            f.lists = list(last.lists[:1])  # "who's 4th?" after the innovation top 3, "which one is first?"
        return f

    def _main_list_for_free_counts(self, f: Features) -> None:
        """"in the top 10 but not in the education top 3": "the top 10" is the main list's, as a list of
        its own beside the named one (or negated: "talent cities that aren't in the top 10")."""
        if not f.free_counts or not f.lists:
            return
        main = self.index.default.lists[0].id
        if main in f.lists:
            return
        k, n = f.free_counts[0]
        items = f.reading.items
        first_list = min(i for i, it in enumerate(items) if it.kind == "list")
        f.lists.insert(0 if k < first_list else len(f.lists), main)
        f.list_counts[main] = n
        if any(it.cues & {"miss", "not"} and not it.cues & {"yes_no_start"} for it in items[max(0, k - 5):k]):
            f.negated_lists.append(main)

    def _fragment(self, f: Features) -> bool:
        """Only entities, and maybe a follow-up cue: "and in education?", "what about Boston?", "教育呢"."""
        kind_cues = {"rank", "profile", "who", "which", "where", "how_many", "share", "average", "compare",
                     "better", "worse", "best", "worst", "between", "distance", "yes_no_start", "countries",
                     "continents", "made", "when", "measure", "top_word", "after", "before", "next", "previous",
                     "named", "all", "any", "verify", "request", "first_word"}
        if f.cues & kind_cues and not (f.first_cues & {"followup"} and not f.cues & (kind_cues - {"top_word"})):
            return False
        return bool(f.cities or f.lists or f.places or f.counts or f.positions) or f.has("followup")

    @staticmethod
    def _needs_city(f: Features) -> bool:
        if f.places or f.has("who", "which", "best", "worst", "how_many"):
            return False  # it asks for a city, or about a country's cities
        return bool(f.has("rank", "profile") or (f.has("yes_no_start") and (f.lists or f.counts))
                    or (f.has("yes_no_start") and f.has("top_word")) or ((f.zh_question and (f.lists or f.counts))
                    and not f.places))

    def _continue(self, f: Features, last: Query, ctx: Conversation) -> None:
        """A fragment takes the last question's shape, with what it says put in."""
        f.continued = True
        if not f.cities and not f.places and last.cities and last.kind in CITY_KINDS:
            f.cities = list(last.cities) if last.kind in ("compare", "rank_each", "distance", "between") \
                else [ctx.focus() or last.cities[0]]
        if f.cities and last.kind in ("compare",) and len(f.cities) == 1 and not f.has("followup"):
            pass
        if not f.lists and last.lists and last.kind not in ("profile",):
            f.lists = list(last.lists)
        if f.numbers and not (f.counts or f.positions):  # "and 3?", "what about 10": the number asked changes
            if last.kind in ("position", "neighbour"):
                f.positions = f.numbers[:1]
            else:
                f.counts = f.numbers[:1]
        if not f.counts and last.n is not None and last.kind in ("top", "member", "in_place") and \
                (not f.lists or f.lists == list(last.lists)):
            f.counts = [last.n]
        if not f.positions and last.positions and last.kind in ("position", "member") and not f.counts:
            f.positions = list(last.positions)
        if not f.places and last.places and not f.cities:
            f.places = list(last.places)
        if last.kind in ("member", "quantifier") or last.yesno:
            f.cues.add("yes_no_start")
            f.first_cues.add("yes_no_start")
        if last.kind == "neighbour" and (f.lists or f.has("pronoun")):
            f.cues.add("rank")  # "它教育呢" after "the next one": that city, in that list
        elif last.kind == "neighbour":
            f.cues.add("after" if last.offset > 0 else "before")
            f.offset = f.offset or last.offset
        else:
            f.cues |= KIND_CUES.get(last.kind, set())
        if last.kind in ("position",) and not f.positions:
            f.positions = list(last.positions)


_PLURAL_WHICH = frozenset({"which cities", "what cities", "which ones", "name the cities", "list the cities", "哪 些",
                           "哪 几 个", "哪 几 座", "有 哪 些", "是 哪 些", "都 有 谁", "都 是 谁", "哪 几"})


def _plural(f: Features) -> bool:
    """Asks for several cities: "cities ranked below Seattle", "哪些城市" (Chinese "城市" alone is either)."""
    english_plural = f.has("cities_word") and not f.has("city_word")
    return english_plural or any(it.key in _PLURAL_WHICH for it in f.reading.items)


def _a_not_a(words: list[str]) -> bool:
    return any(words[i] == words[i + 2] and words[i + 1] in ("不", "没") for i in range(len(words) - 2))


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _gibberish(word: str) -> bool:
    """Keyboard mash and repeats: "asdfgh", "hahaha", "sdfsdf", "啊啊啊" (never a real city's name)."""
    w = word.lower().replace(" ", "")
    if (len(w) >= 2 and len(set(w)) == 1) or (len(w) >= 4 and len(set(w)) <= 2):
        return True
    if len(w) >= 4 and any(w == w[:k] * (len(w) // k) for k in range(2, 5) if len(w) % k == 0):
        return True
    return any(row[i:i + 4] in w or row[i:i + 4][::-1] in w for row in _KEYBOARD_ROWS for i in range(len(row) - 3))


def _unique(cities: list[CityRef]) -> list[CityRef]:
    seen: set[str] = set()
    out = []
    for c in cities:
        if c.key not in seen:
            seen.add(c.key)
            out.append(c)
    return out


CUE_KIND = {"greet": "greeting", "abilities": "help"}
IMPERATIVE_CUES = frozenset({"top_word", "best", "worst", "rank", "compare", "profile", "first_word", "list_word",
                             "bottom", "how_many", "share", "average", "countries", "continents", "named", "between",
                             "distance", "after", "before", "next", "previous", "edge", "full"})
CHAT_KINDS = frozenset({"greeting", "help", "thanks", "praise", "bye", "identity", "maker", "insult", "how_are_you",
                        "out_of_scope", "nonsense"})
CITY_KINDS = frozenset({"rank", "profile", "member", "compare", "rank_each", "distance", "between", "neighbour"})
LIST_KINDS = frozenset({"top", "position", "range", "in_place", "best_in_place", "quantifier", "aggregate", "set"})
RANKING_KINDS = frozenset({"rank", "profile", "member", "compare", "rank_each", "distance", "between", "neighbour",
                           "top", "position", "range", "in_place", "best_in_place", "quantifier", "aggregate",
                           "count_compare", "set"})
KIND_CUES: dict[str, set[str]] = {"rank": {"rank"}, "profile": {"profile"}, "compare": {"compare"},
                                  "rank_each": {"rank"}, "top": {"top_word"}, "distance": {"distance"},
                                  "between": {"between"}, "in_place": {"which"}, "aggregate": set()}


__all__ = ["Interpreter", "PlaceRef", "Understanding"]
