"""Issue 11, point 7: several questions in one message, every part answered, in order."""

from casebook import Chk, Sheet

from specs._facts import (
    EN,
    HANS,
    HANT,
    compare,
    distance,
    makers,
    member,
    rank,
    real_outside,
    released,
    several,
    thirty,
    top,
    who_at,
)

SHEET = Sheet(
    "multi",
    "several questions in one message (issue 11, point 7)",
    """
Two or three questions in one message: each part is answered, in the order asked, in one reply that still
fits a phone screen. The checks are the union of each part's checks (order lists run across the parts).
""",
)
S = SHEET
SHORT = "^[\\s\\S]{0,900}$"  # fits a phone screen


def fits(ck: Chk) -> Chk:
    ck.must.append(SHORT)
    return ck


# --- English ----------------------------------------------------------------------------------------
S.c(
    "top 3 in education and top 3 in innovation",
    fits(several(top(EN, "edu", 3), top(EN, "sci", 3))),
    tags="multi top",
    ho=["edu top 3 + innovation top 3 pls"],
)
S.c(
    "who made the report and how many cities did it cover",
    fits(several(makers(EN), thirty(EN))),
    tags="multi meta",
    ho=["who compiled it, and how many cities were in it?"],
)
S.c(
    "where are Beijing and Tokyo, and who's first?",
    fits(several(rank(EN, "Beijing"), rank(EN, "Tokyo"), who_at(EN, 1))),
    tags="multi rank",
    ho=["beijing? tokyo? and number one?"],
)
S.c(
    "Is Shanghai in the top 10? And what about Shenzhen?",
    fits(several(member(EN, "Shanghai", "overall"), member(EN, "Shenzhen", "overall"))),
    "talent",
    tags="multi yesno",
    ideal="Shanghai: yes, "
    "8th overall. Shenzhen: no — it isn't in the published overall top 10 (its rank wasn't published), "
    "though it is in the talent top 10.",
)
S.c(
    "rank of LA, rank of Seattle, and who's between them?",
    fits(several(rank(EN, "Los Angeles"), rank(EN, "Seattle"))),
    "(no ?one|nobody|none|no city|no other|adjacent|next to each other|consecutive|back.to.back|directly|nothing|"
    "neighbou?rs)",
    ideal="Los Angeles is 6th and Seattle 7th — they're next to each other, so no city is between them.",
    tags="multi neighbour typo",
)
S.c(
    "1st in education? 1st in innovation? 1st overall?",
    fits(several(who_at(EN, 1, "edu"), who_at(EN, 1, "sci"), who_at(EN, 1))),
    no=["San Francisco\\s+(is\\s+|was\\s+)?(1st|first|#\\s?1|number one|top)\\s+(in|for)\\s+(education|overall)"],
    ideal="Education: Boston is 1st. Sci-tech innovation: San Francisco is 1st. Overall: Boston is 1st.",
    tags="multi at_rank",
)
S.c(
    "compare London and New York, and tell me who's 2nd in education",
    fits(several(compare(EN, "London", "New York"), who_at(EN, 2, "edu"))),
    ideal="London is higher overall: London is 4th and New York 5th (1 place apart). In education, London is 2nd.",
    tags="multi compare",
)
S.c(
    "What's Hong Kong's rank overall, in education, and in talent?",
    fits(several(rank(EN, "Hong Kong"), rank(EN, "Hong Kong", "edu"), rank(EN, "Hong Kong", "talent"))),
    tags="multi rank unpublished",
)
S.c(
    "who are the top 2 and the bottom 2 of the top ten?",
    fits(several(top(EN, "overall", 2))),
    order=["Hong Kong", "Tokyo"],
    no=[
        "(?<!not )(?<!not the )(last|lowest|bottom)\\W+(\\w+\\W+){0,2}(of|among|in|out of)\\W+(all\\W+)?(the\\W+)?(30|"
        "thirty)\\b"
    ],
    ideal="Top 2: 1. Boston, 2. San Francisco. Bottom 2 of the published top 10: Hong Kong (9th), Tokyo (10th).",
    tags="multi range",
)
S.c(
    "top 5, and is Tokyo in it?",
    fits(several(top(EN, "overall", 5), member(EN, "Tokyo", "top5"))),
    tags="multi top yesno",
)
S.c("when did it come out and who's 10th", fits(several(released(EN), who_at(EN, 10))), tags="multi meta")
S.c(
    "where does paris rank and where does london rank",
    fits(several(real_outside(EN, "Paris"), rank(EN, "London"))),
    tags="multi unknown_word",
)
S.c(
    "is boston first in innovation, and if not who is",
    fits(several(Chk([EN.neg], [EN.bare_yes]), who_at(EN, 1, "sci"))),
    "San Francisco",
    ideal="No — in sci-tech innovation Boston is 2nd; San Francisco is 1st.",
    tags="multi yesno",
)
S.c(
    "how many US cities in the top 10 and what's their average rank",
    fits(several(Chk(["(\\b5\\b|five)"]), Chk(["\\b4\\.2\\b"]))),
    ideal="Five US cities (Boston, San Francisco, New York, Los Angeles, Seattle), "
    "with an average overall rank of 4.2.",
    tags="multi aggregate",
)
S.c(
    "top 3 overall. also who is 11th",
    fits(several(top(EN, "overall", 3), who_at(EN, 11))),
    tags="multi top unpublished",
)
S.c(
    "how far apart are Boston and Seattle, and which of them is in the balanced group?",
    fits(several(distance(EN, "Boston", "Seattle"))),
    "(neither|none|not|n.t)",
    no=["(Boston|Seattle)\\s+is\\s+(one of the cities\\s+)?(in|among)\\s+the\\s+balanced"],
    ideal="Boston is 1st and Seattle 7th overall: 6 places apart, "
    "with 5 cities in between. Neither is in the balanced-education group (London, Beijing, Shanghai, New York).",
    tags="multi distance",
)
S.c(
    "sf rank + sf innovation rank",
    fits(several(rank(EN, "San Francisco"), rank(EN, "San Francisco", "sci"))),
    ideal="San Francisco is 2nd overall and 1st in sci-tech innovation.",
    tags="multi rank typo",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "北京总排名第几？教育和科创呢？",
    fits(several(rank(HANS, "Beijing"), rank(HANS, "Beijing", "sci"))),
    "(均衡|不在|没有|未)",
    no=HANS.no_rank("Beijing", "edu"),
    ideal="北京总排名第3；科技创新第3；教育不在公布的前三，但属于基础教育与高等教育发展较均衡的城市，"
    "具体教育排名未公布。",
    tags="multi rank",
)
S.c(
    "伦敦和东京分别排第几，中间隔了几个城市",
    fits(several(distance(HANS, "London", "Tokyo"))),
    ideal="伦敦第4名，东京第10名，相差6位，中间隔了5个城市（纽约、洛杉矶、西雅图、上海、香港）。",
    tags="multi distance",
)
S.c(
    "报告是谁做的？评估了多少个城市？",
    fits(several(makers(HANS), thirty(HANS))),
    tags="multi meta",
    ho=["谁编的这个报告，一共多少城市"],
)
S.c("教育前三和科创前三分别是谁", fits(several(top(HANS, "edu", 3), top(HANS, "sci", 3))), tags="multi top")
S.c("第一名是谁，上海排第几", fits(several(who_at(HANS, 1), rank(HANS, "Shanghai"))), tags="multi at_rank")
S.c(
    "深圳在前十吗？广州呢？",
    fits(several(member(HANS, "Shenzhen", "overall"), member(HANS, "Guangzhou", "overall"))),
    ideal="深圳不在公布的总榜前十，具体排名未公布；广州也不在总榜前十，具体排名未公布。两者都在人才发展前十。",
    tags="multi yesno unpublished",
)
S.c(
    "前五名是谁，纽约在不在里面",
    fits(several(top(HANS, "overall", 5), member(HANS, "New York", "top5"))),
    ideal="总榜前5名：波士顿、旧金山、北京、伦敦、纽约。在，纽约排名第5。",
    tags="multi top yesno",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "香港總排名第幾？人才有沒有進前十？",
    fits(several(rank(HANT, "Hong Kong"), member(HANT, "Hong Kong", "talent"))),
    tags="multi yesno",
)
S.c(
    "前三名是誰？第十名呢？",
    fits(several(top(HANT, "overall", 3), who_at(HANT, 10))),
    ideal="總排名前3名：波士頓、舊金山、北京。第十名是東京。",
    tags="multi top at_rank",
)
S.c(
    "波士頓和倫敦誰高？教育第一是誰？",
    fits(several(compare(HANT, "Boston", "London"), who_at(HANT, 1, "edu"))),
    tags="multi compare",
)
S.c("報告什麼時候發佈的？誰做的？", fits(several(released(HANT), makers(HANT))), tags="multi meta")
S.c("上海排第幾，跟北京差幾名", fits(several(distance(HANT, "Shanghai", "Beijing"))), tags="multi distance")
S.c(
    "科創第一是誰？第四呢？",
    fits(several(who_at(HANT, 1, "sci"), who_at(HANT, 4, "sci"))),
    ideal="科技創新第1名是舊金山。第四名未公佈：科技創新只公佈了前三名（舊金山、波士頓、北京）。",
    tags="multi at_rank unpublished",
)
S.c(
    "西雅圖排第幾？它在人才前十嗎？",
    fits(several(rank(HANT, "Seattle"), member(HANT, "Seattle", "talent"))),
    tags="multi rank unpublished",
)

S.c("where are Beijing and Tokyo, and who's first?",
    fits(several(rank(EN, "Beijing"), rank(EN, "Tokyo"), who_at(EN, 1))), tags="multi rank")
S.c("where r hk and sh", several(rank(EN, "Hong Kong"), rank(EN, "Shanghai")), tags="rank")

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "where's shanghai and where's hong kong",
    fits(several(rank(EN, "Shanghai"), rank(EN, "Hong Kong"))),
    tags="multi rank",
)
S.h("谁是第二？第三呢？", fits(several(who_at(HANS, 2), who_at(HANS, 3))), tags="multi at_rank")
S.h("倫敦教育第幾？總榜第幾？", fits(several(rank(HANT, "London", "edu"), rank(HANT, "London"))), tags="multi rank")
S.h(
    "how many cities were evaluated and when was the report out",
    fits(several(thirty(EN), released(EN))),
    tags="multi meta",
)
S.h("伦敦排第几？纽约呢？", fits(several(rank(HANS, "London"), rank(HANS, "New York"))), tags="multi rank")
S.h("東京排第幾？第一是誰？", fits(several(rank(HANT, "Tokyo"), who_at(HANT, 1))), tags="multi rank")
