"""The question types' groups and the cues that pick them, shared by the interpreter's rules,
and small tests on a clause's words."""

from __future__ import annotations

from typing import NamedTuple

from bot.language.features import Features
from bot.language.items import Item
from bot.query import CityRef
from index_core.model import ListInfo

CHAT_CUES = ("maker", "identity", "abilities", "how_are_you", "greet", "thanks", "praise", "bye", "insult", "react")
META_OPS = (("not_disclosed", "not_disclosed"),
            ("second_level", "indicators"), ("growth", "growth"), ("strength", "growth"), ("measure", "measure"),
            ("title", "title"),
            ("recommend", "recommend"), ("source", "source"))
MAX_PARTS = 4
NEIGHBOUR_CUES = ("after", "before", "next", "previous")

CUE_KIND = {"greet": "greeting", "abilities": "help", "react": "ack"}
IMPERATIVE_CUES = frozenset({"top_word", "best", "worst", "rank", "compare", "profile", "first_word", "list_word",
                             "bottom", "how_many", "share", "average", "countries", "continents", "named", "between",
                             "distance", "after", "before", "next", "previous", "edge", "full"})
CHAT_KINDS = frozenset({"greeting", "help", "thanks", "praise", "bye", "identity", "maker", "insult", "how_are_you",
                        "ack", "out_of_scope", "nonsense"})
CITY_KINDS = frozenset({"rank", "profile", "member", "compare", "rank_each", "distance", "between", "neighbour"})
LIST_KINDS = frozenset({"top", "position", "range", "in_place", "best_in_place", "quantifier", "aggregate", "set"})
RANKING_KINDS = frozenset({"rank", "profile", "member", "compare", "rank_each", "distance", "between", "neighbour",
                           "top", "position", "range", "in_place", "best_in_place", "quantifier", "aggregate",
                           "count_compare", "set"})
KIND_CUES: dict[str, set[str]] = {"rank": {"rank"}, "profile": {"profile"}, "compare": {"compare"},
                                  "rank_each": {"rank"}, "top": {"top_word"}, "distance": {"distance"},
                                  "between": {"between"}, "in_place": {"which"}, "aggregate": set()}


PLURAL_WHICH = frozenset({"which cities", "what cities", "which ones", "name the cities", "list the cities", "哪 些",
                           "哪 几 个", "哪 几 座", "有 哪 些", "是 哪 些", "都 有 谁", "都 是 谁", "哪 几"})


def plural(f: Features) -> bool:
    """Asks for several cities: "cities ranked below Seattle", "哪些城市" (Chinese "城市" alone is either)."""
    english_plural = f.has("cities_word") and not f.has("city_word")
    named = f.text.rstrip(" ?？。!！").endswith(("的城市", "嘅城市")) and not f.has("which", "who") and not any(
        one in f.text for one in _JUST_ONE)  # "排在伦敦前面的城市": the cities there, named as such
    return english_plural or named or f.has("several") or any(it.key in PLURAL_WHICH for it in f.reading.items)


_JUST_ONE = ("一名", "一位", "一個", "一个", "紧", "緊", "刚", "剛", "次于", "次於", "下一", "上一")  # "紧跟…的城市"


def top_of_city(f: Features) -> bool:
    """"Is Boston top in innovation?", "is it the top city for education": "top" with no number, said of
    the city itself, is first place (and "in the top 10" a top N)."""
    items = [it for it in f.reading.items if it.kind != "filler"]
    return not f.counts and any("top_word" in it.cues and k > 0 and items[k - 1].kind == "city"
                                for k, it in enumerate(items))


def a_not_a(words: list[str]) -> bool:
    return any(words[i] == words[i + 2] and words[i + 1] in ("不", "没") for i in range(len(words) - 2))


def denies(words: list[str]) -> bool:
    """A "not" that is not the middle of an A-not-A question: "北京不在前十吗" denies, "广州进没进前十" asks;
    English words carry no such form."""
    if not any(w and "\u3400" <= w[0] <= "\u9fff" for w in words):
        return True
    return any(w in ("不", "没") and not (0 < i < len(words) - 1 and words[i - 1] == words[i + 1])
               for i, w in enumerate(words))


KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def gibberish(word: str) -> bool:
    """Keyboard mash and repeats: "asdfgh", "hahaha", "sdfsdf", "啊啊啊" (never a real city's name)."""
    w = word.lower().replace(" ", "")
    if (len(w) >= 2 and len(set(w)) == 1) or (len(w) >= 4 and len(set(w)) <= 2):
        return True
    if len(w) >= 4 and any(w == w[:k] * (len(w) // k) for k in range(2, 5) if len(w) % k == 0 and len(w) > k):
        return True
    return any(row[i:i + 4] in w or row[i:i + 4][::-1] in w for row in KEYBOARD_ROWS for i in range(len(row) - 3))


def unique(cities: list[CityRef]) -> list[CityRef]:
    seen: set[str] = set()
    out = []
    for c in cities:
        if c.key not in seen:
            seen.add(c.key)
            out.append(c)
    return out


class ListFamily(NamedTuple):
    ids: tuple[str, ...]
    top_said: bool  # "every top list": the word "top" names the lists, it asks for no first place


ALL_BEFORE_LIST = frozenset({"all", "total"})  # "all the lists", "in all three rankings" ("in all" is a total)


def every_list(f: Features, lists: tuple[ListInfo, ...]) -> ListFamily | None:
    """The lists meant by "all (the) lists", "every top list", "all three ranked lists", "三个排名都": every
    published list; the top lists (a ranking, or a group of stated size: "the talent top 10"); the ranked
    ones; or, with a number, the family of that many lists. None: no such phrase (or a number no family has)."""
    if not (f.has("all") or f.has("total")) or f.lists:
        return None
    families = {"all": tuple(i.id for i in lists), "top": tuple(i.id for i in lists if i.published),
                "ranked": tuple(i.id for i in lists if i.ordered)}
    items = [it for it in f.reading.items if it.kind != "filler"]
    if len(items) >= 2 and items[-1].kind == "number" and items[-2].cues & {"all", "total"}:
        sized = [ids for ids in (families["ranked"], families["all"]) if len(ids) == items[-1].value]
        return ListFamily(sized[0], False) if sized else None  # "was Boston first in all three?"
    if not f.has("list_word", "rank"):
        return None
    heads = [k for k, it in enumerate(items) if it.kind == "cue" and "list_word" in it.cues]
    if not heads:
        heads = [k for k, it in enumerate(items) if it.kind == "cue" and "rank" in it.cues]
    for k in heads:
        before: list[Item] = []
        for it in reversed(items[:k]):
            if it.kind == "number" or (it.kind == "cue" and it.cues & {"top_word", "rank", "in_order", "published"}):
                before.append(it)
                continue
            break
        # "all" before the list word, in it ("every list"), or after a counted one ("三个排名都"); after a bare
        # list word it is the verb's object ("list all cities")
        said_all = (k - len(before) > 0 and items[k - len(before) - 1].cues & ALL_BEFORE_LIST) or (
            "all" in items[k].cues) or (bool(before) and k + 1 < len(items) and "all" in items[k + 1].cues)
        if not said_all:
            continue
        numbers = [it.value for it in before if it.kind == "number" and isinstance(it.value, int)]
        top = any(it.kind == "cue" and "top_word" in it.cues for it in before)
        if numbers:
            sized = [ids for ids in (families["ranked"], families["top"], families["all"]) if len(ids) == numbers[0]]
            return ListFamily(sized[0], top) if sized else None
        if top:
            return ListFamily(families["top"], True)
        if any(it.kind == "cue" and it.cues & {"rank", "in_order"} for it in before):
            return ListFamily(families["ranked"], False)
        return ListFamily(families["all"], False)
    return None
