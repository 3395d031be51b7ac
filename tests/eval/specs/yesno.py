"""Issue 11, point 6: yes / no about any of these, including false premises and unknowns."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, compare, member, near

SHEET = Sheet(
    "yesno",
    "yes / no questions, false premises (issue 11, point 6)",
    """
A yes or a no answers exactly the question asked, with the fact behind it. A false premise ("why is Tokyo
first?") is corrected, never confirmed. Where the report does not say (a US city and the talent top 10, an
order inside the talent top 10, a place past the published top 3) the reply says so: no bare yes or no.
""",
)
S = SHEET

SF_NOT_BOSTON_EN = "Boston\\s+(leads|is\\s+(1st|first|#\\s?1|number one|top))\\s+(in|for)\\s+(sci|innov|tech)"


def no_because(L, ideal, *must, no=()):
    return Chk([L.neg, *must], [L.bare_yes, *no], ideal=ideal)


def yes_because(L, ideal, *must, no=()):
    return Chk([L.yes, *must], [L.bare_no, *no], ideal=ideal)


def cannot_say(L, ideal, *must, no=()):
    return Chk([L.notpub, *must], [*L.bare(), *no], ideal=ideal)


# --- English ----------------------------------------------------------------------------------------
S.c(
    "does Boston lead in innovation?",
    no_because(
        EN,
        "No — in sci-tech innovation San Francisco is 1st and Boston 2nd (Boston is 1st overall).",
        "San Francisco",
        no=[SF_NOT_BOSTON_EN],
    ),
    tags="yesno adversarial",
    ho=["is boston number one for innovation", "boston tops sci-tech right?"],
)
S.c(
    "is every education top-3 city also in the overall top 10?",
    yes_because(
        EN, "Yes — Boston is 1st, London 4th and Hong Kong 9th overall.", EN.at("London", 4), EN.at("Hong Kong", 9)
    ),
    tags="yesno",
    ho=["are all three education leaders in the overall top ten"],
)
S.c(
    "was Boston first in every category?",
    no_because(
        EN,
        "No — Boston is 1st overall and in education, "
        "but 2nd in sci-tech innovation (San Francisco is 1st); the talent top 10 has no order.",
        "San Francisco",
        no=[SF_NOT_BOSTON_EN],
    ),
    tags="yesno adversarial",
    ho=["did boston win every list"],
)
S.c(
    "is Tokyo higher than Shanghai or not?",
    no_because(
        EN, "No — Shanghai is 8th and Tokyo 10th, so Shanghai is higher.", EN.at("Tokyo", 10), EN.at("Shanghai", 8)
    ),
    tags="yesno",
    ho=["tokyo above shanghai? yes or no"],
)
S.c(
    "why is Tokyo first?",
    no_because(
        EN,
        "Tokyo isn't first — it's 10th. Boston is 1st overall.",
        EN.at("Tokyo", 10),
        "Boston",
        no=["^\\W*because\\b", *EN.wrong_rank("Tokyo", 10)],
    ),
    tags="yesno adversarial",
    ho=["how did tokyo get to number one"],
)
S.c(
    "since Shanghai is 2nd, who's 3rd?",
    no_because(
        EN,
        "Shanghai isn't 2nd — it's 8th. 2nd is San Francisco and 3rd is Beijing.",
        EN.at("Shanghai", 8),
        "Beijing",
        no=EN.wrong_rank("Shanghai", 8),
    ),
    tags="yesno adversarial",
)
S.c(
    "why did London drop out of the top 10?",
    Chk(
        [EN.at("London", 4), "(\\bnot\\b|n.t\\b|\\bdidn.t\\b|still|is in)"],
        ["^\\W*because\\b", *EN.wrong_rank("London", 4)],
        ideal="It didn't: London is 4th, inside the top 10 (and 2nd in education).",
    ),
    tags="yesno adversarial",
)
S.c(
    "how come Shenzhen is 5th?",
    no_because(
        EN,
        "It isn't: 5th is New York. Shenzhen isn't in the published overall top 10, "
        "and its rank wasn't published; it is in the talent top 10.",
        "New York",
        EN.outside("Shenzhen"),
        no=EN.no_rank("Shenzhen"),
    ),
    tags="yesno adversarial",
)
S.c(
    "is it true guangzhou beat shanghai",
    no_because(
        EN,
        "No — Shanghai is 8th overall; Guangzhou isn't in the published top 10 (its rank wasn't published). Both are "
        "in the talent top 10, which has no order.",
        EN.at("Shanghai", 8),
        EN.outside("Guangzhou"),
        no=EN.no_rank("Guangzhou"),
    ),
    tags="yesno adversarial",
)
S.c(
    "Is Beijing ahead of London?",
    yes_because(EN, "Yes — Beijing is 3rd, London 4th.", EN.at("Beijing", 3), EN.at("London", 4)),
    tags="yesno",
)
S.c(
    "Is Shanghai in the education top 3?",
    member(EN, "Shanghai", "edu"),
    tags="yesno",
    ho=["shanghai top 3 in education?"],
)
S.c("Is Seattle in the top 5?", member(EN, "Seattle", "top5"), tags="yesno", ho=["seattle top five?"])
S.c(
    "is shanghai ranked higher than hong kong in talent?",
    compare(EN, "Shanghai", "Hong Kong", "talent"),
    "(order|rank)",
    tags="yesno unpublished adversarial",
)
S.c(
    "Are all of the top 5 American?",
    no_because(
        EN,
        "No — 3 of the top 5 are American (Boston, San Francisco, New York); Beijing (3rd) and London (4th) aren't.",
        "((Beijing|London)[^.\\n]{0,40}(n.t|\\bnot\\b|China|Chinese|UK|British|Britain|United Kingdom)|"
        "\\bnot\\b[^.\\n]{0,40}(Beijing|London))",
    ),
    tags="yesno",
)
S.c(
    "Did any Chinese city make the education top 3?",
    yes_because(
        EN,
        "Yes — Hong Kong, 3rd in education.",
        EN.at("Hong Kong", 3),
        no=["(Beijing|Shanghai)\\s+(is|was|ranks?|ranked)\\s+(1st|2nd|3rd|first|second|third)\\s+in\\s+education"],
    ),
    tags="yesno",
)
S.c("is New York among the cities with balanced education?", member(EN, "New York", "balanced"), tags="yesno")
S.c(
    "Is Guangzhou in the overall top 10?",
    member(EN, "Guangzhou", "overall"),
    "talent",
    tags="yesno unpublished",
    ideal="No. Guangzhou isn't in the overall top 10 (its exact rank wasn't published); it is in the talent top 10 and "
    "shows exceptional talent potential.",
)
S.c(
    "is seattle in the talent top 10",
    member(EN, "Seattle", "talent"),
    tags="yesno unpublished",
    ho=["does seattle make the talent top ten?"],
)
S.c("is London in the talent top 10?", member(EN, "London", "talent"), tags="yesno")
S.c("is Boston one of the five US talent cities", member(EN, "Boston", "talent"), tags="yesno unpublished adversarial")
S.c(
    "are there more US cities than chinese ones in the top 10",
    yes_because(
        EN,
        "Yes — 5 US cities against 3 Chinese ones (Beijing, Shanghai, Hong Kong).",
        "(\\b5\\b|five)",
        "(\\b3\\b|three)",
    ),
    tags="yesno",
)
S.c(
    "did SF beat Boston anywhere?",
    yes_because(
        EN,
        "Yes — in sci-tech innovation: San Francisco 1st, Boston 2nd. Overall and in education Boston is 1st.",
        "(sci|innov|tech)",
        near("San Francisco", EN.rank(1)),
    ),
    tags="yesno typo",
)
S.c(
    "is Beijing better than Tokyo in education?",
    cannot_say(
        EN,
        "Can't say: neither Beijing nor Tokyo is in the published education top 3, "
        "and their education ranks weren't published.",
        "Beijing",
        "Tokyo",
        no=EN.no_rank("Beijing", "edu") + EN.no_rank("Tokyo", "edu"),
    ),
    tags="yesno unpublished",
)
S.c(
    "is Shanghai in the innovation top 5?",
    cannot_say(
        EN,
        "Only the sci-tech innovation top 3 was published (San Francisco, Boston, "
        "Beijing) and Shanghai isn't in it; whether it is 4th or 5th isn't known.",
        "Shanghai",
        no=EN.no_rank("Shanghai", "sci"),
    ),
    tags="yesno unpublished adversarial",
)
S.c(
    "is the talent list ranked?",
    no_because(
        EN,
        "No — the talent top 10 was published as a list of members without an order.",
        "(order|rank)",
        no=EN.talent_order_guards(),
    ),
    tags="yesno",
)
S.c("is shenzhen higher than guangzhou", compare(EN, "Shenzhen", "Guangzhou"), tags="yesno unpublished")
S.c(
    "is London above Shenzhen overall",
    yes_because(
        EN,
        "Yes — London is 4th, and Shenzhen isn't in the published top 10.",
        EN.at("London", 4),
        EN.outside("Shenzhen"),
        no=EN.no_rank("Shenzhen"),
    ),
    tags="yesno",
)
S.c(
    "is new york in the top 5 and in the talent top 10?",
    EN.at("New York", 5),
    EN.notpub,
    no=[*EN.bare(), *EN.talent_us_guards()],
    ideal="Top 5: yes, New York is 5th. Talent top 10: not known — it has five US cities that the report doesn't name.",
    tags="yesno unpublished",
)
S.c(
    "does the report count hong kong as a chinese city",
    yes_because(EN, "Yes — the article counts Hong Kong among the Chinese cities.", "Hong Kong", "Chin"),
    tags="yesno",
)
S.c(
    "@citybot is hk in the edu top 3",
    yes_because(
        EN,
        "Yes — Hong Kong is 3rd in education.",
        EN.at("Hong Kong", 3),
        "educ",
        no=EN.wrong_rank("Hong Kong", 3, "edu"),
    ),
    tags="yesno group_chat typo",
    ho=["@citybot hk top 3 edu?"],
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "为什么东京排第一？",
    no_because(
        HANS,
        "东京并不是第一，而是第10名；第一名是波士顿。",
        HANS.at("Tokyo", 10),
        "波士顿",
        no=["^\\W*因为", *HANS.wrong_rank("Tokyo", 10)],
    ),
    tags="yesno adversarial",
    ho=["东京怎么会是第一名"],
)
S.c(
    "北京在科创上是第一吗",
    no_because(HANS, "不是。北京科技创新排第3，第一是旧金山，第二是波士顿。", HANS.at("Beijing", 3), "旧金山"),
    tags="yesno adversarial",
)
S.c("香港教育进前三了吗", member(HANS, "Hong Kong", "edu"), tags="yesno")
S.c(
    "美国城市都在前五吗",
    no_because(HANS, "不是。前五中的美国城市是波士顿、旧金山、纽约；洛杉矶第6、西雅图第7。", "(洛杉矶|西雅图)"),
    tags="yesno",
)
S.c(
    "东京排名比香港高吗",
    no_because(HANS, "不是，东京第10名，香港第9名，香港更高。", HANS.at("Tokyo", 10), HANS.at("Hong Kong", 9)),
    tags="yesno",
)
S.c("西雅图在人才前十吗", member(HANS, "Seattle", "talent"), tags="yesno unpublished", ho=["西雅图进了人才前十没有"])
S.c("伦敦进人才前十了吗", member(HANS, "London", "talent"), tags="yesno")
S.c("深圳在前十吗", member(HANS, "Shenzhen", "overall"), tags="yesno unpublished")
S.c("上海人才排名比香港高吗", compare(HANS, "Shanghai", "Hong Kong", "talent"), tags="yesno unpublished adversarial")
S.c(
    "波士顿是不是每个榜单都第一",
    no_because(HANS, "不是。波士顿总榜和教育都是第1，但科技创新排第2（第1是旧金山）；人才前十没有排序。", "旧金山"),
    tags="yesno adversarial",
)
S.c(
    "教育前三的城市都在总榜前十吗",
    yes_because(HANS, "是的：波士顿第1、伦敦第4、香港第9。", HANS.at("London", 4), HANS.at("Hong Kong", 9)),
    tags="yesno",
)
S.c(
    "既然上海排第二，那第三是谁",
    no_because(
        HANS,
        "上海不是第二，而是第8名。第二是旧金山，第三是北京。",
        HANS.at("Shanghai", 8),
        "北京",
        no=HANS.wrong_rank("Shanghai", 8),
    ),
    tags="yesno adversarial",
)
S.c(
    "上海在科创前五吗",
    cannot_say(
        HANS,
        "科技创新只公布了前三（旧金山、波士顿、北京），上海不在其中；是否在前五无法确定。",
        "上海",
        no=HANS.no_rank("Shanghai", "sci"),
    ),
    tags="yesno unpublished adversarial",
)
S.c("纽约是教育均衡的城市吗", member(HANS, "New York", "balanced"), tags="yesno")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "波士頓在創新方面領先嗎？",
    no_because(HANT, "不是。科技創新第一是舊金山，波士頓排第2（總榜則是第1）。", HANT.city("San Francisco")),
    tags="yesno adversarial",
    ho=["波士頓科創是第一嗎"],
)
S.c("上海有進教育前三嗎", member(HANT, "Shanghai", "edu"), tags="yesno")
S.c("西雅圖有沒有進前五", member(HANT, "Seattle", "top5"), tags="yesno")
S.c("紐約有在人才前十嗎", member(HANT, "New York", "talent"), tags="yesno unpublished")
S.c("東京有進人才前十嗎", member(HANT, "Tokyo", "talent"), tags="yesno")
S.c("廣州在總排名前十嗎", member(HANT, "Guangzhou", "overall"), tags="yesno unpublished")
S.c(
    "北京比倫敦高嗎",
    yes_because(HANT, "是的，北京第3名，倫敦第4名。", HANT.at("Beijing", 3), HANT.at("London", 4)),
    tags="yesno",
)
S.c(
    "為什麼倫敦掉出前十了",
    Chk(
        [HANT.at("London", 4), "(沒有|並沒有|不是|仍然|還在|在前十)"],
        ["^\\W*因為", *HANT.wrong_rank("London", 4)],
        ideal="倫敦並沒有掉出前十，它是第4名（教育第2）。",
    ),
    tags="yesno adversarial",
)
S.c("香港是不是人才潛力突出的城市", member(HANT, "Hong Kong", "potential"), tags="yesno")
S.c("深圳比廣州排名高嗎", compare(HANT, "Shenzhen", "Guangzhou"), tags="yesno unpublished")
S.c("@citybot 香港教育有沒有前三", member(HANT, "Hong Kong", "edu"), tags="yesno group_chat")

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "isnt shanghai ahead of beijing?",
    no_because(EN, "No — Beijing is 3rd and Shanghai 8th.", EN.at("Beijing", 3), EN.at("Shanghai", 8)),
    tags="yesno adversarial",
)
S.h("东京在人才前十吗", member(HANS, "Tokyo", "talent"), tags="yesno")
S.h("舊金山在科創排第一嗎", member(HANT, "San Francisco", "sci"), tags="yesno")
S.h("香港在总榜前五吗", member(HANS, "Hong Kong", "top5"), tags="yesno", script="hans")
S.h("上海有沒有在教育前三", member(HANT, "Shanghai", "edu"), tags="yesno")
S.h("伦敦是不是科创前三", member(HANS, "London", "sci"), tags="yesno")
S.h("西雅圖有進人才前十嗎", member(HANT, "Seattle", "talent"), tags="yesno unpublished")
