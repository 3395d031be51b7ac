"""Filling a clause's gaps from the conversation: pronouns ("it", "them", "there"), fragments
("and in education?", "what about Boston?", "教育呢"), the next page of a top, the next city."""

from __future__ import annotations

from bot.context import Conversation
from bot.interpret.base import Rules
from bot.interpret.kinds import CHAT_KINDS, CITY_KINDS, KIND_CUES, LIST_KINDS, every_list
from bot.language.features import Features
from bot.language.unread import LIST_JOINS
from bot.query import CityRef, Query

SET_JOIN_CUES = frozenset({"both", "or", "miss", "not", "with_word", "compare", "all"})  # a second list of its own

BARE_WHICH_CUES = frozenset({"which", "respectively", "several", "question_zh", "all", "both", "yes_no_start",
                             "request", "followup"})


class FollowupRules(Rules):
    def _followup(self, f: Features, lang: str, ctx: Conversation) -> Query | None:
        """"and the next one?", "the one before", "再前一名呢": move from the last answer's city."""
        if f.has("next", "previous", "after", "before") and ctx.focus() is not None:
            last = ctx.last
            city = last.cities[0] if last is not None and last.kind == "neighbour" and last.cities and \
                self._turns_back(f, last) else ctx.focus()  # "and below?" after "who's just above Seattle?"
            return self._base("neighbour", f, lang, cities=(city,), offset=self._offset(f),
                              lists=tuple(f.lists) or self._ordered(ctx.last_lists()[:1]))
        return None

    def _ordered(self, lists: list[str]) -> tuple[str, ...]:
        """The list a follow-up moves along: the one talked about, or the main list when that one has no order
        ("is it in the talent top 10?" "and the one before?": before it overall)."""
        report = self.index.default
        return tuple(lid for lid in lists if report.has_list(lid) and report.list(lid).ordered)

    def _with_context(self, f: Features, ctx: Conversation) -> Features:
        """Fill a clause's gaps from the conversation: pronouns, "there", and bare fragments."""
        last = ctx.last
        if f.cities and not f.lists and every_list(f, self.index.default.lists) is not None:
            return f  # "… was Boston first in all three?": the lists are said, none taken from before
        if last is not None and last.kind in ("top", "range") and self._end_of_shown(f) and ctx.focus() is None:
            start, end = last.span or (1, last.n or 0)  # "top 3" "the last of them" / "最后一个呢": the 3rd
            if end:
                f.positions, f.numbers, f.counts = [start if f.has("first_word") else end], [], []
                f.bottom = None  # "最后一个": not the bottom one of the list
                f.cues -= {"bottom", "worst", "best", "first_word", "pronoun_many"}
                f.first_cues -= {"bottom", "worst", "best", "first_word"}
                f.lists = list(last.lists) or [self.index.default.lists[0].id]
                return f
        if last is not None and last.kind == "neighbour" and len(last.cities) == 1 and not f.cities and \
                f.has("which", "who") and (f.has("better", "worse") or (  # "邊個教育排名高啲": of the two
                    f.has("pronoun_many") and f.has("best", "worst"))):
            beside = ctx.focus()  # "where's SF" "one place above it?" "which of them is higher in education?"
            if beside is not None and beside.id != last.cities[0].id:
                f.cities = [last.cities[0], beside]
                f.cues.discard("pronoun_many")
        shown = self._nth_of_shown(f, ctx)
        if shown is not None:  # "education top 3" "第二个在人才前十吗": London, asked of the talent top 10
            f.cities, f.positions, f.numbers = [shown], [], []
            return f
        if self._which_of_count(f, ctx):  # "how many are American?" "分别是哪些" / "which ones?": those counted
            f.cues.add("pronoun_many")
        if f.has("all", "both") and self._group_named_with_top(f):
            f.cues.discard("pronoun_many")  # "人才潜力突出的那几个呢，也都在前十？": those are the group's cities,
            return f  # a whole question (which cities, and where), not a fragment of the last one
        if f.has("pronoun_many") and not f.cities and ctx.last is not None and ctx.last.kind in (
                "in_place", "aggregate", "quantifier", "best_in_place") and ctx.last.places:
            f.places = f.places or list(ctx.last.places)  # "which of them is lowest?", "any European ones among them?"
            f.lists = f.lists or list(ctx.last.lists)
            f.counts = f.counts or ([ctx.last.n] if ctx.last.n else [])
            if ctx.last.span and not f.counts:
                f.spans = f.spans or [ctx.last.span]
        elif f.has("pronoun_many") and f.places and not f.cities and ctx.last is not None and ctx.last.kind in (
                "top", "range") and not f.lists:  # "top 5" / "next 5?", "which of those are American?"
            f.lists = list(ctx.last.lists)
            if ctx.last.span:
                f.spans = [ctx.last.span]
            elif ctx.last.n and not f.counts:
                f.counts = [ctx.last.n]
        elif self._all_shown_asked(f, ctx):  # "balanced education?" "它们都在前十吗": each of those, in the top 10
            f.cities = self._members_shown(ctx.last)
            if not f.lists:
                main = self.index.default.lists[0].id
                f.lists, f.list_counts = [main], {main: f.counts[0]}
        elif self._within_shown_list(f, ctx):  # "innovation top 3" "which of them is also in the edu top 3?"
            last = ctx.last
            if not f.lists:  # "… which of them are in the top 5?": the main list's top 5
                main = self.index.default.lists[0].id
                f.lists, f.list_counts = [main], {main: f.counts[0]}
            f.lists[:0] = [lid for lid in last.lists if lid not in f.lists]
            f.negated_lists[:0] = [lid for lid in last.excluded if lid not in f.negated_lists]
            cuts = dict(last.cuts) or ({last.lists[0]: last.n} if last.n else {})
            f.list_counts = {**cuts, **f.list_counts}
        elif self._in_both_shown(f, ctx):  # "edu podium, innovation podium, and which city is on both?"
            f.lists, f.list_counts = list(ctx.last.lists), {**dict(ctx.last.cuts), **f.list_counts}
            if f.has("any"):
                f.cues.discard("all")  # "有没有城市两个都在": is any city in both (都 says both, not all)
        elif f.has("pronoun_many") and not f.cities and not f.places and ctx.last is not None and \
                (ctx.last.kind in ("top", "range") or (ctx.last.kind == "position" and ctx.last.n)) and \
                2 <= len(self._named_whole(ctx.last)) <= 5 and (
                    f.has("best", "worst", "better", "worse", "which", "who")):
            f.cities = self._named_whole(ctx.last)  # "education podium?" "which of those three is lowest overall",
            # "the balanced education group" "which of them ranks highest overall"
        elif not f.cities and not f.places and ctx.last is not None and ctx.last.kind == "compare" and \
                not ctx.last.yesno and len(ctx.last.cities) >= 2 and (
                    f.has("which", "who", "compare") or f.first_cues & {"followup"}) and \
                f.has("best", "worst", "better", "worse", "bottom") and not (f.lists or f.counts):
            f.cities = list(ctx.last.cities)  # "which of them ranks highest overall" "and which one's lowest?"
            f.lists = list(ctx.last.lists)
            f.positions, f.bottom = [], None
            f.cues.add("which")
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
                                     or f.has("distance") or _places_from(f)) and \
                ctx.referent() is not None and ctx.referent().key != f.cities[0].key:
            f.cities = [ctx.referent(), *f.cities]  # "how far is it from Boston?"
        elif len(f.cities) == 1 and (f.has("compare") or (f.has("better", "worse", "before", "after") and _than(f))) \
                and ctx.focus() is not None and ctx.focus().key != f.cities[0].key and not f.has("pronoun_many"):
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
        bare_rank = f.has("rank") and not f.cues - {"rank", "yes_no_start", "pronoun", "pronoun_many", "followup"}
        if bare_rank and not (f.lists or f.places or f.counts or f.positions) and last.cities and \
                last.kind in CITY_KINDS and (not f.cities or f.by_pronoun):  # "深圳和广州表现怎么样，有具体排名吗？"
            f.cities, f.lists, f.rank_again, f.continued = list(last.cities), list(last.lists), True, True
            return f
        if f.has("why") and f.by_pronoun and not f.lists and last.lists and last.kind in CITY_KINDS:
            f.lists = list(last.lists)  # "香港的教育排名" "为啥它能排这么高": high in that list
        if f.has("why", "doubt") and not (f.cities or f.lists or f.places or f.counts or f.positions):
            if f.has("doubt"):
                f.cues.add("doubted")  # (said of the answer before: the reply says it stands)
            self._continue(f, last, ctx)  # "why?": the same question, and that no reasons were published;
            return f  # "are you sure?": the same question, and that the answer stands
        if not (f.cities or f.places or f.lists or f.counts) and f.has("share", "average", "how_many") and \
                last.kind in ("aggregate", "in_place", "quantifier", "best_in_place"):
            f.places, f.lists = list(last.places), list(last.lists)  # "…, 占比多少": the same cities, as a share
            f.counts = [last.n] if last.n else []
            return f
        if f.has("how_many") and (f.lists or f.counts) and not (f.cities or f.places) and not f.has(
                "cities_word", "city_word", "countries", "continents") and last.kind == "aggregate" and \
                last.op == "count" and last.places:  # "how many US cities in the top 10 / how many in the talent 10"
            f.places = list(last.places)
            return f
        if last.kind in ("top", "range") and f.has("full") and not (f.cities or f.places or f.counts or f.lists) \
                and ctx.focus() is None and self._shown(last):  # "top 4", "next 3", "and the rest"
            report = self.index.reports.get(last.report or "") or self.index.default
            info = report.list(last.lists[0]) if last.lists and report.has_list(last.lists[0]) else report.lists[0]
            end = last.span[1] if last.span else (last.n or info.published)
            if end < info.published:
                f.spans, f.lists = [(end + 1, info.published)], list(last.lists)
                return f
        if last.kind in ("top", "range") and self._more_of_list(f) and ctx.focus() is None:
            f.cues.add("next")  # "top 5" "more?" / "还有呢": the next five
        if last.kind in ("top", "range") and f.has("next", "after", "previous", "before") and not (
                f.cities or f.places) and ctx.focus() is None:  # "and the next five?", "after those?"
            start, end = last.span or (1, last.n or 0)
            size = (f.counts or f.numbers or [end - start + 1 if end else 5])[0]
            back = f.has("previous", "before") and not f.has("next", "after")
            if end and f.has("one_place") and not (f.counts or f.numbers):
                f.positions = [start - 1 if back else end + 1]  # "top 5" "and the next one?": the 6th, not 6-10
                f.cues -= {"next", "after", "previous", "before"}  # the place asked for, not the one beside it
                f.lists = f.lists or list(last.lists)
                if f.positions[0] >= 1:
                    return f
                f.positions = []
            elif end and back and start > 1:  # "places 6 to 10" "and the five before?": 1st to 5th
                f.spans = [(max(1, start - size), start - 1)]
                f.lists = f.lists or list(last.lists)
                return f
            elif end and not back:
                f.spans = [(end + 1, end + size)]
                f.lists = f.lists or list(last.lists)
                return f
        if last.kind in ("top", "range") and f.has("rest") and not (f.cities or f.places or f.counts):
            end = last.span[1] if last.span else (last.n or 0)  # "top 4", "next 3", "and the rest": up to the end
            report = self.index.reports.get(last.report or "") or self.index.default
            info = report.list(last.lists[0] if last.lists else report.lists[0].id)
            if end and info.ordered and end < info.published:
                f.spans = [(end + 1, info.published)]
                f.lists = f.lists or [info.id]
                return f
        fragment = self._fragment(f)
        kind = last.kind
        if fragment and f.positions and not (f.cities or f.places or f.counts) and kind in (
                "compare", "rank", "rank_each", "profile"):  # "北京和东京" "那教育呢" "第四名呢": who is 4th there
            f.lists = f.lists or list(last.lists[:1])
        elif fragment and kind not in CHAT_KINDS:
            self._continue(f, last, ctx)
        elif not f.cities and not f.places and (f.has("distance", "between") or (f.has("compare", "better", "worse")
                                                and f.has("who", "which")) or (f.has("how_many") and f.has("places"))
                                                or (f.has("compare") and f.has("better", "worse"))) \
                and len(ctx.recent_cities()) >= 2:  # "by how many spots?"
            f.cities = ctx.recent_cities()[:2]  # "which of them is higher?", "中间隔了几个城市"
        elif not f.cities and last.cities and self._needs_city(f):
            f.cities = [ctx.focus() or last.cities[0]]
        elif not f.lists and f.positions and last.lists:
            f.lists = list(last.lists[:1])  # "who's 4th?" after the innovation top 3, "which one is first?"
        return f

    def _nth_of_shown(self, f: Features, ctx: Conversation) -> CityRef | None:
        """"第二个在人才前十吗", "is the second one in the talent top 10?" after a top list: the city at that place
        of the list shown, asked about another list."""
        last = ctx.last
        if last is None or last.kind != "top" or f.cities or len(f.positions) != 1 or not f.lists or \
                set(f.lists) & set(last.lists) or not (self._yesno(f) or f.has("rank")):
            return None
        items = [it for it in f.reading.items if it.kind != "filler" or it.key in ("个", "one")]
        k = next((j for j, it in enumerate(items) if it.kind == "ordinal"), None)
        ranked_elsewhere = f.has("rank") and k is not None and k + 1 < len(items) and "places" in items[k + 1].cues
        if k is None or k + 1 >= len(items) or (items[k + 1].key not in ("个", "one", "city") and not
                                                ranked_elsewhere):  # ("第二名在总榜排第几": that one, ranked there)
            return None  # "第二名在人才前十吗" asks about a place in that list
        shown = self._ordered(list(last.lists) or [self.index.default.lists[0].id])
        if not shown or not 1 <= f.positions[0] <= (last.n or 0):
            return None
        city = self.index.default.at(shown[0], f.positions[0]).city
        return CityRef(city.name("en"), id=city.id) if city is not None else None

    @staticmethod
    def _end_of_shown(f: Features) -> bool:
        """"the last of them", "the first one", "最后一个呢": one end of the list just shown."""
        if f.cities or f.places or f.lists or f.positions not in ([], [-1], [1]) or f.spans or \
                f.counts not in ([], [1]) or f.numbers not in ([], [1]):  # "最后一个", "the last one": one of them
            return False
        ends = f.has("bottom") or (f.has("first_word") and not f.has("top_word"))
        one = f.has("pronoun_many", "followup", "one_place") or [1] in (f.counts, f.numbers) or f.bottom == 1
        return ends and one and not f.has("who", "which", "how_many")

    @staticmethod
    def _more_of_list(f: Features) -> bool:
        """Only "more" ("more?", "show me more", "any more?", "还有呢", "仲有呢"): the list goes on."""
        if f.cities or f.places or f.lists or f.counts or f.positions or f.numbers:
            return False
        return f.has("more_items") or (f.has("more") and not f.cues - {"more", "request", "any", "followup"})

    @staticmethod
    def _which_of_count(f: Features, ctx: Conversation) -> bool:
        """A bare "which?" ("which ones?", "是哪些", "係邊幾個") after a count: the cities counted."""
        last = ctx.last
        if last is None or not f.has("which") or f.cities or f.places or f.lists or f.counts or f.positions or \
                f.numbers or f.cues - BARE_WHICH_CUES:
            return False
        return last.kind in ("aggregate", "in_place", "quantifier") and bool(last.places)

    @staticmethod
    def _in_both_shown(f: Features, ctx: Conversation) -> bool:
        """"which city is on both?", "哪个两个都有": after the tops of two lists, the cities in both."""
        last = ctx.last
        return bool(f.has("both") and f.has("which", "who", "how_many", "any") and not (
            f.lists or f.cities or f.places or f.counts or f.positions) and last is not None and
            len(last.lists) >= 2 and ((last.kind == "top" and last.op == "each") or (
                last.kind == "set" and last.op == "and" and not last.excluded)))

    def _within_shown_list(self, f: Features, ctx: Conversation) -> bool:
        """"which of them / how many of those are (also) in <another list>?" after a top of one list: the
        cities in both lists (a set over the two), not a yes or no on each."""
        last = ctx.last
        if not (f.has("pronoun_many") and f.has("which", "who", "how_many") and (f.lists or f.counts)
                and not f.cities and not f.places and last is not None and last.lists) or f.has(
                "best", "worst", "better", "worse"):  # "which of those three is lowest overall": compared
            return False
        if f.lists and last.lists[0] in f.lists:
            return False
        if not f.lists and (len(f.counts) != 1 or f.positions or f.spans or (
                last.kind == "top" and last.lists[0] == self.index.default.lists[0].id)):
            return False  # "top 10" "which of them are in the top 5?": the top 5 of the same list
        if last.kind == "set":  # "which cities are in both …?" "which of them are in the top 5?"
            return last.op == "and" and not last.places and not last.yesno
        return last.kind == "top" and len(last.lists) == 1 and last.op != "each"

    def _all_shown_asked(self, f: Features, ctx: Conversation) -> bool:
        """"are they all in the top 10?" after a top or a group: a yes or no on each city it listed, in the
        list (or the top N) asked about — not that list's top again."""
        last = ctx.last
        return bool(f.has("pronoun_many") and f.has("all", "both", "yes_no_start") and not f.has(
            "which", "who", "how_many", "best", "worst", "better", "worse") and not (f.cities or f.places) and (
            f.lists or len(f.counts) == 1) and last is not None and last.kind == "top" and not last.places and
            last.bottom is None and len(last.lists) <= 1 and len(self._members_shown(last)) >= 2 and (
                f.lists != list(last.lists or [self.index.default.lists[0].id])))

    def _group_named_with_top(self, f: Features) -> bool:
        """A group named beside a top N of no list of its own: "the talent potential ones, all in the top 10?"
        (the group's cities are the subject, not the cities of the last answer)."""
        report = self.index.default
        main = report.lists[0].id
        groups = [lid for lid in f.lists if lid != main]
        return bool(f.free_counts and groups and not f.cities and all(
            report.has_list(lid) and not report.list(lid).ordered for lid in groups))

    def _members_shown(self, q: Query) -> list[CityRef]:
        """The cities a top or a group answer listed: a top's published places, a group's named members."""
        report = self.index.reports.get(q.report or "") or self.index.default
        if q.lists and report.has_list(q.lists[0]) and not report.list(q.lists[0]).ordered:
            return [CityRef(c.name("en"), id=c.id) for c in report.members(q.lists[0])]
        return self._shown(q)

    def _named_whole(self, q: Query) -> list[CityRef]:
        """What a top or a group answer listed, when that is all of it (not the talent top 10's named half)."""
        report = self.index.reports.get(q.report or "") or self.index.default
        named = self._members_shown(q)
        info = report.list(q.lists[0]) if q.lists and report.has_list(q.lists[0]) else report.lists[0]
        return named if info.ordered or len(named) >= (info.published or 0) else []

    def _shown(self, q: Query) -> list[CityRef]:
        """The cities a top N or a range answer listed (its published places)."""
        report = self.index.reports.get(q.report or "") or self.index.default
        info = report.list(q.lists[0]) if q.lists and report.has_list(q.lists[0]) else report.lists[0]
        if not info.ordered:
            return []
        first, last = q.span or (1, q.n or info.published)
        return [CityRef(c.name("en"), id=c.id) for r, c in report.top(info.id, min(last, info.published)).entries
                if r >= first]

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
        if self._count_of_list_named(f, k, first_list):
            f.list_counts[items[first_list].value] = n  # "top 3 outside the US in education": education's top 3
            return
        f.lists.insert(0 if k < first_list else len(f.lists), main)
        f.list_counts[main] = n
        if any(it.cues & {"miss", "not"} and not it.cues & {"yes_no_start"} for it in items[max(0, k - 5):k]):
            f.negated_lists.append(main)

    def _count_of_list_named(self, f: Features, k: int, first_list: int) -> bool:
        """The free top N and the one list named are one phrase, "in" between and no join: "top 3 outside the
        US in education" (not "in the top 10 but not in the education top 3")."""
        if len(f.lists) != 1 or f.lists[0] in f.list_counts or k > first_list:
            return False
        items = f.reading.items
        between = [it for it in items[k + 1:first_list] if it.kind != "filler"]
        joins = any((it.cues & SET_JOIN_CUES and not (j + 1 < len(between) and between[j + 1].kind == "place"))
                    or it.key in LIST_JOINS or it.key == "but" or "yes_no_start" in it.cues
                    for j, it in enumerate(between))  # (but "outside" the US)
        return not joins and any("in_word" in it.cues for it in between)

    def _fragment(self, f: Features) -> bool:
        """Only entities, and maybe a follow-up cue: "and in education?", "what about Boston?", "教育呢"."""
        kind_cues = {"rank", "profile", "who", "which", "where", "how_many", "share", "average", "compare",
                     "better", "worse", "best", "worst", "between", "distance", "yes_no_start", "countries",
                     "continents", "made", "when", "measure", "top_word", "after", "before", "next", "previous",
                     "named", "all", "any", "verify", "request", "first_word"}
        entities = f.cities or f.lists or f.places or f.counts or f.positions or f.excluded_cities
        talk = sum(it.kind == "word" for it in f.reading.items)  # "and then back to my spreadsheet": not a question
        if f.has("guess") and not entities and talk <= 1 and not f.cues - {"guess", "only", "in_word", "which",
                                                                             "followup", "request", "yes_no_start"}:
            return True  # "come on, just guess", "what's your best guess?", "猜一下嘛": the last question, guessed
        if f.cues & kind_cues and not (f.first_cues & {"followup"} and not f.cues & (kind_cues - {"top_word"})):
            return False
        if entities:
            return True  # "excluding Beijing?" after "best Chinese city"
        return f.has("followup") and talk < 2

    @staticmethod
    def _needs_city(f: Features) -> bool:
        if f.places or f.has("who", "which", "best", "worst", "how_many"):
            return False  # it asks for a city, or about a country's cities
        return bool(f.has("rank", "profile") or (f.has("yes_no_start") and (f.lists or f.counts))
                    or (f.has("yes_no_start") and f.has("top_word")) or ((f.zh_question and (f.lists or f.counts))
                    and not f.places))

    def _turns_back(self, f: Features, last: Query) -> bool:
        """A neighbour fragment asking the other way from the last one: about the same city."""
        return f.has("next", "previous", "after", "before") and (self._offset(f) > 0) != (last.offset > 0)

    def _continue(self, f: Features, last: Query, ctx: Conversation) -> None:
        """A fragment takes the last question's shape, with what it says put in."""
        f.continued = True
        if len(f.cities) == 1 and last.kind == "distance" and len(last.cities) == 2 and not last.yesno and \
                f.cities[0].id not in {c.id for c in last.cities}:  # "how far is Shanghai from London" "and Tokyo?":
            f.cities = [last.cities[0], f.cities[0]] if _from_city(f) else [f.cities[0], last.cities[1]]
            f.cues.add("distance")  # Tokyo from London ("and from HK?": Shanghai from Hong Kong)
        if len(f.cities) == 1 and last.kind in ("compare", "rank_each") and len(last.cities) >= 2 and \
                f.cities[0].key not in {c.key for c in last.cities} and not last.yesno:  # "compare Beijing and
            f.cities = [*last.cities, f.cities[0]][-4:]  # Shanghai" "and Hong Kong?": all three, side by side
        if not f.cities and not f.places and last.cities and last.kind in CITY_KINDS:
            f.cities = list(last.cities) if last.kind in ("compare", "rank_each", "distance", "between") \
                else [ctx.focus() or last.cities[0]]
            if last.kind == "neighbour" and self._turns_back(f, last):
                f.cities = [last.cities[0]]  # "who's just above Seattle?" "and below?": below Seattle, not LA
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
        if last.kind == "neighbour" and last.op in ("all", "both"):  # "which cities outrank Seattle?" "and in
            f.cues |= {"all" if last.op == "all" else "both_sides", "after" if last.offset > 0 else "before"}
        elif last.kind == "neighbour" and (f.lists or f.has("pronoun")):  # education?"
            f.cues.add("rank")  # "它教育呢" after "the next one": that city, in that list
        elif last.kind == "neighbour":
            f.cues.add("after" if last.offset > 0 else "before")
            f.offset = f.offset or last.offset
        elif last.kind == "best_in_place":  # "best Asian city" "and the second?", "excluding Beijing?"
            f.cues.add("worst" if last.op == "worst" else "best")
        else:
            f.cues |= KIND_CUES.get(last.kind, set())
        if last.kind in ("position",) and not f.positions:
            f.positions = list(last.positions)


def _than(f: Features) -> bool:
    """"higher than Hong Kong?": a comparison with the city talked about."""
    return any(t.key in ("than", "比") for t in f.reading.tokens)


def _places_from(f: Features) -> bool:
    """"and how many places from Beijing?": how far the city talked about is from this one (not from the top)."""
    return f.has("how_many") and f.has("places", "how_many_places") and not (
        f.positions or f.lists or f.has("top_word", "first_word", "best", "worst", "bottom"))


FROM_WORDS = frozenset({"from", "离", "距", "距离", "離"})


def _from_city(f: Features) -> bool:
    """"and from HK?", "离香港呢": the city is the one measured from, not the one measured."""
    items = f.reading.items
    return any(it.kind == "city" and k and items[k - 1].key in FROM_WORDS for k, it in enumerate(items))
