"""Probe: top-N of every list, more than was published, and the unordered lists, in other words."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, ZH, group, talent_list, top

SHEET = Sheet(
    "pr_tops",
    "top-N of every list, other wording",
    """
"gimme the top 10", "name the first three", "the best five", "sci-tech leaders", "the full 30", "talent top ten in
order". More than was published gets the published part and a plain "only N were published"; the talent top 10
gets its members, with the five US cities unnamed and no order.
""",
)
S = SHEET
T = "top"

# --- English ----------------------------------------------------------------------------------------
S.c("gimme the top 10 rn", top(EN, "overall", 10), tags=T)
S.c("name the first three", top(EN, "overall", 3), tags=T)
S.c("the five best cities in the ranking?", top(EN, "overall", 5), tags=T)
S.c("who makes up the top 8", top(EN, "overall", 8), tags=T)
S.c("education's top four?", top(EN, "edu", 4), tags=f"{T} unpublished")
S.c("sci-tech leaders, top 3", top(EN, "sci", 3), tags=T)
S.c("give me the full 30, ranked", top(EN, "overall", 30), tags=f"{T} unpublished adversarial")
S.c("top dozen overall", top(EN, "overall", 12), tags=f"{T} unpublished")
S.c(
    "just the number one in sci-tech",
    top(EN, "sci", 1),
    tags=T,
    ideal="Sci-tech innovation top 1: San Francisco (1st).",
)
S.c(
    "talent top ten, in order please",
    talent_list(EN),
    "(order|rank)",
    tags=f"{T} unpublished adversarial",
    ideal="It has no order: the talent top 10 was published as a list of members — five US cities (not named) and "
    "five Chinese cities: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai.",
)
S.c("which cities have strong talent potential?", group(EN, "potential"), tags=T)
S.c("cities w/ balanced basic & higher ed", group(EN, "balanced"), tags=f"{T} typo")
S.c("innovation's top six?", top(EN, "sci", 6), tags=f"{T} unpublished")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("总榜前十都有谁", top(HANS, "overall", 10), tags=T)
S.c("排名前四的城市有哪些", top(ZH, "overall", 4), tags=T)
S.c("前十二名给我看看", top(HANS, "overall", 12), tags=f"{T} unpublished", script="hans")
S.c("教育榜前两名是谁", top(HANS, "edu", 2), tags=T)
S.c("科创前十名单", top(HANS, "sci", 10), tags=f"{T} unpublished")
S.c(
    "人才前十按名次排一下",
    talent_list(ZH),
    "(排序|顺序|順序|排名|名次)",
    tags=f"{T} unpublished adversarial",
    ideal="人才发展前十没有公布名次，只有名单：5座美国城市（报告未点名）和5座中国城市——北京、深圳、香港、广州、上海。",
)
S.c("基础教育和高等教育都比较均衡的是哪几个城市", group(HANS, "balanced"), tags=T)

S.c("总榜前六名给我", top(HANS, "overall", 6), tags=T)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("總榜前三甲是哪幾個", top(HANT, "overall", 3), tags=T)
S.c("前七名有邊啲城市", top(HANT, "overall", 7), tags=T, script="hant")
S.c("教育排名前五有哪幾個", top(HANT, "edu", 5), tags=f"{T} unpublished")
S.c("科創排名前二", top(HANT, "sci", 2), tags=T)
S.c("人才潛力特別突出的是哪幾個城市", group(HANT, "potential"), tags=T)
