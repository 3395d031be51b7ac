"""Shared test constants and the engine test double for the Telegram tests."""

from __future__ import annotations

import copy
import html

from bot.reply import Button, Reply

TOKEN = "123456789:AAFakeTokenForTests-only_abcdefghijkl"
OTHER_TOKEN = "987654321:AAAnotherTokenNobodyAccepts_zyxwvuts"


class FakeEngine:
    """An engine test double with predictable answers. ``calls`` records (text, a copy of the
    state as the engine received it); answering appends the text to ``state["history"]``."""

    def __init__(self, html_template: str = "<b>answer</b> to: {text}") -> None:
        self.calls: list[tuple[str, dict | None]] = []
        self.replied_to: list[dict | None] = []  # the reply_to context of each call
        self.html_template = html_template
        self.fail_on: str | None = None

    def answer(self, text: str, state: dict | None = None, *, now: float | None = None,
               reply_to: dict | None = None) -> Reply:
        self.calls.append((text, copy.deepcopy(state)))
        self.replied_to.append(reply_to)
        if self.fail_on is not None and text == self.fail_on:
            raise RuntimeError("engine bug")
        if state is not None:
            state.setdefault("history", []).append(text)
        return Reply(
            text=f"answer to: {text}",
            html=self.html_template.format(text=html.escape(text)),
            intent="fake", lang="en",
            buttons=(Button("Top 3", "q:top 3"), Button("Source", "src"), Button("Card", "card:top 3")),
            title=f"title: {text}",
        )

    def inline(self, text: str, *, limit: int = 10) -> list[Reply]:
        """Three answers for a query; none for an empty one (no built-in examples)."""
        if not text.strip():
            return []
        return [self.answer(f"{text} #{i}") for i in range(3)][:limit]

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.calls]
