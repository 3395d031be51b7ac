"""Probe: several neighbours at once, what a group's name means, yes / no in tag and false-premise shapes."""

from casebook import Chk, Sheet
from specs._facts import EN, HANS, HANT, group

from probe_specs._common import member_p, ranged

SHEET = Sheet(
    "pr_nearby",
    "several neighbours, group meanings, yes / no shapes",
    """
"The 2 cities after Beijing", "which three come before London", "排在伦敦前两位的是谁" (the two just ahead of London,
not the top two), "the next two after Seattle": the nearest cities on that side, as far as published. "What does
talent potential mean": the group the report names, not the index. Tag questions and false premises answered
with the fact.
""",
)
S = SHEET
N, Y, M = "neighbour", "yesno", "meta"

# --- several neighbours: English -------------------------------------------------------------------------
S.c("who are the 2 cities after beijing", ranged(EN, 4, 5),
    ideal="The 2 cities just below Beijing (3rd overall): 4th London, 5th New York.", tags=N)
S.c("which two cities come before london", ranged(EN, 2, 3),
    ideal="The 2 cities just above London (4th overall): 2nd San Francisco, 3rd Beijing.", tags=N)
S.c("name 3 cities after la", ranged(EN, 7, 9),
    ideal="The 3 cities just below Los Angeles (6th overall): 7th Seattle, 8th Shanghai, 9th Hong Kong.",
    tags=f"{N} typo")
S.c("who are the next two after seattle", ranged(EN, 8, 9),
    ideal="The 2 cities just below Seattle (7th overall): 8th Shanghai, 9th Hong Kong.", tags=N)
S.c("what 3 cities rank right behind new york?", ranged(EN, 6, 8),
    ideal="The 3 cities just below New York (5th overall): 6th Los Angeles, 7th Seattle, 8th Shanghai.", tags=N)
S.c("the 3 cities after shanghai", ranged(EN, 9, 10),
    ideal="The 2 cities just below Shanghai (8th overall): 9th Hong Kong, 10th Tokyo. That is as far as was "
    "published: only the overall top 10 was released.", tags=f"{N} unpublished")
S.c("which 3 cities are ahead of beijing", ranged(EN, 1, 2),
    ideal="Only 2 cities rank above Beijing overall: 1st Boston, 2nd San Francisco.", tags=N)
S.c("two cities directly above hong kong pls", ranged(EN, 7, 8),
    ideal="The 2 cities just above Hong Kong (9th overall): 7th Seattle, 8th Shanghai.", tags=N)

# --- several neighbours: Chinese -------------------------------------------------------------------------
S.c("排在伦敦前两位的是谁", ranged(HANS, 2, 3),
    ideal="综合排名中排在伦敦（第4）前面最近的2座城市：第2名旧金山、第3名北京。", tags=f"{N} adversarial")
S.c("伦敦后面的两个城市是谁", ranged(HANS, 5, 6),
    ideal="综合排名中紧随伦敦（第4）之后的2座城市：第5名纽约、第6名洛杉矶。", tags=N)
S.c("北京后面三个城市是哪些", ranged(HANS, 4, 6),
    ideal="综合排名中紧随北京（第3）之后的3座城市：第4名伦敦、第5名纽约、第6名洛杉矶。", tags=N)
S.c("排在西雅图后面的两个城市", ranged(HANS, 8, 9),
    ideal="综合排名中紧随西雅图（第7）之后的2座城市：第8名上海、第9名香港。", tags=N)
S.c("倫敦後面兩個城市", ranged(HANT, 5, 6),
    ideal="綜合排名中緊隨倫敦（第4）之後的2座城市：第5名紐約、第6名洛杉磯。", tags=N)
S.c("排在東京前面嘅三個城市係邊個", ranged(HANT, 7, 9),
    ideal="綜合排名中排在東京（第10）前面最近的3座城市：第7名西雅圖、第8名上海、第9名香港。", tags=N)
S.c("排喺上海前兩位嘅係邊個", ranged(HANT, 6, 7),
    ideal="綜合排名中排在上海（第8）前面最近的2座城市：第6名洛杉磯、第7名西雅圖。", tags=f"{N} adversarial")

# --- what a group's name means ------------------------------------------------------------------------
S.c("what does talent potential mean", group(EN, "potential"), tags=M)
S.c("what's 'exceptional talent potential' in this report?", group(EN, "potential"), tags=M)
S.c("what does balanced education mean here", group(EN, "balanced"), tags=M)
S.c("人才潜力是什么意思", group(HANS, "potential"), tags=M)
S.c("人才潜力突出指的是什么", group(HANS, "potential"), tags=M)
S.c("人才潛力係咩意思", group(HANT, "potential"), tags=M)
S.c("基礎教育與高等教育均衡是什麼意思", group(HANT, "balanced"), tags=M)

# --- yes / no shapes ---------------------------------------------------------------------------------------
S.c("boston leads in education, doesn't it?", Chk([EN.yes, EN.at("Boston", 1)], [EN.bare_no]),
    ideal="Yes — Boston is 1st in education.", tags=Y)
S.c("hk made the education top 3, didn't it", member_p(EN, "Hong Kong", "edu"), tags=f"{Y} typo")
S.c("香港有冇入到教育三甲呀", member_p(HANT, "Hong Kong", "edu"), tags=Y)
S.c("伦敦是不是进了科创前三", member_p(HANS, "London", "sci"), tags=f"{Y} adversarial")
S.c("boston tops education, doesnt it", Chk([EN.yes, EN.at("Boston", 1)], [EN.bare_no]),
    ideal="Yes — Boston is 1st in education.", tags=f"{Y} typo")
S.c("sf leads innovation doesn't it?", Chk([EN.yes, EN.at("San Francisco", 1)], [EN.bare_no]),
    ideal="Yes — San Francisco is 1st in sci-tech innovation.", tags=Y)

# --- what the report holds -------------------------------------------------------------------------------
S.c("whats in the report?", Chk([EN.city("Boston"), "(?i)north american|higher education"], [EN.bare_yes]),
    ideal="Main findings: Boston, San Francisco and Beijing lead overall; North American cities perform best in "
    "sci-tech innovation; Chinese cities are an emerging force in global higher education.", tags=M)
S.c("what is in this report exactly", Chk([EN.city("Boston"), "(?i)north american|higher education"], [EN.bare_yes]),
    ideal="Main findings: Boston, San Francisco and Beijing lead overall; North American cities perform best in "
    "sci-tech innovation.", tags=M)
S.c("报告里有什么", Chk([HANS.city("Boston"), "北美|高等教育"], []),
    ideal="主要结论：综合排名前三为波士顿、旧金山、北京。北美城市在科技创新方面整体表现最好。", tags=M)
S.c("報告入面有啲咩", Chk([HANT.city("Boston"), "北美|高等教育"], []),
    ideal="主要結論：綜合排名前三為波士頓、舊金山、北京。北美城市在科技創新方面整體表現最好。", tags=M)

# --- editions and dates ----------------------------------------------------------------------------------
S.c("是不是2025年的报告", Chk(["只有2025"], ["2024年的排名", "2026年的排名"]),
    ideal="是的，我的数据中只有2025年的报告（2025年1月24日发布）。", tags="year")
S.c("這是2025年的報告嗎", Chk(["只有2025"], ["2024年的排名"]),
    ideal="是的，我的數據中只有2025年的報告（2025年1月24日發佈）。", tags="year")
S.c("was the report released in january", Chk(["(?i)24 january 2025|january 24"], ["(?i)compiled by"]),
    ideal="Yes — it was released on Friday, 24 January 2025.", tags=M)
S.c("was it published in march?", Chk(["(?i)24 january 2025|january 24"], ["(?i)compiled by", EN.bare_yes]),
    ideal="No — it was released on 24 January 2025.", tags=f"{M} adversarial")
