"""The basics: typos and abbreviations of cities and lists, in every script."""

from casebook import Sheet

from specs._facts import EN, HANS, HANT, compare, rank, top

SHEET = Sheet(
    "typos",
    "typos and abbreviations (basics)",
    """
Misspelt cities (bejing, tokio, shangai, lodnon ...), abbreviations (SF, NYC, HK, LA), misspelt lists
(educaton, inovation, talnet), Chinese homophone typos (波斯顿, 洛杉机, 伦顿). Where a fuzzy match was needed
the reply may show its reading; it must answer about the intended city, and never treat the typo as unknown.
""",
)
S = SHEET
READING_EN = "(from [\"“']|did you mean|assum|interpret|taking|read|i think you mean|you mean)"


def calm_en(word):
    return [
        f"(don.t|do not|can.t|cannot|couldn.t)\\s+recogni[sz]e\\s+[\"“']?{word}",
        f"[\"“']{word}[\"”']\\s+(isn.t|is not)\\s+(a\\s+)?(city|known)",
    ]


# --- English ----------------------------------------------------------------------------------------
S.c("bejing rank", rank(EN, "Beijing"), no=calm_en("bejing"), tags="typo rank", ho=["beijng ranking"])
S.c("tokio position", rank(EN, "Tokyo"), no=calm_en("tokio"), tags="typo rank")
S.c("shangai vs bejing", compare(EN, "Shanghai", "Beijing"), tags="typo compare")
S.c("where is HK in edu", rank(EN, "Hong Kong", "edu"), tags="typo rank", ho=["hk edu rank"])
S.c("seatle rank", rank(EN, "Seattle"), no=calm_en("seatle"), tags="typo rank", ho=["seattel?"])
S.c(
    "lodnon vs bostn",
    compare(EN, "London", "Boston"),
    READING_EN,
    tags="typo compare",
    ideal='London (from "lodnon") is 4th and Boston (from "bostn") 1st overall — Boston is higher, 3 places apart.',
)
S.c("san fransisco innovation", rank(EN, "San Francisco", "sci"), no=calm_en("san fransisco"), tags="typo rank")
S.c("los angelas rank", rank(EN, "Los Angeles"), tags="typo rank", ho=["los angles ranking"])
S.c("new yrok overall", rank(EN, "New York"), tags="typo rank")
S.c("shenzen talent", rank(EN, "Shenzhen", "talent"), tags="typo rank unpublished")
S.c("guangzou rank", rank(EN, "Guangzhou"), tags="typo rank unpublished")
S.c("hong kon education", rank(EN, "Hong Kong", "edu"), tags="typo rank")
S.c("sf rank", rank(EN, "San Francisco"), tags="typo rank", ho=["SF position?"])
S.c("nyc?", rank(EN, "New York"), tags="typo rank")
S.c("LA in innovation", rank(EN, "Los Angeles", "sci"), tags="typo rank unpublished")
S.c("educaton rank for london", rank(EN, "London", "edu"), tags="typo rank")
S.c("top 3 inovation", top(EN, "sci", 3), tags="typo top", ho=["innovaton top 3"])
S.c("talnet top 10", top(EN, "talent", 10), tags="typo top unpublished")
S.c("overal top 5", top(EN, "overall", 5), tags="typo top")
S.c("bosotn in educaiton", rank(EN, "Boston", "edu"), tags="typo rank")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("shanghai排第几", rank(HANS, "Shanghai"), tags="typo rank", script="hans", ho=["Shanghai总榜第几"])
S.c("洛杉机排第几", rank(HANS, "Los Angeles"), tags="typo rank", script="hans")
S.c("波斯顿排名", rank(HANS, "Boston"), tags="typo rank", script="hans", ho=["波斯顿第几名"])
S.c("伦顿教育排第几", rank(HANS, "London", "edu"), tags="typo rank", script="hans")
S.c("HK教育排第几", rank(HANS, "Hong Kong", "edu"), tags="typo rank", script="hans")
S.c("sf科创第几", rank(HANS, "San Francisco", "sci"), tags="typo rank", script="hans")
S.c("nyc排第几", rank(HANS, "New York"), tags="typo rank", script="hans")
S.c("西雅途排第几", rank(HANS, "Seattle"), tags="typo rank")
S.c("科技前3名单", top(HANS, "sci", 3), tags="typo top")
S.c("教育top3是哪几个", top(HANS, "edu", 3), tags="typo top")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("三藩市排第幾", rank(HANT, "San Francisco"), tags="typo rank", ho=["三藩市總排名"])
S.c("HK教育排第幾", rank(HANT, "Hong Kong", "edu"), tags="typo rank")
S.c("波斯頓排名", rank(HANT, "Boston"), tags="typo rank", script="hant")
S.c("洛杉機排第幾", rank(HANT, "Los Angeles"), tags="typo rank")
S.c("倫頓教育排第幾", rank(HANT, "London", "edu"), tags="typo rank")
S.c("tokyo排第幾", rank(HANT, "Tokyo"), tags="typo rank")
S.c("LA排第幾", rank(HANT, "Los Angeles"), tags="typo rank")
S.c("科創top3", top(HANT, "sci", 3), tags="typo top")
S.c(
    "星加坡排第幾",
    "(新加坡|星加坡)",
    HANT.not_in_results,
    no=HANT.real_outside_guards("(?:新加坡|星加坡)"),
    ideal="公佈的結果中沒有新加坡：它不在總排名前十，具體排名未公佈。",
    tags="typo unknown_word",
)
S.c("shenzhen人才排第幾", rank(HANT, "Shenzhen", "talent"), tags="typo rank unpublished")

# --- held out only -------------------------------------------------------------------------------------
S.h("shanghia rank?", rank(EN, "Shanghai"), tags="typo rank")
S.h("东经排第几", rank(HANS, "Tokyo"), tags="typo rank", script="hans")
S.h("西雅圖教育", rank(HANT, "Seattle", "edu"), tags="typo rank")
S.h("bejing in r&d", rank(EN, "Beijing", "sci"), tags="typo rank")
S.h("旧金三排第几", rank(HANS, "San Francisco"), tags="typo rank")
S.h("舊金三排第幾", rank(HANT, "San Francisco"), tags="typo rank")
S.h("HK總排名", rank(HANT, "Hong Kong"), tags="typo rank")
