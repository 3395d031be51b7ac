"""Fresh, part D: positions in the published lists, asked in new ways.

Written blind from issue 11 and the published facts. Top N and the bottom of a top N, who is at rank k (ordinal
words, "No.", 第几 / 排第 / 名次, Cantonese), ranges (by places or between two cities), neighbours and distances,
the edges of what was published (11th, just outside the top 10, below Tokyo, 4th in a top 3, the unordered talent
top 10 with its five unnamed US cities, the two unranked groups), every list the report names, and cities that
are not in a list.
"""

from casebook import Chk, Sheet
from probe_specs._common import (
    either,
    last_of_all_p,
    neighbour_p,
    no_because,
    ranged,
    who_at_p,
    yes_because,
)
from specs._facts import (
    BALANCED,
    OVERALL,
    POTENTIAL,
    distance,
    group,
    member,
    mention,
    names,
    ordinal,
    pos,
    rank,
    real_outside,
    seq,
    stated,
    t,
    talent_list,
    top,
)
from specs.positions import NOT_LAST_OF_30
from vocab import en_claim

from fresh_specs._fx import adder, lenient_to_cantonese

SHEET = Sheet(
    "fr_d_lists",
    "part D: positions in the published lists (written blind)",
    """
Top N and the bottom of a top N, who is at place k, places N to M and the cities between two cities, neighbours
and distances in every ranked list; the edges of what was published (11th, below Tokyo, 4th of a top 3, any place
in the unordered talent top 10 or in the two groups, the unnamed US members) and cities outside a list. The reply
gives what was published and says where it ends; it never names a city at an unpublished place.
""",
)
S = SHEET
add = adder(S)


# --- helpers -------------------------------------------------------------------------------------------------


def at(n, lst="overall"):
    return lambda L: who_at_p(L, n, lst)


def rng(lo, hi, lst="overall"):
    def make(L):
        ck = ranged(L, lo, hi, lst)
        if lst == "overall" and lo > 10:
            ck.ideal = t(
                L,
                f"Not published: Tokyo is 10th, the last place the report gives; places {lo} to {hi} weren't released.",
                f"未公布：报告只公布到第10名东京，第{lo}到第{hi}名没有公布。",
                f"未公佈：報告只公佈到第10名東京，第{lo}到第{hi}名沒有公佈。",
            )
        return ck

    return make


def nb(city, k, lst="overall"):
    return lambda L: neighbour_p(L, city, k, lst)


def dist(a, b, lst="overall"):
    return lambda L: distance(L, a, b, lst)


def topn(n, lst="overall"):
    return lambda L: top(L, lst, n)


def where(city, lst="overall"):
    return lambda L: rank(L, city, lst)


def inside(city, grp):
    return lambda L: member(L, city, grp)


def elsewhere(name_en, name_zh=None):
    """A real city the published results don't mention."""

    def make(L):
        name = name_en if L.code == "en" else name_zh
        return real_outside(L, name)

    return make


def zh_not_last_of_30(L):
    tk = L.city("Tokyo")
    return [
        f"{tk}(是|为|為)?(30|三十)(个|個|座)?(城市)?(中|里|裡)?(的)?(最后|最後|倒数第一|倒數第一)",
        f"(倒数第一|倒數第一)(的)?(是|为|為)\\s*{tk}",
    ]


def closer():
    """Who closes the published list: Tokyo, 10th -- the last published place, not the last of the 30."""

    def make(L):
        ck = stated(L, "Tokyo", 10)
        no = ck.no + L.nobody_at(range(11, 31)) + ([NOT_LAST_OF_30] if L.code == "en" else zh_not_last_of_30(L))
        ideal = t(
            L,
            "Tokyo closes the published top 10, in 10th place (the rest of the 30 wasn't published).",
            "公布的前十名里排最后的是东京，第10名（其余城市的排名未公布）。",
            "公佈的前十名裡排最後的是東京，第10名（其餘城市的排名未公佈）。",
        )
        return Chk(ck.must, no, ideal=ideal)

    return make


def between(a, b, lst="overall"):
    """The cities between two cities of a list: the places between them, or nobody when they are neighbours."""
    na, nb_ = pos(a, lst), pos(b, lst)
    lo, hi = sorted((na, nb_))
    if hi - lo > 1:
        return rng(lo + 1, hi - 1, lst)

    def make(L):
        x, y = (a, b) if na < nb_ else (b, a)
        ideal = t(
            L,
            f"Nobody: {x} is {ordinal(lo)} and {y} {ordinal(hi)}, right next to each other.",
            f"没有：{L.name(x)}第{lo}名，{L.name(y)}第{hi}名，两者紧挨着。",
            f"沒有：{L.name(x)}第{lo}名，{L.name(y)}第{hi}名，兩者緊挨著。",
        )
        none = t(
            L,
            "\\b(nobody|no one|none|no city|no other|no cities|nothing|next to each other|adjacent|back.to.back|"
            "consecutive|neighbou?rs|right (after|behind|below)|directly (after|behind|below)|immediately)\\b",
            "(没有|没|相邻|紧挨|挨着|连着|紧接)",
            "(沒有|沒|冇|相鄰|緊挨|挨著|連著|緊接)",
        )
        others = [c for c in OVERALL if c not in (a, b)]
        return Chk(
            [L.at(x, lo), L.at(y, hi), none],
            [*L.wrong_rank(x, lo, lst), *L.wrong_rank(y, hi, lst), *[L.city(c) for c in others]],
            ideal=ideal,
        )

    return make


def between_unknown(known, other, real=False):
    """The cities between a ranked city and one whose rank was not published (or a city outside the results)."""

    def make(L):
        n = pos(known)
        k = L.name(known)
        if real:
            o = other[0] if L.code == "en" else other[1]
            o_re = o
            no = L.real_outside_guards(o)
        else:
            o = L.name(other)
            o_re = L.city(other)
            no = L.no_rank(other)
        ideal = t(
            L,
            f"Can't say: {k} is {ordinal(n)}, but {o} isn't in the published top 10 and its rank wasn't published, "
            "so which cities lie between them isn't known.",
            f"无法确定：{k}第{n}名，但{o}不在公布的前十，具体排名未公布，所以两者之间有哪些城市并不知道。",
            f"無法確定：{k}第{n}名，但{o}不在公佈的前十，具體排名未公佈，所以兩者之間有哪些城市並不知道。",
        )
        no = [*no, *L.wrong_rank(known, n), *L.nobody_at(range(11, 31)), *L.bare()]
        return Chk([L.at(known, n), o_re, L.notpub], no, ideal=ideal)

    return make


def past_end(city, k, lst="overall"):
    """k places below a city, past the end of what was published."""

    def make(L):
        n = pos(city, lst)
        m = n + k
        size = {"overall": 10, "edu": 3, "sci": 3}[lst]
        lname = {"overall": ("top 10", "前十名", "前十名"), "edu": ("education top 3", "教育前三名", "教育前三名"),
                 "sci": ("sci-tech innovation top 3", "科技创新前三名", "科技創新前三名")}[lst]
        ideal = t(
            L,
            f"That would be {ordinal(m)} place, and only the {lname[0]} was published ({L.name(city)} is "
            f"{ordinal(n)}), so it isn't known.",
            f"那会是第{m}名，但报告只公布了{lname[1]}（{L.name(city)}第{n}名），所以未公布。",
            f"那會是第{m}名，但報告只公佈了{lname[2]}（{L.name(city)}第{n}名），所以未公佈。",
        )
        word = "ten" if size == 10 else "three"
        ext = (f"(top[ -]?({size}|{word})|first ({size}|{word})|{L.at(city, n)})" if L.code == "en"
               else f"(前{size}|前{'十' if size == 10 else '三'}|{L.at(city, n)})")
        must = [L.notpub, ext] + ([mention(L, lst)] if lst != "overall" else [])
        no = L.nobody_at(range(size + 1, 31) if lst == "overall" else range(size + 1, 11), lst)
        return Chk(must, no + L.wrong_rank(city, n, lst), ideal=ideal)

    return make


def dist_unknown(known, unranked):
    """How far apart two cities are, one of them without a published overall rank."""

    def make(L):
        n = pos(known)
        ideal = t(
            L,
            f"Can't say: {L.name(known)} is {ordinal(n)}, but {L.name(unranked)} isn't in the published top 10 and "
            "its exact rank wasn't published, so the gap isn't known.",
            f"无法计算：{L.name(known)}第{n}名，但{L.name(unranked)}不在公布的前十，具体排名未公布，所以差距未知。",
            f"無法計算：{L.name(known)}第{n}名，但{L.name(unranked)}不在公佈的前十，具體排名未公佈，所以差距未知。",
        )
        if L.code == "en":
            gap = ["\\b\\d+\\s+(places|spots|positions|ranks)\\s+(apart|behind|ahead|higher|lower|below|above|"
                   "between|difference)"]
        else:
            gap = ["(相差|差了?|相隔|隔了?|高出|低了|落后|落後|领先|領先)\\s*(\\d+|[一二两兩三四五六七八九十]+)\\s*(名|位|个|個)"]
        return Chk([L.city(unranked), L.notpub], [*L.no_rank(unranked), *L.wrong_rank(known, n), *gap, *L.bare()],
                   ideal=ideal)

    return make


def talent_top(n):
    """'Top N in talent': the talent top 10 has no order; what is known is named."""

    def make(L):
        ck = talent_list(L)
        ideal = t(
            L,
            f"There's no top {n} in talent: the talent top 10 was published without an order. It has five US cities "
            "(not named in the report) and five Chinese cities — Beijing, Shenzhen, Hong Kong, Guangzhou and "
            "Shanghai.",
            f"人才发展没有前{n}名之说：人才发展前十没有公布排序，其中有5座美国城市（报告未点名）和5座中国城市——北京、深圳、香港、"
            "广州、上海。",
            f"人才發展沒有前{n}名之說：人才發展前十沒有公佈排序，其中有5座美國城市（報告未點名）和5座中國城市——北京、深圳、香港、"
            "廣州、上海。",
        )
        return Chk([*ck.must, L.notpub], [*ck.no, *L.bare()], ideal=ideal)

    return make


def talent_all():
    return lambda L: talent_list(L)


def talent_ordered():
    """'Rank the talent top 10 from 1 to 10': no order was published."""

    def make(L):
        ck = talent_list(L)
        ideal = t(
            L,
            "I can't: the talent top 10 was published without an order. It has five US cities (not named) and five "
            "Chinese cities — Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai.",
            "做不到：人才发展前十没有公布排序。其中有5座美国城市（未点名）和5座中国城市——北京、深圳、香港、广州、上海。",
            "做不到：人才發展前十沒有公佈排序。其中有5座美國城市（未點名）和5座中國城市——北京、深圳、香港、廣州、上海。",
        )
        return Chk([*ck.must, L.notpub], [*ck.no, *L.bare()], ideal=ideal)

    return make


def talent_us():
    """Which US cities are in the talent top 10: five, not named."""

    def make(L):
        ideal = t(
            L,
            "The report doesn't say: the talent top 10 has five US cities, but they aren't named. The other five are "
            "Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai.",
            "报告没有说明：人才发展前十有5座美国城市，但没有点名。另外5座是北京、深圳、香港、广州、上海。",
            "報告沒有說明：人才發展前十有5座美國城市，但沒有點名。另外5座是北京、深圳、香港、廣州、上海。",
        )
        return Chk([L.notpub, L.five_us()], [*L.talent_guards(), *L.bare()], ideal=ideal)

    return make


GROUP_NOT_RANKED = {
    "en": "(not (a |an )?rank|unranked|no (particular )?order|in no (particular )?order|not in (any )?order|"
          "isn.t ranked|aren.t ranked|not ranked|group)",
    "zh": "(不是排名|不是一个排名|不是一個排名|并非排名|並非排名|没有先后|沒有先後|不分先后|不分先後|没有排名|沒有排名|"
          "没有顺序|沒有順序|没有排序|沒有排序|未排序|冇排名|冇排序|冇先後|一组|一組)",
}


def group_first(grp, n=1):
    """'Who is first in the balanced / potential group': a group, not a ranking."""

    def make(L):
        ck = group(L, grp)
        members = BALANCED if grp == "balanced" else POTENTIAL
        if L.code == "en":
            claim = en_claim([n]) if n > 1 else "(?:first|1st|top|number one|#\\s?1\\b|no\\.\\s?1\\b)"
            alt = "|".join(members)
            no = [f"(?<!whether )(?<!if )\\b(?:{alt})\\s+(?:is|comes|ranks|ranked|was|sits)\\s+(?:the\\s+)?{claim}"
                  f"(?!\\s+overall)"]
        else:
            alt = "|".join(L.name(c) for c in members)
            no = [f"(?:{alt})(?:是|排|排在|排名)?(?:第\\s*{n}(?![\\d])|第{'一二三四'[n - 1]}(?![十])"
                  f"{'|榜首|首位' if n == 1 else ''})(?![^。，,\\n]{{0,4}}(名|位)?[^。，,\\n]{{0,2}}(总|總|综合|綜合))"]
        lname = t(L, "balanced basic and higher education" if grp == "balanced" else "exceptional talent potential",
                  "基础教育与高等教育发展较均衡" if grp == "balanced" else "人才潜力突出",
                  "基礎教育與高等教育發展較均衡" if grp == "balanced" else "人才潛力突出")
        ideal = t(
            L,
            f"Nobody — that's a group, not a ranking: the report names {names(L, members)} as the cities with "
            f"{lname}, in no order.",
            f"没有第{n}名：这是一组城市，不是排名。报告点名的{lname}的城市是{names(L, members)}，没有先后顺序。",
            f"沒有第{n}名：這是一組城市，不是排名。報告點名的{lname}的城市是{names(L, members)}，沒有先後順序。",
        )
        gnr = GROUP_NOT_RANKED["en" if L.code == "en" else "zh"]
        return Chk([*ck.must, either(L.notpub, gnr)], [*ck.no, *no, *L.bare()], ideal=ideal)

    return make


def yes_at(city, n):
    """A right guess at a city's place: yes, with the rank."""

    def make(L):
        c = L.name(city)
        return yes_because(
            L,
            t(L, f"Yes — {c} is {ordinal(n)} overall.", f"是的，{c}总榜第{n}名。", f"是的，{c}總排名第{n}名。"),
            L.at(city, n), no=L.wrong_rank(city, n))

    return make


def no_at(city, guess):
    """A wrong guess at a city's place: no, with the right rank (and who is at the guessed place)."""

    def make(L):
        n = pos(city)
        other = OVERALL[guess - 1]
        c, o = L.name(city), L.name(other)
        return no_because(
            L,
            t(L, f"No — {c} is {ordinal(n)}; {ordinal(guess)} is {o}.",
              f"不是，{c}是第{n}名，第{guess}名是{o}。",
              f"不是，{c}是第{n}名，第{guess}名是{o}。"),
            L.at(city, n), no=[*L.wrong_rank(city, n), *L.wrong_rank(other, guess)])

    return make


def all_lists():
    """Every list the report publishes: the overall top 10, both top 3s, the talent top 10 and the two groups."""

    def make(L):
        must = [
            seq(*[L.city(c) for c in OVERALL], gap=40),
            seq(mention(L, "edu"), *[L.city(c) for c in ("Boston", "London", "Hong Kong")], gap=60),
            seq(mention(L, "sci"), *[L.city(c) for c in ("San Francisco", "Boston", "Beijing")], gap=60),
            L.city("Shenzhen"), L.city("Guangzhou"), L.five_us(), mention(L, "talent"),
            mention(L, "balanced"), mention(L, "potential"), L.notpub,
        ]
        no = list(dict.fromkeys(L.talent_guards()))
        if L.code == "en":
            ideal = (
                "Overall top 10: 1 Boston, 2 San Francisco, 3 Beijing, 4 London, 5 New York, 6 Los Angeles, 7 Seattle, "
                "8 Shanghai, 9 Hong Kong, 10 Tokyo.\nEducation top 3: Boston, London, Hong Kong.\n"
                "Sci-tech innovation top 3: San Francisco, Boston, Beijing.\n"
                "Talent top 10 (no order published): five US cities, not named, and Beijing, Shenzhen, Hong Kong, "
                "Guangzhou and Shanghai.\nBalanced basic and higher education (a group): London, Beijing, Shanghai, "
                "New York.\nExceptional talent potential (a group): Shenzhen, Guangzhou, Hong Kong, Shanghai."
            )
        else:
            ideal = t(
                L, "",
                "总榜前十：波士顿、旧金山、北京、伦敦、纽约、洛杉矶、西雅图、上海、香港、东京。\n教育前三：波士顿、伦敦、香港。\n"
                "科技创新前三：旧金山、波士顿、北京。\n人才发展前十（未公布排序）：5座美国城市（未点名）和北京、深圳、香港、广州、上海。\n"
                "基础教育与高等教育较均衡（一组城市）：伦敦、北京、上海、纽约。\n人才潜力突出（一组城市）：深圳、广州、香港、上海。",
                "總排名前十：波士頓、舊金山、北京、倫敦、紐約、洛杉磯、西雅圖、上海、香港、東京。\n教育前三：波士頓、倫敦、香港。\n"
                "科技創新前三：舊金山、波士頓、北京。\n人才發展前十（未公佈排序）：5座美國城市（未點名）和北京、深圳、香港、廣州、上海。\n"
                "基礎教育與高等教育較均衡（一組城市）：倫敦、北京、上海、紐約。\n人才潛力突出（一組城市）：深圳、廣州、香港、上海。",
            )
        return Chk(must, no, ideal=ideal)

    return make


def last_all():
    return lambda L: last_of_all_p(L)


# =============================================================================================================
# ENGLISH
# =============================================================================================================
EN_CASES = [
    # top N, every list
    ("top 5 overall pls", topn(5), "top"),
    ("@citybot gimme the top four", topn(4), "top group_chat"),
    ("first seven cities on the list?", topn(7), "top"),
    ("whats the whole top ten, all of it", topn(10), "top"),
    ("can u list the top 15 cities", topn(15), "top unpublished"),
    ("education top five please", topn(5, "edu"), "top unpublished"),
    ("who made the sci-tech top 3 again", topn(3, "sci"), "top"),
    ("top 3 for talent development?", talent_top(3), "top unpublished"),
    ("name all ten talent cities", talent_all(), "top unpublished"),
    ("rank the talent top 10 for me from 1 to 10", talent_ordered(), "top unpublished adversarial"),
    ("which us cities are on the talent list", talent_us(), "top unpublished"),
    ("which cities have balanced basic n higher education", lambda L: group(L, "balanced"), "top"),
    ("the exceptional talent potential ones, who are they", lambda L: group(L, "potential"), "top"),
    ("show me every list in the report, overall and the sub-lists", all_lists(), "top"),
    # the bottom of a top N, who closes a list
    ("bottom 3 of the top 10 who are they", rng(8, 10), "range"),
    ("last two in the top five", rng(4, 5), "range"),
    ("who closes the list", closer(), "at_rank"),
    ("who rounds out the top ten", closer(), "at_rank"),
    ("who's at the bottom of the top 5", at(5), "at_rank"),
    ("who closes out the education top 3", at(3, "edu"), "at_rank"),
    ("last spot in the innovation top three?", at(3, "sci"), "at_rank"),
    ("who's dead last in the talent top 10", at(10, "talent"), "at_rank unpublished"),
    ("which city is last out of all 30 evaluated", last_all(), "at_rank unpublished"),
    # who is at rank k
    ("who's No. 4 overall", at(4), "at_rank"),
    ("which city is number eight", at(8), "at_rank"),
    ("the 6th city on the list is..?", at(6), "at_rank"),
    ("who grabbed first place", at(1), "at_rank"),
    ("tell me who came fifth", at(5), "at_rank"),
    ("@citybot who sits at #2 in edu", at(2, "edu"), "at_rank group_chat"),
    ("2nd place innovation", at(2, "sci"), "at_rank"),
    ("sci tech number four?", at(4, "sci"), "at_rank unpublished"),
    ("anyone know who was 11th overall", at(11), "at_rank unpublished"),
    ("who just missed the top 10 cut", at(11), "at_rank unpublished"),
    ("and the 25th city is", at(25), "at_rank unpublished"),
    ("who's second in the balanced education group", group_first("balanced", 2), "at_rank unpublished"),
    ("is la 6th?", yes_at("Los Angeles", 6), "at_rank"),
    ("tokyo's 9th right", no_at("Tokyo", 9), "at_rank adversarial"),
    # ranges
    ("4th thru 7th place?", rng(4, 7), "range"),
    ("ranks 3 to 6 real quick", rng(3, 6), "range"),
    ("who's between 2nd and 5th", rng(3, 4), "range"),
    ("positions 8-12", rng(8, 12), "range unpublished"),
    ("cities between beijing and hong kong in the ranking", between("Beijing", "Hong Kong"), "range"),
    ("anyone between shanghai and hk?", between("Shanghai", "Hong Kong"), "range"),
    ("which cities are between tokyo and paris", between_unknown("Tokyo", ("Paris", "巴黎"), real=True),
     "range unpublished"),
    ("everyone ranked below tokyo pls", rng(11, 30), "range unpublished"),
    ("edu 2 to 4", rng(2, 4, "edu"), "range unpublished"),
    # neighbours
    ("who comes right after la", nb("Los Angeles", 1), "neighbour"),
    ("which city is just ahead of seattle lol", nb("Seattle", -1), "neighbour"),
    ("two places below beijing?", nb("Beijing", 2), "neighbour"),
    ("the one before hong kong", nb("Hong Kong", -1), "neighbour"),
    ("who follows boston in innovation", nb("Boston", 1, "sci"), "neighbour"),
    ("so who's after tokyo then", nb("Tokyo", 1), "neighbour unpublished"),
    ("one below hk in the education list?", nb("Hong Kong", 1, "edu"), "neighbour unpublished"),
    ("two spots under hong kong", past_end("Hong Kong", 2), "neighbour unpublished"),
    # distances
    ("sf and tokyo how many spots apart", dist("San Francisco", "Tokyo"), "distance"),
    ("how far is la behind boston", dist("Los Angeles", "Boston"), "distance"),
    ("how far behind beijing is shanghai", dist("Shanghai", "Beijing"), "distance"),
    ("@citybot how many places between nyc and hk", dist("New York", "Hong Kong"), "distance group_chat"),
    ("how far back is hong kong from boston in edu", dist("Hong Kong", "Boston", "edu"), "distance"),
    ("how many places is guangzhou below tokyo", dist_unknown("Tokyo", "Guangzhou"), "distance unpublished"),
    # not in a list
    ("where's shenzhen in the top 10", where("Shenzhen"), "rank unpublished"),
    ("is seoul anywhere in the top ten", elsewhere("Seoul"), "rank"),
    ("tokyo in the innovation top 3?", inside("Tokyo", "sci"), "rank"),
    ("where does shanghai sit in the education list", where("Shanghai", "edu"), "rank unpublished"),
    ("does tokyo make the talent top 10", inside("Tokyo", "talent"), "rank"),
    ("boston's spot in the talent list?", where("Boston", "talent"), "rank unpublished"),
]
for q, make, tg in EN_CASES:
    add(q, make, tags=tg)

# =============================================================================================================
# SIMPLIFIED CHINESE
# =============================================================================================================
HANS_CASES = [
    ("前五名是哪几个城市呀", topn(5), "top"),
    ("给我看下总排名前三", topn(3), "top"),
    ("教育榜前五名有谁", topn(5, "edu"), "top unpublished"),
    ("人才发展前三名是谁", talent_top(3), "top unpublished"),
    ("人才前十都有哪些城市，列一下", talent_all(), "top unpublished"),
    ("哪几个城市的基础教育和高等教育发展比较均衡", lambda L: group(L, "balanced"), "top"),
    ("人才潜力特别突出的是哪些城市", lambda L: group(L, "potential"), "top"),
    ("报告里所有的榜单都给我列出来", all_lists(), "top"),
    ("前十名的最后两名是谁", rng(9, 10), "range"),
    ("前五里排最后的是哪个", at(5), "at_rank"),
    ("公布的名单里垫底的是谁", closer(), "at_rank"),
    ("第四名是哪个城市", at(4), "at_rank"),
    ("排第九的是谁", at(9), "at_rank"),
    ("谁是No.1啊", at(1), "at_rank"),
    ("科创第三名是哪个城市", at(3, "sci"), "at_rank"),
    ("教育排第二的是谁", at(2, "edu"), "at_rank"),
    ("排第11的城市是哪个", at(11), "at_rank unpublished"),
    ("刚好掉出前十的那个城市是谁", at(11), "at_rank unpublished"),
    ("第十五名是哪座城市", at(15), "at_rank unpublished"),
    ("人才潜力那组里第一名是谁", group_first("potential"), "at_rank unpublished"),
    ("第3到第7名", rng(3, 7), "range"),
    ("北京和西雅图之间有哪些城市", between("Beijing", "Seattle"), "range"),
    ("上海跟香港中间还夹着别的城市吗", between("Shanghai", "Hong Kong"), "range"),
    ("第八到第十二名都是谁", rng(8, 12), "range unpublished"),
    ("伦敦后面一位是谁", nb("London", 1), "neighbour"),
    ("西雅图前面隔一个是谁", nb("Seattle", -2), "neighbour"),
    ("香港后面是哪个城市", nb("Hong Kong", 1), "neighbour"),
    ("东京再往后是哪个城市", nb("Tokyo", 1), "neighbour unpublished"),
    ("科创榜波士顿后面是谁", nb("Boston", 1, "sci"), "neighbour"),
    ("纽约和东京差几名", dist("New York", "Tokyo"), "distance"),
    ("上海比北京低多少名", dist("Shanghai", "Beijing"), "distance"),
    ("深圳在总榜排第几", where("Shenzhen"), "rank unpublished"),
    ("东京进教育前三了吗", inside("Tokyo", "edu"), "rank"),
    ("人才前十里是哪几个美国城市", talent_us(), "top unpublished"),
    ("首尔排第几", elsewhere("Seoul", "首尔"), "rank"),
]
for q, make, tg in HANS_CASES:
    add(q, make, tags=tg, script="hans")

# =============================================================================================================
# TRADITIONAL CHINESE (Taiwan and Hong Kong / Cantonese usage)
# =============================================================================================================
HANT_CASES = [
    ("頭五名係邊啲城市", topn(5), "top"),
    ("總排名前八名是哪些", topn(8), "top"),
    ("教育頭三名係邊個", topn(3, "edu"), "top"),
    ("人才發展頭三係邊個城市", talent_top(3), "top unpublished"),
    ("人才前十有邊啲城市啊", talent_all(), "top unpublished"),
    ("教育均衡嗰組有邊幾個城市", lambda L: group(L, "balanced"), "top"),
    ("報告全部榜單列晒出嚟睇下", all_lists(), "top"),
    ("前十名最尾嗰三個係邊個", rng(8, 10), "range"),
    ("前十名包尾係邊個", closer(), "at_rank"),
    ("排第四嗰個係咩城市", at(4), "at_rank"),
    ("第二名是哪個城市", at(2), "at_rank"),
    ("科技創新第二名係邊", at(2, "sci"), "at_rank"),
    ("教育排名第三是誰", at(3, "edu"), "at_rank"),
    ("第十二名是哪一個城市", at(12), "at_rank unpublished"),
    ("啱啱跌出前十嗰個係邊個城市", at(11), "at_rank unpublished"),
    ("第四至第七名", rng(4, 7), "range"),
    ("北京同紐約中間係邊個", between("Beijing", "New York"), "range"),
    ("第九到第十一名係邊啲", rng(9, 11), "range unpublished"),
    ("上海後面一個係邊個", nb("Shanghai", 1), "neighbour"),
    ("洛杉磯前面嗰個係邊個", nb("Los Angeles", -1), "neighbour"),
    ("北京下面兩位係邊個", nb("Beijing", 2), "neighbour"),
    ("東京再落一位係邊個", nb("Tokyo", 1), "neighbour unpublished"),
    ("教育榜倫敦前面是誰", nb("London", -1, "edu"), "neighbour"),
    ("波士頓同上海差幾多名", dist("Boston", "Shanghai"), "distance"),
    ("香港落後北京幾多位", dist("Hong Kong", "Beijing"), "distance"),
    ("深圳喺總榜排第幾", where("Shenzhen"), "rank unpublished"),
    ("東京有冇入科創前三", inside("Tokyo", "sci"), "rank"),
    ("巴黎喺榜上排第幾", elsewhere("Paris", "巴黎"), "rank"),
]
for q, make, tg in HANT_CASES:
    add(q, make, tags=tg, script="hant")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
