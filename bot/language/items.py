"""What reading a clause yields: its tokens and the items they make (cities, lists, places,
numbers, cues …), with the words of an item as the user typed them."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from bot.language.tokens import Token

TEXT: ContextVar[str] = ContextVar("text", default="")  # the clause being read, for `raw`


@dataclass(frozen=True, slots=True)
class Item:
    """One thing a clause says, over tokens [start, end)."""

    kind: str  # city | world | unknown | list | place | number | ordinal | year | cue | filler | word
    value: Any
    start: int
    end: int
    text: str  # as typed
    key: str = ""  # folded words, space-separated
    cues: frozenset[str] = frozenset()  # the cue classes of the phrase (also for names that are cues)
    fuzzy: bool = False  # a typo was corrected to reach `value`


@dataclass
class Reading:
    tokens: list[Token]
    items: list[Item] = field(default_factory=list)
    text: str = ""  # the prepared text the tokens' offsets point into

    def cue(self, name: str) -> bool:
        return any(name in item.cues for item in self.items)

    def of_kind(self, kind: str) -> list[Item]:
        return [item for item in self.items if item.kind == kind]



def raw(tokens: list[Token], start: int, end: int) -> str:
    """The words [start, end) as typed: the text between them, and markup around them ("<b>Gotham</b>")."""
    return span(TEXT.get(), tokens, start, end)


def span(text: str, tokens: list[Token], start: int, end: int) -> str:
    if not text:
        return " ".join(t.raw for t in tokens[start:end])
    a, b = tokens[start].start, tokens[end - 1].end
    while a > 0 and text[a - 1] in "<>/":
        a -= 1
    while b < len(text) and text[b] in "<>/":
        b += 1
    return text[a:b]



def item_key(item: Item) -> str:
    return item.key
