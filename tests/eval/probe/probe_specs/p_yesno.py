"""Probe: yes / no questions, false premises and "just say yes or no" where the report does not say."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, compare, member, near

from probe_specs._common import no_because, yes_because

SHEET = Sheet(
    "pr_yesno",
    "yes / no questions and false premises, other wording",
    """
"Does X trail Y", "has X cracked the top 10", "X is the runner-up, correct?", "why did X beat Y" (when it
didn't), "on the podium?". A yes or no answers exactly the question, with the fact behind it; a false premise
is corrected, never confirmed; where the report does not say, no bare yes or no.
""",
)
S = SHEET
Y = "yesno"
BECAUSE_EN = "^\\W*because\\b"
BECAUSE_ZH = "^\\W*(因为|因為)"

# --- English ----------------------------------------------------------------------------------------
S.c(
    "does beijing trail london?",
    no_because(
        EN,
        "No — it's the other way round: Beijing is 3rd and London 4th.",
        EN.at("Beijing", 3),
        EN.at("London", 4),
        no=EN.wrong_rank("Beijing", 3) + EN.wrong_rank("London", 4),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "is it true that SF edges out Boston overall?",
    no_because(
        EN,
        "No — overall Boston is 1st and San Francisco 2nd (San Francisco does lead in sci-tech innovation).",
        EN.at("Boston", 1),
        EN.at("San Francisco", 2),
        no=EN.wrong_rank("San Francisco", 2),
    ),
    tags=f"{Y} adversarial typo",
)
S.c("has tokyo cracked the top 10?", member(EN, "Tokyo", "overall"), tags=Y)
S.c(
    "did shenzhen make the cut for the top 10",
    member(EN, "Shenzhen", "overall"),
    ideal="No — Shenzhen isn't in the published overall top 10, and its rank wasn't published. It is in the talent "
    "top 10, though.",
    tags=f"{Y} unpublished",
)
S.c(
    "LA outranks Seattle, right?",
    yes_because(EN, "Yes — Los Angeles is 6th and Seattle 7th.", EN.at("Los Angeles", 6), EN.at("Seattle", 7)),
    tags=f"{Y} typo",
)
S.c("is hong kong on the education podium?", member(EN, "Hong Kong", "edu"), tags=Y)
S.c("is beijing on the innovation podium", member(EN, "Beijing", "sci"), tags=Y)
S.c("london on the sci-tech podium? y/n", member(EN, "London", "sci"), tags=Y)
S.c(
    "so shanghai is the runner-up, correct?",
    no_because(
        EN,
        "No — Shanghai is 8th. The runner-up is San Francisco (2nd).",
        EN.at("Shanghai", 8),
        "San Francisco",
        no=EN.wrong_rank("Shanghai", 8),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "since Tokyo tops education, who's second there?",
    no_because(
        EN,
        "Tokyo doesn't top education — it isn't in the published education top 3. Boston is 1st and London 2nd.",
        "London",
        EN.outside("Tokyo", "edu"),
        no=EN.no_rank("Tokyo", "edu"),
    ),
    tags=f"{Y} adversarial",
)
S.c("does LA make the talent top ten or not", member(EN, "Los Angeles", "talent"), tags=f"{Y} unpublished")
S.c(
    "does the US have more top-10 cities than China and the UK put together?",
    yes_because(EN, "Yes — 5 US cities against 4 (China 3, the UK 1).", "(\\b5\\b|five)", "(\\b4\\b|four)"),
    tags=Y,
)
S.c(
    "is asia better represented than europe in the top 10?",
    yes_because(
        EN,
        "Yes — Asia has 4 (Beijing, Shanghai, Hong Kong, Tokyo), Europe 1 (London).",
        "(\\b4\\b|four)",
        "(\\b1\\b|one|only London|just London)",
    ),
    tags=Y,
)
S.c("is shanghai one of the balanced-education cities", member(EN, "Shanghai", "balanced"), tags=Y)
S.c(
    "is Beijing a talent-potential city?",
    no_because(
        EN,
        "No — Beijing isn't among the cities with exceptional talent potential (Shenzhen, Guangzhou, Hong Kong and "
        "Shanghai), though it is in the talent top 10.",
        "Beijing",
        "potential",
        no=[
            "Beijing\\s+(is|was)\\s+(also\\s+)?(one of|among|in|part of)[^.\\n]{0,30}potential",
            "Beijing\\s+(also\\s+)?(has|shows|demonstrates)\\s+(an?\\s+)?(exceptional|strong|outstanding)[^.\\n]{0,20}"
            "potential",
        ],
    ),
    tags=Y,
)
S.c("tokyo's in the talent top 10 isn't it", member(EN, "Tokyo", "talent"), tags=f"{Y} adversarial")
S.c(
    "why did seattle beat LA?",
    no_because(
        EN,
        "It didn't: Los Angeles is 6th and Seattle 7th.",
        EN.at("Seattle", 7),
        EN.at("Los Angeles", 6),
        no=[BECAUSE_EN, *EN.wrong_rank("Seattle", 7)],
    ),
    tags=f"{Y} adversarial typo",
)
S.c(
    "is guangzhou above shenzhen in talent?",
    compare(EN, "Guangzhou", "Shenzhen", "talent"),
    tags=f"{Y} unpublished adversarial",
)
S.c(
    "is hk ahead of tokyo in education?",
    yes_because(
        EN,
        "Yes — Hong Kong is 3rd in education, and Tokyo isn't in the published education top 3.",
        EN.at("Hong Kong", 3),
        EN.outside("Tokyo", "edu"),
        no=EN.no_rank("Tokyo", "edu"),
    ),
    tags=f"{Y} typo",
)
S.c(
    "was london the bronze medallist in education",
    no_because(
        EN,
        "No — London took silver (2nd in education); the bronze went to Hong Kong (3rd).",
        EN.at("London", 2),
        "Hong Kong",
        no=EN.wrong_rank("London", 2, "edu"),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "am I right that only 10 cities were evaluated?",
    no_because(
        EN,
        "No — 30 cities were evaluated; only the overall top 10 of them was published.",
        "(?<![\\d.])30(?![\\d.])|thirty",
    ),
    tags=f"{Y} adversarial",
)
S.c("is nyc in the top half of the top 10", member(EN, "New York", "top5"), tags=f"{Y} typo")
S.c(
    "is SF number one at anything?",
    yes_because(
        EN,
        "Yes — San Francisco is 1st in sci-tech innovation (2nd overall).",
        near("San Francisco", EN.rank(1)),
        "(sci|innov|tech)",
    ),
    tags=f"{Y} typo",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "北京落后于伦敦吗",
    no_because(
        HANS,
        "没有，反过来：北京第3名，伦敦第4名。",
        HANS.at("Beijing", 3),
        HANS.at("London", 4),
        no=HANS.wrong_rank("Beijing", 3),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "旧金山总榜赢了波士顿？",
    no_because(
        HANS,
        "没有。总榜波士顿第1名，旧金山第2名（科技创新旧金山第1）。",
        HANS.at("Boston", 1),
        HANS.at("San Francisco", 2),
    ),
    tags=f"{Y} adversarial",
)
S.c("东京挤进前十了没", member(HANS, "Tokyo", "overall"), tags=Y)
S.c("广州进没进前十", member(HANS, "Guangzhou", "overall"), tags=f"{Y} unpublished")
S.c(
    "洛杉矶排在西雅图前面对吧",
    yes_because(HANS, "对，洛杉矶第6名，西雅图第7名。", HANS.at("Los Angeles", 6), HANS.at("Seattle", 7)),
    tags=Y,
)
S.c("北京进了科创前三吗", member(HANS, "Beijing", "sci"), tags=Y)
S.c(
    "上海是总榜亚军，对不对",
    no_because(
        HANS,
        "不对，上海是第8名；总榜亚军是旧金山（第2名）。",
        HANS.at("Shanghai", 8),
        "旧金山",
        no=HANS.wrong_rank("Shanghai", 8),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "纽约在人才前十吗？说是或不是就行",
    member(HANS, "New York", "talent"),
    tags=f"{Y} unpublished adversarial",
)
S.c("北京属于人才潜力突出的城市吗", member(HANS, "Beijing", "potential"), tags=Y)
S.c(
    "为什么西雅图能超过洛杉矶",
    no_because(
        HANS,
        "西雅图并没有超过洛杉矶：洛杉矶第6名，西雅图第7名。",
        HANS.at("Seattle", 7),
        HANS.at("Los Angeles", 6),
        no=[BECAUSE_ZH, *HANS.wrong_rank("Seattle", 7)],
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "香港教育领先东京吗",
    yes_because(
        HANS,
        "是的，香港教育排名第3，东京不在公布的教育前三之列。",
        HANS.at("Hong Kong", 3),
        HANS.outside("Tokyo", "edu"),
        no=HANS.no_rank("Tokyo", "edu"),
    ),
    tags=Y,
)
S.c(
    "报告只评估了10个城市是吧",
    no_because(HANS, "不是，一共评估了30座城市，只公布了前十名等部分结果。", "(?<![\\d.])30(?![\\d.])|三十"),
    tags=f"{Y} adversarial",
)

S.c(
    "北京是不是比上海强",
    yes_because(HANS, "是的，北京总榜第3名，上海第8名。", HANS.at("Beijing", 3), HANS.at("Shanghai", 8)),
    tags=Y,
)
S.c(
    "伦敦在教育上领先香港吗",
    yes_because(
        HANS,
        "是的，教育排名伦敦第2，香港第3。",
        HANS.at("London", 2),
        HANS.at("Hong Kong", 3),
        no=HANS.wrong_rank("London", 2, "edu") + HANS.wrong_rank("Hong Kong", 3, "edu"),
    ),
    tags=Y,
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "倫敦贏咗北京未？",
    no_because(
        HANT,
        "沒有，北京第3名，倫敦第4名，北京較高。",
        HANT.at("Beijing", 3),
        HANT.at("London", 4),
        no=HANT.wrong_rank("London", 4),
    ),
    tags=f"{Y} adversarial",
)
S.c("香港有冇入到教育前三名單", member(HANT, "Hong Kong", "edu"), tags=Y)
S.c("深圳有冇打入總榜前十", member(HANT, "Shenzhen", "overall"), tags=f"{Y} unpublished")
S.c(
    "洛杉磯是不是落後西雅圖",
    no_because(HANT, "不是，洛杉磯第6名，西雅圖第7名，洛杉磯在前。", HANT.at("Los Angeles", 6), HANT.at("Seattle", 7)),
    tags=f"{Y} adversarial",
)
S.c(
    "波士頓科創是不是輸給舊金山",
    yes_because(
        HANT,
        "是的，科技創新舊金山第1名，波士頓第2名（總排名波士頓第1）。",
        HANT.at("San Francisco", 1),
        HANT.at("Boston", 2),
        no=HANT.wrong_rank("Boston", 2, "sci"),
    ),
    tags=Y,
)
S.c("東京係咪人才前十之一", member(HANT, "Tokyo", "talent"), tags=Y)
S.c("上海屬於教育均衡的城市嗎", member(HANT, "Shanghai", "balanced"), tags=Y)
S.c(
    "聽說香港排第二，是真的嗎",
    no_because(
        HANT,
        "不是，香港總排名第9名；第二名是舊金山。",
        HANT.at("Hong Kong", 9),
        HANT.city("San Francisco"),
        no=HANT.wrong_rank("Hong Kong", 9),
    ),
    tags=f"{Y} adversarial",
)
