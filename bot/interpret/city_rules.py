"""Rules for clauses that name cities: a rank, a profile, a yes/no about one city; a comparison,
a distance, the cities between two; the neighbours of one."""

from __future__ import annotations

from bot.context import Conversation
from bot.interpret.base import Rules
from bot.interpret.kinds import NEIGHBOUR_CUES, denies, every_list, plural, top_of_city, unique
from bot.interpret.neighbour_count import neighbour_count
from bot.language.features import Features
from bot.language.sides import subject_first
from bot.query import CityRef, Query


class CityRules(Rules):
    @staticmethod
    def _lists_of(f: Features, cities: list[CityRef]) -> bool:
        """How many of the lists a city is in, or which of two is in more ("北京上了几个榜单")."""
        if not cities or not all(c.id for c in cities) or f.lists or f.counts or f.positions or f.places:
            return False
        if not f.has("list_word") or f.has("all", "which", "who", "best", "worst", "top_word"):
            return False
        return f.has("how_many") or (len(cities) == 2 and f.has("more"))

    def _cities(self, f: Features, lang: str, yesno: bool, ctx: Conversation) -> Query | None:
        cities = unique(f.cities)
        if len(cities) >= 2 and f.has("average") and all(c.id for c in cities):  # "北京、上海、香港的平均名次"
            return self._base("aggregate", f, lang, cities=tuple(cities), op="average", n=None)
        if self._lists_of(f, cities):  # "how many lists is Beijing in?", "is Beijing in more lists than Shanghai?"
            return self._base("aggregate", f, lang, cities=tuple(cities[:4]), op="lists_of", n=None, yesno=yesno,
                              extra={"more": f.has("more")})
        if len(cities) >= 2:
            return self._two_cities(f, lang, yesno, cities)
        if len(cities) != 1:
            return None
        city = cities[0]
        if (f.has("distance") or (f.has("how_many") and f.has("places"))) and city.id and not f.counts and (
                f.positions or f.has("first_word", "top_word")):  # "how far is Tokyo from the top?", "东京离第一差几名"
            return self._base("distance", f, lang, cities=(city,), extra={"to_position": (f.positions or [1])[0]})
        if f.has("how_many") and f.has("before", "better") and city.id:
            return self._base("rank", f, lang, cities=(city,), op="count_above")
        if f.has("how_many") and f.has("after", "worse") and city.id:  # "how many cities rank below Tokyo?"
            return self._base("rank", f, lang, cities=(city,), op="count_below")
        several = neighbour_count(f) if city.id and not f.has("how_many") else None
        if several is not None:  # "the 2 cities after Beijing", "排在伦敦前两位的是谁"
            return self._base("neighbour", f, lang, cities=(city,), offset=several[1], op="all", n=None, yesno=False,
                              lists=tuple(f.lists) or (tuple(ctx.last_lists()[:1]) if f.by_pronoun else ()),
                              extra={"by_pronoun": f.by_pronoun, "count": several[0]})
        if (f.has("both_sides") or self._both_ways(f)) and not f.has("how_many"):  # "上海前后是谁"
            return self._base("neighbour", f, lang, cities=(city,), op="both", yesno=False,
                              lists=tuple(f.lists) or (tuple(ctx.last_lists()[:1]) if f.by_pronoun else ()))
        if f.has("outrank") and not yesno and f.offset is None and f.has("who", "which", "city_word", "cities_word"):
            return self._base("neighbour", f, lang, cities=(city,), offset=self._side(f), op="all",  # "which cities
                              lists=tuple(f.lists) or (tuple(ctx.last_lists()[:1]) if f.by_pronoun else ()),  # outrank
                              extra={"by_pronoun": f.by_pronoun})  # Seattle?", "比它高的有哪些"
        if f.has(*NEIGHBOUR_CUES) and yesno and f.has("any", "city_word", "cities_word", "followup", "who") and not (
                f.counts or f.positions or f.places):  # "is anybody listed below Tokyo?", "东京下面还有城市吗"
            return self._base("neighbour", f, lang, cities=(city,), offset=self._offset(f), yesno=True,
                              lists=tuple(f.lists) or (tuple(ctx.last_lists()[:1]) if f.by_pronoun else ()),
                              extra={"by_pronoun": f.by_pronoun})
        if (f.has(*NEIGHBOUR_CUES) or f.offset is not None) and not yesno and (
                f.has("who", "which", "city_word", "cities_word", "all") or not f.has("rank")):  # "everyone ranked
            # below tokyo pls": the cities below it, not its rank
            lists = tuple(f.lists) or (tuple(ctx.last_lists()[:1]) if f.by_pronoun else ())
            one = f.has("next", "previous") or (f.has("city_word") and not f.has("cities_word"))
            every = plural(f) or f.has("all") or (bool(f.places) and not one)  # "排在伦敦后面的美国城市"
            return self._base("neighbour", f, lang, cities=(city,), offset=self._offset(f), lists=lists,
                              op="all" if every and f.offset is None else "", extra={"by_pronoun": f.by_pronoun})
        if not yesno and f.has("anywhere", "where") and (f.positions or f.has("first_word")) and not (
                f.lists or f.counts or f.places):  # "where is Boston number one?", "波士顿在哪个榜单排第一"
            return self._base("member", f, lang, cities=(city,), op="somewhere", positions=tuple(f.positions or [1]))
        if yesno or (f.has("why") and (f.positions or (f.has("best", "first_word", "worst") and not f.counts))):
            return self._city_yesno(f, lang, city)  # "why is Tokyo first?": is it?
        if (f.has("profile", "findings") or (f.has("all") and f.has("list_word")) or self._bare(f)) and not (
                f.lists and f.has("profile", "how_doing")):
            return self._base("profile", f, lang, cities=(city,))
        if f.has("best", "worst") and f.has("who", "which") and not f.has("rank"):
            if f.has("list_word") and not f.lists:  # "Boston, which list is it best in?": its place in each
                return self._base("profile", f, lang, cities=(city,))
            return None  # "which city is best in innovation" with a stray name: the lists decide
        return self._base("rank", f, lang, cities=(city,))

    @staticmethod
    def _both_ways(f: Features) -> bool:
        """A word of each side and no number: "who's directly above and below Shanghai"."""
        items = f.reading.items
        up = any(it.cues & {"before"} and not it.cues & {"after"} for it in items)
        down = any(it.cues & {"after"} and not it.cues & {"before"} for it in items)
        return up and down and f.offset is None and not f.positions

    @staticmethod
    def _sides_apart(f: Features) -> bool:
        """Each of two cities has its own word of side: "above Beijing but below Boston"."""
        items = f.reading.items
        ups = [k for k, it in enumerate(items) if it.cues & {"before", "better"} and not it.cues & {"after", "worse"}]
        downs = [k for k, it in enumerate(items) if it.cues & {"after", "worse"} and not it.cues & {"before", "better"}]
        towns = [k for k, it in enumerate(items) if it.kind == "city"]
        return len(towns) >= 2 and bool(ups and downs) and any(ups[0] < t < downs[0] or downs[0] < t < ups[0]
                                                               for t in towns)

    @staticmethod
    def _side(f: Features) -> int:
        """-1 for the cities above the one named, +1 for those below: what the word of comparison says of
        its subject ("who outranks X", "比X高"), turned round when the city is the subject ("X is outranked
        by", "X ranks lower than which cities")."""
        items = f.reading.items
        way = next((k for k, it in enumerate(items) if it.cues & {"before", "better", "after", "worse"}
                    and k not in f.counted_tops and "top_word" not in it.cues), None)
        if way is None:
            return -1
        cues = items[way].cues
        up = bool(cues & {"before", "better"}) and not cues & {"after"} and not (
            cues & {"worse"} and not cues & {"before"})
        if subject_first(items, way):
            up = not up
        return -1 if up else 1

    @staticmethod
    def _choice(f: Features) -> bool:
        """"who's higher between Boston and London", "between X and Y, which ranks higher", "北京和上海之间谁更高":
        a choice of two, not the cities ranked between them (a word of comparison besides "between")."""
        return any(it.cues & {"better", "worse", "best", "worst"} and not it.cues & {"top_word", "between"}
                   for it in f.reading.items)

    def _two_cities(self, f: Features, lang: str, yesno: bool, cities: list[CityRef]) -> Query:
        if yesno and f.has("between") and len(cities) == 3:  # "is Shanghai between Seattle and HK?"
            return self._base("between", f, lang, cities=tuple(cities[1:]), yesno=True,
                              extra={"subject": cities[0]})
        neighbour_named = self._neighbour_named(f) if yesno else None
        if neighbour_named is not None:  # "伦敦后面是香港吗", "北京下一名係咪倫敦": the second beside the first?
            return self._base("distance", f, lang, cities=(cities[1], cities[0]), yesno=True,
                              extra={"gap": 1, "side": neighbour_named})
        gap = self._gap_asked(f) if yesno and not f.has("between") else None
        if gap is not None:  # "is Tokyo 5 places behind London?", "is LA right after NYC?", "香港和东京是不是挨着"
            return self._base("distance", f, lang, cities=tuple(cities[:2]), yesno=True,
                              extra={"gap": gap, "side": self._gap_side(f)})
        if f.has("distance", "both_sides") or (f.has("how_many") and (f.has("between", "places") or f.has(
                "better", "worse"))) or (
                f.has("how_many_places") and f.has("better", "worse", "before", "after")):  # "北京领先香港几名"
            return self._base("distance", f, lang, cities=tuple(cities[:2]))
        above_and_below = f.has("before", "better") and f.has("after", "worse") and f.has("who", "which")
        between = f.has("between") and not self._choice(f)
        if (between and f.has("who", "which", "any", "city_word", "cities_word")) or (between and not yesno) or (
                above_and_below and not yesno and self._sides_apart(f)):  # "the one above Beijing but below Boston"
            return self._base("between", f, lang, cities=tuple(cities[:2]), yesno=yesno)  # "is there any city
            # between Boston and SF?": a yes or no, and which
        if f.has("which", "who") and f.lists and not f.has("compare", "better", "worse", "best", "worst", "before",
                                                              "after", "rank"):
            return self._base("member", f, lang, cities=tuple(cities[:10]), yesno=True)  # "which of them is in X?"
        if f.has("equal") and len(cities) == 2 and not f.has("which", "who"):  # "is London as good as Boston in
            return self._base("compare", f, lang, cities=tuple(cities), op="equal", yesno=True)  # education?"
        comparing = f.has("compare", "better", "worse", "before", "after") or (
            f.has("or") and not (f.lists or f.counts or f.positions))
        if f.has("or") and not f.has("any", "both", "all") and not f.counts and (
                f.positions == [1] or f.has("first_word", "best")):  # "is it Boston or SF at the top of sci-tech?"
            return self._base("compare", f, lang, cities=tuple(cities[:4]), op="which", yesno=False)
        if yesno and not comparing and (f.lists or f.counts or f.positions or f.has("top_word", "in_word")):
            return self._base("member", f, lang, cities=tuple(cities[:10]), yesno=True,
                              op="any" if f.has("or", "any") and not f.has("both", "all") else "",
                              extra={"at": bool(f.positions and not f.counts)})  # "are Boston and SF first?"
        if f.has("rank", "where") and not comparing and not (  # "where do Beijing and Tokyo rank?", "where are A and
                f.has("which", "who") and f.has("best", "worst")):  # B?" (not "which of them ranks highest")
            return self._base("rank_each", f, lang, cities=tuple(cities[:4]))
        op = ""
        if f.has("worse", "after") and not f.has("better"):
            op = "behind"
        either = (f.has("better") and f.has("worse") and f.has("or")) or (  # "is Beijing above or below London?"
            f.has("or") and f.has("best", "worst", "better", "worse") and not f.has("than"))  # "Boston or Beijing?"
        if (not yesno and f.has("who", "which") and f.has("better", "worse", "best", "worst", "compare")) or either:
            op = "which"  # "which of them is higher?": one list, and who is ahead in it
            if f.has("worst", "worse") and not f.has("best", "better"):
                op = "which_last"  # "which of those three is lowest overall"
            yesno = False
        if yesno and f.has("anywhere"):
            op = "anywhere"  # "did SF beat Boston anywhere?": in any list
        lists = tuple(f.lists)
        if yesno and comparing and f.has("all") and f.has("list_word") and not f.lists:
            yesno, lists = False, tuple(i.id for i in self.index.default.lists)  # "is London higher than Tokyo
            # everywhere?": each list, none left out
        return self._base("compare", f, lang, cities=tuple(cities[:4]), yesno=yesno and comparing, op=op, lists=lists)

    def _city_yesno(self, f: Features, lang: str, city: CityRef) -> Query:
        if f.has("first_half", "second_half"):  # "is NYC in the top half of the top 10?"
            return self._base("member", f, lang, cities=(city,), yesno=True,
                              op="half_second" if f.has("second_half") else "half_first")
        first = f.positions == [1]  # "伦敦是欧洲第一吗": the best of the place
        if f.places and not f.lists and not f.counts and not f.has("best", "worst", "better", "worse") and not first:
            return self._base("member", f, lang, cities=(city,), op="country", yesno=True)  # "is HK Chinese?"
        if f.places and f.has("all") and f.has("before", "after", "better", "worse") and not f.has("best", "worst"):
            below = f.has("after", "worse") and not f.has("before", "better")  # "are all the US cities in the top
            return self._base("best_in_place", f, lang, cities=(city,), yesno=True,  # 10 ranked above Shanghai?"
                              op="all_below" if below else "all_above")
        if f.places and (f.has("best", "worst", "better", "worse") or first):  # "is Tokyo the best Asian city?"
            op = "worst" if f.has("worst") and not f.has("best") else "best"
            return self._base("best_in_place", f, lang, cities=(city,), yesno=True, op=op)
        if f.has("anywhere") and (f.positions or f.has("first_word", "best")) and not f.lists and not f.counts:
            return self._base("member", f, lang, cities=(city,), op="somewhere", yesno=True,  # "is SF number one
                              positions=tuple(f.positions or [1]))  # at anything?", "北京在哪个榜单排第一"
        family = every_list(f, self.index.default.lists)  # "is Boston on every list?", "… in all the top lists?"
        if family is not None and not f.counts and (
                family.top_said or not (f.has("first_word", "best") or f.positions)):
            return self._base("member", f, lang, cities=(city,), yesno=True, lists=family.ids)
        placed = f.has("first_word", "best") or bool(f.positions)
        if (f.has("all") and (f.has("list_word") or f.has("first_word", "best")) and not f.lists) or (
                family is not None and placed):  # "was Boston first in all three?"
            return self._base("member", f, lang, cities=(city,), op="everywhere", yesno=True,
                              positions=tuple(f.positions or [1]))
        if f.has("or") and len(set(f.positions)) >= 2 and not f.counts:  # "is NYC 4th or 5th?": which one
            return self._base("rank", f, lang, cities=(city,), positions=())
        paired = self._position_of_each_list(f)
        if paired:  # "is SF 2nd overall and 1st in sci-tech?", "旧金山是不是综合第二、科创第一"
            return self._base("member", f, lang, cities=(city,), op="at", yesno=True,
                              lists=tuple(lst for lst, _ in paired), positions=tuple(pos for _, pos in paired),
                              extra={"at_each": True})
        if f.positions:
            return self._base("member", f, lang, cities=(city,), op="at", yesno=True)
        if f.has("best", "first_word") and not f.counts and (not f.has("top_word") or top_of_city(f)):
            return self._base("member", f, lang, cities=(city,), op="at", yesno=True, positions=(1,))
        if f.has("worst") and not f.has("best", "better", "worse") and not f.lists[1:]:  # "is Tokyo the lowest
            return self._base("member", f, lang, cities=(city,), op="at", yesno=True, positions=(-1,))  # overall?"
        if not (f.lists or f.counts or f.places) and (f.has("rank", "list_word", "report_word", "named", "evaluated",
                                                           "made") or city.world) and not f.has("top_word", "better",
                                                                                                "worse"):
            return self._base("member", f, lang, cities=(city,), op="anywhere", yesno=True)  # "is it on the list?"
        denied = len(f.lists) <= 1 and ((f.counts and f.counts[0] in f.negated_counts) or (
            f.lists and f.lists[0] in f.negated_lists)) and denies([t.key for t in f.reading.tokens])
        # "is Beijing outside the top 10?", "did Tokyo miss the top 5?" (not "广州进没进前十")
        return self._base("member", f, lang, cities=(city,), yesno=True, extra={"denied": True} if denied else {})


    @staticmethod
    def _position_of_each_list(f: Features) -> tuple[tuple[str, int], ...]:
        """Each list with the position said of it, when two or more lists each have their own: "2nd overall
        and 1st in sci-tech" (a position, then its list), "综合第二、科创第一" (a list, then its position)."""
        marks: list[tuple[int, int]] = []  # (item index, position)
        lists: list[tuple[int, str]] = []
        for k, it in enumerate(f.reading.items):
            ordinal = it.kind == "ordinal" and isinstance(it.value, int) and it.value > 0
            if ordinal or (it.kind == "number" and it.value in f.positions and it.value not in f.counts):
                marks.append((k, it.value))
            elif it.kind == "cue" and "first_word" in it.cues and "top_word" not in it.cues:
                marks.append((k, 1))
            elif it.kind == "list" and all(lst != it.value for _, lst in lists):
                lists.append((k, it.value))
        if len(marks) < 2 or len(lists) != len(marks) or len({p for _, p in marks}) < 2:
            return ()
        list_first = lists[0][0] < marks[0][0]
        pairs = []
        for (mk, pos), (lk, lst) in zip(marks, lists, strict=True):
            if (lk < mk) != list_first:
                return ()  # not one list beside each position
            pairs.append((lst, pos))
        return tuple(pairs)

    @staticmethod
    def _gap_asked(f: Features) -> int | None:
        """The number of places a yes/no says lie between two cities: "5 places behind" (a number, then a word
        for places), "高一名"; 1 for "right after", "next to", "挨着"; None when it says none."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        for k, it in enumerate(items[:-1]):
            if it.kind == "number" and "places" in items[k + 1].cues and isinstance(it.value, int) and it.value > 0:
                return it.value
        if f.has("adjacent") or f.has("both_sides"):
            return 1
        return None

    @staticmethod
    def _neighbour_named(f: Features) -> int | None:
        """"A后面是B吗", "A下一名係咪B", "A前面是B吗": the place beside a city, then "is" and a second city (+1: after
        it, -1: before it); None for any other order of words."""
        said = [it for it in f.reading.items if it.kind != "filler" or it.key in ("是", "系")]
        for k in range(len(said) - 3):
            a, side, verb, b = said[k:k + 4]
            if a.kind == "city" and b.kind == "city" and side.kind == "cue" and (
                    verb.key in ("是", "系") or verb.cues & {"question_zh", "yes_no_start"}):
                if side.cues & {"after", "next"} and not side.cues & {"before", "previous"}:
                    return 1
                if side.cues & {"before", "previous"} and not side.cues & {"after", "next"}:
                    return -1
        return None

    @staticmethod
    def _gap_side(f: Features) -> int:
        """+1: the first city is asked to be behind the second; -1: ahead of it; 0: either."""
        differ = not f.has("compare") and any(it.kind == "cue" and it.key == "差" for it in f.reading.items)
        if differ and not f.has("after", "before", "better"):
            return 0  # "北京和上海差五名吗": apart by, either way ("北京比上海差五名吗": behind)
        behind = f.has("after", "worse") and not f.has("before", "better")
        ahead = f.has("before", "better") and not f.has("after", "worse")
        return 1 if behind else -1 if ahead else 0
