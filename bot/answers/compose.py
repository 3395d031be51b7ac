"""One function per intent: a Query and the index in, the reply's body and buttons out.

Every statement about a ranking follows the index's Certainty (rule 1 of KNOWLEDGE.md):
exact ranks only where published, "not in the published top N" where known, and "the
report doesn't say" where the data cannot tell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from bot.answers.phrases import Phrases, _s2t
from bot.answers.query import Query
from bot.answers.text import Rich, bold, escape, italic, join, plain
from bot.nlu.entities import CityMention
from bot.reply import Button
from index_core.index import Index, ReportIndex
from index_core.model import Certainty, City, ListInfo, Placement
from index_core.text import is_cjk

RANKING_INTENTS = {"rank", "profile", "member", "top", "position", "compare", "country", "group",
                   "meta_recommend", "meta_findings"}


_ONLY_OUTSIDE = frozenset({Certainty.OUTSIDE})
_ONLY_MEMBER = frozenset({Certainty.MEMBER})
_NOT_PLACED = frozenset({Certainty.UNKNOWN, Certainty.OUTSIDE})
SLOT_CACHE = 5_000  # (city, language) rows of comparison-line pieces kept


class _Slot(NamedTuple):
    """A city in one list, ready for a comparison line."""

    placement: Placement
    order: float | None  # how it sorts against the others (None: the data cannot say)
    bold: Rich  # the city's name, in bold
    named: Rich  # "Beijing 3rd"


@dataclass
class Answer:
    body: Rich
    buttons: list[Button]
    sourced: bool = True  # add the source tag
    card: str | None = None  # a question a picture card can be drawn for
    title: str = ""


class Composer:
    def __init__(self, index: Index, phrases: Phrases,
                 suggest: Callable[[str], list[str]] | None = None) -> None:
        self.index = index
        self.p = phrases
        self.suggest = suggest or (lambda _name: [])
        self._places: dict[tuple, str] = {}
        self._slot_rows: dict[tuple, tuple[_Slot, ...]] = {}
        self._titles: dict[tuple[int, str], str] = {}
        self._profiles: dict[tuple[int, str, str], list[Rich]] = {}  # bounded by cities × languages
        self._profile_titles: dict[tuple[int, str, str], str] = {}
        self._tags: dict[tuple[int, str], Rich] = {}
        self._also: dict[tuple, Rich | None] = {}  # bounded by cities × lists × languages
        self._compare_buttons: dict[tuple[str, str], tuple[Button, ...]] = {}
        self._list_buttons: dict[tuple[int, str], tuple[Button, ...]] = {}
        self._city_buttons: dict[tuple[str, bool, str], tuple[Button, ...]] = {}
        self.handlers: dict[str, Callable[[Query, ReportIndex], Answer]] = {
            "rank": self.rank, "profile": self.profile, "member": self.member, "top": self.top,
            "position": self.position, "compare": self.compare, "country": self.country_answer,
            "group": self.group,
            "meta_who": self.meta_who, "meta_when": self.meta_when, "meta_count": self.meta_count,
            "meta_measure": self.meta_measure, "meta_recommend": self.meta_recommend,
            "meta_findings": self.meta_findings, "about": self.about, "help": self.help,
            "greeting": self.greeting, "thanks": self.thanks, "out_of_scope": self.out_of_scope,
            "nonsense": self.nonsense, "clarify": self.clarify,
        }

    def warm(self, report: ReportIndex, languages: tuple[str, ...]) -> None:
        """Build each city's reply fragments (comparison rows, profile lines, other lists, buttons)."""
        for lang in languages:
            q = Query(intent="rank", lang=lang, text="")
            for cid in self.index.city_ids():
                if not report.mentions(cid):
                    continue
                city = self.index.city(cid)
                self._slots(CityMention(cid, id=cid), lang, report)
                self._profile_lines(city, lang, report)
                self.profile_title(city, lang, report)
                self.city_buttons(city, q, report)
                self.compare_buttons([cid], q, report)
                for info in report.lists:
                    self.also_known(city, info.id, lang, report)
            for info in report.lists:
                self.list_buttons(info, q, report)
            self.source_tag(q, report)

    def compose(self, q: Query, report: ReportIndex | None = None) -> Answer:
        report = report or self.index.default
        return self.handlers.get(q.intent, self.nonsense)(q, report)

    # --- naming ------------------------------------------------------------------------------
    def mention(self, m: CityMention, lang: str) -> Rich:
        """A city as the asker named it; shows the interpretation when a fuzzy match was needed."""
        name = self.index.city(m.id).name(lang) if m.id else self.world_name(m, lang)
        if m.fuzzy:
            return self.p("fuzzy_note", lang, name=bold(name), typed=m.text)
        return bold(name)

    def list_name(self, info: ListInfo, lang: str) -> str:
        return info.name(lang)

    def in_list(self, info: ListInfo, lang: str) -> Rich:
        if info.id == "overall":
            return self.p("list_overall", lang)
        return self.p("in_list", lang, list=self.list_name(info, lang))

    def ordinal(self, n: int, lang: str) -> str:
        return self.p.ordinal(n, lang)

    def country(self, code: str, lang: str) -> str:
        return self.index.country_name(code, lang)

    def adjective(self, code: str, lang: str) -> str:
        """"Chinese", "US": how a country qualifies "cities"."""
        return self.index.place_adjective("country", code, lang) or self.country(code, lang)

    def names(self, items: list[str | Rich], lang: str, conj: str = "joiner_and") -> Rich:
        parts = [i if isinstance(i, Rich) else plain(i) for i in items]
        if len(parts) == 2:  # the usual pair: "Beijing and Tokyo", "北京、东京"
            mid = self.p.text(conj if lang == "en" or conj != "joiner_and" else "list_sep", lang)
            a, b = parts
            return Rich(a.plain + mid + b.plain, a.html + escape(mid) + b.html)
        sep = self.p.text("list_sep", lang)
        if len(parts) > 1 and (lang == "en" or conj != "joiner_and"):
            return join(parts[:-1], sep) + self.p.text(conj, lang) + parts[-1]
        return join(parts, sep)

    def composition(self, info: ListInfo, lang: str) -> Rich:
        parts = [f"{n} {self.adjective(code, lang)}" if lang == "en" else f"{n}座{self.adjective(code, lang)}城市"
                 for code, n in info.composition]
        if lang == "en":
            return self.names([*parts[:-1], parts[-1] + " cities"] if parts else parts, lang)
        return self.names(parts, lang)

    def examples(self, lang: str) -> Rich:
        """Three example questions, as a bulleted list."""
        items = self.p.examples(lang)
        return join([plain(f"• {e}") for e in items[:3]])

    # --- one city in one list ------------------------------------------------------------------
    def placement_sentence(self, p: Placement, who: Rich, lang: str, report: ReportIndex,
                           with_total: bool = True, country_code: str | None = None) -> Rich:
        info = p.list
        code = p.city.country if p.city else (country_code or "")  # a real city the report doesn't name: its country
        lname = self.list_name(info, lang)
        if p.certainty is Certainty.EXACT:
            key = "rank_exact" if with_total and info.id == "overall" else "rank_exact_list"
            return self.p(key, lang, city=who, ordinal=bold(self.ordinal(p.rank or 0, lang)),
                          in_list=self.in_list(info, lang), list=lname,
                          evaluated=report.meta["cities_evaluated"])
        if p.certainty is Certainty.MEMBER:
            if info.published:
                return self.p("rank_member", lang, city=who, list=lname, size=info.published)
            return self.p("rank_member_group", lang, city=who, list=lname)
        if p.certainty is Certainty.OUTSIDE:
            if info.ordered:
                return self.p("rank_outside", lang, city=who, list=lname, published=info.published)
            if p.reason == "composition" and dict(info.composition).get(code):  # that country's places all named
                named = [c.name(lang) for c in report.members(info.id) if c.country == code]
                return self.p("rank_outside_named", lang, city=who, list=lname, size=info.published, n=len(named),
                              adjective=self.adjective(code, lang), members=self.names(named, lang))
            if p.reason == "composition":
                country = self.country(code, lang) if code else ""
                if lang == "en" and country.startswith(("United ", "Netherlands")):
                    country = "the " + country  # "London is in the United Kingdom"
                return self.p("rank_outside_composition", lang, city=who, list=lname, size=info.published,
                              composition=self.composition(info, lang), country=country)
            members = self.names([self.index.city(c.id).name(lang) for c in report.members(info.id)], lang)
            return self.p("rank_outside_group", lang, city=who, list=lname, members=members)
        if p.reason == "unnamed-slot":
            n = dict(info.unnamed).get(code, 0)
            return self.p("rank_unknown_slot", lang, city=who, list=lname, size=info.published, n=n,
                          adjective=self.adjective(code, lang))
        members = self.names([c.name(lang) for c in report.members(info.id)], lang)
        return self.p("rank_unknown_group", lang, city=who, list=lname, members=members)

    def also_known(self, city: City, exclude: str, lang: str, report: ReportIndex) -> Rich | None:
        """Other lists where the report places the city (exact ranks and memberships)."""
        key = (id(report), city.id, exclude, lang)
        if key not in self._also:
            self._also[key] = self._also_known(city, exclude, lang, report)
        return self._also[key]

    def _also_known(self, city: City, exclude: str, lang: str, report: ReportIndex) -> Rich | None:
        facts: list[Rich] = []
        for p in report.profile(city.id):
            if p.list.id == exclude:
                continue
            if p.certainty is Certainty.EXACT:
                facts.append(self.p("fact_exact", lang, ordinal=self.ordinal(p.rank or 0, lang),
                                    in_list=self.in_list(p.list, lang), list=self.list_name(p.list, lang)))
            elif p.certainty is Certainty.MEMBER:
                key = "fact_member_top" if p.list.published else "fact_member_group"
                facts.append(self.p(key, lang, list=self.list_name(p.list, lang), size=p.list.published,
                                    no_order=self.p("no_order", lang)))
        if not facts:
            return None
        return self.p("also_known", lang, facts=self.names(facts, lang))

    def neighbours(self, city: City, info: ListInfo, lang: str, report: ReportIndex) -> Rich | None:
        if not info.ordered:
            return None
        above, below = report.neighbours(info.id, city.id)
        rank = report.placement(info.id, city.id).rank or 0

        def named(c: City, r: int) -> str:
            return f"{c.name(lang)} ({self.ordinal(r, lang)})" if lang == "en" else \
                f"{c.name(lang)}（{self.ordinal(r, lang)}）"

        if above and below:
            return self.p("neighbours_both", lang, above=named(above, rank - 1), below=named(below, rank + 1))
        if above:
            return self.p("neighbours_above", lang, above=named(above, rank - 1))
        if below:
            return self.p("neighbours_below", lang, below=named(below, rank + 1))
        return None

    def world_city(self, m: CityMention, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        overall = report.list("overall") if report.has_list("overall") else report.lists[0]
        info = report.list(q.list_id) if q.list_id else overall
        who = self.mention(m, lang)
        country = m.world[1] if m.world else None
        if info.id == overall.id:
            body = self.p("world_city", lang, city=who, published=overall.published,
                          evaluated=report.meta["cities_evaluated"])
        else:
            p = report.placement_by_country(info.id, country)
            body = self.placement_sentence(p, who, lang, report, country_code=country)
        return Answer(body, self.default_buttons(q, report))

    def unknown_city(self, name: str, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        parts = [self.p("unknown_city", lang, name=name[:60])]
        suggestions = self.suggest(name)
        if suggestions:
            parts.append(self.p("did_you_mean", lang, names=self.names(
                [bold(self.index.city(c).name(lang)) for c in suggestions], lang, conj="joiner_or")))
        else:
            known = [self.index.city(c.id).name(lang) for c in report.top("overall", 3).entries[:3]
                     for c in [c[1]]] if report.has_list("overall") else []
            parts.append(self.p("unknown_city_hint", lang, examples=self.names(known, lang)))
        parts.append(self.examples(lang))
        return Answer(join(parts), [], sourced=False)

    def _subject(self, q: Query, report: ReportIndex) -> tuple[CityMention | None, Answer | None]:
        """The one city a question is about, or the answer to give when there is none."""
        if q.cities:
            m = q.cities[0]
            if m.id:
                return m, None
            return None, self.world_city(m, q, report)
        if q.unknown:
            return None, self.unknown_city(q.unknown[0], q, report)
        example = self.p.examples(q.lang)[0]
        return None, Answer(self.p("need_city", q.lang, example=example), [], sourced=False)

    @staticmethod
    def asked_list(q: Query, report: ReportIndex) -> ListInfo:
        """The list a question is about: the one it names, else the report's first (overall)."""
        return report.list(q.list_id) if q.list_id else report.lists[0]

    # --- intents about one city ------------------------------------------------------------------
    def rank(self, q: Query, report: ReportIndex) -> Answer:
        m, early = self._subject(q, report)
        if early:
            return early
        lang = q.lang
        city = self.index.city(m.id)
        info = self.asked_list(q, report)
        p = report.placement(info.id, city.id)
        parts = [self.placement_sentence(p, self.mention(m, lang), lang, report)]
        if q.count_above and info.ordered:  # "how many cities rank above X?"
            if p.certainty is Certainty.EXACT:
                above = (p.rank or 1) - 1
                key, count = ("count_above" if above else "count_above_none"), bold(str(above))
            else:
                key, count = "count_above_outside", bold(str(info.published))
            parts.insert(0, self.p(key, lang, count=count, city=self.mention(m, lang),
                                   in_list=self.in_list(info, lang), list=self.list_name(info, lang)))
        if p.certainty is Certainty.EXACT and q.list_id in (None, "overall"):
            near = self.neighbours(city, info, lang, report)
            if near:
                parts.append(near)
        also = self.also_known(city, info.id, lang, report)
        if also:
            parts.append(also)
        return Answer(join(parts, " " if lang == "en" else ""), self.city_buttons(city, q, report),
                      card=f"rank {city.name('en')}", title=parts[0].plain)

    def profile(self, q: Query, report: ReportIndex) -> Answer:
        m, early = self._subject(q, report)
        if early:
            return early
        lang = q.lang
        city = self.index.city(m.id)
        head = self.p("profile_head", lang, city=self.mention(m, lang), country=self.country(city.country, lang),
                      report=self._report_name(report, lang))
        return Answer(join([head, *self._profile_lines(city, lang, report)]), self.city_buttons(city, q, report),
                      card=f"rank {city.name('en')}", title=self.profile_title(city, lang, report))

    def _profile_lines(self, city: City, lang: str, report: ReportIndex) -> list[Rich]:
        """The city in each list, one bulleted line each (kept per city and language)."""
        key = (id(report), city.id, lang)
        if key not in self._profiles:
            self._profiles[key] = [plain("• ") + self.profile_line(p, lang, report) for p in report.profile(city.id)]
        return self._profiles[key]

    def profile_title(self, city: City, lang: str, report: ReportIndex) -> str:
        key = (id(report), city.id, lang)
        if key not in self._profile_titles:
            p = report.placement(report.lists[0].id, city.id)
            self._profile_titles[key] = self.placement_sentence(p, plain(city.name(lang)), lang, report).plain
        return self._profile_titles[key]

    def profile_line(self, p: Placement, lang: str, report: ReportIndex) -> Rich:
        info = p.list
        lname = self.list_name(info, lang)
        lname = lname[:1].upper() + lname[1:] if lang == "en" else lname
        if p.certainty is Certainty.EXACT:
            key = "profile_exact" if info.id == "overall" else "profile_exact_short"
            return self.p(key, lang, list=lname, ordinal=bold(self.ordinal(p.rank or 0, lang)),
                          evaluated=report.meta["cities_evaluated"])
        if p.certainty is Certainty.MEMBER:
            if info.published:
                return self.p("profile_member_top", lang, list=lname, size=info.published,
                              no_order=self.p("no_order", lang))
            return self.p("profile_member_group", lang, list=lname)
        if p.certainty is Certainty.OUTSIDE:
            if info.ordered:
                return self.p("profile_outside", lang, list=lname, published=info.published)
            if info.published:
                return self.p("profile_outside_top", lang, list=lname, size=info.published)
            return self.p("profile_group_no", lang, list=lname)
        code = p.city.country if p.city else ""
        n = dict(info.unnamed).get(code, 0)
        if n:
            return self.p("profile_unknown_slot", lang, list=lname, n=n, adjective=self.adjective(code, lang))
        return self.p("profile_unknown", lang, list=lname)

    def member(self, q: Query, report: ReportIndex) -> Answer:
        m, early = self._subject(q, report)
        if early:
            return early
        lang = q.lang
        city = self.index.city(m.id)
        who = self.mention(m, lang)
        info = self.asked_list(q, report)
        p = report.placement(info.id, city.id)
        n = q.n
        parts: list[Rich] = []
        if n is None and q.position is not None:  # "is Shanghai 3rd?"
            parts = self._member_at(p, who, info, q.position, lang, report)
        elif info.ordered:
            if n is None or n == info.published:
                verdict = "answer_yes" if p.certainty is Certainty.EXACT else "answer_no"
                parts = [self.p(verdict, lang), self.placement_sentence(p, who, lang, report)]
            elif p.certainty is Certainty.EXACT:
                if (p.rank or 0) <= n:
                    parts = [self.p("answer_yes", lang), self.placement_sentence(p, who, lang, report)]
                else:
                    parts = [self.p("member_beyond_n", lang, city=who, ordinal=bold(self.ordinal(p.rank or 0, lang)),
                                    in_list=self.in_list(info, lang), list=self.list_name(info, lang), n=n)]
            elif n < info.published:
                parts = [self.p("answer_no", lang), self.placement_sentence(p, who, lang, report)]
            else:
                parts = [self.p("cant_tell", lang),
                         self.p("member_more_than_published", lang, city=who, published=info.published, n=n)]
        else:
            sentence = self.placement_sentence(p, who, lang, report)
            if n is not None and info.published and n != info.published:
                parts = [self.p("member_group_partial_n", lang, list=self.list_name(info, lang),
                                size=info.published, n=n, membership=sentence)]
            else:
                verdict = {Certainty.MEMBER: "answer_yes", Certainty.OUTSIDE: "answer_no"}.get(p.certainty)
                parts = [self.p(verdict, lang), sentence] if verdict else [sentence]
        also = self.also_known(city, info.id, lang, report)
        if also and p.certainty is not Certainty.EXACT:
            parts.append(also)
        return Answer(join(parts, " " if lang == "en" else ""), self.city_buttons(city, q, report),
                      title=join(parts[:2], " ").plain)

    def _member_at(self, p: Placement, who: Rich, info: ListInfo, pos: int, lang: str,
                   report: ReportIndex) -> list[Rich]:
        """Whether a city holds one position: yes, no (with its real place), or not published."""
        evaluated = report.meta["cities_evaluated"]
        pos = evaluated if pos == -1 else pos
        asked = self.ordinal(pos, lang) if pos > 0 else str(pos)
        sentence = self.placement_sentence(p, who, lang, report)
        if not info.ordered:
            return [self.p("position_group", lang, list=self.list_name(info, lang), ordinal=asked, n=pos,
                           size=info.published or len(report.members(info.id))), sentence]
        if pos < 1 or pos > evaluated:
            return [self.p("answer_no", lang), self.p("position_out_of_range", lang, evaluated=evaluated,
                                                      ordinal=asked, n=pos)]
        if p.certainty is Certainty.EXACT:
            if p.rank == pos:
                return [self.p("answer_yes", lang), sentence]
            return [self.p("member_not_at", lang, city=who, ordinal=bold(self.ordinal(p.rank or 0, lang)),
                           in_list=self.in_list(info, lang), list=self.list_name(info, lang), asked=asked)]
        if pos <= info.published:
            return [self.p("answer_no", lang), sentence]
        return [self.p("cant_tell", lang), self.p("member_at_unpublished", lang, city=who, asked=asked,
                                                  published=info.published, list=self.list_name(info, lang))]

    # --- lists -----------------------------------------------------------------------------------
    def top(self, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        info = self.asked_list(q, report)
        if not info.ordered:
            return self.group_answer(info, q, report)
        n = q.n if q.n is not None else info.published
        evaluated = report.meta["cities_evaluated"]
        lname = self.list_name(info, lang)
        if n < 1:
            head = self.p("top_bad_n", lang, n=n, list=lname, published=info.published)
            n = info.published
        elif n > info.published:
            head = self.p("top_only_published", lang, published=info.published, list=lname,
                          in_list=self.in_list(info, lang))
            n = info.published
        else:
            head = self.p("top_head", lang, list=lname[:1].upper() + lname[1:] if lang == "en" else lname,
                          n=n, evaluated=evaluated)
        result = report.top(info.id, n)
        lines = [bold(head)]
        if result.entries:  # "1. Boston", one line each, escaped once
            lines.append(plain("\n".join([f"{rank}. {city.name(lang)}" for rank, city in result.entries])))
        buttons = self.list_buttons(info, q, report)
        return Answer(join(lines), buttons, card=f"top {n} {info.id}", title=head.plain)

    def group_answer(self, info: ListInfo, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        lname = self.list_name(info, lang)
        members = report.members(info.id)
        if info.published:  # a top-N group such as the talent top 10
            if q.n is not None and q.n != info.published:
                head = self.p("top_group_unordered", lang, list=lname, size=info.published, n=q.n)
            else:
                head = self.p("top_group_all", lang, list=lname, size=info.published)
            lines = [head]
            by_country: dict[str, list[str]] = {}
            for city in members:
                by_country.setdefault(city.country, []).append(city.name(lang))
            for code, names in by_country.items():
                lines.append(plain("• ") + self.p("named_members", lang, n=len(names),
                                                  adjective=self.adjective(code, lang),
                                                  names=self.names(names, lang)))
            for code, n in info.unnamed:
                lines.append(plain("• ") + self.p("unnamed_members", lang, n=n,
                                                  adjective=self.adjective(code, lang)))
            body = join(lines)
        else:
            key = "group_head" if info.complete else "group_partial"
            body = self.p(key, lang, list=lname, names=self.names([bold(c.name(lang)) for c in members], lang))
        return Answer(body, self.list_buttons(info, q, report), card=f"top {info.id}",
                      title=body.plain.split("\n")[0])

    def group(self, q: Query, report: ReportIndex) -> Answer:
        info = self.asked_list(q, report)
        if info.ordered:
            return self.top(q, report)
        return self.group_answer(info, q, report)

    def position(self, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        info = self.asked_list(q, report)
        pos = q.position if q.position is not None else (q.n or 1)
        evaluated = report.meta["cities_evaluated"]
        lname = self.list_name(info, lang)
        if pos == -1:  # "last"
            pos = evaluated
        if not info.ordered:
            body = self.p("position_group", lang, list=lname, size=info.published or len(report.members(info.id)),
                          ordinal=self.ordinal(pos, lang), n=pos)
            answer = self.group_answer(info, q, report)
            return Answer(body + "\n" + answer.body, answer.buttons, title=body.plain)
        if pos < 1 or pos > evaluated:
            body = self.p("position_out_of_range", lang, evaluated=evaluated,
                          ordinal=self.ordinal(pos, lang) if pos > 0 else str(pos), n=pos)
            return Answer(body, self.list_buttons(info, q, report), title=body.plain)
        result = report.at(info.id, pos)
        if result.city is None:
            body = self.p("position_unpublished", lang, published=info.published, in_list=self.in_list(info, lang),
                          list=lname, ordinal=self.ordinal(pos, lang), n=pos)
            return Answer(body, self.list_buttons(info, q, report), title=body.plain)
        body = self.p("position_exact", lang, city=bold(result.city.name(lang)), ordinal=self.ordinal(pos, lang),
                      in_list=self.in_list(info, lang), list=lname, n=pos)
        return Answer(body, self.city_buttons(result.city, q, report), title=body.plain)

    # --- comparisons -------------------------------------------------------------------------------
    def compare(self, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        subjects: dict[str, CityMention] = {}  # report cities by id, real cities by name, as asked
        for m in q.cities:
            key = m.id or (m.world[0] if m.world else "")
            if key and key not in subjects:
                subjects[key] = m
        mentions = list(subjects.values())[:4]
        if len(mentions) < 2:
            if q.unknown:
                return self.unknown_city(q.unknown[0], q, report)
            if mentions and not mentions[0].id:
                return self.world_city(mentions[0], q, report)
            if mentions:
                return self.rank(q, report)
            example = self.p.examples(lang)[2]
            return Answer(self.p("need_two_cities", lang, example=example), [], sourced=False)
        if q.unknown:  # "compare Shanghai and Gotham": say which name is not known
            return self.unknown_city(q.unknown[0], q, report)
        ids = [m.id for m in mentions if m.id]
        card = "compare " + " ".join(ids) if len(ids) == len(mentions) else None
        buttons = self.compare_buttons(ids, q, report) if ids else self.default_buttons(q, report)
        if q.yesno and len(mentions) == 2:
            info = self.asked_list(q, report)
            a, b = self.placements(info, mentions, report)
            ahead = _ahead_of(a, b)
            if ahead is not None:
                first_ahead = ahead == 0
                key = ("compare_behind_no" if first_ahead else "compare_behind_yes") if q.behind else \
                    ("compare_yes" if first_ahead else "compare_no")
                body = self.p(key, lang, first=self.mention(mentions[0], lang),
                              second=self.mention(mentions[1], lang),
                              first_place=self.place(a, lang), second_place=self.place(b, lang),
                              in_list=self.in_list(info, lang), list=self.list_name(info, lang))
                return Answer(body, buttons, card=card, title=body.plain)
        head = bold(self.p("compare_head", lang, cities=self.names([self.mention(m, lang) for m in mentions], lang)))
        rows = [self._slots(m, lang, report) for m in mentions]  # each city in every list
        lines: list[Rich] = []
        for i, info in enumerate(report.lists):
            if q.list_id and info.id != q.list_id:
                continue
            line = self.compare_line(info, [row[i] for row in rows], lang, always=bool(q.list_id) or i == 0)
            if line is not None:
                lines.append(line)
        if not lines:
            return Answer(head, buttons, card=card, title=head.plain)
        return Answer(join([head, *lines], "\n• "), buttons, card=card, title="• " + lines[0].plain)

    def placements(self, info: ListInfo, mentions: list[CityMention], report: ReportIndex) -> list[Placement]:
        """Each city in one list; a real city the report doesn't name is placed by its country alone."""
        return [report.placement(info.id, m.id) if m.id else
                report.placement_by_country(info.id, m.world[1] if m.world else None) for m in mentions]

    def mention_name(self, m: CityMention, lang: str) -> str:
        if m.id:
            return self.index.city(m.id).name(lang)
        return self.world_name(m, lang)

    def world_name(self, m: CityMention, lang: str) -> str:
        """A real city's name: the English name, or as the asker wrote it in Chinese."""
        if lang != "en" and m.text and is_cjk(m.text[0]):
            return _s2t().convert(m.text) if lang == "zh-Hant" else m.text
        return m.world[0] if m.world else m.text

    def place(self, p: Placement, lang: str) -> str:
        """A city's standing in one list in a few words ("8th", "not in top 3", "yes")."""
        key = (p.list.id, p.certainty, p.rank, p.list.published, lang)
        text = self._places.get(key)
        if text is None:
            text = self._places[key] = self._place(p, lang)
        return text

    def _place(self, p: Placement, lang: str) -> str:
        if not p.list.ordered and not p.list.published:  # a plain group
            key = {Certainty.MEMBER: "place_in_group", Certainty.OUTSIDE: "place_not_in_group"}.get(
                p.certainty, "place_not_named")
            return self.p.text(key, lang)
        if p.certainty is Certainty.EXACT:
            return self.ordinal(p.rank or 0, lang)
        if p.certainty is Certainty.MEMBER:
            return self.p("place_member", lang, size=p.list.published).plain
        if p.certainty is Certainty.OUTSIDE:
            return self.p("place_outside", lang, published=p.list.published).plain
        return self.p("place_unknown", lang).plain

    def compare_line(self, info: ListInfo, slots: list[_Slot], lang: str, always: bool) -> Rich | None:
        """One list's line of a comparison (None when it would say nothing about these cities)."""
        certs = {slot.placement.certainty for slot in slots}
        lname = self._list_title(info, lang)
        if not info.ordered and not info.published:  # a plain group: who of them is in it
            if Certainty.MEMBER not in certs:
                return None
            return self.p.once("compare_group", lang, list=lname, placements=self.names([s.named for s in slots], lang))
        if certs == _ONLY_OUTSIDE:
            return self.p("compare_neither", lang, list=lname, published=info.published) if always else None
        if certs == _ONLY_MEMBER and info.published:
            return self.p("compare_all_members", lang, list=lname, size=info.published,
                          no_order=self.p("no_order", lang))
        if certs <= _NOT_PLACED and not always:
            return None
        placements = self.names([s.named for s in slots], lang)
        ahead = _first_of([s.order for s in slots])
        if ahead is not None:
            return self.p.once("compare_ahead", lang, list=lname, placements=placements, city=slots[ahead].bold)
        return self.p.once("compare_unknown", lang, list=lname, placements=placements)

    def _slots(self, m: CityMention, lang: str, report: ReportIndex) -> tuple[_Slot, ...]:
        """A city in each of the report's lists, as comparison lines show it (kept: cities come back)."""
        key = (id(report), m.id, m.world, "" if m.id else m.text, lang)
        slots = self._slot_rows.get(key)
        if slots is None:
            name = self.mention_name(m, lang)
            row = []
            for info, p in zip(report.lists, self.placements_all(m, report), strict=True):
                phrase = "place_named_group" if not info.ordered and not info.published else "place_named"
                row.append(_Slot(p, _order_key(p), bold(name), self.p(phrase, lang, city=name,
                                                                      place=self.place(p, lang))))
            if len(self._slot_rows) >= SLOT_CACHE:
                self._slot_rows.clear()
            slots = self._slot_rows[key] = tuple(row)
        return slots

    def placements_all(self, m: CityMention, report: ReportIndex) -> list[Placement]:
        """A city in every list of the report, in the report's order."""
        return [self.placements(info, [m], report)[0] for info in report.lists]

    def _list_title(self, info: ListInfo, lang: str) -> str:
        """A list's name to start a line with ("Talent", "人才")."""
        key = (id(info), lang)
        title = self._titles.get(key)
        if title is None:
            lname = self.list_name(info, lang)
            title = self._titles[key] = lname[:1].upper() + lname[1:] if lang == "en" else lname
        return title

    # --- countries and regions -------------------------------------------------------------------
    def country_answer(self, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        info = self.asked_list(q, report)
        kind, key = q.place or ("country", "")
        if kind == "region":
            result = report.in_region(info.id, key)
            place_name = self.index.region_name(key, lang)
        else:
            result = report.in_country(info.id, key)
            place_name = self.index.country_name(key, lang)
        adjective = self.index.place_adjective("region" if kind == "region" else "country", key, lang)
        members = list(result.members)
        n_limit = q.n if (q.n and info.ordered and q.n < info.published) else None
        if n_limit:
            members = [(r, c) for r, c in members if r <= n_limit]
        if info.ordered or info.published:
            lname = self.p.text("list_overall", lang) if info.id == "overall" else self.list_name(info, lang)
            in_top = self.p("top_of_list", lang, list=lname, n=n_limit or info.published)
        else:
            in_top = plain(self.list_name(info, lang))
        if q.best and info.ordered and len(members) > q.best:
            best = self.names([self.with_place(c.name(lang), r, lang) for r, c in members[:q.best]], lang)
            body = self.p("country_best", lang, count=q.best, names=best, list=self.list_name(info, lang),
                          what=self.p("what_adj", lang, adjective=adjective) if adjective else
                          self.p("what_from", lang, place=place_name))
            return Answer(body, self.list_buttons(info, q, report), title=body.plain)
        names = self.names([self.with_place(c.name(lang), r, lang) for r, c in members], lang)
        count = len(members) + result.unnamed

        def what(one: bool) -> Rich:
            if adjective:
                return self.p("what_adj_one" if one else "what_adj", lang, adjective=adjective)
            return self.p("what_from_one" if one else "what_from", lang, place=place_name)

        values = {"in_top": in_top, "names": names, "count": bold(str(count)), "unnamed": result.unnamed}
        if result.certainty is Certainty.UNKNOWN:
            key_ = "country_partial" if members else "country_partial_none"
            body = self.p(key_, lang, list=self.list_name(info, lang), what=what(False), **values)
        elif count == 0:
            body = self.p("country_none", lang, what=what(True), **values)
        elif result.unnamed and members:
            body = self.p("country_named_and_unnamed", lang, what=what(False), **values)
        elif result.unnamed:
            body = self.p("country_unnamed", lang, what=what(False), **values)
        elif count == 1:
            body = self.p("country_one", lang, what=what(True), **values)
        else:
            body = self.p("country_some", lang, what=what(False), **values)
        return Answer(body, self.list_buttons(info, q, report), title=body.plain)

    def with_place(self, name: str, rank: int, lang: str) -> str:
        if not rank:
            return name
        return f"{name} ({self.ordinal(rank, lang)})" if lang == "en" else f"{name}（{self.ordinal(rank, lang)}）"

    # --- the report -----------------------------------------------------------------------------------
    def _meta(self, report: ReportIndex, key: str, lang: str) -> str:
        value = report.meta[key]
        return value.get(lang) or value["en"]

    def _date(self, iso: str, lang: str) -> str:
        year, month, day = iso.split("-")
        if lang == "en":
            months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
            return f"{int(day)} {months[int(month) - 1]} {year}"
        return f"{year}年{int(month)}月{int(day)}日"

    def _compilers(self, report: ReportIndex, lang: str) -> Rich:
        return self.names([c.get(lang) or c["en"] for c in report.meta["compilers"]], lang)

    def meta_who(self, q: Query, report: ReportIndex) -> Answer:
        body = self.p("meta_who", q.lang, compilers=self._compilers(report, q.lang))
        return Answer(body, self.report_buttons(q, report), title=body.plain)

    def meta_when(self, q: Query, report: ReportIndex) -> Answer:
        body = self.p("meta_when", q.lang, released=bold(self._date(report.meta["released"], q.lang)),
                      reported=self._date(report.meta["reported"] or report.meta["released"], q.lang))
        return Answer(body, self.report_buttons(q, report), title=body.plain)

    def meta_count(self, q: Query, report: ReportIndex) -> Answer:
        body = self.p("meta_count", q.lang, evaluated=bold(str(report.meta["cities_evaluated"])),
                      published=report.lists[0].published)
        return Answer(body, self.report_buttons(q, report), title=body.plain)

    def meta_measure(self, q: Query, report: ReportIndex) -> Answer:
        structure = report.meta["structure"] or report.meta["index_name"]
        body = self.p("meta_measure", q.lang, index=self._meta(report, "index_name", q.lang),
                      structure=structure.get(q.lang) or structure["en"])
        return Answer(body, self.report_buttons(q, report), title=body.plain)

    def meta_recommend(self, q: Query, report: ReportIndex) -> Answer:
        texts = [s.text(q.lang) for s in report.statements("recommendation")]
        body = self.p("meta_recommend", q.lang, text=(" " if q.lang == "en" else "").join(texts))
        return Answer(body, self.report_buttons(q, report), title=body.plain)

    def meta_findings(self, q: Query, report: ReportIndex) -> Answer:
        top3 = self.names([c.name(q.lang) for _r, c in report.top(report.lists[0].id, 3).entries], q.lang)
        statements = (" " if q.lang == "en" else "").join(s.text(q.lang) for s in report.statements("findings"))
        body = self.p("meta_findings", q.lang, top3=top3, statements=statements)
        return Answer(body, self.report_buttons(q, report), title=body.plain)

    def about(self, q: Query, report: ReportIndex) -> Answer:
        lang = q.lang
        sources = self.names([v.get(lang) or v["en"] for v in report.meta["sources"].values()], lang)
        body = self.p("about", lang, title=bold(self._meta(report, "title", lang)),
                      index=self._meta(report, "index_name", lang), compilers=self._compilers(report, lang),
                      released=self._date(report.meta["released"], lang),
                      evaluated=report.meta["cities_evaluated"], sources=sources)
        return Answer(body, [], sourced=False, title=body.plain)

    # --- conversation ------------------------------------------------------------------------------------
    def _report_name(self, report: ReportIndex, lang: str) -> str:
        return self._meta(report, "short_title", lang)

    def help(self, q: Query, report: ReportIndex) -> Answer:
        body = join([self.p("help", q.lang, report=self._report_name(report, q.lang)), self.examples(q.lang),
                     self.p("help_commands", q.lang)])
        return Answer(body, self.starter_buttons(q.lang), sourced=False, title=body.plain.split("\n")[0])

    def greeting(self, q: Query, report: ReportIndex) -> Answer:
        body = join([self.p("greeting", q.lang, report=self._report_name(report, q.lang)), self.examples(q.lang),
                     self.p("help_commands", q.lang)])
        return Answer(body, self.starter_buttons(q.lang), sourced=False, title=body.plain.split("\n")[0])

    def thanks(self, q: Query, report: ReportIndex) -> Answer:
        return Answer(self.p("thanks", q.lang), [], sourced=False)

    def out_of_scope(self, q: Query, report: ReportIndex) -> Answer:
        body = join([self.p("out_of_scope", q.lang, report=self._report_name(report, q.lang)),
                     self.examples(q.lang)])
        return Answer(body, self.starter_buttons(q.lang), sourced=False, title=body.plain.split("\n")[0])

    def nonsense(self, q: Query, report: ReportIndex) -> Answer:
        body = join([self.p("nonsense", q.lang, report=self._report_name(report, q.lang)), self.examples(q.lang)])
        return Answer(body, self.starter_buttons(q.lang), sourced=False, title=body.plain.split("\n")[0])

    def clarify(self, q: Query, report: ReportIndex) -> Answer:
        """A tie between two readings: offer both as questions (buttons), never guess."""
        options = [o for o in (self.as_question(i, q, report) for i in q.alternatives) if o]
        options = list(dict.fromkeys(options)) or self.p.examples(q.lang)[:3]
        body = join([self.p("clarify", q.lang), *[plain(f"• {o}") for o in options]])
        return Answer(body, [Button(o[:30], _ask(o)) for o in options], sourced=False)

    def as_question(self, intent: str, q: Query, report: ReportIndex) -> str | None:
        """One reading of a message, phrased as the question it would be (None if it can't be)."""
        key = f"ask_{intent}"
        if key not in self.p:
            return None
        lang = q.lang
        known = [self.index.city(m.id).name(lang) for m in q.cities if m.id]
        info = self.asked_list(q, report)
        place = ""
        if q.place:
            kind, pid = q.place
            place = self.index.place_adjective("region" if kind == "region" else "country", pid, lang) or pid
        needs = {"rank": known, "profile": known, "member": known, "compare": [len(known) >= 2],
                 "position": [q.position], "country": [place], "group": [q.list_id]}
        if not all(needs.get(intent, [True])):
            return None
        other = known[1] if len(known) > 1 else ""
        text = self.p(key, lang, city=known[0] if known else "", other=other, list=self.list_name(info, lang),
                      in_list=self.in_list(info, lang), n=q.n or info.published or 10,
                      position=q.position or 1, place=place).plain
        return " ".join(text.split())

    # --- buttons ----------------------------------------------------------------------------------------
    def source_button(self, lang: str) -> Button:
        return Button(self.p.text("btn_source", lang), "src")

    def city_buttons(self, city: City, q: Query, report: ReportIndex) -> list[Button]:
        """A city's profile (unless that is the answer), a comparison, and the source."""
        key = (city.id, q.intent == "profile", q.lang)
        if key not in self._city_buttons:
            self._city_buttons[key] = tuple(self._city_buttons_for(city, q, report))
        return list(self._city_buttons[key])

    def _city_buttons_for(self, city: City, q: Query, report: ReportIndex) -> list[Button]:
        lang = q.lang
        other = "london" if city.id != "london" else "new-york"
        other_city = self.index.city(other) if other in self.index.city_ids() else None
        buttons = []
        if q.intent != "profile":
            buttons.append(Button(self.p.text("btn_profile", lang).format(city=city.name(lang)),
                                  _ask(self.p.text("btn_ask_profile", lang).format(city=city.name(lang)))))
        if other_city:
            buttons.append(Button(self.p.text("btn_compare", lang).format(city=other_city.name(lang)),
                                  _ask(self.p.text("btn_ask_compare", lang).format(
                                      a=city.name(lang), b=other_city.name(lang)))))
        buttons.append(self.source_button(lang))
        return buttons[:3]

    def compare_buttons(self, ids: list[str], q: Query, report: ReportIndex) -> list[Button]:
        """The first city's profile, and the source."""
        key = (ids[0], q.lang)
        if key not in self._compare_buttons:
            lang = q.lang
            first = self.index.city(ids[0])
            self._compare_buttons[key] = (
                Button(self.p.text("btn_profile", lang).format(city=first.name(lang)),
                       _ask(self.p.text("btn_ask_profile", lang).format(city=first.name(lang)))),
                self.source_button(lang))
        return list(self._compare_buttons[key])

    def list_buttons(self, info: ListInfo, q: Query, report: ReportIndex) -> list[Button]:
        """Two other lists' top N, and the source."""
        key = (id(info), q.lang)
        if key not in self._list_buttons:
            self._list_buttons[key] = tuple(self._list_buttons_for(info, q.lang, report))
        return list(self._list_buttons[key])

    def _list_buttons_for(self, info: ListInfo, lang: str, report: ReportIndex) -> list[Button]:
        buttons = []
        for other in report.lists[:4]:
            if other.id == info.id:
                continue
            n = other.published or 10
            label = self.p.text("btn_top_list", lang).format(list=self.list_name(other, lang), n=n)
            label = label[:1].upper() + label[1:]
            buttons.append(Button(label[:30], _ask(self.p.text("btn_ask_top", lang).format(
                n=n, list=self.list_name(other, "en") if lang == "en" else self.list_name(other, lang)))))
            if len(buttons) == 2:
                break
        buttons.append(self.source_button(lang))
        return buttons

    def report_buttons(self, q: Query, report: ReportIndex) -> list[Button]:
        return [*self.starter_buttons(q.lang)[:2], self.source_button(q.lang)]

    def starter_buttons(self, lang: str) -> list[Button]:
        return [Button(e[:30], _ask(e)) for e in self.p.examples(lang)[:3]]

    def default_buttons(self, q: Query, report: ReportIndex) -> list[Button]:
        return [*self.starter_buttons(q.lang)[:2], self.source_button(q.lang)]

    def source_tag(self, q: Query, report: ReportIndex) -> Rich:
        key = (id(report), q.lang)
        tag = self._tags.get(key)
        if tag is None:
            src = report.meta["sources"][report.meta["source"].split()[0]]
            tag = self._tags[key] = italic(self.p("source_tag", q.lang, source=src.get(q.lang) or src["en"]))
        return tag


def _order_key(p: Placement) -> float | None:
    """How a placement sorts against others in its list, or None when the data cannot order it."""
    if p.certainty is Certainty.EXACT:
        return float(p.rank or 0)
    if p.certainty is Certainty.MEMBER and p.list.published:
        return 1000.0  # inside a top-N group, order within unknown
    if p.certainty is Certainty.OUTSIDE and (p.list.ordered or p.list.published):
        return 10000.0
    return None


def _ahead_of(*placements: Placement) -> int | None:
    """The index of the best-placed city, when the certainties allow an order (no ties)."""
    return _first_of([_order_key(p) for p in placements])


def _first_of(keys: list[float | None]) -> int | None:
    """The index of the smallest order key, if every key is known and the smallest is not tied."""
    if not keys or None in keys:
        return None
    best = min(keys)  # type: ignore[type-var]
    return keys.index(best) if keys.count(best) == 1 else None


def _ask(question: str) -> str:
    """Callback data for a question button, cut to Telegram's 64 bytes."""
    data = "q:" + question
    while len(data.encode()) > 64:
        data = data[:-1]
    return data
