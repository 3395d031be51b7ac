"""Probe: several questions in one message, in other shapes (slashes, 'plus', 'then', 'also')."""

from casebook import Chk, Sheet
from specs._facts import (
    EN,
    HANS,
    HANT,
    compare,
    distance,
    makers,
    rank,
    real_outside,
    released,
    several,
    thirty,
    top,
)
from specs.multi import fits

from probe_specs._common import either, last_of_all_p, medal, member_p, neighbour_p, who_at_p

SHEET = Sheet(
    "pr_multi",
    "several questions in one message, other wording",
    """
Two or three questions in one message, joined by 'and', 'plus', 'then', '/', '？'. Each part is answered,
in one reply that fits a phone screen; the checks are the union of the parts' checks.
""",
)
S = SHEET
M = "multi"


def last_of_top10(L) -> Chk:
    """'And the last one?': the bottom of the 30 was not published; Tokyo closes the published ten (said as
    not published, or as the last of the published / top ten)."""
    ck = last_of_all_p(L)
    qualifier = "(公布的|公佈的|前十|前10)[^。\\n]{0,12}(最后|最後|末位)"
    ck.must = [either(L.notpub, qualifier) if m == L.notpub else m for m in ck.must]
    return ck


# --- English ----------------------------------------------------------------------------------------
S.c(
    "who's runner-up overall, and who's runner-up in education?",
    fits(several(medal(EN, 2), medal(EN, 2, "edu"))),
    ideal="Overall the runner-up is San Francisco (2nd); in education it's London (2nd).",
    tags=f"{M} at_rank",
)
S.c(
    "tokyo rank? hk rank? gap between them?",
    fits(several(distance(EN, "Hong Kong", "Tokyo"))),
    tags=f"{M} distance typo",
)
S.c(
    "when did it come out, and does it really cover 30 cities?",
    fits(several(released(EN), thirty(EN))),
    no=[EN.bare_no],
    ideal="It was released on Friday 24 January 2025. Yes — 30 cities were evaluated, though only part of the "
    "results was published.",
    tags=f"{M} meta",
)
S.c(
    "is boston #1 in edu? and in innovation?",
    fits(
        several(
            member_p(EN, "Boston", "edu"),
            Chk(
                [EN.at("Boston", 2), "(sci|innov|tech)"],
                [
                    *EN.wrong_rank("Boston", 2, "sci"),
                    "^\\W*(yes|yeah|yep|correct)\\b[^.\\n]{0,3}[.,!:—–-]?\\s*Boston\\s+(ranks|is|was|comes)\\s+(2nd|second)",
                ],
            ),
        )
    ),
    ideal="Education: yes, Boston is 1st. Innovation: no — Boston is 2nd in sci-tech innovation; San Francisco is 1st.",
    tags=f"{M} yesno typo",
)
S.c(
    "top 3 overall plus the bronze in innovation",
    fits(several(top(EN, "overall", 3), medal(EN, 3, "sci"))),
    ideal="Top 3: 1. Boston, 2. San Francisco, 3. Beijing. The sci-tech innovation bronze also goes to Beijing (3rd "
    "in sci-tech innovation).",
    tags=f"{M} top",
)
S.c(
    "where do shenzhen and guangzhou sit overall, and are they in the talent top 10?",
    fits(
        several(
            rank(EN, "Shenzhen"),
            rank(EN, "Guangzhou"),
            member_p(EN, "Shenzhen", "talent"),
            member_p(EN, "Guangzhou", "talent"),
        )
    ),
    ideal="Shenzhen isn't in the published overall top 10, so its exact rank wasn't published; Guangzhou isn't in "
    "the published overall top 10 either, and its rank wasn't published. Yes — Shenzhen is one of the five Chinese "
    "cities in the talent top 10, and Guangzhou is one of the five Chinese cities in the talent top 10 too (no order "
    "was published).",
    tags=f"{M} rank unpublished",
)
S.c(
    "who made this thing, and what's the index called?",
    fits(several(makers(EN), Chk(["(SET|Education, Science|education, sci)"]))),
    ideal="It was compiled by the Shenzhen International Science and Technology Information Center, Tsinghua "
    "University's CIDEG and Elsevier. The index is the SET Index — the collaborative development index of "
    "education, sci-tech and talent.",
    tags=f"{M} meta",
)
S.c(
    "is Paris in it? and Berlin?",
    fits(several(real_outside(EN, "Paris"), real_outside(EN, "Berlin"))),
    ideal="Paris isn't in the published results — it's not in the overall top 10, and its rank wasn't published. "
    "Berlin isn't in the published results either — it's not in the overall top 10, and its rank wasn't published.",
    tags=f"{M} unknown_word",
)
S.c(
    "compare nyc and la, then tell me who's 10th",
    fits(several(compare(EN, "New York", "Los Angeles"), who_at_p(EN, 10))),
    tags=f"{M} compare typo",
)
S.c(
    "how many US cities in the top 10 / how many in the talent top 10",
    fits(
        several(
            Chk(["(\\b5\\b|five)[^.\\n]{0,40}(US|U\\.S\\.|American)"]),
            Chk(["talent[^.\\n]{0,60}(\\b5\\b|five)|(\\b5\\b|five)[^.\\n]{0,60}talent"], EN.talent_us_guards()),
        )
    ),
    ideal="There are 5 US cities in the top 10: Boston, San Francisco, New York, Los Angeles and Seattle. The talent "
    "top 10 also has five US cities, but the report doesn't name them.",
    tags=f"{M} aggregate unpublished",
)
S.c(
    "edu podium, innovation podium, and which city is on both",
    fits(several(top(EN, "edu", 3), top(EN, "sci", 3))),
    "(Boston[^.\\n]{0,40}(both|each|two)|(both|each)[^.\\n]{0,40}Boston)",
    ideal="Education top 3: 1. Boston, 2. London, 3. Hong Kong. Sci-tech innovation top 3: 1. San Francisco, "
    "2. Boston, 3. Beijing. Boston is on both.",
    tags=f"{M} setop",
)
S.c(
    "seattle's spot + who's just above it",
    fits(several(rank(EN, "Seattle"), neighbour_p(EN, "Seattle", -1))),
    ideal="Seattle is 7th overall. Just above it: Los Angeles, 6th.",
    tags=f"{M} neighbour",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "总榜亚军是谁？教育亚军呢？",
    fits(several(medal(HANS, 2), medal(HANS, 2, "edu"))),
    ideal="总榜第2名是旧金山；教育第2名是伦敦。",
    tags=f"{M} at_rank",
)
S.c(
    "深圳在人才前十吗，总榜呢",
    fits(several(member_p(HANS, "Shenzhen", "talent"), rank(HANS, "Shenzhen"))),
    tags=f"{M} yesno unpublished",
)
S.c(
    "报告啥时候出的，一共评了多少城市",
    fits(several(released(HANS), thirty(HANS))),
    tags=f"{M} meta",
)
S.c(
    "科创前三是谁？其中有中国城市吗？",
    fits(several(top(HANS, "sci", 3))),
    "(有|北京)",
    ideal="科技创新前三：旧金山、波士顿、北京。有，北京是其中唯一的中国城市（第3名）。",
    tags=f"{M} top",
)
S.c(
    "巴黎和首尔上榜了吗",
    fits(several(real_outside(HANS, "巴黎"), real_outside(HANS, "首尔"))),
    no=[HANS.bare_yes],
    ideal="公布的结果中没有巴黎：它不在总榜前十，具体排名未公布。首尔也不在公布的结果中：它不在总榜前十，具体排名未公布。",
    tags=f"{M} unknown_word",
)
S.c(
    "纽约和洛杉矶谁高，差几名",
    fits(several(compare(HANS, "New York", "Los Angeles"), distance(HANS, "New York", "Los Angeles"))),
    ideal="纽约更高：总榜纽约第5名，洛杉矶第6名，相差1位。",
    tags=f"{M} compare distance",
)
S.c(
    "第一名是谁？最后一名呢？",
    fits(several(who_at_p(HANS, 1), last_of_top10(HANS))),
    ideal="总榜第1名是波士顿。公布的前十中最后一名是东京（第10名）；30座城市的完整排名未公布。",
    tags=f"{M} at_rank unpublished",
)

S.c(
    "东京第几？它后面还有谁？",
    fits(several(neighbour_p(HANS, "Tokyo", 1))),
    tags=f"{M} neighbour unpublished",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "香港教育第幾？科創有冇入前三？",
    fits(several(rank(HANT, "Hong Kong", "edu"), member_p(HANT, "Hong Kong", "sci"))),
    ideal="香港教育排名第3。科技創新方面，香港不在科技創新前三（舊金山、波士頓、北京）之列。",
    tags=f"{M} rank",
)
S.c(
    "誰編的報告？幾時發佈？",
    fits(several(makers(HANT), released(HANT))),
    tags=f"{M} meta",
)
S.c(
    "前五名是誰，倫敦在第幾",
    fits(several(top(HANT, "overall", 5), rank(HANT, "London"))),
    tags=f"{M} top",
)
S.c(
    "台北同首爾有冇上榜？",
    fits(several(real_outside(HANT, "(?:台北|臺北)", "台北"), real_outside(HANT, "首爾"))),
    no=[HANT.bare_yes],
    ideal="公佈的結果中沒有台北：它不在總排名前十，具體排名未公佈。首爾也不在公佈的結果中：它不在總排名前十，具體排名未公佈。",
    tags=f"{M} unknown_word",
)
S.c(
    "北京排第幾？同上海差幾名？",
    fits(several(distance(HANT, "Beijing", "Shanghai"))),
    tags=f"{M} distance",
)
