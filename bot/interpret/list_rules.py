"""Rules for clauses about lists and places with no city named: tops, positions, ranges,
the cities of a country or region, sets over several lists, counts, shares and averages."""

from __future__ import annotations

from itertools import pairwise

from bot.context import Conversation
from bot.interpret.kinds import NEIGHBOUR_CUES, every_list, plural
from bot.interpret.set_rules import SetRules
from bot.language.features import Features
from bot.language.negation import OUTSIDE_AFTER
from bot.query import Query

PLACE_TO_POSITION = ({"rank"}, {"cities_word", "city_word"})  # words between a place and its position


class ListRules(SetRules):
    @staticmethod
    def _count_of_cities(f: Features, n: int) -> bool:
        """The number n is said of cities ("6 cities"), not of a top ("the top 6")."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        return any(b.kind == "number" and b.value == n and "cities_word" in c.cues and "top_word" not in a.cues
                   for a, b, c in zip(items, items[1:], items[2:], strict=False))

    @staticmethod
    def _count_bound(f: Features, claimed: int) -> str:
        """How a claimed count is meant: exactly ("="), more than (">"), at least (">="), fewer (<), at most (<=)."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        for a, b in pairwise(items):
            if b.kind == "number" and b.value == claimed and a.cues & {"count_above", "count_below"}:
                inclusive = a.key in ("at least", "至 少", "at most", "最 多", "no more than", "不 超 过")
                return (">" if "count_above" in a.cues else "<") + ("=" if inclusive else "")
        return "="

    @staticmethod
    def _claimed_count(f: Features) -> int | None:
        """"are there 5 Chinese cities in the top 10?", "前十里有5个中国城市吗": a count said just before the place."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        for a, b in pairwise(items):
            if a.kind == "number" and b.kind == "place" and (a.value in f.numbers or a.value in f.positions):
                return int(a.value)  # ("前五名有两个美国城市吗": 两 is no place)
        for a, b in pairwise(items):  # "does china have 5 cities in the talent top 10?": the place, then its count
            if a.kind == "number" and "cities_word" in b.cues and a.value in f.counts and f.place_first and \
                    a.value not in f.list_counts.values():
                return int(a.value)
        items = [it for it in items if not (it.kind == "cue" and it.cues <= {"yes_no_start"})]  # "… are american"
        for k, it in enumerate(items[:-3]):  # "are 2 of the top 5 american?": a count of a top, then the place
            top, n, place = items[k + 1:k + 4]
            if it.kind == "number" and it.value in f.numbers and "top_word" in top.cues and n.kind == "number" \
                    and n.value in f.counts and place.kind == "place" and it.value <= n.value:
                return int(it.value)
        return None

    def _places(self, f: Features, lang: str, yesno: bool) -> Query | None:
        if not f.places or f.cities:
            return None
        if (yesno or f.zh_question) and f.has("most") and f.has("countries", "continents") and len(f.places) == 1 \
                and not f.places[0].exclude and not f.has("how_many", "which", "who", "majority") and \
                f.places[0].kind in ("country", "region"):  # "is the US the
            by = "regions" if f.places[0].kind == "region" else "countries"  # country with the most top 10 cities?"
            return self._base("aggregate", f, lang, op=by, yesno=True, extra={"claimed_most": f.places[0].id})
        areas = {self.index.area_country(p.id) for p in f.places if p.kind == "area" and not p.exclude}
        if areas and len(f.places) > 1:  # "east coast us cities": the area of that country, not either one
            f.places = [p for p in f.places if not (p.kind == "country" and p.id in areas and not p.exclude)]
        if f.none_of and len(f.places) == 1 and len(f.lists) < 2 and not f.has("how_many", "which", "who") \
                and (yesno or f.zh_question or f.ends_with_question_mark or f.has("verify")):
            return self._base("quantifier", f, lang, op="none", yesno=True)  # "no Chinese city in the top 3, right?"
        if f.spans and not f.counts and not f.has("how_many", "share", "average", "best", "worst"):
            return self._base("in_place", f, lang, span=f.spans[0])  # "any European ones in places 6 to 10?"
        if f.between_positions and not f.has("how_many", "share", "average", "best", "worst"):
            return self._base("in_place", f, lang, span=f.between_positions)  # "american cities ranked between 5
            # and 10": those places, both ends in
        claimed = self._claimed_count(f)
        asked = yesno or f.zh_question or f.ends_with_question_mark
        if asked and f.has("named") and len(f.lists) == 1 and len(f.places) == 1 and not f.has("how_many", "which") \
                and not (f.negated_lists or f.negated_counts):
            return self._base("aggregate", f, lang, op="named_list", yesno=True)  # "are the 5 US talent cities
            # named?": no
        if claimed is not None and asked and len(f.places) == 1 and len(f.lists) < 2 and \
                not f.has("share", "average", "all"):
            if claimed in f.counts and self._count_of_cities(f, claimed):
                f.counts.remove(claimed)  # "does the US have 6 cities in the top 10?": 6 is the claim, not the top
            return self._base("aggregate", f, lang, op="count", yesno=True,
                              extra={"claimed": claimed, "bound": self._count_bound(f, claimed)})
        if yesno and f.has("half", "majority") and len(f.places) == 1 and not f.has("first_half", "second_half"):
            return self._base("quantifier", f, lang, op="half" if f.has("half") else "majority", yesno=True)
        if yesno and f.has("all") and len(f.lists) == 2 and not f.negated_lists:  # "are the US cities of the top 10
            return self._base("set", f, lang, op="subset", yesno=True, lists=self._container_last(f))  # all in …?"
        there = f.has("there") and len(f.places) == 1 and not f.has("more", "difference")  # "is there an Asian city"
        if (yesno or (f.first_cues & {"any"} and f.question_core)) and (f.has("all", "any", "only") or there) \
                and not f.has("share") and len(f.lists) < 2:  # (two lists: a set, "總排名前十嘅美國城市有冇喺人才前十")
            op = "all" if f.has("all", "only") else "any"
            if op == "all" and f.place_first:
                op = "all_in"  # "are all US cities in the top 5?" (not "are all of the top 5 American?")
            return self._base("quantifier", f, lang, op=op, yesno=True)
        if f.has("average") and len(f.places) == 2 and f.has("better", "worse") and not f.has("which", "who"):
            claim = "worse" if f.has("worse") and not f.has("better") else "better"  # "do the US cities have a
            return self._base("aggregate", f, lang, op="average", yesno=True,  # better average rank than the
                              universe=self._universe(f), extra={"claim": claim})  # Chinese ones?"
        if f.has("difference") and len(f.places) >= 2:  # "how many more US cities than Chinese ones?"
            return self._base("count_compare", f, lang, op="difference")
        ends_more = f.has("compare") and f.text.rstrip("？?吗嗎呢 ").endswith(("多", "少"))  # "…是不是比美国城市多"
        if (f.has("more") or ends_more) and len(f.places) >= 2:  # ("more asian than american cities …?": a yes or no)
            asked = yesno or bool(f.first_cues & {"more"} and f.ends_with_question_mark and not f.has("who", "which"))
            return self._base("count_compare", f, lang, yesno=asked and not f.has("or"))
        if len(f.places) >= 2 and (f.has("ratio") or (f.has("how_many") and f.has("respectively", "compare")) or (
                f.has("compare") and not any(p.exclude for p in f.places))):  # "north america vs asia in the top 10"
            op = "ratio" if f.has("ratio") else "each"  # "ratio of US to Chinese cities", "how many … each"
            return self._base("count_compare", f, lang, op=op)
        if f.has("named") and (f.has("how_many", "total") or (f.has("report_word") and f.has("which", "all"))) \
                and not (f.lists or f.counts):
            return self._base("aggregate", f, lang, op="named")  # "how many Chinese cities does the report name"
        if f.has("average"):
            return self._base("aggregate", f, lang, op="average", universe=self._universe(f))
        if f.has("share") or (f.percent is not None and (yesno or f.zh_question)):  # "what percent of the assessed
            # cities are American": of the 30, not known; "is 40% of the top 10 asian?": checked
            assessed = "evaluated" if f.has("evaluated") and f.has("cities_word") and not (f.lists or f.counts) else ""
            claim = {"claimed_percent": f.percent} if f.percent is not None and (yesno or f.zh_question) else {}
            return self._base("aggregate", f, lang, op="share", universe=self._universe(f) or assessed,
                              yesno=bool(claim), extra=claim)
        if f.has("how_many") and not f.has("which"):
            return self._base("aggregate", f, lang, op="count", universe=self._universe(f))
        if f.positions and f.positions[0] >= 1 and not f.counts and (
                (f.place_first and f.has("in_word")) or self._nth_of_place(f)):
            return self._base("best_in_place", f, lang, op="best")  # "中国城市中排第二的", "among US cities, who's 3rd"
        if f.counts and f.counts[0] > 1 and f.count_before_place and not f.positions \
                and not f.has("worst", "how_many") and not (  # "best 3 cities outside the US", "美国以外的前三名"
                    f.has("best") and f.counts[0] in f.list_counts.values()):  # (not "人才前十里最强的中国城市")
            return self._base("in_place", f, lang, op="best_n")
        if f.has("best") and f.negated_counts and not (f.lists or f.negated_lists or f.has("worst", "how_many")):
            return self._base("in_place", f, lang, op="beyond", n=f.negated_counts[0],  # "highest ranked chinese
                              extra={"best": True})  # city that is NOT in the top 10"
        if f.has("edge") and not (f.lists or f.has("worst", "how_many")) and (f.has("best") or not yesno):
            return self._base("in_place", f, lang, op="beyond",  # "前十名以外的中国城市有哪些", "前十以外排名最高的
                              n=f.counts[0] if f.counts else self.index.default.lists[0].published,  # 中国城市"
                              extra={"best": True} if f.has("best") else {})
        if f.has("best", "worst") and not (f.counts and f.has("which") and f.count_before_place):
            if f.has("how_many"):
                return self._base("aggregate", f, lang, op="count", universe=self._universe(f))
            both = f.has("best") and f.has("worst") and not f.has("or")  # "best and worst us city": both ends
            return self._base("best_in_place", f, lang, op="worst" if f.has("worst") and not f.has("best")
                              else "best", yesno=yesno, extra={"both_ends": True} if both else {})
        if yesno and not f.lists and not f.counts:
            return self._base("quantifier", f, lang, op="any", yesno=True)
        if f.negated_counts and not f.lists and not f.negated_lists:  # "US cities that miss the top 5"
            return self._base("in_place", f, lang, op="beyond", n=f.negated_counts[0])
        if len(f.lists) >= 2 or f.negated_lists:
            return self._base("set", f, lang, op=self._set_op(f), extra={"count": f.has("how_many")})
        if f.counts and f.count_before_place:
            return self._base("in_place", f, lang, op="best_n")  # "top 3 Chinese cities": the best 3 of them
        return self._base("in_place", f, lang, yesno=yesno, universe=self._universe(f))

    def _side_of_place(self, f: Features) -> tuple[int, int] | None:
        """The places on one side of a place, asked in the plural: "cities below 8th" (9 to the last),
        "everything after 5th", "cities above 4th" (1 to 3), "7th or lower" (7 to the last)."""
        if len(f.positions) != 1 or f.positions[0] < 1 or f.counts or f.places or (f.lists and len(f.lists) > 1):
            return None
        if not (plural(f) or f.has("full", "all", "cities_word")) or f.has("range_to", "between", "how_many"):
            return None
        if any(it.cues & {"next", "previous"} and not it.cues & {"after", "before"} for it in f.reading.items):
            return None  # "the next cities after 5th" ("之后的" is a side, not "next")
        ways = [it.cues for it in f.reading.items if it.cues & {"after", "worse", "before", "better"}
                and "top_word" not in it.cues]
        if len(ways) != 1:
            return None
        n, also = f.positions[0], 0 if f.has("or") else 1
        if ways[0] & {"after", "worse"} and not ways[0] & {"before", "better"}:
            return n + also, self._evaluated
        if ways[0] & {"before", "better"} and not ways[0] & {"after", "worse"} and n - also >= 1:
            return 1, n - also
        return None

    def _container_last(self, f: Features) -> tuple[str, ...]:
        """The two lists of "are all [X cities of] A in B?", B (said after "in") last; a top N said without its list
        is the main list's."""
        items = f.reading.items
        main = self.index.default.lists[0].id
        said = [(k, it.value) for k, it in enumerate(items) if it.kind == "list"]
        if main in f.lists and all(v != main for _k, v in said):
            tops = [k for k, it in enumerate(items) if it.kind == "number" and it.value == f.list_counts.get(main)]
            said.append((tops[0] if tops else -1, main))
        said.sort()
        inside = [v for k, v in said if any("in_word" in it.cues for it in items[max(0, k - 3):k])]
        if len(inside) == 1:
            return (*(v for _k, v in said if v != inside[0]), inside[0])
        return tuple(v for _k, v in said)

    @staticmethod
    def _nth_of_place(f: Features) -> bool:
        """The place said right next to the position: "中国第二", "亚洲第一名", "美国以外排第一", "number two in
        China", "the 2nd Chinese city", "第二名的中国城市". After "which", only the last two, or a place left out:
        "which Chinese city is 2nd" asks who is 2nd."""
        items = [it for it in f.reading.items if it.kind != "filler"]
        at = next((k for k, it in enumerate(items) if it.kind in ("number", "ordinal")), None)
        if at is None or "yes_no_start" in f.first_cues:
            return False
        said = at  # "美国以外排名第一", "中国城市排第二": the place, what leaves it out, "ranked", the position
        while said > 1 and (items[said - 1].key in OUTSIDE_AFTER or items[said - 1].cues in PLACE_TO_POSITION):
            said -= 1
        before = said > 0 and items[said - 1].kind == "place"
        after = at + 2 < len(items) and "in_word" in items[at + 1].cues and items[at + 2].kind == "place"
        nxt = at + 2 if at + 2 < len(items) and items[at + 1].cues == {"places"} else at + 1  # "第二名的中国城市"
        of_place = items[at].kind == "ordinal" and nxt < len(items) and items[nxt].kind == "place"
        if f.has("which") and said == at:
            return of_place
        return before or after or of_place

    def _lists(self, f: Features, lang: str, yesno: bool, ctx: Conversation) -> Query | None:
        if f.cities:
            return None
        if f.has("groups_word") and not f.lists:  # "which cities are in both groups?": the report's groups
            f.lists = [i.id for i in self.index.default.lists if not i.ordered and not i.published]
            if not (yesno or f.has("in_word", "both", "all", "any", "not", "miss", "or", "how_many")):
                return self._base("top", f, lang, op="each")  # "which two city groups does the report single out"
        lists = f.lists
        universe = "evaluated" if (f.has("evaluated") or f.evaluated_universe) and not f.lists else ""
        at_least = self._lists_at_least(f)  # "in two or more lists", "两个以上的榜单"
        if (f.has("most_lists", "several_lists", "one_list") or at_least) and not (
                f.cities or f.places or lists or f.counted_tops or f.has("countries", "continents")):
            op = "most_lists" if f.has("most_lists") else "one_list" if f.has("one_list") else "several_lists"
            return self._base("aggregate", f, lang, op=op, extra={"at_least": at_least or 2})
        q = self._set_of_lists(f, lang)  # "the two top 3s combined", "on any podium", "in no other list"
        if q is not None:
            return q
        fewest = {"fewest": True} if f.has("fewest") else {}  # "which region has the fewest"
        if f.has("countries"):
            return self._base("aggregate", f, lang, op="countries", universe=universe, extra=fewest)
        if f.has("continents") or (f.has("most", "fewest") and not lists):
            return self._base("aggregate", f, lang, op="regions", universe=universe, extra=fewest)
        if f.has("how_many") and not f.has("which") and (f.negated_counts or (
                len(lists) == 1 and f.negated_lists)):  # "how many of the 30 didn't make the top 10": 30 − 10
            return self._base("aggregate", f, lang, op="outside", lists=tuple(f.negated_lists) or tuple(lists),
                              n=(f.negated_counts or [None])[0] or f.list_counts.get((f.negated_lists or [""])[0]))
        sizes = f.has("size") or (f.has("how_many") and f.has("respectively"))
        if sizes and lists and not f.free_counts:  # "size of the balanced group vs the talent-potential group"
            return self._base("aggregate", f, lang, op="sizes")
        if (yesno or f.zh_question) and f.has("in_order") and len(lists) == 1 and not (
                f.cities or f.places or f.positions or f.has("which", "who", "how_many")):
            return self._base("top", f, lang, op="ordered", yesno=True)  # "is the talent top 10 ranked?": no
        # "which cities appear in every list?", "any city in all three rankings?"
        family = every_list(f, self.index.default.lists)
        placed = f.has("top_word", "best", "first_word") or bool(f.positions)  # "who is 3rd in every list"
        if family is not None and (family.top_said or not placed) and (
                yesno or f.has("who", "cities_word", "city_word", "how_many", "any", "in_word")):  # (not "what
            # are all the rankings": the lists themselves)
            return self._base("set", f, lang, op="and", lists=family.ids, extra={"count": f.has("how_many")})
        if family is not None and not (lists or family.top_said or yesno) and not f.has(  # "top 3 in every list",
                *NEIGHBOUR_CUES, "range_to", "between", "bottom", "worst"):  # (not "everything after 5th")
            ordered = {i.id for i in self.index.default.lists if i.ordered}
            ranked = tuple(lid for lid in family.ids if lid in ordered)  # "who is first
            unordered = {"unordered_left": len(ranked) < len(family.ids)}  # said: the others have no places
            if self._position_each(f, every=True):  # in each list": each ranked list's place, or its top
                return self._base("position", f, lang, op="each", lists=ranked,
                                  positions=tuple(f.positions[:1] or [1]), extra=unordered)
            if f.counts and f.has("top_word", "best"):
                return self._base("top", f, lang, op="each", lists=ranked, extra=unordered)
            if not (f.counts or f.positions or f.has("how_many", "who")):  # "show me every list": each
                return self._base("top", f, lang, op="each", lists=family.ids)  # list as published
        if len(lists) == 2 and f.has("same_set") and not f.negated_lists:  # "are the overall top 3 and the sci-tech
            return self._base("set", f, lang, op="same", yesno=True)  # top 3 the same cities?"
        paired = self._position_of_each_list(f) if len(lists) >= 2 and not (f.negated_lists or yesno) else ()
        if paired:  # "what's #1 in talent and #2 in innovation": each list's own place
            return self._base("position", f, lang, op="each", lists=tuple(lst for lst, _ in paired),
                              positions=tuple(pos for _, pos in paired), extra={"at_each": True})
        if len(lists) >= 2 and not (f.negated_lists or yesno) and self._position_each(f):  # "who is first in
            return self._base("position", f, lang, op="each", positions=tuple(f.positions[:1] or [1]))  # both?"
        if len(lists) >= 2 and not f.negated_lists and self._each(f):
            return self._base("top", f, lang, op="each")  # "top 3 in education and innovation", "…分别是哪些"
        if (len(lists) >= 2 or (lists and f.negated_lists and (len(lists) >= 2 or f.has("which", "cities_word"))))\
                and not f.has("average"):
            if yesno and f.has("all"):
                return self._base("set", f, lang, op="subset", yesno=True)
            return self._base("set", f, lang, op=self._set_op(f), yesno=yesno,
                              extra={"count": f.has("how_many")})  # "how many cities are in both ...?"
        if f.has("named") and f.negated_counts and not lists and not f.has("how_many"):  # "cities the report
            main = self.index.default.lists[0].id  # mentions that are not in the top ten": named, less a top
            cut = f.negated_counts[0]
            return self._base("set", f, lang, lists=(main,), excluded=(main,), n=cut, cuts=((main, cut),))
        if f.has("named") and f.has("all") and len(lists) == 1 and not f.has("how_many", "which") and (
                yesno or f.zh_question or f.ends_with_question_mark):  # "did the report name every city in the
            return self._base("aggregate", f, lang, op="named_list", yesno=True)  # talent top 10?"
        if f.has("named") and (f.has("all", "how_many", "which") or f.has("total")) and not (
                f.negated_lists or f.negated_counts or (f.lists and f.has("which"))):  # (not "报告里提到哪些城市…均衡")
            return self._base("aggregate", f, lang, op="named")
        if f.has("all") and f.has("cities_word") and not (lists or f.counts or f.places or f.known_cities or yesno
                                                          or f.positions or f.has("how_many", "share", "average",
                                                                                  *NEIGHBOUR_CUES, "between")):
            return self._base("aggregate", f, lang, op="named")  # "list all cities": every city it names
        if f.has("average") and (lists or f.counts):
            return self._base("aggregate", f, lang, op="average")
        if f.has("share") and (f.evaluated_universe or f.has("evaluated") or f.counts or lists):
            return self._base("aggregate", f, lang, op="share_of_evaluated")
        if f.has("how_many") and (lists or f.counts) and not f.has("between"):
            return self._base("aggregate", f, lang, op="count")
        outside_cut = (f.negated_counts or f.after_counts or [0])[0]
        if outside_cut and f.has("best", "first_word") and not plural(f) and set(f.positions) <= {1} and not (
                f.spans or f.cities or f.places or len(lists) > 1):  # "best city outside the top 5": the 6th
            return self._base("position", f, lang, positions=(outside_cut + 1,), n=None)
        side = self._side_of_place(f)
        if side is not None:  # "cities below 8th", "everything after 5th", "7th or lower": a range
            return self._base("range", f, lang, span=side)
        if f.positions and f.has(*NEIGHBOUR_CUES) and not f.has("range_to"):
            return self._base("neighbour", f, lang, offset=self._offset(f))  # "科创第三名后面是谁"
        if len(f.positions) == 1 and f.positions[0] > 0 and f.has("better") != f.has("worse") and not f.has(
                "range_to", "compare", "best", "worst"):  # "who is ranked lower than 5th": the place beside it
            return self._base("neighbour", f, lang, offset=-1 if f.has("better") else 1)
        if f.has("first_half", "second_half"):  # "the back half of the top ten", "前十名的前半段"
            return self._base("range", f, lang, op="half_second" if f.has("second_half") else "half_first")
        cut = f.negated_counts or (f.after_counts if plural(f) or f.has("full") or len(f.counts) > 1 else [])
        if cut and not f.negated_lists and len(lists) <= 1 and not f.spans:  # "the top ten minus the podium",
            return self._base("range", f, lang, span=self._span_left(f, cut[0]))  # "which cities come after the top 5"
        if f.after_counts and not f.positions and not f.spans:  # "who's right after the top 3": the 4th
            return self._base("position", f, lang, positions=(f.after_counts[0] + 1,), n=None)
        if f.bottom and f.counts and f.counts[0] <= f.bottom and not f.negated_counts:  # "前五名和后五名"
            return self._base("range", f, lang, bottom=f.bottom, n=None, op="ends", extra={"first": f.counts[0]})
        if f.spans or f.between_positions:
            span = f.spans[0] if f.spans else (f.between_positions[0] + 1, f.between_positions[1] - 1)
            return self._base("range", f, lang, span=span, extra={"between": bool(f.between_positions)})
        if f.bottom:
            return self._base("range", f, lang, bottom=f.bottom)
        if f.has("edge"):
            return self._base("position", f, lang, op="edge")
        if f.has("middle") and not f.cities:  # "the middle of the top 10": its middle two
            return self._base("range", f, lang, op="middle")
        if f.positions and f.positions[0] < 0 and f.counts:  # "the last city in the top 10", "倒数第二"
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
        if f.has("best", "first_word") and (f.has("who") or singular or _only_first(f)) and not f.counts and (
                not f.has("top_word") or singular):
            return self._base("position", f, lang, positions=(1,))
        if f.has("best") and not f.counts and not f.has("which", "cities_word", "top_word") and lists:
            return self._base("position", f, lang, positions=(1,))
        if f.has("in_order") and f.has("rank", "list_word", "full", "all") and not f.counts:
            return self._base("top", f, lang, op="full")  # "the standings, top to bottom"
        if lists or f.counts or (f.has("top_word", "best", "list_word", "full") and (
                f.question_core or self._imperative(f))):  # "the full list", "top to bottom"
            if f.has("full") and not f.counts:
                return self._base("top", f, lang, op="full")
            return self._base("top", f, lang)
        return None

    def _span_left(self, f: Features, cut: int) -> tuple[int, int]:
        """The places a top N leaves when a smaller top M is taken out of it: M+1 to N (to the last of the
        cities evaluated when no N is said: "which cities are not in the top 5")."""
        kept = [c for c in f.counts if c != cut and c > cut]
        return cut + 1, kept[0] if kept else self._evaluated

    @staticmethod
    def _position_each(f: Features, every: bool = False) -> bool:
        """One place asked of each list, not the cities in all of them: "who is first in education and
        innovation", "who's 2nd overall and in sci-tech", "教育第一和科创第一是谁"; with ``every``, of each list
        of a family ("number one of every list": its "every" is no set word)."""
        asks_place = (len(set(f.positions)) == 1 or (f.has("first_word", "best") and not f.positions)) and not (
            f.counts or f.has("top_word"))
        sets = f.has("both", "any", "how_many", "share", "average", "or", "which", "cities_word") or (
            f.has("all") and not every)
        return asks_place and (not sets or f.has("respectively"))

    @staticmethod
    def _each(f: Features) -> bool:
        """Two lists asked for one by one, not a set of cities in both: "分别", or a top N with no
        "which cities are in", "both", "or", "also", "with" ("podium cities with balanced education")."""
        if f.has("respectively"):
            return True
        set_words = f.has("both", "or", "all", "any", "how_many", "share", "average", "with_word") or (
            f.has("which", "who") and f.has("in_word"))
        named_only = bool(f.first_cues & {"which", "what_is"}) and not f.has(  # "what's the balanced group and the
            "in_word", "cities_word", "city_word", "both", "all", "any", "how_many", "or")  # talent potential group"
        return bool(f.has("top_word", "best") or f.counts or named_only) and not (set_words and not named_only)


FIRST_ONLY_CUES = frozenset({"first_word", "best", "in_word"})


def _only_first(f: Features) -> bool:
    """"first place?", "number one?", "top spot in sci-tech": nothing but first place (in a list) is said,
    so the one city there is asked -- not a top list ("top?" alone stays the top list)."""
    said = [it for it in f.reading.items if it.kind != "filler"]
    return bool(said) and not plural(f) and all(
        it.kind == "list" or (it.kind == "cue" and it.cues <= FIRST_ONLY_CUES and "top_word" not in it.cues)
        for it in said)
