"""The registry of question types: for each, the handler that answers it, its family, whether its
answers carry the report's source, and what a follow-up continues from it.

Adding a question type: write its handler (a function of a Query and an AnswerContext, in the
family's module under bot/answers/), register it here, teach bot/interpret/ when a clause asks
it (using cue words from data/language/lexicon.yaml), put its wording in data/wording/, and test it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answers import (
    aggregates,
    chat,
    city_member,
    city_profile,
    city_rank,
    city_subject,
    compare,
    places,
    positions,
    report,
    sets,
)
from bot.answers.context import Answer, AnswerContext
from bot.query import Query

Handler = Callable[[Query, AnswerContext], Answer]


@dataclass(frozen=True, slots=True)
class QuestionType:
    name: str
    family: str  # city | positions | compare | places | sets | report | chat
    handler: Handler
    sourced: bool = True  # the answer ends with the report's source
    continues: str = ""  # what a follow-up takes from it: "city", "cities", "list" or "" (nothing)


TYPES = (
    QuestionType("rank", "city", city_rank.rank, continues="city"),
    QuestionType("profile", "city", city_profile.profile, continues="city"),
    QuestionType("member", "city", city_member.member, continues="city"),
    QuestionType("need_city", "city", lambda q, ctx: city_subject.need_city(q, ctx), sourced=False),
    QuestionType("top", "positions", positions.top, continues="list"),
    QuestionType("position", "positions", positions.position, continues="list"),
    QuestionType("range", "positions", positions.positions_range, continues="list"),
    QuestionType("neighbour", "positions", positions.neighbour, continues="city"),
    QuestionType("between", "positions", positions.between, continues="cities"),
    QuestionType("compare", "compare", compare.compare, continues="cities"),
    QuestionType("rank_each", "compare", compare.rank_each, continues="cities"),
    QuestionType("distance", "compare", compare.distance, continues="cities"),
    QuestionType("in_place", "places", places.in_place, continues="list"),
    QuestionType("best_in_place", "places", places.best_in_place, continues="list"),
    QuestionType("quantifier", "places", places.quantifier, continues="list"),
    QuestionType("aggregate", "places", aggregates.aggregate, continues="list"),
    QuestionType("count_compare", "places", places.count_compare, continues="list"),
    QuestionType("set", "sets", sets.set_answer, continues="list"),
    QuestionType("meta", "report", report.meta),
    QuestionType("about", "report", report.about, sourced=False),
    QuestionType("edition", "report", report.edition),
    QuestionType("change", "report", report.change, continues="city"),
    QuestionType("greeting", "chat", chat.greeting, sourced=False),
    QuestionType("help", "chat", chat.help_, sourced=False),
    QuestionType("thanks", "chat", chat.thanks, sourced=False),
    QuestionType("praise", "chat", chat.praise, sourced=False),
    QuestionType("bye", "chat", chat.bye, sourced=False),
    QuestionType("identity", "chat", chat.identity, sourced=False),
    QuestionType("maker", "chat", chat.maker, sourced=False),
    QuestionType("insult", "chat", chat.insult, sourced=False),
    QuestionType("how_are_you", "chat", chat.how_are_you, sourced=False),
    QuestionType("ack", "chat", chat.ack, sourced=False),
    QuestionType("out_of_scope", "chat", chat.out_of_scope, sourced=False),
    QuestionType("nonsense", "chat", chat.nonsense, sourced=False),
    QuestionType("clarify", "chat", chat.clarify, sourced=False),
)
REGISTRY: dict[str, QuestionType] = {t.name: t for t in TYPES}


def kinds(*, family: str | None = None, continues: str | None = None) -> frozenset[str]:
    return frozenset(t.name for t in TYPES if (family is None or t.family == family)
                     and (continues is None or t.continues == continues))
