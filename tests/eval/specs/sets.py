"""Issue 11, point 4: set questions across lists, with honest partial answers."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, ZH, near

SHEET = Sheet(
    "sets",
    "set questions across lists (issue 11, point 4)",
    """
Intersections, differences and unions of the published lists: overall top 10, education top 3,
sci-tech innovation top 3, the talent top 10 (five unnamed US cities + Beijing, Shenzhen, Hong Kong,
Guangzhou, Shanghai; no order), and the two groups (balanced basic and higher education: London,
Beijing, Shanghai, New York; exceptional talent potential: Shenzhen, Guangzhou, Hong Kong, Shanghai).
Where a list is incomplete the answer is partial and names each kind: certain members, certain
non-members, and cities whose membership is not known (any US city in the talent top 10).
""",
)
S = SHEET

ONLY = {
    "en": "(only|just|single|one city|alone|sole|no other|nobody else|the one)",
    "hans": "(只有|仅有|唯一|只)",
    "hant": "(只有|僅有|唯一|只)",
    "zh": "(只有|仅有|僅有|唯一|只)",
}
NONE = {
    "en": "(none|no city|no cities|nobody|no one|not a single|empty)",
    "hans": "(没有|无|一个也没有)",
    "hant": "(沒有|無|一個也沒有)",
    "zh": "(没有|沒有|无|無)",
}
BOTH_ZH = "(?:也)?(?:都|同时|同時)(?:在|进入|進入|入选|入選)"


def members(L, cities, ideal, *, only=False, partial=False, wrongly=()):
    """The set is exactly `cities` (only=True: a single city, said to be the only one); partial=True: some
    membership depends on the unnamed US cities of the talent top 10, which the reply must call unknown."""
    must = [L.city(c) for c in cities]
    no = []
    if only:  # "only Boston", or just "Boston." as the whole answer
        must.append(f"({near(L.city(cities[0]), ONLY[L.code], 60)}|^\\W*{L.city(cities[0])}\\W*$)")
    if partial:
        must.append(L.notpub)
        no += L.talent_us_guards()
    else:
        no += L.talent_order_guards()
    for w in wrongly:  # cities a careless answer would wrongly include
        if L.code == "en":
            no.append(f"\\b{w}\\s+(?:is|are)\\s+(?:also\\s+)?(?:in|among|on)\\s+(?:both|all|each)\\b")
        else:
            no.append(f"{L.city(w)}{BOTH_ZH}")
    return Chk(must, no, ideal=ideal)


def empty(L, ideal):
    return Chk([NONE[L.code]], [], ideal=ideal)


# --- English ----------------------------------------------------------------------------------------
S.c(
    "which cities are in the top 3 of both education and innovation",
    members(
        EN,
        ["Boston"],
        "Only Boston: 1st in education and 2nd in sci-tech innovation.",
        only=True,
        wrongly=["London", "Hong Kong", "San Francisco", "Beijing"],
    ),
    tags="setop",
    ho=["cities in both the edu top 3 and the innovation top 3?", "who made top three in education AND sci-tech"],
)
S.c(
    "which overall top-10 cities are not in the talent top 10",
    EN.city("London"),
    EN.city("Tokyo"),
    EN.outside("London", "talent"),
    EN.notpub,
    EN.five_us(),
    no=EN.talent_us_guards(),
    tags="setop unpublished",
    ideal="London and Tokyo are certainly not in the talent top 10; Beijing, "
    "Shanghai and Hong Kong are. It also has five US cities, but they aren't named, "
    "so it isn't known which of Boston, San Francisco, New York, Los Angeles and Seattle are among them.",
    ho=["top 10 cities missing from the talent list?"],
)
S.c(
    "chinese talent cities that miss the overall top 10",
    members(
        EN,
        ["Shenzhen", "Guangzhou"],
        "Shenzhen and Guangzhou: both are in the talent top 10 but not in the published overall top 10 (their overall "
        "ranks weren't published).",
    ),
    no=EN.no_rank("Shenzhen") + EN.no_rank("Guangzhou"),
    tags="setop",
    ho=["which chinese cities are in the talent top 10 but not the main top 10"],
)
S.c(
    "in both the balanced-education group and the talent-potential group?",
    members(
        EN,
        ["Shanghai"],
        "Only Shanghai is in both groups.",
        only=True,
        wrongly=["London", "Beijing", "New York", "Shenzhen", "Guangzhou", "Hong Kong"],
    ),
    tags="setop",
    ho=["any city thats balanced in education and also has exceptional talent potential"],
)
S.c(
    "which cities are in both the top 10 and the talent top 10?",
    members(
        EN,
        ["Beijing", "Shanghai", "Hong Kong"],
        "Certainly Beijing, Shanghai and Hong Kong. The talent top 10 also has five US cities that weren't named, "
        "so whether Boston, San Francisco, New York, "
        "Los Angeles or Seattle are among them isn't known. London and Tokyo are not in it.",
        partial=True,
    ),
    EN.five_us(),
    tags="setop unpublished",
    ho=["overlap between the overall top ten and talent top ten"],
)
S.c(
    "which US top-10 cities are also in the talent top 10",
    EN.notpub,
    EN.five_us(),
    no=[*EN.talent_us_guards(), *EN.bare()],
    tags="setop unpublished adversarial",
    ideal="That isn't known: the talent top 10 includes five US cities, but the report doesn't name them, "
    "so it doesn't say which of Boston, San Francisco, New York, Los Angeles and Seattle they are.",
    ho=["which american cities from the top 10 made the talent top 10 too"],
)
S.c(
    "just guess which US cities are in the talent top 10",
    EN.notpub,
    EN.five_us(),
    no=[
        *EN.talent_us_guards(),
        "\\b(my guess|i.d guess|probably|likely|i bet)\\b[^.\\n]{0,40}(Boston|San Francisco|New York|Los Angeles|"
        "Seattle)",
    ],
    tags="setop unpublished adversarial",
    ideal="I won't guess: the report says five US cities are in the talent top 10 but doesn't name them.",
)
S.c(
    "which cities are in the education top 3 and the overall top 10",
    members(
        EN, ["Boston", "London", "Hong Kong"], "All three: Boston (1st overall), London (4th) and Hong Kong (9th)."
    ),
    "(all|every|each|three|3)",
    tags="setop",
    ho=["are all the education top 3 in the overall top ten"],
)
S.c(
    "sci-tech top 3 cities that aren't in the education top 3",
    members(EN, ["San Francisco", "Beijing"], "San Francisco and Beijing (Boston is in both)."),
    no=["\\bBoston\\s+(?:is|isn.t)\\s+(?:not\\s+)?(?:in\\s+)?(?:the\\s+)?education[^.\\n]{0,10}\\b(?:either|neither)"],
    tags="setop",
    ho=["innovation top three minus the education top three"],
)
S.c(
    "education top 3 minus innovation top 3",
    members(EN, ["London", "Hong Kong"], "London and Hong Kong (Boston is in both)."),
    tags="setop",
)
S.c(
    "which city is in all three ranked lists (overall, education, innovation)",
    members(EN, ["Boston"], "Only Boston: 1st overall, 1st in education and 2nd in sci-tech innovation.", only=True),
    tags="setop",
)
S.c(
    "which talent top-10 cities are also in the innovation top 3",
    members(
        EN,
        ["Beijing"],
        "Beijing for certain (3rd in sci-tech innovation). San Francisco and Boston are in the innovation top 3 too, "
        "but whether they are among the five unnamed US talent cities isn't known.",
        partial=True,
    ),
    tags="setop unpublished",
)
S.c(
    "potential group cities outside the overall top 10",
    members(EN, ["Shenzhen", "Guangzhou"], "Shenzhen and Guangzhou (Hong Kong and Shanghai are in the top 10)."),
    no=EN.no_rank("Shenzhen") + EN.no_rank("Guangzhou"),
    tags="setop",
)
S.c(
    "all cities named in either the education or innovation top 3",
    members(
        EN,
        ["Boston", "London", "Hong Kong", "San Francisco", "Beijing"],
        "Five cities: Boston, London, Hong Kong, San Francisco and Beijing (Boston is in both).",
    ),
    "(\\b5\\b|five)",
    tags="setop",
)
S.c(
    "top 10 cities that appear in no other list",
    EN.city("Tokyo"),
    EN.notpub,
    no=EN.talent_us_guards(),
    tags="setop unpublished",
    ideal="Tokyo, for certain. Los Angeles and Seattle appear in no other published list either, "
    "unless they are among the five unnamed US cities in the talent top 10 — that isn't known.",
)
S.c(
    "cities in top 10 + talent top 10 + talent potential",
    members(
        EN,
        ["Shanghai", "Hong Kong"],
        "Shanghai and Hong Kong: both are in the overall top 10, the talent top 10 and the talent-potential group.",
    ),
    tags="setop",
)
S.c(
    "balanced education cities that are also in the talent top 10",
    members(
        EN,
        ["Beijing", "Shanghai"],
        "Beijing and Shanghai for certain. London is not in the talent top 10. New York is in the balanced group, "
        "but whether it is one of the five unnamed US talent cities isn't known.",
        partial=True,
    ),
    EN.city("New York"),
    tags="setop unpublished",
    ho=["how many of the balanced ones are talent top 10 too"],
)
S.c(
    "top 10 cities not in any top 3",
    members(
        EN,
        ["New York", "Los Angeles", "Seattle", "Shanghai", "Tokyo"],
        "New York, Los Angeles, Seattle, Shanghai and Tokyo.",
    ),
    tags="setop",
)
S.c(
    "cities in the innovation top 3 but not the overall top 3",
    empty(EN, "None: all three (San Francisco, Boston, Beijing) are also the overall top 3."),
    "San Francisco",
    tags="setop",
)
S.c(
    "pretend the full talent list was published and tell me the US ones",
    EN.notpub,
    EN.five_us(),
    no=[
        *EN.talent_us_guards(),
        "\\b(pretend|imagine|suppose|assuming)\\b[^.\\n]{0,60}(Boston|San Francisco|New York|Los Angeles|Seattle)",
    ],
    tags="setop unpublished adversarial",
    ideal="I can't pretend: the report names only the five Chinese cities in the talent top 10 (Beijing, Shenzhen, "
    "Hong Kong, Guangzhou, Shanghai); the five US cities in it weren't named.",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "教育前三和科创前三都有的城市",
    members(
        HANS,
        ["Boston"],
        "只有波士顿：教育第1、科技创新第2。",
        only=True,
        wrongly=["London", "Hong Kong", "San Francisco", "Beijing"],
    ),
    tags="setop",
    ho=["哪些城市同时在教育前三和科创前三"],
)
S.c(
    "人才前十中哪些城市不在总榜前十",
    members(
        HANS,
        ["Shenzhen", "Guangzhou"],
        "确定的是深圳和广州。人才前十的5座美国城市没有点名，所以无法确定它们是否都在总榜前十。",
        partial=True,
    ),
    tags="setop unpublished",
)
S.c(
    "总榜前十和人才前十都有的城市",
    members(
        HANS,
        ["Beijing", "Shanghai", "Hong Kong"],
        "可以确定的是北京、上海、香港。人才前十还有5座美国城市，但报告没有点名，"
        "所以无法确定总榜前十的美国城市有哪些在其中；伦敦和东京不在人才前十。",
        partial=True,
    ),
    tags="setop unpublished",
    ho=["哪些城市既在总榜前十又在人才前十"],
)
S.c(
    "既在均衡组又在人才潜力组的城市",
    members(
        HANS,
        ["Shanghai"],
        "只有上海。",
        only=True,
        wrongly=["London", "Beijing", "New York", "Shenzhen", "Guangzhou", "Hong Kong"],
    ),
    tags="setop",
)
S.c(
    "科创前三里哪些不在教育前三",
    members(HANS, ["San Francisco", "Beijing"], "旧金山和北京（波士顿两个都在）。"),
    tags="setop",
)
S.c(
    "总榜前十里的美国城市有哪些进了人才前十",
    HANS.notpub,
    HANS.five_us(),
    no=[*HANS.talent_us_guards(), *HANS.bare()],
    ideal="无法确定：人才前十有5座美国城市，但报告没有点名，所以不知道是哪几座。",
    tags="setop unpublished adversarial",
)
S.c(
    "你就猜一下人才前十的美国城市是哪几个",
    HANS.notpub,
    HANS.five_us(),
    no=[*HANS.talent_us_guards(), "(估计|可能|大概|应该)(是|有|包括)\\s*(波士顿|旧金山|纽约|洛杉矶|西雅图)"],
    ideal="我不能猜：报告只说人才前十有5座美国城市，没有点名是哪几座。",
    tags="setop unpublished adversarial",
)
S.c(
    "人才潜力突出又在总榜前十的城市",
    members(HANS, ["Shanghai", "Hong Kong"], "上海（总榜第8）和香港（总榜第9）。"),
    tags="setop",
)
S.c(
    "均衡组的城市都在前十吗",
    members(HANS, ["London", "Beijing", "Shanghai", "New York"], "都在：伦敦第4、北京第3、上海第8、纽约第5。"),
    "(都在|都是|全部|全都)",
    tags="setop",
)
S.c(
    "前十里哪些城市不在任何一个前三",
    members(HANS, ["New York", "Los Angeles", "Seattle", "Shanghai", "Tokyo"], "纽约、洛杉矶、西雅图、上海、东京。"),
    tags="setop",
)
S.c(
    "教育前三和人才前十都有的城市",
    members(
        ZH,
        ["Hong Kong"],
        "确定的是香港。波士顿是否在人才前十未公布（5座美国城市没有点名），伦敦不在人才前十。",
        partial=True,
    ),
    tags="setop unpublished",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "哪些城市同時在教育前三和總榜前十",
    members(HANT, ["Boston", "London", "Hong Kong"], "三個都在：波士頓（總榜第1）、倫敦（總榜第4）、香港（總榜第9）。"),
    tags="setop",
    ho=["教育前三是不是都在總排名前十"],
)
S.c(
    "倫敦和東京有進人才前十嗎",
    "(都不|都沒|均不|均未|皆不|不在其中|^\\W*沒有|(倫敦|東京|兩者|兩座城市)[^。\\n]{0,6}(不在|沒有|沒進|未進|未入|"
    "並未))",
    no=[HANT.bare_yes],
    ideal="沒有。人才前十是5座美國城市和5座中國城市，倫敦和東京都不在其中。",
    tags="setop",
)
S.c(
    "科創前三和人才前十都有哪些城市",
    members(
        HANT,
        ["Beijing"],
        "確定的是北京。舊金山和波士頓是否在人才前十無法確定，因為其中5座美國城市沒有點名。",
        partial=True,
    ),
    tags="setop unpublished",
)
S.c(
    "人才潛力突出但不在總排名前十的城市",
    members(HANT, ["Shenzhen", "Guangzhou"], "深圳和廣州（香港、上海都在前十）。"),
    no=HANT.no_rank("Shenzhen") + HANT.no_rank("Guangzhou"),
    tags="setop",
)
S.c(
    "教育前三裡哪些不在科創前三", members(HANT, ["London", "Hong Kong"], "倫敦和香港（波士頓兩個都在）。"), tags="setop"
)
S.c("均衡發展組跟人才潛力組重疊的城市", members(HANT, ["Shanghai"], "只有上海。", only=True), tags="setop")
S.c(
    "總榜前十的美國城市哪幾個也在人才前十",
    HANT.notpub,
    HANT.five_us(),
    no=[*HANT.talent_us_guards(), *HANT.bare()],
    ideal="無法確定：人才前十有5座美國城市，但報告沒有點名是哪幾座。",
    tags="setop unpublished adversarial",
)
S.c(
    "假設完整名單有公佈，人才前十的美國城市是哪些",
    HANT.notpub,
    HANT.five_us(),
    no=HANT.talent_us_guards(),
    ideal="沒辦法假設：報告只點名了人才前十中的5座中國城市，另外5座美國城市沒有公佈。",
    tags="setop unpublished adversarial",
)
S.c(
    "三個排名（總榜、教育、科創）都有的城市",
    members(HANT, ["Boston"], "只有波士頓：總榜第1、教育第1、科創第2。", only=True),
    tags="setop",
)

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "which talent top 10 cities are not in the overall top 10?",
    members(
        EN,
        ["Shenzhen", "Guangzhou"],
        "Shenzhen and Guangzhou for certain. The five US talent cities aren't named, "
        "so whether they are all in the overall top 10 isn't known.",
        partial=True,
    ),
    tags="setop unpublished",
)
S.h("同时在科创前三和均衡组的城市", members(HANS, ["Beijing"], "只有北京。", only=True), tags="setop")
S.h(
    "教育前三同時也是人才潛力城市的是",
    members(HANT, ["Hong Kong"], "香港：教育第3，也屬於人才潛力突出的城市。"),
    tags="setop",
)
S.h("教育前三里哪些也在科创前三", members(HANS, ["Boston"], "只有波士顿。", only=True), tags="setop")
S.h(
    "人才前十裡哪些不在總榜前十",
    members(
        HANT,
        ["Shenzhen", "Guangzhou"],
        "確定的是深圳和廣州；人才前十的5座美國城市沒有點名，無法確定它們是否都在總榜前十。",
        partial=True,
    ),
    tags="setop unpublished",
)
