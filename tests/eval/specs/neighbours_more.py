"""More yes / no about neighbours and distances, in other words than neighbours.py: a number of places said
("5 places behind", "高一名") and "right after", "next to", "挨着" (one place apart) are checked, not dropped."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT

SHEET = Sheet(
    "neighbours_more",
    "more neighbours: yes / no on a number of places, 'right after', 'next to'",
    """
"Is Tokyo 5 places behind London?" is a no (6 places); "is Tokyo right after Shanghai?" a no (Hong Kong is in
between); "香港和东京是不是挨着" a yes. The reply says the two places it rests on.
""",
)
S = SHEET


def yes(L, ideal, *must, no=()):
    return Chk([L.yes, *must], [L.bare_no, *no], ideal=ideal)


def no_(L, ideal, *must, no=()):
    return Chk([L.neg, *must], [L.bare_yes, "^\\W*(yes|是的)", *no], ideal=ideal)


S.c("is tokyo 5 places behind london?",
    no_(EN, "No — Tokyo is 10th and London 4th: 6 places apart.", EN.at("Tokyo", 10), EN.at("London", 4)),
    tags="neighbour adversarial")
S.c("is tokyo right after shanghai?",
    no_(EN, "No — Shanghai is 8th, Hong Kong 9th and Tokyo 10th.", EN.at("Tokyo", 10), EN.at("Shanghai", 8)),
    tags="neighbour adversarial")
S.c("la just behind nyc, yes?",
    yes(EN, "Yes — New York is 5th and Los Angeles 6th.", EN.at("Los Angeles", 6), EN.at("New York", 5)),
    tags="neighbour")
S.c("are boston and tokyo next to each other?",
    no_(EN, "No — Boston is 1st and Tokyo 10th: 9 places apart.", EN.at("Boston", 1), EN.at("Tokyo", 10)),
    tags="neighbour adversarial")
S.c("北京是不是比纽约高一名",
    no_(HANS, "不是，北京第3，纽约第5，相差2位。", HANS.at("Beijing", 3), HANS.at("New York", 5)),
    tags="neighbour adversarial")
S.c("香港和东京是不是挨着",
    yes(HANS, "是的，香港第9，东京第10，两者相邻。", HANS.at("Hong Kong", 9), HANS.at("Tokyo", 10)), tags="neighbour")
S.c("東京係唔係緊跟香港",
    yes(HANT, "是的，綜合排名中香港第9，東京第10，兩者相鄰。", HANT.at("Hong Kong", 9), HANT.at("Tokyo", 10)),
    tags="neighbour zh_hant")

# --- is one city between two others --------------------------------------------------------------------
S.c("is shanghai between seattle and hk?",
    yes(EN, "Yes — Seattle is 7th, Shanghai 8th, Hong Kong 9th.", EN.at("Shanghai", 8),
        no=[*EN.wrong_rank("Shanghai", 8), *EN.wrong_rank("Seattle", 7), *EN.wrong_rank("Hong Kong", 9)]),
    tags="neighbour")
S.c("is tokyo between boston and london?",
    no_(EN, "No — between Boston (1st) and London (4th) are San Francisco and Beijing; Tokyo is 10th.",
        EN.at("Boston", 1), EN.at("London", 4), no=[*EN.wrong_rank("Boston", 1), *EN.wrong_rank("London", 4)]),
    tags="neighbour adversarial")
S.c("上海是不是在西雅图和香港之间",
    yes(HANS, "是的，西雅图第7，上海第8，香港第9。", HANS.at("Shanghai", 8),
        no=[*HANS.wrong_rank("Shanghai", 8), *HANS.wrong_rank("Seattle", 7), *HANS.wrong_rank("Hong Kong", 9)]),
    tags="neighbour")
S.c("東京係唔係喺波士頓同倫敦之間",
    no_(HANT, "不是，波士頓第1和倫敦第4之間是舊金山和北京。", HANT.at("Boston", 1), HANT.at("London", 4),
        no=[*HANT.wrong_rank("Boston", 1), *HANT.wrong_rank("London", 4)]), tags="neighbour adversarial zh_hant")

# --- said after a lead-in ------------------------------------------------------------------------------
S.c("quick q - does london beat nyc overall?",
    yes(EN, "Yes — London is 4th and New York 5th overall.", EN.at("London", 4), EN.at("New York", 5)),
    tags="compare")

# --- how far from a place (the top, first) ---------------------------------------------------------------
S.c("how far is tokyo from the top",
    Chk([EN.at("Tokyo", 10), EN.at("Boston", 1), "(\\b9\\b|nine)"], EN.wrong_rank("Tokyo", 10),
        ideal="Tokyo is 10th, 9 places behind Boston (1st)."), tags="neighbour")
S.c("how many places behind first is seattle",
    Chk([EN.at("Seattle", 7), "(\\b6\\b|six)"], ["\\b23\\b", *EN.wrong_rank("Seattle", 7)],
        ideal="Seattle is 7th: 6 places behind Boston (1st)."), tags="neighbour")
S.c("how far is hk from first in education",
    Chk([EN.at("Hong Kong", 3), "(\\b2\\b|two)"], EN.wrong_rank("Hong Kong", 3, "edu"),
        ideal="In education Hong Kong is 3rd, 2 places behind Boston (1st)."), tags="neighbour")
S.c("东京离第一差几名",
    Chk([HANS.at("Tokyo", 10), "(相差|差)\\s*9"], HANS.wrong_rank("Tokyo", 10),
        ideal="东京第10，与第1名波士顿相差9位。"), tags="neighbour")
S.c("東京同第一差幾多名",
    Chk([HANT.at("Tokyo", 10), "(相差|差)\\s*9"], HANT.wrong_rank("Tokyo", 10),
        ideal="東京第10，與第1名波士頓相差9位。"), tags="neighbour zh_hant")

# --- higher everywhere: every list said, none dropped ------------------------------------------------------
S.c("is london higher than tokyo everywhere?",
    Chk([EN.at("London", 4), EN.at("London", 2), "(sci|innov)"], EN.bare(),
        ideal="Overall London is 4th and Tokyo 10th; in education London is 2nd and Tokyo not in the top 3; "
              "in sci-tech innovation neither is in the published top 3, so that isn't known."), tags="compare")
