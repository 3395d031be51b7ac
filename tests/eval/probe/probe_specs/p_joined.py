"""Probe: questions joined without punctuation (then, 然后, 然後, 仲有, 還有), bare counts, everyday talk around
questions, and two real cities the results do not name in one question."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, makers, rank, real_outside, several, thirty, top
from specs.chatty import calm
from specs.multi import fits
from specs.smalltalk import EXAMPLES_EN, NOT_A_CITY_EN
from specs.unknown_words import plain

from probe_specs._common import who_at_p

SHEET = Sheet(
    "pr_joined",
    "questions joined by then / 然后 / 仲有, bare counts, talk around questions",
    """
Two questions typed as one run-on sentence, joined by "then", "然后", "然後", "仲有", "還有" with no comma: each
part is answered, in order. "how many cities?" on its own asks how many the report evaluated (30). A greeting,
an overview word or thanks around a question is not a question of its own ("at a glance, ..." is not "I'm not
sure what you're asking"). Two real cities the results do not name are both said to be outside them.
""",
)
S = SHEET
M = "multi"

# --- English ----------------------------------------------------------------------------------------
S.c(
    "where is london then who is 5th",
    fits(several(rank(EN, "London"), who_at_p(EN, 5))),
    ideal="London is 4th overall. New York is 5th overall.",
    tags=f"{M} rank",
)
S.c(
    "whats the top 3 then whats the education top 3",
    fits(several(top(EN, "overall", 3), top(EN, "edu", 3))),
    ideal="Overall top 3: 1. Boston, 2. San Francisco, 3. Beijing. Education top 3: 1. Boston, 2. London, "
    "3. Hong Kong.",
    tags=f"{M} top typo",
)
S.c(
    "is tokyo in the top 10 then where is seattle",
    fits(several(rank(EN, "Tokyo"), rank(EN, "Seattle"))),
    no=["\\bboth\\b"],
    ideal="Yes. Tokyo ranks 10th overall. Seattle ranks 7th overall.",
    tags=f"{M} yesno",
)
S.c(
    "who's 2nd in innovation then who's 3rd there",
    fits(several(who_at_p(EN, 2, "sci"), who_at_p(EN, 3, "sci"))),
    ideal="Boston is 2nd in sci-tech innovation. Beijing is 3rd in sci-tech innovation.",
    tags=f"{M} at_rank",
)
S.c(
    "who compiled it, and how many cities",
    fits(several(makers(EN), thirty(EN))),
    ideal="It was compiled by the Shenzhen International Science and Technology Information Center, Tsinghua "
    "University's CIDEG and Elsevier. 30 cities were evaluated (only part of the results was published).",
    tags=f"{M} meta",
)
S.c("how many cities?", thirty(EN), no=plain(EN, "cities"), tags="meta")
S.c("how many cities are there", thirty(EN), no=plain(EN, "there"), tags="meta")
S.c("and how many cities in all?", thirty(EN), tags="meta")
S.c(
    "at a glance, what are the top 5",
    top(EN, "overall", 5),
    no=[*plain(EN, "glance"), "not sure what you"],
    tags="top unknown_word",
)
S.c(
    "ok quick one, at a glance who leads education?",
    who_at_p(EN, 1, "edu"),
    no=[*plain(EN, "glance"), "not sure what you"],
    tags="at_rank chatty",
)
S.c(
    "how about toronto and berlin",
    fits(several(real_outside(EN, "Toronto"), real_outside(EN, "Berlin"))),
    ideal="Toronto isn't in the published results (not in the overall top 10); Berlin isn't either.",
    tags="unknown_word",
)
S.c(
    "what about paris and madrid?",
    fits(several(real_outside(EN, "Paris"), real_outside(EN, "Madrid"))),
    tags="unknown_word",
)
S.c(
    "is sydney or berlin in the top 10",
    fits(several(real_outside(EN, "Sydney"), real_outside(EN, "Berlin"))),
    tags="unknown_word yesno",
)
S.c(
    "thanks!! then who is 9th?",
    who_at_p(EN, 9),
    no=NOT_A_CITY_EN[:2],
    tags="at_rank smalltalk",
)
S.c(
    "ty, you're great",
    "(welcome|glad|happy|thank|pleasure|anytime|any time)",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal='Glad to help! Ask me anything about the 2025 ranking, e.g. "top 10" or "where does Tokyo rank?".',
    tags="smalltalk",
)
S.c(
    "so my cousin got into grad programs in london and somewhere in the states and she's been agonising for weeks, "
    "her advisor says rankings matter less than people think, her mum says the opposite, anyway then where did "
    "london rank",
    rank(EN, "London"),
    no=calm(EN, "advisor", "mum", "weeks"),
    tags="chatty rank",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "前三是谁然后上海排第几",
    fits(several(top(HANS, "overall", 3), rank(HANS, "Shanghai"))),
    ideal="综合前三：波士顿、旧金山、北京。上海综合排名第8。",
    tags=f"{M} top",
)
S.c(
    "北京排第几然后东京呢",
    fits(several(rank(HANS, "Beijing"), rank(HANS, "Tokyo"))),
    ideal="北京综合排名第3。东京综合排名第10。",
    tags=f"{M} rank",
)
S.c(
    "教育前三是谁还有科创前三是谁",
    fits(several(top(HANS, "edu", 3), top(HANS, "sci", 3))),
    tags=f"{M} top",
)
S.c(
    "第一名是谁然后第二名呢",
    fits(several(who_at_p(HANS, 1), who_at_p(HANS, 2))),
    tags=f"{M} at_rank",
)
S.c("一共有几个城市", thirty(HANS), tags="meta")
S.c("总共多少个城市啊", thirty(HANS), tags="meta")
S.c(
    "多伦多和柏林呢",
    fits(several(real_outside(HANS, "多伦多"), real_outside(HANS, "柏林"))),
    tags="unknown_word",
)

# --- traditional Chinese / Cantonese -------------------------------------------------------------------
S.c(
    "香港排第幾仲有倫敦呢",
    fits(several(rank(HANT, "Hong Kong"), rank(HANT, "London"))),
    ideal="香港綜合排名第9。倫敦綜合排名第4。",
    tags=f"{M} rank",
)
S.c(
    "教育前三係邊啲然後科創前三呢",
    fits(several(top(HANT, "edu", 3), top(HANT, "sci", 3))),
    tags=f"{M} top",
)
S.c(
    "前三係邊個還有上海排第幾",
    fits(several(top(HANT, "overall", 3), rank(HANT, "Shanghai"))),
    tags=f"{M} top",
)
S.c("總共有幾多個城市", thirty(HANT), tags="meta")
S.c("一共評咗幾多個城市", thirty(HANT), tags="meta")
S.c(
    "首爾同柏林呢",
    fits(several(real_outside(HANT, "首爾"), real_outside(HANT, "柏林"))),
    tags="unknown_word",
)
