"""Properties of the whole message → reply path, for any message at all (Hypothesis).

`python tests/fuzzing.py --examples 100000` runs the same checks on far more messages.
"""

from __future__ import annotations

import json
import time

import pytest
from fuzzing import SLOW_MS, html_problem, messages, reply_problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reply import Reply

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                             HealthCheck.function_scoped_fixture])


def timed_answer(engine, text: str, state: dict | None = None) -> tuple[Reply, float]:
    start = time.perf_counter()
    reply = engine.answer(text, {} if state is None else state)
    return reply, (time.perf_counter() - start) * 1000


@SETTINGS
@given(messages())
def test_any_message_gets_a_valid_reply(engine, text):
    reply, ms = timed_answer(engine, text)
    assert reply_problems(reply) == []
    if ms > SLOW_MS:  # one retry: a garbage collection can land on any call
        _, ms = timed_answer(engine, text)
    assert ms < SLOW_MS


@SETTINGS
@given(st.lists(messages(), min_size=1, max_size=6))
def test_any_conversation_gets_valid_replies_and_a_json_state(engine, texts):
    state: dict = {}
    for text in texts:
        assert reply_problems(engine.answer(text, state)) == []
        json.dumps(state)  # the Telegram layer persists it


@SETTINGS
@given(st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
       st.sampled_from(["top {n}", "top {n} in education", "rank {n}", "who is number {n}", "/top {n} talent",
                        "前{n}名", "is Tokyo in the top {n}", "第{n}名是谁", "/rank {n}"]))
def test_any_number_in_a_question(engine, n, template):
    reply = engine.answer(template.format(n=n), {})
    assert reply_problems(reply) == []


@pytest.mark.parametrize("text", ["top 0", "top -3", "top 1000", "rank 31", "top 99999999999999999999999",
                                  "who is -1st", "第-3名", "top ∞", "/top -0", "rank 0"])
def test_impossible_tops_and_ranks(engine, text):
    reply = engine.answer(text, {})
    assert reply_problems(reply) == []
    assert reply.intent in ("top", "position", "rank", "nonsense", "clarify")


@pytest.mark.parametrize("text", [
    "\u202ewhere does Shanghai rank\u202c", "\u200fمرحبا Shanghai", "שלום where does Tokyo rank", "\x00\x07\x1b[31m",
    "\ud83d top 3", "top 3 \udc00", "<b>bold</b> <i>x</i> <a href='javascript:alert(1)'>x</a>", "**top** _3_ `x`",
    "[Shanghai](http://evil.example) rank", "top NaN", "&amp; &lt; &#60; &nbsp; & <", "x" * 10_000, "上" * 10_000,
    "\U0001f680" * 5000, "\n" * 500 + "top 3", "/rank " + "Shanghai " * 2000, "@@@@@@", "/", "/@x",
])
def test_strange_text(engine, text):
    reply, ms = timed_answer(engine, text)
    assert reply_problems(reply) == []
    assert ms < SLOW_MS * 4  # very long inputs: still bounded (they are cut to 500 characters)


# --- the validator itself -----------------------------------------------------------------------------
@pytest.mark.parametrize("html", ["plain", "<b>x</b>", "<b><i>x</i></b>", "a &lt; b &amp; c &gt; d &quot;",
                                  '<a href="https://example.com/?a=1&amp;b=2">x</a>', "<pre><code>x</code></pre>",
                                  "<u>u</u> <s>s</s>"])
def test_validator_accepts_telegram_html(html):
    assert html_problem(html) is None


@pytest.mark.parametrize("html", ["<b>x", "x</b>", "<b><i>x</b></i>", "<div>x</div>", "a < b", "a & b", "a > b",
                                  "&nbsp;", "&#60;", '<b class="x">x</b>', "<a>x</a>", "<a href=x>y</a>",
                                  "<script>alert(1)</script>"])
def test_validator_rejects_what_telegram_rejects(html):
    assert html_problem(html) is not None
