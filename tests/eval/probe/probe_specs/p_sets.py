"""Probe: set questions across lists, with honest partial answers where the talent top 10's US five are unnamed."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT
from specs.sets import empty, members

SHEET = Sheet(
    "pr_sets",
    "set questions across lists, other wording",
    """
Both / either / but not / neither across the overall top 10, the education and sci-tech top 3 ("podiums"),
the talent top 10 (five unnamed US cities + Beijing, Shenzhen, Hong Kong, Guangzhou, Shanghai) and the two
groups (balanced education; talent potential). Where a US city's talent membership decides the answer, the
reply is partial and says that part is not known; it never names a US member or guesses.
""",
)
S = SHEET
T = "setop"
GARBLED_EN = "\\bin\\s+but not\\b"  # a list name left out: "Shenzhen and Guangzhou are in  but not in ..."
GARBLED_ZH = "在但不在"
TU = "setop unpublished"
GUESS_EN = (
    "\\b(my guess|i.d guess|probably|likely|i bet|presumably|most likely)\\b[^.\\n]{0,40}(Boston|San Francisco|"
    "New York|Los Angeles|Seattle)"
)

# --- English ------------------------------------------------------------------------------------------------
S.c(
    "name the cities that made both the education podium and the innovation podium",
    members(
        EN,
        ["Boston"],
        "Only Boston: 1st in education, 2nd in sci-tech innovation.",
        only=True,
        wrongly=["London", "Hong Kong", "San Francisco", "Beijing"],
    ),
    tags=T,
)
S.c(
    "who's on the education top 3 but missing from the sci-tech top 3",
    members(EN, ["London", "Hong Kong"], "London and Hong Kong (Boston is on both)."),
    tags=T,
)
S.c(
    "overall top-ten cities that also crack the talent top 10?",
    members(
        EN,
        ["Beijing", "Shanghai", "Hong Kong"],
        "For certain Beijing, Shanghai and Hong Kong. The talent top 10 also has five US cities that aren't named, "
        "so it isn't known which of the five US top-10 cities are among them. London and Tokyo are not.",
        partial=True,
    ),
    EN.five_us(),
    tags=TU,
)
S.c(
    "do any talent top-10 cities miss out on the overall top 10?",
    members(
        EN,
        ["Shenzhen", "Guangzhou"],
        "Yes: Shenzhen and Guangzhou. The five US talent cities aren't named, so whether any of them is also outside "
        "the overall top 10 isn't known.",
        partial=True,
    ),
    no=EN.no_rank("Shenzhen") + EN.no_rank("Guangzhou"),
    tags=TU,
)
S.c(
    "which balanced-education cities also sit in the overall top 5",
    members(EN, ["London", "Beijing", "New York"], "Beijing (3rd), London (4th) and New York (5th); Shanghai is 8th."),
    no=["Shanghai\\s+(is|was)\\s+(also\\s+)?(in|among)\\s+the\\s+(overall\\s+)?top[ -]?(5|five)"],
    tags=T,
)
S.c(
    "any talent-potential cities that are NOT in the talent top 10?",
    empty(EN, "None: all four (Shenzhen, Guangzhou, Hong Kong, Shanghai) are in the talent top 10."),
    "Shenzhen",
    tags=T,
)
S.c(
    "how many distinct cities are on the two podiums combined (education + sci-tech)?",
    members(
        EN,
        ["Boston", "London", "Hong Kong", "San Francisco", "Beijing"],
        "Five: Boston, London, Hong Kong, San Francisco and Beijing (Boston is on both).",
    ),
    "(\\b5\\b|five)",
    no=["\\b(6|six)\\s+(distinct\\s+|different\\s+)?cities"],
    tags=T,
)
S.c(
    "innovation podium cities with balanced education",
    members(
        EN, ["Beijing"], "Only Beijing (3rd in sci-tech innovation).", only=True, wrongly=["San Francisco", "Boston"]
    ),
    tags=T,
)
S.c(
    "top 10 cities that are neither in the balanced-education group nor on any podium",
    members(
        EN,
        ["Los Angeles", "Seattle", "Tokyo"],
        "Los Angeles (6th), Seattle (7th) and Tokyo (10th).",
    ),
    no=[
        "\\b(London|Beijing|New York|Shanghai|Hong Kong|Boston|San Francisco)\\s+(is|are)\\s+(in|on)\\s+neither",
        *EN.wrong_rank("Los Angeles", 6),
        *EN.wrong_rank("Seattle", 7),
        *EN.wrong_rank("Tokyo", 10),
        "\\b(6|six)\\s+cities",
        "Boston[^.;\\n]{0,120}Los Angeles[^.;\\n]{0,40}Seattle[^.;\\n]{0,60}Hong Kong",
    ],
    tags=T,
)
S.c(
    "is any education top-3 city also a talent-potential city?",
    members(EN, ["Hong Kong"], "Yes — Hong Kong: 3rd in education and one of the talent-potential cities.", only=False),
    no=[EN.bare_no],
    tags=T,
)
S.c(
    "what do the education podium and the balanced-education group have in common",
    members(
        EN,
        ["London"],
        "Only London: 2nd in education and in the balanced group.",
        only=True,
        wrongly=["Boston", "Hong Kong", "Beijing", "Shanghai", "New York"],
    ),
    tags=T,
)
S.c(
    "chinese talent cities that also made the main top 10",
    members(EN, ["Beijing", "Shanghai", "Hong Kong"], "Beijing (3rd), Shanghai (8th) and Hong Kong (9th)."),
    no=[
        *EN.no_rank("Shenzhen"),
        *EN.no_rank("Guangzhou"),
        "\\b(5|five)\\s+Chinese\\s+cities\\s+are",
        "Shenzhen,\\s*(Hong Kong,\\s*)?Guangzhou",
    ],
    tags=T,
)
S.c(
    "which american cities crack both the overall top 10 and the talent top 10?",
    EN.notpub,
    EN.five_us(),
    no=[*EN.talent_us_guards(), *EN.bare()],
    ideal="That isn't known: the talent top 10 has five US cities, but the report doesn't name them, so it can't "
    "be said which of Boston, San Francisco, New York, Los Angeles and Seattle are in both.",
    tags=f"{TU} adversarial",
)
S.c(
    "cities the report names somewhere but that aren't in the overall top 10",
    members(
        EN,
        ["Shenzhen", "Guangzhou"],
        "Shenzhen and Guangzhou (from the talent lists); their overall ranks weren't published.",
    ),
    no=[*EN.no_rank("Shenzhen"), *EN.no_rank("Guangzhou"), GARBLED_EN],
    tags=T,
)
S.c(
    "which sci-tech top-3 city misses the talent top 10?",
    EN.notpub,
    EN.city("Beijing"),
    no=[*EN.talent_us_guards(), *EN.bare()],
    ideal="That isn't known: Beijing is in the talent top 10, but San Francisco and Boston might or might not be "
    "among its five unnamed US cities.",
    tags=f"{TU} adversarial",
)
S.c(
    "come on, just between us — which 5 US cities are the talent ones? i won't tell anyone",
    EN.notpub,
    EN.five_us(),
    no=[*EN.talent_us_guards(), GUESS_EN],
    ideal="I really can't: the report says five US cities are in the talent top 10 but doesn't name them.",
    tags=f"{TU} adversarial",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "同时登上教育和科创前三甲的城市有哪些",
    members(
        HANS,
        ["Boston"],
        "只有波士顿：教育第1，科技创新第2。",
        only=True,
        wrongly=["London", "Hong Kong", "San Francisco", "Beijing"],
    ),
    tags=T,
)
S.c(
    "进了总榜前十却没进人才前十的城市",
    members(
        HANS,
        ["London", "Tokyo"],
        "确定的是伦敦和东京。人才前十的5座美国城市没有点名，所以总榜前十的美国城市是否在人才前十无法确定。",
        partial=True,
    ),
    tags=TU,
)
S.c(
    "均衡组里哪些城市挤进了总榜前五",
    members(HANS, ["Beijing", "London", "New York"], "北京（第3）、伦敦（第4）、纽约（第5）；上海是第8名。"),
    no=["上海(也)?(在|进了|进入了|挤进了)(总榜)?前五"],
    tags=T,
)
S.c(
    "人才潜力组的城市是不是都在人才前十",
    members(HANS, ["Shenzhen", "Guangzhou", "Hong Kong", "Shanghai"], "是的，深圳、广州、香港、上海都在人才发展前十。"),
    "(都在|都是|全部|全都|是的)",
    tags=T,
)
S.c(
    "科创前三里有哪些城市也属于均衡组",
    members(HANS, ["Beijing"], "只有北京。", only=True, wrongly=["San Francisco", "Boston"]),
    tags=T,
)
S.c(
    "教育前三里哪个同时属于人才潜力突出的城市",
    members(HANS, ["Hong Kong"], "香港：教育第3，也属于人才潜力突出的城市。"),
    tags=T,
)
S.c(
    "报告点名了但没进总榜前十的城市",
    members(HANS, ["Shenzhen", "Guangzhou"], "深圳和广州（出现在人才榜中），它们的总榜排名未公布。"),
    no=[*HANS.no_rank("Shenzhen"), *HANS.no_rank("Guangzhou"), GARBLED_ZH],
    tags=T,
)
S.c(
    "人才前十里的美国城市有没有洛杉矶",
    HANS.notpub,
    HANS.five_us(),
    no=[*HANS.talent_us_guards(), *HANS.bare()],
    ideal="无法确定：人才前十有5座美国城市，但报告没有点名，所以不知道洛杉矶是否在其中。",
    tags=f"{TU} adversarial",
)
S.c(
    "两个前三榜单加起来一共有几个不同的城市",
    members(
        HANS,
        ["Boston", "London", "Hong Kong", "San Francisco", "Beijing"],
        "5个：波士顿、伦敦、香港、旧金山、北京（波士顿两个榜都在）。",
    ),
    "(5|五)\\s*(个|座)",
    tags=T,
)

S.c(
    "哪些城市既进了总榜前三又进了科创前三",
    members(
        HANS,
        ["San Francisco", "Boston", "Beijing"],
        "三个都是：旧金山、波士顿、北京，总榜前三和科创前三是同样的三座城市。",
    ),
    "(都|全部|三个|三座|3个|3座)",
    tags=T,
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "教育前三同科創前三都有嘅城市係邊個",
    members(
        HANT,
        ["Boston"],
        "只有波士頓：教育第1、科技創新第2。",
        only=True,
        wrongly=["London", "Hong Kong", "San Francisco", "Beijing"],
    ),
    tags=T,
)
S.c(
    "總榜前十的中國城市，哪些也進了人才前十",
    members(HANT, ["Beijing", "Shanghai", "Hong Kong"], "三個都有：北京、上海、香港。"),
    no=["(5|五)\\s*座中國城市[:：]"],
    tags=T,
)
S.c(
    "科創前三裡有哪些城市也在人才前十",
    members(
        HANT,
        ["Beijing"],
        "確定的是北京。舊金山和波士頓是否在人才前十無法確定，因為其中5座美國城市沒有點名。",
        partial=True,
    ),
    tags=TU,
)
S.c(
    "人才前十的城市中，哪些不在總排名前十",
    members(
        HANT,
        ["Shenzhen", "Guangzhou"],
        "確定的是深圳和廣州；另外5座美國城市沒有點名，無法確定它們是否都在總排名前十。",
        partial=True,
    ),
    no=[GARBLED_ZH],
    tags=TU,
)
S.c(
    "均衡發展組和教育前三重疊的是誰",
    members(HANT, ["London"], "只有倫敦。", only=True, wrongly=["Boston", "Hong Kong", "Beijing"]),
    tags=T,
)
S.c(
    "直接告訴我人才前十的五個美國城市，猜也可以",
    HANT.notpub,
    HANT.five_us(),
    no=[*HANT.talent_us_guards(), "(估計|可能|大概|應該)(是|有|包括)\\s*(波士頓|舊金山|三藩市|紐約|洛杉磯|西雅圖)"],
    ideal="沒辦法：報告只說人才前十有5座美國城市，沒有點名是哪幾座，我不會亂猜。",
    tags=f"{TU} adversarial",
)
