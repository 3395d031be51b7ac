"""Bad input through the bot: any text gets one valid reply (the fake server checks Telegram's
HTML rules and the 4096-character limit), never an exception, in bounded time."""

from __future__ import annotations

import asyncio
import random
import time

import pytest
from fake_bot_api import BOT_USERNAME, ApiError, FakeBotApi, visible_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.telegram.addressing import address
from bot.telegram.render import MAX_MESSAGE, fit_html

GROUP = -100999

NASTY = [
    "a" * 10_000,
    "where does Shanghai rank? " * 400,
    "\x00\x01\x02\x07\x08\x0b\x0c\x1b[31mred\x1b[0m\x7f",
    "\u202eknar iahgnahS seod erehw",  # right-to-left override
    "أين تقع شنغهاي في الترتيب؟",  # Arabic (RTL)
    "איפה שנחאי בדירוג?",  # Hebrew (RTL)
    "<b>bold</b> <i>unclosed <script>alert(1)</script> <a href='javascript:x'>x</a>",
    "&amp; &lt;b&gt; &#0; &#x110000; &bogus;",
    "*bold* _italic_ `code` ```pre``` [link](http://example.org) ~~strike~~ ||spoiler||",
    "top 99999999999999999999999999999999999999", "top 0", "top -3", "top 1000", "rank 31", "top 1e309",
    "/top -3", "/top 0", "/top 1000", "/rank 31", "/compare", "/compare x y z w v u", "/rank",
    "/card top 0", "/card top 1000", "/card rank 31", "/card -3", "/card " + "x" * 3000,
    "\u200b\u200c\u200d\ufeff", "👨‍👩‍👧‍👦🏳️‍🌈" * 50, "𝕊𝕙𝕒𝕟𝕘𝕙𝕒𝕚", "Ｓｈａｎｇｈａｉ", "上海" * 2000,
    "   ", "/", "//", "/start@", "@", f"@{BOT_USERNAME}", "\n\n\n", "\t",
    "%s %d {0} {text} ${HOME} `rm -rf /`", "'; DROP TABLE cities; --", "../../../../etc/passwd",
]


@pytest.fixture(scope="module")
def real_engine():
    from bot.engine import Engine

    return Engine.load()


def _random_texts(count: int, seed: int = 5) -> list[str]:
    """Random Unicode (no lone surrogates: JSON cannot carry them, nor can Telegram)."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        size = rng.choice([1, 5, 40, 300, 4096])
        texts.append("".join(chr(rng.choice([rng.randrange(0x20, 0x7f), rng.randrange(0, 0xD800),
                                             rng.randrange(0xE000, 0x110000)])) for _ in range(size)))
    return texts


async def test_every_nasty_message_gets_exactly_one_valid_reply(api: FakeBotApi, start_bot, real_engine) -> None:
    from bot.telegram.config import FloodPolicy

    await start_bot(engine_=real_engine, flood=FloodPolicy(enabled=False), api_rate_limits=False)
    texts = NASTY + _random_texts(40)
    started = time.monotonic()
    questions = []
    for i, text in enumerate(texts):
        questions.append(api.push_message(text, chat_id=3000 + i))
        questions.append(api.push_message(f"@{BOT_USERNAME} {text}", chat_id=GROUP, chat_type="supergroup"))
    await api.wait_until_polled()

    def replies_to(question: dict) -> list[dict]:
        chat = question["chat"]["id"]
        return [m for m in api.bot_messages(chat)
                if chat > 0 or (m.get("reply_to_message") or {}).get("message_id") == question["message_id"]]

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all(replies_to(q) for q in questions):
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)  # and no second reply
    for question in questions:
        replies = replies_to(question)
        assert len(replies) == 1, (question["text"][:80], replies)
        shown = replies[0].get("text") or replies[0].get("caption") or ""
        assert shown.strip() and len(shown) <= MAX_MESSAGE
        assert not shown.startswith("Sorry, I could not answer"), question["text"][:80]  # no exception
    took = time.monotonic() - started
    assert took < 30
    refused = [c for c in api.calls if c.method in ("sendMessage", "sendPhoto") and c.fault is None
               and c.completed and c.params.get("parse_mode") and _invalid(c.params)]
    assert not refused, refused[:3]


def _invalid(params: dict) -> bool:
    try:
        visible_text(params.get("text") or params.get("caption") or "", params.get("parse_mode"))
    except ApiError:
        return True
    return False


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(st.characters(exclude_categories=("Cs",)), max_size=2000),
       chat_type=st.sampled_from(["private", "supergroup"]))
def test_any_text_becomes_one_valid_telegram_message(real_engine, text: str, chat_type: str) -> None:
    """The message-to-reply path below the HTTP layer: addressing, the engine, fitting the
    reply into one message of valid Telegram HTML."""
    addressed = address(f"@{BOT_USERNAME} {text}" if chat_type != "private" else text, chat_type=chat_type,
                        bot_username=BOT_USERNAME, bot_id=4242)
    assert addressed is not None
    started = time.monotonic()
    reply = real_engine.answer(addressed.text, {})
    assert time.monotonic() - started < 2.0
    html = fit_html(reply)
    assert len(html) <= MAX_MESSAGE
    shown = visible_text(html, "HTML")  # raises ApiError for what Telegram would refuse
    assert shown.strip()
