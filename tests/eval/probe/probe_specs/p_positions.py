"""Probe: positions and ranges ("bronze", "runner-up", "bottom of the list", "spots 3 thru 6")."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT
from specs.positions import NOT_LAST_OF_30

from probe_specs._common import last_of_all_p, medal, ranged, who_at_p

SHEET = Sheet(
    "pr_positions",
    "positions and ranges, other wording",
    """
Who took bronze / silver, who is the runner-up, who sits at the bottom of the published ten, spots N thru M.
Past the end of what was published (11th and beyond, 4th in education or sci-tech, any place inside the
unordered talent top 10, the bottom of all 30) the reply says it was not published and names nobody there.
""",
)
S = SHEET
R, A = "range", "at_rank"

# --- English: ranges -------------------------------------------------------------------------------------
S.c("who fills spots 3 thru 6", ranged(EN, 3, 6), tags=R)
S.c("list #7 to #10 for me", ranged(EN, 7, 10), tags=R)
S.c("the back half of the top ten?", ranged(EN, 6, 10), tags=R)
S.c("Which cities hold 4th and 5th?", ranged(EN, 4, 5), tags=R)
S.c("gimme everything from 8th down to 12th", ranged(EN, 8, 12), tags=f"{R} unpublished")
S.c(
    "positions fifteen to twenty-five, please",
    ranged(EN, 15, 25),
    ideal="Places 15–25 weren't published: the report gives only the top 10, which ends with Tokyo, 10th.",
    tags=f"{R} unpublished adversarial",
)
S.c("education: 1st and 2nd?", ranged(EN, 1, 2, "edu"), tags=R)
S.c(
    "sci-tech spots 2 through 4",
    ranged(EN, 2, 4, "sci"),
    ideal="Sci-tech innovation: 2nd Boston, 3rd Beijing. 4th place wasn't published (only the top 3).",
    tags=f"{R} unpublished",
)
S.c("who sits in the 5-7 band", ranged(EN, 5, 7), tags=R)
S.c("the top ten minus the podium", ranged(EN, 4, 10), no=[NOT_LAST_OF_30], tags=R)

# --- English: at a rank -----------------------------------------------------------------------------------
S.c("who took bronze overall?", medal(EN, 3), tags=A)
S.c("and the runner-up is...?", medal(EN, 2), tags=A)
S.c("who's at the bottom of the top ten", who_at_p(EN, 10), no=[NOT_LAST_OF_30], tags=A)
S.c("#5 is who", who_at_p(EN, 5), tags=A)
S.c("which city landed in eighth", who_at_p(EN, 8), tags=A)
S.c("who grabbed silver in education?", medal(EN, 2, "edu"), tags=A)
S.c("the bronze for sci-tech goes to...", medal(EN, 3, "sci"), tags=A)
S.c("who's at the bottom of the list", who_at_p(EN, 10), no=[NOT_LAST_OF_30], tags=A)
S.c("who tops the sci-tech list?", who_at_p(EN, 1, "sci"), tags=A)
S.c("who's ranked twelfth", who_at_p(EN, 12), tags=f"{A} unpublished")
S.c("whos the 4th best city for innovation", who_at_p(EN, 4, "sci"), tags=f"{A} unpublished")
S.c("who is #2 on the talent list", who_at_p(EN, 2, "talent"), tags=f"{A} unpublished adversarial")
S.c("who holds the top spot in education", who_at_p(EN, 1, "edu"), tags=A)
S.c("Which city came in ninth?", who_at_p(EN, 9), tags=A)
S.c("@citybot who's sitting at number 4", who_at_p(EN, 4), tags=A)
S.c("who finished at the very bottom of all thirty", last_of_all_p(EN), tags=f"{A} unpublished adversarial")

# --- simplified Chinese ---------------------------------------------------------------------------------
S.c("第三到第六名都有谁", ranged(HANS, 3, 6), tags=R, script="hans")
S.c("前十名的后五名是哪几个", ranged(HANS, 6, 10), tags=R)
S.c("排第七、第八的是哪两个城市", ranged(HANS, 7, 8), tags=R, script="hans")
S.c("第10到第13名分别是谁", ranged(HANS, 10, 13), tags=f"{R} unpublished", script="hans")
S.c("第二十名到第三十名给我列出来", ranged(HANS, 20, 30), tags=f"{R} unpublished adversarial", script="hans")
S.c("教育榜第二第三名是哪两个", ranged(HANS, 2, 3, "edu"), tags=R)
S.c("总榜季军是谁", medal(HANS, 3), tags=A, script="hans")
S.c("亚军是哪个城市", medal(HANS, 2), tags=A, script="hans")
S.c("第五名落在哪个城市头上", who_at_p(HANS, 5), tags=A, script="hans")
S.c("前十垫底的是谁", who_at_p(HANS, 10), no=[NOT_LAST_OF_30], tags=A, script="hans")
S.c("排第十二的城市叫什么", who_at_p(HANS, 12), tags=f"{A} unpublished", script="hans")
S.c("教育排名的冠军是哪个", who_at_p(HANS, 1, "edu"), tags=A, script="hans")
S.c("科技创新排第二的是谁", who_at_p(HANS, 2, "sci"), tags=A, script="hans")
S.c("人才榜的第三名是哪个城市", who_at_p(HANS, 3, "talent"), tags=f"{A} unpublished adversarial", script="hans")

S.c("排第九的是谁呀", who_at_p(HANS, 9), tags=A)
S.c("教育榜季军是谁", medal(HANS, 3, "edu"), tags=A, script="hans")

# --- traditional Chinese ---------------------------------------------------------------------------------
S.c("第五到第七名是哪幾個城市", ranged(HANT, 5, 7), tags=R, script="hant")
S.c("前十名的前半段是誰", ranged(HANT, 1, 5), tags=R)
S.c("第九名到第十一名有誰", ranged(HANT, 9, 11), tags=f"{R} unpublished", script="hant")
S.c("科技創新頭三名是誰", ranged(HANT, 1, 3, "sci"), tags=R)
S.c("總排名亞軍是哪個城市", medal(HANT, 2), tags=A)
S.c("排第八嘅係邊個", who_at_p(HANT, 8), tags=A)
S.c("教育季軍是哪裡", medal(HANT, 3, "edu"), tags=A, script="hant")
S.c("誰排第十四", who_at_p(HANT, 14), tags=f"{A} unpublished", script="hant")
S.c("科創第四名是哪一個", who_at_p(HANT, 4, "sci"), tags=f"{A} unpublished", script="hant")
S.c("三十個城市裡墊底的是誰", last_of_all_p(HANT), tags=f"{A} unpublished adversarial")
