"""Conversation context per chat: what a follow-up may refer to.

The state is a plain JSON-serialisable dict owned by the caller (the Telegram layer keeps it in
chat_data, `ask --jsonl` keeps one per chat): `lang` (the language of the last message) and
`last` (the last question answered, with the city in focus — for "and the next one?" the city
the answer named). It expires after CONTEXT_TTL seconds.
"""

from __future__ import annotations

import time
from typing import Any

from bot.query import CityRef, PlaceRef, Query

CONTEXT_TTL = 15 * 60.0


class Conversation:
    def __init__(self, last: Query | None = None, focus: CityRef | None = None,
                 recent: list[CityRef] | None = None) -> None:
        self.last = last
        self._focus = focus
        self._recent = list(recent or [])  # cities named lately, the latest last
        self._anchor: CityRef | None = None

    @classmethod
    def from_state(cls, state: dict[str, Any] | None, now: float | None = None) -> Conversation:
        saved = (state or {}).get("last")
        if not isinstance(saved, dict):
            return cls()
        try:
            at = float(saved.get("at", 0))
            if (now if now is not None else time.time()) - at > CONTEXT_TTL:
                return cls()
            convo = cls(_query(saved), _city(saved["focus"]) if saved.get("focus") else None,
                        [_city(c) for c in saved.get("recent", [])])
            convo._anchor = _city(saved["anchor"]) if saved.get("anchor") else None
            return convo
        except (KeyError, TypeError, ValueError):
            return cls()  # a state written by another version, or damaged: start afresh

    def known_in(self, index: Any) -> bool:
        """Whether every report, list, city and region the context names is in `index` (after the
        data was reloaded it may not be: such a context is dropped, not followed up)."""
        q = self.last
        if q is None:
            return True
        report = index.reports.get(q.report) if q.report else index.default
        if report is None:
            return False
        cities = self.cities_named()
        lists = [*q.lists, *q.excluded, *(name for name, _n in q.cuts)]
        regions = [p.id for p in q.places if p.kind == "region"]
        return (all(c.id is None or index.has_city(c.id) for c in cities)
                and all(report.has_list(name) for name in lists)
                and all(index.countries_in_region(region) for region in regions))

    def copy(self) -> Conversation:
        convo = Conversation(self.last, self._focus, self._recent)
        convo._anchor = self._anchor
        return convo

    def note(self, q: Query, focus: CityRef | None = None) -> None:
        """`q` is now the question a follow-up continues."""
        self.last = q
        self._focus = focus or (q.cities[0] if q.cities and q.kind not in ("compare", "rank_each") else None)
        # "who's ahead of it?" / "and behind it?": "it" stays the city asked about, not the one found
        self._anchor = q.cities[0] if q.kind == "neighbour" and q.extra.get("by_pronoun") and q.cities else None
        for c in q.cities:
            self._recent = [r for r in self._recent if r.key != c.key] + [c]
        self._recent = self._recent[-4:]

    def cities_named(self) -> list[CityRef]:
        """Every city the conversation refers to (to check them against the data)."""
        named = [*self.last_cities(), *self._recent]
        return named + [c for c in (self._focus, self._anchor) if c is not None]

    def recent_cities(self) -> list[CityRef]:
        """For "them": the last question's cities if it had several, else the cities named lately."""
        if self.last is not None and len(self.last.cities) >= 2:
            return list(self.last.cities)
        return self._recent[-2:] if len(self._recent) >= 2 else self.last_cities()

    def referent(self) -> CityRef | None:
        """What "it" / "that city" means now."""
        return self._anchor or self.focus()

    def focus(self) -> CityRef | None:
        return self._focus or (self.last.cities[0] if self.last and self.last.cities else None)

    def last_cities(self) -> list[CityRef]:
        return list(self.last.cities) if self.last else []

    def last_lists(self) -> list[str]:
        return list(self.last.lists) if self.last else []

    def last_n(self) -> int | None:
        return self.last.n if self.last else None

    def save(self, state: dict[str, Any], now: float) -> None:
        if self.last is None:
            return
        q = self.last
        state["last"] = {
            "kind": q.kind, "lang": q.lang, "report": q.report, "cities": [_ref(c) for c in q.cities],
            "lists": list(q.lists), "excluded": list(q.excluded), "n": q.n, "positions": list(q.positions),
            "cuts": [[lid, n] for lid, n in q.cuts],
            "span": list(q.span) if q.span else None, "bottom": q.bottom, "offset": q.offset,
            "places": [[p.kind, p.id, p.exclude] for p in q.places], "op": q.op, "yesno": q.yesno,
            "focus": _ref(self._focus) if self._focus else None, "at": now,
            "recent": [_ref(c) for c in self._recent],
            "anchor": _ref(self._anchor) if self._anchor else None,
        }


def _ref(c: CityRef) -> list[Any]:
    return [c.text, c.id, list(c.world) if c.world else None]


def _city(raw: list[Any]) -> CityRef:
    text, cid, world = raw
    if not (cid is None or isinstance(cid, str)) or (world and len(world) != 2):
        raise ValueError("not a city")
    return CityRef(str(text), id=cid, world=(str(world[0]), str(world[1])) if world else None)


def _whole(value: Any) -> int | None:
    """A saved count or position: a whole number or None (ValueError for anything else)."""
    if value is not None and type(value) is not int:
        raise ValueError("not a whole number")
    return value


def _words(values: Any) -> tuple[str, ...]:
    if not all(isinstance(v, str) for v in values):
        raise ValueError("not a list of ids")
    return tuple(values)


def _query(saved: dict[str, Any]) -> Query:
    span = saved.get("span")
    report = saved.get("report")
    if not (report is None or isinstance(report, str)):
        raise ValueError("not a report id")
    return Query(
        kind=str(saved["kind"]), lang=str(saved.get("lang", "en")), report=report,
        cities=tuple(_city(c) for c in saved.get("cities", [])), lists=_words(saved.get("lists", [])),
        excluded=_words(saved.get("excluded", [])), n=_whole(saved.get("n")),
        positions=tuple(_whole(p) for p in saved.get("positions", [])),
        cuts=tuple((str(lid), int(n)) for lid, n in saved.get("cuts", [])),
        span=(int(span[0]), int(span[1])) if span else None, bottom=_whole(saved.get("bottom")),
        offset=int(saved.get("offset") or 0), op=str(saved.get("op", "")), yesno=bool(saved.get("yesno")),
        places=tuple(PlaceRef(str(k), str(i), bool(e)) for k, i, e in saved.get("places", [])))


def together(answered: list[Query]) -> Query:
    """What a follow-up continues: the last question, or the tops of several lists asked in one message ("top 3 in
    education and top 3 in innovation", then "any city in both?") as one question about them all."""
    last = answered[-1]
    tops = [q for q in answered if q.kind == "top" and len(q.lists) == 1 and not q.places and not q.span]
    lists = list(dict.fromkeys(q.lists[0] for q in tops))
    if len(tops) < 2 or len(tops) != len(answered) or len(lists) != len(tops) or \
            len({q.report for q in tops}) > 1:
        return last
    cuts = tuple((q.lists[0], q.n) for q in tops if q.n)
    return last.but(lists=tuple(lists), op="each", cuts=cuts, n=last.n if len({q.n for q in tops}) == 1 else None)
