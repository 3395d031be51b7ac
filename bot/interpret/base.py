"""What every rule of the interpreter uses: the clause's reading, the count and the yes/no it asks,
the report it is about, and the Query built from its features."""

from __future__ import annotations

from dataclasses import dataclass

from bot.context import Conversation
from bot.interpret.kinds import IMPERATIVE_CUES, a_not_a, top_of_city
from bot.language.entities import EntityReader
from bot.language.features import ZH_QUESTION_MARKS, Features, done_or_not, features
from bot.language.lexicon import Lexicon
from bot.language.tokens import keys
from bot.query import Query
from index_core.index import Index
from index_core.text import is_cjk


@dataclass
class Clause:
    text: str
    f: Features
    query: Query | None = None
    asks: bool = False  # has the form of a question (or a command), not of a statement
    named: bool = False  # only names the city that "it" in the next clause is ("Seattle: who's after it?")


class Rules:
    """Shared state and pieces; the families of rules (the mixins beside this module) build on it."""

    def __init__(self, index: Index, lexicon: Lexicon, reader: EntityReader) -> None:
        self.index = index
        self.lex = lexicon
        self.reader = reader
        raw = index.language.get("lexicon", {})
        endings: dict[int, set[tuple[str, ...]]] = {}  # "…, right?", "…对吗": by length in words
        for w in raw.get("verify_endings", []):
            if keys(w):
                endings.setdefault(len(keys(w)), set()).add(keys(w))
        self._verify_endings = endings
        self._lead_ins = frozenset(" ".join(keys(w)) for w in raw.get("lead_ins", []))
        self._years = {int(r.meta["released"][:4]): r.id for r in index.reports.values()}
        self._latest = max(index.reports.values(), key=lambda r: r.meta["released"]).id
        self._default = index.default.id
        self._evaluated = index.default.meta["cities_evaluated"]

    def _clause(self, text: str, lang: str) -> Clause:
        reading = self.reader.read(text)
        f = features(reading, text, self._evaluated, self._lead_ins)
        if not f.zh_question and lang != "en":  # "評咗幾多個城市", "報告係邊個做嘅": asked in traditional or Cantonese
            folded = "".join(t.key for t in reading.tokens if t.cjk)
            f.zh_question = f.has("question_zh") or any(mark in folded for mark in ZH_QUESTION_MARKS)
        return Clause(text, f)

    def _verifies(self, clause: Clause) -> bool:
        return clause.f.has("verify") or self._checks_at_end(clause.f) or self._bare_check(clause.f) or (
            clause.f.has("doubt") and not clause.f.content)  # "…说科创前三里没有中国城市，真的假的？"

    def _checks_at_end(self, f: Features) -> bool:
        """"…, right?", "am I right", "对吗": a check of what was said; not "I want to get the facts right"
        (a sentence of its own that only ends in the word)."""
        words = tuple(t.key for t in f.reading.tokens)
        ending = max((n for n, ends in self._verify_endings.items() if n <= len(words) and words[-n:] in ends),
                     default=0)
        return bool(ending) and (f.ends_with_question_mark or len(words) - ending <= 2)

    @staticmethod
    def _bare_check(f: Features) -> bool:
        """"did it?", "is it?", "was he?" after a claim: only a yes/no verb and a pronoun."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        return bool(items) and len(items) <= 3 and f.has("yes_no_start") and f.has("pronoun") and all(
            it.kind == "cue" and it.cues & {"yes_no_start", "pronoun", "followup", "verify"} for it in items)

    def _ends_with_check(self, f: Features) -> bool:
        words = tuple(t.key for t in f.reading.tokens)
        return any(words[-n:] in ends for n, ends in self._verify_endings.items() if n <= len(words))

    @staticmethod
    def _bare(f: Features) -> bool:
        """Only a city's name ("shanghai", "London?", "北京"): everything known about it."""
        return not f.continued and not f.lists and all(
            it.kind in ("city", "filler") or (it.cues <= {"followup"} and it.kind == "cue") for it in f.reading.items)

    @staticmethod
    def _imperative(f: Features) -> bool:
        """Asked the way people ask a bot, without a question word: "top 3 in education", "Shanghai vs
        Beijing", "boston at a glance"."""
        first = next((it for it in f.reading.items if it.kind != "filler" and not (
            it.kind == "cue" and "followup" in it.cues and not it.cues & IMPERATIVE_CUES)), None)  # "also top 3 innov"
        if first is None:
            return False
        return first.kind in ("city", "world", "unknown", "list", "place", "number", "ordinal") or bool(
            first.cues & IMPERATIVE_CUES)

    @staticmethod
    def _answerable(f: Features) -> bool:
        return bool(f.cities or f.lists or f.places or f.counts or f.positions)

    def _base(self, kind: str, f: Features, lang: str, **values) -> Query:
        values.setdefault("lists", tuple(f.lists))
        values.setdefault("excluded", tuple(f.negated_lists))
        values.setdefault("places", tuple(f.places))
        values.setdefault("n", self._count(f))
        values.setdefault("positions", tuple(f.positions))
        values.setdefault("cuts", tuple(f.list_counts.items()))
        if kind in ("top", "range") and f.has("reverse_order"):  # "the top 10 in reverse order", "倒序"
            values["extra"] = {**values.get("extra", {}), "reverse": True}
        return Query(kind, lang, text=f.text, **values)

    @staticmethod
    def _asks_what(f: Features) -> bool:
        """A question word of its own asks for a city, place or number, not a yes/no: "check where London ranks",
        "帮忙查一下伦敦排第几". ("Who is right", "谁对" are the check itself.)"""
        asks_rank = any(it.cues & {"rank", "how_many"} and it.kind == "cue" for it in f.reading.items)
        return f.has("where", "how_many") or (f.zh_question and asks_rank and not f.has("yes_no_start"))

    def _count(self, f: Features) -> int | None:
        return f.counts[0] if f.counts else None

    def _yesno(self, f: Features) -> bool:
        if f.has("whether") or (f.has("verify") and not self._asks_what(f)) or self._ends_with_check(f):
            return True  # "is it true that ...", "Shanghai is 5th, right?" (not "帮忙查一下：伦敦排第几")
        if self._told_to_say(f):
            return True  # "tell me Tokyo is number one": said only if true, so checked
        if f.first_cues & {"request", "why"} or (f.has("guess") and not any(
                it.kind in ("city", "list", "number", "ordinal", "place") for it in f.reading.items)):
            return False  # "can you compare ...?", "能比较一下北京和上海吗", "why is ...", "猜一下嘛": not a yes or no
        if f.first_cues & {"yes_no_start"}:
            return True
        words = [t.key for t in f.reading.tokens]
        if not words:
            return False
        if self._verbless_yesno(f, words):
            return True
        particle = words[-1] in ("吗", "嘛") or (words[-1] == "么" and (
            len(words) < 2 or words[-2] not in ("什", "怎", "那", "这", "多")))  # "说了什么" asks what, not whether
        joined = "".join(words)
        return particle or "是否" in joined or a_not_a(words) or "有没有" in joined or done_or_not(words)

    @staticmethod
    def _told_to_say(f: Features) -> bool:
        """"tell me Tokyo is number one", "just say Boston is 2nd": a request, then a city said to be somewhere."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        for k, it in enumerate(items[:-3]):
            city, verb, where = items[k + 1:k + 4]
            if "request" in it.cues and city.kind == "city" and verb.cues & {"yes_no_start"} and (
                    where.kind in ("ordinal", "list", "number") or where.cues & {"first_word", "top_word", "best"}):
                return True
        return False

    @staticmethod
    def _verbless_yesno(f: Features, words: list[str]) -> bool:
        """Asked as people type on a phone, the verb left out: "tokyo higher than seattle?", "hk in edu
        top three?" (a top N; "shanghai in education?" asks for a rank)."""
        if f.has("who", "which", "where", "how_many", "rank", "compare", "why", "request"):
            return False
        if len(f.cities) >= 2 and "than" in words and f.has("better", "worse", "before", "after"):
            return True  # "higher than hong kong?" (about the city just talked about)
        if f.ends_with_question_mark and f.has("all") and f.has("in_word") and (
                f.counts or f.lists) and any(is_cjk(w[0]) for w in words if w):
            return True  # "潜力组的城市也都在前十？": 都 … 在, asked with a question mark
        first = next((it for it in f.reading.items if it.kind != "filler"), None)
        if first is None or first.kind != "city":
            return False
        if len(f.cities) == 1 and f.ends_with_question_mark and (top_of_city(f) or (
                f.has("all") and f.has("list_word") and f.has("best", "first_word"))):
            return True  # "london top for edu?", "sf leads everything?"
        if len(f.cities) == 1 and f.ends_with_question_mark and len(f.lists) <= 1 and (
                f.positions or (f.counts and f.has("top_word")) or f.has("first_word")):
            return True  # "nyc 4th?", "tokyo top 5?", "boston first?"
        return bool(f.counts) and f.has("in_word") and len(f.cities) == 1

    def _offset(self, f: Features) -> int:
        if f.offset is not None:
            return f.offset
        before = f.has("before", "previous") and not f.has("after", "next")
        if f.has("before") and f.has("after"):  # "behind" is both worse and after; "ahead of" both
            before = any("before" in it.cues and "after" not in it.cues for it in f.reading.items)
        steps = f.numbers[0] if f.numbers and f.numbers[0] <= 5 else 1
        if f.cities and f.positions and 1 <= f.positions[0] <= 9:
            steps = f.positions[0]  # "波士顿往下数第三个", "the third city after Boston"
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

    def _classify(self, f: Features, lang: str, ctx: Conversation, *, yesno: bool = False,
                  claim: bool = False) -> Query | None:
        raise NotImplementedError  # the Interpreter's: rules that read a clause again (commands, checks)
