"""The basics: top-N of every list, including more than was published and the unordered lists."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, RANKED, ZH, group, talent_list, top, who_at

SHEET = Sheet(
    "tops",
    "top-N of every list (basics)",
    """
Top 1 to 10 overall, top 1 to 3 of education and sci-tech innovation, more than was published (top 5 in
education, top 15, all 30: the published part, and a plain statement that only it was published), the talent
top 10 (members only, no order; the five US cities unnamed) and the two groups.
""",
)
S = SHEET

# --- English ----------------------------------------------------------------------------------------
S.c("top 10", top(EN, "overall", 10), tags="top", ho=["show the top ten", "full top 10 list pls"])
S.c("top 3", top(EN, "overall", 3), tags="top", ho=["podium?"])
S.c("who's in the top 5?", top(EN, "overall", 5), tags="top", ho=["first five cities"])
S.c("top 2 cities", top(EN, "overall", 2), tags="top")
S.c("give me the top seven", top(EN, "overall", 7), tags="top")
S.c("top 4 overall", top(EN, "overall", 4), tags="top")
S.c("best city overall", top(EN, "overall", 1), tags="top", ideal="Top 1: 1. Boston.", ho=["who's number one overall"])
S.c("top 15", top(EN, "overall", 15), tags="top unpublished", ho=["list the top 15 cities"])
S.c(
    "all 30 cities ranked",
    top(EN, "overall", 30),
    tags="top unpublished adversarial",
    ho=["the full list of 30 please"],
)
S.c("top 3 in education", top(EN, "edu", 3), tags="top", ho=["education top three?"])
S.c("education top 5", top(EN, "edu", 5), tags="top unpublished", ho=["top five for education"])
S.c("best in education", top(EN, "edu", 1), tags="top", ideal="Education top 1: Boston (1st).")
S.c("top 2 in education", top(EN, "edu", 2), tags="top")
S.c("top 3 in sci-tech innovation", top(EN, "sci", 3), tags="top", ho=["innovation podium"])
S.c("innovation top 10", top(EN, "sci", 10), tags="top unpublished")
S.c("top 2 for innovation", top(EN, "sci", 2), tags="top")
S.c(
    "full education ranking",
    top(EN, "edu", 10),
    tags="top unpublished",
    ideal="Only the education top 3 was published: 1. Boston, 2. London, 3. Hong Kong.",
)
S.c(
    "Which cities are in the talent top 10?",
    talent_list(EN),
    tags="top unpublished",
    ho=["talent top ten list", "who made the talent top 10"],
)
S.c(
    "top 3 in talent",
    talent_list(EN),
    "(order|rank)",
    tags="top unpublished adversarial",
    ideal="The talent top 10 was published without an order, "
    "so there is no top 3. Its members: five US cities (not named) and five Chinese cities — Beijing, Shenzhen, "
    "Hong Kong, Guangzhou and Shanghai.",
)
S.c(
    "which cities have balanced basic and higher education",
    group(EN, "balanced"),
    tags="top",
    ho=["the balanced education cities?"],
)
S.c("cities with exceptional talent potential", group(EN, "potential"), tags="top", ho=["talent potential list"])

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("前十名", top(ZH, "overall", 10), tags="top")
S.h("总榜前十有哪些", top(HANS, "overall", 10), tags="top")
S.c("前三名是谁", top(HANS, "overall", 3), tags="top")
S.c("前五名", top(ZH, "overall", 5), tags="top")
S.c("前八名有哪些城市", top(ZH, "overall", 8), tags="top")
S.c("第一名是哪个城市", top(HANS, "overall", 1), tags="top", ideal="总榜第1名是波士顿。")
S.c("前二十名", top(ZH, "overall", 20), tags="top unpublished", ho=["前20名的城市"])
S.c("教育前三", top(ZH, "edu", 3), tags="top")
S.c("教育前五名", top(ZH, "edu", 5), tags="top unpublished")
S.c("科技前三名单", top(HANS, "sci", 3), tags="top typo")
S.c("科创前二", top(HANS, "sci", 2), tags="top", script="hans")
S.c("人才前十有哪些", talent_list(ZH), tags="top unpublished")
S.c(
    "人才前三是哪几个",
    talent_list(HANS),
    "(排序|顺序|排名)",
    tags="top unpublished adversarial",
    ideal="人才发展前十没有公布排序，所以没有前三。入选的有5座美国城市（报告未点名）和5座中国城市：北京、深圳、香港、"
    "广州、上海。",
)
S.c("教育均衡的城市有哪些", group(ZH, "balanced"), tags="top")
S.c("人才潜力突出的城市", group(HANS, "potential"), tags="top")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("總排名前十", top(HANT, "overall", 10), tags="top", ho=["前十名是哪幾個城市"])
S.c("前三名是誰", top(HANT, "overall", 3), tags="top")
S.c("前六名是哪幾個", top(HANT, "overall", 6), tags="top")
S.c("前九名是哪些", top(ZH, "overall", 9), tags="top")
S.c("全部30個城市的排名", top(HANT, "overall", 30), tags="top unpublished adversarial")
S.c("教育前三名是誰", top(HANT, "edu", 3), tags="top")
S.c("教育前十名單", top(HANT, "edu", 10), tags="top unpublished")
S.c("科技創新前三", top(HANT, "sci", 3), tags="top", ho=["科創前三名"])
S.c("人才發展前十", top(HANT, "talent", 10), tags="top unpublished")
S.c(
    "人才發展第一到第三",
    talent_list(HANT),
    "(排序|順序|排名)",
    tags="top unpublished adversarial",
    ideal="人才發展前十沒有公佈排序，所以沒有第一到第三。入選的有5座美國城市（報告未點名）和5座中國城市：北京、深圳、"
    "香港、廣州、上海。",
)
S.c("基礎教育和高等教育比較均衡的城市", group(HANT, "balanced"), tags="top")
S.c("人才潛力突出的城市有哪些", group(HANT, "potential"), tags="top")

# --- first place said alone: the one city there, not a list ------------------------------------------
S.c("first place?", who_at(EN, 1), tags="top")
S.c("number one?", who_at(EN, 1), tags="top")
S.c("no. 1 in education", who_at(EN, 1, "edu"), tags="top")
S.c("top spot in sci-tech?", who_at(EN, 1, "sci"), tags="top")
S.c("first place for innovation", who_at(EN, 1, "sci"), tags="top")

# --- a top read from its end: every city, last first ------------------------------------------------
def reversed_top(L, lst: str, n: int):
    ck = top(L, lst, n)
    shown = [L.name(c) for c in RANKED[lst][:n]][::-1]
    sep = ", " if L.code == "en" else "、"
    return Chk([L.city(c) for c in RANKED[lst][:n]], ck.no, shown, ideal=sep.join(shown))


S.c("list the top 10 in reverse order", reversed_top(EN, "overall", 10), tags="top")
S.c("top 5 from worst to best", reversed_top(EN, "overall", 5), tags="top")
S.c("前十名倒过来给我看", reversed_top(HANS, "overall", 10), tags="top")
S.c("教育前三反過來排", reversed_top(HANT, "edu", 3), tags="top")

# --- held out only -------------------------------------------------------------------------------------
S.h("top 6 plz", top(EN, "overall", 6), tags="top")
S.h("前七名", top(ZH, "overall", 7), tags="top")
S.h("科創前五", top(HANT, "sci", 5), tags="top unpublished")
S.h("前四名是哪几个", top(HANS, "overall", 4), tags="top")
S.h("教育前五名單", top(HANT, "edu", 5), tags="top unpublished")
