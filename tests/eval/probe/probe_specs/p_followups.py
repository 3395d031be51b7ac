"""Probe: follow-ups in a conversation (cases sharing a chat id run in file order)."""

from casebook import Chk, Sheet
from specs._facts import (
    EN,
    HANS,
    HANT,
    compare,
    distance,
    profile,
    rank,
    real_outside,
    talent_list,
    top,
    year,
)
from specs.sets import members

from probe_specs._common import medal, member_p, neighbour_p, ranged, who_at_p

SHEET = Sheet(
    "pr_followups",
    "follow-ups in a conversation, other wording",
    """
After an answer: "and silver?", "who edges it out?", "same question for Boston", "is that one on the podium too",
"by how many spots", "the rest", "who's first among them" (the talent top 10 has no order). Each case checks the
answer a knowledgeable friend would give at that point of the conversation.
""",
)
S = SHEET
F = "followup"

# --- English ----------------------------------------------------------------------------------------
S.c("who took bronze?", medal(EN, 3), tags="at_rank", chat="pr-fu-medals")
S.c("and silver?", medal(EN, 2), tags=f"{F} at_rank", chat="pr-fu-medals")
S.c(
    "is that one on the innovation podium too",
    member_p(EN, "San Francisco", "sci"),
    tags=f"{F} yesno",
    chat="pr-fu-medals",
)

S.c("how's LA doing", rank(EN, "Los Angeles"), tags="rank typo", chat="pr-fu-la")
S.c("who edges it out?", neighbour_p(EN, "Los Angeles", -1), tags=f"{F} neighbour", chat="pr-fu-la")
S.c("and who does it beat by one spot", neighbour_p(EN, "Los Angeles", 1), tags=f"{F} neighbour", chat="pr-fu-la")

S.c("education podium?", top(EN, "edu", 3), tags="top", chat="pr-fu-edu")
S.c("and the 4th one?", who_at_p(EN, 4, "edu"), tags=f"{F} at_rank unpublished", chat="pr-fu-edu")
S.c(
    "which of those three is lowest overall",
    rank(EN, "Hong Kong"),
    tags=f"{F} superlative",
    chat="pr-fu-edu",
    ideal="Hong Kong — 9th overall (Boston is 1st, London 4th).",
)

S.c("tokyo or hong kong, which ranks higher", compare(EN, "Tokyo", "Hong Kong"), tags="compare", chat="pr-fu-pair")
S.c("by how many spots", distance(EN, "Hong Kong", "Tokyo"), tags=f"{F} distance", chat="pr-fu-pair")
S.c("what about in education", compare(EN, "Hong Kong", "Tokyo", "edu"), tags=f"{F} compare", chat="pr-fu-pair")

S.c("where does seattle sit", rank(EN, "Seattle"), tags="rank", chat="pr-fu-same")
S.c("same question for boston", rank(EN, "Boston"), tags=f"{F} rank", chat="pr-fu-same")
S.c("and for toronto", real_outside(EN, "Toronto"), tags=f"{F} unknown_word", chat="pr-fu-same")

S.c("talent top 10 please", talent_list(EN), tags="top unpublished", chat="pr-fu-talent")
S.c("is LA in there", member_p(EN, "Los Angeles", "talent"), tags=f"{F} yesno unpublished", chat="pr-fu-talent")
S.c("ok what about guangzhou", member_p(EN, "Guangzhou", "talent"), tags=f"{F} yesno", chat="pr-fu-talent")
S.c(
    "who's first among them?",
    who_at_p(EN, 1, "talent"),
    tags=f"{F} at_rank unpublished adversarial",
    chat="pr-fu-talent",
)

S.c("fill me in on hong kong", profile(EN, "Hong Kong"), tags="profile", chat="pr-fu-profile")
S.c("how far is it behind beijing", distance(EN, "Beijing", "Hong Kong"), tags=f"{F} distance", chat="pr-fu-profile")
S.c("and did it move up since last year", year(EN, "Hong Kong"), tags=f"{F} year", chat="pr-fu-profile")

S.c("@citybot innovation podium?", top(EN, "sci", 3), tags="top", chat="pr-fu-group")
S.c(
    "@citybot who's next after those",
    who_at_p(EN, 4, "sci"),
    tags=f"{F} at_rank unpublished",
    chat="pr-fu-group",
)

S.c("top 4?", top(EN, "overall", 4), tags="top", chat="pr-fu-pages")
S.c("next 3", ranged(EN, 5, 7), tags=f"{F} range", chat="pr-fu-pages")
S.c(
    "and the rest",
    ranged(EN, 8, 10),
    tags=f"{F} range",
    chat="pr-fu-pages",
    ideal="8th Shanghai, 9th Hong Kong, 10th Tokyo — that's the end of what was published.",
)

S.c("shanghai made the top 10, yeah?", member_p(EN, "Shanghai", "overall"), tags="yesno", chat="pr-fu-sh")
S.c("higher than hong kong?", compare(EN, "Shanghai", "Hong Kong"), tags=f"{F} compare", chat="pr-fu-sh")
S.c("and in talent?", compare(EN, "Shanghai", "Hong Kong", "talent"), tags=f"{F} compare unpublished", chat="pr-fu-sh")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("总榜季军是谁", medal(HANS, 3), tags="at_rank", chat="pr-fu-zh-medal", script="hans")
S.c("那亚军呢", medal(HANS, 2), tags=f"{F} at_rank", chat="pr-fu-zh-medal", script="hans")
S.c("它科创排第几", rank(HANS, "San Francisco", "sci"), tags=f"{F} rank", chat="pr-fu-zh-medal", script="hans")

S.c("纽约排名多少", rank(HANS, "New York"), tags="rank", chat="pr-fu-zh-ny", script="hans")
S.c("领先它一名的是谁", neighbour_p(HANS, "New York", -1), tags=f"{F} neighbour", chat="pr-fu-zh-ny", script="hans")
S.c("它在均衡组里吗", member_p(HANS, "New York", "balanced"), tags=f"{F} yesno", chat="pr-fu-zh-ny", script="hans")

S.c("人才前十有谁", talent_list(HANS), tags="top unpublished", chat="pr-fu-zh-talent", script="hans")
S.c("洛杉矶算不算", member_p(HANS, "Los Angeles", "talent"), tags=f"{F} yesno unpublished", chat="pr-fu-zh-talent")
S.c("那伦敦呢", member_p(HANS, "London", "talent"), tags=f"{F} yesno", chat="pr-fu-zh-talent", script="hans")

S.c("广州的情况说说", profile(HANS, "Guangzhou"), tags="profile", chat="pr-fu-zh-gz", script="hans")
S.c("深圳呢", profile(HANS, "Shenzhen"), tags=f"{F} profile", chat="pr-fu-zh-gz", script="hans")

S.c("前五是哪几个", top(HANS, "overall", 5), tags="top", chat="pr-fu-zh-pages", script="hans")
S.c("再往后五个", ranged(HANS, 6, 10), tags=f"{F} range", chat="pr-fu-zh-pages", script="hans")
S.c("再往后呢", ranged(HANS, 11, 15), tags=f"{F} range unpublished", chat="pr-fu-zh-pages", script="hans")

S.c("香港教育第几", rank(HANS, "Hong Kong", "edu"), tags="rank", chat="pr-fu-zh-hk")
S.c(
    "比它高的有哪些",
    Chk(
        [HANS.city("Boston"), HANS.city("London")],
        [
            *HANS.wrong_rank("Boston", 1, "edu"),
            *HANS.wrong_rank("London", 2, "edu"),
            "波士顿\\s*[（(]\\s*(教育)?\\s*第\\s*([2-9]|10|[二三四五六七八九十])",
            "伦敦\\s*[（(]\\s*(教育)?\\s*第\\s*([13-9]|10|[一三四五六七八九十])",
        ],
        ideal="教育排名比香港高的是波士顿（第1）和伦敦（第2）。",
    ),
    tags=f"{F} filter",
    chat="pr-fu-zh-hk",
    script="hans",
)
S.c("它总榜呢", rank(HANS, "Hong Kong"), tags=f"{F} rank", chat="pr-fu-zh-hk", script="hans")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("倫敦總排名係第幾", rank(HANT, "London"), tags="rank", chat="pr-fu-hant-london")
S.c("佢教育呢", rank(HANT, "London", "edu"), tags=f"{F} rank", chat="pr-fu-hant-london", script="hant")
S.c("教育榜上邊個喺佢前面", neighbour_p(HANT, "London", -1, "edu"), tags=f"{F} neighbour", chat="pr-fu-hant-london")

S.c("東京同香港邊個高啲", compare(HANT, "Tokyo", "Hong Kong"), tags="compare", chat="pr-fu-hant-pair")
S.c("差幾多名", distance(HANT, "Hong Kong", "Tokyo"), tags=f"{F} distance", chat="pr-fu-hant-pair")
S.c(
    "換成教育呢", compare(HANT, "Hong Kong", "Tokyo", "edu"), tags=f"{F} compare", chat="pr-fu-hant-pair", script="hant"
)

S.c("科創頭三係邊幾個", top(HANT, "sci", 3), tags="top", chat="pr-fu-hant-sci")
S.c(
    "其中哪個也在教育前三",
    members(
        HANT,
        ["Boston"],
        "只有波士頓，波士頓教育排名第1、科技創新排名第2。",
        only=True,
        wrongly=["San Francisco", "Beijing"],
    ),
    no=HANT.wrong_rank("Boston", 1, "edu") + HANT.wrong_rank("Boston", 2, "sci"),
    tags=f"{F} setop",
    chat="pr-fu-hant-sci",
)
S.c("第四名又係邊個", who_at_p(HANT, 4, "sci"), tags=f"{F} at_rank unpublished", chat="pr-fu-hant-sci", script="hant")
