"""Probe: follow-ups that move through what was just shown (next, before, last of them, more) or ask about the
city just found (that city, 那个城市, 佢), in the three scripts. Cases sharing a chat id run in file order."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, compare, distance, rank, top

from probe_specs._common import member_p, neighbour_p, ranged, who_at_p

SHEET = Sheet(
    "pr_navigate",
    "follow-ups that navigate a list or continue about the city found",
    """
After a top N, a range or a city: "the last of them", "the one after", "more", "the next 5" (also past the published
end of a list), "how far from London is it", "and how many places from Beijing", "is that city in the talent top
10?", "那教育呢", "佢離倫敦幾遠", "仲有呢". Each case checks the answer a knowledgeable friend would give there.
""",
)
S = SHEET
F = "followup"

# --- English ----------------------------------------------------------------------------------------
S.c("top 3", top(EN, "overall", 3), tags="top", chat="pr-nav-last")
S.c("the last of them", who_at_p(EN, 3), tags=f"{F} at_rank", chat="pr-nav-last")
S.c("and the one after that one?", neighbour_p(EN, "Beijing", 1), tags=f"{F} neighbour", chat="pr-nav-last")

S.c("top 5 pls", top(EN, "overall", 5), tags="top", chat="pr-nav-more")
S.c("more", ranged(EN, 6, 10), tags=f"{F} range", chat="pr-nav-more")
S.c(
    "more?",
    ranged(EN, 11, 15),
    ideal="Not published: the report stops at the top 10.",
    tags=f"{F} range unpublished",
    chat="pr-nav-more",
)

S.c("top five", top(EN, "overall", 5), tags="top", chat="pr-nav-after5")
S.c("the one after", who_at_p(EN, 6), tags=f"{F} at_rank", chat="pr-nav-after5")

S.c("edu top three", top(EN, "edu", 3), tags="top", chat="pr-nav-edu-more")
S.c(
    "and the next 5",
    ranged(EN, 4, 8, "edu"),
    ideal="Not published: the education list stops at its top 3 (Boston, London, Hong Kong).",
    tags=f"{F} range unpublished",
    chat="pr-nav-edu-more",
)

S.c("innovation top 3?", top(EN, "sci", 3), tags="top", chat="pr-nav-sci-more")
S.c(
    "show me more",
    ranged(EN, 4, 6, "sci"),
    ideal="Not published: the sci-tech innovation list stops at its top 3 (San Francisco, Boston, Beijing).",
    tags=f"{F} range unpublished",
    chat="pr-nav-sci-more",
)

S.c("top 10", top(EN, "overall", 10), tags="top", chat="pr-nav-top10-more")
S.c(
    "any more?",
    ranged(EN, 11, 20),
    ideal="That's all: the report was not published past its top 10.",
    tags=f"{F} range unpublished",
    chat="pr-nav-top10-more",
)

S.c(
    "where does tokyo sit",
    rank(EN, "Tokyo"),
    ideal="Tokyo is 10th overall, right behind Hong Kong (9th).",
    tags="rank",
    chat="pr-nav-dist",
)
S.c("how far from london is it", distance(EN, "London", "Tokyo"), tags=f"{F} distance", chat="pr-nav-dist")
S.c("and how many places from beijing", distance(EN, "Beijing", "Tokyo"), tags=f"{F} distance", chat="pr-nav-dist")
S.c("and from hk?", distance(EN, "Hong Kong", "Tokyo"), tags=f"{F} distance typo", chat="pr-nav-dist")

S.c("where's guangzhou", rank(EN, "Guangzhou"), tags="rank unpublished", chat="pr-nav-that")
S.c(
    "is that city in the talent top 10 then?",
    member_p(EN, "Guangzhou", "talent"),
    tags=f"{F} yesno",
    chat="pr-nav-that",
)
S.c("and in education then", member_p(EN, "Guangzhou", "edu"), tags=f"{F} yesno unpublished", chat="pr-nav-that")

S.c("where do tokyo and shanghai rank", rank(EN, "Tokyo"), tags="rank", chat="pr-nav-pair")
S.c("which of them is higher then", compare(EN, "Shanghai", "Tokyo"), tags=f"{F} compare", chat="pr-nav-pair")
S.c("by how many places", distance(EN, "Shanghai", "Tokyo"), tags=f"{F} distance", chat="pr-nav-pair")

S.c("@citybot innovation top 3", top(EN, "sci", 3), tags="top group_chat", chat="pr-nav-group")
S.c(
    "@citybot who's fourth there?",
    who_at_p(EN, 4, "sci"),
    tags=f"{F} at_rank unpublished group_chat",
    chat="pr-nav-group",
)

S.c("places 4 to 6", ranged(EN, 4, 6), tags="range", chat="pr-nav-range")
S.c("the one before those", who_at_p(EN, 3), tags=f"{F} at_rank", chat="pr-nav-range")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("前三名", top(HANS, "overall", 3), tags="top", chat="pr-nav-zh-last", script="hans")
S.c("最后一个呢", who_at_p(HANS, 3), tags=f"{F} at_rank", chat="pr-nav-zh-last", script="hans")

S.c("前五名是谁", top(HANS, "overall", 5), tags="top", chat="pr-nav-zh-more", script="hans")
S.c("还有呢", ranged(HANS, 6, 10), tags=f"{F} range", chat="pr-nav-zh-more", script="hans")
S.c("再多一些", ranged(HANS, 11, 15), tags=f"{F} range unpublished", chat="pr-nav-zh-more", script="hans")

S.c("教育前三", top(HANS, "edu", 3), tags="top", chat="pr-nav-zh-edu", script="hans")
S.c(
    "后面五个呢",
    ranged(HANS, 4, 8, "edu"),
    ideal="教育只公布了前三名（波士顿、伦敦、香港），后面的名次未公布。",
    tags=f"{F} range unpublished",
    chat="pr-nav-zh-edu",
    script="hans",
)

S.c("北京排名第几呀", rank(HANS, "Beijing"), tags="rank", chat="pr-nav-zh-that", script="hans")
S.c(
    "那个城市在人才前十吗", member_p(HANS, "Beijing", "talent"), tags=f"{F} yesno", chat="pr-nav-zh-that", script="hans"
)
S.c("那教育呢", member_p(HANS, "Beijing", "edu"), tags=f"{F} yesno", chat="pr-nav-zh-that", script="hans")

S.c("东京排名多少", rank(HANS, "Tokyo"), tags="rank", chat="pr-nav-zh-dist", script="hans")
S.c("离伦敦差几名", distance(HANS, "London", "Tokyo"), tags=f"{F} distance", chat="pr-nav-zh-dist", script="hans")
S.c(
    "那跟北京差几个名次", distance(HANS, "Beijing", "Tokyo"), tags=f"{F} distance", chat="pr-nav-zh-dist", script="hans"
)

# --- traditional Chinese (incl. Cantonese) -------------------------------------------------------------
S.c("頭五名係邊個", top(HANT, "overall", 5), tags="top", chat="pr-nav-hant-more", script="hant")
S.c("仲有呢", ranged(HANT, 6, 10), tags=f"{F} range", chat="pr-nav-hant-more", script="hant")

S.c("東京排第幾", rank(HANT, "Tokyo"), tags="rank", chat="pr-nav-hant-dist", script="hant")
S.c("佢離倫敦幾遠", distance(HANT, "London", "Tokyo"), tags=f"{F} distance", chat="pr-nav-hant-dist", script="hant")
S.c(
    "咁同北京差幾多名", distance(HANT, "Beijing", "Tokyo"), tags=f"{F} distance", chat="pr-nav-hant-dist", script="hant"
)

S.c("香港排第幾", rank(HANT, "Hong Kong"), tags="rank", chat="pr-nav-hant-that", script="hant")
S.c(
    "嗰個城市喺唔喺人才前十",
    member_p(HANT, "Hong Kong", "talent"),
    tags=f"{F} yesno",
    chat="pr-nav-hant-that",
    script="hant",
)
S.c("教育呢", rank(HANT, "Hong Kong", "edu"), tags=f"{F} rank", chat="pr-nav-hant-that", script="hant")

S.c("頭三名係邊個", top(HANT, "overall", 3), tags="top", chat="pr-nav-hant-last", script="hant")
S.c("最後嗰個呢", who_at_p(HANT, 3), tags=f"{F} at_rank", chat="pr-nav-hant-last", script="hant")
