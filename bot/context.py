"""Conversation context per chat: follow-ups resolve against the previous question.

The state is a plain JSON-serialisable dict owned by the caller (the Telegram layer keeps it in
chat_data, `ask --jsonl` keeps one per chat), so it persists with the chat.
"""

from __future__ import annotations

import time
from typing import Any

from bot.answers.query import Query
from bot.nlu.entities import CityMention, Entities

CONTEXT_TTL = 15 * 60.0  # seconds after which a follow-up no longer refers to the old question
CITY_INTENTS = {"rank", "profile", "member", "compare"}
LIST_INTENTS = {"top", "position", "country", "group"}
PARTICLES = {"呢", "吧", "啊", "呀"}  # "教育呢？" is as bare as "education?"


def remember(state: dict[str, Any], q: Query, now: float) -> None:
    """Keep what a follow-up may refer to (only after answerable ranking questions)."""
    state["lang"] = q.lang
    if q.intent in CITY_INTENTS | LIST_INTENTS:
        state["last"] = {
            "intent": q.intent,
            "cities": [[m.id, m.world[0] if m.world else None, m.world[1] if m.world else None] for m in q.cities
                       if m.id or m.world],
            "list": q.list_id, "n": q.n, "position": q.position,
            "place": list(q.place) if q.place else None, "at": now,
        }


def last_question(state: dict[str, Any] | None, now: float | None = None) -> dict[str, Any] | None:
    if not state or "last" not in state:
        return None
    last = state["last"]
    if (now if now is not None else time.time()) - float(last.get("at", 0)) > CONTEXT_TTL:
        return None
    return last


def _cities(last: dict[str, Any]) -> list[CityMention]:
    out = []
    for cid, wname, wcountry in last.get("cities", []):
        if cid:
            out.append(CityMention(cid, id=cid))
        else:
            out.append(CityMention(wname, world=(wname, wcountry)))
    return out


def _key(m: CityMention) -> str:
    return m.id or (m.world[0] if m.world else m.text)


def is_bare(ent: Entities) -> bool:
    """A message made only of entities and filler ("Tokyo?", "education", "top 5")."""
    words = [w for w in ent.template.split() if (not w.startswith("x") or not w.endswith("x")) and w not in PARTICLES]
    return not words


def resolve(q: Query, ent: Entities, state: dict[str, Any] | None, now: float | None,
            explicit_intent: bool) -> Query:
    """Fill in what a follow-up leaves out from the previous question in this chat."""
    last = last_question(state, now)
    if last is None:
        return q
    if q.intent == "compare" and len(q.cities) == 1 and not q.unknown and not ent.pronoun and last["cities"]:
        # "compare with London", "和东京比较": the city asked about last, and this one
        prev = [m for m in _cities(last) if _key(m) != _key(q.cities[0])]
        if prev:
            q.cities = [prev[0], *q.cities]
        return q
    follow = ent.followup or is_bare(ent) or ent.pronoun
    if not follow:
        return q
    has_city = bool(q.cities or q.unknown)
    last_intent = last["intent"]
    if ent.pronoun and (not explicit_intent or q.intent in CITY_INTENTS):  # "is it in the top 5?"
        prev = _cities(last)
        if q.intent == "compare":
            q.cities = prev[:1] + q.cities
        elif not has_city:
            q.cities = prev[:1]
        has_city = True
    if explicit_intent and not (ent.followup or is_bare(ent)):
        return q
    if q.n is None and q.position is None and ent.numbers and not has_city and not q.place:
        if last_intent == "position":  # "and 5?" after "who is number 3?"
            q.intent, q.position, q.list_id = "position", ent.numbers[0], q.list_id or last["list"]
            return q
        elif last_intent in ("top", "member"):  # "and 3?" after "top 5"
            q.n = ent.numbers[0]
    only_list = q.list_id and not has_city and q.n is None and q.position is None and q.place is None
    only_city = has_city and not q.list_id and q.n is None and q.position is None and q.place is None
    only_n = q.n is not None and not has_city and not q.place and q.position is None
    if only_list and last_intent in CITY_INTENTS and last["cities"]:
        q.cities = _cities(last)
        q.intent = "rank" if last_intent in ("profile", "rank") else last_intent
        if last_intent == "member":
            q.n = last["n"]
    elif only_list and last_intent in LIST_INTENTS:
        q.intent = last_intent
        q.n = last["n"] if last_intent == "top" and last["list"] == q.list_id else (
            q.n if last_intent != "position" else None)
        q.position = last["position"]
        q.place = tuple(last["place"]) if last["place"] else None
    elif only_city and (ent.followup or last_intent != "profile") and q.intent not in ("out_of_scope",):
        if last_intent == "compare" and not ent.followup:
            return q
        if last_intent in CITY_INTENTS:
            q.intent = last_intent if last_intent != "compare" else "compare"
            if last_intent == "compare":
                q.cities = _cities(last)[:1] + q.cities
        else:
            q.intent = "rank"
        q.list_id = last["list"]
        q.n = last["n"] if q.intent == "member" else q.n
    elif only_n and last_intent == "top":
        q.intent = "top"
        q.list_id = q.list_id or last["list"]
    return q
