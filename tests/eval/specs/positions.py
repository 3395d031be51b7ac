"""Issue 11, point 2: positions and ranges, and what sits at a given place."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, range_, who_at

SHEET = Sheet(
    "positions",
    "positions and ranges (issue 11, point 2)",
    """
Places N to M, the bottom / middle of the published ten, who is at place N of a list. Past the end of
what was published (11th overall, 4th in education, any place in the unordered talent top 10) the
reply says it was not published and never names a city there.
""",
)
S = SHEET
NOT_LAST_OF_30 = (
    "(?<!not )(?<!not the )(last|lowest|bottom)\\W+(\\w+\\W+){0,2}(of|among|in|out of)\\W+(all\\W+)?(the\\W+)?(30|"
    "thirty)\\b"
)
TOKYO_DEAD_LAST = (
    "\\bTokyo\\s+(?:is|was|came|comes|ranks?|ranked|placed)\\s+(?:dead\\s+|the\\s+)?(?:last|lowest)\\b(?!\\s+(?:of|in|"
    "among|on)\\s+(?:the\\s+)?(?:published|top|ten|10|list|named))"
)


def last_of_all(L) -> Chk:
    """'Who came last?': the bottom of the 30 was not published; Tokyo is only the last of the published ten."""
    if L.code == "en":
        return Chk(
            [L.notpub, "(30|thirty|top[ -]?(10|ten))"],
            [NOT_LAST_OF_30, TOKYO_DEAD_LAST],
            ideal="The report didn't publish the full ranking of its 30 cities, "
            "so who came last isn't known. The last published place is 10th: Tokyo, which closes the top 10.",
        )
    tk = L.city("Tokyo")
    return Chk(
        [L.notpub, L.at("Tokyo", 10)],
        [
            f"{tk}(是|为|為)?(30|三十)(个|個|座)?(城市)?(中|里|裡)?(的)?(最后|最後|倒数第一|倒數第一)",
            f"(倒数第一|倒數第一)(的)?(是|为|為)\\s*{tk}",
        ],
        ideal="30座城市中排在最后的是谁，报告没有公布。公布的最后一名是第10名东京。"
        if L.code != "hant"
        else "30座城市中排在最後的是誰，報告沒有公佈。公佈的最後一名是第10名東京。",
    )


# --- English ----------------------------------------------------------------------------------------
S.c("places 6 to 10", range_(EN, 6, 10), tags="range", ho=["who is in 6th-10th place?"])
S.c(
    "the bottom three of the top ten",
    range_(EN, 8, 10),
    no=[NOT_LAST_OF_30],
    tags="range",
    ho=["last 3 of the top 10", "bottom 3 in the top ten pls"],
)
S.c("ranks 2-4", range_(EN, 2, 4), tags="range", ho=["positions two through four"])
S.c("what's between 5th and 9th place", range_(EN, 6, 8), tags="range", ho=["who is between 5th and 9th"])
S.c("top 10 positions 3 through 5?", range_(EN, 3, 5), tags="range")
S.c("middle of the top 10", range_(EN, 5, 6), tags="range")
S.c("whos in places 9 to 12", range_(EN, 9, 12), tags="range unpublished", ho=["show me 9th to 12th"])
S.c("positions 11-20 please", range_(EN, 11, 20), tags="range unpublished", ho=["and ranks 11 to 20?"])
S.c("2nd and 3rd in education?", range_(EN, 2, 3, "edu"), tags="range", ho=["education places 2 and 3"])
S.c("innovation places 1-3", range_(EN, 1, 3, "sci"), tags="range")
S.c("education 2nd to 5th", range_(EN, 2, 5, "edu"), tags="range unpublished")
S.c("who placed sixth?", who_at(EN, 6), tags="at_rank", ho=["6th place?"])
S.c("who's 7th", who_at(EN, 7), tags="at_rank", ho=["which city came seventh"])
S.c("number 1?", who_at(EN, 1), tags="at_rank", ho=["who's no. 1"])
S.c("whos at #9", who_at(EN, 9), tags="at_rank")
S.c("what city is ranked 4th overall", who_at(EN, 4), tags="at_rank")
S.c(
    "lowest ranked of the published ten",
    who_at(EN, 10),
    no=[NOT_LAST_OF_30],
    tags="at_rank",
    ho=["which is the lowest city in the top ten"],
)
S.c("who came last", last_of_all(EN), tags="at_rank unpublished adversarial", ho=["who is dead last overall?"])
S.c("who's number 2 for innovation", who_at(EN, 2, "sci"), tags="at_rank", ho=["second in sci-tech?"])
S.c("3rd place in sci-tech", who_at(EN, 3, "sci"), tags="at_rank")
S.c("who's 1st in edu", who_at(EN, 1, "edu"), tags="at_rank typo")
S.c("who's 4th in education", who_at(EN, 4, "edu"), tags="at_rank unpublished", ho=["4th place education?"])
S.c("5th in innovation?", who_at(EN, 5, "sci"), tags="at_rank unpublished")
S.c("who is 1st in talent", who_at(EN, 1, "talent"), tags="at_rank unpublished", ho=["top talent city?"])
S.c("who's 20th", who_at(EN, 20), tags="at_rank unpublished", ho=["20th place overall"])
S.c("who's ranked 30th out of the 30", who_at(EN, 30), tags="at_rank unpublished")
S.c("@citybot who's 3rd", who_at(EN, 3), tags="at_rank group_chat", ho=["@citybot third place?"])

# --- simplified Chinese ---------------------------------------------------------------------------------
S.c("第4到第6名是谁", range_(HANS, 4, 6), tags="range", script="hans", ho=["第四名到第六名是哪几个城市"])
S.c("前十里最后三名是谁", range_(HANS, 8, 10), tags="range", ho=["前十名的倒数三名"])
S.c("第五到第八名是哪几个", range_(HANS, 5, 8), tags="range", script="hans")
S.c("第11到第15名有哪些城市，给我列一下", range_(HANS, 11, 15), tags="range unpublished", script="hans")
S.c("第9到第12名是谁", range_(HANS, 9, 12), tags="range unpublished", script="hans")
S.c("第六名是谁", who_at(HANS, 6), tags="at_rank", ho=["排第六的是哪个城市"])
S.c("排名第二的城市是哪个", who_at(HANS, 2), tags="at_rank", script="hans")
S.c("第9名是哪个城市", who_at(HANS, 9), tags="at_rank")
S.c("公布的前十里排名最低的是谁", who_at(HANS, 10), tags="at_rank")
S.c("谁排最后", last_of_all(HANS), tags="at_rank unpublished adversarial")
S.c("第15名是谁", who_at(HANS, 15), tags="at_rank unpublished", ho=["排第十五的是谁"])
S.c("教育第二名是哪个城市", who_at(HANS, 2, "edu"), tags="at_rank", script="hans")
S.c("科创第四名是谁", who_at(HANS, 4, "sci"), tags="at_rank unpublished")
S.c("人才第一是谁", who_at(HANS, 1, "talent"), tags="at_rank unpublished", ho=["人才发展排第一的城市"])
S.c("@citybot 第三名是谁", who_at(HANS, 3), tags="at_rank group_chat")

# --- traditional Chinese ---------------------------------------------------------------------------------
S.c("第8名到第10名是誰", range_(HANT, 8, 10), tags="range", script="hant", ho=["前十名最後三個"])
S.c("第3到第5名有哪幾個", range_(HANT, 3, 5), tags="range", script="hant")
S.c("前十名中間的兩個是誰", range_(HANT, 5, 6), tags="range")
S.c("第6到第12名是哪幾個城市", range_(HANT, 6, 12), tags="range unpublished", script="hant")
S.c("教育第二名是哪裡", who_at(HANT, 2, "edu"), tags="at_rank", ho=["教育排第二的是哪個城市"])
S.c("第七名是誰", who_at(HANT, 7), tags="at_rank", ho=["排第七的城市是哪個"])
S.c("第1名是哪個城市", who_at(HANT, 1), tags="at_rank")
S.c("科技創新第三名", who_at(HANT, 3, "sci"), tags="at_rank")
S.c("教育第四名是誰", who_at(HANT, 4, "edu"), tags="at_rank unpublished")
S.c("第二十名是誰", who_at(HANT, 20), tags="at_rank unpublished")
S.c("人才發展第一名是哪個城市", who_at(HANT, 1, "talent"), tags="at_rank unpublished")
S.c("排名最後的是哪個城市", last_of_all(HANT), tags="at_rank unpublished adversarial", ho=["誰是最後一名"])

# --- held out only ------------------------------------------------------------------------------------
S.h("4th to 7th?", range_(EN, 4, 7), tags="range")
S.h("排名第八的是哪个", who_at(HANS, 8), tags="at_rank", script="hans")
S.h("第2到第4名是誰", range_(HANT, 2, 4), tags="range", script="hant")
S.h("第三到第五名是谁", range_(HANS, 3, 5), tags="range")
S.h("第七名到第九名有哪幾個", range_(HANT, 7, 9), tags="range", script="hant")
S.h("科創第五名是誰", who_at(HANT, 5, "sci"), tags="at_rank unpublished")
S.h("教育第三是哪个城市", who_at(HANS, 3, "edu"), tags="at_rank")
