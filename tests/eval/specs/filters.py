"""Issue 11, point 3: filters and superlatives (by country, region, list)."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, mention, pos, stated

SHEET = Sheet(
    "filters",
    "filters and superlatives (issue 11, point 3)",
    """
The best / worst / second city under a condition (outside the US, Chinese, Asian, European, in a list).
Hong Kong counts among the Chinese cities. Where the list has no order (talent) or a place is not in
the results at all, the reply says so instead of picking a winner.
""",
)
S = SHEET


def best(L, city, n, lst="overall", ideal=""):
    """CITY, Nth in LIST, is the answer."""
    ck = stated(L, city, n, lst)
    if lst != "overall":
        ck.must.append(mention(L, lst))
    ck.ideal = ideal
    return ck


def cities(L, members, ideal, count=None):
    """A list of cities is the answer: all named (and, optionally, their number)."""
    must = [L.city(c) for c in members]
    if count is not None:
        must.append(
            f"(\\b{count}\\b|{['zero', 'one', 'two', 'three', 'four', 'five'][count]})"
            if L.code == "en"
            else f"({count}|{'零一二三四五'[count]})"
        )
    no = L.no_rank("Shenzhen") + L.no_rank("Guangzhou")
    for c in members:
        no += L.wrong_rank(c, pos(c))
    return Chk(must, no, ideal=ideal)


def none_in_results(L, what, ideal):
    """No city of this kind is in the published results; nothing is claimed about the 30 evaluated."""
    if L.code == "en":
        must = [L.neg, "(published|results|top[ -]?(10|ten)|report|named)"]
        no = [
            "\\b(?:30|thirty)\\s+(?:evaluated\\s+|assessed\\s+)?cities\\s+(?:include|included|don.t include|"
            "do not include|didn.t include|did not include|had no|have no|contain)",
            f"(?<!whether )(?<!if )\\b(?:no|an?|one|some|several)\\s+{what}\\s+cit(?:y|ies)\\s+(?:was|were)\\s+"
            "(?:not\\s+)?(?:evaluated|assessed|among the 30|in the 30|included)",
            L.did_you_mean,
        ]
    else:
        must = [L.neg, "(公布|公佈|结果|結果|前十|报告|報告|榜单|榜單)"]
        no = [
            "(30|三十)\\s*(个|個|座)(被)?(评估|評估)?(的)?城市(中|里|裡)?(并|並)?(不包括|不包含|没有|沒有|包括|包含)",
            f"{what}城市(没有|沒有|未)(被)?(评估|評估|参评|參評|入选|入選)",
        ]
    return Chk(must, no, ideal=ideal)


# --- English ----------------------------------------------------------------------------------------
S.c(
    "highest-ranked city outside the US",
    best(EN, "Beijing", 3, ideal="Beijing — 3rd overall, the highest-ranked city outside the United States."),
    tags="superlative filter",
    ho=["top city thats not in america", "whats the best ranked non us city"],
)
S.c(
    "best non-American city?",
    best(EN, "Beijing", 3, ideal="Beijing, 3rd overall."),
    tags="superlative filter",
    no=["London\\s+(is|was)\\s+(the\\s+)?(best|top|highest)[\\w-]*\\s+(ranked\\s+)?(city\\s+)?(outside|non|beyond)"],
)
S.c(
    "the top European city",
    best(EN, "London", 4, ideal="London — 4th overall, the only European city in the published top 10."),
    tags="superlative filter",
    ho=["best city in europe?"],
)
S.c(
    "best Chinese city in education",
    best(
        EN,
        "Hong Kong",
        3,
        "edu",
        ideal="Hong Kong — 3rd in education, the only Chinese city in the published education top 3.",
    ),
    tags="superlative filter",
    no=["(Beijing|Shanghai)\\s+(is|was)\\s+(the\\s+)?(best|top|highest|leading)\\b[^.;\\n]{0,30}education"],
    ho=["which chinese city does best in education"],
)
S.c(
    "highest ranked asian city",
    best(EN, "Beijing", 3, ideal="Beijing — 3rd overall, the top Asian city."),
    tags="superlative filter",
    ho=["best city in asia overall"],
)
S.c(
    "best asian city for education?",
    best(EN, "Hong Kong", 3, "edu", ideal="Hong Kong — 3rd in education."),
    tags="superlative filter",
)
S.c(
    "worst-ranked American city in the top 10",
    best(EN, "Seattle", 7, ideal="Seattle — 7th, the lowest of the five US cities in the top 10."),
    tags="superlative filter",
    ho=["lowest us city in the top ten"],
)
S.c(
    "lowest Chinese city in the top 10",
    best(EN, "Hong Kong", 9, ideal="Hong Kong — 9th (Beijing is 3rd, Shanghai 8th)."),
    tags="superlative filter",
)
S.c(
    "best city outside the US and China",
    best(EN, "London", 4, ideal="London — 4th overall."),
    tags="superlative filter",
    ho=["top city that is neither american nor chinese"],
)
S.c(
    "highest-ranked Japanese city",
    best(EN, "Tokyo", 10, ideal="Tokyo — 10th overall, the only Japanese city in the published results."),
    tags="superlative filter",
)
S.c(
    "top non-Chinese city in innovation",
    best(EN, "San Francisco", 1, "sci", ideal="San Francisco — 1st in sci-tech innovation."),
    tags="superlative filter",
)
S.c(
    "best non-US city for sci-tech",
    best(EN, "Beijing", 3, "sci", ideal="Beijing — 3rd in sci-tech innovation, behind two US cities."),
    tags="superlative filter",
    ho=["in innovation whats the best city outside america"],
)
S.c(
    "best non-US city in education",
    best(EN, "London", 2, "edu", ideal="London — 2nd in education (Boston is 1st)."),
    tags="superlative filter",
)
S.c("highest ranked city outside Asia", best(EN, "Boston", 1, ideal="Boston — 1st overall."), tags="superlative filter")
S.c(
    "2nd best US city",
    best(EN, "San Francisco", 2, ideal="San Francisco — 2nd overall, after Boston."),
    tags="superlative filter",
    ho=["second highest american city?"],
)
S.c(
    "second-highest Chinese city overall",
    best(EN, "Shanghai", 8, ideal="Shanghai — 8th overall (Beijing is 3rd)."),
    tags="superlative filter",
    ho=["after beijing which chinese city ranks best"],
)
S.c("best mainland chinese city", best(EN, "Beijing", 3, ideal="Beijing — 3rd overall."), tags="superlative filter")
S.c(
    "top Chinese city in talent",
    EN.notpub,
    "(order|rank)",
    EN.city("Shenzhen"),
    EN.city("Guangzhou"),
    no=EN.talent_guards(),
    tags="superlative filter unpublished",
    ideal="No order was published for the talent top 10, "
    "so there's no top Chinese city in it: the five Chinese members are Beijing, Shenzhen, Hong Kong, "
    "Guangzhou and Shanghai.",
    ho=["best chinese talent city?"],
)
S.c(
    "best American city for talent",
    EN.notpub,
    EN.five_us(),
    no=EN.talent_guards(),
    tags="superlative filter unpublished",
    ideal="Not known: the talent top 10 has five US cities, but the report doesn't name them or give an order.",
)
S.c(
    "which US cities are in the top 10",
    cities(
        EN,
        ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"],
        "Five: Boston (1st), San Francisco (2nd), New York (5th), Los Angeles (6th) and Seattle (7th).",
        5,
    ),
    tags="filter",
    ho=["american cities in the top ten?"],
)
S.c(
    "chinese cities in the top 10?",
    cities(EN, ["Beijing", "Shanghai", "Hong Kong"], "Three: Beijing (3rd), Shanghai (8th) and Hong Kong (9th).", 3),
    tags="filter",
    ho=["how about the chinese ones in the top ten"],
)
S.c(
    "Asian cities in the top ten",
    cities(
        EN,
        ["Beijing", "Shanghai", "Hong Kong", "Tokyo"],
        "Four: Beijing (3rd), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
        4,
    ),
    tags="filter",
)
S.c(
    "which top 10 cities are not American",
    cities(
        EN,
        ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"],
        "Beijing (3rd), London (4th), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
    ),
    tags="filter",
)
S.c(
    "cities ranked below Seattle",
    cities(
        EN,
        ["Shanghai", "Hong Kong", "Tokyo"],
        "In the published top 10: Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
    ),
    no=["Boston", "San Francisco"],
    tags="filter",
    ho=["who ranks lower than seattle"],
)
S.c(
    "any european cities besides london?",
    EN.neg,
    "London",
    no=["Paris", "Berlin", "Munich", "Zurich", "Amsterdam"],
    ideal="No — London is the only European city in the published results.",
    tags="filter",
)
S.c(
    "best African city",
    none_in_results(
        EN,
        "African",
        "None in the published results — the named cities are in the US, China, "
        "the UK and Japan. The full list of 30 wasn't published.",
    ),
    tags="superlative filter unpublished",
    ho=["top city in africa?"],
)
S.c(
    "whats the best indian city",
    none_in_results(
        EN,
        "Indian",
        "No Indian city appears in the published results (the US, China, "
        "the UK and Japan); the rest of the 30 wasn't published.",
    ),
    tags="superlative filter unpublished",
)

S.c(
    "any taiwanese cities in there?",
    none_in_results(EN, "Taiwanese", "No Taiwanese city is in the published results; the rest of the 30 wasn't "
                    "published."),
    tags="filter unpublished",
)
S.c(
    "台灣有冇城市上榜",
    none_in_results(HANT, "台灣", "公佈的結果中沒有台灣城市；其餘城市的名單沒有公佈。"),
    tags="filter unpublished",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "美国以外排名最高的城市",
    best(HANS, "Beijing", 3, ideal="美国以外排名最高的是北京，总榜第3名。"),
    tags="superlative filter",
    ho=["除了美国城市，谁排最高"],
)
S.c(
    "欧洲城市里排名最高的是哪个",
    best(HANS, "London", 4, ideal="伦敦，总榜第4名，也是前十中唯一的欧洲城市。"),
    tags="superlative filter",
)
S.c(
    "教育方面最好的中国城市",
    best(HANS, "Hong Kong", 3, "edu", ideal="香港，教育排名第3。"),
    no=["(北京|上海)(是|为)?(在)?教育(方面|上)?(最好|最强|最高|第一)"],
    tags="superlative filter",
    ho=["中国城市教育谁最强"],
)
S.c(
    "亚洲城市哪个科创最强",
    best(HANS, "Beijing", 3, "sci", ideal="北京，科技创新排名第3（前两名是旧金山和波士顿）。"),
    tags="superlative filter",
)
S.c(
    "日本排名最高的城市是哪个",
    best(HANS, "Tokyo", 10, ideal="东京，总榜第10名，是公布结果中唯一的日本城市。"),
    tags="superlative filter",
    script="hans",
)
S.c("前十里排名最低的美国城市", best(HANS, "Seattle", 7, ideal="西雅图，第7名。"), tags="superlative filter")
S.c(
    "中国城市排第二的是哪个",
    best(HANS, "Shanghai", 8, ideal="上海，总榜第8名（北京第3名）。"),
    tags="superlative filter",
)
S.c(
    "非美国城市在教育上谁最好",
    best(HANS, "London", 2, "edu", ideal="伦敦，教育排名第2（第1是波士顿）。"),
    tags="superlative filter",
)
S.c(
    "人才方面最强的中国城市",
    HANS.notpub,
    HANS.city("Shenzhen"),
    no=HANS.talent_guards(),
    ideal="人才发展前十没有公布排序，无法说哪座中国城市最强；入选的5座中国城市是北京、深圳、香港、广州、上海。",
    tags="superlative filter unpublished",
)
S.c(
    "前十名里有哪些中国城市",
    cities(HANS, ["Beijing", "Shanghai", "Hong Kong"], "3座：北京（第3）、上海（第8）、香港（第9）。", 3),
    tags="filter",
    ho=["总榜前十中的中国城市"],
)
S.c(
    "前十里的亚洲城市",
    cities(HANS, ["Beijing", "Shanghai", "Hong Kong", "Tokyo"], "4座：北京、上海、香港、东京。", 4),
    tags="filter",
)
S.c(
    "非洲排名最高的城市是哪个",
    none_in_results(
        HANS, "非洲", "公布的结果中没有非洲城市（只有美国、中国、英国和日本的城市），30座城市的完整名单未公布。"
    ),
    tags="superlative filter unpublished",
    script="hans",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "中國城市裡總排名最高的是哪個",
    best(HANT, "Beijing", 3, ideal="北京，總排名第3。"),
    tags="superlative filter",
    ho=["哪個中國城市排名最高"],
)
S.c(
    "美國以外最強的城市",
    best(HANT, "Beijing", 3, ideal="北京，總排名第3，是美國以外排名最高的城市。"),
    tags="superlative filter",
)
S.c("歐洲排名最高的城市", best(HANT, "London", 4, ideal="倫敦，總排名第4。"), tags="superlative filter")
S.c("教育最好的亞洲城市", best(HANT, "Hong Kong", 3, "edu", ideal="香港，教育排名第3。"), tags="superlative filter")
S.c(
    "前十名裡排名最低的中國城市",
    best(HANT, "Hong Kong", 9, ideal="香港，第9名（北京第3、上海第8）。"),
    tags="superlative filter",
    ho=["前十中國城市中墊底的是哪個"],
)
S.c(
    "科技創新最強的美國城市",
    best(HANT, "San Francisco", 1, "sci", ideal="舊金山，科技創新排名第1。"),
    tags="superlative filter",
)
S.c("排名最高的日本城市是哪個", best(HANT, "Tokyo", 10, ideal="東京，總排名第10。"), tags="superlative filter")
S.c(
    "前十名有哪些美國城市",
    cities(
        HANT,
        ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"],
        "5座：波士頓、舊金山、紐約、洛杉磯、西雅圖。",
        5,
    ),
    tags="filter",
)
S.c(
    "排在西雅圖後面的有哪些城市",
    cities(HANT, ["Shanghai", "Hong Kong", "Tokyo"], "公佈的前十中：上海（第8）、香港（第9）、東京（第10）。"),
    tags="filter",
)
S.c(
    "人才發展最強的美國城市是哪個",
    HANT.notpub,
    HANT.five_us(),
    no=HANT.talent_guards(),
    ideal="不知道：人才發展前十有5座美國城市，但報告沒有點名，也沒有排序。",
    tags="superlative filter unpublished",
)

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "best city in the UK",
    best(EN, "London", 4, ideal="London — 4th overall, the only UK city in the results."),
    tags="superlative filter",
)
S.h(
    "美国城市里第三好的是哪个",
    best(HANS, "New York", 5, ideal="纽约，总榜第5名（前面是波士顿和旧金山）。"),
    tags="superlative filter",
)
S.h("教育前三有中國城市嗎", best(HANT, "Hong Kong", 3, "edu", ideal="有，香港教育排名第3。"), tags="filter")
S.h("亚洲排名最高的城市", best(HANS, "Beijing", 3, ideal="北京，总榜第3名。"), tags="superlative filter", script="hans")
S.h(
    "美國城市裡排最後的是哪個",
    best(HANT, "Seattle", 7, ideal="西雅圖，第7名，是前十中排名最低的美國城市。"),
    tags="superlative filter",
)
