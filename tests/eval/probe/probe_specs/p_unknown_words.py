"""Probe: ordinary words that are not cities, real cities the results do not name, invented places."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, invented, rank, real_outside, several, top
from specs.unknown_words import plain

from probe_specs._common import last_of_all_p, medal, who_at_p

SHEET = Sheet(
    "pr_unknown_words",
    "unknown words, real cities outside the results, invented places -- other wording",
    """
Words like podium, champ, leaderboard, standings, stack up, cut, bottom are never taken for cities. A real city
the results do not name (Amsterdam, Dubai, Kyoto, Tel Aviv, 墨尔本 ...) gets "not in the published results",
never "did you mean", never a claim about the 30 evaluated. An invented place (Narnia, Gondor, 阿斯加德 ...)
is named back as not recognised, with no rank.
""",
)
S = SHEET
U = "unknown_word"

# --- English: ordinary words -------------------------------------------------------------------------
S.c("show me the podium", top(EN, "overall", 3), no=plain(EN, "podium"), tags=f"{U} top")
S.c("who's the champ?", medal(EN, 1), no=plain(EN, "champ"), tags=f"{U} at_rank")
S.c("leaderboard pls", top(EN, "overall", 10), no=plain(EN, "leaderboard"), tags=f"{U} top")
S.c("the standings, top to bottom", top(EN, "overall", 10), no=plain(EN, "standings", "bottom"), tags=f"{U} top")
S.c("how does tokyo stack up", rank(EN, "Tokyo"), no=plain(EN, "stack"), tags=f"{U} rank")
S.c(
    "who's at the very bottom?",
    last_of_all_p(EN),
    no=plain(EN, "bottom"),
    ideal="The bottom of the full list of 30 wasn't published. The last published place is 10th: Tokyo, which "
    "closes the top 10.",
    tags=f"{U} at_rank unpublished",
)
S.c(
    "who edges out everyone in innovation",
    who_at_p(EN, 1, "sci"),
    no=plain(EN, "edges", "everyone"),
    tags=f"{U} at_rank",
)

# --- English: real cities the results do not name -----------------------------------------------------------
S.c("and what about amsterdam", real_outside(EN, "Amsterdam"), tags=U)
S.c("does dubai make the cut", real_outside(EN, "Dubai"), no=[EN.bare_yes, *plain(EN, "cut")], tags=f"{U} yesno")
S.c(
    "zurich vs london?",
    several(real_outside(EN, "Z[uü]rich", "Zurich"), rank(EN, "London")),
    tags=f"{U} compare",
)
S.c("is Kyoto anywhere in this", real_outside(EN, "Kyoto"), no=[EN.bare_yes], tags=U)
S.c("where's stockholm on the leaderboard", real_outside(EN, "Stockholm"), no=plain(EN, "leaderboard"), tags=U)
S.c("melbourne for education?", real_outside(EN, "Melbourne"), tags=U)
S.c("how does Tel Aviv stack up?", real_outside(EN, "Tel Aviv"), tags=U)
S.c("washington dc rank", real_outside(EN, "Washington"), tags=U)
S.c(
    "cambridge (the one in massachusetts) — where does it rank?",
    real_outside(EN, "Cambridge"),
    no=["Cambridge\\s+(is|counts as|belongs to)\\s+(part of\\s+)?Boston"],
    tags=f"{U} adversarial",
)

# --- English: invented places -----------------------------------------------------------------------------
S.c("where does Narnia land overall", invented(EN, "Narnia"), tags=f"{U} adversarial")
S.c("Gondor in innovation?", invented(EN, "Gondor"), tags=f"{U} adversarial")
S.c("qwertyville vs tokyo", several(invented(EN, "qwertyville"), rank(EN, "Tokyo")), tags=f"{U} compare")

# --- simplified Chinese ---------------------------------------------------------------------------------
S.c("前三甲是谁", top(HANS, "overall", 3), no=plain(HANS, "前三甲"), tags=f"{U} top", script="hans")
S.c("榜首是哪个城市", who_at_p(HANS, 1), no=plain(HANS, "榜首"), tags=f"{U} at_rank")
S.c("阿姆斯特丹排在哪个位置", real_outside(HANS, "阿姆斯特丹"), tags=U)
S.c("迪拜进前十了没有", real_outside(HANS, "迪拜"), no=[HANS.bare_yes], tags=f"{U} yesno")
S.c("墨尔本教育怎么样", real_outside(HANS, "墨尔本"), tags=U)
S.c("苏州有上榜吗", real_outside(HANS, "苏州"), no=[HANS.bare_yes], tags=f"{U} yesno")
S.c("西安和北京比较呢", several(real_outside(HANS, "西安"), rank(HANS, "Beijing")), tags=f"{U} compare")
S.c("阿斯加德排第几", invented(HANS, "阿斯加德"), tags=f"{U} adversarial")
S.c("霍格沃茨教育排第几", invented(HANS, "霍格沃茨"), tags=f"{U} adversarial")

S.c("乌鲁木齐排第几", real_outside(HANS, "乌鲁木齐"), tags=U)

# --- traditional Chinese ---------------------------------------------------------------------------------
S.c("冠軍係邊個城市", who_at_p(HANT, 1), no=plain(HANT, "冠軍"), tags=f"{U} at_rank")
S.c("高雄有沒有上榜", real_outside(HANT, "高雄"), no=[HANT.bare_yes], tags=f"{U} yesno")
S.c("墨爾本排第幾", real_outside(HANT, "墨爾本"), tags=U)
S.c("杜拜有冇入總榜前十", real_outside(HANT, "杜拜"), no=[HANT.bare_yes], tags=f"{U} yesno")
S.c("新竹科技很強，有排名嗎", real_outside(HANT, "新竹"), no=[HANT.bare_yes], tags=U)
S.c("天空之城總排名多少", invented(HANT, "天空之城"), tags=f"{U} adversarial")
