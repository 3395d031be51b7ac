"""Fresh: the basics -- the rank of every named city in every list, top-N, comparisons, profiles, typos."""

from casebook import Sheet
from specs._facts import HANS, HANT, compare, pos, profile, rank, top

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_ranks",
    "basics: ranks, tops, comparisons, profiles, typos",
    """
Every named city in every list, asked as people type; the top N of each list; two cities compared; a city's
profile; misspelt names. Unpublished ranks (Shenzhen overall, anyone inside the talent top 10) must be said
to be unpublished.
""",
)
S = SHEET
add = adder(S)

EN_NICK = {
    "Boston": "boston",
    "San Francisco": "sf",
    "Beijing": "beijing",
    "London": "london",
    "New York": "nyc",
    "Los Angeles": "LA",
    "Seattle": "seattle",
    "Shanghai": "shanghai",
    "Hong Kong": "hk",
    "Tokyo": "tokyo",
    "Shenzhen": "shenzhen",
    "Guangzhou": "guangzhou",
}
EN_T = {
    "overall": ["where did {c} end up overall", "{c} overall placing?", "what number is {c} on the main list"],
    "edu": ["{c} edu rank pls", "how'd {c} do for education", "{c} in the education table, what spot"],
    "sci": ["{c} innov ranking?", "where does {c} sit for sci tech", "R&D / innovation position of {c}"],
    "talent": ["{c} talent development standing", "what's {c}'s spot in the talent list", "{c} for talent, where"],
}
HANS_T = {
    "overall": ["{c}综合排第几啊", "{c}在总榜上是多少名"],
    "edu": ["{c}教育这块排多少", "教育榜{c}第几"],
    "sci": ["{c}科创排名咋样", "科技创新{c}排在哪"],
    "talent": ["{c}人才发展排第几", "人才榜上{c}第几名呀"],
}
HANT_T = {
    "overall": ["{c}總排名第幾", "{c}綜合排第幾名啊"],
    "edu": ["{c}教育排第幾", "{c}教育方面排名點樣"],
    "sci": ["{c}科技創新排幾多", "{c}喺科創榜排第幾"],
    "talent": ["{c}人才發展排名係幾多", "{c}人才榜第幾"],
}
CITIES = list(EN_NICK)

for i, city in enumerate(CITIES):
    for j, lst in enumerate(("overall", "edu", "sci", "talent")):
        unpub = " unpublished" if lst == "talent" or pos(city, lst) is None else ""
        tmpl = EN_T[lst][(i + j) % 3]
        name = EN_NICK[city] if (i + j) % 2 else city.lower()
        tg = "rank" + unpub + (" typo" if name in ("sf", "nyc", "LA", "hk") else "")
        add(tmpl.format(c=name), lambda L, c=city, ls=lst: rank(L, c, ls), tags=tg)
        # simplified for every city and list, traditional for most
        add(
            HANS_T[lst][(i + j) % 2].format(c=HANS.name(city)),
            lambda L, c=city, ls=lst: rank(L, c, ls),
            tags="rank" + unpub,
            script="hans",
        )
        if (i + j) % 3 != 2:
            add(
                HANT_T[lst][(i + j) % 2].format(c=HANT.name(city)),
                lambda L, c=city, ls=lst: rank(L, c, ls),
                tags="rank" + unpub,
                script="hant",
            )

# --- top N --------------------------------------------------------------------------------------------
TOPS_EN = [
    ("gimme the top 4", "overall", 4),
    ("first 7 cities pls", "overall", 7),
    ("full top ten rundown", "overall", 10),
    ("top two overall??", "overall", 2),
    ("list the best 6 cities in the SET index", "overall", 6),
    ("edu top 3 who", "edu", 3),
    ("best 2 for education", "edu", 2),
    ("top five for schooling / education", "edu", 5),
    ("innov top 3 cities", "sci", 3),
    ("top 2 in R&D", "sci", 2),
    ("sci-tech top ten please", "sci", 10),
    ("whos top 3 for talent", "talent", 3),
    ("talent top ten list rn", "talent", 10),
    ("number one in education?", "edu", 1),
    ("number one for sci tech?", "sci", 1),
    ("the top 8 overall", "overall", 8),
]
for q, lst, n in TOPS_EN:
    unpub = " unpublished" if lst == "talent" or (lst in ("edu", "sci") and n > 3) else ""
    add(q, lambda L, ls=lst, k=n: top(L, ls, k), tags="top" + unpub)
TOPS_ZH = [
    ("前五名是哪几个城市", "overall", 5, "hans"),
    ("综合前三发一下", "overall", 3, "hans"),
    ("教育前三有谁", "edu", 3, "hans"),
    ("科创前五名", "sci", 5, "hans"),
    ("人才前三是谁呀", "talent", 3, "hans"),
    ("总榜前八", "overall", 8, "hans"),
    ("前十個城市列一下", "overall", 10, "hant"),
    ("教育頭三名係邊幾個", "edu", 3, "hant"),
    ("科技創新前三名係邊個", "sci", 3, "hant"),
    ("人才發展前十有邊啲", "talent", 10, "hant"),
    ("總排名頭四", "overall", 4, "hant"),
]
for q, lst, n, sc in TOPS_ZH:
    unpub = " unpublished" if lst == "talent" or (lst in ("edu", "sci") and n > 3) else ""
    add(q, lambda L, ls=lst, k=n: top(L, ls, k), tags="top" + unpub, script=sc)

# --- comparisons ------------------------------------------------------------------------------------
CMP_EN = [
    ("boston or nyc whos higher", "Boston", "New York", "overall"),
    ("seattle vs LA overall", "Seattle", "Los Angeles", "overall"),
    ("tokyo against shanghai, which one wins", "Tokyo", "Shanghai", "overall"),
    ("is london above or below beijing", "London", "Beijing", "overall"),
    ("hk v london for education", "Hong Kong", "London", "edu"),
    ("sf vs boston innov", "San Francisco", "Boston", "sci"),
    ("who ranks better, seattle or hong kong", "Seattle", "Hong Kong", "overall"),
    ("beijing compared with boston in sci tech", "Beijing", "Boston", "sci"),
    ("new york vs san fran", "New York", "San Francisco", "overall"),
    ("la or tokyo which is further up", "Los Angeles", "Tokyo", "overall"),
    ("compare shanghai and beijing pls", "Shanghai", "Beijing", "overall"),
    ("boston vs hk in edu", "Boston", "Hong Kong", "edu"),
]
for q, a, b, lst in CMP_EN:
    add(q, lambda L, x=a, y=b, ls=lst: compare(L, x, y, ls), tags="compare")
CMP_ZH = [
    ("北京和伦敦谁排得高", "Beijing", "London", "overall"),
    ("上海跟香港比哪个靠前", "Shanghai", "Hong Kong", "overall"),
    ("纽约和洛杉矶谁厉害", "New York", "Los Angeles", "overall"),
    ("教育上伦敦和香港谁强", "London", "Hong Kong", "edu"),
    ("科创方面北京跟波士顿比呢", "Beijing", "Boston", "sci"),
    ("西雅图对比东京", "Seattle", "Tokyo", "overall"),
    ("東京同上海，邊個排高啲呀", "Tokyo", "Shanghai", "overall"),
    ("紐約跟倫敦誰排前面", "New York", "London", "overall"),
    ("舊金山和波士頓科技創新比較", "San Francisco", "Boston", "sci"),
    ("香港對比西雅圖", "Hong Kong", "Seattle", "overall"),
]
for q, a, b, lst in CMP_ZH:
    add(q, lambda L, x=a, y=b, ls=lst: compare(L, x, y, ls), tags="compare")

# --- profiles ---------------------------------------------------------------------------------------
PROF = [
    ("tell me everything about hong kong in this report", "Hong Kong"),
    ("boston full breakdown", "Boston"),
    ("shenzhen - how did it do across the board", "Shenzhen"),
    ("all the results for beijing", "Beijing"),
    ("london summary pls", "London"),
    ("what does the report say about guangzhou", "Guangzhou"),
    ("上海的全部排名情况", "Shanghai"),
    ("深圳在各个榜单上表现如何", "Shenzhen"),
    ("说说北京的所有排名", "Beijing"),
    ("香港喺各個榜嘅表現點樣", "Hong Kong"),
    ("廣州整體表現如何", "Guangzhou"),
]
for q, city in PROF:
    add(q, lambda L, c=city: profile(L, c), tags="profile")

# --- typos ------------------------------------------------------------------------------------------
TYPO = [
    ("wheres bostn", "Boston"),
    ("rank of londn?", "London"),
    ("seatle position", "Seattle"),
    ("san fransisco rank", "San Francisco"),
    ("toyko where", "Tokyo"),
    ("hong kongg overall", "Hong Kong"),
    ("bejing place?", "Beijing"),
    ("los angelos rank", "Los Angeles"),
    ("new yrok spot", "New York"),
    ("shanghia where does it land", "Shanghai"),
]
for q, city in TYPO:
    add(q, lambda L, c=city: rank(L, c), tags="typo rank")
add("洛杉机排第几", lambda L: rank(L, "Los Angeles"), tags="typo rank", script="hans")
add("西雅途排名多少", lambda L: rank(L, "Seattle"), tags="typo rank", script="hans")
add("波仕顿排第几名", lambda L: rank(L, "Boston"), tags="typo rank", script="hans")
add("倫頓排第幾", lambda L: rank(L, "London"), tags="typo rank", script="hant")
add("東經排第幾名", lambda L: rank(L, "Tokyo"), tags="typo rank", script="hant")
add("西雅啚總排名", lambda L: rank(L, "Seattle"), tags="typo rank", script="hant")
