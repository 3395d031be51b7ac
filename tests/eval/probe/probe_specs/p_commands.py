"""Probe: commands, with and without @citybot, with odd arguments and after other messages."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, ZH, compare, invented, makers, rank, real_outside, several, talent_list, top
from specs.commands import HELLO_EN, USAGE_COMPARE
from specs.smalltalk import EXAMPLES_ZH

SHEET = Sheet(
    "pr_commands",
    "commands stay commands, other arguments",
    """
/rank, /top, /compare, /about, /help, /start with arguments the dev set does not use (multi-word cities,
abbreviations, a list name, extra spaces, a real city outside the results, an invented one), as /cmd@citybot in
a group, and after ordinary messages in the same chat.
""",
)
S = SHEET
C = "command"

# --- English ----------------------------------------------------------------------------------------
S.c("/top 4", top(EN, "overall", 4), tags=f"{C} top")
S.c("/top@citybot 10 education", top(EN, "edu", 10), tags=f"{C} top unpublished")
S.c("/rank@citybot Shanghai", rank(EN, "Shanghai"), tags=f"{C} rank")
S.c("/rank new york city", rank(EN, "New York"), tags=f"{C} rank")
S.c("/rank   Hong   Kong  ", rank(EN, "Hong Kong"), tags=f"{C} rank")
S.c("/compare LA SF", compare(EN, "Los Angeles", "San Francisco"), tags=f"{C} compare typo")
S.c("/compare hong kong tokyo", compare(EN, "Hong Kong", "Tokyo"), tags=f"{C} compare")
S.c("/compare boston narnia", several(invented(EN, "narnia"), rank(EN, "Boston")), tags=f"{C} unknown_word")
S.c(
    "/help@citybot",
    "(rank|top)",
    "(compare|/rank|/top)",
    ideal='Ask e.g. "top 10", "where does Shanghai rank?", "/rank tokyo" or "/compare beijing tokyo".',
    tags=f"{C} smalltalk",
)
S.c(
    "/start@citybot",
    HELLO_EN,
    "(rank|top)",
    ideal='Hi! I answer questions about the 2025 global innovation cities ranking. Try "top 10" or "/rank tokyo".',
    tags=f"{C} smalltalk",
)
S.c(
    "/about please",
    makers(EN),
    "2025",
    tags=f"{C} meta",
    ideal="Source: the 2025 Assessment Report on the Collaborative Development of Education, Science & Technology "
    "and Talent in Global Innovation Cities, compiled by the Shenzhen International Science and Technology "
    "Information Center, Tsinghua University's CIDEG and Elsevier (released 24 January 2025).",
)
S.c("/top 5 talent", talent_list(EN), tags=f"{C} top unpublished")
S.c("/rank seoul", real_outside(EN, "Seoul"), tags=f"{C} unknown_word")
S.c(
    "/compare@citybot guangzhou",
    USAGE_COMPARE,
    tags=C,
    ideal="Compare which two cities? E.g. /compare Guangzhou Shenzhen.",
)

S.c(
    "lol ok",
    "(rank|top|compare|education|innovation|talent|e\\.g\\.)",
    ideal='😄 Ask me something about the ranking, e.g. "top 5".',
    tags="smalltalk",
    chat="pr-cmd-after-lol",
)
S.c("/rank la", rank(EN, "Los Angeles"), tags=f"{C} rank followup typo", chat="pr-cmd-after-lol")
S.c("/top@citybot 2", top(EN, "overall", 2), tags=f"{C} top followup", chat="pr-cmd-after-lol")

S.c(
    "is tokyo in the education top 3?",
    "(\\bno\\b|\\bnot\\b|n.t\\b)",
    EN.outside("Tokyo", "edu"),
    no=[EN.bare_yes, *EN.no_rank("Tokyo", "edu")],
    ideal="No — Tokyo isn't in the education top 3 (Boston, London, Hong Kong).",
    tags="yesno",
    chat="pr-cmd-after-yesno",
)
S.c(
    "/compare seattle new york",
    compare(EN, "Seattle", "New York"),
    tags=f"{C} compare followup",
    chat="pr-cmd-after-yesno",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("/rank 广州市", rank(HANS, "Guangzhou"), tags=f"{C} rank unpublished")
S.c("/compare 纽约 伦敦", compare(HANS, "New York", "London"), tags=f"{C} compare")
S.c("/top@citybot 3 科创", top(HANS, "sci", 3), tags=f"{C} top", script="hans")
S.c("/rank 柏林", real_outside(ZH, "柏林"), tags=f"{C} unknown_word")
S.c(
    "/help 怎么用",
    EXAMPLES_ZH,
    ideal="你可以问我，比如“上海排第几？”“教育前三”，或者用 /rank 上海、/compare 北京 东京。",
    tags=f"{C} smalltalk",
)
S.c("深圳能排到第几名", rank(HANS, "Shenzhen"), tags="rank unpublished", chat="pr-cmd-zh-after")
S.c(
    "/compare 深圳 东京",
    compare(HANS, "Shenzhen", "Tokyo"),
    tags=f"{C} compare followup unpublished",
    chat="pr-cmd-zh-after",
)

S.c("/compare 波士顿 洛杉矶", compare(HANS, "Boston", "Los Angeles"), tags=f"{C} compare")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("/rank@citybot 紐約", rank(HANT, "New York"), tags=f"{C} rank")
S.c("/compare 三藩市 倫敦", compare(HANT, "San Francisco", "London"), tags=f"{C} compare")
S.c("/top 4 總排名", top(HANT, "overall", 4), tags=f"{C} top")
S.c("/rank 臺中", real_outside(HANT, "(?:臺中|台中)", "臺中"), tags=f"{C} unknown_word")
S.c("西雅圖名次多少", rank(HANT, "Seattle"), tags="rank", chat="pr-cmd-hant-after")
S.c("/rank@citybot 廣州", rank(HANT, "Guangzhou"), tags=f"{C} rank followup unpublished", chat="pr-cmd-hant-after")
