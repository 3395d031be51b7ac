"""Issue 11, point 11: follow-ups that navigate (cases sharing a chat id run in file order)."""

from casebook import Sheet

from specs._facts import (
    EN,
    HANS,
    HANT,
    compare,
    distance,
    member,
    neighbour,
    profile,
    range_,
    rank,
    real_outside,
    talent_list,
    top,
    who_at,
    year,
)
from specs.filters import cities

SHEET = Sheet(
    "followups",
    "follow-ups that navigate (issue 11, point 11)",
    """
After a list or a city: "and the next one?", "the one before", "which of them is higher?", "is that city in
the talent top 10?", "and in education?", "who's fourth there?" (where only 3 were published: say so),
"what about Tokyo?" (the last question again, for Tokyo). Cases with the same chat id are one conversation,
asked in file order; each checks the answer a knowledgeable friend would give at that point.
""",
)
S = SHEET
F = "followup"

# --- English ----------------------------------------------------------------------------------------
S.c("who's 6th?", who_at(EN, 6), tags="at_rank", chat="fu-next")
S.c("and the next one?", neighbour(EN, "Los Angeles", 1), tags=f"{F} neighbour", chat="fu-next")
S.c("and the one after that", neighbour(EN, "Seattle", 1), tags=f"{F} neighbour", chat="fu-next")

S.c("where's hong kong", rank(EN, "Hong Kong"), tags="rank", chat="fu-before")
S.c("the one before?", neighbour(EN, "Hong Kong", -1), tags=f"{F} neighbour", chat="fu-before")
S.c("and before that", neighbour(EN, "Shanghai", -1), tags=f"{F} neighbour", chat="fu-before")

S.c("Shanghai and Hong Kong ranks?", rank(EN, "Shanghai") + rank(EN, "Hong Kong"), tags="rank", chat="fu-higher")
S.c("which of them is higher?", compare(EN, "Shanghai", "Hong Kong"), tags=f"{F} compare", chat="fu-higher")
S.c("and in education?", compare(EN, "Hong Kong", "Shanghai", "edu"), tags=f"{F} compare", chat="fu-higher")

S.c("who is 3rd in innovation?", who_at(EN, 3, "sci"), tags="at_rank", chat="fu-that-city")
S.c("is that city in the talent top 10?", member(EN, "Beijing", "talent"), tags=f"{F} yesno", chat="fu-that-city")
S.c("and in education?", rank(EN, "Beijing", "edu"), tags=f"{F} rank unpublished", chat="fu-that-city")

S.c("top 3 in education", top(EN, "edu", 3), tags="top", chat="fu-fourth")
S.c("who's fourth there?", who_at(EN, 4, "edu"), tags=f"{F} at_rank unpublished", chat="fu-fourth")
S.c("ok and who's first", who_at(EN, 1, "edu"), tags=f"{F} at_rank", chat="fu-fourth")

S.c("where does Shanghai rank?", rank(EN, "Shanghai"), tags="rank", chat="fu-what-about")
S.c("what about Tokyo?", rank(EN, "Tokyo"), tags=f"{F} rank", chat="fu-what-about")
S.c("and paris", real_outside(EN, "Paris"), tags=f"{F} unknown_word", chat="fu-what-about")

S.c("Which cities are in the talent top 10?", talent_list(EN), tags="top unpublished", chat="fu-talent")
S.c("is Seattle one of them?", member(EN, "Seattle", "talent"), tags=f"{F} yesno unpublished", chat="fu-talent")
S.c("and London?", member(EN, "London", "talent"), tags=f"{F} yesno", chat="fu-talent")
S.c("which one is first?", who_at(EN, 1, "talent"), tags=f"{F} at_rank unpublished", chat="fu-talent")

S.c("where does Boston rank in innovation", rank(EN, "Boston", "sci"), tags="rank", chat="fu-innov")
S.c("and overall?", rank(EN, "Boston"), tags=f"{F} rank", chat="fu-innov")
S.c("and in edu?", rank(EN, "Boston", "edu"), tags=f"{F} rank typo", chat="fu-innov")

S.c(
    "US cities in the top 10",
    cities(
        EN,
        ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"],
        "Five: Boston (1st), San Francisco (2nd), New York (5th), Los Angeles (6th) and Seattle (7th).",
        5,
    ),
    tags="filter",
    chat="fu-us",
)
S.c(
    "which of them is lowest?",
    rank(EN, "Seattle"),
    tags=f"{F} superlative",
    chat="fu-us",
    ideal="Seattle — 7th, the lowest of the five.",
)
S.c("and the highest?", rank(EN, "Boston"), tags=f"{F} superlative", chat="fu-us", ideal="Boston — 1st overall.")

S.c("top 5", top(EN, "overall", 5), tags="top", chat="fu-pages")
S.c("and the next five?", range_(EN, 6, 10), tags=f"{F} range", chat="fu-pages")
S.c(
    "after those?",
    range_(EN, 11, 15),
    tags=f"{F} range unpublished",
    chat="fu-pages",
    ideal="Nothing more was published: the report gives only the top 10, ending with Tokyo in 10th.",
)

S.c("tell me about Guangzhou", profile(EN, "Guangzhou"), tags="profile", chat="fu-profile")
S.c("is it in the top 10?", member(EN, "Guangzhou", "overall"), tags=f"{F} yesno unpublished", chat="fu-profile")
S.c(
    "how about Shanghai",
    member(EN, "Shanghai", "overall"),
    tags=f"{F} yesno",
    chat="fu-profile",
    ideal="Yes — Shanghai is 8th overall.",
)

S.c("where's Seattle", rank(EN, "Seattle"), tags="rank", chat="fu-distance")
S.c("how far is it from Boston", distance(EN, "Boston", "Seattle"), tags=f"{F} distance", chat="fu-distance")

S.c("where does Tokyo rank", rank(EN, "Tokyo"), tags="rank", chat="fu-year")
S.c("and last year?", year(EN, "Tokyo"), tags=f"{F} year", chat="fu-year")

S.c("@citybot where does London rank", rank(EN, "London"), tags="rank group_chat", chat="fu-group")
S.c("@citybot and in education?", rank(EN, "London", "edu"), tags=f"{F} rank group_chat", chat="fu-group")
S.c(
    "@citybot who's right behind it there",
    neighbour(EN, "London", 1, "edu"),
    tags=f"{F} neighbour group_chat",
    chat="fu-group",
)

S.c("where does Beijing rank", rank(EN, "Beijing"), tags="rank", chat="fu-switch")
S.c("那香港呢", rank(HANS, "Hong Kong"), tags=f"{F} rank", chat="fu-switch", script="hans")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("西雅图排第几", rank(HANS, "Seattle"), tags="rank", chat="fu-zh-prev")
S.c("那前一名呢", neighbour(HANS, "Seattle", -1), tags=f"{F} neighbour", chat="fu-zh-prev", script="hans")
S.c("再前一名呢", neighbour(HANS, "Los Angeles", -1), tags=f"{F} neighbour", chat="fu-zh-prev", script="hans")

S.c("北京在科创里排第几", rank(HANS, "Beijing", "sci"), tags="rank", chat="fu-zh-edu")
S.c("教育呢", rank(HANS, "Beijing", "edu"), tags=f"{F} rank unpublished", chat="fu-zh-edu", script="hans")
S.c("那香港呢", rank(HANS, "Hong Kong", "edu"), tags=f"{F} rank", chat="fu-zh-edu", script="hans")

S.c("教育前三是谁", top(HANS, "edu", 3), tags="top", chat="fu-zh-fourth")
S.c("第四名呢", who_at(HANS, 4, "edu"), tags=f"{F} at_rank unpublished", chat="fu-zh-fourth", script="hans")
S.c("第一名在总榜排第几", rank(HANS, "Boston"), tags=f"{F} rank", chat="fu-zh-fourth")

S.c("人才前十有哪些城市", talent_list(HANS), tags="top unpublished", chat="fu-zh-talent", script="hans")
S.c("西雅图在里面吗", member(HANS, "Seattle", "talent"), tags=f"{F} yesno unpublished", chat="fu-zh-talent")
S.c("东京呢", member(HANS, "Tokyo", "talent"), tags=f"{F} yesno", chat="fu-zh-talent")

S.c("上海和香港哪个排名高", compare(HANS, "Shanghai", "Hong Kong"), tags="compare", chat="fu-zh-pair")
S.c(
    "那教育方面呢", compare(HANS, "Hong Kong", "Shanghai", "edu"), tags=f"{F} compare", chat="fu-zh-pair", script="hans"
)

S.c("深圳排第几", rank(HANS, "Shenzhen"), tags="rank unpublished", chat="fu-zh-sz")
S.c("它在人才前十吗", member(HANS, "Shenzhen", "talent"), tags=f"{F} yesno", chat="fu-zh-sz", script="hans")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("倫敦排第幾", rank(HANT, "London"), tags="rank", chat="fu-hant-edu")
S.c("它教育呢", rank(HANT, "London", "edu"), tags=f"{F} rank", chat="fu-hant-edu", script="hant")
S.c("那紐約呢", rank(HANT, "New York", "edu"), tags=f"{F} rank unpublished", chat="fu-hant-edu")

S.c("人才發展前十是哪些城市", talent_list(HANT), tags="top unpublished", chat="fu-hant-talent")
S.c("哪個排第一", who_at(HANT, 1, "talent"), tags=f"{F} at_rank unpublished", chat="fu-hant-talent")
S.c("深圳總排名呢", rank(HANT, "Shenzhen"), tags=f"{F} rank unpublished", chat="fu-hant-talent")

S.c("科技創新前三", top(HANT, "sci", 3), tags="top", chat="fu-hant-sci")
S.c("第四呢", who_at(HANT, 4, "sci"), tags=f"{F} at_rank unpublished", chat="fu-hant-sci", script="hant")
S.c("那波士頓總排名呢", rank(HANT, "Boston"), tags=f"{F} rank", chat="fu-hant-sci")

S.c("東京排第幾", rank(HANT, "Tokyo"), tags="rank", chat="fu-hant-tokyo")
S.c("下一名是誰", neighbour(HANT, "Tokyo", 1), tags=f"{F} neighbour unpublished", chat="fu-hant-tokyo")
S.c("那香港呢", rank(HANT, "Hong Kong"), tags=f"{F} rank", chat="fu-hant-tokyo", script="hant")

S.c("西雅圖和洛杉磯誰比較高", compare(HANT, "Seattle", "Los Angeles"), tags="compare", chat="fu-hant-pair")
S.c("那它們之間差幾名", distance(HANT, "Los Angeles", "Seattle"), tags=f"{F} distance", chat="fu-hant-pair")

# a bare "which ones?" after a count: the cities counted
US5 = ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"]
S.c("美国有几个城市进了前十", cities(HANS, US5, "5座：波士顿、旧金山、纽约、洛杉矶、西雅图。", 5), tags="aggregate",
    chat="fu-which-count")
S.c("分别是哪些", cities(HANS, US5, "波士顿（第1）、旧金山（第2）、纽约（第5）、洛杉矶（第6）、西雅图（第7）。"),
    tags=f"{F} aggregate", chat="fu-which-count")
S.c("前十有幾個中國城市", cities(HANT, ["Beijing", "Shanghai", "Hong Kong"], "3座：北京、上海、香港。", 3),
    tags="aggregate zh_hant", chat="fu-which-count-hant")
S.c("係邊幾個", cities(HANT, ["Beijing", "Shanghai", "Hong Kong"], "北京（第3）、上海（第8）、香港（第9）。"),
    tags=f"{F} aggregate", chat="fu-which-count-hant", script="hant")
S.c("how many asian cities made the top 10", cities(EN, ["Beijing", "Shanghai", "Hong Kong", "Tokyo"],
    "Four: Beijing, Shanghai, Hong Kong and Tokyo.", 4), tags="aggregate", chat="fu-which-count-en")
S.c("which ones?", cities(EN, ["Beijing", "Shanghai", "Hong Kong", "Tokyo"],
    "Beijing (3rd), Shanghai (8th), Hong Kong (9th) and Tokyo (10th)."), tags=f"{F} aggregate",
    chat="fu-which-count-en")

# --- held out: the same conversations, worded differently ------------------------------------------------
S.h("6th place?", who_at(EN, 6), tags="at_rank", chat="ho-fu-next")
S.h("next?", neighbour(EN, "Los Angeles", 1), tags=f"{F} neighbour", chat="ho-fu-next")
S.h("and after that one", neighbour(EN, "Seattle", 1), tags=f"{F} neighbour", chat="ho-fu-next")

S.h("education top three", top(EN, "edu", 3), tags="top", chat="ho-fu-fourth")
S.h("and 4th?", who_at(EN, 4, "edu"), tags=f"{F} at_rank unpublished", chat="ho-fu-fourth")

S.h("3rd in sci-tech?", who_at(EN, 3, "sci"), tags="at_rank", chat="ho-fu-that-city")
S.h("is it in the talent top ten", member(EN, "Beijing", "talent"), tags=f"{F} yesno", chat="ho-fu-that-city")

S.h("shanghai rank", rank(EN, "Shanghai"), tags="rank", chat="ho-fu-what-about")
S.h("how about tokyo", rank(EN, "Tokyo"), tags=f"{F} rank", chat="ho-fu-what-about")

S.h("talent top 10 list", talent_list(EN), tags="top unpublished", chat="ho-fu-talent")
S.h("does it have new york", member(EN, "New York", "talent"), tags=f"{F} yesno unpublished", chat="ho-fu-talent")

S.h("上海排名", rank(HANS, "Shanghai"), tags="rank", chat="ho-fu-zh-prev", script="hans")
S.h("它后面一名是谁", neighbour(HANS, "Shanghai", 1), tags=f"{F} neighbour", chat="ho-fu-zh-prev")

S.h("教育排名前三", top(HANS, "edu", 3), tags="top", chat="ho-fu-zh-fourth", script="hans")
S.h("那第四呢", who_at(HANS, 4, "edu"), tags=f"{F} at_rank unpublished", chat="ho-fu-zh-fourth", script="hans")

S.h("香港排第幾", rank(HANT, "Hong Kong"), tags="rank", chat="ho-fu-hant")
S.h("它前面是誰", neighbour(HANT, "Hong Kong", -1), tags=f"{F} neighbour", chat="ho-fu-hant")
S.h("那教育呢", rank(HANT, "Hong Kong", "edu"), tags=f"{F} rank", chat="ho-fu-hant", script="hant")

S.h("where's LA", rank(EN, "Los Angeles"), tags="rank typo", chat="ho-fu-distance")
S.h(
    "and how many places from london",
    distance(EN, "London", "Los Angeles"),
    tags=f"{F} distance",
    chat="ho-fu-distance",
)
S.h("广州排第几", rank(HANS, "Guangzhou"), tags="rank unpublished", chat="ho-fu-zh-gz")
S.h("它是人才潜力城市吗", member(HANS, "Guangzhou", "potential"), tags=f"{F} yesno", chat="ho-fu-zh-gz")
S.h("科創前三名", top(HANT, "sci", 3), tags="top", chat="ho-fu-hant-sci", script="hant")
S.h("第四名是誰", who_at(HANT, 4, "sci"), tags=f"{F} at_rank unpublished", chat="ho-fu-hant-sci")
