"""Issue 12 of the list in issue 11: commands stay commands, in any conversation and in groups."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, ZH, compare, invented, makers, range_, rank, real_outside, talent_list, top

SHEET = Sheet(
    "commands",
    "commands stay commands (issue 11, point 12)",
    """
/rank, /top, /compare, /about, /start, /help — also as /cmd@citybot in a group, and after earlier messages
in the same chat: "/compare beijing tokyo" compares both cities whatever was asked before (not only the
first city, not the previous question again).
""",
)
S = SHEET
USAGE_RANK = Chk(
    ["(/rank|which city|city name|name a city|what city)", "(e\\.g\\.|example|like|such as|/rank\\s+\\S+)"],
    [
        "^\\s*(?:Boston|San Francisco|Beijing|London|New York|Los Angeles|Seattle|Shanghai|Hong Kong|Tokyo|Shenzhen|"
        "Guangzhou)\\s+(is|ranks)\\b"
    ],
    ideal="Which city? Send it after the command, e.g. /rank Shanghai.",
)
USAGE_COMPARE = Chk(
    [
        "(/compare|two cities|which cities|2 cities|second city|another city)",
        "(e\\.g\\.|example|like|such as|/compare\\s+\\S+\\s+\\S+)",
    ],
    ideal="Compare which two cities? E.g. /compare Beijing Tokyo. (Tokyo alone is 10th overall.)",
)
HELLO_EN = "(hello|\\bhi\\b|hey|welcome)"

# --- English ----------------------------------------------------------------------------------------
S.c("/rank tokyo", rank(EN, "Tokyo"), tags="command rank", ho=["/rank tokio"])
S.c("/rank@citybot tokyo", rank(EN, "Tokyo"), tags="command rank group_chat")
S.c("/rank@citybot hk", rank(EN, "Hong Kong"), tags="command rank group_chat typo")
S.c(
    "/rank shenzhen",
    rank(EN, "Shenzhen"),
    "talent",
    tags="command rank unpublished",
    ideal="Shenzhen isn't in the overall top 10 (its rank wasn't published); it is in the talent top 10.",
)
S.c("/rank paris", real_outside(EN, "Paris"), tags="command unknown_word")
S.c("/rank xyzville", invented(EN, "xyzville"), tags="command unknown_word")
S.c("/rank", USAGE_RANK, tags="command")
S.c("/top", top(EN, "overall", 10), tags="command top", ho=["/top ten"])
S.c("/top@citybot 5", top(EN, "overall", 5), tags="command top group_chat", ho=["/top@citybot five"])
S.c("/top 3 innovation", top(EN, "sci", 3), tags="command top")
S.c("/top 5 education", top(EN, "edu", 5), tags="command top unpublished")
S.c("/top 20", top(EN, "overall", 20), tags="command top unpublished")
S.c("/top talent", talent_list(EN), tags="command top unpublished")
S.c("/compare beijing tokyo", compare(EN, "Beijing", "Tokyo"), tags="command compare", ho=["/compare tokyo beijing"])
S.c("/compare@citybot sf nyc", compare(EN, "San Francisco", "New York"), tags="command compare group_chat typo")
S.c("/compare shenzhen guangzhou", compare(EN, "Shenzhen", "Guangzhou"), tags="command compare unpublished")
S.c("/compare tokyo", USAGE_COMPARE, tags="command")
S.c(
    "/about",
    makers(EN),
    "2025",
    tags="command meta",
    ideal="Source: Assessment Report on the Collaborative Development of Education, "
    "Science & Technology and Talent in Global Innovation Cities (2025), "
    "compiled by the Shenzhen International Science and Technology Information Center, "
    "Tsinghua University's CIDEG and Elsevier; released 24 January 2025 (Xinhua, 25 January 2025).",
)
S.c(
    "/start",
    HELLO_EN,
    "(rank|top)",
    ideal="Hi! I answer questions about the 2025 global innovation cities ranking. "
    'Try "top 10", "where does Shanghai rank?" or "/compare beijing tokyo".',
    tags="command smalltalk",
)
S.c(
    "/help",
    "(rank|top)",
    "(compare|/rank|/top)",
    ideal='Ask e.g. "top 10", "where does Shanghai rank?", "/rank tokyo", "/top 3 education" '
    'or "/compare beijing tokyo".',
    tags="command smalltalk",
)
S.c(
    "/about@citybot",
    makers(EN),
    tags="command meta group_chat",
    ideal="Compiled by the Shenzhen International Science and Technology Information Center, "
    "Tsinghua University's CIDEG and Elsevier (2025).",
)

# commands after earlier messages in the same chat
S.c("where does Beijing rank?", rank(EN, "Beijing"), tags="rank", chat="cmd-after-rank")
S.c("/compare beijing tokyo", compare(EN, "Beijing", "Tokyo"), tags="command compare followup", chat="cmd-after-rank")
S.c("/rank london", rank(EN, "London"), tags="command rank followup", chat="cmd-after-rank")

S.c("top 3 in education", top(EN, "edu", 3), tags="top", chat="cmd-after-top")
S.c(
    "/top 5",
    top(EN, "overall", 5),
    no=["^\\s*education"],
    tags="command top followup",
    chat="cmd-after-top",
    ideal="Top 5 overall: 1. Boston, 2. San Francisco, 3. Beijing, 4. London, 5. New York.",
)

S.c(
    "tell me about shenzhen",
    EN.city("Shenzhen"),
    EN.outside("Shenzhen"),
    no=EN.no_rank("Shenzhen"),
    ideal="Shenzhen isn't in the published overall top 10 (its rank wasn't published); it is in the talent top 10 and "
    "has exceptional talent potential.",
    tags="profile unpublished",
    chat="cmd-after-profile",
)
S.c("/rank@citybot seattle", rank(EN, "Seattle"), tags="command rank followup group_chat", chat="cmd-after-profile")
S.c(
    "/compare seattle shenzhen",
    compare(EN, "Seattle", "Shenzhen"),
    tags="command compare followup unpublished",
    chat="cmd-after-profile",
)

S.c(
    "hi",
    HELLO_EN,
    ideal='Hi! Ask me e.g. "top 10" or "where does Shanghai rank?".',
    tags="smalltalk",
    chat="cmd-after-hi",
)
S.c("/rank tokyo", rank(EN, "Tokyo"), tags="command rank followup", chat="cmd-after-hi")
S.c(
    "/compare@citybot london hk",
    compare(EN, "London", "Hong Kong"),
    tags="command compare followup group_chat",
    chat="cmd-after-hi",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("/rank 上海", rank(ZH, "Shanghai"), tags="command rank", ho=["/rank@citybot 上海"])
S.c("/compare 北京 上海", compare(ZH, "Beijing", "Shanghai"), tags="command compare")
S.c("/top 3 教育", top(ZH, "edu", 3), tags="command top")
S.c("/rank 深圳", rank(ZH, "Shenzhen"), tags="command rank unpublished")
S.c("/rank@citybot 伦敦", rank(HANS, "London"), tags="command rank group_chat")
S.c("/top 5 科创", top(HANS, "sci", 5), tags="command top unpublished", ho=["/top 5 科技创新"])
S.c(
    "/compare 东京 新加坡",
    HANS.at("Tokyo", 10),
    "新加坡",
    HANS.not_in_results,
    no=HANS.real_outside_guards("新加坡"),
    ideal="东京总榜第10名；新加坡不在公布的结果中（不在总榜前十），无法比较具体名次。",
    tags="command compare unknown_word",
)
S.c("伦敦排第几", rank(HANS, "London"), tags="rank", chat="cmd-zh-after")
S.c("/compare 北京 东京", compare(HANS, "Beijing", "Tokyo"), tags="command compare followup", chat="cmd-zh-after")
S.c(
    "/top 3 总榜",
    top(HANS, "overall", 3),
    tags="command top followup",
    chat="cmd-zh-after",
    ideal="总榜前3名：波士顿、旧金山、北京。",
    script="hans",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("/compare 北京 東京", compare(HANT, "Beijing", "Tokyo"), tags="command compare", ho=["/compare@citybot 北京 東京"])
S.c("/rank 香港", rank(ZH, "Hong Kong"), tags="command rank")
S.c("/rank@citybot 舊金山", rank(HANT, "San Francisco"), tags="command rank group_chat")
S.c("/top 3 創新", top(HANT, "sci", 3), tags="command top")
S.c(
    "/top 10 總排名",
    top(HANT, "overall", 10),
    tags="command top",
    ideal="總排名前10名：波士頓、舊金山、北京、倫敦、紐約、洛杉磯、西雅圖、上海、香港、東京。",
)
S.c("/rank 廣州", rank(HANT, "Guangzhou"), tags="command rank unpublished")
S.c("東京排第幾", rank(HANT, "Tokyo"), tags="rank", chat="cmd-hant-after")
S.c("/compare 倫敦 紐約", compare(HANT, "London", "New York"), tags="command compare followup", chat="cmd-hant-after")
S.c(
    "/rank 臺北",
    real_outside(HANT, "(?:臺北|台北)", "臺北"),
    tags="command unknown_word followup",
    chat="cmd-hant-after",
    script="hant",
)

# --- held out only -------------------------------------------------------------------------------------
S.h("/rank@citybot Boston", rank(EN, "Boston"), tags="command rank group_chat")
S.h("/top@citybot 3 edu", top(EN, "edu", 3), tags="command top group_chat typo")
S.h("/rank 紐約", rank(HANT, "New York"), tags="command rank")
S.h("/compare 上海 香港", compare(ZH, "Shanghai", "Hong Kong"), tags="command compare")
S.h("what's 6th to 8th", range_(EN, 6, 8), tags="range", chat="ho-cmd-after")
S.h(
    "/compare sf boston",
    compare(EN, "San Francisco", "Boston"),
    tags="command compare followup typo",
    chat="ho-cmd-after",
)
S.h(
    "/top 5 總排名",
    top(HANT, "overall", 5),
    tags="command top",
    ideal="總排名前5名：波士頓、舊金山、北京、倫敦、紐約。",
)
S.h("/compare 东京 香港", compare(HANS, "Tokyo", "Hong Kong"), tags="command compare")
S.h("/rank@citybot 北京", rank(ZH, "Beijing"), tags="command rank")
