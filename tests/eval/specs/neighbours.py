"""Issue 11, point 1: neighbours and distances, including the edge of what was published."""

from casebook import Sheet

from specs._facts import EN, HANS, HANT, distance, near, neighbour, stated, who_at

SHEET = Sheet(
    "neighbours",
    "neighbours and distances (issue 11, point 1)",
    """
Who comes right after / before a city, two places behind, between two cities; how many places
separate two cities. At the edge of what was published (after Tokyo, after 3rd in education or
innovation, anything in the unordered talent top 10) the reply says what is not known.
""",
)
S = SHEET

# --- English ----------------------------------------------------------------------------------
S.c(
    "who comes right after London",
    neighbour(EN, "London", 1),
    tags="neighbour",
    ho=["whos directly behind london in the ranking", "London is 4th, who is 5th after it?"],
)
S.c(
    "the city just ahead of Seattle?",
    neighbour(EN, "Seattle", -1),
    tags="neighbour",
    ho=["which city sits one spot above seattle"],
)
S.c(
    "who's right behind Beijing?",
    neighbour(EN, "Beijing", 1),
    no=EN.word_not_city("right"),
    tags="neighbour adversarial",
    ho=["who is right after beijing"],
)
S.c(
    "whos next after shanghai",
    neighbour(EN, "Shanghai", 1),
    no=EN.word_not_city("next"),
    tags="neighbour",
    ho=["after shanghai who's next?"],
)
S.c("one place above Tokyo?", neighbour(EN, "Tokyo", -1), tags="neighbour")
S.c(
    "what city is just before LA",
    neighbour(EN, "Los Angeles", -1),
    tags="neighbour typo",
    ho=["which one is right before los angeles"],
)
S.c(
    "who is two spots behind San Francisco",
    neighbour(EN, "San Francisco", 2),
    no=EN.word_not_city("spots"),
    tags="neighbour",
    ho=["two places below sf?"],
)
S.c("three places below Beijing?", neighbour(EN, "Beijing", 3), tags="neighbour")
S.c(
    "who sits between Shanghai and Tokyo",
    stated(EN, "Hong Kong", 9),
    tags="neighbour",
    ideal="Hong Kong (9th) sits between Shanghai (8th) and Tokyo (10th).",
    ho=["whos in between shanghai and tokyo"],
)
S.c(
    "who's between boston and beijing?",
    stated(EN, "San Francisco", 2),
    tags="neighbour",
    ideal="San Francisco (2nd) is between Boston (1st) and Beijing (3rd).",
)
S.c(
    "who is ranked above Boston?",
    neighbour(EN, "Boston", -1),
    no=EN.word_not_city("ranked"),
    tags="neighbour adversarial",
    ho=["anyone ahead of boston?"],
)
S.c(
    "what comes after Tokyo",
    neighbour(EN, "Tokyo", 1),
    tags="neighbour unpublished",
    ho=["the one after tokyo?", "and after tokyo who is there"],
)
S.c(
    "who is just outside the top 10",
    who_at(EN, 11),
    "Tokyo",
    tags="neighbour unpublished",
    ideal="That wasn't published: the report gives only the top 10, and Tokyo is 10th. Who is 11th isn't known.",
    ho=["first city outside the top ten?"],
)
S.c("who's 11th", who_at(EN, 11), tags="neighbour unpublished", ho=["who came eleventh overall"])
S.c(
    "who comes after Boston in education?",
    neighbour(EN, "Boston", 1, "edu"),
    tags="neighbour",
    ho=["in education who is right behind boston"],
)
S.c(
    "who's after Hong Kong in edu",
    neighbour(EN, "Hong Kong", 1, "edu"),
    tags="neighbour unpublished typo",
    ho=["hong kong is 3rd in education, who's 4th?"],
)
S.c("who is just ahead of HK in education", neighbour(EN, "Hong Kong", -1, "edu"), tags="neighbour typo")
S.c(
    "who's right behind Boston in innovation?",
    neighbour(EN, "Boston", 1, "sci"),
    tags="neighbour",
    ho=["in sci-tech, who comes after boston"],
)
S.c(
    "whos ahead of san francisco in innovation",
    neighbour(EN, "San Francisco", -1, "sci"),
    tags="neighbour",
    no=[
        "(?:Boston|Beijing)\\s+(is|ranks?|ranked|comes?|sits?)\\s+(right\\s+|just\\s+)?(above|ahead of|"
        "before)\\s+San Francisco"
    ],
    ideal="Nobody — San Francisco is 1st in sci-tech innovation (Boston 2nd, Beijing 3rd).",
)
S.c(
    "after beijing in sci-tech?",
    neighbour(EN, "Beijing", 1, "sci"),
    tags="neighbour unpublished",
    ho=["who comes after beijing in the innovation list"],
)
S.c(
    "who comes after Shenzhen in the talent top 10?",
    neighbour(EN, "Shenzhen", 1, "talent"),
    tags="neighbour unpublished",
    ho=["next one after shenzhen in talent?"],
)
S.c(
    "how many places separate Beijing and Shanghai",
    distance(EN, "Beijing", "Shanghai"),
    tags="distance",
    ho=["distance between beijing and shanghai in the ranking?"],
)
S.c(
    "how many spots higher is Boston than Tokyo",
    distance(EN, "Boston", "Tokyo"),
    no=EN.word_not_city("spots"),
    tags="distance",
    ho=["by how many places does boston beat tokyo"],
)
S.c(
    "gap between NYC and Hong Kong?",
    distance(EN, "New York", "Hong Kong"),
    tags="distance typo",
    ho=["how far apart are new york and hk"],
)
S.c("how many cities between London and Seattle", distance(EN, "London", "Seattle"), tags="distance")
S.c("LA vs Seattle how many places apart", distance(EN, "Los Angeles", "Seattle"), tags="distance typo")
S.c(
    "how far behind Boston is Hong Kong in education",
    distance(EN, "Boston", "Hong Kong", "edu"),
    "educ",
    tags="distance",
    ho=["in education how many places between boston and hong kong"],
)
S.c(
    "how many places between Shenzhen and Beijing?",
    EN.city("Shenzhen"),
    EN.at("Beijing", 3),
    EN.notpub,
    EN.outside("Shenzhen"),
    no=[
        "(?<!least )(?<!at least )\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(places|spots|"
        "positions)\\s+(apart|behind|below|lower|higher|ahead|between)",
        *EN.no_rank("Shenzhen"),
    ],
    ideal="Can't say exactly: Beijing is 3rd, "
    "but Shenzhen isn't in the published top 10 and its rank wasn't published (so it is at least 8 places "
    "lower).",
    tags="distance unpublished",
)

# --- simplified Chinese -----------------------------------------------------------------------------
S.c("伦敦后面是谁", neighbour(HANS, "London", 1), tags="neighbour", ho=["紧跟在伦敦后面的是哪个城市"])
S.c("东京后面是谁？", neighbour(HANS, "Tokyo", 1), tags="neighbour unpublished", ho=["排在东京之后的是谁"])
S.c("排在上海前面一位的是哪个城市", neighbour(HANS, "Shanghai", -1), tags="neighbour", ho=["上海前一名是谁"])
S.c("北京后面两位是谁", neighbour(HANS, "Beijing", 2), tags="neighbour")
S.c("比洛杉矶高一名的是哪个", neighbour(HANS, "Los Angeles", -1), tags="neighbour")
S.c(
    "纽约和洛杉矶中间是谁",
    "(没有|没|无|紧挨|相邻|直接|中间没有)",
    near(HANS.city("New York"), HANS.rank(5)),
    near(HANS.city("Los Angeles"), HANS.rank(6)),
    ideal="纽约第5名、洛杉矶第6名，两者紧挨着，中间没有其他城市。",
    tags="neighbour",
)
S.c("第十名后面是谁", neighbour(HANS, "Tokyo", 1), tags="neighbour unpublished")
S.c(
    "前十名之外排第一的是哪个城市",
    who_at(HANS, 11),
    "(东京|前十|前10)",
    tags="neighbour unpublished",
    ideal="报告只公布了前十名（第10名是东京），第11名未公布。",
)
S.c("教育排名里波士顿后面是谁", neighbour(HANS, "Boston", 1, "edu"), tags="neighbour", ho=["教育榜上紧随波士顿的是"])
S.c("科创第三名后面是谁", neighbour(HANS, "Beijing", 1, "sci"), tags="neighbour unpublished")
S.c("科技创新里旧金山前面还有城市吗", neighbour(HANS, "San Francisco", -1, "sci"), tags="neighbour")
S.c("人才前十里北京后面是谁", neighbour(HANS, "Beijing", 1, "talent"), tags="neighbour unpublished")
S.c("北京和上海差几名", distance(HANS, "Beijing", "Shanghai"), tags="distance", ho=["上海比北京低了几位"])
S.c("北京和西雅图之间隔了几个城市", distance(HANS, "Beijing", "Seattle"), tags="distance")
S.c("波士顿比东京高几位", distance(HANS, "Boston", "Tokyo"), tags="distance")
S.c("教育方面波士顿和香港差几名", distance(HANS, "Boston", "Hong Kong", "edu"), "教育", tags="distance")

# --- traditional Chinese -----------------------------------------------------------------------------
S.c("倫敦前面是哪個城市？", neighbour(HANT, "London", -1), tags="neighbour", ho=["排在倫敦前一位的是誰"])
S.c("香港後面一名是誰", neighbour(HANT, "Hong Kong", 1), tags="neighbour", ho=["緊接在香港後面的城市"])
S.c("東京後面是誰", neighbour(HANT, "Tokyo", 1), tags="neighbour unpublished", ho=["東京之後是哪個城市"])
S.c("西雅圖的下一名是誰", neighbour(HANT, "Seattle", 1), tags="neighbour")
S.c("誰排在波士頓前面", neighbour(HANT, "Boston", -1), tags="neighbour adversarial")
S.c("第11名是誰", who_at(HANT, 11), tags="neighbour unpublished", ho=["第十一名是哪個城市"])
S.c("教育排名中倫敦後面是誰", neighbour(HANT, "London", 1, "edu"), tags="neighbour")
S.c("教育第三名之後是誰", neighbour(HANT, "Hong Kong", 1, "edu"), tags="neighbour unpublished")
S.c("科技創新排名波士頓前面是誰", neighbour(HANT, "Boston", -1, "sci"), tags="neighbour")
S.c("紐約和東京差幾名", distance(HANT, "New York", "Tokyo"), tags="distance", ho=["東京比紐約低幾位"])
S.c("舊金山跟香港之間隔了幾個城市", distance(HANT, "San Francisco", "Hong Kong"), tags="distance")
S.c("洛杉磯和西雅圖差幾位", distance(HANT, "Los Angeles", "Seattle"), tags="distance")

# --- held out only: other shapes -------------------------------------------------------------------
S.h("right after new york?", neighbour(EN, "New York", 1), tags="neighbour")
S.h("香港前面一位是谁", neighbour(HANS, "Hong Kong", -1), tags="neighbour")
S.h("波士頓和上海相差幾名", distance(HANT, "Boston", "Shanghai"), tags="distance")
S.h("上海后面那个城市是哪个", neighbour(HANS, "Shanghai", 1), tags="neighbour")
S.h("东京之后还有谁", neighbour(HANS, "Tokyo", 1), tags="neighbour unpublished")
S.h("倫敦的後一名是誰", neighbour(HANT, "London", 1), tags="neighbour")
S.h("紐約和洛杉磯差幾位", distance(HANT, "New York", "Los Angeles"), tags="distance")
S.h("伦敦和香港隔了几个城市", distance(HANS, "London", "Hong Kong"), tags="distance")
