"""Commands: /start, /help, /rank CITY, /compare A B, /top [N] [LIST], /card ... ."""

from __future__ import annotations

from bot.context import Conversation
from bot.interpret.base import Rules
from bot.language.normalize import Message
from bot.query import Query


class CommandRules(Rules):
    def _command(self, msg: Message, convo: Conversation) -> Query:
        command = self.lex.command(msg.command or "")
        f = self._clause(msg.raw, msg.lang).f if msg.raw else None
        lang = msg.lang
        fixed = {"start": "greeting", "help": "help", "about": "about", "source": "about", "stats": "help"}
        if command in fixed or f is None or not (f.content or f.numbers):
            kind = fixed.get(command, "help")
            if command in ("rank", "compare") and f is None:
                return Query("need_city", lang, op=command, text=msg.raw)
            if command in ("top", "card") and f is None:
                return Query("top", lang, lists=("overall",), text=msg.raw, op="card" if command == "card" else "")
            if f is not None and command in ("rank", "compare", "top", "card") and f.cities:
                pass  # an unknown name: answered below
            else:
                return Query(kind, lang, text=msg.raw)
        assert f is not None
        fresh = Conversation()  # a command is a question of its own: it never continues another
        if command == "compare":
            if len(f.cities) >= 2:
                return self._base("compare", f, lang, cities=tuple(f.cities[:4]))
            q = self._classify(f, lang, convo)
            if q is not None and f.cities:
                last = convo.last_cities()
                prev = [c for c in last if c.key != f.cities[0].key][:1]
                if prev:
                    return self._base("compare", f, lang, cities=(*prev, f.cities[0]))
                return self._base("rank", f, lang, cities=(f.cities[0],), notes=("compare_hint",))
            return Query("need_city", lang, op="compare", text=msg.raw)
        if command == "rank":
            if len(f.cities) >= 2:
                return self._base("compare", f, lang, cities=tuple(f.cities[:4]))
            if f.cities:
                return self._base("rank", f, lang, cities=(f.cities[0],))
            if f.positions or f.numbers:
                return self._base("position", f, lang, positions=tuple(f.positions or f.numbers[:1]))
            return self._classify(f, lang, fresh) or Query("need_city", lang, op="rank", text=msg.raw)
        if command == "top":
            n = (f.counts or f.numbers or [None])[0]
            if f.places:
                return self._base("in_place", f, lang, n=n)
            return self._base("top", f, lang, n=n)
        q = self._classify(f, lang, fresh)  # /card and anything else: as a question
        return q.but(op=q.op or ("card" if command == "card" else "")) if q else Query("help", lang, text=msg.raw)
