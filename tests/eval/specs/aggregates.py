"""Issue 11, point 5: counts, shares and averages over the published lists, and over the unpublished rest."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT

SHEET = Sheet(
    "aggregates",
    "counts, shares and averages (issue 11, point 5)",
    """
Computed from the published lists: by country (US 5, China 3 incl. Hong Kong, UK 1, Japan 1 in the top 10)
or region (North America 5, Asia 4, Europe 1); averages of overall ranks (US 4.2, Chinese 6.7, Asian 7.5).
Over the 30 evaluated cities the full list was not published: the reply says so and gives no count or share
of the 30 (at most a lower bound from the named cities).
""",
)
S = SHEET

NO_SHARE_OF_30_EN = [
    "(?<!least )(?<!least about )(?<!least around )\\b\\d+(\\.\\d+)?\\s?%\\s+of\\s+(the\\s+|all\\s+)?(30|thirty)\\b",
    "(?<!least )\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+of\\s+the\\s+(30|"
    "thirty)\\s+(evaluated\\s+|assessed\\s+)?(cities\\s+)?(are|were)\\s+(from\\s+|in\\s+)?(the\\s+)?(US|American|"
    "Chinese|China|Europe|European|Asian|Asia)",
    "(Chinese|American|US|European|Asian) cities\\s+(make up|account for|"
    "are)\\s+(exactly\\s+)?\\d+(\\.\\d+)?\\s?%\\s+of",
]
NO_SHARE_OF_30_ZH = [
    "(30|三十)\\s*(个|座|個)[^，。,\\n]{0,6}(中|里|裡|当中|當中)(共有|有|包括|包含)\\s*(\\d+|"
    "[一二三四五六七八九十]+)\\s*(个|座|個)",
    "(30|三十)\\s*(个|座|個)[^，。,\\n]{0,10}(占|佔)(了)?\\s*\\d+(\\.\\d+)?\\s*%",
    "(占|佔)(30|三十)\\s*(个|座|個)?(城市)?(的)?\\s*\\d+(\\.\\d+)?\\s*%",
]


def count(L, n, what_en, what_zh, ideal, wrong=()):
    """A count: the number n, said of the right thing, and not a wrong number of it."""
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    cn = "零一二三四五六七八九十"
    if L.code == "en":
        num = f"(\\b{n}\\b|\\b{words[n]}\\b)"
        must = [f"({num}[^.\\n]{{0,40}}{what_en}|{what_en}[^.\\n]{{0,40}}{num})"]
        no = [f"\\b({'|'.join(str(w) + '|' + words[w] for w in wrong)})\\s+({what_en})"] if wrong else []
    else:
        num = f"((?<![\\d第前]){n}(?![\\d.%])|(?<![第前]){cn[n]}(?![一二三四五六七八九十]))"
        must = [f"({num}[^。\\n]{{0,12}}{what_zh}|{what_zh}[^。\\n]{{0,12}}{num})"]
        no = []
    return Chk(must, no, ideal=ideal)


def remainder(L, ideal, extra=()):
    """Over the 30 evaluated cities: not published; no invented count or share."""
    must = [L.notpub, "(30|thirty|三十)"]
    no = (NO_SHARE_OF_30_EN if L.code == "en" else NO_SHARE_OF_30_ZH) + list(extra)
    return Chk(must, no, ideal=ideal)


US_EN = "(US|U\\.S\\.|American|United States|North America)"
CN_EN = "(Chin|Hong Kong)"
ASIA_EN = "(Asia)"

# --- English ----------------------------------------------------------------------------------------
S.c(
    "how many of the top 10 are American",
    count(
        EN,
        5,
        US_EN,
        "",
        "Five of the 10 are American: Boston, San Francisco, New York, Los Angeles and Seattle.",
        wrong=[4, 6],
    ),
    tags="aggregate",
    ho=["how many us cities made the top ten"],
)
S.c(
    "what share of the top ten is Asian",
    "(40\\s?%|\\b4\\b (of|out of)|four (of|out of)|two.fifths)",
    "Tokyo",
    ideal="40% — 4 of the 10: Beijing, Shanghai, Hong Kong and Tokyo.",
    tags="aggregate",
    ho=["percentage of asian cities in the top 10"],
)
S.c(
    "what share of the top 10 is american?",
    "(50\\s?%|\\bhalf\\b|\\b5\\b (of|out of) (the )?10|five (of|out of) (the )?(10|ten))",
    ideal="Half: 5 of the 10 (50%).",
    tags="aggregate",
)
S.c(
    "which countries do the top 10 come from",
    "(UK|U\\.K\\.|United Kingdom|Britain)",
    "Japan",
    "Chin",
    US_EN,
    no=["\\b(5|five) countries"],
    ideal="Four countries: the United States (5 cities), China (3: Beijing, Shanghai, Hong Kong), "
    "the UK (London) and Japan (Tokyo).",
    tags="aggregate",
    ho=["what countries are in the top ten"],
)
S.c(
    "how many countries are in the top 10",
    count(EN, 4, "countr", "", "Four countries: the US, China, the UK and Japan.", wrong=[3, 5]),
    "Japan",
    tags="aggregate",
)
S.c(
    "which continent dominates",
    "(North America|American|\\bUS\\b)",
    "(\\b5\\b|five|half)",
    no=["\\bAsia\\s+(dominates|leads)"],
    ideal="North America: 5 of the top 10 are US cities (Asia has 4, Europe 1).",
    tags="aggregate",
    ho=["which region has the most cities in the top 10"],
)
S.c(
    "how many cities from each continent in the top ten",
    "((North America|American|\\bUS\\b)[^\\n]{0,30}\\b(5|five)\\b|\\b(5|five)\\b[^\\n]{0,30}(North America|American|"
    "\\bUS\\b))",
    "(Asia[^\\n]{0,20}\\b(4|four)\\b|\\b(4|four)\\b[^\\n]{0,25}Asia)",
    "(Europe[^\\n]{0,20}\\b(1|one)\\b|\\b(1|one)\\b[^\\n]{0,25}Europe)",
    ideal="North America 5 (all US), Asia 4 (Beijing, Shanghai, Hong Kong, Tokyo), Europe 1 (London).",
    tags="aggregate",
)
S.c(
    "average overall rank of the US cities",
    "\\b4\\.2\\b",
    ideal="4.2 — (1+2+5+6+7)/5 for Boston, San Francisco, New York, Los Angeles and Seattle.",
    tags="aggregate",
    ho=["mean rank of american cities in the top ten?"],
)
S.c(
    "average position of the chinese cities in the top 10?",
    "(6\\.6|6\\.7|6⅔|6\\s?2/3|20/3)",
    ideal="About 6.7 — (3+8+9)/3 for Beijing, Shanghai and Hong Kong.",
    tags="aggregate",
)
S.c(
    "avg rank of asian cities",
    "\\b7\\.5\\b",
    ideal="7.5 — Beijing 3rd, Shanghai 8th, Hong Kong 9th, Tokyo 10th.",
    tags="aggregate",
)
S.c(
    "average overall rank of the education top 3",
    "(4\\.6|4\\.7|4⅔|4\\s?2/3|14/3)",
    ideal="About 4.7: Boston 1st, London 4th, Hong Kong 9th → 14/3.",
    tags="aggregate",
)
S.c(
    "more US or Chinese cities in the talent top 10?",
    "(equal|same|as many|tie|tied|even|both|5 each|five each|five and five|5 and 5)",
    no=EN.talent_us_guards(),
    tags="aggregate",
    ideal="Neither: it's five US cities and five Chinese cities.",
    ho=["does the talent top 10 have more americans or chinese"],
)
S.c(
    "how many chinese cities in the talent top 10",
    count(EN, 5, CN_EN, "", "Five: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai.", wrong=[3, 4, 6]),
    no=EN.talent_order_guards(),
    tags="aggregate",
)
S.c(
    "how many US cities in the talent top 10?",
    count(EN, 5, US_EN, "", "Five — the report says five US cities are in the talent top 10, without naming them."),
    no=EN.talent_us_guards(),
    tags="aggregate",
)
S.c(
    "what percentage of the 30 are Chinese",
    remainder(
        EN,
        "Not known — the full list of 30 wasn't published. At least 5 are Chinese (Beijing, Shanghai, Hong Kong, "
        "Shenzhen and Guangzhou appear in the results), i.e. at least about 17%.",
    ),
    tags="aggregate unpublished",
    ho=["what % of the thirty evaluated cities are chinese"],
)
S.c(
    "how many of the 30 cities are in Europe?",
    remainder(
        EN,
        "That isn't known: the full list of the 30 evaluated cities wasn't published. London is the only European city "
        "in the published results.",
    ),
    tags="aggregate unpublished",
)
S.c(
    "how many american cities were evaluated in total",
    remainder(
        EN,
        "The report doesn't say: 30 cities were evaluated, "
        "but the full list wasn't published. At least five are American (the five in the top 10).",
    ),
    tags="aggregate unpublished",
)
S.c(
    "how many cities does the report name in total?",
    "\\b(12|twelve)\\b",
    ideal="12: the overall top 10 plus Shenzhen and Guangzhou (from the talent lists). 30 cities were evaluated, "
    "but the rest aren't named.",
    tags="aggregate",
)
S.c(
    "what fraction of the cities evaluated made the top 10",
    "(1/3|one.third|a third|33(\\.3)?\\s?%|\\b10\\b (of|out of) (the )?30)",
    ideal="One third: 10 of the 30 evaluated cities (about 33%).",
    tags="aggregate",
)
S.c(
    "how many US cities are in the innovation top 3",
    count(EN, 2, US_EN, "", "Two US cities: San Francisco (1st) and Boston (2nd).", wrong=[1, 3]),
    tags="aggregate",
)
S.c(
    "how many top-10 cities also make some top 3",
    count(EN, 5, "(cit|of them|of the top)", "", "Five of them: Boston, San Francisco, Beijing, London and Hong Kong."),
    tags="aggregate",
)
S.c(
    "average talent rank of the chinese cities",
    EN.notpub,
    "(order|rank)",
    no=EN.talent_order_guards(),
    ideal="That can't be computed: the talent top 10 was published without an order, so its cities have no ranks.",
    tags="aggregate unpublished",
)
S.c(
    "how many countries were evaluated",
    remainder(
        EN,
        "Not known: the full list of the 30 evaluated cities wasn't published. The published results cover four "
        "countries: the US, China, the UK and Japan.",
    ),
    no=["\\b(\\d+|four|five|six|seven|eight|nine|ten)\\s+countries\\s+(were|are)\\s+(evaluated|assessed|covered)"],
    tags="aggregate unpublished",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "前十名里有几个美国城市，占比多少",
    "((?<![\\d第])5|五)\\s*(个|座)",
    "(50\\s?%|一半|百分之五十|五成|5成|半数)",
    ideal="5个：波士顿、旧金山、纽约、洛杉矶、西雅图，占前十的50%。",
    tags="aggregate",
    ho=["美国城市在前十里占多少"],
)
S.c("亚洲城市在前十中平均排第几", "7\\.5", ideal="平均7.5名：北京第3、上海第8、香港第9、东京第10。", tags="aggregate")
S.c(
    "前十名来自几个国家",
    "((?<![\\d第])4|四)\\s*(个|国)",
    "英国",
    "日本",
    ideal="4个国家：美国（5座）、中国（3座：北京、上海、香港）、英国（伦敦）、日本（东京）。",
    tags="aggregate",
    ho=["前十都是哪些国家的"],
)
S.c(
    "30个城市里有多少个中国城市",
    remainder(
        HANS,
        "不知道：报告评估了30座城市，但完整名单未公布。公布的结果中出现了5座中国城市（北京、上海、香港、深圳、广州），"
        "所以至少有5座。",
    ),
    tags="aggregate unpublished",
    ho=["参评的30个城市中中国占几个"],
)
S.c(
    "评估的30个城市中，进入前十的比例是多少",
    "(1/3|三分之一|33(\\.3)?\\s?%|10\\s*/\\s*30)",
    ideal="三分之一：30个城市中有10个进入前十，约33%。",
    tags="aggregate",
)
S.c(
    "人才前十里美国城市多还是中国城市多",
    "(一样|相同|各5|各五|都是5|都是五|5比5|五比五|持平|一半)",
    no=HANS.talent_us_guards(),
    ideal="一样多：5座美国城市和5座中国城市。",
    tags="aggregate",
)
S.c("美国城市的平均排名是多少", "4\\.2", ideal="前十中5座美国城市的平均排名是4.2（1、2、5、6、7）。", tags="aggregate")
S.c("前十中中国城市占百分之几", "(30\\s?%|百分之三十|三成|3成)", ideal="30%：北京、上海、香港3座。", tags="aggregate")
S.c(
    "哪个大洲在前十里最多",
    "(北美|美国|美洲)",
    "((?<![\\d第])5|五)",
    ideal="北美：前十中有5座美国城市（亚洲4座，欧洲1座）。",
    tags="aggregate",
)
S.c("报告一共点名了多少个城市", "(12|十二)", ideal="12座：总榜前十加上人才榜中的深圳和广州。", tags="aggregate")
# in how many lists one city is (certainly, and which it may also be in); which of two is in more
S.c("how many lists is beijing in", "\\b(4|four)\\b", "(isn.t|not) known", no=("^(Yes|No)\\b",),
    ideal="Beijing is certainly in 4 of the 6 lists (3rd overall, 3rd in sci-tech, talent top 10, balanced "
    "education); whether it is among the cities with exceptional talent potential isn't known.", tags="aggregate")
S.c("is boston in more lists than tokyo", "^yes", "Boston", "Tokyo",
    ideal="Yes: Boston is in at least 3 (1st overall, 1st in education, 2nd in sci-tech), Tokyo in 1 or 2.",
    tags="aggregate yesno")
S.c("is beijing in more lists than shanghai", "(doesn.t (say|settle)|not known|isn.t known|can.t tell)",
    no=("^(Yes|No)\\b",), ideal="The report doesn't settle it: Shanghai is in 4; Beijing in 4, perhaps 5 "
    "(whether it has exceptional talent potential isn't known).", tags="aggregate yesno unpublished")
S.c("北京上了几个榜单", "(4|四)\\s*个", "无法确定",
    ideal="北京确定出现在6个榜单中的4个；是否属于人才潜力突出的城市无法确定。", tags="aggregate")
# "list all cities": every city the report names, and that the rest of the 30 are not (never "no city is in ...")
S.c(
    "can u list all the cities",
    "Shenzhen", "Guangzhou", "Tokyo", "\\b30\\b",
    no=("No city",),
    ideal="The report names 12 cities: the overall top 10 (Boston … Tokyo) plus Shenzhen and Guangzhou. "
    "It evaluated 30, but the rest aren't named.",
    tags="aggregate",
)
S.c("给我列出全部城市", "深圳", "广州", "东京", "30",
    ideal="报告共提到12座城市：综合排名前10名（波士顿……东京），以及深圳、广州。评估了30座，其余没有公布。",
    tags="aggregate")
S.c(
    "30个城市里欧洲的占多少",
    remainder(HANS, "无法得知：30座城市的完整名单未公布。公布的结果中只有伦敦一座欧洲城市。"),
    tags="aggregate unpublished",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "前十名有幾個亞洲城市",
    "((?<![\\d第])4|四)\\s*(個|座)",
    "東京",
    ideal="4個：北京、上海、香港、東京。",
    tags="aggregate",
    ho=["總排名前十裡亞洲城市有多少"],
)
S.c(
    "美國城市在前十的平均名次是多少",
    "4\\.2",
    ideal="平均4.2名：波士頓第1、舊金山第2、紐約第5、洛杉磯第6、西雅圖第7。",
    tags="aggregate",
)
S.c("中國城市在前十的平均排名", "(6\\.6|6\\.7|20/3)", ideal="約6.7：北京第3、上海第8、香港第9。", tags="aggregate")
S.c("前十名裡美國佔幾成", "(50\\s?%|一半|五成|5成|半數)", ideal="一半：10座中有5座是美國城市。", tags="aggregate")
S.c(
    "人才前十有幾個中國城市",
    count(HANT, 5, "", "(中國|中国)", "5座中國城市：北京、深圳、香港、廣州、上海。"),
    no=HANT.talent_order_guards(),
    tags="aggregate",
)
S.c(
    "評估的30個城市裡有幾個美國城市",
    remainder(HANT, "無法得知：30座城市的完整名單未公佈。公佈的結果中有5座美國城市，所以至少5座。"),
    tags="aggregate unpublished",
    ho=["三十個參評城市中美國佔多少"],
)
S.c("前十來自哪幾個國家", "美國", "中國", "英國", "日本", ideal="4個國家：美國、中國、英國、日本。", tags="aggregate")
S.c("歐洲在前十有幾個城市", count(HANT, 1, "", "(歐洲|倫敦)", "1個：倫敦（第4）。"), "倫敦", tags="aggregate")
S.c(
    "30個城市中中國城市佔百分之幾",
    remainder(HANT, "無法得知：30座城市的完整名單未公佈。公佈的結果中至少有5座中國城市。"),
    tags="aggregate unpublished",
)

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "how many top ten cities are in asia",
    count(EN, 4, ASIA_EN, "", "Four Asian cities: Beijing, Shanghai, Hong Kong and Tokyo.", wrong=[3, 5]),
    tags="aggregate",
)
S.h(
    "前十里有几个中国城市",
    count(HANS, 3, "", "(中国|城市|个|座)", "3个：北京、上海、香港（香港计入中国城市）。"),
    "香港",
    tags="aggregate",
)
S.h("亞洲城市平均排第幾", "7\\.5", ideal="平均第7.5名：北京、上海、香港、東京。", tags="aggregate")
S.h("前十名里欧洲城市有几个", count(HANS, 1, "", "(欧洲|伦敦)", "1个：伦敦（第4名）。"), "伦敦", tags="aggregate")
S.h(
    "前十名中美國城市有幾個",
    count(HANT, 5, "", "(美國|城市|個|座)", "5個：波士頓、舊金山、紐約、洛杉磯、西雅圖。"),
    "西雅圖",
    tags="aggregate",
)
