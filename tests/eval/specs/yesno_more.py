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
S.c("北京係咪科創第三", yes(HANT, "是的，北京科技創新排第3。", HANT.at("Beijing", 3), "(科創|科技)"), tags="yesno zh_hant")
S.c("東京係咪高過上海", no_(HANT, "不是，東京第10，上海第8，上海較高。", HANT.at("Tokyo", 10), HANT.at("Shanghai", 8)),
    tags="yesno compare zh_hant")
S.c("倫敦喺唔喺人才前十", no_(HANT, "不在，人才前十係5座中國城市同5座美國城市，倫敦喺英國。", "人才"),
    tags="yesno zh_hant")
S.c("上海係唔係綜合排第八呀", yes(HANT, "是的，上海在綜合排名中位列第8（共評估30座城市）。", HANT.at("Shanghai", 8)), tags="yesno zh_hant")
