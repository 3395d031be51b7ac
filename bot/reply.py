"""What the engine hands to a front end (command line, Telegram): one reply to one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.cards.spec import CardSpec


@dataclass(frozen=True, slots=True)
class Button:
    """A button under a reply. `action` is callback data (at most 64 bytes in UTF-8).

    Actions: "q:<question>" asks <question> as if the user typed it; "src" shows the source;
    "card:<token>" sends the picture card the token names (bot.cards.spec.CardSpec.token).
    """

    label: str
    action: str


@dataclass(frozen=True, slots=True)
class Reply:
    """One answer. `text` is plain (what `citybot ask` prints); `html` is the same content for
    Telegram's HTML parse mode, with everything from users or data escaped."""

    text: str
    html: str
    intent: str  # the question type(s) answered, e.g. "rank" or "top+top"
    lang: str  # "en", "zh-Hans" or "zh-Hant"
    buttons: tuple[Button, ...] = field(default=())
    title: str = ""  # a one-line summary, used as an inline result's title
    summary: str = ""  # the reply in one line, shown under an inline result's title
    card: CardSpec | None = None  # the picture card of this answer, if it has one
    sources: tuple[str, ...] = ()  # the source references the answer rests on ("xinhua ¶4")
    context: dict[str, Any] | None = None  # what a reply to this answer continues (see bot/context.py)
