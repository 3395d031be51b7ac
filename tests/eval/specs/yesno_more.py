"""More yes / no questions, in other words than yesno.py: Cantonese forms (係唔係, 係咪, 喺唔喺), one position
said of each of several lists, a condition the bot does not understand, and more."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT

SHEET = Sheet(
    "yesno_more",
    "more yes / no questions: Cantonese forms, a position for each list, conditions not understood",
    """
A yes or a no answers every condition asked, each with its own list and position. A condition the bot did not
understand ("in gastronomy") is said to be not understood, and gets no yes or no. Cantonese asks with 係唔係,
係咪, 喺唔喺 and 有冇.
""",
)
S = SHEET


def yes(L, ideal, *must, no=()):
    return Chk([L.yes, *must], [L.bare_no, *no], ideal=ideal)


def no_(L, ideal, *must, no=()):
    return Chk([L.neg, *must], [L.bare_yes, *no], ideal=ideal)


# --- Cantonese: 係唔係 / 係咪 / 喺唔喺 ------------------------------------------------------------------
S.c("香港係唔係教育前三", yes(HANT, "是的，香港教育排第3。", HANT.at("Hong Kong", 3), "教育"), tags="yesno zh_hant")
S.c("北京係咪科創第三", yes(HANT, "是的，北京科技創新排第3。", HANT.at("Beijing", 3), "(科創|科技)"),
    tags="yesno zh_hant")
S.c("東京係咪高過上海", no_(HANT, "不是，東京第10，上海第8，上海較高。", HANT.at("Tokyo", 10), HANT.at("Shanghai", 8)),
    tags="yesno compare zh_hant")
S.c("倫敦喺唔喺人才前十", no_(HANT, "不在，人才前十係5座中國城市同5座美國城市，倫敦喺英國。", "人才"),
    tags="yesno zh_hant")
S.c("上海係唔係綜合排第八呀", yes(HANT, "是的，上海在綜合排名中位列第8（共評估30座城市）。", HANT.at("Shanghai", 8)),
    tags="yesno zh_hant")


# --- a position said of each list --------------------------------------------------------------------------
S.c("is sf 2nd overall and 1st in sci-tech?",
    yes(EN, "Yes — San Francisco is 2nd overall and 1st in sci-tech innovation.", EN.at("San Francisco", 2),
        EN.at("San Francisco", 1)), tags="yesno")
S.c("sf first in innovation but second overall, yes?",
    yes(EN, "Yes — San Francisco is 1st in sci-tech innovation and 2nd overall.", EN.at("San Francisco", 2)),
    tags="yesno")
S.c("is london 4th overall and number one in edu",
    no_(EN, "No — London is 4th overall but 2nd in education; Boston is 1st in education.", EN.at("London", 4),
        EN.at("London", 2), no=["^\\W*yes"]), tags="yesno adversarial")
S.c("旧金山是不是综合第二、科创第一", yes(HANS, "是的，旧金山综合排名第2，科技创新第1。", HANS.at("San Francisco", 2),
                                 HANS.at("San Francisco", 1)), tags="yesno")
S.c("倫敦係唔係綜合第四、教育第一", no_(HANT, "不是，倫敦綜合排名第4，教育第2；教育第1是波士頓。", HANT.at("London", 2),
                                  no=["^\\W*是的"]), tags="yesno adversarial zh_hant")

# --- "top" said of a city is first place ---------------------------------------------------------------
S.c("is boston top in innovation?",
    no_(EN, "No — in sci-tech innovation Boston is 2nd; San Francisco is 1st.", EN.at("Boston", 2), "San Francisco"),
    tags="yesno adversarial")
S.c("london top for edu?",
    no_(EN, "No — London is 2nd in education; Boston is 1st.", EN.at("London", 2), "Boston"), tags="yesno adversarial")
S.c("is boston the top city in both edu and innov",
    no_(EN, "No — Boston is 1st in education but 2nd in sci-tech innovation (San Francisco is 1st).",
        EN.at("Boston", 2), "San Francisco"), tags="yesno adversarial")
S.c("is hk top 3 in education?", yes(EN, "Yes — Hong Kong is 3rd in education.", EN.at("Hong Kong", 3)), tags="yesno")

# --- several cities at one place --------------------------------------------------------------------------
S.c("are boston and sf both first?",
    no_(EN, "No — Boston is 1st overall, San Francisco 2nd.", EN.at("San Francisco", 2), no=["^\\W*yes"]),
    tags="yesno adversarial")
S.c("are beijing and shanghai 3rd overall",
    no_(EN, "Not both — Beijing is 3rd overall, Shanghai 8th.", EN.at("Shanghai", 8), no=["^\\W*yes"]),
    tags="yesno adversarial")
S.c("波士顿和旧金山都是第一吗", no_(HANS, "不是，波士顿综合排名第1，旧金山第2。", HANS.at("San Francisco", 2),
                              no=["^\\W*是的"]), tags="yesno adversarial")

# --- a condition the report has no ranking for: no yes or no, what the named list says -------------------
NO_SUCH_EN = "(no ranking for|doesn.t rank|does not rank|not (a|one of the) (ranking|list)|no .{0,20}ranking)"
NO_SUCH_ZH = "(没有关于|沒有關於|没有.{0,6}排名|沒有.{0,6}排名)"
S.c("is boston first in education and in gastronomy?",
    Chk([NO_SUCH_EN, "gastronomy", EN.at("Boston", 1)], EN.bare(),
        ideal="The report has no gastronomy ranking, so no yes or no on that; in education Boston is 1st."),
    tags="yesno adversarial")
S.c("is hk top 3 in edu and food?",
    Chk([NO_SUCH_EN, "food", EN.at("Hong Kong", 3)], EN.bare(),
        ideal="There's no food ranking in the report, so I can't say yes to that; Hong Kong is 3rd in education."),
    tags="yesno adversarial")
S.c("does boston lead in the quantum ranking?",
    Chk([NO_SUCH_EN, "quantum"], [*EN.bare(), *EN.word_not_city("quantum")],
        ideal="The report has no quantum ranking; its rankings are overall, education, sci-tech innovation and "
              "talent. Overall Boston is 1st."),
    tags="yesno adversarial")
S.c("波士顿教育和美食都是第一吗",
    Chk([NO_SUCH_ZH, "美食", HANS.at("Boston", 1)], HANS.bare(),
        ideal="报告没有关于美食的排名，所以不能回答是或否；波士顿在教育中位列第1。"),
    tags="yesno adversarial")
S.c("波士頓教育同美食係唔係第一",
    Chk([NO_SUCH_ZH, "美食", HANT.at("Boston", 1)], HANT.bare(),
        ideal="報告沒有關於美食的排名，所以不能回答是或否；波士頓在教育中位列第1。"),
    tags="yesno adversarial zh_hant")

# --- first in everything: every ranking with a published order ------------------------------------------
S.c("so sf leads everything?",
    no_(EN, "No — San Francisco is 1st in sci-tech innovation but 2nd overall (Boston is 1st).",
        EN.at("San Francisco", 2), "Boston"), tags="yesno adversarial")
S.c("is boston the best at everything?",
    no_(EN, "No — Boston is 1st overall and in education, but 2nd in sci-tech innovation (San Francisco is 1st).",
        EN.at("Boston", 2), "San Francisco"), tags="yesno adversarial")
S.c("boston first across the board?",
    no_(EN, "No — Boston is 2nd in sci-tech innovation; San Francisco is 1st there.", EN.at("Boston", 2),
        "San Francisco"), tags="yesno adversarial")
S.c("波士顿是不是样样第一",
    no_(HANS, "不是，波士顿综合和教育第1，但科技创新第2，旧金山第1。", HANS.at("Boston", 2), "旧金山"),
    tags="yesno adversarial")
S.c("北京各方面都是第一吗",
    no_(HANS, "不是，北京综合排名第3，科技创新第3，不在教育前3名中。", HANS.at("Beijing", 3), no=["^\\W*但"]),
    tags="yesno adversarial")

# --- the best of a place, asked with a position; 是不是 is no "not" ------------------------------------------
S.c("西雅图是不是美国城市里排最后的",
    yes(HANS, "是的，在公布的前十名里，西雅图（第7）是排名最低的美国城市。", HANS.at("Seattle", 7), "美国"),
    tags="yesno filter")
S.c("伦敦是欧洲第一吗",
    yes(HANS, "是的，伦敦（综合第4）是排名最高的欧洲城市。", HANS.at("London", 4), "欧洲", no=["属于英国"]),
    tags="yesno filter")
S.c("is tokyo asia's number one?",
    no_(EN, "No — Beijing (3rd) is the highest-ranked Asian city; Tokyo is 10th.", EN.at("Beijing", 3)),
    tags="yesno filter adversarial")
S.c("香港是不是中國城市裡最高的",
    no_(HANT, "不是，排名最高的中國城市是北京（第3），香港第9。", HANT.at("Beijing", 3), no=["^\\W*沒有"]),
    tags="yesno filter adversarial zh_hant")
S.c("北京难道不是第二吗",
    no_(HANS, "不是，北京综合排名第3；第2是旧金山。", HANS.at("Beijing", 3), no=["难道"]),
    tags="yesno adversarial")

# --- more conditions on the same city in a clause of their own --------------------------------------------
S.c("is beijing in the top 5 overall and top 3 in sci-tech",
    yes(EN, "Yes to both — Beijing is 3rd overall and 3rd in sci-tech innovation.", EN.at("Beijing", 3), "(sci|innov)",
        no=["^\\W*1\\.\\s*San Francisco", "\\n\\s*1\\.\\s*San Francisco"]), tags="yesno")
S.c("is london 2nd in edu and top 5 overall and in the talent top 10?",
    Chk([EN.at("London", 2), EN.at("London", 4), "talent[^.\\n]{0,80}(not|n.t)|(not|n.t)[^.\\n]{0,60}talent"],
        ["\\n\\s*5\\.\\s*New York"],
        ideal="London is 2nd in education and 4th overall (so in the top 5), but it is not in the talent top 10 "
              "(5 Chinese and 5 US cities)."), tags="yesno")
S.c("is tokyo in the top 10, and top 3 in edu?",
    Chk([EN.at("Tokyo", 10), "(not|n.t)[^.\\n]{0,40}(edu|education)"], ["\\n\\s*1\\.\\s*Boston"],
        ideal="Tokyo is 10th overall, so yes to the top 10; but it is not in the published education top 3."),
    tags="yesno")
S.c("上海是不是前十，人才前十呢",
    yes(HANS, "是的，上海综合排名第8，也位列人才发展前10（未公布排序）。", HANS.at("Shanghai", 8), "人才",
        no=["5座美国城市"]), tags="yesno")

# --- one or the other: which one, not a yes or no --------------------------------------------------------
S.c("is new york 4th or 5th?",
    Chk([EN.at("New York", 5)], [EN.bare_no, EN.bare_yes, *EN.wrong_rank("New York", 5)],
        ideal="5th — New York is 5th overall (London is 4th)."), tags="yesno")
S.c("tokyo 9th or 10th overall?",
    Chk([EN.at("Tokyo", 10)], [EN.bare_no, EN.bare_yes, *EN.wrong_rank("Tokyo", 10)],
        ideal="10th — Tokyo is 10th overall."), tags="yesno")
S.c("is it boston or sf at the top of sci-tech?",
    Chk([EN.at("San Francisco", 1)], [EN.bare_yes, "both"],
        ideal="San Francisco — it is 1st in sci-tech innovation; Boston is 2nd."), tags="yesno compare")
S.c("上海是第七还是第八",
    Chk([HANS.at("Shanghai", 8)], [HANS.bare_yes, HANS.bare_no, *HANS.wrong_rank("Shanghai", 8)],
        ideal="第8：上海综合排名第8。"), tags="yesno")
