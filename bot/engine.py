"""TEMPORARY STUB — being replaced by the real engine. Interface is final."""

from __future__ import annotations

import html
import time
from pathlib import Path

from bot.reply import Button, Reply


class Engine:
    @classmethod
    def load(cls, data_dir: Path | None = None) -> Engine:
        return cls()

    def answer(self, text: str, state: dict | None = None, *, now: float | None = None) -> Reply:
        now = time.time() if now is None else now
        if state is not None:
            state["last"] = {"text": text, "at": now}
        plain = f"You said: {text}"
        return Reply(text=plain, html=html.escape(plain), intent="echo", lang="en",
                     buttons=(Button("Top 3", "q:top 3"), Button("Source", "src")), title=plain[:60])

    def inline(self, text: str, *, limit: int = 10) -> list[Reply]:
        return [self.answer(text)][:limit]
