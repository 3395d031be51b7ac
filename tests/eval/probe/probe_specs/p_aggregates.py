"""Probe: counts, shares, averages and breakdowns, and the unpublished remainder of the 30."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT
from specs.aggregates import ASIA_EN, CN_EN, US_EN, count, remainder

from probe_specs._common import count_p, either

SHEET = Sheet(
    "pr_aggregates",
    "counts, shares, averages, breakdowns, other wording",
    """
Computed from the published lists: top-10 seats by country (US 5, China 3 incl. Hong Kong, UK 1, Japan 1) and
region, averages of ranks, the size of unions and groups. Over the 30 evaluated cities only a lower bound is
known: the reply says the full list was not published and invents no count or share of the 30.
""",
)
S = SHEET
A = "aggregate"
AU = "aggregate unpublished"


def average(value: str, wrong_en: str = "") -> str:
    """An average stated as a number (not a rank): 'the average is 5', 'mean: 5', '= 5', '5.0'."""
    v = value.replace(".", "\\.")
    return (
        f"((average|mean)[^.\\n]{{0,100}}(?<![\\d.])(?<!#){v}(\\.0+)?(?![\\d]|st|nd|rd|th|\\.\\d)|=\\s*{v}(\\.0+)?"
        f"(?![\\d]|\\.\\d)|(?<![\\d.]){v}\\.0\\b)"
    )


def zh_average(value: str) -> str:
    v = value.replace(".", "\\.")
    return f"((平均|均值)[^。\\n]{{0,10}}(?<![\\d.]){v}(?![\\d]|\\.\\d)|=\\s*{v}(?![\\d]|\\.\\d))"


# --- English ----------------------------------------------------------------------------------------
S.c(
    "how many top-10 spots does china hold?",
    count_p(
        EN,
        3,
        CN_EN,
        "",
        "China holds three: Beijing (3rd), Shanghai (8th) and Hong Kong (9th), counting Hong Kong as the article does.",
        "Beijing",
        wrong=[2, 4],
    ),
    "Hong Kong",
    tags=A,
)
S.c(
    "what % of the top ten is european",
    "(10\\s?%|one in ten|\\b1 (of|out of) (the )?10|\\bone (of|out of) (the )?(10|ten)|a tenth)",
    "London",
    ideal="10% — just London, 1 of the 10.",
    tags=A,
)
S.c(
    "US cities inside the top five — how many?",
    count_p(
        EN,
        3,
        US_EN,
        "",
        "Three US cities: Boston (1st), San Francisco (2nd) and New York (5th).",
        "Boston",
        wrong=[2, 4, 5],
    ),
    tags=A,
)
S.c(
    "count of asian cities in the top five",
    count_p(EN, 1, ASIA_EN, "", "One Asian city: Beijing (3rd).", "Beijing", wrong=[2, 3]),
    "Beijing",
    tags=A,
)
S.c(
    "mean overall position of the balanced-education cities?",
    average("5"),
    ideal="The average is 5: London 4th, Beijing 3rd, Shanghai 8th and New York 5th (20 / 4 = 5).",
    tags=A,
)
S.c(
    "avg overall rank of the three sci-tech podium cities",
    average("2"),
    ideal="The average is 2: San Francisco 2nd, Boston 1st and Beijing 3rd overall (6 / 3 = 2).",
    tags=A,
)
S.c("what's the average rank across the whole top 10", "\\b5\\.5\\b", ideal="5.5 — (1+2+…+10)/10.", tags=A)
S.c(
    "how many different countries does the talent top 10 cover",
    count(EN, 2, "countr", "", "Two countries: the US (five cities, not named) and China (five).", wrong=[1, 3, 4]),
    no=EN.talent_us_guards(),
    tags=A,
)
S.c(
    "ratio of US to Chinese cities in the top 10?",
    "(\\b5\\s*(:|to)\\s*3\\b|five to three)",
    ideal="5 : 3 — five US cities against three Chinese ones (Beijing, Shanghai, Hong Kong).",
    tags=A,
)
S.c(
    "how many of the top 10 are outside the US",
    count_p(
        EN,
        5,
        "(outside|non|not)",
        "",
        "Five are outside the US: Beijing, London, Shanghai, Hong Kong and Tokyo.",
        "Beijing",
        wrong=[3, 4, 6],
    ),
    tags=A,
)
S.c(
    "how many of the 30 evaluated cities are Japanese?",
    remainder(
        EN,
        "Not known — the full list of 30 wasn't published. Tokyo is the only Japanese city in the "
        "published results, so at least one.",
    ),
    tags=AU,
)
S.c(
    "what percent of the assessed cities are american",
    remainder(
        EN,
        "That isn't known: 30 cities were assessed but the full list wasn't published. At least five are "
        "American (the five in the top 10).",
    ),
    tags=AU,
)
S.c(
    "how many of the 30 didn't make the top 10",
    "(\\b20\\b|twenty)",
    no=["\\b(10|ten|19|21)\\s+(of the 30\\s+)?(cities\\s+)?(didn.t|did not|aren.t|are not|weren.t)"],
    ideal="20 of the 30 evaluated cities aren't in the top 10; apart from Shenzhen and Guangzhou, the report doesn't "
    "name them.",
    tags=A,
)
S.c(
    "country breakdown of the top 10 pls",
    "((US\\b|U\\.S\\.|United States|America)[^\\n]{0,25}\\b(5|five)\\b|\\b(5|five)\\b[^\\n]{0,25}(US\\b|U\\.S\\.|"
    "United States|America))",
    "(Chin[^\\n]{0,25}\\b(3|three)\\b|\\b(3|three)\\b[^\\n]{0,25}Chin)",
    "(UK|U\\.K\\.|United Kingdom|Britain|London)",
    "(Japan|Tokyo)",
    ideal="United States 5 (Boston, San Francisco, New York, Los Angeles, Seattle), China 3 (Beijing, Shanghai, "
    "Hong Kong), United Kingdom 1 (London), Japan 1 (Tokyo).",
    tags=A,
)
S.c(
    "asia vs north america vs europe — how many top-10 cities each?",
    "((North America|American|\\bUS\\b)[^\\n]{0,30}\\b(5|five)\\b|\\b(5|five)\\b[^\\n]{0,30}(North America|American|"
    "\\bUS\\b))",
    "(Asia[^\\n]{0,20}\\b(4|four)\\b|\\b(4|four)\\b[^\\n]{0,25}Asia)",
    "(Europe[^\\n]{0,20}\\b(1|one)\\b|\\b(1|one)\\b[^\\n]{0,25}Europe)",
    ideal="North America 5 (all US), Asia 4 (Beijing, Shanghai, Hong Kong, Tokyo), Europe 1 (London).",
    tags=A,
)
S.c(
    "how many chinese cities does the report name across all its lists",
    count_p(
        EN,
        5,
        CN_EN,
        "",
        "Five Chinese cities: Beijing, Shanghai, Hong Kong, Shenzhen and Guangzhou.",
        "Beijing",
        wrong=[3, 4, 6],
    ),
    tags=A,
)
S.c(
    "size of the balanced group vs the talent-potential group?",
    "((\\b4\\b|four)[^.\\n]{0,80}(\\b4\\b|four)|(both|each)[^.\\n]{0,30}(\\b4\\b|four)|(\\b4\\b|four)\\s+each)",
    "balanced",
    "potential",
    ideal="Four each: balanced education — London, Beijing, Shanghai, New York; talent potential — Shenzhen, "
    "Guangzhou, Hong Kong, Shanghai.",
    tags=A,
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "前十名里中国城市占几席",
    count_p(HANS, 3, "", "(中国|席|座|个)", "3席：北京、上海、香港（香港计入中国城市）。", "Beijing"),
    "香港",
    tags=A,
)
S.c("前十名欧洲占百分之几", "(10\\s?%|百分之十|一成|1成|十分之一)", "伦敦", ideal="10%：只有伦敦1座。", tags=A)
S.c("前五名里美国城市有几个", count_p(HANS, 3, "", "(美国|座|个)", "3个：波士顿、旧金山、纽约。", "Boston"), tags=A)
S.c(
    "均衡组四个城市的平均总排名是多少",
    zh_average("5"),
    ideal="平均总排名是5：伦敦第4、北京第3、上海第8、纽约第5，(4+3+8+5)/4=5。",
    tags=A,
)
S.c(
    "人才前十涉及几个国家",
    "(((?<![\\d第前])2(?![\\d.%])|两|二)[^。\\n]{0,6}国)",
    no=HANS.talent_us_guards(),
    ideal="2个国家：美国（5座，报告未点名）和中国（5座）。",
    tags=A,
)
S.c(
    "30个城市中美国城市占多少比例",
    remainder(HANS, "无法得知：30座城市的完整名单未公布。公布的结果中有5座美国城市，所以至少5座。"),
    tags=AU,
)
S.c(
    "有多少城市没进前十",
    "((?<![\\d.])20(?![\\d.])\\s*(座|个|個)?|二十)",
    ideal="30座评估城市中有20座不在前十；除了深圳和广州，其余的报告没有点名。",
    tags=A,
)
S.c("前十名的平均排名算出来是多少", "5\\.5", ideal="5.5：(1+2+…+10)/10。", tags=A)
S.c(
    "报告里一共提到了几个中国城市",
    count_p(HANS, 5, "", "(中国|座|个)", "5座：北京、上海、香港、深圳、广州。", "Beijing"),
    "深圳",
    tags=A,
)

S.c("前十名里北美城市占几成", "(50\\s?%|一半|五成|5成|半数|百分之五十)", ideal="五成：5座，都是美国城市。", tags=A)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "前十名入面有幾多個美國城市",
    count_p(HANT, 5, "", "(美國|個|座)", "5個：波士頓、舊金山、紐約、洛杉磯、西雅圖。", "Boston"),
    tags=A,
)
S.c(
    "前十名裡北美佔幾個",
    count_p(HANT, 5, "", "(美國|北美|個|座)", "5個，全是美國城市：波士頓、舊金山、紐約、洛杉磯、西雅圖。", "Boston"),
    tags=A,
)
S.c(
    "亞洲城市佔前十的幾成",
    "(40\\s?%|四成|4成|百分之四十|五分之二)",
    ideal="四成：北京、上海、香港、東京，共4座。",
    tags=A,
)
S.c(
    "北京、上海、香港三個的平均名次是多少",
    "(6\\.6|6\\.7|20/3)",
    ideal="約6.7：北京第3、上海第8、香港第9，(3+8+9)/3≈6.7。",
    tags=A,
)
S.c(
    "三十個參評城市裡，日本的有幾個",
    remainder(HANT, "無法得知：30座城市的完整名單未公佈。公佈的結果中只有東京一座日本城市。"),
    tags=AU,
)
S.c(
    "前十名分別來自哪些國家，各幾個",
    "美國[^\\n]{0,8}(5|五)",
    "中國[^\\n]{0,8}(3|三)",
    "英國",
    "日本",
    ideal="美國5個、中國3個（北京、上海、香港）、英國1個（倫敦）、日本1個（東京）。",
    tags=A,
)
S.c(
    "人才前十裡中美各佔幾個",
    either(
        "(各5|各五|各佔5|各佔五|都是5|都是五|5比5|五比五|各有5|各有五|一半)",
        "(5|五)\\s*(座|個)?[^。\\n]{0,4}中國[\\s\\S]{0,80}(5|五)\\s*(座|個)?[^。\\n]{0,4}美國",
        "(5|五)\\s*(座|個)?[^。\\n]{0,4}美國[\\s\\S]{0,80}(5|五)\\s*(座|個)?[^。\\n]{0,4}中國",
    ),
    no=HANT.talent_us_guards(),
    ideal="各5個：5座美國城市（報告未點名）和5座中國城市（北京、深圳、香港、廣州、上海）。",
    tags=A,
)

# --- the smallest group: "fewest" ----------------------------------------------------------------------
S.c(
    "which region has the fewest cities in the top 10",
    "Europe[^.\\n]{0,40}\\b(1|one|only 1)\\b|fewest[^.\\n]{0,30}Europe",
    no=["(?i)most of them come from", "I don't recognise"],
    ideal="The fewest come from Europe: only 1 (London, 4th).",
    tags=A,
)
S.c(
    "what continent is least represented in the top ten?",
    "Europe[^.\\n]{0,40}\\b(1|one|only 1)\\b|fewest[^.\\n]{0,30}Europe",
    no=["(?i)most of them come from"],
    ideal="Europe, with only 1 city (London, 4th).",
    tags=A,
)
S.c(
    "前十名里哪个洲最少",
    "欧洲[^。\\n]{0,10}(最少|1座|一座)",
    no=["北美最多"],
    ideal="欧洲最少，只有1座：伦敦（第4）。",
    tags=A,
)
S.c(
    "前十邊個洲最少",
    "歐洲[^。\\n]{0,10}(最少|1座|一座)",
    no=["北美最多"],
    ideal="歐洲最少，只有1座：倫敦（第4）。",
    tags=A,
)
