"""The basics: the rank of every named city in every list, in every language (12 cities x 4 lists x 3)."""

from casebook import Sheet, script_of

from specs._facts import EN, HANS, HANT, NAMED, ZH, rank

SHEET = Sheet(
    "ranks",
    "the rank of every city in every list (basics)",
    """
Each of the 12 named cities asked about in each list (overall, education, sci-tech innovation, talent), in
English, simplified and traditional Chinese, in many sentence shapes. Where the list gives no rank for the
city (outside a top 3, outside the top 10, anywhere in the unordered talent top 10) the reply says so and
invents none; for the five US cities the talent answer is "not known".
""",
)
S = SHEET

TEMPLATES = {
    ("en", "overall"): [
        "where does {c} rank",
        "{c} rank?",
        "whats {c}'s position",
        "how did {c} do overall",
        "{c} overall ranking",
        "where is {c} in the ranking",
        "what place is {c}",
        "rank of {c} pls",
        "where'd {c} land",
        "how high is {c} ranked",
        "what number is {c} overall",
        "{C} — where does it sit overall?",
    ],
    ("en", "edu"): [
        "{c} education rank",
        "where does {c} rank in education",
        "how is {c} in edu",
        "{c}'s education ranking?",
        "what's {c}'s place for education",
        "education: {c}?",
        "where does {c} stand in education",
        "{c} in the education list",
        "edu rank {c}",
        "how good is {c} at education in the report",
        "{c} education position pls",
        "where's {c} for education",
    ],
    ("en", "sci"): [
        "{c} innovation rank",
        "where does {c} rank in sci-tech innovation",
        "{c} sci-tech?",
        "how does {c} do in innovation",
        "innovation ranking for {c}",
        "what about {c} in science and tech",
        "{c}'s innovation position",
        "where is {c} in the tech ranking",
        "sci-tech rank of {c}",
        "{c} in innovation?",
        "how innovative is {c} according to the report",
        "{c} R&D rank",
    ],
    ("en", "talent"): [
        "{c} talent rank",
        "where does {c} rank for talent",
        "what's {c}'s talent ranking",
        "{c} talent?",
        "how does {c} do on talent",
        "talent position of {c}",
        "{c} in the talent list",
        "where's {c} in talent development",
        "rank {c} talent",
        "{c}'s place in talent",
        "talent ranking {c} pls",
        "how is {c} for talent",
    ],
    ("hans", "overall"): [
        "{c}排第几",
        "{c}总排名多少",
        "{c}在榜单上第几名",
        "{c}的排名",
        "{c}排名怎么样",
        "{c}综合排名第几",
        "{c}在总榜排多少",
        "{c}能排第几",
        "请问{c}排在第几位",
        "{c}总榜名次",
        "{c}位列第几",
        "{c}排多少名",
    ],
    ("hans", "edu"): [
        "{c}教育排第几",
        "{c}的教育排名",
        "{c}在教育方面排第几",
        "教育榜上{c}第几",
        "{c}教育怎么样",
        "{c}教育名次",
        "教育排名里{c}在哪",
        "{c}教育排得怎么样",
        "请问{c}教育第几",
        "{c}在教育榜的位置",
        "{c}教育能排第几",
        "教育方面{c}排多少",
    ],
    ("hans", "sci"): [
        "{c}科创排第几",
        "{c}科技创新排名",
        "{c}在科技创新方面第几",
        "科创榜{c}排多少",
        "{c}创新排名怎么样",
        "{c}科创名次",
        "科技创新里{c}在哪",
        "{c}的科创排名",
        "请问{c}科技创新第几",
        "{c}科创能排第几",
        "科创方面{c}排多少",
        "{c}在创新榜上第几",
    ],
    ("hans", "talent"): [
        "{c}人才排第几",
        "{c}人才发展排名",
        "{c}在人才方面第几",
        "人才榜{c}排多少",
        "{c}人才怎么样",
        "{c}人才名次",
        "人才发展里{c}排在哪",
        "{c}的人才排名",
        "请问{c}人才第几",
        "{c}人才能排第几",
        "人才方面{c}排多少",
        "{c}在人才榜上第几",
    ],
    ("hant", "overall"): [
        "{c}排第幾",
        "{c}總排名多少",
        "{c}在榜單上第幾名",
        "{c}的排名如何",
        "{c}排名怎麼樣",
        "{c}綜合排名第幾",
        "{c}在總榜排多少",
        "{c}能排第幾",
        "請問{c}排在第幾位",
        "{c}總榜名次",
        "{c}位列第幾",
        "{c}排多少名呢",
    ],
    ("hant", "edu"): [
        "{c}教育排第幾",
        "{c}的教育排名如何",
        "{c}在教育方面排第幾",
        "教育榜上{c}第幾",
        "{c}教育怎麼樣",
        "{c}教育名次呢",
        "教育排名裡{c}在哪",
        "{c}教育排得怎麼樣",
        "請問{c}教育第幾",
        "{c}在教育榜的位置",
        "{c}教育能排第幾",
        "教育方面{c}排多少呢",
    ],
    ("hant", "sci"): [
        "{c}科創排第幾",
        "{c}科技創新排名",
        "{c}在科技創新方面第幾",
        "科創榜{c}排多少",
        "{c}創新排名怎麼樣",
        "{c}科創名次",
        "科技創新裡{c}在哪",
        "{c}的科創排名",
        "請問{c}科技創新第幾",
        "{c}科創能排第幾",
        "科創方面{c}排多少",
        "{c}在創新榜上第幾",
    ],
    ("hant", "talent"): [
        "{c}人才排第幾",
        "{c}人才發展排名",
        "{c}在人才方面第幾",
        "人才榜{c}排多少",
        "{c}人才怎麼樣",
        "{c}人才名次呢",
        "人才發展裡{c}排在哪",
        "{c}的人才排名如何",
        "請問{c}人才第幾",
        "{c}人才能排第幾",
        "人才方面{c}排多少呢",
        "{c}在人才榜上第幾",
    ],
}
HELD_OUT = {  # other shapes for the held-out set, one (city, list) each, languages taking turns
    "en": {
        "overall": "{c} — what's its overall place?",
        "edu": "education ranking of {c}?",
        "sci": "{c} innovation position?",
        "talent": "and {c} in talent, what rank",
    },
    "hans": {
        "overall": "{c}总榜上排在哪里",
        "edu": "{c}在教育上排名第几呢",
        "sci": "{c}科创榜的名次是多少",
        "talent": "人才这块{c}排第几",
    },
    "hant": {
        "overall": "{c}在總榜上排在哪裡",
        "edu": "{c}在教育上排名第幾呢",
        "sci": "{c}科創榜的名次是多少",
        "talent": "人才這塊{c}排第幾",
    },
}
LANGS = {"en": EN, "hans": HANS, "hant": HANT}


def shown(code: str, city: str, i: int) -> str:
    """How the asker types the city: lower case mostly, capitalised sometimes."""
    if code != "en":
        return LANGS[code].name(city)
    return city if i % 3 == 0 else city.lower()


def tags(code: str, city: str, lst: str) -> str:
    from specs._facts import pos

    unpublished = lst == "talent" or pos(city, lst) is None
    return "rank unpublished" if unpublished else "rank"


for code, L in LANGS.items():
    for k, lst in enumerate(("overall", "edu", "sci", "talent")):
        templates = TEMPLATES[code, lst]
        for i, city in enumerate(NAMED):
            tpl = templates[(i + 5 * k) % len(templates)]
            c = shown(code, city, i + k)
            q = tpl.format(c=c, C=c[:1].upper() + c[1:])
            either = script_of(q) == "zh"  # only characters both scripts share: either may answer
            S.c(q, rank(ZH if either else L, city, lst), tags=tags(code, city, lst), script=None if either else code)

for j, (lst, city) in enumerate((lst, city) for lst in ("overall", "edu", "sci", "talent") for city in NAMED):
    code = ("en", "hans", "hant")[j % 3]
    c = shown(code, city, j + 1)
    S.h(HELD_OUT[code][lst].format(c=c), rank(LANGS[code], city, lst), tags=tags(code, city, lst), script=code)
