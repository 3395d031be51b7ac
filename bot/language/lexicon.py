"""The vocabulary the bot listens for, compiled once from the index: every name (cities,
countries, regions, lists), number word and cue phrase as a sequence of token keys, so a
message is read by longest match at each token (see bot/language/entities.py).

Names come from the report data (cities.yaml, countries.yaml, the lists' names); all other
words from data/language/lexicon.yaml. Nothing here is language-specific code: adding a
phrase to the data is enough for the bot to hear it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import OSA

from bot.language.tokens import keys
from index_core.index import Index

Meaning = tuple[str, Any]  # ("city", id), ("place", (kind, id)), ("list", id), ("number", n), ("ordinal", n),
#                            ("cue", name), ("filler", None)


@dataclass
class Lexicon:
    phrases: dict[tuple[str, ...], list[Meaning]] = field(default_factory=dict)
    widths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first key → phrase lengths, longest first
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spelling_width: int = 1  # tokens in the longest spelling
    spelling_starts: frozenset[str] = frozenset()  # the first token of each spelling
    cantonese: str = ""  # characters only written Cantonese uses: a message of shared characters is traditional
    filler: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()  # every key of every phrase: words that are never a city's name
    city_names: dict[str, str] = field(default_factory=dict)  # folded name → city id (for fuzzy matching)
    list_names: dict[str, str] = field(default_factory=dict)  # folded list word → list id
    cue_words: dict[str, frozenset[str]] = field(default_factory=dict)  # cue → its phrases (joined keys)
    commands: dict[str, str] = field(default_factory=dict)  # command name or another name for it → the command

    @classmethod
    def from_index(cls, index: Index) -> Lexicon:
        raw: dict[str, Any] = index.language.get("lexicon", {})
        lex = cls()
        for name, city_id in index.aliases.items():
            lex.add(name, ("city", city_id))
            lex.city_names[name] = city_id
        for name, hit in index.place_names.items():
            lex.add(name, ("place", (hit["kind"], hit["id"])))
        list_ids = {info.id for report in index.reports.values() for info in report.lists}
        for list_id, words in raw.get("lists", {}).items():
            if list_id not in list_ids:
                continue
            for word in words:
                lex.add(word, ("list", list_id))
                lex.list_names[" ".join(keys(word))] = list_id
        for report in index.reports.values():
            for info in report.lists:
                for name in info.names.values():
                    lex.add(name, ("list", info.id))
                    lex.list_names.setdefault(" ".join(keys(name)), info.id)
        for word, n in raw.get("numbers", {}).items():
            lex.add(str(word), ("number", int(n)))
        for word, n in raw.get("ordinals", {}).items():
            lex.add(str(word), ("ordinal", int(n)))
        cue_words: dict[str, set[str]] = {}
        for cue, words in raw.get("cues", {}).items():
            for word in words:
                lex.add(str(word), ("cue", cue))
                cue_words.setdefault(cue, set()).add(" ".join(keys(str(word))))
        lex.cue_words = {cue: frozenset(words) for cue, words in cue_words.items()}
        lex.commands = {str(alias): command for command, aliases in raw.get("commands", {}).items()
                        for alias in (command, *(aliases or ()))}
        lex.spellings = {" ".join(keys(k)): keys(v) for k, v in raw.get("spellings", {}).items() if keys(k)}
        lex.cantonese = "".join(str(c) for c in raw.get("cantonese_characters", ""))
        lex.spelling_starts = frozenset(k.split(" ")[0] for k in lex.spellings)
        lex.spelling_width = max((len(k.split(" ")) for k in lex.spellings), default=1)
        lex.filler = frozenset(k for word in raw.get("filler", []) for k in keys(str(word)))
        for word in raw.get("filler", []):
            lex.add(str(word), ("filler", None))
        lex._spell_phrases()  # "唔该晒" is matched as typed, after 唔 is read as 不: "不 该 晒"
        # words that mean something on their own (never a city's name); a word that only occurs inside
        # names ("san", "los") is not one of them, so "san fransisco" is read as one typo of one name
        lex.known = frozenset(k for phrase, meanings in lex.phrases.items() for k in phrase
                              if any(kind not in ("city", "place", "list") for kind, _v in meanings)
                              or len(phrase) == 1) | lex.filler
        lex.widths = {}
        for phrase in lex.phrases:
            lex.widths.setdefault(phrase[0], ())
            if len(phrase) not in lex.widths[phrase[0]]:
                lex.widths[phrase[0]] = tuple(sorted((*lex.widths[phrase[0]], len(phrase)), reverse=True))
        return lex

    def _spell_phrases(self) -> None:
        """Each phrase is also known as the words of a message are rewritten ("唔该" as "不 该", "係咪" as "是 咪"),
        since a message's words are rewritten before they are matched."""
        single = {k: v for k, v in self.spellings.items() if " " not in k}
        for phrase, meanings in list(self.phrases.items()):
            if any(k in single for k in phrase):
                spelled = tuple(out for k in phrase for out in single.get(k, (k,)))
                known = self.phrases.setdefault(spelled, [])
                known.extend(m for m in meanings if m not in known)

    def add(self, text: str, meaning: Meaning) -> None:
        phrase = keys(text)
        if not phrase:
            return
        meanings = self.phrases.setdefault(phrase, [])
        if meaning not in meanings:
            meanings.append(meaning)

    def longest(self, words: list[str], i: int) -> tuple[int, list[Meaning]]:
        """The longest phrase starting at word i: its length and meanings (0, [] if none)."""
        for width in self.widths.get(words[i], ()):
            if i + width <= len(words):
                found = self.phrases.get(tuple(words[i:i + width]))
                if found is not None:
                    return width, found
        return 0, []

    def command(self, typed: str) -> str:
        """The command meant: its name, another name for it, or either one typing slip away ("/tops", "/rnak");
        anything else as typed."""
        if typed in self.commands:
            return self.commands[typed]
        close = {cmd for name, cmd in self.commands.items()
                 if len(name) >= 3 and len(typed) >= 4 and OSA.distance(typed, name) <= 1}
        return close.pop() if len(close) == 1 else typed

    def has_cue(self, cue: str, phrases: Iterable[str]) -> bool:
        return not self.cue_words.get(cue, frozenset()).isdisjoint(phrases)
