"""Fresh: follow-ups that navigate (issue 11, point 11) -- after a city or a list, 'and the next one?', 'the one
before', 'which of them is higher?', 'is that city in the talent top 10?', 'and in education?', "who's fourth
there?" (where only 3 were published), 'more', 'the last one', 'how far is it from london'."""

from casebook import Chk, Sheet
from probe_specs._common import member_p, neighbour_p, ranged, who_at_p, yes_because
from specs._facts import (
    after_guards,
    compare,
    distance,
    mention,
    near,
    pos,
    rank,
    several,
    t,
    talent_list,
    talent_unknown,
    top,
    who_at,
)
from vocab import NEG_ZH, NOTPUB_ZH, YES_ZH

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_followups",
    "follow-ups in conversations (issue 11, point 11)",
    """
Conversations of two to four turns: a city or a list first, then short follow-ups that lean on it -- the next one,
the one before, more, the last one, which of them is higher, is that city in the talent top 10, and in education,
who is fourth there (only 3 published), how far is it from another city. Past the end of what was published, or
inside the unordered talent top 10, the reply says it is not known and names nobody.
""",
)
S = SHEET
add = adder(S)


# --- checks ----------------------------------------------------------------------------------------------------


def R(city, lst="overall"):
    return lambda L: rank(L, city, lst)


def NB(city, k, lst="overall"):
    def make(L):
        ck = neighbour_p(L, city, k, lst)
        n = pos(city, lst)
        if lst == "overall" and n + k > 10:
            # past the end: saying only the top 10 was published does, without repeating the city's 10th place
            at = L.at(city, n)
            extent = "(前十|前10|十强|十強)" if L.zh else "(top[ -]?(10|ten)|first (10|ten))"
            ck.must = [f"({m}|{extent})" if m == at else m for m in ck.must]
        return ck

    return make


def D(a, b, lst="overall"):
    return lambda L: distance(L, a, b, lst)


def C(a, b, lst="overall"):
    return lambda L: compare(L, a, b, lst)


def TOP(lst, n):
    def make(L):
        ck = top(L, lst, n)
        if lst in ("edu", "sci") and n < 3:  # asked for fewer than were published
            ck.ideal = ck.ideal.replace("top 3", f"top {n}").replace("前三", "前二")
        return ck

    return make


def W(n, lst="overall"):
    return lambda L: who_at_p(L, n, lst) if lst != "talent" else who_at(L, n, lst)


def M(city, grp):
    return lambda L: member_p(L, city, grp)


def TALENT(L):
    return talent_list(L)


def U(city, lst="overall"):
    """A neighbour of a city whose rank in LIST was not published: not known, and nobody is named as it."""

    def make(L):
        c = L.name(city)
        lname = {
            "overall": ("overall top 10", "总榜前十", "總排名前十"),
            "edu": ("education top 3", "教育前三", "教育前三"),
        }[lst]
        ideal = t(
            L,
            f"{c} isn't in the published {lname[0]} and its exact rank wasn't published, so who is just "
            f"ahead of or behind it isn't known.",
            f"{c}不在公布的{lname[1]}之列，具体排名未公布，所以无法知道它前后是哪座城市。",
            f"{c}不在公佈的{lname[2]}之列，具體排名未公佈，所以無法知道它前後是哪座城市。",
        )
        must = [L.city(city), L.notpub]
        return Chk(must, L.no_rank(city, lst) + after_guards(L, city), ideal=ideal)

    return make


def MORE(n):
    """'more' after the overall top N (N < 10): the next places, from N+1."""

    def make(L):
        ck = ranged(L, n + 1, 10)
        nxt = [
            "Boston",
            "San Francisco",
            "Beijing",
            "London",
            "New York",
            "Los Angeles",
            "Seattle",
            "Shanghai",
            "Hong Kong",
            "Tokyo",
        ][n]
        plain = {
            L.city(c)
            for c in (
                "Boston",
                "San Francisco",
                "Beijing",
                "London",
                "New York",
                "Los Angeles",
                "Seattle",
                "Shanghai",
                "Hong Kong",
                "Tokyo",
            )
        }
        no = [x for x in ck.no if x not in plain]
        return Chk([L.at(nxt, n + 1)], no, ideal=ck.ideal)

    return make


def MORE_SCI2(L):
    """'more' after the sci-tech top 2: Beijing is 3rd, and nothing was published after it."""
    ideal = t(
        L,
        "3rd in sci-tech innovation: Beijing. That's all that was published (only the top 3).",
        "科技创新第3名是北京；报告只公布了前三名。",
        "科技創新第3名是北京；報告只公佈了前三名。",
    )
    return Chk(
        [L.at("Beijing", 3), mention(L, "sci")],
        L.wrong_rank("Beijing", 3, "sci") + L.nobody_at(range(4, 11), "sci"),
        ideal=ideal,
    )


def HIGHEST_OVERALL(cities):
    """'which of them is highest overall' after a list: the one with the best overall rank, with its rank."""
    from specs._facts import pos

    def make(L):
        best = min(cities, key=lambda c: pos(c))
        rest = [c for c in cities if c != best]
        no = []
        for c in cities:
            no += L.wrong_rank(c, pos(c))
        ideal = t(
            L,
            f"{best} is highest overall: it's {pos(best)}{'st' if pos(best) == 1 else 'th'} overall. "
            + " ".join(f"{c} is {pos(c)}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(pos(c), 'th') }." for c in rest),
            f"{L.name(best)}综合排名最高，总榜第{pos(best)}名；"
            + "，".join(f"{L.name(c)}第{pos(c)}名" for c in rest)
            + "。",
            f"{L.name(best)}總排名最高，總排名第{pos(best)}名；"
            + "，".join(f"{L.name(c)}第{pos(c)}名" for c in rest)
            + "。",
        )
        return Chk([L.at(best, pos(best))], no, ideal=ideal)

    return make


def ALL_IN_TOP10(cities):
    """'are they all in the overall top 10 too?': yes, with each one's rank."""
    from specs._facts import pos

    def make(L):
        no = []
        for c in cities:
            no += L.wrong_rank(c, pos(c))
        sfx = {1: "st", 2: "nd", 3: "rd"}
        ideal = t(
            L,
            "Yes, all of them: " + ", ".join(f"{c} is {pos(c)}{sfx.get(pos(c), 'th')}" for c in cities) + " overall.",
            "是的，都在：" + "，".join(f"{L.name(c)}总榜第{pos(c)}名" for c in cities) + "。",
            "是的，都在：" + "，".join(f"{L.name(c)}總排名第{pos(c)}名" for c in cities) + "。",
        )
        return yes_because(L, ideal, *[L.at(c, pos(c)) for c in cities], no=no)

    return make


def EITHER_US(a, b):
    """'is that city in the talent top 10?' where 'that city' may be either of two US cities: not known."""

    def make(L):
        ck = talent_unknown(L, b)
        return Chk(
            [f"({L.city(a)}|{L.city(b)}|{L.five_us()})", L.notpub], [*L.bare(), *L.talent_guards()], ideal=ck.ideal
        )

    return make


def TALENT_PAIR(cn, us):
    """Is either of a Chinese talent city and a US city in the talent top 10: the first yes, the second unknown."""

    def make(L):
        ideal = t(
            L,
            f"{cn} is in the talent top 10 (no order was published). Whether {us} is one of its five unnamed "
            f"US cities isn't known.",
            f"{L.name(cn)}在人才发展前十之列（未公布排序）；{L.name(us)}是否属于其中未点名的5座美国城市，报告没有说明。",
            f"{L.name(cn)}在人才發展前十之列（未公佈排序）；{L.name(us)}是否屬於其中未點名的5座美國城市，報告沒有說明。",
        )
        return Chk([near(L.city(cn), mention(L, "talent"), 80), L.notpub], L.talent_guards(), ideal=ideal)

    return make


def MULTI(*makes):
    return lambda L: several(*[m(L) for m in makes])


# Cantonese ways of saying 'not published / not named / no order' (冇公佈, 冇排序, 冇點名 ...), accepted in a
# traditional reply alongside the written forms
CANTONESE_NOTPUB = "(冇公佈|冇公布|未有公佈|冇排序|冇排名|冇名次|冇順序|冇點名|冇講|唔知|冇話|" + NOTPUB_ZH[1:]

# ... and Cantonese yes / no: 係 / 喺 (not after 唔), 唔喺 / 唔係 / 冇入
CANTONESE_YES = "((?<!唔)係呀|(?<!唔)係嘅|(?<!唔)係，|(?<!唔)喺|" + YES_ZH[1:]
CANTONESE_NEG = "(唔|冇|" + NEG_ZH[1:]
OUTSIDE_NEG = "(不在|没有进|"


def cantonese(m: str) -> str:
    m = m.replace(NOTPUB_ZH, CANTONESE_NOTPUB).replace(YES_ZH, CANTONESE_YES)
    return CANTONESE_NEG if m == NEG_ZH else m.replace(OUTSIDE_NEG, "(唔喺|唔係|冇入|冇進|" + OUTSIDE_NEG[1:])


def conv(cid, script, *turns):
    """A conversation: the first turn sets the subject (its own category), every later one is a follow-up."""
    for i, (q, make, tags) in enumerate(turns):
        tg = tags if i == 0 else "followup " + tags
        case = add(q, make, tags=tg.strip(), chat=f"fr-fu-{cid}", script=script)
        if script == "hant":
            case.must = [cantonese(m) for m in case.must]


UP = "unpublished"

# --- English ---------------------------------------------------------------------------------------------------

conv(
    "e01",
    None,
    ("where did london land", R("London"), "rank"),
    ("how far is that from tokyo", D("London", "Tokyo"), "distance"),
    ("and for education tho?", R("London", "edu"), ""),
)
conv(
    "e02",
    None,
    ("seattle rank?", R("Seattle"), "rank"),
    ("who's just in front of it", NB("Seattle", -1), "neighbour"),
    ("that one in the talent top ten too?", EITHER_US("Seattle", "Los Angeles"), UP),
)
conv(
    "e03",
    None,
    ("edu top three who are they", TOP("edu", 3), "top"),
    ("so who's 4th in that one", W(4, "edu"), "at_rank " + UP),
    ("and in innovation who's first", W(1, "sci"), "at_rank"),
)
conv(
    "e04",
    None,
    ("gimme the top five overall", TOP("overall", 5), "top"),
    ("more", MORE(5), "range"),
    ("the last one?", W(10), "at_rank"),
)
conv(
    "e05",
    None,
    ("full top 10 rundown pls", TOP("overall", 10), "top"),
    ("more", W(11), "at_rank " + UP),
    ("ok so who's the last one then", W(10), "at_rank"),
    ("come on just guess who's 11th", W(11), "at_rank " + UP + " adversarial"),
)
conv(
    "e06",
    None,
    ("sf vs boston for innovation", C("San Francisco", "Boston", "sci"), "compare"),
    ("ok and in the overall list?", C("San Francisco", "Boston"), "compare"),
    ("which of them is higher in education", C("San Francisco", "Boston", "edu"), "compare"),
)
conv(
    "e07",
    None,
    ("where's tokyo at", R("Tokyo"), "rank"),
    ("and whos after it", NB("Tokyo", 1), "neighbour " + UP),
    ("the one before tokyo then?", NB("Tokyo", -1), "neighbour"),
)
conv(
    "e08",
    None,
    ("is beijing in the talent top 10", M("Beijing", "talent"), "yesno"),
    ("and tokyo?", M("Tokyo", "talent"), "yesno"),
    ("what about boston", M("Boston", "talent"), UP),
)
conv(
    "e09",
    None,
    ("who's 6th overall", W(6), "at_rank"),
    ("and the one above it?", NB("Los Angeles", -1), "neighbour"),
    ("is that one in the talent top 10", EITHER_US("Los Angeles", "New York"), UP),
)
conv(
    "e10",
    None,
    ("shenzhen overall pos?", R("Shenzhen"), "rank " + UP),
    ("ok and who's right after it", U("Shenzhen"), UP),
    ("and for talent dev?", R("Shenzhen", "talent"), UP),
)
conv(
    "e11",
    None,
    ("boston where", R("Boston"), "rank"),
    ("and the one ahead of it", NB("Boston", -1), "neighbour"),
    ("and in sci tech?", R("Boston", "sci"), "rank"),
)
conv(
    "e12",
    None,
    ("@citybot where does hk rank", R("Hong Kong"), "rank"),
    ("@citybot and in edu?", R("Hong Kong", "edu"), ""),
    ("@citybot the next one overall", NB("Hong Kong", 1), "neighbour"),
)
conv(
    "e13",
    None,
    ("innov top3 list", TOP("sci", 3), "top"),
    ("which of them is highest overall?", HIGHEST_OVERALL(["San Francisco", "Boston", "Beijing"]), "superlative"),
    ("who's 4th there", W(4, "sci"), "at_rank " + UP),
)
conv(
    "e14",
    None,
    ("education top 3 pls", TOP("edu", 3), "top"),
    ("are they all in the overall top 10 as well", ALL_IN_TOP10(["Boston", "London", "Hong Kong"]), "yesno"),
    ("how far apart are the first and the last of them overall", D("Boston", "Hong Kong"), "distance"),
)
conv(
    "e15",
    None,
    ("where do seattle and shanghai sit", MULTI(R("Seattle"), R("Shanghai")), "rank"),
    ("so which of the two is higher", C("Seattle", "Shanghai"), "compare"),
    ("is either of them in the talent top 10", TALENT_PAIR("Shanghai", "Seattle"), UP),
)
conv(
    "e16",
    None,
    ("who is 2nd in education", W(2, "edu"), "at_rank"),
    ("and in sci-tech?", W(2, "sci"), "at_rank"),
    ("and on the main list?", W(2), "at_rank"),
)
conv(
    "e17",
    None,
    ("nyc overall placing", R("New York"), "rank"),
    ("how far is it from london", D("New York", "London"), "distance"),
    ("and the city right behind it", NB("New York", 1), "neighbour"),
)
conv(
    "e18",
    None,
    ("talent top 10 who's in it", TALENT, "top " + UP),
    ("who's first in it", W(1, "talent"), "at_rank " + UP),
    ("is london in it", M("London", "talent"), "yesno"),
)
conv(
    "e19",
    None,
    ("who's 9th", W(9), "at_rank"),
    ("is that city also in the talent ten?", M("Hong Kong", "talent"), "yesno"),
    ("and in the edu top 3?", M("Hong Kong", "edu"), "yesno"),
)
conv(
    "e20",
    None,
    ("beijing rank", R("Beijing"), "rank"),
    ("next one down?", NB("Beijing", 1), "neighbour"),
    ("ok and after that one?", NB("London", 1), "neighbour"),
)
conv(
    "e21",
    None,
    ("LA where", R("Los Angeles"), "rank"),
    ("what about tokyo then", R("Tokyo"), "rank"),
    ("how far apart are they", D("Los Angeles", "Tokyo"), "distance"),
)
conv(
    "e22",
    None,
    ("innovation top two", TOP("sci", 2), "top"),
    ("more", MORE_SCI2, "range"),
    ("anyone after that one?", W(4, "sci"), "at_rank " + UP),
)
conv(
    "e24",
    None,
    ("who comes right after beijing", NB("Beijing", 1), "neighbour"),
    ("what about seattle?", NB("Seattle", 1), "neighbour"),
    ("and tokyo", NB("Tokyo", 1), "neighbour " + UP),
)
conv(
    "e25",
    None,
    ("beijing or shanghai, who's higher", C("Beijing", "Shanghai"), "compare"),
    ("gap between them in spots?", D("Beijing", "Shanghai"), "distance"),
    ("and who's between them", lambda L: ranged(L, 4, 7), "range"),
)
conv(
    "e23",
    None,
    ("where's sf", R("San Francisco"), "rank"),
    ("one place above it?", NB("San Francisco", -1), "neighbour"),
    ("which of them is higher in education", C("San Francisco", "Boston", "edu"), "compare"),
)

# --- simplified Chinese ------------------------------------------------------------------------------------------

conv(
    "s01",
    "hans",
    ("伦敦排第几", R("London"), "rank"),
    ("教育呢", R("London", "edu"), ""),
    ("那它和东京差几名", D("London", "Tokyo"), "distance"),
)
conv(
    "s02",
    "hans",
    ("东京排多少", R("Tokyo"), "rank"),
    ("后面那个呢", NB("Tokyo", 1), UP),
    ("前面一个呢", NB("Tokyo", -1), "neighbour"),
)
conv(
    "s03",
    "hans",
    ("教育前三是谁", TOP("edu", 3), "top"),
    ("第四名呢", W(4, "edu"), "at_rank " + UP),
    ("那科创前三呢", TOP("sci", 3), "top"),
)
conv(
    "s04",
    "hans",
    ("总榜前五", TOP("overall", 5), "top"),
    ("还有呢", MORE(5), "range"),
    ("最后一个是谁", W(10), "at_rank"),
)
conv(
    "s05",
    "hans",
    ("北京在人才前十吗", M("Beijing", "talent"), "yesno"),
    ("那东京呢", M("Tokyo", "talent"), "yesno"),
    ("纽约呢", M("New York", "talent"), UP),
)
conv(
    "s06",
    "hans",
    ("深圳综合排第几", R("Shenzhen"), "rank " + UP),
    ("它后面是谁", U("Shenzhen"), UP),
    ("人才方面呢", R("Shenzhen", "talent"), UP),
)
conv(
    "s07",
    "hans",
    ("西雅图和上海谁高", C("Seattle", "Shanghai"), "compare"),
    ("差几名", D("Seattle", "Shanghai"), "distance"),
    ("它们俩在人才前十里吗", TALENT_PAIR("Shanghai", "Seattle"), UP),
)
conv(
    "s08",
    "hans",
    ("第6名是谁", W(6), "at_rank"),
    ("它前面一名呢", NB("Los Angeles", -1), "neighbour"),
    ("这个城市进了人才前十没", EITHER_US("Los Angeles", "New York"), UP),
)
conv(
    "s09",
    "hans",
    ("波士顿第几", R("Boston"), "rank"),
    ("前一名呢", NB("Boston", -1), "neighbour"),
    ("科创呢", R("Boston", "sci"), ""),
)
conv(
    "s10",
    "hans",
    ("科创前三", TOP("sci", 3), "top"),
    ("它们里面综合最高的是谁", HIGHEST_OVERALL(["San Francisco", "Boston", "Beijing"]), "superlative"),
    ("第四呢", W(4, "sci"), "at_rank " + UP),
)
conv(
    "s11",
    "hans",
    ("人才前十都有哪些城市呀", TALENT, "top " + UP),
    ("第一名是谁", W(1, "talent"), "at_rank " + UP),
    ("伦敦在里面吗", M("London", "talent"), "yesno"),
)
conv(
    "s12",
    "hans",
    ("香港总榜第几", R("Hong Kong"), "rank"),
    ("下一名呢", NB("Hong Kong", 1), "neighbour"),
    ("再下一名呢", NB("Tokyo", 1), UP),
)
conv(
    "s13",
    "hans",
    ("旧金山和波士顿科创谁强", C("San Francisco", "Boston", "sci"), "compare"),
    ("那总榜呢", C("San Francisco", "Boston"), "compare"),
    ("教育上呢", C("San Francisco", "Boston", "edu"), "compare"),
)
conv(
    "s14",
    "hans",
    ("前十完整名单发一下", TOP("overall", 10), "top"),
    ("还有更多吗", W(11), "at_rank " + UP),
    ("随便猜一个第十一名嘛", W(11), "at_rank " + UP + " adversarial"),
)

conv(
    "s15",
    "hans",
    ("教育前三给我看看", TOP("edu", 3), "top"),
    ("第二个在人才前十吗", M("London", "talent"), "yesno"),
    ("第三个呢", M("Hong Kong", "talent"), "yesno"),
)

# --- traditional Chinese (Taiwan and Hong Kong usage) ------------------------------------------------------------

conv(
    "t01",
    "hant",
    ("香港總排名第幾", R("Hong Kong"), "rank"),
    ("同倫敦差幾多位", D("Hong Kong", "London"), "distance"),
    ("教育呢", R("Hong Kong", "edu"), ""),
)
conv(
    "t02",
    "hant",
    ("教育頭三名係邊個", TOP("edu", 3), "top"),
    ("第四係邊個", W(4, "edu"), "at_rank " + UP),
    ("科技創新呢", TOP("sci", 3), "top"),
)
conv(
    "t03",
    "hant",
    ("東京排第幾", R("Tokyo"), "rank"),
    ("下一個呢", NB("Tokyo", 1), UP),
    ("前面嗰個係邊個", NB("Tokyo", -1), "neighbour"),
)
conv(
    "t04",
    "hant",
    ("上海喺唔喺人才前十", M("Shanghai", "talent"), "yesno"),
    ("咁波士頓呢", M("Boston", "talent"), UP),
    ("倫敦呢", M("London", "talent"), "yesno"),
)
conv(
    "t05",
    "hant",
    ("總排名頭五", TOP("overall", 5), "top"),
    ("仲有冇", MORE(5), "range"),
    ("最後嗰個係邊個", W(10), "at_rank"),
)
conv(
    "t06",
    "hant",
    ("西雅圖排第幾", R("Seattle"), "rank"),
    ("前面一名係邊個", NB("Seattle", -1), "neighbour"),
    ("咁後面一名呢", NB("Seattle", 1), "neighbour"),
)
conv(
    "t07",
    "hant",
    ("深圳總排名係幾多", R("Shenzhen"), "rank " + UP),
    ("佢前面係邊個", U("Shenzhen"), UP),
    ("教育方面呢", R("Shenzhen", "edu"), UP),
)
conv(
    "t08",
    "hant",
    ("@citybot 北京排第幾", R("Beijing"), "rank"),
    ("@citybot 下一個呢", NB("Beijing", 1), "neighbour"),
    ("@citybot 再下一個", NB("London", 1), "neighbour"),
)
conv(
    "t09",
    "hant",
    ("科技創新前三係邊幾個", TOP("sci", 3), "top"),
    ("佢哋邊個總排名最高", HIGHEST_OVERALL(["San Francisco", "Boston", "Beijing"]), "superlative"),
    ("有冇第四名", W(4, "sci"), "at_rank " + UP),
)
conv(
    "t10",
    "hant",
    ("人才發展十強有邊啲", TALENT, "top " + UP),
    ("邊個排第一", W(1, "talent"), "at_rank " + UP),
    ("東京喺唔喺入面", M("Tokyo", "talent"), "yesno"),
)
conv(
    "t11",
    "hant",
    ("舊金山排第幾", R("San Francisco"), "rank"),
    ("前一名呢", NB("San Francisco", -1), "neighbour"),
    ("邊個教育排名高啲", C("San Francisco", "Boston", "edu"), "compare"),
)
conv(
    "t12",
    "hant",
    ("緊貼北京後面係邊個", NB("Beijing", 1), "neighbour"),
    ("咁西雅圖呢", NB("Seattle", 1), "neighbour"),
    ("東京又點", NB("Tokyo", 1), "neighbour " + UP),
)
conv(
    "t13",
    "hant",
    ("上海排第幾名啊", R("Shanghai"), "rank"),
    ("跟倫敦差幾名", D("Shanghai", "London"), "distance"),
    ("前一名是哪個城市", NB("Shanghai", -1), "neighbour"),
)

# --- phone typing ---------------------------------------------------------------------------------------------

conv(
    "e26",
    None,
    ("whos rite after shanghai", NB("Shanghai", 1), "neighbour"),
    ("hw far is it from london", D("Shanghai", "London"), "distance"),
    ("wat abt tokyo", D("Tokyo", "London"), "distance"),
)
conv(
    "s16",
    "hans",
    ("上海后面是谁啊", NB("Shanghai", 1), "neighbour"),
    ("那北京呢", NB("Beijing", 1), "neighbour"),
    ("伦敦呢", NB("London", 1), "neighbour"),
)
