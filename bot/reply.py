"""What the engine hands to a front end (command line, Telegram): one reply to one message."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Button:
    """A button under a reply. `action` is callback data (at most 64 bytes in UTF-8).

    Actions: "q:<question>" asks <question> as if the user typed it; "src" shows the source;
    "card:<question>" sends a picture card for <question>.
    """

    label: str
    action: str


@dataclass(frozen=True, slots=True)
class Reply:
    """One answer. `text` is plain (what `citybot ask` prints); `html` is the same content for
    Telegram's HTML parse mode, with everything from users or data escaped."""

    text: str
    html: str
    intent: str
    lang: str  # "en", "zh-Hans" or "zh-Hant"
    buttons: tuple[Button, ...] = field(default=())
    title: str = ""  # a one-line summary, used as an inline result's title
    card: str | None = None  # a question a picture card can be drawn for, if any
