"""Probe: filters and superlatives ("outside X", "non-X", "euro cities", "who leads the pack")."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, near
from specs.filters import best, cities, none_in_results

from probe_specs._common import either

SHEET = Sheet(
    "pr_filters",
    "filters and superlatives, other wording",
    """
The strongest / weakest city under a condition (outside North America, non-US, European, Asian, Chinese,
Japanese, in a list) and the cities that pass a filter. Hong Kong counts among the Chinese cities. Where a
list has no order (talent) or no such city is in the results, the reply says so instead of picking one.
""",
)
S = SHEET
SF = "superlative filter"
ONLY_ASIAN_EN = [
    "\\bonly Asian city\\b",
    "\\b(1|one)\\s+Asian\\s+city\\s+is\\s+in\\s+the\\s+(published\\s+)?(overall\\s+)?top",
    "Tokyo[^.\\n]{0,30}\\b(the\\s+)?(highest|best|top)[- ]ranked\\s+Asian\\s+city"
    "(?!\\s+(outside|beyond|other than|apart from|besides|excluding|that))",
]
F = "filter"

# --- English: superlatives -----------------------------------------------------------------------------
S.c(
    "strongest city outside north america?",
    best(EN, "Beijing", 3, ideal="Beijing — 3rd overall, the best-placed city outside North America."),
    tags=SF,
)
S.c("which non-US city leads the pack", best(EN, "Beijing", 3, ideal="Beijing, 3rd overall."), tags=SF)
S.c(
    "how does Britain's best city place?",
    best(EN, "London", 4, ideal="London — 4th overall, the only UK city in the results."),
    tags=SF,
)
S.c("top-ranked city in east asia", best(EN, "Beijing", 3, ideal="Beijing — 3rd overall."), tags=SF)
S.c(
    "weakest chinese entry in the top ten?",
    best(EN, "Hong Kong", 9, ideal="Hong Kong — 9th (Beijing is 3rd, Shanghai 8th)."),
    tags=SF,
)
S.c(
    "lowest-placed asian city in the top 10",
    best(EN, "Tokyo", 10, ideal="Tokyo — 10th, the last of the published top 10."),
    tags=SF,
)
S.c(
    "whats the weakest american city on the list",
    best(EN, "Seattle", 7, ideal="Seattle — 7th, the lowest of the five US cities in the top 10."),
    tags=SF,
)
S.c(
    "best education city that isn't Boston",
    best(EN, "London", 2, "edu", ideal="London — 2nd in education, right after Boston."),
    tags=SF,
)
S.c(
    "in innovation, who's Asia's top dog?",
    best(EN, "Beijing", 3, "sci", ideal="Beijing — 3rd in sci-tech innovation, the only Asian city in that top 3."),
    tags=SF,
)
S.c(
    "highest education ranking for a city outside both the US and China",
    best(EN, "London", 2, "edu", ideal="London — 2nd in education."),
    tags=SF,
)
S.c(
    "strongest asian city that isn't chinese",
    best(EN, "Tokyo", 10, ideal="Tokyo — 10th overall, the only non-Chinese Asian city in the top 10."),
    no=ONLY_ASIAN_EN,
    tags=SF,
)
S.c(
    "which chinese city does best on the sci-tech list",
    best(EN, "Beijing", 3, "sci", ideal="Beijing — 3rd in sci-tech innovation."),
    tags=SF,
)
S.c(
    "highest-placed city in latin america?",
    none_in_results(
        EN,
        "Latin American",
        "None in the published results: the named cities are in the US, China, the UK and Japan. "
        "The full list of 30 wasn't published.",
    ),
    tags=f"{SF} unpublished",
)
S.c(
    "among the chinese talent cities, which one leads?",
    EN.notpub,
    "(order|rank)",
    EN.city("Guangzhou"),
    no=EN.talent_guards(),
    ideal="None leads: the talent top 10 was published without an order. Its Chinese members are Beijing, "
    "Shenzhen, Hong Kong, Guangzhou and Shanghai.",
    tags=f"{SF} unpublished adversarial",
)
S.c(
    "which european city leads in education",
    best(EN, "London", 2, "edu", ideal="London — 2nd in education, the only European city in that top 3."),
    tags=SF,
)

# --- English: filters ---------------------------------------------------------------------------------------
S.c(
    "r there any euro cities in the top 10",
    cities(EN, ["London"], "Just one: London, 4th."),
    near("London", "(Europe|European|\\bonly\\b|\\bjust\\b|\\bsole\\b|\\bsingle\\b|\\bone\\b)", 60),
    no=["Paris", "Berlin", "Munich", "Zurich", "Amsterdam", "Stockholm"],
    tags=f"{F} typo",
)
S.c(
    "top 10 minus the US ones?",
    cities(
        EN,
        ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"],
        "Beijing (3rd), London (4th), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
    ),
    tags=F,
)
S.c(
    "which cities outrank Seattle?",
    cities(
        EN,
        ["Boston", "San Francisco", "Beijing", "London", "New York", "Los Angeles"],
        "Six: Boston (1st), San Francisco (2nd), Beijing (3rd), London (4th), New York (5th) and Los Angeles (6th).",
    ),
    no=["Hong Kong", "Tokyo"],
    tags=F,
)
S.c(
    "US cities that miss the top 5?",
    cities(EN, ["Los Angeles", "Seattle"], "Two: Los Angeles (6th) and Seattle (7th)."),
    tags=F,
)
S.c(
    "which top-10 cities are in mainland china",
    cities(EN, ["Beijing", "Shanghai"], "Beijing (3rd) and Shanghai (8th); Hong Kong (9th) is the third Chinese city."),
    EN.at("Beijing", 3),
    EN.at("Shanghai", 8),
    either(
        "\\A(?![\\s\\S]*Hong Kong)",
        "Hong Kong[^.\\n]{0,80}(\\bnot\\b|n.t\\b|outside|excluded|separate|special administrative|SAR)",
        "(\\bnot\\b|except|excluding|besides|apart from|without)[^.\\n]{0,30}Hong Kong",
        "Hong Kong[^.\\n]{0,40}\\b(also|too|third|other|as well|separately)\\b",
    ),
    no=["Hong Kong\\s+(is|was)\\s+(also\\s+)?(in\\s+)?(the\\s+)?mainland"],
    tags=F,
)
S.c(
    "asian top-10 cities that aren't chinese",
    cities(EN, ["Tokyo"], "Only one: Tokyo, 10th."),
    near("Tokyo", "(\\bonly\\b|\\bjust\\b|\\bsole\\b|\\bsingle\\b|\\bone\\b|Japan|10th|tenth)", 40),
    no=["Seoul", "Singapore", "Osaka", *ONLY_ASIAN_EN],
    tags=F,
)
S.c(
    "just the chinese entries in the top ten plz",
    cities(EN, ["Beijing", "Shanghai", "Hong Kong"], "Three: Beijing (3rd), Shanghai (8th), Hong Kong (9th)."),
    tags=F,
)
S.c(
    "who in the top 10 ranks lower than Shanghai",
    cities(EN, ["Hong Kong", "Tokyo"], "Hong Kong (9th) and Tokyo (10th)."),
    no=["Boston", "San Francisco", "Beijing", "London"],
    tags=F,
)
S.c(
    "which top-ten cities are north american?",
    cities(
        EN,
        ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"],
        "Five, all in the US: Boston (1st), San Francisco (2nd), New York (5th), Los Angeles (6th), Seattle (7th).",
    ),
    no=["Toronto", "Montreal", "Vancouver", "Chicago"],
    tags=F,
)
S.c(
    "any japanese cities apart from tokyo?",
    EN.neg,
    "Tokyo",
    no=["Osaka", "Kyoto", "Yokohama", "Nagoya", EN.bare_yes, *EN.wrong_rank("Tokyo", 10)],
    ideal="No — Tokyo (10th) is the only Japanese city in the published results.",
    tags=F,
)

# --- simplified Chinese ---------------------------------------------------------------------------------
S.c(
    "北美以外谁最强",
    best(HANS, "Beijing", 3, ideal="北美以外排名最高的是北京，总榜第3名。"),
    tags=SF,
    script="hans",
)
S.c("前十里最靠后的美国城市是哪个", best(HANS, "Seattle", 7, ideal="西雅图，第7名。"), tags=SF)
S.c("除了波士顿，教育最好的是谁", best(HANS, "London", 2, "edu", ideal="伦敦，教育排名第2。"), tags=SF)
S.c(
    "非中国城市里科创谁第一",
    best(HANS, "San Francisco", 1, "sci", ideal="旧金山，科技创新排名第1。"),
    tags=SF,
)
S.c("中国城市总榜垫底的是哪个", best(HANS, "Hong Kong", 9, ideal="香港，总榜第9名（北京第3、上海第8）。"), tags=SF)
S.c(
    "亚洲城市里除了中国的，谁排得最高",
    best(HANS, "Tokyo", 10, ideal="东京，总榜第10名，是前十中唯一的非中国亚洲城市。"),
    no=["唯一的亚洲城市", "(1|一)\\s*座亚洲城市", "东京[^。\\n]{0,10}(排名)?最高的亚洲城市"],
    tags=SF,
)
S.c(
    "人才方面哪个美国城市最厉害",
    HANS.notpub,
    HANS.five_us(),
    no=HANS.talent_guards(),
    ideal="无法回答：人才发展前十有5座美国城市，但报告没有点名，也没有排序。",
    tags=f"{SF} unpublished adversarial",
)
S.c(
    "南美洲有城市上榜吗，最好的是哪个",
    none_in_results(
        HANS, "南美", "公布的结果中没有南美城市（只有美国、中国、英国和日本的城市），30座城市的完整名单未公布。"
    ),
    tags=f"{SF} unpublished",
    script="hans",
)
S.c(
    "前十名里有欧洲城市吗",
    cities(HANS, ["London"], "有1座：伦敦，第4名。"),
    no=["巴黎", "柏林", "慕尼黑"],
    tags=F,
)
S.c(
    "前十里排在上海后面的有哪些",
    cities(HANS, ["Hong Kong", "Tokyo"], "香港（第9）和东京（第10）。"),
    no=["波士顿", "旧金山", "北京", "伦敦"],
    tags=F,
)
S.c(
    "前五名里有哪些不是美国的",
    cities(HANS, ["Beijing", "London"], "北京（第3名）和伦敦（第4名）。"),
    no=["上海", "香港", "东京"],
    tags=F,
)
S.c(
    "排在纽约前面的都是哪些城市",
    cities(
        HANS,
        ["Boston", "San Francisco", "Beijing", "London"],
        "波士顿（第1）、旧金山（第2）、北京（第3）、伦敦（第4）。",
    ),
    no=["上海", "香港", "东京"],
    tags=F,
)
S.c(
    "前十里美国以外的城市列一下",
    cities(
        HANS,
        ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"],
        "北京（第3）、伦敦（第4）、上海（第8）、香港（第9）、东京（第10）。",
    ),
    tags=F,
)
S.c(
    "日本除了东京还有别的城市上榜吗",
    HANS.neg,
    "东京",
    no=["大阪", "京都", "横滨", HANS.bare_yes, *HANS.wrong_rank("Tokyo", 10)],
    ideal="没有，东京（第10名）是公布结果中唯一的日本城市。",
    tags=F,
)

S.c("美国城市里谁垫底", best(HANS, "Seattle", 7, ideal="西雅图，第7名，是前十中排名最低的美国城市。"), tags=SF)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("亞洲城市誰拿第一", best(HANT, "Beijing", 3, ideal="北京，總排名第3，是排名最高的亞洲城市。"), tags=SF)
S.c("美國城市裡排第二的是哪個", best(HANT, "San Francisco", 2, ideal="舊金山，總排名第2。"), tags=SF)
S.c("非美國城市教育最強是誰", best(HANT, "London", 2, "edu", ideal="倫敦，教育排名第2。"), tags=SF)
S.c("科創方面亞洲最強的城市", best(HANT, "Beijing", 3, "sci", ideal="北京，科技創新排名第3。"), tags=SF)
S.c(
    "非洲有冇城市上榜？邊個最高？",
    none_in_results(
        HANT, "非洲", "公佈的結果中沒有非洲城市（只有美國、中國、英國和日本的城市），30座城市的完整名單未公佈。"
    ),
    tags=f"{SF} unpublished",
)
S.c("美國城市中誰墊底", best(HANT, "Seattle", 7, ideal="西雅圖，第7名，是前十中排名最低的美國城市。"), tags=SF)
S.c(
    "前十名裡中國城市有哪些",
    cities(HANT, ["Beijing", "Shanghai", "Hong Kong"], "3座：北京（第3）、上海（第8）、香港（第9）。"),
    tags=F,
)
S.c(
    "排在倫敦後面的美國城市",
    cities(HANT, ["New York", "Los Angeles", "Seattle"], "紐約（第5）、洛杉磯（第6）、西雅圖（第7）。"),
    no=["波士頓", "舊金山", "三藩市"],
    tags=F,
)
S.c(
    "前十名中有哪些亞洲城市呢",
    cities(
        HANT,
        ["Beijing", "Shanghai", "Hong Kong", "Tokyo"],
        "4座：北京（第3）、上海（第8）、香港（第9）、東京（第10）。",
    ),
    tags=F,
)
S.c(
    "歐洲除咗倫敦仲有冇其他城市上榜",
    HANT.neg,
    "倫敦",
    no=["巴黎", "柏林", "慕尼黑", HANT.bare_yes, *HANT.wrong_rank("London", 4)],
    ideal="沒有，倫敦（第4名）是公佈結果中唯一的歐洲城市。",
    tags=F,
)

# --- "least highly ranked", "least well placed" ---------------------------------------------------------
S.c(
    "least highly ranked american city",
    best(EN, "Seattle", 7, ideal="Seattle — 7th, the lowest of the five US cities in the top 10."),
    tags=SF,
)
S.c(
    "least well placed chinese city in the top 10?",
    best(EN, "Hong Kong", 9, ideal="Hong Kong — 9th (Beijing is 3rd, Shanghai 8th)."),
    tags=SF,
)
