"""More typos, in other words than typos.py: lists and cities spelt by ear ("educashun", "sciance"), and Chinese
names typed by their sound with the wrong characters (背景 for 北京, 伤海 for 上海, 香岗 for 香港)."""

from casebook import Sheet

from specs._facts import EN, HANS, HANT, rank, top

SHEET = Sheet(
    "typos_more",
    "more typos: spelt by ear, Chinese names typed by their sound",
    """
A list or a city spelt the way it sounds is read as that list or city; a Chinese name typed with characters of
the same sound (背景, 伤海, 香岗, 東經) is the city it sounds like, where a name can stand. The reply answers
about the intended city or list and never calls the typo unknown.
""",
)
S = SHEET
NOT_RECOGNISED_EN = "(don.t|do not|can.t|cannot|couldn.t)\\s+recogni[sz]e"
NOT_RECOGNISED_ZH = "(不认识|不認識|无法识别|無法識別)"

# --- English: spelt by ear --------------------------------------------------------------------------
S.c("edukashun top 3", top(EN, "edu", 3), no=[NOT_RECOGNISED_EN], tags="typo top")
S.c("top 3 in sciance", top(EN, "sci", 3), no=[NOT_RECOGNISED_EN], tags="typo top")
S.c("innovashun podium pls", top(EN, "sci", 3), no=[NOT_RECOGNISED_EN], tags="typo top")
S.c("where does bostun rank in edyucation", rank(EN, "Boston", "edu"), no=[NOT_RECOGNISED_EN], tags="typo rank")
S.c("hongcong rank in educashun?", rank(EN, "Hong Kong", "edu"), no=[NOT_RECOGNISED_EN], tags="typo rank")

# --- Chinese: typed by sound ------------------------------------------------------------------------
S.c("背景排第几", rank(HANS, "Beijing"), no=[NOT_RECOGNISED_ZH], tags="typo rank")
S.c("伤海排第几", rank(HANS, "Shanghai"), no=[NOT_RECOGNISED_ZH], tags="typo rank")
S.c("香岗教育排名", rank(HANS, "Hong Kong", "edu"), no=[NOT_RECOGNISED_ZH], tags="typo rank")
S.c("東經排第幾", rank(HANT, "Tokyo"), no=[NOT_RECOGNISED_ZH], tags="typo rank")
S.c("西雅途綜合排名", rank(HANT, "Seattle"), no=[NOT_RECOGNISED_ZH], tags="typo rank")
