"""What a message asks, once understood: the intent and its resolved entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.nlu.entities import CityMention


@dataclass
class Query:
    intent: str
    lang: str
    text: str  # the message as typed (for echoing, escaped on output)
    cities: list[CityMention] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    list_id: str | None = None
    n: int | None = None
    position: int | None = None
    place: tuple[str, str] | None = None
    yesno: bool = False  # asked as a yes/no question
    scores: bool = False  # asked for a score (the report's coverage gives ranks only)
    count_above: bool = False  # "how many cities rank above X?"
    best: int | None = None  # "top 3 Chinese cities": the first 3 of those cities
    behind: bool = False  # a yes/no comparison asked the other way round ("is Tokyo behind London?")
    alternatives: tuple[str, ...] = ()  # for "clarify": the intents it could be
