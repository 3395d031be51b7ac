"""More ordinary words and lead-ins, in other words than unknown_words.py: an overview asked in its own clause
("at a glance, where's HK"), which is never a question of its own nor a city."""

from casebook import Sheet

from specs._facts import EN, rank

SHEET = Sheet(
    "words_more",
    "more ordinary words: an overview asked in its own clause",
    """
"At a glance, where's HK?": the lead-in asks for an overview of the city the next clause names; the reply is
about that city and never says it did not understand part of the question.
""",
)
S = SHEET
NOT_UNDERSTOOD = "(not sure what you|didn.t understand|don.t understand)"

S.c("at a glance, where's hk", rank(EN, "Hong Kong"), no=[NOT_UNDERSTOOD], tags="rank")
S.c("overview please, tokyo", rank(EN, "Tokyo"), no=[NOT_UNDERSTOOD], tags="rank")
S.c("at a glance - shanghai", rank(EN, "Shanghai"), no=[NOT_UNDERSTOOD], tags="rank")
