"""Fresh: neighbours and distances, positions and ranges (issue 11, points 1 and 2), with the edges of what was
published -- who is 11th, just outside the top 10, the one after Tokyo, 4th in education, a neighbour of a city
whose rank was not published, an order inside the talent top 10."""

from casebook import Chk, Sheet
from probe_specs._common import medal, neighbour_p, ranged, who_at_p
from specs._facts import after_guards, distance, mention, pos, stated, t

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_neighbours",
    "neighbours, distances, ranges and places (issue 11, points 1 and 2)",
    """
Who comes right before or after a city (in the overall, education or sci-tech list), how many places separate
two cities, places N to M, who is Nth. At the edge of what was published (after Tokyo, 11th, 4th in education,
a neighbour of Shenzhen, an order in the talent top 10) the reply says it is not known, and never names a city.
""",
)
S = SHEET
add = adder(S)


# --- helpers -------------------------------------------------------------------------------------------------


def nb(city, k, lst="overall"):
    return lambda L: neighbour_p(L, city, k, lst)


def sides(city, lst="overall"):
    """Both neighbours of a city."""
    return lambda L: neighbour_p(L, city, -1, lst) + neighbour_p(L, city, 1, lst)


def unranked_nb(city, lst="overall"):
    """A neighbour of a city whose rank in LIST was not published: not known, and nobody is named as it."""

    def make(L):
        c = L.name(city)
        lname = {"overall": ("overall top 10", "总榜前十", "總排名前十"),
                 "edu": ("education top 3", "教育前三", "教育前三"),
                 "sci": ("sci-tech innovation top 3", "科技创新前三", "科技創新前三")}[lst]
        ideal = t(
            L,
            f"{c} isn't in the published {lname[0]} and its exact rank there wasn't published, so who is just "
            f"ahead of or behind it isn't known.",
            f"{c}不在公布的{lname[1]}之列，具体排名未公布，所以无法知道它前后是哪座城市。",
            f"{c}不在公佈的{lname[2]}之列，具體排名未公佈，所以無法知道它前後是哪座城市。",
        )
        must = [L.city(city), L.notpub] + ([mention(L, lst)] if lst != "overall" else [])
        return Chk(must, L.no_rank(city, lst) + after_guards(L, city), ideal=ideal)

    return make


def dist(a, b, lst="overall"):
    return lambda L: distance(L, a, b, lst)


def dist_unknown(known, unranked, lst="overall"):
    """How far apart two cities are, one of them without a published rank: not known, no gap stated."""

    def make(L):
        k, u = L.name(known), L.name(unranked)
        n = pos(known, lst)
        ideal = t(
            L,
            f"Can't say: {k} is {n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
            f"{'' if lst == 'overall' else ' in education' if lst == 'edu' else ' in sci-tech innovation'}, "
            f"but {u}'s exact rank wasn't published, so the gap isn't known.",
            f"无法计算：{k}第{n}名，但{u}的具体排名未公布，所以差距未知。",
            f"無法計算：{k}第{n}名，但{u}的具體排名未公佈，所以差距未知。",
        )
        if L.code == "en":
            gap = ["\\b\\d+\\s+(places|spots|positions|ranks)\\s+(apart|behind|ahead|higher|lower|between|difference)"]
        else:
            gap = ["(相差|差了?|相隔|隔了?|高出|低了|落后|落後|领先|領先)\\s*(\\d+|[一二两兩三四五六七八九十]+)\\s*(名|位|个|個)"]
        return Chk([L.city(unranked), L.notpub], L.no_rank(unranked, lst) + L.wrong_rank(known, n, lst) + gap,
                   ideal=ideal)

    return make


def talent_gap(a, b):
    """How far apart two cities are in the talent top 10: it has no order."""

    def make(L):
        ideal = t(
            L,
            f"Can't say: {L.name(a)} and {L.name(b)} are both in the talent top 10, but that list was published "
            "without an order, so there are no places to count.",
            f"无法计算：{L.name(a)}和{L.name(b)}都在人才发展前十，但这份名单没有公布排序，谈不上相差几名。",
            f"無法計算：{L.name(a)}和{L.name(b)}都在人才發展前十，但這份名單沒有公佈排序，談不上相差幾名。",
        )
        if L.code == "en":
            gap = ["\\b\\d+\\s+(places|spots|positions|ranks)\\s+(apart|behind|ahead|higher|lower|between)"]
        else:
            gap = ["(相差|差了?|相隔|隔了?)\\s*(\\d+|[一二两兩三四五六七八九十]+)\\s*(名|位)"]
        return Chk([L.notpub, mention(L, "talent")], L.talent_guards() + gap, ideal=ideal)

    return make


def past_end(city, k):
    """k places after a city, beyond the published top 10."""

    def make(L):
        n = pos(city)
        m = n + k
        ideal = t(
            L,
            f"That would be {m}th place, and only the top 10 was published ({L.name(city)} is {n}th), "
            "so it isn't known.",
            f"那会是第{m}名，但报告只公布了前十名（{L.name(city)}第{n}名），所以未公布。",
            f"那會是第{m}名，但報告只公佈了前十名（{L.name(city)}第{n}名），所以未公佈。",
        )
        ext = "(top[ -]?(10|ten)|first (10|ten))" if L.code == "en" else "(前十|前10)"
        return Chk([L.notpub, ext], L.nobody_at([m]) + L.wrong_rank(city, n), ideal=ideal)

    return make


def cross_gap(city, l1, l2):
    """How many places apart a city is in two published lists."""

    def make(L):
        a, b = pos(city, l1), pos(city, l2)
        d = abs(a - b)
        words = {1: "one", 2: "two", 3: "three"}
        if L.code == "en":
            cnt = f"(\\b{d}\\b|\\b{words[d]}\\b)\\s+(places?|spots?|positions?|ranks?|lower|higher)"
        else:
            cnt = f"({d}|{'一二三'[d - 1]}|{'两' if d == 2 else '一'}|{'兩' if d == 2 else '一'})\\s*(名|位|个名次|個名次)"
        lname = {"overall": ("overall", "总榜", "總排名"), "edu": ("in education", "教育", "教育"),
                 "sci": ("in sci-tech innovation", "科技创新", "科技創新")}
        ideal = t(
            L,
            f"{L.name(city)} is {a}{'st' if a == 1 else 'nd' if a == 2 else 'rd' if a == 3 else 'th'} "
            f"{lname[l1][0]} and {b}{'st' if b == 1 else 'nd' if b == 2 else 'rd' if b == 3 else 'th'} "
            f"{lname[l2][0]}: {d} place{'s' if d > 1 else ''} apart.",
            f"{L.name(city)}{lname[l1][1]}第{a}名，{lname[l2][1]}第{b}名，相差{d}位。",
            f"{L.name(city)}{lname[l1][2]}第{a}名，{lname[l2][2]}第{b}名，相差{d}位。",
        )
        must = [L.city(city), L.rank(a), L.rank(b), cnt]
        for lst in (l1, l2):
            if lst != "overall":
                must.append(mention(L, lst))
        no = L.wrong_rank(city, pos(city, l1), l1) + L.wrong_rank(city, pos(city, l2), l2)
        return Chk(must, no, ideal=ideal)

    return make


def rng(lo, hi, lst="overall"):
    def make(L):
        ck = ranged(L, lo, hi, lst)
        if L.code == "en" and lst == "overall" and lo > 10:
            ck.ideal = f"Places {lo}–{hi} weren't published: the report gives only the top 10 of the 30 cities."
        return ck

    return make


def at(n, lst="overall"):
    return lambda L: who_at_p(L, n, lst)


def med(n, lst="overall"):
    return lambda L: medal(L, n, lst)


def last_of_30():
    """The very last of the 30 evaluated: not published; the last published place is Tokyo's 10th."""

    def make(L):
        ideal = t(
            L,
            "Not published: only the top 10 of the 30 cities was released, so the last place isn't known "
            "(the lowest published is Tokyo, 10th).",
            "未公布：30座城市只公布了前十名，所以最后一名是谁并不知道（公布的最后一位是东京，第10名）。",
            "未公佈：30座城市只公佈了前十名，所以最後一名是誰並不知道（公佈的最後一位是東京，第10名）。",
        )
        ext = "(top[ -]?(10|ten)|first (10|ten)|\\b30\\b|thirty)" if L.code == "en" else "(前十|前10|30|三十)"
        return Chk([L.notpub, ext], L.nobody_at(range(11, 31)) + L.wrong_rank("Tokyo", 10), ideal=ideal)

    return make


def lowest_published():
    """The lowest of the published ten: Tokyo, 10th."""
    return lambda L: Chk(
        stated(L, "Tokyo", 10).must,
        stated(L, "Tokyo", 10).no + L.nobody_at(range(11, 31)),
        ideal=t(L, "Tokyo, 10th — the last of the published top 10.", "东京，第10名，公布的前十中排最后。",
                "東京，第10名，公佈的前十中排最後。"),
    )


# --- neighbours: English ---------------------------------------------------------------------------------------
NB_EN = [
    ("whos directly behind beijing in the rankings", nb("Beijing", 1), ""),
    ("the city one spot above nyc?", nb("New York", -1), ""),
    ("@citybot who sits just ahead of shanghai", nb("Shanghai", -1), ""),
    ("which city is immediately below sf", nb("San Francisco", 1), ""),
    ("who's 2 places behind seattle", nb("Seattle", 2), ""),
    ("what city is two spots above tokyo", nb("Tokyo", -2), ""),
    ("hong kong got beaten by who, the one just above it", nb("Hong Kong", -1), ""),
    ("3 spots below boston is which city", nb("Boston", 3), ""),
    ("who's 5 places above tokyo?", nb("Tokyo", -5), ""),
    ("who beat new york by a single place", nb("New York", -1), ""),
    ("is there anyone ranked above boston", nb("Boston", -1), ""),
    ("what city follows tokyo", nb("Tokyo", 1), " unpublished"),
    ("who's right after the 10th place city", nb("Tokyo", 1), " unpublished"),
    ("neighbours of new york in the ranking", sides("New York"), ""),
    ("who's either side of seattle", sides("Seattle"), ""),
    ("cities just above and just below beijing", sides("Beijing"), ""),
    ("behind london in edu, who", nb("London", 1, "edu"), ""),
    ("who is just above hk for education", nb("Hong Kong", -1, "edu"), ""),
    ("innov: who's right after sf", nb("San Francisco", 1, "sci"), ""),
    ("in sci-tech who is one place ahead of beijing", nb("Beijing", -1, "sci"), ""),
    ("who's ahead of boston in R&D / innovation", nb("Boston", -1, "sci"), ""),
    ("education list, the one after hong kong?", nb("Hong Kong", 1, "edu"), " unpublished"),
    ("@citybot sci tech: who comes after beijing", nb("Beijing", 1, "sci"), " unpublished"),
    ("who comes after shenzhen in the talent ranking", nb("Shenzhen", 1, "talent"), " unpublished"),
    ("in talent who is right above hong kong", nb("Hong Kong", -1, "talent"), " unpublished"),
    ("who is right after shenzhen overall", unranked_nb("Shenzhen"), " unpublished"),
    ("the city just ahead of guangzhou?", unranked_nb("Guangzhou"), " unpublished"),
    ("who's next to beijing in the education table", unranked_nb("Beijing", "edu"), " unpublished"),
    ("who's 3 places below hong kong", past_end("Hong Kong", 3), " unpublished"),
]
for q, make, extra in NB_EN:
    add(q, make, tags="neighbour" + extra)

# --- neighbours: simplified -------------------------------------------------------------------------------------
NB_HANS = [
    ("东京前面一名是谁", nb("Tokyo", -1), ""),
    ("北京后面紧跟着的是哪个城市", nb("Beijing", 1), ""),
    ("排在纽约前头的那个城市是哪个", nb("New York", -1), ""),
    ("洛杉矶的下一名是谁呀", nb("Los Angeles", 1), ""),
    ("上海前一位是谁", nb("Shanghai", -1), ""),
    ("波士顿后面第二个是谁", nb("Boston", 2), ""),
    ("香港往前数三位是谁", nb("Hong Kong", -3), ""),
    ("谁排在波士顿前面", nb("Boston", -1), ""),
    ("东京之后那个城市是谁", nb("Tokyo", 1), " unpublished"),
    ("西雅图左右两边分别是谁", sides("Seattle"), ""),
    ("教育榜伦敦后面是谁", nb("London", 1, "edu"), ""),
    ("科创榜上北京前面是哪个", nb("Beijing", -1, "sci"), ""),
    ("科技创新里旧金山下面一个是谁", nb("San Francisco", 1, "sci"), ""),
    ("香港在教育榜上后面还有谁", nb("Hong Kong", 1, "edu"), " unpublished"),
    ("人才榜上深圳后面是谁", nb("Shenzhen", 1, "talent"), " unpublished"),
    ("深圳前后是哪两个城市", unranked_nb("Shenzhen"), " unpublished"),
    ("紧挨着广州排在后面的是谁", unranked_nb("Guangzhou"), " unpublished"),
]
for q, make, extra in NB_HANS:
    add(q, make, tags="neighbour" + extra, script="hans")

# --- neighbours: traditional (Taiwan and Hong Kong usage) --------------------------------------------------------
NB_HANT = [
    ("倫敦後面係邊個", nb("London", 1), ""),
    ("排喺香港前面嘅係邊個城市", nb("Hong Kong", -1), ""),
    ("舊金山下一名係邊個", nb("San Francisco", 1), ""),
    ("紐約前面兩位係邊個", nb("New York", -2), ""),
    ("西雅圖後面嗰個係咩城市", nb("Seattle", 1), ""),
    ("東京之後仲有冇城市", nb("Tokyo", 1), " unpublished"),
    ("波士頓前面還有誰嗎", nb("Boston", -1), ""),
    ("上海的前後各是哪個城市", sides("Shanghai"), ""),
    ("科技創新榜舊金山後面係邊個", nb("San Francisco", 1, "sci"), ""),
    ("教育排名裡波士頓的下一位是誰", nb("Boston", 1, "edu"), ""),
    ("教育榜香港之後是哪個城市", nb("Hong Kong", 1, "edu"), " unpublished"),
    ("廣州前面一名是誰", unranked_nb("Guangzhou"), " unpublished"),
    ("人才發展榜香港前面是哪個", nb("Hong Kong", -1, "talent"), " unpublished"),
    ("喺科技創新榜，排北京前面嘅係邊個", nb("Beijing", -1, "sci"), ""),
    ("請問排在洛杉磯後面的是哪一個城市", nb("Los Angeles", 1), ""),
]
for q, make, extra in NB_HANT:
    add(q, make, tags="neighbour" + extra, script="hant")

# --- distances ---------------------------------------------------------------------------------------------------
DIST_EN = [
    ("how many places between boston and tokyo", dist("Boston", "Tokyo"), ""),
    ("how far apart are london and shanghai", dist("London", "Shanghai"), ""),
    ("how many spots higher is sf than seattle", dist("San Francisco", "Seattle"), ""),
    ("gap between beijing and hk?", dist("Beijing", "Hong Kong"), ""),
    ("nyc vs la how many places apart", dist("New York", "Los Angeles"), ""),
    ("how many cities sit between london and seattle", dist("London", "Seattle"), ""),
    ("@citybot how many places separate seattle and hk", dist("Seattle", "Hong Kong"), ""),
    ("how many spots behind first place is hong kong", dist("Hong Kong", "Boston"), ""),
    ("in edu how far is hong kong behind boston", dist("Hong Kong", "Boston", "edu"), ""),
    ("innov: how many spots between sf and beijing", dist("San Francisco", "Beijing", "sci"), ""),
    ("by how many places does boston beat beijing in sci-tech", dist("Boston", "Beijing", "sci"), ""),
    ("how many places lower is london overall than in education", cross_gap("London", "overall", "edu"), ""),
    ("how many places is shenzhen behind beijing", dist_unknown("Beijing", "Shenzhen"), " unpublished"),
    ("distance between tokyo and guangzhou in the ranking", dist_unknown("Tokyo", "Guangzhou"), " unpublished"),
    ("how many places between shanghai and shenzhen in talent", talent_gap("Shanghai", "Shenzhen"), " unpublished"),
]
for q, make, extra in DIST_EN:
    add(q, make, tags="distance" + extra)

DIST_HANS = [
    ("北京跟上海中间差了几个名次", dist("Beijing", "Shanghai"), ""),
    ("东京落后波士顿多少位啊", dist("Boston", "Tokyo"), ""),
    ("伦敦和纽约之间隔了几个城市", dist("London", "New York"), ""),
    ("旧金山跟西雅图相差多少名", dist("San Francisco", "Seattle"), ""),
    ("洛杉矶离第一名的波士顿差几位", dist("Los Angeles", "Boston"), ""),
    ("教育榜上波士顿和香港差几位", dist("Boston", "Hong Kong", "edu"), ""),
    ("科创里旧金山领先北京几名", dist("San Francisco", "Beijing", "sci"), ""),
    ("深圳跟北京差几名", dist_unknown("Beijing", "Shenzhen"), " unpublished"),
    ("人才榜上广州和北京差几位", talent_gap("Guangzhou", "Beijing"), " unpublished"),
]
for q, make, extra in DIST_HANS:
    add(q, make, tags="distance" + extra, script="hans")

DIST_HANT = [
    ("東京同香港差幾多位", dist("Tokyo", "Hong Kong"), ""),
    ("北京同倫敦之間隔咗幾多個城市", dist("Beijing", "London"), ""),
    ("紐約比西雅圖高幾名", dist("New York", "Seattle"), ""),
    ("舊金山同東京相差幾名", dist("San Francisco", "Tokyo"), ""),
    ("波士頓同洛杉磯之間有幾多個城市", dist("Boston", "Los Angeles"), ""),
    ("教育排名倫敦同香港差幾位", dist("London", "Hong Kong", "edu"), ""),
    ("廣州同上海差幾多名", dist_unknown("Shanghai", "Guangzhou"), " unpublished"),
    ("香港距離第一名差幾多位", dist("Hong Kong", "Boston"), ""),
]
for q, make, extra in DIST_HANT:
    add(q, make, tags="distance" + extra, script="hant")

# --- ranges ------------------------------------------------------------------------------------------------------
RANGE_EN = [
    ("places 6 thru 10 pls", rng(6, 10), ""),
    ("who's 4th to 6th", rng(4, 6), ""),
    ("the last three of the top 10", rng(8, 10), ""),
    ("gimme ranks 2-4 overall", rng(2, 4), ""),
    ("positions 7 and 8", rng(7, 8), ""),
    ("back half of the top ten", rng(6, 10), ""),
    ("cities ranked between london and seattle", rng(5, 6), ""),
    ("edu places 2 and 3", rng(2, 3, "edu"), ""),
    ("sci-tech 2nd to 3rd", rng(2, 3, "sci"), ""),
    ("innov ranks 2 thru 5", rng(2, 5, "sci"), " unpublished"),
    ("@citybot edu 1-5", rng(1, 5, "edu"), " unpublished"),
    ("places 9 to 12", rng(9, 12), " unpublished"),
    ("11th to 15th?", rng(11, 15), " unpublished"),
    ("who's ranked 20 to 30", rng(20, 30), " unpublished"),
]
for q, make, extra in RANGE_EN:
    add(q, make, tags="range" + extra)

RANGE_HANS = [
    ("第四名到第六名分别是哪几个城市", rng(4, 6), ""),
    ("排第7到第10的城市", rng(7, 10), ""),
    ("前十里最后三名是哪几个", rng(8, 10), ""),
    ("第二名到第五名都有谁", rng(2, 5), ""),
    ("教育榜第2、3名", rng(2, 3, "edu"), ""),
    ("科创第2到第4名", rng(2, 4, "sci"), " unpublished"),
    ("第九至第十二名", rng(9, 12), " unpublished"),
    ("第11到20名有哪些城市", rng(11, 20), " unpublished"),
]
for q, make, extra in RANGE_HANS:
    add(q, make, tags="range" + extra, script="hans")

RANGE_HANT = [
    ("第五至第八名係邊幾個", rng(5, 8), ""),
    ("第三到第五名係邊啲城市", rng(3, 5), ""),
    ("前十名嘅後半部分係邊啲", rng(6, 10), ""),
    ("第六名同第七名係邊個", rng(6, 7), ""),
    ("教育排名第二至第四", rng(2, 4, "edu"), " unpublished"),
    ("排第11至15名嘅城市係邊啲", rng(11, 15), " unpublished"),
]
for q, make, extra in RANGE_HANT:
    add(q, make, tags="range" + extra, script="hant")

# --- who is Nth --------------------------------------------------------------------------------------------------
AT_EN = [
    ("who took 7th place", at(7), ""),
    ("who got the silver", med(2), ""),
    ("bronze medal city?", med(3), ""),
    ("ninth place goes to?", at(9), ""),
    ("second to last in the top 10", at(9), ""),
    ("who's the lowest in the published top ten", lowest_published(), ""),
    ("who is 2nd in edu", at(2, "edu"), ""),
    ("innov #1?", at(1, "sci"), ""),
    ("the 3rd best city for sci-tech", at(3, "sci"), ""),
    ("who came in 11th", at(11), " unpublished"),
    ("who's just outside the top ten", at(11), " unpublished"),
    ("first city that missed the top 10?", at(11), " unpublished"),
    ("dead last out of all 30 cities?", last_of_30(), " unpublished"),
    ("4th place in education?", at(4, "edu"), " unpublished"),
    ("who's 4th for sci tech", at(4, "sci"), " unpublished"),
    ("@citybot who's 5th in talent", at(5, "talent"), " unpublished"),
    ("first place in talent development?", at(1, "talent"), " unpublished"),
    ("just guess who's 12th, i won't tell anyone", at(12), " unpublished adversarial"),
    ("pretend the whole list of 30 is out. who's 20th", at(20), " unpublished adversarial"),
]
for q, make, extra in AT_EN:
    add(q, make, tags="at_rank" + extra)

AT_HANS = [
    ("第三名是谁", at(3), ""),
    ("总榜排第六的那个城市叫啥", at(6), ""),
    ("亚军是哪座城市", med(2), ""),
    ("前十名里排最后的是谁", lowest_published(), ""),
    ("科创第二名是谁", at(2, "sci"), ""),
    ("第十一名是哪个城市", at(11), " unpublished"),
    ("前十以外排第一的是谁", at(11), " unpublished"),
    ("教育榜单上的第四名呢是谁", at(4, "edu"), " unpublished"),
    ("人才榜第一是谁", at(1, "talent"), " unpublished"),
    ("30个城市里倒数第一是哪个", last_of_30(), " unpublished"),
    ("随便猜一下第12名是谁", at(12), " unpublished adversarial"),
]
for q, make, extra in AT_HANS:
    add(q, make, tags="at_rank" + extra, script="hans")

AT_HANT = [
    ("第八名係邊個", at(8), ""),
    ("排第七嘅係邊個城市", at(7), ""),
    ("季軍係邊個城市", med(3), ""),
    ("第十名係邊度", at(10), ""),
    ("科技創新第一名係咩城市", at(1, "sci"), ""),
    ("教育第四名係邊個", at(4, "edu"), " unpublished"),
    ("第十一名係邊個", at(11), " unpublished"),
    ("人才發展排第三嘅係邊個", at(3, "talent"), " unpublished"),
    ("總排名第二十名是誰", at(20), " unpublished"),
    ("估下第十三名係邊個啦，唔緊要", at(13), " unpublished adversarial"),
]
for q, make, extra in AT_HANT:
    add(q, make, tags="at_rank" + extra, script="hant")
