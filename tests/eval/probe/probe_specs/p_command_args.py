"""Probe: commands with a misspelt or longer name, other separators and list names, Chinese arguments, and after
earlier messages of any kind (a command never continues the conversation)."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, compare, rank, top

SHEET = Sheet(
    "pr_command_args",
    "commands with typos in their names and odd arguments",
    """
/rnak, /compair, /comapre, /ranking, /tops, /cmp, /vs; "/compare beijing vs tokyo in education", "/top three edu",
"/rank 東京 教育"; and a command after a list, a comparison, a yes / no or thanks in the same chat.
""",
)
S = SHEET
C = "command"

# --- English ----------------------------------------------------------------------------------------
S.c("/rnak tokyo", rank(EN, "Tokyo"), tags=f"{C} rank typo")
S.c("/rakn@citybot seattle", rank(EN, "Seattle"), tags=f"{C} rank typo group_chat")
S.c("/ranking london", rank(EN, "London"), tags=f"{C} rank")
S.c("/compair beijing tokyo", compare(EN, "Beijing", "Tokyo"), tags=f"{C} compare typo")
S.c("/comapre sf la", compare(EN, "San Francisco", "Los Angeles"), tags=f"{C} compare typo")
S.c("/cmp boston seattle", compare(EN, "Boston", "Seattle"), tags=f"{C} compare")
S.c("/vs hong kong shanghai", compare(EN, "Hong Kong", "Shanghai"), tags=f"{C} compare")
S.c("/tops 5", top(EN, "overall", 5), tags=f"{C} top typo")
S.c("/topp 3 edu", top(EN, "edu", 3), tags=f"{C} top typo")
S.c("/top three edu", top(EN, "edu", 3), tags=f"{C} top")
S.c("/compare beijing vs tokyo in education", compare(EN, "Beijing", "Tokyo", "edu"), tags=f"{C} compare")
S.c("/rank tokyo in innovation", rank(EN, "Tokyo", "sci"), tags=f"{C} rank")

S.c("top 3", top(EN, "overall", 3), tags="top", chat="pr-cmdarg-after-top")
S.c("/rank seattle", rank(EN, "Seattle"), tags=f"{C} rank followup", chat="pr-cmdarg-after-top")
S.c("/compare london tokyo", compare(EN, "London", "Tokyo"), tags=f"{C} compare followup", chat="pr-cmdarg-after-top")

S.c("where does beijing rank in education", rank(EN, "Beijing", "edu"), tags="rank", chat="pr-cmdarg-after-edu")
S.c("/compare tokyo beijing", compare(EN, "Tokyo", "Beijing"), tags=f"{C} compare followup", chat="pr-cmdarg-after-edu")
S.c("/top 2", top(EN, "overall", 2), tags=f"{C} top followup", chat="pr-cmdarg-after-edu")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("/rnak 东京", rank(HANS, "Tokyo"), tags=f"{C} rank typo", script="hans")
S.c("/compare 北京 vs 东京", compare(HANS, "Beijing", "Tokyo"), tags=f"{C} compare", script="hans")
S.c("/rank 北京 科创", rank(HANS, "Beijing", "sci"), tags=f"{C} rank", script="hans")
S.c("/top 前五个", top(HANS, "overall", 5), tags=f"{C} top", script="hans")
S.c("谢谢", "(不客气|不用谢|随时|乐意)", ideal="不客气！", tags="smalltalk", chat="pr-cmdarg-zh-after", script="hans")
S.c(
    "/compare 上海 香港",
    compare(HANS, "Shanghai", "Hong Kong"),
    tags=f"{C} compare followup",
    chat="pr-cmdarg-zh-after",
    script="hans",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("/rank 東京 教育", rank(HANT, "Tokyo", "edu"), tags=f"{C} rank", script="hant")
S.c("/compair 倫敦 紐約", compare(HANT, "London", "New York"), tags=f"{C} compare typo", script="hant")
S.c("/top 5 總排名", top(HANT, "overall", 5), tags=f"{C} top", script="hant")
S.c("倫敦排第幾", rank(HANT, "London"), tags="rank", chat="pr-cmdarg-hant-after", script="hant")
S.c(
    "/compare 香港 東京",
    compare(HANT, "Hong Kong", "Tokyo"),
    tags=f"{C} compare followup",
    chat="pr-cmdarg-hant-after",
    script="hant",
)
