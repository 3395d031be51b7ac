"""Rules for sets whose lists are said by kind, not by name: lists taken together ("the education and
innovation top 3s combined", "两个前三榜单加起来"), any of the lists with a top N ("some top 3", "on any
podium") and every other list ("top 10 cities that appear in no other list")."""

from __future__ import annotations

from bot.interpret.base import Rules
from bot.language.features import Features
from bot.query import Query


class SetRules(Rules):
    def _set_of_lists(self, f: Features, lang: str) -> Query | None:
        one_of = self._exactly_one_of(f)
        if one_of:  # "cities in only one of the education and innovation top 3s", "只出現在其中一個前三榜單"
            return self._base("set", f, lang, op="xor", lists=one_of, extra={"count": f.has("how_many")},
                              cuts=tuple((k, v) for k, v in f.list_counts.items() if k in one_of))
        together = self._taken_together(f)
        if together and not f.negated_lists:  # "how many distinct cities are in the two top 3s combined"
            return self._base("set", f, lang, op="or", lists=together, extra={"count": f.has("how_many")},
                              cuts=tuple((k, v) for k, v in f.list_counts.items() if k in together))
        meant = self._lists_meant(f)
        if meant is None:
            return None
        chosen, left_out, at = meant
        main = self.index.default.lists[0].id
        positive = [lid for lid in f.lists if lid not in f.negated_lists] or [main]
        chosen = [(lid, n) for lid, n in chosen if lid not in positive]
        cuts = dict(f.list_counts)
        if positive == [main] and main not in cuts:  # "top 10 cities that …": the count said of no list
            n = next((n for k, n in f.free_counts if k != at), None)
            if n is not None:
                cuts[main] = n
        count = {"count": f.has("how_many")}
        if left_out:  # "neither in the balanced group nor on any podium": each of them left out
            excluded = tuple(dict.fromkeys([*f.negated_lists, *(lid for lid, _n in chosen)]))
            cuts.update({lid: n for lid, n in chosen if n})
            return self._base("set", f, lang, op="and", lists=tuple(dict.fromkeys([*positive, *excluded])),
                              excluded=excluded, cuts=tuple(cuts.items()), n=None, extra=count)
        return self._base("set", f, lang, op="and", lists=tuple(positive), cuts=tuple(cuts.items()), n=None,
                          extra={**count, "any_of": tuple(chosen)})

    @staticmethod
    def _lists_at_least(f: Features) -> int:
        """"in three or more lists", "两个以上的榜单": a number of lists (not a top N) a city is in, or 0."""
        items = f.reading.items
        if not f.has("which", "who", "how_many", "cities_word"):
            return 0
        for k, it in enumerate(items):
            if it.kind != "number" or it.value < 2 or (k and "top_word" in items[k - 1].cues):
                continue
            j = k + 1
            while j < len(items) and (items[j].kind == "filler" or (items[j].cues and items[j].cues <= {"or", "more"})):
                j += 1  # "three or more lists"
            if j < len(items) and "list_word" in items[j].cues and items[j].kind == "cue":
                return it.value
        return 0

    def _lists_meant(self, f: Features) -> tuple[list[tuple[str, int | None]], bool, int] | None:
        """"some top 3", "on any podium": every list with a published top of that size (each cut to it);
        "no other list": every list the clause does not name. With whether the clause leaves them out
        ("neither … nor on any podium", "in no other list") and the item index of the count (or -1)."""
        items = f.reading.items
        for k, it in enumerate(items):
            if it.kind != "number" or k < 2 or "top_word" not in items[k - 1].cues:
                continue
            if it.value in f.list_counts.values():
                continue
            j = k - 2
            one = False
            while j > 0 and (items[j].kind == "filler" or (items[j].kind == "number" and items[j].value == 1)):
                one = one or items[j].kind == "number"
                j -= 1  # "任何一个前三": any one of them
            listed = k + 1 < len(items) and "list_word" in items[k + 1].cues
            after = [p for p in items[k + 1:k + 4] if p.kind != "filler"]
            none_of = (one and len(after) >= 2 and after[0].cues & {"all", "both"} and after[1].cues & {"not", "miss"})
            neither = items[j].key in ("neither", "no")  # "made neither top 3", "一个前三都没进"
            if not (items[j].cues & {"any", "some"} or (items[j].cues & {"not"} and listed) or none_of or neither):
                continue  # ("no top 3 list")
            chosen = [(i.id, it.value) for i in self.index.default.lists if i.ordered and i.published >= it.value]
            left_out = none_of or any(p.cues & {"not", "miss"} for p in items[max(0, j - 4):j + 1])
            return chosen, bool(left_out), k
        if f.has("other_lists"):
            named = set(f.lists) or {self.index.default.lists[0].id}
            chosen = [(i.id, None) for i in self.index.default.lists if i.id not in named]
            return chosen, f.has("not", "miss"), -1
        return None

    def _exactly_one_of(self, f: Features) -> tuple[str, ...]:
        """The two lists a clause asks "exactly one of" about: those it names, else, for "the two top-3
        lists", the lists that publish a top of that size; () when it asks no such thing."""
        if not f.has("exactly_one_of") or f.negated_lists:
            return ()
        named = tuple(dict.fromkeys(f.lists))
        if len(named) >= 2:
            return named[:2]
        if named or not f.counts:
            return ()
        sized = tuple(i.id for i in self.index.default.lists if i.ordered and i.published == f.counts[0])
        return sized if len(sized) == 2 else ()

    def _taken_together(self, f: Features) -> tuple[str, ...]:
        """The lists a clause takes together ("the education and innovation top 3s combined", "两个前三榜单
        加起来"): those it names (not the one a word of "together" may also name), else, for "the two top-3
        lists", the lists that publish a top of that size; () when it takes no lists together."""
        if not (f.has("union") or (f.has("total") and f.has("how_many") and not f.has("both"))):
            return ()  # "how many cities in total are in the two top 3s", "一共涉及几个城市": each counted once
        named = tuple(dict.fromkeys(it.value for it in f.reading.items if it.kind == "list" and "union" not in it.cues))
        if len(named) >= 2:
            return named
        if named or not f.counts or not f.has("list_word") or not f.numbers:
            return ()
        sized = tuple(i.id for i in self.index.default.lists if i.ordered and i.published == f.counts[0])
        return sized if len(sized) == f.numbers[0] else ()
