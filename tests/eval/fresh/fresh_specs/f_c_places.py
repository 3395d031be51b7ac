"""Fresh, part C: places -- neighbours and distances (also at the edge of what was published), positions and
ranges, superlatives and filters by country or continent."""

from casebook import Chk, Sheet
from probe_specs._common import ahead, medal, neighbour_p, ranged, who_at_p
from specs._facts import RANKED, TALENT_CN, distance, mention, names, ordinal, pos, t
from specs.filters import best, cities, none_in_results
from vocab import zh_numeral

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_c_places",
    "places: neighbours, distances, ranges, positions, superlatives, filters",
    """
Who comes right before or after a city, how many places apart two cities are, who holds a place or a run of
places, the best or worst city under a condition (a country, a continent, a coast, a list), and the cities of
one kind in a list. Past the end of a published list (after Tokyo overall, after Hong Kong in education, 4th in
sci-tech, 11th overall) and inside the unordered talent top 10 the reply says it was not published.
""",
)
S = SHEET
add = adder(S)

US5 = ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"]
ASIA = ["Beijing", "Shanghai", "Hong Kong", "Tokyo"]
CN3 = ["Beijing", "Shanghai", "Hong Kong"]
NON_US = ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"]
WEST = ["San Francisco", "Los Angeles", "Seattle"]


def ranked_names(L, members, lst="overall"):
    """'Boston (1st), London (2nd)' / '波士顿（第1名）、伦敦（第2名）'."""
    if L.code == "en":
        parts = [f"{L.name(c)} ({ordinal(pos(c, lst))})" for c in members]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return "、".join(f"{L.name(c)}（第{pos(c, lst)}名）" for c in members)


def found(L, members, count=None, lst="overall", en="", hans="", hant=""):
    """cities(), with an ideal that lists the members with their ranks."""
    listed = ranked_names(L, members, lst)
    ideal = t(L, en.format(x=listed), hans.format(x=listed), hant.format(x=listed))
    ck = cities(L, members, ideal, count)
    if lst != "overall":  # ranks in that list, not overall
        ck.no = L.no_rank("Shenzhen", lst) + L.no_rank("Guangzhou", lst)
        for c in members:
            ck.no += L.wrong_rank(c, pos(c, lst), lst)
        ck.must.append(mention(L, lst))
    return ck


def nb(L, city, k, lst="overall"):
    return neighbour_p(L, city, k, lst)


def both_sides(L, city):
    return neighbour_p(L, city, -1) + neighbour_p(L, city, 1)


def no_overall_rank(L, city, ideal_en, ideal_hans, ideal_hant, ranked=None):
    """A question that needs CITY's overall rank, which was not published (Shenzhen, Guangzhou)."""
    must = [L.city(city), f"({L.notpub}|{L.outside(city)})"]
    if ranked:
        must.append(L.at(ranked, pos(ranked)))
    no = L.no_rank(city) + L.bare()
    return Chk(must, no, ideal=t(L, ideal_en, ideal_hans, ideal_hant))


def talent_no_order(L, ideal_en, ideal_hans, ideal_hant, *extra):
    """Inside the talent top 10 nothing is ordered."""
    order = {"en": "(order|rank)", "hans": "(排序|顺序|排名|名次|先后)", "hant": "(排序|順序|排名|名次|先後)"}
    order["zh"] = "(排序|顺序|順序|排名|名次|先后|先後)"
    return Chk([L.notpub, order[L.code], *extra], L.talent_guards() + L.bare(), ideal=t(L, ideal_en, ideal_hans,
                                                                                       ideal_hant))


# =====================================================================================================
# neighbours
# =====================================================================================================
NB_EN = [
    ("who's sitting right behind LA", "Los Angeles", 1, "overall"),
    ("two places under beijing who is that", "Beijing", 2, "overall"),
    ("education ranking - who follows london", "London", 1, "edu"),
    ("innov list, the one ahead of boston?", "Boston", -1, "sci"),
    ("anybody ranked above boston??", "Boston", -1, "overall"),
]
for q, city, k, lst in NB_EN:
    add(q, lambda L, c=city, kk=k, ls=lst: nb(L, c, kk, ls), tags="neighbour")
add("@citybot who lands after tokyo", lambda L: nb(L, "Tokyo", 1), tags="neighbour unpublished")
add("edu table: whos after hk", lambda L: nb(L, "Hong Kong", 1, "edu"), tags="neighbour unpublished")
add("in sci tech who comes after beijing", lambda L: nb(L, "Beijing", 1, "sci"), tags="neighbour unpublished")
add("talent list, who is next after shenzhen", lambda L: nb(L, "Shenzhen", 1, "talent"),
    tags="neighbour unpublished")
add("hong kong's neighbours in the ranking either side?", lambda L: both_sides(L, "Hong Kong"), tags="neighbour")
add(
    "who's just above shenzhen overall",
    lambda L: no_overall_rank(
        L,
        "Shenzhen",
        "Shenzhen isn't in the published overall top 10 and its rank wasn't published, so who is just above it "
        "isn't known.",
        "深圳不在公布的总榜前十，具体排名未公布，所以无法知道谁排在它前面。",
        "深圳不在公佈的總排名前十，具體排名未公佈，所以無法知道誰排在它前面。",
    ),
    tags="neighbour unpublished",
)

NB_ZH = [
    ("伦敦后面紧跟着的是哪个城市", "London", 1, "overall"),
    ("排在西雅图前面一位的是谁", "Seattle", -1, "overall"),
    ("教育榜上香港前面是谁", "Hong Kong", -1, "edu"),
    ("比上海低一名的城市是哪个", "Shanghai", 1, "overall"),
    ("科创榜旧金山下面一名是谁", "San Francisco", 1, "sci"),
    ("紐約前面嗰個係邊個", "New York", -1, "overall"),
    ("排喺波士頓後面嘅係邊個城市", "Boston", 1, "overall"),
    ("教育方面波士頓之後是哪個城市", "Boston", 1, "edu"),
    ("香港嘅前一名係邊度", "Hong Kong", -1, "overall"),
    ("洛杉磯往前數兩名是誰", "Los Angeles", -2, "overall"),
]
for q, city, k, lst in NB_ZH:
    add(q, lambda L, c=city, kk=k, ls=lst: nb(L, c, kk, ls), tags="neighbour")
add("东京后一名是谁啊", lambda L: nb(L, "Tokyo", 1), tags="neighbour unpublished")
add("科创榜北京后面还有谁", lambda L: nb(L, "Beijing", 1, "sci"), tags="neighbour unpublished")
add("人才榜里北京后面是哪个", lambda L: nb(L, "Beijing", 1, "talent"), tags="neighbour unpublished")
add("東京後面仲有冇城市", lambda L: nb(L, "Tokyo", 1), tags="neighbour unpublished")
add("教育榜香港之後係邊個", lambda L: nb(L, "Hong Kong", 1, "edu"), tags="neighbour unpublished")

# =====================================================================================================
# distances
# =====================================================================================================
DIST = [
    ("how far apart are boston and seattle", "Boston", "Seattle", "overall"),
    ("number of spots between sf and hk?", "San Francisco", "Hong Kong", "overall"),
    ("by how many places does london beat tokyo", "London", "Tokyo", "overall"),
    ("how many cities sit in between boston and london", "Boston", "London", "overall"),
    ("in edu how many places separate boston and hk", "Boston", "Hong Kong", "edu"),
    ("how many positions higher is sf than beijing for innovation", "San Francisco", "Beijing", "sci"),
    ("@citybot rank gap seattle -> tokyo?", "Seattle", "Tokyo", "overall"),
    ("北京和东京差几名", "Beijing", "Tokyo", "overall"),
    ("纽约比西雅图高几位", "New York", "Seattle", "overall"),
    ("旧金山跟上海之间隔了几个城市", "San Francisco", "Shanghai", "overall"),
    ("教育榜波士顿和伦敦差多少名", "Boston", "London", "edu"),
    ("洛杉矶落后波士顿几个名次", "Los Angeles", "Boston", "overall"),
    ("倫敦同香港相差幾多名", "London", "Hong Kong", "overall"),
    ("波士頓比東京高幾多位", "Boston", "Tokyo", "overall"),
    ("上海與西雅圖之間差幾名", "Shanghai", "Seattle", "overall"),
    ("科技創新榜上舊金山和北京差幾名", "San Francisco", "Beijing", "sci"),
]
for q, a, b, lst in DIST:
    add(q, lambda L, x=a, y=b, ls=lst: distance(L, x, y, ls), tags="distance")


def london_behind(L):
    ck = distance(L, "London", "Hong Kong", "edu")
    ck.must.append(ahead(L, "London"))
    ck.no.append(L.bare_yes)
    ck.ideal = t(
        L,
        "No — London is actually ahead of Hong Kong in education: London is 2nd and Hong Kong 3rd, 1 place apart.",
        "不是，伦敦排在前面：教育排名伦敦第2名，香港第3名，相差1位。",
        "不是，倫敦排在前面：教育排名倫敦第2名，香港第3名，相差1位。",
    )
    return ck


add("how many spots is london behind hk in education", london_behind, tags="distance adversarial")
add("香港教育比伦敦高几名", london_behind, tags="distance adversarial")


def sz_tokyo(L):
    return no_overall_rank(
        L,
        "Shenzhen",
        "Can't say: Tokyo is 10th, but Shenzhen isn't in the published top 10 and its rank wasn't published.",
        "无法计算：东京总榜第10名，但深圳不在公布的前十，具体排名未公布。",
        "無法計算：東京總排名第10名，但深圳不在公佈的前十，具體排名未公佈。",
        ranked="Tokyo",
    )


def gz_shanghai(L):
    return no_overall_rank(
        L,
        "Guangzhou",
        "Not known: Shanghai is 8th, but Guangzhou's overall rank wasn't published (it's not in the top 10).",
        "无法确定：上海总榜第8名，但广州不在公布的前十，具体排名未公布。",
        "無法確定：上海總排名第8名，但廣州不在公佈的前十，具體排名未公佈。",
        ranked="Shanghai",
    )


add("how many places between tokyo and shenzhen", sz_tokyo, tags="distance unpublished")
add("gap between shanghai and guangzhou?", gz_shanghai, tags="distance unpublished")
add("深圳比东京低多少名", sz_tokyo, tags="distance unpublished")
add("廣州同上海差幾多個位", gz_shanghai, tags="distance unpublished")

# =====================================================================================================
# ranges
# =====================================================================================================
RANGES = [
    ("spots 3 through 6", 3, 6, "overall", ""),
    ("who's 7-10", 7, 10, "overall", ""),
    ("the three at the bottom of the top ten", 8, 10, "overall", ""),
    ("bottom half of the top 10 pls", 6, 10, "overall", ""),
    ("who holds 2nd & 3rd in edu", 2, 3, "edu", ""),
    ("@citybot list 5th thru 8th", 5, 8, "overall", ""),
    ("last two of the published ten", 9, 10, "overall", ""),
    ("show me 9th down to 12th", 9, 12, "overall", " unpublished"),
    ("ranks 11 to 15?", 11, 15, "overall", " unpublished"),
    ("innovation 2nd-5th", 2, 5, "sci", " unpublished"),
    ("第四至第六名是哪几个", 4, 6, "overall", ""),
    ("排第6到第9的城市有哪些", 6, 9, "overall", ""),
    ("前十里最后三名", 8, 10, "overall", ""),
    ("第二名到第四名分别是谁", 2, 4, "overall", ""),
    ("教育榜第2、3名是谁", 2, 3, "edu", ""),
    ("第9到第13名", 9, 13, "overall", " unpublished"),
    ("科创第三到第五名呢", 3, 5, "sci", " unpublished"),
    ("第五至第八名係邊幾個城市", 5, 8, "overall", ""),
    ("總排名第七到第十名", 7, 10, "overall", ""),
    ("第11至20名有邊啲", 11, 20, "overall", " unpublished"),
    ("前十名入面最尾兩個", 9, 10, "overall", ""),
    ("第三到第五名分別是哪些城市", 3, 5, "overall", ""),
    ("排第四至第七嘅城市有邊啲", 4, 7, "overall", ""),
]


def beyond(L, lo, hi, lst):
    ck = ranged(L, lo, hi, lst)
    if lo > len(RANKED[lst]):  # an ideal with no rank of a city in it, so none to shift
        size = len(RANKED[lst])
        ck.ideal = t(
            L,
            f"Places {lo}–{hi} weren't published: the report gives only the top {size}.",
            f"第{lo}到{hi}名报告未公布，只公布了前{zh_numeral(size)}名。",
            f"第{lo}到{hi}名報告未公佈，只公佈了前{zh_numeral(size)}名。",
        )
    return ck


for q, lo, hi, lst, extra in RANGES:
    add(q, lambda L, a=lo, b=hi, ls=lst: beyond(L, a, b, ls), tags="range" + extra)

# =====================================================================================================
# who is at a place
# =====================================================================================================
AT = [
    ("who's sitting at number 6", 6, "overall", ""),
    ("who's dead last in the top ten", 10, "overall", ""),
    ("@citybot 3rd overall?", 3, "overall", ""),
    ("2nd place in innov", 2, "sci", ""),
    ("any idea who placed 11th?", 11, "overall", " unpublished"),
    ("who's 7th in sci-tech", 7, "sci", " unpublished"),
    ("4th in education, who", 4, "edu", " unpublished"),
    ("who is number 5 in talent", 5, "talent", " unpublished"),
    ("which city is the very bottom, 30th", 30, "overall", " unpublished"),
    ("排第七的是哪个城市", 7, "overall", ""),
    ("教育第三名是哪里", 3, "edu", ""),
    ("第五名是哪座城市", 5, "overall", ""),
    ("第12名是谁", 12, "overall", " unpublished"),
    ("人才发展第一名是哪个城市", 1, "talent", " unpublished"),
    ("科技创新第4名是哪个", 4, "sci", " unpublished"),
    ("第六名係邊個城市", 6, "overall", ""),
    ("排第八嘅係咩城市", 8, "overall", ""),
    ("邊個城市排第九？", 9, "overall", ""),
    ("教育榜排第四嗰個係咩城市", 4, "edu", " unpublished"),
    ("第二十名是哪個城市", 20, "overall", " unpublished"),
]
for q, n, lst, extra in AT:
    add(q, lambda L, k=n, ls=lst: who_at_p(L, k, ls), tags="at_rank" + extra)
add("who got silver for education", lambda L: medal(L, 2, "edu"), tags="at_rank")
add("科创亚军是谁", lambda L: medal(L, 2, "sci"), tags="at_rank")
add("科技創新冠軍係邊個", lambda L: medal(L, 1, "sci"), tags="at_rank")

# =====================================================================================================
# superlatives
# =====================================================================================================
SUP = [
    ("top spot held by a city that isn't american?", "Beijing", 3, "overall",
     "Beijing — 3rd overall, the highest city outside the US.",
     "北京，总榜第3名，是美国以外排名最高的城市。", "北京，總排名第3名，是美國以外排名最高的城市。"),
    ("best ranked city in europe in this thing", "London", 4, "overall",
     "London — 4th overall, the only European city in the top 10.",
     "伦敦，总榜第4名，前十里唯一的欧洲城市。", "倫敦，總排名第4名，前十裡唯一的歐洲城市。"),
    ("leading chinese city for education", "Hong Kong", 3, "edu",
     "Hong Kong — 3rd in education.", "香港，教育排名第3名。", "香港，教育排名第3名。"),
    ("of the american cities in the top 10 which one is furthest down", "Seattle", 7, "overall",
     "Seattle — 7th overall.", "西雅图，总榜第7名。", "西雅圖，總排名第7名。"),
    ("highest-placed west coast city", "San Francisco", 2, "overall",
     "San Francisco — 2nd overall.", "旧金山，总榜第2名。", "舊金山，總排名第2名。"),
    ("best chinese city in sci tech", "Beijing", 3, "sci",
     "Beijing — 3rd in sci-tech innovation.", "北京，科技创新排名第3名。", "北京，科技創新排名第3名。"),
    ("which chinese city is the furthest down the top 10", "Hong Kong", 9, "overall",
     "Hong Kong — 9th (Beijing is 3rd, Shanghai 8th).", "香港，总榜第9名。", "香港，總排名第9名。"),
    ("second best asian city", "Shanghai", 8, "overall",
     "Shanghai — 8th overall, after Beijing (3rd).", "上海，总榜第8名。", "上海，總排名第8名。"),
    ("@citybot best european city for education", "London", 2, "edu",
     "London — 2nd in education.", "伦敦，教育排名第2名。", "倫敦，教育排名第2名。"),
    ("除了美国城市，排名最靠前的是哪个", "Beijing", 3, "overall",
     "", "北京，总榜第3名，是美国以外排名最高的城市。", ""),
    ("欧洲城市里谁排得最高", "London", 4, "overall", "", "伦敦，总榜第4名。", ""),
    ("教育方面最好的中国城市是哪个", "Hong Kong", 3, "edu", "", "香港，教育排名第3名。", ""),
    ("美国城市在前十里最靠后的是哪个", "Seattle", 7, "overall", "", "西雅图，总榜第7名。", ""),
    ("亚洲排名最高的城市是哪个", "Beijing", 3, "overall", "", "北京，总榜第3名。", ""),
    ("科创最强的中国城市", "Beijing", 3, "sci", "", "北京，科技创新排名第3名。", ""),
    ("日本城市最好排第几", "Tokyo", 10, "overall", "", "东京，总榜第10名，是唯一上榜的日本城市。", ""),
    ("唔計美國，邊個城市排最高", "Beijing", 3, "overall", "", "", "北京，總排名第3名。"),
    ("歐洲最強嘅城市係邊個", "London", 4, "overall", "", "", "倫敦，總排名第4名。"),
    ("前十入面排最低嘅亞洲城市係邊個", "Tokyo", 10, "overall", "", "", "東京，總排名第10名。"),
    ("教育排名最高的亞洲城市", "Hong Kong", 3, "edu", "", "", "香港，教育排名第3名。"),
    ("前十名入面排最低嘅美國城市", "Seattle", 7, "overall", "", "", "西雅圖，總排名第7名。"),
]
for q, city, n, lst, en, hans, hant in SUP:
    add(q, lambda L, c=city, k=n, ls=lst, a=en, b=hans, d=hant: best(L, c, k, ls, ideal=t(L, a, b, d)),
        tags="superlative")

add(
    "which of the chinese talent cities is strongest",
    lambda L: talent_no_order(
        L,
        "No order was published inside the talent top 10, so none of its Chinese cities (Beijing, Shenzhen, "
        "Hong Kong, Guangzhou, Shanghai) is ranked above the others.",
        "",
        "",
        L.city("Shenzhen"),
    ),
    tags="superlative unpublished",
)
add(
    "人才榜上哪个中国城市最强",
    lambda L: talent_no_order(
        L, "", "人才发展前十没有公布排序，所以北京、深圳、香港、广州、上海之间分不出谁最强。", "", L.city("Shenzhen")
    ),
    tags="superlative unpublished",
)
add(
    "人才發展邊個中國城市排最高",
    lambda L: talent_no_order(
        L, "", "", "人才發展前十沒有公佈排序，所以北京、深圳、香港、廣州、上海之間分不出誰排最高。", L.city("Shenzhen")
    ),
    tags="superlative unpublished",
)
add(
    "which african city does best here",
    lambda L: none_in_results(
        L, "African", "There's no African city in the published results (the top 10 and the category lists)."
    ),
    tags="superlative unpublished",
)
add(
    "南美洲排名最高的城市是哪个",
    lambda L: none_in_results(L, "南美洲?", "公布的结果里没有南美洲城市，前十名和各分项榜单都没有。"),
    tags="superlative unpublished",
)
add(
    "排名最高嘅澳洲城市係邊個",
    lambda L: none_in_results(L, "(澳洲|澳大利亞)", "公佈的結果裡沒有澳洲城市，前十名和各分項榜單都沒有。"),
    tags="superlative unpublished",
)

# =====================================================================================================
# filters: the cities of one kind in a list
# =====================================================================================================
EN_F = "{x}."
add("show me just the us cities from the top ten",
    lambda L: found(L, US5, 5, en="Five: {x}."), tags="filter")
add("only the asian ones pls", lambda L: found(L, ASIA, 4, en="Four Asian cities: {x}."), tags="filter")
add("which chinese cities made the education top 3",
    lambda L: found(L, ["Hong Kong"], 1, "edu", en="One: Hong Kong, 3rd in education."), tags="filter")
add("us cities in the innovation top three",
    lambda L: found(L, ["San Francisco", "Boston"], 2, "sci",
                    en="Two: San Francisco is 1st in sci-tech innovation and Boston 2nd."), tags="filter")
add("which cities outside the US made the top 10",
    lambda L: found(L, NON_US, 5, en="Five: {x}."), tags="filter")
add("@citybot japanese cities in the top 10?",
    lambda L: found(L, ["Tokyo"], 1, en="One: {x}."), tags="filter")
add("cities from the US west coast in the top 10",
    lambda L: found(L, WEST, 3, en="Three: {x}."), tags="filter")


def talent_cn(L):
    ideal = t(
        L,
        f"Five: {names(L, TALENT_CN)} — the talent top 10 lists them without an order, next to five unnamed US "
        "cities.",
        f"5座：{names(L, TALENT_CN)}（人才发展前十没有公布排序，另外5座是未点名的美国城市）。",
        f"5座：{names(L, TALENT_CN)}（人才發展前十沒有公佈排序，另外5座是未點名的美國城市）。",
    )
    ck = cities(L, TALENT_CN, ideal, 5)
    ck.must.append(mention(L, "talent"))
    ck.no += L.talent_order_guards()
    return ck


def talent_us(L):
    ideal = t(
        L,
        "Five US cities are in the talent top 10, but the report doesn't name them (and gives no order).",
        "人才发展前十里有5座美国城市，但报告没有点名是哪几座，也没有公布排序。",
        "人才發展前十裡有5座美國城市，但報告沒有點名是哪幾座，也沒有公佈排序。",
    )
    return Chk([L.five_us(), L.notpub], L.talent_guards() + L.bare(), ideal=ideal)


add("chinese cities in the talent top 10", talent_cn, tags="filter")
add("which american cities are in the talent top 10", talent_us, tags="filter unpublished")
add("any canadian cities in there?",
    lambda L: none_in_results(L, "Canadian", "No — no Canadian city is in the published results."),
    tags="filter unpublished")

add("前十里美国占了哪几个位置", lambda L: found(L, US5, 5, hans="5座：{x}。"), tags="filter")
add("亚洲城市都排第几", lambda L: found(L, ASIA, hans="{x}。"), tags="filter")
add("前十里有几个欧洲城市", lambda L: found(L, ["London"], 1, hans="只有1个：{x}。"), tags="filter")
add("科创前三中的美国城市", lambda L: found(L, ["San Francisco", "Boston"], 2, "sci",
                                   hans="2座：旧金山科技创新排名第1名，波士顿科技创新排名第2名。"), tags="filter")
add("非美国的前十城市有哪些", lambda L: found(L, NON_US, 5, hans="5座：{x}。"), tags="filter")
add("人才前十里的中国城市有哪几个", talent_cn, tags="filter")
add("有没有非洲城市上榜",
    lambda L: none_in_results(L, "非洲", "没有，公布的结果里没有非洲城市。"), tags="filter unpublished")
add("前十入面有邊啲中國城市", lambda L: found(L, CN3, 3, hant="3座：{x}。"), tags="filter")
add("總排名前十裡面的亞洲城市", lambda L: found(L, ASIA, 4, hant="4座：{x}。"), tags="filter")
add("教育頭三名入面有冇美國嘅城市", lambda L: found(L, ["Boston"], 1, "edu", hant="有1座：波士頓教育排名第1名。"), tags="filter")
add("美國以外嘅前十城市係邊幾個", lambda L: found(L, NON_US, 5, hant="5座：{x}。"), tags="filter")
add("人才發展前十有邊幾個美國城市", talent_us, tags="filter unpublished")
add("有冇加拿大城市上榜",
    lambda L: none_in_results(L, "加拿大", "沒有，公佈的結果裡沒有加拿大城市。"), tags="filter unpublished")
