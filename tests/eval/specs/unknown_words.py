"""Issue 11, point 9: ordinary words, real cities not in the results, invented places, list abbreviations."""

from casebook import Chk, Sheet

from specs._facts import (
    EN,
    HANS,
    HANT,
    ZH,
    compare,
    distance,
    invented,
    neighbour,
    profile,
    rank,
    real_outside,
    several,
    top,
    who_at,
    year,
)

SHEET = Sheet(
    "unknown_words",
    "unknown words (issue 11, point 9)",
    """
An ordinary word ("lowest", "places", "share", "next", "glance", "anything", "stronger", "change") is never
taken for a city. A real city the results don't mention gets "not in the published results" (never "did you
mean Beijing?", never a claim about the 30 evaluated). An invented place is named back as not recognised,
with no rank. Abbreviations of lists (edu, innov, sci-tech, R&D, 科技, 研发) are lists.
""",
)
S = SHEET


def plain(L, *words):
    out = []
    for w in words:
        out += L.word_not_city(w)
    return out


# --- English: ordinary words -------------------------------------------------------------------------
S.c(
    "which city is the lowest in the top 10",
    who_at(EN, 10),
    no=plain(EN, "lowest"),
    tags="unknown_word at_rank",
    ideal="Tokyo — 10th, the last of the published top 10.",
    ho=["lowest one in the top ten?"],
)
S.c(
    "how many places between Boston and LA",
    distance(EN, "Boston", "Los Angeles"),
    no=plain(EN, "places"),
    tags="unknown_word distance typo",
)
S.c(
    "what's the US share of the top 10?",
    "(50\\s?%|\\bhalf\\b|\\b5\\b (of|out of)|five (of|out of))",
    no=plain(EN, "share"),
    ideal="Half: 5 of the 10 are US cities (50%).",
    tags="unknown_word aggregate",
    ho=["us share of the top ten"],
)
S.c("who is next after Seattle", neighbour(EN, "Seattle", 1), no=plain(EN, "next"), tags="unknown_word neighbour")
S.c("who's before Seattle?", neighbour(EN, "Seattle", -1), no=plain(EN, "before"), tags="unknown_word neighbour")
S.c(
    "boston at a glance",
    profile(EN, "Boston"),
    no=plain(EN, "glance"),
    tags="unknown_word profile",
    ho=["quick glance at boston pls"],
)
S.c("anything on shenzhen?", profile(EN, "Shenzhen"), no=plain(EN, "anything"), tags="unknown_word profile")
S.c(
    "how many spots between tokyo and hong kong",
    distance(EN, "Tokyo", "Hong Kong"),
    no=plain(EN, "spots"),
    tags="unknown_word distance",
)
S.c(
    "is beijing stronger than shanghai",
    compare(EN, "Beijing", "Shanghai"),
    no=plain(EN, "stronger"),
    tags="unknown_word compare",
    ho=["beijing stronger or shanghai?"],
)
S.c(
    "did london's ranking change",
    year(EN, "London"),
    EN.at("London", 4),
    no=plain(EN, "change"),
    ideal="I only have the 2025 edition, so I can't say how London's position changed. In 2025 London is 4th.",
    tags="unknown_word year",
)
S.c(
    "give me the overview",
    "(Boston|top[ -]?(10|ten))",
    no=plain(EN, "overview"),
    ideal="The 2025 report's overall top 10: 1. Boston, 2. San Francisco, 3. Beijing, 4. London, 5. New York, "
    "6. Los Angeles, 7. Seattle, 8. Shanghai, 9. Hong Kong, 10. Tokyo.",
    tags="unknown_word top",
)
S.c(
    "which one is better, boston or london",
    compare(EN, "Boston", "London"),
    no=plain(EN, "better", "one"),
    tags="unknown_word compare",
)

# --- English: real cities not in the results ----------------------------------------------------------------
S.c("berlin?", real_outside(EN, "Berlin"), tags="unknown_word", ho=["berlin rank"])
S.c("how about toronto", real_outside(EN, "Toronto"), tags="unknown_word", ho=["and toronto, where is it"])
S.c("where does Singapore rank", real_outside(EN, "Singapore"), tags="unknown_word", ho=["singapore ranking?"])
S.c("seoul?", real_outside(EN, "Seoul"), no=["Seattle\\s+(is|ranks?|ranked)\\s+(7th|seventh)"], tags="unknown_word")
S.c(
    "is paris in the top 10",
    real_outside(EN, "Paris"),
    no=[EN.bare_yes],
    tags="unknown_word yesno",
    ho=["did paris make the top ten?"],
)
S.c("chicago ranking pls", real_outside(EN, "Chicago"), tags="unknown_word")
S.c("what about sydney in education", real_outside(EN, "Sydney"), tags="unknown_word")
S.c("where's hangzhou", real_outside(EN, "Hangzhou"), tags="unknown_word", ho=["hangzhou? it's a big tech city"])
S.c("is Munich in it", real_outside(EN, "Munich"), no=[EN.bare_yes], tags="unknown_word yesno")
S.c("Mumbai vs Boston", several(real_outside(EN, "Mumbai"), rank(EN, "Boston")), tags="unknown_word compare")
S.c("osaka??", real_outside(EN, "Osaka"), tags="unknown_word")

# --- English: invented places -----------------------------------------------------------------------
S.c("where does Xyzville rank", invented(EN, "Xyzville"), tags="unknown_word adversarial", ho=["xyzville's position?"])
S.c("Xyzville vs Boston", several(invented(EN, "Xyzville"), rank(EN, "Boston")), tags="unknown_word compare")
S.c("How is Gotham doing in education", invented(EN, "Gotham"), tags="unknown_word")
S.c("rank of Wakanda", invented(EN, "Wakanda"), tags="unknown_word adversarial")

# --- English: abbreviations of lists ------------------------------------------------------------------
S.c(
    "@citybot is hk in the edu top 3",
    Chk([EN.yes, EN.at("Hong Kong", 3), "educ"], [EN.bare_no]),
    ideal="Yes — Hong Kong is 3rd in education.",
    tags="unknown_word yesno group_chat typo",
)
S.c("top 3 innov", top(EN, "sci", 3), tags="unknown_word top typo", ho=["innov top3"])
S.c(
    "R&D leaders",
    top(EN, "sci", 3),
    tags="unknown_word top typo",
    ideal="The closest list is sci-tech innovation; its top 3 are San Francisco, Boston and Beijing.",
)
S.c(
    "sci-tech no.1?",
    who_at(EN, 1, "sci"),
    no=["Boston\\s+(is\\s+)?(1st|first|no\\.\\s?1|#\\s?1)\\s+(in|for)\\s+(?:sci-?tech|science|innovation|tech\\b|R&D)"],
    tags="unknown_word at_rank typo",
)
S.c("edu #1", who_at(EN, 1, "edu"), tags="unknown_word at_rank typo")
S.c("where's beijing in r&d", rank(EN, "Beijing", "sci"), tags="unknown_word rank typo")
S.c("tech top 3", top(EN, "sci", 3), tags="unknown_word top typo")

# --- simplified Chinese ---------------------------------------------------------------------------------
S.c("柏林排第几", real_outside(HANS, "柏林"), tags="unknown_word", ho=["柏林有排名吗"])
S.c("新加坡进前十了吗", real_outside(HANS, "新加坡"), no=[HANS.bare_yes], tags="unknown_word yesno")
S.c("杭州呢，排多少", real_outside(ZH, "杭州"), tags="unknown_word")
S.h("杭州排名怎么样", real_outside(HANS, "杭州"), tags="unknown_word")
S.c("成都在不在榜上", real_outside(ZH, "成都"), no=[ZH.bare_yes], tags="unknown_word yesno")
S.c("火星市排第几", invented(HANS, "火星市"), tags="unknown_word adversarial")
S.c(
    "研发最强的城市",
    who_at(HANS, 1, "sci"),
    tags="unknown_word superlative typo",
    ideal="报告没有单独的研发榜；最接近的是科技创新，第1名是旧金山。",
)
S.c("科技前三", top(ZH, "sci", 3), tags="unknown_word top typo")
S.c("edu前三是谁", top(HANS, "edu", 3), tags="unknown_word top typo")
S.c(
    "排名最低的是哪个",
    who_at(HANS, 10),
    no=plain(HANS, "最低"),
    tags="unknown_word at_rank",
    ideal="公布的前十中排名最低的是东京，第10名。",
)
S.c(
    "北京和上海哪个更强一点",
    compare(HANS, "Beijing", "Shanghai"),
    no=plain(HANS, "强一点"),
    tags="unknown_word compare",
)

# --- traditional Chinese ---------------------------------------------------------------------------------
S.c("多倫多排第幾", real_outside(HANT, "多倫多"), tags="unknown_word", ho=["多倫多有上榜嗎"])
S.c("亞特蘭提斯排名", invented(HANT, "亞特蘭提斯"), tags="unknown_word adversarial")
S.c("台北有上榜嗎", real_outside(HANT, "台北"), no=[HANT.bare_yes], tags="unknown_word yesno")
S.c("首爾排第幾", real_outside(HANT, "首爾"), tags="unknown_word")
S.c("雪梨在教育上排第幾", real_outside(HANT, "雪梨"), tags="unknown_word")
S.c("科創前三是哪些", top(HANT, "sci", 3), tags="unknown_word top typo")
S.c(
    "研發第一是誰",
    who_at(HANT, 1, "sci"),
    tags="unknown_word at_rank typo",
    ideal="報告沒有單獨的研發排名；最接近的是科技創新，第1名是舊金山。",
)
S.c("edu第一名是哪裡", who_at(HANT, 1, "edu"), tags="unknown_word at_rank typo")
S.c(
    "排名最低的城市是哪個",
    who_at(HANT, 10),
    no=plain(HANT, "最低"),
    tags="unknown_word at_rank",
    ideal="公佈的前十中排名最低的是東京，第10名。",
)
S.c("哈利波特市排第幾", invented(HANT, "哈利波特市"), tags="unknown_word adversarial")

# --- held out only -------------------------------------------------------------------------------------
S.h("and what about madrid", real_outside(EN, "Madrid"), tags="unknown_word")
S.h("where does Fooburg rank in education", invented(EN, "Fooburg"), tags="unknown_word adversarial")
S.h("武汉排第几", real_outside(HANS, "武汉"), tags="unknown_word")
S.h("innov #2?", who_at(EN, 2, "sci"), tags="unknown_word at_rank typo")
S.h("重慶有沒有在前十", real_outside(HANT, "重慶"), no=[HANT.bare_yes], tags="unknown_word yesno")
S.h("新加坡排第幾", real_outside(HANT, "新加坡"), tags="unknown_word", script="hant")
S.h("巴黎有没有上榜", real_outside(HANS, "巴黎"), no=[HANS.bare_yes], tags="unknown_word yesno")
S.h("乌托邦市排名", invented(HANS, "乌托邦市"), tags="unknown_word adversarial", script="hans")
