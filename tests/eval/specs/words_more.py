"""More ordinary words and lead-ins, in other words than unknown_words.py: an overview asked in its own clause
("at a glance, where's HK"), a real city asked about with "in it" / "included", and "did anything change"."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, rank, real_outside, year

SHEET = Sheet(
    "words_more",
    "more ordinary words: an overview in its own clause, a real city 'in it', 'did anything change'",
    """
"At a glance, where's HK?": the lead-in asks for an overview of the city the next clause names; the reply is
about that city and never says it did not understand part of the question. "Is Madrid in it?": a real city
the results don't name gets no bare no (it may have been among the 30 evaluated). "Did anything change?" asks
about another edition, not who made the report.
""",
)
S = SHEET
NOT_UNDERSTOOD = "(not sure what you|didn.t understand|don.t understand)"

S.c("at a glance, where's hk", rank(EN, "Hong Kong"), no=[NOT_UNDERSTOOD], tags="rank")
S.c("overview please, tokyo", rank(EN, "Tokyo"), no=[NOT_UNDERSTOOD], tags="rank")
S.c("at a glance - shanghai", rank(EN, "Shanghai"), no=[NOT_UNDERSTOOD], tags="rank")

S.c("is madrid in it", real_outside(EN, "Madrid"), no=[EN.bare_no], tags="unknown_word unpublished")
S.c("is toronto included?", real_outside(EN, "Toronto"), no=[EN.bare_no], tags="unknown_word unpublished")
S.c("is seoul in the ranking?", real_outside(EN, "Seoul"), no=[EN.bare_no], tags="unknown_word unpublished")
S.c("首尔在里面吗", real_outside(HANS, "首尔"), no=[HANS.bare_no], tags="unknown_word unpublished")
S.c("did anything change", year(EN), no=["Elsevier", "compiled"], tags="year")
S.c("did anything change since last year?", year(EN), no=["Elsevier", "compiled"], tags="year")

# --- who made it, asked of a name that is no city ---------------------------------------------------------
MAKERS_EN = "(Elsevier|Tsinghua|Shenzhen International)"
S.c("was harvard involved?", Chk([MAKERS_EN], ["recogni[sz]e", "^\\W*yes"],
                                 ideal="The report was compiled by SISTIC, Tsinghua's CIDEG and Elsevier."),
    tags="meta")
S.c("is MIT behind it?", Chk([MAKERS_EN], ["recogni[sz]e", "^\\W*yes"],
                             ideal="The report was compiled by SISTIC, Tsinghua's CIDEG and Elsevier."), tags="meta")
S.c("was it made by elsevier alone?", Chk([EN.neg, MAKERS_EN, "Tsinghua"], [EN.bare_yes],
                                          ideal="No — Elsevier compiled it with SISTIC and Tsinghua's CIDEG."),
    tags="meta adversarial")
S.c("哈佛有参与吗", Chk(["(爱思唯尔|清华|深圳国际)"], ["没有理解", "不认识", "^\\W*是的"],
                    ideal="报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制。"),
    tags="meta")
