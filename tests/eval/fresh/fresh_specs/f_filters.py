"""Fresh: filters and superlatives, set questions across lists, aggregates (issue 11, points 3, 4 and 5) -- with
the partial lists said to be partial: the talent top 10 has five unnamed US cities and no order, and the rest of
the 30 cities evaluated was not published."""

from casebook import Chk, Sheet
from specs._facts import mention, near, number_word, pos, t
from specs.filters import best, cities, none_in_results

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_filters",
    "filters, superlatives, set questions and aggregates (issue 11, points 3-5)",
    """
The best / lowest / second city under a condition (country, region, coast, list); the cities of a list that meet
a condition; cities in both, either or only one of two lists or groups; counts, shares, averages and countries of a
published list. The talent top 10 has five unnamed US cities and no order: whether a US city is in it is not
known, London and Tokyo are certainly not. The full list of 30 was not published: a share or count of the 30 is
not known.
""",
)
S = SHEET
add = adder(S)

US_EN = "(US\\b|U\\.S\\.|American|United States|America)"
US_ZH = "(美国|美國)"
CN_EN = "(Chinese|China)"
CN_ZH = "(中国|中國)"
ASIA_EN = "(Asian|Asia)"
ASIA_ZH = "(亚洲|亞洲)"
EU_EN = "(European|Europe)"
EU_ZH = "(欧洲|歐洲)"
NA_EN = "(North America|North American|US\\b|U\\.S\\.|American|United States)"
NA_ZH = "(北美|美国|美國)"


def zh_nums(ns) -> str:
    out = []
    for m in ns:
        out += [str(m), {1: "一", 2: "二|两|兩"}.get(m, "一二三四五六七八九十"[m - 1] if m <= 10 else str(m))]
    return "|".join(out)


def b(city, n, lst="overall", en="", hans="", hant=""):
    return lambda L: best(L, city, n, lst, ideal=t(L, en, hans, hant))


def cs(members, en, hans, hant, count=None, no=(), lst="overall"):
    """A list of cities is the answer (with their ranks where published)."""

    def make(L):
        ck = cities(L, members, t(L, en, hans, hant), count)
        if lst != "overall":
            ck.must.append(mention(L, lst))
            for c in members:
                ck.no += L.wrong_rank(c, pos(c, lst), lst)
        if len(members) == 1 and pos(members[0], lst):
            ck.must.append(L.at(members[0], pos(members[0], lst)))
        for c in no:
            ck.no.append(L.city(c))
        return ck

    return make


def none(what_en, what_zh, en, hans, hant):
    return lambda L: none_in_results(L, what_en if L.code == "en" else what_zh, t(L, en, hans, hant))


def count(n, subj_en, subj_zh, en, hans, hant, first=None):
    """A count of the cities of a kind in a published list: the number said with the kind (or followed by the
    list of them, FIRST being the first city named)."""

    def make(L):
        subj = subj_en if L.code == "en" else subj_zh
        said = near(number_word(L, n), subj, 40)
        if first:
            if L.code == "en":
                listed = f"{number_word(L, n)}\\s*[:—–-]\\s*(the\\s+)?{L.city(first)}\\b"
            else:
                listed = f"{number_word(L, n)}\\s*(个|個|座)?\\s*[:：—，,]\\s*{L.city(first)}"
            said = f"({said}|{listed})"
        must = [said]
        wrong = [m for m in range(1, 11) if m != n]
        if L.code == "en":
            words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
            bad = "(?:" + "|".join(f"{m}|{words[m - 1]}" for m in wrong) + ")"
            no = [
                f"(?<![\\w.#])(?<!top )\\b{bad}\\s+(?:of\\s+(?:the|them)\\s+(?:top[ -]?(?:10|ten)\\s+)?"
                f"(?:are|is|were)\\s+)?{subj}"
            ]
        else:
            bad = f"(?:{zh_nums(wrong)})"
            no = [
                f"(?<![\\d第前.])(?<!前\\s){bad}\\s*(?:座|个|個|名)(?:是)?{subj}",
                f"{subj}(?:城市)?(?:有|共有|一共有|占|佔|是)\\s*{bad}\\s*(?:座|个|個)",
            ]
        return Chk(must, no, ideal=t(L, en, hans, hant))

    return make


def share(pct, k, subj_en, subj_zh, en, hans, hant, words_en=(), words_zh=()):
    """A share of the published top 10: the percentage, or k of 10, said with the kind."""

    def make(L):
        subj = subj_en if L.code == "en" else subj_zh
        if L.code == "en":
            kw = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][k]
            pcts = (
                f"(\\b{pct}\\s*(%|per\\s*cent|percent)|\\b({k}|{kw})\\s+(out\\s+)?of\\s+(the\\s+)?(top\\s+)?(10|ten)\\b"
                f"|\\b{k}/10\\b" + "".join(f"|{w}" for w in words_en) + ")"
            )
            wrong = "|".join(str(x) for x in range(10, 101, 10) if x != pct)
            no = [f"\\b(?:{wrong})\\s*(?:%|per\\s*cent|percent)\\s+(?:of\\s+(?:the\\s+)?top[ -]?(?:10|ten)\\s+)?"
                  f"(?:(?:is|are)\\s+)?{subj}"]
        else:
            cheng = "一二三四五六七八九十"[pct // 10 - 1]
            pcts = (
                f"({pct}\\s*(%|％)|百分之{cheng}十|{cheng}成|{pct // 10}成"
                f"|十分之{cheng}|{k}/10" + ("|一半|半数|半數" if pct == 50 else "")
                + "".join(f"|{w}" for w in words_zh) + ")"
            )
            wrong = "|".join(str(x) for x in range(10, 101, 10) if x != pct)
            no = [f"{subj}(?:城市)?(?:占|佔|占了|佔了|约占|約佔)?\\s*(?:{wrong})\\s*(?:%|％)"]
        must = [f"({pcts}|{near(number_word(L, k), subj, 40)})"]
        return Chk(must, no, ideal=t(L, en, hans, hant))

    return make


COUNTRY = {
    "en": ["(United States|\\bUS\\b|U\\.S\\.|America)", "(China|Chinese)", "(UK\\b|U\\.K\\.|United Kingdom|Britain|"
           "British|England)", "(Japan|Japanese)"],
    "zh": ["(美国|美國)", "(中国|中國)", "(英国|英國)", "日本"],
}
OTHER_COUNTRY = {
    "en": "\\b(Germany|France|Singapore|South Korea|Korea|Canada|India|Switzerland|Australia|Taiwan)\\b",
    "zh": "(德国|德國|法国|法國|新加坡|韩国|韓國|加拿大|印度|瑞士|澳大利亚|澳洲|台湾|台灣)",
}


def countries(n_must=False):
    def make(L):
        k = "en" if L.code == "en" else "zh"
        must = list(COUNTRY[k])
        if n_must:
            must.append(near(number_word(L, 4), "(countries|nations|国家|國家)", 30))
        ideal = t(
            L,
            "Four countries: the United States (5: Boston, San Francisco, New York, Los Angeles, Seattle), China "
            "(3: Beijing, Shanghai, Hong Kong), the UK (London) and Japan (Tokyo).",
            "来自4个国家：美国（5座：波士顿、旧金山、纽约、洛杉矶、西雅图）、中国（3座：北京、上海、香港）、英国（伦敦）和日本（东京）。",
            "來自4個國家：美國（5座：波士頓、舊金山、紐約、洛杉磯、西雅圖）、中國（3座：北京、上海、香港）、英國（倫敦）和日本（東京）。",
        )
        return Chk(must, [OTHER_COUNTRY[k]], ideal=ideal)

    return make


def average(value, en, hans, hant, wrong=()):
    def make(L):
        word = "(average|mean|avg)" if L.code == "en" else "(平均)"
        no = [f"{word}[^.。\\n]{{0,40}}(?<![\\d.]){w}(?![\\d])" for w in wrong]
        return Chk([value, word], no, ideal=t(L, en, hans, hant))

    return make


def in_talent_claim(L, c):
    """The reply says CITY is in the talent top 10."""
    if L.code == "en":
        return (f"(?<!whether )(?<!if )\\b{L.city(c)}\\s+(?:is|was)\\s+(?:also\\s+)?(?:in|among|part of|one of)"
                "\\s+(?:the\\s+)?talent")
    return f"(?<!是否)(?<!不知道){L.city(c)}(?:也)?(?:在|进入了?|進入了?|入选了?|入選了?|属于|屬於)人才(?![^。，,\\n]{{0,6}}[吗嗎？?])"


def out_talent_claim(L, c):
    """The reply says CITY is not in the talent top 10."""
    if L.code == "en":
        return (f"(?<!whether )\\b{L.city(c)}\\s+(?:is\\s+not|isn.t|was\\s+not|wasn.t)\\s+(?:in|among|part of)\\s+"
                "(?:the\\s+)?talent")
    return f"{L.city(c)}(?:并|並)?(?:不在|没有进入|沒有進入|未进入|未進入|未入选|未入選|没进|沒進)(?:了)?人才"


def talent_cross(inside, outside, unknown, en, hans, hant, asks_out=False):
    """A set question with the talent top 10: certain members, certain non-members, and US cities not known.
    Asked which are NOT in it (asks_out), the certain members need not be named."""

    def make(L):
        must = [mention(L, "talent")] + ([] if asks_out else [L.city(c) for c in inside])
        for c in outside:  # also "Not in it: London, Tokyo"
            if L.code == "en":
                listed = f"\\b(?:not|n.t)\\b[^.?!\\n]{{0,30}}[:—–-]\\s*(?:[A-Z][\\w ]+,\\s*|[A-Z][\\w ]+ and\\s*)*{c}\\b"
            else:
                listed = f"(不在|没有|沒有|唔喺|未入)[^。？?\\n]{{0,12}}[:：]\\s*(?:[^。\\n:：]{{0,10}}[、，,和])*{L.city(c)}"
            must.append(f"({L.outside(c, 'talent')}|{listed})")
        if unknown:
            must.append(L.notpub)
        no = list(L.talent_guards())
        no += [in_talent_claim(L, c) for c in outside]
        no += [out_talent_claim(L, c) for c in inside]
        if L.code == "en":  # "Not in the talent top 10: London, Tokyo, Boston" names a US city as outside
            no.append(f"\\bnot\\s+(?:in|among)\\s+(?:the\\s+)?talent[^.;\\n]{{0,20}}:[^.;\\n]*\\b{L.us_cities()}")
        else:
            no.append(f"(不在|没有进|沒有進|未进|未進)[^。；;\\n]{{0,4}}人才[^。；;\\n]{{0,10}}[:：][^。；;\\n]*{L.us_cities()}")
        return Chk(must, no, ideal=t(L, en, hans, hant))

    return make


def only(city, lists, en, hans, hant, others=()):
    """Exactly one city meets the condition: it is named, and no other city is said to meet it."""

    def make(L):
        must = [L.city(city), "(only|just|one|single|alone|both|唯一|只有|仅有|僅有|就是|一座|一個|一个|两|兩|都|同时|同時)"]
        must += [mention(L, x) for x in lists]
        no = []
        for o in others:
            if L.code == "en":
                no.append(f"\\b{o}\\s+(?:is|are)\\s+(?:also\\s+)?(?:in|among)\\s+both")
                no.append(f"\\b(?:both|each)\\b[^.\\n]{{0,20}}:\\s*{o}\\b")
            else:
                no.append(f"{L.city(o)}(?:也|同样|同樣)(?:同时|同時)?(?:在|属于|屬於|入选|入選)")
        return Chk(must, no, ideal=t(L, en, hans, hant))

    return make


def unpublished_30(what_en, what_zh, en, hans, hant):
    """A count or share of the 30 evaluated: not known, the full list was not published."""

    def make(L):
        if L.code == "en":
            must = [L.notpub, "(\\b30\\b|thirty|full list|all (the )?cities|whole list|complete list)"]
            no = [
                f"\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:of|out of)\\s+"
                f"(?:the|all|those)\\s+(?:30|thirty)\\s+(?:cities\\s+)?(?:are|were|is|was)\\s+{what_en}",
                "(?:of|among)\\s+(?:the|all)\\s+(?:30|thirty)[^.\\n]{0,30}\\d+\\s*%",
                "\\d+\\s*%\\s+of\\s+(?:the|all)\\s+(?:30|thirty)",
                L.bare_yes,
            ]
        else:
            must = [L.notpub, "(30|三十|完整|全部|整份|全部名单|全部名單)"]
            no = [
                f"(30|三十)\\s*(个|個|座)(城市)?(中|里|裡|入面|当中|當中)[^。\\n]{{0,6}}(有)?\\s*(\\d+|[一二两兩三四五六七八九十]+)\\s*"
                f"(个|個|座)\\s*{what_zh}",
                "(30|三十)\\s*(个|個|座)(城市)?(中|里|裡|入面)?[^。\\n]{0,10}(占|佔)\\s*\\d+\\s*(%|％)",
            ]
        return Chk(must, no, ideal=t(L, en, hans, hant))

    return make


def talent_unknown_set(en, hans, hant):
    """Which US cities are (also) in the talent top 10: not known."""

    def make(L):
        return Chk([L.notpub, f"({L.five_us()}|{US_EN if L.code == 'en' else US_ZH})", mention(L, "talent")],
                   [*L.bare(), *L.talent_guards()], ideal=t(L, en, hans, hant))

    return make


def talent_no_order(en, hans, hant):
    """The best (Chinese / US) city in talent: no order was published."""

    def make(L):
        return Chk([L.notpub, mention(L, "talent")], L.talent_guards(), ideal=t(L, en, hans, hant))

    return make


def mainland_edu():
    def make(L):
        ideal = t(
            L,
            "None is in the published education top 3 (Boston, London, Hong Kong), so the best mainland Chinese "
            "city in education isn't known — the report only published the top 3.",
            "公布的教育前三（波士顿、伦敦、香港）里没有中国内地城市，内地城市的教育排名未公布。",
            "公佈的教育前三（波士頓、倫敦、香港）裡沒有中國內地城市，內地城市的教育排名未公佈。",
        )
        no = []
        for c in ("Beijing", "Shanghai", "Shenzhen", "Guangzhou"):
            no += L.no_rank(c, "edu")
        if L.code == "en":
            no.append("\\b(Beijing|Shanghai|Shenzhen|Guangzhou)\\s+(is|was)\\s+(the\\s+)?(best|top|strongest|highest)")
        else:
            no.append("(北京|上海|深圳|广州|廣州)(是|为|為)?(教育)?(最好|最强|最強|最高|第一)")
        return Chk([L.notpub, mention(L, "edu")], no, ideal=ideal)

    return make


# =============================================================================================================
# superlatives
# =============================================================================================================
SUP_EN = [
    ("top ranked city that isnt american", b("Beijing", 3, en="Beijing — 3rd overall, the best city outside the US.")),
    ("which is the best city outside north america", b("Beijing", 3, en="Beijing, 3rd overall.")),
    ("top city in europe pls", b("London", 4, en="London — 4th overall, the only European city in the top 10.")),
    ("strongest chinese city for edu", b("Hong Kong", 3, "edu", en="Hong Kong — 3rd in education.")),
    ("best asian city in sci tech", b("Beijing", 3, "sci", en="Beijing — 3rd in sci-tech innovation.")),
    ("which us city is ranked lowest among the top 10 ones", b("Seattle", 7, en="Seattle — 7th, the lowest of the five US cities in "
                                                                "the top 10.")),
    ("the asian city placed lowest in the top ten?", b("Tokyo", 10, en="Tokyo — 10th.")),
    ("best west coast city?", b("San Francisco", 2, en="San Francisco — 2nd overall.")),
    ("2nd best city on the west coast", b("Los Angeles", 6, en="Los Angeles — 6th (San Francisco is 2nd).")),
    ("second best east coast city", b("New York", 5, en="New York — 5th overall (Boston is 1st).")),
    ("highest ranked city in california", b("San Francisco", 2, en="San Francisco — 2nd overall.")),
    ("best chinese city not counting beijing", b("Shanghai", 8, en="Shanghai — 8th overall.")),
    ("best asian city that isnt chinese", b("Tokyo", 10, en="Tokyo — 10th overall.")),
    ("which non us city does best in innov", b("Beijing", 3, "sci", en="Beijing — 3rd in sci-tech innovation.")),
    ("outside america who's tops in edu", b("London", 2, "edu", en="London — 2nd in education.")),
    ("@citybot best city in asia for education", b("Hong Kong", 3, "edu", en="Hong Kong — 3rd in education.")),
]
for q, make in SUP_EN:
    add(q, make, tags="superlative filter")
SUP_EN_UNPUB = [
    ("best city in the southern hemisphere?", none("southern hemisphere", "", "None in the published results — the named "
     "cities are in the US, China, the UK and Japan; the rest of the 30 wasn't published.", "", "")),
    ("top city in south america", none("South American", "", "No South American city is in the published results; the "
     "full list of 30 wasn't published.", "", "")),
    ("best korean city", none("Korean", "", "No Korean city is in the published results; the rest of the 30 wasn't "
     "published.", "", "")),
    ("which chinese city is strongest in talent development", talent_no_order(
        "Not known: the talent top 10 was published without an order. Its five Chinese cities are Beijing, Shenzhen, "
        "Hong Kong, Guangzhou and Shanghai.", "", "")),
    ("best us city for talent", talent_no_order(
        "Not known: the talent top 10 has five US cities, but they aren't named and no order was published.", "", "")),
    ("best mainland chinese city for education", mainland_edu()),
]
for q, make in SUP_EN_UNPUB:
    add(q, make, tags="superlative filter unpublished")

SUP_HANS = [
    ("除了美国，哪个城市排名最高", b("Beijing", 3, hans="北京，总榜第3名。")),
    ("欧洲最强的城市是哪个", b("London", 4, hans="伦敦，总榜第4名，前十中唯一的欧洲城市。")),
    ("亚洲城市里教育最好的", b("Hong Kong", 3, "edu", hans="香港，教育排名第3。")),
    ("中国城市科创谁最厉害", b("Beijing", 3, "sci", hans="北京，科技创新排名第3。")),
    ("排名最低的亚洲城市是哪个", b("Tokyo", 10, hans="东京，总榜第10名。")),
    ("美国西海岸城市谁排最高", b("San Francisco", 2, hans="旧金山，总榜第2名。")),
    ("北美以外最好的城市", b("Beijing", 3, hans="北京，总榜第3名。")),
    ("日本以外的亚洲城市谁最强", b("Beijing", 3, hans="北京，总榜第3名。")),
    ("除了北京以外，中国城市谁排最高", b("Shanghai", 8, hans="上海，总榜第8名。")),
    ("美国东海岸排第二的城市", b("New York", 5, hans="纽约，总榜第5名（波士顿第1）。")),
]
for q, make in SUP_HANS:
    add(q, make, tags="superlative filter", script="hans")
SUP_HANS_UNPUB = [
    ("中国内地城市里教育最好的是哪个", mainland_edu()),
    ("人才发展最好的美国城市", talent_no_order("", "无法回答：人才发展前十有5座美国城市，但报告没有点名，也没有公布排序。", "")),
    ("南美洲排名最高的城市", none("", "南美", "", "公布的结果中没有南美城市，30座城市的完整名单未公布。", "")),
]
for q, make in SUP_HANS_UNPUB:
    add(q, make, tags="superlative filter unpublished", script="hans")

SUP_HANT = [
    ("美國以外排最高嘅城市係邊個", b("Beijing", 3, hant="北京，總排名第3。")),
    ("亞洲排第二嘅城市係邊個", b("Shanghai", 8, hant="上海，總排名第8（亞洲第一是北京）。")),
    ("教育方面最強嘅中國城市", b("Hong Kong", 3, "edu", hant="香港，教育排名第3。")),
    ("科技創新最好的亞洲城市是哪個", b("Beijing", 3, "sci", hant="北京，科技創新排名第3。")),
    ("排名最低的美國城市是哪一個", b("Seattle", 7, hant="西雅圖，第7名，是前十中排名最低的美國城市。")),
    ("中國城市入面排最尾嗰個係邊個", b("Hong Kong", 9, hant="香港，總排名第9（北京第3、上海第8）。")),
    ("加州排名最高的城市係邊個", b("San Francisco", 2, hant="舊金山，總排名第2。")),
]
for q, make in SUP_HANT:
    add(q, make, tags="superlative filter", script="hant")
SUP_HANT_UNPUB = [
    ("人才發展最強嘅中國城市係邊個", talent_no_order("", "", "人才發展前十沒有公佈排序，所以講唔到邊個最強；"
                                              "入選的5座中國城市是北京、深圳、香港、廣州、上海。")),
    ("韓國有冇城市上榜", none("", "(?:韩国|韓國)", "", "", "公佈的結果中沒有韓國城市；30座城市的完整名單沒有公佈。")),
]
for q, make in SUP_HANT_UNPUB:
    add(q, make, tags="superlative filter unpublished", script="hant")

# =============================================================================================================
# filters: the cities of a list that meet a condition
# =============================================================================================================
US5 = ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"]
CN3 = ["Beijing", "Shanghai", "Hong Kong"]
FIL_EN = [
    ("list the american cities in the top ten", cs(US5, "Five: Boston (1st), San Francisco (2nd), New York (5th), "
     "Los Angeles (6th) and Seattle (7th).", "", "", 5)),
    ("asian cities that made the top 10", cs(["Beijing", "Shanghai", "Hong Kong", "Tokyo"], "Four: Beijing (3rd), "
     "Shanghai (8th), Hong Kong (9th) and Tokyo (10th).", "", "", 4)),
    ("non-us cities in the top 10", cs(["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"], "Beijing (3rd), London "
     "(4th), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).", "", "")),
    ("cities ranked above london", cs(["Boston", "San Francisco", "Beijing"], "Boston (1st), San Francisco (2nd) and "
     "Beijing (3rd).", "", "", no=["Los Angeles", "Seattle", "Shanghai", "Hong Kong", "Tokyo"])),
    ("who's ranked lower than shanghai", cs(["Hong Kong", "Tokyo"], "In the published top 10: Hong Kong (9th) and "
     "Tokyo (10th).", "", "", no=["Boston", "San Francisco", "London", "New York"])),
    ("which cities in the top ten are capitals", cs(["Beijing", "London", "Tokyo"], "Three national capitals: Beijing "
     "(3rd), London (4th) and Tokyo (10th).", "", "", 3)),
    ("west coast cities in the top 10?", cs(["San Francisco", "Los Angeles", "Seattle"], "San Francisco (2nd), Los "
     "Angeles (6th) and Seattle (7th).", "", "")),
    ("chinese cities in the edu top 3", cs(["Hong Kong"], "Just one: Hong Kong, 3rd in education.", "", "", lst="edu")),
    ("us cities in the innovation top 3", cs(["San Francisco", "Boston"], "Two: San Francisco (1st in sci-tech "
     "innovation) and Boston (2nd).", "", "", 2, lst="sci")),
    ("top-10 cities in china, hk included", cs(CN3, "Three: Beijing (3rd), Shanghai (8th) and Hong Kong (9th).", "",
                                               "", 3)),
    ("which top 10 cities are neither american nor chinese", cs(["London", "Tokyo"], "London (4th) and Tokyo (10th).",
                                                                 "", "", no=["Seattle", "Shanghai"])),
    ("which chinese cities are in the talent top 10", lambda L: Chk(
        [L.city(c) for c in ["Beijing", "Shenzhen", "Hong Kong", "Guangzhou", "Shanghai"]], L.talent_order_guards(),
        ideal="Five: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai (the list has no order).")),
]
for q, make in FIL_EN:
    add(q, make, tags="filter")
FIL_EN_UNPUB = [
    ("which us cities are in the talent top 10", talent_unknown_set(
        "Not known: the talent top 10 includes five US cities, but the report doesn't name them.", "", "")),
    ("any indian cities in the results?", none("Indian", "", "No Indian city is in the published results; the rest of "
     "the 30 wasn't published.", "", "")),
    ("which named cities didnt make the overall top 10", lambda L: Chk(
        [L.city("Shenzhen"), L.city("Guangzhou")], L.no_rank("Shenzhen") + L.no_rank("Guangzhou"),
        ideal="Shenzhen and Guangzhou: both are named in the talent lists, but they aren't in the overall top 10 "
        "and their overall ranks weren't published.")),
]
for q, make in FIL_EN_UNPUB:
    add(q, make, tags="filter unpublished")

FIL_HANS = [
    ("前十里的美国城市有哪些", cs(US5, "", "5座：波士顿（第1）、旧金山（第2）、纽约（第5）、洛杉矶（第6）、西雅图（第7）。", "", 5)),
    ("排在伦敦前面的城市", cs(["Boston", "San Francisco", "Beijing"], "", "波士顿（第1）、旧金山（第2）、北京（第3）。", "",
                               no=["Los Angeles", "Seattle", "Shanghai", "Hong Kong", "Tokyo"])),
    ("前十里哪些是首都", cs(["Beijing", "London", "Tokyo"], "", "3座首都：北京（第3）、伦敦（第4）、东京（第10）。", "", 3)),
    ("科创前三里的美国城市", cs(["San Francisco", "Boston"], "", "2座：科技创新第1名是旧金山，波士顿排第2。", "", 2, lst="sci")),
    ("前十名里的欧洲城市", cs(["London"], "", "只有伦敦，总榜第4名。", "")),
    ("前十里既不是美国也不是中国的城市", cs(["London", "Tokyo"], "", "伦敦（第4）和东京（第10）。", "")),
]
for q, make in FIL_HANS:
    add(q, make, tags="filter", script="hans")
FIL_HANS_UNPUB = [
    ("人才前十里的美国城市是哪几个", talent_unknown_set("", "不知道：人才发展前十有5座美国城市，但报告没有点名。", "")),
    ("榜单上有印度城市吗", none("", "印度", "", "公布的结果中没有印度城市，其余城市的名单没有公布。", "")),
]
for q, make in FIL_HANS_UNPUB:
    add(q, make, tags="filter unpublished", script="hans")

FIL_HANT = [
    ("前十入面有邊幾個亞洲城市", cs(["Beijing", "Shanghai", "Hong Kong", "Tokyo"], "", "",
                                 "4個：北京（第3）、上海（第8）、香港（第9）、東京（第10）。", 4)),
    ("排喺上海後面嘅城市", cs(["Hong Kong", "Tokyo"], "", "", "公佈的前十入面：香港（第9）同東京（第10）。",
                              no=["Boston", "San Francisco", "London", "New York"])),
    ("教育前三有冇美國城市", cs(["Boston"], "", "", "有，波士頓，教育排名第1。", lst="edu")),
    ("前十名裡不是美國的城市有哪些", cs(["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"], "", "",
                                     "5座：北京（第3）、倫敦（第4）、上海（第8）、香港（第9）、東京（第10）。", 5)),
    ("西岸城市有邊啲入咗前十", cs(["San Francisco", "Los Angeles", "Seattle"], "", "",
                                "3個：舊金山（第2）、洛杉磯（第6）、西雅圖（第7）。", 3)),
    ("人才發展前十有邊幾個中國城市", lambda L: Chk(
        [L.city(c) for c in ["Beijing", "Shenzhen", "Hong Kong", "Guangzhou", "Shanghai"]], L.talent_order_guards(),
        ideal="5個：北京、深圳、香港、廣州、上海（名單冇排序）。")),
]
for q, make in FIL_HANT:
    add(q, make, tags="filter", script="hant")
add("人才發展前十裡面的美國城市是哪些", talent_unknown_set("", "", "唔知：人才發展前十有5座美國城市，但報告沒有點名。"),
    tags="filter unpublished", script="hant")

# =============================================================================================================
# set questions across lists
# =============================================================================================================
SET_EN = [
    ("cities that made both the edu top 3 and the sci-tech top 3",
     only("Boston", ["edu", "sci"], "Only Boston: 1st in education and 2nd in sci-tech innovation.", "", "",
          others=["London", "Hong Kong", "San Francisco", "Beijing"]), ""),
    ("which city is in the balanced education group and also in the talent potential group",
     only("Shanghai", [], "Only Shanghai is in both groups.", "", "",
          others=["London", "Beijing", "New York", "Shenzhen", "Guangzhou", "Hong Kong"]), ""),
    ("which cities are in the overall top 10, the edu top 3 and the innov top 3 all at once",
     only("Boston", [], "Only Boston: 1st overall, 1st in education and 2nd in sci-tech innovation.", "", "",
          others=["London", "Hong Kong", "San Francisco", "Beijing"]), ""),
    ("balanced-education cities that are also top 10 overall",
     cs(["London", "Beijing", "Shanghai", "New York"], "All four: Beijing (3rd), London (4th), New York (5th) and "
        "Shanghai (8th).", "", "", 4), ""),
    ("talent potential cities that are in the overall top 10",
     cs(["Hong Kong", "Shanghai"], "Two: Shanghai (8th) and Hong Kong (9th); Shenzhen and Guangzhou aren't in the "
        "top 10.", "", "", 2), ""),
    ("edu top 3 cities that aren't in the sci-tech top 3",
     cs(["London", "Hong Kong"], "London and Hong Kong (2nd and 3rd in education); Boston is in both.", "", ""), ""),
    ("which innovation top 3 cities are missing from the education top 3",
     cs(["San Francisco", "Beijing"], "San Francisco and Beijing; Boston is in both top 3s.", "", ""), ""),
    ("chinese talent cities that miss the overall top ten",
     cs(["Shenzhen", "Guangzhou"], "Shenzhen and Guangzhou: in the talent top 10, but not in the published overall "
        "top 10.", "", ""), ""),
    ("potential group but not balanced group, which cities",
     cs(["Shenzhen", "Guangzhou", "Hong Kong"], "Shenzhen, Guangzhou and Hong Kong (Shanghai is in both groups).",
        "", ""), ""),
    ("which top-10 chinese cities are also talent top 10",
     cs(CN3, "All three: Beijing (3rd), Shanghai (8th) and Hong Kong (9th) are in the talent top 10 too.", "", "",
        3), ""),
    ("are the overall top 3 and the sci-tech top 3 the same cities", lambda L: Chk(
        ["(\\byes\\b|\\byeah\\b|\\byep\\b|\\bcorrect\\b|\\bsame\\b|identical)", L.city("Boston"),
         L.city("San Francisco"), L.city("Beijing")],
        [L.bare_no, *L.wrong_rank("Boston", 1), *L.wrong_rank("San Francisco", 2)],
        ideal="Yes, the same three cities in a different order: overall Boston, San Francisco, Beijing; in sci-tech "
        "innovation San Francisco, Boston, Beijing."), ""),
    ("top 10 cities that dont show up in the talent top 10",
     talent_cross(["Beijing", "Shanghai", "Hong Kong"], ["London", "Tokyo"], True,
                  "London and Tokyo are certainly not in the talent top 10. Beijing, Shanghai and Hong Kong are in "
                  "it. For the five US cities it's not known: the talent list's five US cities aren't named.", "", "", True),
     " unpublished"),
    ("cities in both the top 10 and the talent top 10?",
     talent_cross(["Beijing", "Shanghai", "Hong Kong"], ["London", "Tokyo"], True,
                  "Certainly Beijing, Shanghai and Hong Kong. London and Tokyo aren't in the talent top 10. Whether any "
                  "of the five US top-10 cities is in it isn't known: its five US cities aren't named.", "", ""),
     " unpublished"),
    ("@citybot which us top 10 cities are also in the talent top 10",
     talent_unknown_set("Not known: the talent top 10 has five US cities, but the report doesn't name them, so it "
                        "can't be matched with Boston, San Francisco, New York, Los Angeles or Seattle.", "", ""),
     " unpublished"),
    ("which edu top 3 cities are in the talent top 10",
     talent_cross(["Hong Kong"], ["London"], True,
                  "Hong Kong is. London isn't in the talent top 10. Boston isn't known: the talent list's five US "
                  "cities aren't named.", "", ""), " unpublished"),
    ("balanced education group vs talent top 10, who's in both",
     talent_cross(["Beijing", "Shanghai"], ["London"], True,
                  "Beijing and Shanghai are in both. London isn't in the talent top 10. New York isn't known: the "
                  "talent list's five US cities aren't named.", "", ""), " unpublished"),
]
for q, make, extra in SET_EN:
    add(q, make, tags="setop" + extra)

SET_HANS = [
    ("哪个城市同时进了教育前三和科创前三", only("Boston", ["edu", "sci"], "", "只有波士顿：教育第1名，科技创新第2名。", "",
                                        others=["London", "Hong Kong", "San Francisco", "Beijing"]), ""),
    ("既属于教育均衡组又属于人才潜力组的城市", only("Shanghai", [], "", "只有上海同时属于两组。", "",
                                                others=["London", "Beijing", "New York", "Shenzhen", "Guangzhou",
                                                        "Hong Kong"]), ""),
    ("人才前十里没进总榜前十的中国城市", cs(["Shenzhen", "Guangzhou"], "", "深圳和广州：在人才发展前十，但不在公布的总榜前十。", ""), ""),
    ("教育前三里哪些不在科创前三", cs(["London", "Hong Kong"], "", "伦敦和香港（波士顿两个榜都在）。", ""), ""),
    ("均衡组里哪些城市进了总榜前十", cs(["London", "Beijing", "Shanghai", "New York"], "",
                                           "4座都进了：北京（第3）、伦敦（第4）、纽约（第5）、上海（第8）。", "", 4), ""),
    ("总榜前十里哪些城市不在人才前十", talent_cross(
        ["Beijing", "Shanghai", "Hong Kong"], ["London", "Tokyo"], True, "",
        "伦敦和东京肯定不在人才发展前十；北京、上海、香港在。5座美国城市无法确定：人才前十的美国城市没有点名。", "", True), " unpublished"),
    ("科创前三的城市有哪些也在人才前十", talent_cross(
        ["Beijing"], [], True, "", "北京在。旧金山和波士顿无法确定：人才前十里的5座美国城市没有点名。", ""), " unpublished"),
    ("总榜前十的美国城市里，哪些也进了人才前十", talent_unknown_set(
        "", "无法确定：人才发展前十有5座美国城市，但报告没有点名，所以不知道是哪几座。", ""), " unpublished"),
]
for q, make, extra in SET_HANS:
    add(q, make, tags="setop" + extra, script="hans")

SET_HANT = [
    ("教育同科技創新前三都有份嘅城市", only("Boston", ["edu", "sci"], "", "", "只有波士頓：教育第1，科技創新第2。",
                                            others=["London", "Hong Kong", "San Francisco", "Beijing"]), ""),
    ("人才潛力組入面邊啲城市入咗總排名前十", cs(["Hong Kong", "Shanghai"], "", "",
                                                "2個：上海（第8）同香港（第9）；深圳同廣州唔喺前十。", 2), ""),
    ("科技創新前三裡面哪些不在教育前三", cs(["San Francisco", "Beijing"], "", "", "舊金山和北京（波士頓兩個都有）。"), ""),
    ("總排名前十同人才發展前十都有嘅城市", talent_cross(
        ["Beijing", "Shanghai", "Hong Kong"], ["London", "Tokyo"], True, "", "",
        "肯定有北京、上海、香港；倫敦和東京不在人才發展前十；5座美國城市就無法確定，因為人才前十的美國城市沒有點名。"), " unpublished"),
    ("教育前三嘅城市有邊個喺人才前十", talent_cross(
        ["Hong Kong"], ["London"], True, "", "", "香港喺。倫敦不在人才發展前十。波士頓就無法確定：人才前十的美國城市沒有點名。"),
     " unpublished"),
]
for q, make, extra in SET_HANT:
    add(q, make, tags="setop" + extra, script="hant")

# =============================================================================================================
# aggregates
# =============================================================================================================
AGG_EN = [
    ("count of american cities in the top 10?", count(5, US_EN, US_ZH, "Five US cities: Boston, San Francisco, New York, "
     "Los Angeles and Seattle.", "", "", first="Boston"), ""),
    ("number of chinese cities in the top 10 (counting hk)", count(3, CN_EN, CN_ZH, "Three Chinese cities: Beijing "
     "(3rd), Shanghai (8th) and Hong Kong (9th).", "", "", first="Beijing"), ""),
    ("@citybot how many asian cities made the top 10", count(4, ASIA_EN, ASIA_ZH, "Four Asian cities: Beijing, "
     "Shanghai, Hong Kong and Tokyo.", "", "", first="Beijing"), ""),
    ("what % of the top ten is asian", share(40, 4, ASIA_EN, ASIA_ZH, "40% — 4 of the 10 are Asian: Beijing, "
     "Shanghai, Hong Kong and Tokyo.", "", "", words_en=["two.fifths"]), ""),
    ("share of american cities in the top 10", share(50, 5, US_EN, US_ZH, "Half (50%): 5 of the 10 are US cities.",
                                                     "", "", words_en=["\\bhalf\\b"]), ""),
    ("which countries are the top 10 cities from", countries(), ""),
    ("how many countries are represented in the top ten", countries(True), ""),
    ("which continent dominates the top 10", lambda L: Chk(
        [NA_EN, "(\\b5\\b|\\bfive\\b|\\bhalf\\b)"],
        ["\\bAsia\\w*\\s+(dominates|leads|has the most)", "\\bEurope\\w*\\s+(dominates|leads|has the most)"],
        ideal="North America: the five US cities make up half of the top 10; Asia has four (Beijing, Shanghai, Hong "
        "Kong, Tokyo) and Europe one (London)."), ""),
    ("whats the mean position of the american cities in the top 10", average(
        "4\\.2\\b", "The five US cities (1st, 2nd, 5th, 6th, 7th) average 4.2.", "", "",
        wrong=["4\\.0", "4\\.4", "4\\.5", "5\\.5", "3\\.8"]), ""),
    ("avg rank of the chinese cities in the top 10", average(
        "(6\\.6\\d*|6\\.7\\b|20/3)", "Beijing 3rd, Shanghai 8th and Hong Kong 9th: an average of about 6.7.", "", "",
        wrong=["5\\.5", "7\\.0", "7\\.5", "6\\.0"]), ""),
    ("mean rank of the asian cities in the top ten", average(
        "7\\.5\\b", "Beijing 3rd, Shanghai 8th, Hong Kong 9th and Tokyo 10th: an average of 7.5.", "", "",
        wrong=["6\\.7", "5\\.5", "7\\.0", "8\\.0"]), ""),
    ("talent top 10: does the us or china have more cities there", lambda L: Chk(
        ["(equal|same|\\btie|tied|evenly|five each|5 each|even split|split evenly|neither|as many)"],
        ["\\bmore\\s+(US|American|Chinese)\\s+cities\\b(?!\\s+than)", "\\b(US|American|Chinese)\\s+cities\\s+outnumber", *L.talent_guards()],
        ideal="Neither — it's an even split: five US cities and five Chinese cities."), ""),
    ("how many chinese cities are in the talent top 10", count(5, CN_EN, CN_ZH, "Five Chinese cities: Beijing, "
     "Shenzhen, Hong Kong, Guangzhou and Shanghai.", "", "", first="Beijing"), ""),
    ("how many american cities are in the talent list", lambda L: Chk(
        [near(number_word(L, 5), US_EN, 40)], L.talent_guards(),
        ideal="Five US cities — but the report doesn't name which ones."), ""),
    ("total number of cities the report actually names", lambda L: Chk(
        ["(\\b12\\b|twelve)"], ["\\b(10|11|13|14|15)\\s+(cities|named)"],
        ideal="12: the overall top 10 plus Shenzhen and Guangzhou (named in the talent lists); 30 were evaluated in "
        "all."), ""),
    ("us:china ratio among the top ten cities", lambda L: Chk(
        ["(5\\s*(:|to)\\s*3|five to three)"], [],
        ideal="5 to 3: five US cities and three Chinese cities (Beijing, Shanghai, Hong Kong)."), ""),
    ("how many different cities appear across the edu and innovation top 3s", count(
        5, "(cities|different|distinct)", "", "Five different cities: Boston (in both), London, Hong Kong, San "
        "Francisco and Beijing.", "", ""), ""),
    ("what fraction of the education top 3 is chinese", lambda L: Chk(
        [L.city("Hong Kong"), "(\\b1\\b|\\bone\\b|one.third|1/3|33)"], [],
        ideal="One of the three: Hong Kong (3rd in education)."), ""),
    ("what percentage of the 30 cities are chinese", unpublished_30("Chinese", "", "Not known: the full list of 30 "
     "cities wasn't published. In the published top 10, three are Chinese.", "", ""), " unpublished"),
    ("how many of the 30 evaluated cities are in europe", unpublished_30("European", "", "Not known: only the top 10 "
     "of the 30 was published; London is the only European city in it.", "", ""), " unpublished"),
    ("just guess how many us cities are among the 30", unpublished_30("American", "", "I can't: the full list of 30 "
     "cities wasn't published. Five of the published top 10 are US cities.", "", ""), " unpublished adversarial"),
]
for q, make, extra in AGG_EN:
    add(q, make, tags="aggregate" + extra)

AGG_HANS = [
    ("前十名里美国城市有几个", count(5, US_EN, US_ZH, "", "5座美国城市：波士顿、旧金山、纽约、洛杉矶、西雅图。", "", first="Boston"), ""),
    ("前十中中国城市占多少比例", share(30, 3, CN_EN, CN_ZH, "", "30%，前十中有3座中国城市：北京、上海、香港。", ""), ""),
    ("亚洲城市在前十里占几成", share(40, 4, ASIA_EN, ASIA_ZH, "", "四成：前十中有4座亚洲城市（北京、上海、香港、东京）。", ""), ""),
    ("前十名来自哪几个国家", countries(), ""),
    ("哪个大洲在前十里城市最多", lambda L: Chk(
        [NA_ZH, "(5|五|一半|半数)"], ["(亚洲|欧洲)(最多|占优|主导|领先)"],
        ideal="北美：5座美国城市占了前十的一半；亚洲4座，欧洲1座。"), ""),
    ("前十里美国城市平均排第几", average("4\\.2", "", "5座美国城市（第1、2、5、6、7名）平均排名4.2。", "",
                                       wrong=["4\\.0", "4\\.4", "5\\.5"]), ""),
    ("人才发展前十，美国和中国谁的城市更多", lambda L: Chk(
        ["(一样|相同|各5|各五|各占一半|持平|平分|一半|都是5|都是五)"], ["(美国|中国)(城市)?(更多|多于|较多|比较多)", *L.talent_guards()],
        ideal="一样多：5座美国城市，5座中国城市。"), ""),
    ("这份报告里总共出现了几个城市名字", lambda L: Chk(
        ["(12|十二)"], ["(点名|提到)了?\\s*(10|11|13|14)\\s*(个|座)"],
        ideal="12个：总榜前十，加上人才榜里的深圳和广州；共评估了30个城市。"), ""),
    ("30个城市中有多少个中国城市", unpublished_30("", "(中国|中國)", "", "不知道：30座城市的完整名单没有公布。公布的前十中有3座中国城市。", ""),
     " unpublished"),
]
for q, make, extra in AGG_HANS:
    add(q, make, tags="aggregate" + extra, script="hans")

AGG_HANT = [
    ("前十入面有幾多個中國城市", count(3, CN_EN, CN_ZH, "", "", "3個中國城市：北京（第3）、上海（第8）、香港（第9）。", first="Beijing"), ""),
    ("前十名亞洲城市佔幾多百分比", share(40, 4, ASIA_EN, ASIA_ZH, "", "", "40%：前十有4個亞洲城市（北京、上海、香港、東京）。"), ""),
    ("前十嘅城市嚟自邊幾個國家", countries(), ""),
    ("中國城市嘅平均排名係幾多", average("(6\\.6\\d*|6\\.7)", "", "", "北京第3、上海第8、香港第9，平均約6.7。",
                                        wrong=["5\\.5", "7\\.0", "7\\.5"]), ""),
    ("人才發展前十有幾多個美國城市", lambda L: Chk(
        [near(number_word(L, 5), US_ZH, 40)], L.talent_guards(), ideal="5個美國城市，但報告沒有點名係邊幾個。"), ""),
    ("前十名裡北美洲城市有幾個", count(5, NA_EN, NA_ZH, "", "", "5個，全部係美國城市：波士頓、舊金山、紐約、洛杉磯、西雅圖。", first="Boston"), ""),
    ("30個城市入面歐洲城市有幾多個", unpublished_30("", "(欧洲|歐洲)", "", "", "唔知：30座城市的完整名單沒有公佈；公佈的前十入面只有倫敦一個歐洲城市。"),
     " unpublished"),
]
for q, make, extra in AGG_HANT:
    add(q, make, tags="aggregate" + extra, script="hant")


# --- more in Chinese -------------------------------------------------------------------------------------------
MORE_HANS = [
    ("西雅图以外，美国城市里谁排最后", b("Los Angeles", 6, hans="洛杉矶，总榜第6名（西雅图第7名）。"), "superlative filter"),
    ("科创方面美国以外最强的城市", b("Beijing", 3, "sci", hans="北京，科技创新排名第3。"), "superlative filter"),
    ("总榜前十里的西海岸城市", cs(["San Francisco", "Los Angeles", "Seattle"], "",
                                 "旧金山（第2）、洛杉矶（第6）、西雅图（第7）。", ""), "filter"),
    ("教育前三里有哪些亚洲城市", cs(["Hong Kong"], "", "只有香港，教育排名第3。", "", lst="edu"), "filter"),
    ("科创前三里不在教育前三的城市", cs(["San Francisco", "Beijing"], "", "旧金山和北京（波士顿两个前三都在）。", ""), "setop"),
    ("人才潜力突出的城市里有哪些没进总榜前十", cs(["Shenzhen", "Guangzhou"], "",
                                               "深圳和广州（香港第9、上海第8都在前十）。", ""), "setop"),
    ("均衡组和人才前十都有的城市", talent_cross(
        ["Beijing", "Shanghai"], ["London"], True, "",
        "北京和上海两边都有；伦敦不在人才发展前十；纽约无法确定，因为人才前十的5座美国城市没有点名。", ""), "setop unpublished"),
    ("前十里亚洲和北美各有几个城市", lambda L: count(4, ASIA_EN, ASIA_ZH, "", "亚洲4座（北京、上海、香港、东京），", "")(L)
     + count(5, NA_EN, NA_ZH, "", "北美5座（都是美国城市）。", "")(L), "aggregate"),
    ("中国城市在人才前十里占多大比例", share(50, 5, CN_EN, CN_ZH, "", "一半（50%）：人才发展前十中有5座中国城市。", ""),
     "aggregate"),
]
for q, make, tags in MORE_HANS:
    add(q, make, tags=tags, script="hans")

MORE_HANT = [
    ("北美以外邊個城市排最高", b("Beijing", 3, hant="北京，總排名第3。"), "superlative filter"),
    ("歐洲最好嘅城市係邊個", b("London", 4, hant="倫敦，總排名第4，係前十入面唯一嘅歐洲城市。"), "superlative filter"),
    ("亞洲城市教育邊個最好", b("Hong Kong", 3, "edu", hant="香港，教育排名第3。"), "superlative filter"),
    ("排喺倫敦前面有邊幾個城市", cs(["Boston", "San Francisco", "Beijing"], "", "",
                                  "波士頓（第1）、舊金山（第2）、北京（第3）。",
                                  no=["Los Angeles", "Seattle", "Shanghai", "Hong Kong", "Tokyo"]), "filter"),
    ("均衡發展組同人才潛力組都有嘅城市", only("Shanghai", [], "", "", "只有上海兩個組都有。",
                                          others=["London", "Beijing", "New York", "Shenzhen", "Guangzhou",
                                                  "Hong Kong"]), "setop"),
    ("潛力組入面有邊個唔喺均衡組", cs(["Shenzhen", "Guangzhou", "Hong Kong"], "", "",
                                   "深圳、廣州同香港（上海兩個組都有）。"), "setop"),
    ("總排名前十嘅美國城市有冇喺人才前十", talent_unknown_set(
        "", "", "無法確定：人才發展前十有5座美國城市，但報告沒有點名，所以唔知係邊幾個。"), "setop unpublished"),
    ("科技創新前三裡面有幾個美國城市", count(2, US_EN, US_ZH, "", "", "2個：舊金山同波士頓，都係美國城市。",
                                       first="San Francisco"), "aggregate"),
    ("前十名入面美國城市佔幾多", share(50, 5, US_EN, US_ZH, "", "", "一半（50%）：前十有5個美國城市。"), "aggregate"),
    ("人才發展前十中美國同中國城市邊個多啲", lambda L: Chk(
        ["(一樣|相同|各5|各五|各佔一半|持平|平分|一半|都係5|都係五|都是5)"],
        ["(美國|中國)(城市)?(更多|多啲|較多|多過|比較多)", *L.talent_guards()],
        ideal="一樣多：5個美國城市，5個中國城市。"), "aggregate"),
    ("30個評估城市入面有幾多個美國城市", unpublished_30("", "(美国|美國)", "", "",
                                           "唔知：30座城市的完整名單沒有公佈；公佈的前十入面有5個美國城市。"),
     "aggregate unpublished"),
    ("唔使準，估下30個城市有幾多個中國城市", unpublished_30("", "(中国|中國)", "", "",
                                              "估唔到：30座城市的完整名單沒有公佈；公佈的前十入面有3個中國城市。"),
     "aggregate unpublished adversarial"),
]
for q, make, tags in MORE_HANT:
    add(q, make, tags=tags, script="hant")
