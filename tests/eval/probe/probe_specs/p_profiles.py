"""Probe: everything the report says about one city, asked in other words."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, profile

SHEET = Sheet(
    "pr_profiles",
    "a city's profile, other wording",
    """
"What's the lowdown on X", "X's report card", "sum up X", "X全方位表现", "講下X": its overall rank (or that it is
outside the published top 10), education and sci-tech ranks where published, talent top 10 membership (known for
the Chinese five, London and Tokyo; unknown for the US five) and the two groups. Nothing the report did not say.
""",
)
S = SHEET
P = "profile"

# --- English ----------------------------------------------------------------------------------------
S.c("what's the lowdown on beijing", profile(EN, "Beijing"), tags=P)
S.c("give me everything you've got on New York", profile(EN, "New York"), tags=P)
S.c("sum up london's results for me", profile(EN, "London"), tags=P)
S.c("how did guangzhou do in this report, all lists", profile(EN, "Guangzhou"), tags=f"{P} unpublished")
S.c("Seattle: full breakdown", profile(EN, "Seattle"), tags=f"{P} unpublished")
S.c("tokyo's report card?", profile(EN, "Tokyo"), tags=P)
S.c("what's shanghai's story in the report", profile(EN, "Shanghai"), tags=P)
S.c("san francisco across every list?", profile(EN, "San Francisco"), tags=f"{P} unpublished")
S.c("rundown on hk pls", profile(EN, "Hong Kong"), tags=f"{P} typo")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("北京在这份报告里的全方位表现", profile(HANS, "Beijing"), tags=P)
S.c("纽约都上了哪些榜", profile(HANS, "New York"), tags=P)
S.c("香港各方面排名汇总一下", profile(HANS, "Hong Kong"), tags=P, script="hans")
S.c("洛杉矶这个城市报告怎么评价", profile(HANS, "Los Angeles"), tags=P)
S.c("广州都有哪些亮点", profile(HANS, "Guangzhou"), tags=P)
S.c("旧金山的成绩单", profile(HANS, "San Francisco"), tags=P)

S.c("西雅图有啥亮点没", profile(HANS, "Seattle"), tags=P)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("講下深圳喺報告入面嘅表現", profile(HANT, "Shenzhen"), tags=P)
S.c("東京各項成績如何", profile(HANT, "Tokyo"), tags=P)
S.c("上海在報告中拿到哪些名次", profile(HANT, "Shanghai"), tags=P)
S.c("波士頓的完整成績", profile(HANT, "Boston"), tags=P)
