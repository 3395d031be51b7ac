"""Fresh, part E: ranks and positions, written blind (never from the bot's code, its language data or its replies;
the bot was never run on these) from issue 11 and the published facts of the 2025 report only.

The basics and positions: the rank of a named city in each list (overall, education top 3, sci-tech innovation
top 3, the unordered talent top 10), top N of each list, who is at a given position, neighbours (right after, just
ahead of, two places below), distances (how many places between two cities, how many spots higher), ranges
(places 4 to 7, the last three of the ten, the last one published, places 9 to 12), comparisons of two or three
cities, a city's profile, and the edges of what was published (11th, just outside the top 10, 4th of a list of
which only 3 were published, the city after Tokyo). Typed as people type: phones, lower case, typos (shanghia,
tokio, bejing), abbreviations (sf, nyc, hk, la, edu, innov, sci-tech, R&D), group chats (@citybot, /rank@citybot),
chatty lead-ins and emoji; English, simplified Chinese and traditional Chinese (Taiwan and Hong Kong Cantonese).
"""

from casebook import Chk, Sheet
from probe_specs._common import cannot_say, last_of_all_p, medal, neighbour_p, ranged, who_at_p
from specs._facts import (
    RANKED,
    compare,
    distance,
    mention,
    neighbour,
    ordinal,
    pos,
    profile,
    rank,
    stated,
    t,
    top,
    wrong_way,
)
from vocab import zh_numeral

from fresh_specs._fx import adder, lenient_to_cantonese

SHEET = Sheet(
    "fr_e_ranks",
    "part E: ranks, tops, positions, neighbours, distances, ranges, comparisons and profiles (written blind)",
    """
The rank of named cities in every published list, top N, who is at a position, neighbours, distances, ranges,
comparisons of two or three cities and profiles, asked as people type them, with the edges of what was published:
nobody is named 11th or 4th in education, no order inside the talent top 10, no US member of it, no rank for
Shenzhen or Guangzhou overall, and a distance to a city whose rank was not published is not a number.
""",
)
S = SHEET
add = adder(S)


# --- small builders ----------------------------------------------------------------------------------------------
def R(city, lst="overall"):
    return lambda L: rank(L, city, lst)


def TOP(lst, n, notpub=False):
    """top(); for the talent list asked as an ordered top N, the reply also says no order was published."""

    def make(L):
        ck = top(L, lst, n)
        if notpub:
            ck.must.append(L.notpub)
        return ck

    return make


def AT(n, lst="overall"):
    return lambda L: who_at_p(L, n, lst)


def NB(city, k, lst="overall"):
    return lambda L: (neighbour_p if lst in ("edu", "sci") else neighbour)(L, city, k, lst)


def DIST(a, b, lst="overall", no_higher=None):
    """distance(); no_higher: the city that must not be said to be the higher one (a false premise)."""

    def make(L):
        ck = distance(L, a, b, lst)
        if no_higher:
            other = b if no_higher == a else a
            ck.no.append(wrong_way(L, no_higher, other))
            if L.code == "en":
                ck.no.append(
                    f"\\b{no_higher}\\s+(?:is|ranks?|sits?|comes?)\\s+(?:(?!not\\b|never\\b)\\w+\\s+){{0,3}}"
                    "(?:higher|above|ahead)\\b"
                )
        return ck

    return make


def RANGE(lo, hi, lst="overall"):
    """ranged(); past the end of the list the ideal gives the last published place as a rank said with its city."""

    def make(L):
        ck = ranged(L, lo, hi, lst)
        size = len(RANKED[lst])
        if lo > size:
            last = L.name(RANKED[lst][-1])
            ck.ideal = t(
                L,
                f"Places {lo}–{hi} weren't published: the report gives only the top {size} ({last} is {ordinal(size)}).",
                f"第{lo}到第{hi}名报告未公布，只公布了前{zh_numeral(size)}名（{last}第{size}名）。",
                f"第{lo}到第{hi}名報告未公佈，只公佈了前{zh_numeral(size)}名（{last}第{size}名）。",
            )
        return ck

    return make


def CMP(a, b, lst="overall"):
    return lambda L: compare(L, a, b, lst)


def PROFILE(city):
    return lambda L: profile(L, city)


def gap_unknown(known, unknown):
    """How many places between a ranked city and one whose rank was not published: not a number; the known rank
    may be given, the unknown one never ("at least 8" is a fair inference and is not forbidden)."""

    def make(L):
        k, u = L.name(known), L.name(unknown)
        n = pos(known)
        ideal = t(
            L,
            f"Can't say exactly: {k} is {ordinal(n)}, but {u} isn't in the published top 10 and its rank wasn't "
            "published, so the gap isn't known.",
            f"无法确定：{k}总榜第{n}名，但{u}不在公布的前十名，具体排名未公布，所以差几名无从得知。",
            f"無法確定：{k}總排名第{n}名，但{u}不在公佈的前十名，具體排名未公佈，所以差幾名無從得知。",
        )
        if L.code == "en":
            gap = ("(?<!least )(?<!than )(?<!over )\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   "twelve)\\s+(places|spots|positions|ranks)\\s+(apart|behind|ahead|higher|lower|between|below|above)")
        else:
            gap = ("(?<!至少)(?<!最少)(?<!起码)(?<!起碼)(?<![相])(?:相差|差了?|相隔|隔了?)\\s*(?:\\d+|[一二三四五六七八九十]+)"
                   "\\s*(?:名|位|个名次|個名次)")
        return cannot_say(L, ideal, L.city(unknown), no=[*L.no_rank(unknown), *L.wrong_rank(known, n), gap])

    return make


def talent_gap(a, b):
    """A distance or neighbour inside the talent top 10: it has no published order."""

    def make(L):
        ideal = t(
            L,
            f"There's no gap to count: {L.name(a)} and {L.name(b)} are both in the talent top 10, but that list was "
            "published without an order.",
            f"没法算：{L.name(a)}和{L.name(b)}都在人才发展前十，但这份名单没有公布排序。",
            f"沒辦法算：{L.name(a)}和{L.name(b)}都在人才發展前十，但這份名單沒有公佈排序。",
        )
        return cannot_say(L, ideal, mention(L, "talent"), no=L.talent_guards())

    return make


def three(cities, lst="overall", ordered=False):
    """Three ranked cities compared: each said with its own rank, none of the lower ones said to be higher than one
    above it; `ordered`: the question asks for them sorted, so they appear highest first."""

    def make(L):
        ranked = sorted(cities, key=lambda c: pos(c, lst))
        ck = Chk()
        for c in ranked:
            ck = ck + stated(L, c, pos(c, lst))
        for i, hi in enumerate(ranked):
            for lo in ranked[i + 1 :]:
                ck.no.append(wrong_way(L, L.name(lo) if L.code == "en" else lo, L.name(hi)))
        if ordered:
            ck.order = [L.name(c) for c in ranked]
        best = L.name(ranked[0])
        parts_en = ", ".join(f"{L.name(c)} {ordinal(pos(c, lst))}" for c in ranked)
        parts_zh = "，".join(f"{L.name(c)}第{pos(c, lst)}名" for c in ranked)
        ck.ideal = t(
            L,
            f"{best} is the highest: {parts_en} overall.",
            f"{best}最高：{parts_zh}。",
            f"{best}最高：{parts_zh}。",
        )
        return ck

    return make


def last_published(L):
    """The last place that was published: Tokyo, 10th; nobody named after it."""
    ck = stated(L, "Tokyo", 10)
    ck.no += L.nobody_at(range(11, 31))
    ck.ideal = t(L, "Tokyo — 10th, the last place of the published top 10.", "东京，第10名，是公布的前十名中的最后一名。",
                 "東京，第10名，是公佈的前十名中的最後一名。")
    return ck


def dead_last(L):
    """'Who came last?': of the 30 it isn't known; of the published ten it is Tokyo (last_of_all_p), and Tokyo is given
    no other rank than 10th ('last' alone also reads as 10th)."""
    ck = last_of_all_p(L)
    # "Of the published top 10, Tokyo is last" qualifies the claim before it, as "last of the published" does after
    qualified = "(?:^|(?<=[.!?;\\n]))(?:(?!published|top[ -]?(?:10|ten)|of the ten)[^.!?;\\n])*?"
    ck.no = [qualified + x if x.startswith("\\bTokyo\\s+(?:is|was|came") else x for x in ck.no]
    ck.no += L.wrong_rank("Tokyo", 10)
    return ck


def middle_of_ten(L):
    """'The middle of the top ten': 5th and 6th (a reply giving 4th to 7th includes them too)."""
    ck = stated(L, "New York", 5) + stated(L, "Los Angeles", 6)
    for c in ("London", "Seattle"):
        ck.no += L.wrong_rank(c, pos(c))
    ck.no += [L.city(c) for c in ("Boston", "San Francisco", "Tokyo")]
    ck.ideal = t(L, "The middle of the top 10: New York 5th and Los Angeles 6th.", "", "")
    return ck


# =================================================================================================================
# ENGLISH
# =================================================================================================================
E = [
    # --- rank ------------------------------------------------------------------------------------------------
    ("yo where'd shanghia end up", R("Shanghai"), "rank typo"),
    ("/rank@citybot tokio", R("Tokyo"), "rank typo"),
    ("bejing sci-tech position??", R("Beijing", "sci"), "rank typo"),
    ("what number is la on the list", R("Los Angeles"), "rank"),
    ("hk's education placing pls", R("Hong Kong", "edu"), "rank"),
    ("where does shenzhen sit overall, exact number", R("Shenzhen"), "rank unpublished"),
    ("seattle talent ranking?", R("Seattle", "talent"), "rank unpublished"),
    ("london's R&D rank", R("London", "sci"), "rank unpublished"),
    ("doing a school project 📚 how did guangzhou do in education", R("Guangzhou", "edu"), "rank unpublished"),
    # --- top -------------------------------------------------------------------------------------------------
    ("gimme the podium overall", TOP("overall", 3), "top"),
    ("list the whole top ten with numbers", TOP("overall", 10), "top"),
    ("which 4 cities lead the ranking", TOP("overall", 4), "top"),
    ("@citybot edu top 5 go", TOP("edu", 5), "top unpublished"),
    ("innov top three", TOP("sci", 3), "top"),
    ("top 3 for talent, in order please", TOP("talent", 3, notpub=True), "top unpublished adversarial"),
    ("can u list the top 20", TOP("overall", 20), "top unpublished"),
    # --- at_rank ---------------------------------------------------------------------------------------------
    ("who placed 7th", AT(7), "at_rank"),
    ("whos sitting at #9", AT(9), "at_rank"),
    ("name the city in 6th spot", AT(6), "at_rank"),
    ("so who's the one just outside the top 10 then", AT(11), "at_rank unpublished"),
    ("silver medal in education goes to?", lambda L: medal(L, 2, "edu"), "at_rank"),
    ("4th in sci-tech?", AT(4, "sci"), "at_rank unpublished"),
    ("who came in at number 15", AT(15), "at_rank unpublished"),
    # --- neighbour -------------------------------------------------------------------------------------------
    ("which city comes straight after la", NB("Los Angeles", 1), "neighbour"),
    ("who's one spot above shanghai", NB("Shanghai", -1), "neighbour"),
    ("who is 2 spots below seattle", NB("Seattle", 2), "neighbour"),
    ("3 places ahead of hong kong is who", NB("Hong Kong", -3), "neighbour"),
    ("who's directly ahead of boston", NB("Boston", -1), "neighbour"),
    ("whats after tokyo on the list", NB("Tokyo", 1), "neighbour unpublished"),
    ("in education who's right behind boston", NB("Boston", 1, "edu"), "neighbour"),
    ("who follows beijing in the talent list", NB("Beijing", 1, "talent"), "neighbour unpublished"),
    # --- distance --------------------------------------------------------------------------------------------
    ("how many places between sf and hk", DIST("San Francisco", "Hong Kong"), "distance"),
    ("how many spots is london ahead of la", DIST("London", "Los Angeles"), "distance"),
    ("gap between boston and tokyo in places?", DIST("Boston", "Tokyo"), "distance"),
    ("how many spots higher is tokyo than shanghai", DIST("Tokyo", "Shanghai", no_higher="Tokyo"),
     "distance adversarial"),
    ("how far apart are boston and hk in edu", DIST("Boston", "Hong Kong", "edu"), "distance"),
    ("how many places separate shenzhen from beijing", gap_unknown("Beijing", "Shenzhen"), "distance unpublished"),
    ("number of cities between nyc and shanghai", DIST("New York", "Shanghai"), "distance"),
    ("how many places is shenzhen behind guangzhou in talent", talent_gap("Shenzhen", "Guangzhou"),
     "distance unpublished"),
    # --- range -----------------------------------------------------------------------------------------------
    ("places 4 to 7 pls", RANGE(4, 7), "range"),
    ("who are the last 3 in the top 10", RANGE(8, 10), "range"),
    ("who's in spots 9 thru 12", RANGE(9, 12), "range unpublished"),
    ("which city got the last published spot", last_published, "range"),
    ("ok but who finished dead last 💀", dead_last, "range unpublished"),
    ("second half of the top ten?", RANGE(6, 10), "range"),
    ("edu #2 and #3", RANGE(2, 3, "edu"), "range"),
    ("ranks 11-20 list", RANGE(11, 20), "range unpublished"),
    ("who's in the middle of the top ten", middle_of_ten, "range"),
    # --- compare ---------------------------------------------------------------------------------------------
    ("omg settle this for us 🙏 boston or sf, who's higher", CMP("Boston", "San Francisco"), "compare"),
    ("nyc vs london", CMP("New York", "London"), "compare"),
    ("/compare@citybot hk london pls", CMP("London", "Hong Kong"), "compare"),
    ("beijing vs shanghai who wins", CMP("Beijing", "Shanghai"), "compare"),
    ("hk vs tokyo in education", CMP("Hong Kong", "Tokyo", "edu"), "compare"),
    ("boston v sf on innovation", CMP("Boston", "San Francisco", "sci"), "compare"),
    ("shenzhen vs guangzhou overall", CMP("Shenzhen", "Guangzhou"), "compare unpublished"),
    ("which is higher: seattle, la or tokyo", three(["Seattle", "Los Angeles", "Tokyo"]), "compare"),
    ("sort these by rank: hk, beijing, nyc", three(["Hong Kong", "Beijing", "New York"], ordered=True), "compare"),
    ("beijing vs hong kong for talent", CMP("Beijing", "Hong Kong", "talent"), "compare unpublished"),
    # --- profile ---------------------------------------------------------------------------------------------
    ("everything u got on hong kong", PROFILE("Hong Kong"), "profile"),
    ("seattle full profile", PROFILE("Seattle"), "profile"),
    ("what's the report got on guangzhou", PROFILE("Guangzhou"), "profile"),
    ("@citybot give me the rundown on london", PROFILE("London"), "profile"),
    ("boston stats across all lists", PROFILE("Boston"), "profile"),
]
for q, make, tags in E:
    add(q, make, tags=tags)


# =================================================================================================================
# SIMPLIFIED CHINESE
# =================================================================================================================
H = [
    # --- rank ------------------------------------------------------------------------------------------------
    ("上海在人才发展榜上排第几名", R("Shanghai", "talent"), "rank unpublished"),
    ("东京在科创榜排多少", R("Tokyo", "sci"), "rank unpublished"),
    ("深圳总排名多少啊", R("Shenzhen"), "rank unpublished"),
    ("洛杉矶第几", R("Los Angeles"), "rank"),
    ("伦敦教育排名咋样", R("London", "edu"), "rank"),
    ("hk 总榜第几名来着", R("Hong Kong"), "rank"),
    # --- top -------------------------------------------------------------------------------------------------
    ("总榜前五是哪几个", TOP("overall", 5), "top"),
    ("科创前三给我列一下", TOP("sci", 3), "top"),
    ("教育排名前五的都是谁", TOP("edu", 5), "top unpublished"),
    ("前十名全部列出来", TOP("overall", 10), "top"),
    ("人才榜前三是谁", TOP("talent", 3, notpub=True), "top unpublished"),
    # --- at_rank ---------------------------------------------------------------------------------------------
    ("第七名是哪个城市", AT(7), "at_rank"),
    ("总榜第二是谁", AT(2), "at_rank"),
    ("第11名是谁啊", AT(11), "at_rank unpublished"),
    ("教育排第四的是哪个城市", AT(4, "edu"), "at_rank unpublished"),
    ("科创亚军是哪座城市", lambda L: medal(L, 2, "sci"), "at_rank"),
    # --- neighbour -------------------------------------------------------------------------------------------
    ("@citybot 纽约后面一名是谁", NB("New York", 1), "neighbour"),
    ("排在香港前面的是哪个", NB("Hong Kong", -1), "neighbour"),
    ("北京往下数两位是谁", NB("Beijing", 2), "neighbour"),
    ("东京下一个是谁", NB("Tokyo", 1), "neighbour unpublished"),
    ("科创榜上北京前面是谁", NB("Beijing", -1, "sci"), "neighbour"),
    # --- distance --------------------------------------------------------------------------------------------
    ("北京跟东京之间差了多少名", DIST("Beijing", "Tokyo"), "distance"),
    ("西雅图比伦敦低多少位", DIST("London", "Seattle"), "distance"),
    ("旧金山和北京在科创榜上差几位", DIST("San Francisco", "Beijing", "sci"), "distance"),
    ("上海跟广州差多少名", gap_unknown("Shanghai", "Guangzhou"), "distance unpublished"),
    # --- range -----------------------------------------------------------------------------------------------
    ("总榜第五到第八名是哪些", RANGE(5, 8), "range"),
    ("前十的最后三名", RANGE(8, 10), "range"),
    ("第9到第12名都是谁", RANGE(9, 12), "range unpublished"),
    ("教育榜第二第三名是谁", RANGE(2, 3, "edu"), "range"),
    # --- compare ---------------------------------------------------------------------------------------------
    ("北京跟上海比 哪个靠前", CMP("Beijing", "Shanghai"), "compare"),
    ("香港对东京 教育谁强", CMP("Hong Kong", "Tokyo", "edu"), "compare"),
    ("纽约、伦敦、西雅图 按排名排一下", three(["New York", "London", "Seattle"], ordered=True), "compare"),
    ("深圳和香港谁排名更高", CMP("Shenzhen", "Hong Kong"), "compare unpublished"),
    # --- profile ---------------------------------------------------------------------------------------------
    ("说说香港的所有排名", PROFILE("Hong Kong"), "profile"),
    ("广州在报告里的情况", PROFILE("Guangzhou"), "profile"),
    ("北京上了哪些榜单", PROFILE("Beijing"), "profile"),
    ("纽约的完整档案", PROFILE("New York"), "profile"),
]
for q, make, tags in H:
    add(q, make, tags=tags, script="hans")


# =================================================================================================================
# TRADITIONAL CHINESE (Taiwan, Hong Kong / Cantonese)
# =================================================================================================================
T = [
    # --- rank ------------------------------------------------------------------------------------------------
    ("東京喺總榜排第幾", R("Tokyo"), "rank"),
    ("深圳喺教育榜排幾多", R("Shenzhen", "edu"), "rank unpublished"),
    ("西雅圖人才發展有冇排名", R("Seattle", "talent"), "rank unpublished"),
    ("倫敦科創排第幾", R("London", "sci"), "rank unpublished"),
    ("廣州總排名幾多", R("Guangzhou"), "rank unpublished"),
    # --- top -------------------------------------------------------------------------------------------------
    ("總榜頭三係邊三個", TOP("overall", 3), "top"),
    ("科技創新前五名有邊啲", TOP("sci", 5), "top unpublished"),
    ("人才發展前十有邊啲城市", TOP("talent", 10), "top"),
    # --- at_rank ---------------------------------------------------------------------------------------------
    ("排第八嗰個係邊個城市", AT(8), "at_rank"),
    ("總排名第十二是哪個城市", AT(12), "at_rank unpublished"),
    ("教育榜第一係邊個城市", AT(1, "edu"), "at_rank"),
    ("科創第三名是誰", AT(3, "sci"), "at_rank"),
    # --- neighbour -------------------------------------------------------------------------------------------
    ("三藩市後面係邊個", NB("San Francisco", 1), "neighbour"),
    ("@citybot 排喺西雅圖前面嗰個係咩城市", NB("Seattle", -1), "neighbour"),
    ("東京之後嗰個係邊個", NB("Tokyo", 1), "neighbour unpublished"),
    ("教育榜倫敦後面是哪個城市", NB("London", 1, "edu"), "neighbour"),
    # --- distance --------------------------------------------------------------------------------------------
    ("波士頓同東京差幾多位", DIST("Boston", "Tokyo"), "distance"),
    ("紐約比上海高幾名", DIST("New York", "Shanghai"), "distance"),
    ("深圳同北京相差幾名", gap_unknown("Beijing", "Shenzhen"), "distance unpublished"),
    ("人才榜上面北京同上海隔咗幾個位", talent_gap("Beijing", "Shanghai"), "distance unpublished"),
    # --- range -----------------------------------------------------------------------------------------------
    ("總排名第三至第六", RANGE(3, 6), "range"),
    ("前十入面最尾嗰三個", RANGE(8, 10), "range"),
    ("第十到第十三名係邊啲", RANGE(10, 13), "range unpublished"),
    ("教育榜第二到第四名係邊個", RANGE(2, 4, "edu"), "range unpublished"),
    # --- compare ---------------------------------------------------------------------------------------------
    ("北京同倫敦邊個高啲", CMP("Beijing", "London"), "compare"),
    ("三藩市跟波士頓科創誰比較強", CMP("San Francisco", "Boston", "sci"), "compare"),
    ("香港同深圳人才邊個好啲", CMP("Hong Kong", "Shenzhen", "talent"), "compare unpublished"),
    ("洛杉磯、紐約、東京，邊個排最前", three(["Los Angeles", "New York", "Tokyo"]), "compare"),
    # --- profile ---------------------------------------------------------------------------------------------
    ("香港嘅所有排名講嚟聽聽", PROFILE("Hong Kong"), "profile"),
    ("深圳的完整資料", PROFILE("Shenzhen"), "profile"),
    ("上海上咗邊幾個榜", PROFILE("Shanghai"), "profile"),
]
for q, make, tags in T:
    add(q, make, tags=tags, script="hant")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
