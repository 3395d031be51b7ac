"""Fuzzing the whole message → reply path: `python tests/fuzzing.py --examples 100000`.

A test tool, not part of the product: the Hypothesis strategy `messages()` and the reply checks
(`reply_problems`, `html_problem`) are used by tests/engine/test_properties.py, and run as a
script it answers many more messages than a test run can.

Every message, however strange (any Unicode up to 10,000 characters, control characters,
right-to-left text, HTML- and Markdown-like text, huge numbers, impossible tops and ranks),
must get a Reply: no exception, text and HTML within Telegram's 4096 characters, HTML that
Telegram's parser accepts, and an answer in well under 50 ms.

Messages come from a seeded random generator (fast, so 100,000 take a minute or two) and, for
a share of the run, from Hypothesis strategies (`messages()`, also used by
tests/engine/test_properties.py). Some messages are sent in one running chat, so follow-ups
and the conversation state are fuzzed too.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.reply import Reply

LIMIT = 4096  # Telegram's maximum message length
SLOW_MS = 50.0  # an answer slower than this is a failure
ALLOWED_TAGS = frozenset({"b", "i", "u", "s", "code", "pre", "a"})
_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>|&([A-Za-z0-9#]+);|[<>&]")
_HREF = re.compile(r'^\s+href="[^"<>]*"$')
_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})


# --- checking a reply ---------------------------------------------------------------------------
def html_problem(html: str) -> str | None:
    """Why Telegram's HTML parse mode would reject `html`, or None if it is fine.

    Only <b>, <i>, <u>, <s>, <code>, <pre> and <a href="..."> tags, properly nested; entities
    only &lt; &gt; &amp; &quot;; no stray <, > or &.
    """
    stack: list[str] = []
    for m in _TOKEN.finditer(html):
        closing, tag, attrs, entity = m.group(1), m.group(2), m.group(3), m.group(4)
        if tag is not None:
            tag = tag.lower()
            if tag not in ALLOWED_TAGS:
                return f"tag <{closing}{tag}> is not allowed at {m.start()}"
            if closing:
                if attrs.strip():
                    return f"closing tag </{tag}> has attributes at {m.start()}"
                if not stack or stack[-1] != tag:
                    return f"</{tag}> does not close {('<' + stack[-1] + '>') if stack else 'anything'} at {m.start()}"
                stack.pop()
            else:
                if tag == "a":
                    if not _HREF.match(attrs):
                        return f"<a> needs exactly one href attribute at {m.start()}"
                elif attrs.strip():
                    return f"<{tag}> has attributes at {m.start()}"
                stack.append(tag)
        elif entity is not None:
            if entity not in _ENTITIES:
                return f"entity &{entity}; is not one Telegram accepts at {m.start()}"
        else:
            return f"stray {m.group(0)!r} at {m.start()}"
    if stack:
        return f"<{stack[-1]}> is never closed"
    return None


def reply_problems(reply: Any) -> list[str]:
    """Everything wrong with one reply (empty when it is fine)."""
    if not isinstance(reply, Reply):
        return [f"not a Reply: {type(reply).__name__}"]
    problems = []
    if not reply.text.strip():
        problems.append("empty text")
    if len(reply.text) > LIMIT:
        problems.append(f"text is {len(reply.text)} characters")
    if len(reply.html) > LIMIT:
        problems.append(f"html is {len(reply.html)} characters")
    bad = html_problem(reply.html)
    if bad:
        problems.append(f"html: {bad}")
    if reply.lang not in ("en", "zh-Hans", "zh-Hant"):
        problems.append(f"lang {reply.lang!r}")
    for button in reply.buttons:
        if len(button.action.encode("utf-8", "surrogatepass")) > 64:
            problems.append(f"button data over 64 bytes: {button.action!r}")
    return problems


# --- messages -----------------------------------------------------------------------------------------
QUESTIONS = [
    "where does {city} rank", "where does {city} rank in {list}", "is {city} in the top {n}", "top {n}",
    "top {n} in {list}", "compare {city} and {city}", "{city} vs {city}", "who is number {n}", "rank {n}",
    "is {city} better than {city} in {list}", "which {adj} cities are in the top {n}", "tell me about {city}",
    "{city}", "{list}", "/rank {city} {list}", "/top {n} {list}", "/compare {city} {city} {city}", "/about",
    "/start", "/help", "/rank@SomeBot {city}", "and in {list}?", "what about {city}?", "compare it with {city}",
    "{city}排第几", "{list}前{n}", "{city}和{city}比较", "{city}进入前{n}了吗", "第{n}名是谁", "is it in the top {n}?",
    "who ranked {n}th", "top {n} {adj} cities", "{city} {city} {city} {city}", "who published it", "hi", "thanks",
]
CITIES = ["Shanghai", "shangai", "SF", "NYC", "HK", "LA", "Boston", "bostn", "Beijing", "London", "Tokyo", "tokio",
          "Shenzhen", "Guangzhou", "Seattle", "Paris", "Seoul", "Singapore", "Gotham", "Mexico", "上海", "舊金山",
          "北京市", "巴黎", "哥谭", "<b>Gotham</b>", "Nice", "reading", "asdfgh", "it", "them", "it's"]
LISTS = ["education", "innovation", "talent", "science", "overall", "balanced education", "talent potential",
         "教育", "人才", "科技", "sci-tech", "workforce", "educaton"]
ADJECTIVES = ["Chinese", "US", "European", "Asian", "Japanese", "Indian", "Korean", "African", "中国", "美國"]
NUMBERS = ["0", "-3", "1000", "31", "3", "10", "1", "99999999999999999999", "-0", "1e9", "三", "十", "一百", "two",
           "ten", "3.5", "1,000", "٣", "３", "Ⅷ", "0x10", "NaN", "∞"]
ODD = ["\u202e", "\u200f", "\u202b", "\u2066", "\ufeff", "\u200b", "\x00", "\x07", "\x1b[31m", "\r\n", "\t",
       "\u0301", "\ud83d", "\udc00", "\U0001f680", "\U0001f1e8\U0001f1f3", "👨‍👩‍👧", "&amp;", "&lt;", "&#x3C;", "&",
       "<", ">", "<i>", "</b>", "<a href=\"x\">", "**", "__", "`", "```", "[x](http://y)", "\\", "{", "}", "{0}",
       "%s", "${x}", "@citybot", "@", "/", "#", "مرحبا", "שלום", "ﷺ", "Ω", "𝕏", "ǅ", "ß", "İ", "ﬁ"]


def _random_text(rng: random.Random, size: int) -> str:
    """Random code points from every plane (surrogates and unassigned ones included)."""
    pick = rng.random()
    if pick < 0.3:
        return "".join(chr(rng.randrange(0x20, 0x7F)) for _ in range(size))
    if pick < 0.5:
        return "".join(chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(size))
    if pick < 0.6:
        return "".join(rng.choice(ODD) for _ in range(size))
    return "".join(chr(rng.randrange(0, 0x110000)) for _ in range(size))


def random_message(rng: random.Random) -> str:
    """One message: a real question (perhaps mangled), random text, or a mix."""
    kind = rng.random()
    if kind < 0.55:
        text = rng.choice(QUESTIONS)
        text = re.sub(r"\{(\w+)\}", lambda m: rng.choice({"city": CITIES, "list": LISTS, "n": NUMBERS,
                                                          "adj": ADJECTIVES}[m.group(1)]), text)
        if rng.random() < 0.4:  # mangle it: odd characters inside, case, repeats
            chars = list(text)
            for _ in range(rng.randrange(1, 6)):
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
            text = "".join(chars)
            if rng.random() < 0.3:
                text = text.upper() if rng.random() < 0.5 else text.swapcase()
            if rng.random() < 0.1:
                text = text * rng.randrange(2, 400)
        return text[:10_000]
    if kind < 0.85:
        return _random_text(rng, rng.choice([0, 1, 2, 5, 20, 100, 1000, 4096, 10_000]))
    parts = [rng.choice(CITIES + LISTS + NUMBERS + ODD + QUESTIONS) for _ in range(rng.randrange(1, 30))]
    return " ".join(parts)[:10_000]


def messages():
    """A Hypothesis strategy for messages (imports Hypothesis, a test dependency)."""
    from hypothesis import strategies as st

    templated = st.builds(
        lambda t, c, li, n, a: t.format(city=c, list=li, n=n, adj=a) if "{" in t else t,
        st.sampled_from([q for q in QUESTIONS if "{city}" not in q.replace("{city}", "", 1)]),
        st.sampled_from(CITIES) | st.text(max_size=30), st.sampled_from(LISTS) | st.text(max_size=20),
        st.sampled_from(NUMBERS) | st.integers().map(str), st.sampled_from(ADJECTIVES))
    return st.one_of(
        st.text(max_size=10_000),
        st.text(st.characters(codec="utf-8"), max_size=200),
        st.lists(st.sampled_from(ODD), max_size=100).map("".join),
        templated,
        st.lists(st.sampled_from(CITIES + LISTS + NUMBERS + ODD) | st.text(max_size=10), max_size=40).map(" ".join),
        st.integers().map(lambda n: f"top {n}"),
        st.integers().map(lambda n: f"rank {n}"),
        st.from_regex(r"\A(<[a-z/]{1,6}>|&[a-z#0-9]{0,6};?|\*\*|__|`|[^\n]{0,10}){0,30}\Z", fullmatch=True),
    )


# --- running ---------------------------------------------------------------------------------------
@dataclass
class Summary:
    count: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    slow: int = 0  # slow twice: a failure
    spikes: list[tuple[str, float, float]] = field(default_factory=list)  # slow once, fast when timed again
    latencies_ms: list[float] = field(default_factory=list)
    by_source: dict[str, int] = field(default_factory=dict)

    @property
    def max_ms(self) -> float:
        return max(self.latencies_ms, default=0.0)

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    def text(self) -> str:
        lines = [f"fuzz: {self.count} messages ({', '.join(f'{k} {v}' for k, v in self.by_source.items())})",
                 f"fuzz: {len(self.failures)} failures, {self.slow} slower than {SLOW_MS:.0f} ms "
                 f"(and {len(self.spikes)} one-off pauses: slow once, fast when timed again)",
                 f"fuzz: latency p50 {self.percentile(50):.3f} ms, p99 {self.percentile(99):.3f} ms, "
                 f"max {self.max_ms:.3f} ms"]
        for message, problem in self.failures[:20]:
            lines.append(f"  FAIL {problem}: {message[:120]!r}")
        for message, first, again in self.spikes[:5]:
            lines.append(f"  pause {first:.1f} ms, again {again:.1f} ms: {message[:60]!r}")
        return "\n".join(lines)


class Checker:
    """Answers messages (some in one running chat) and records what was wrong."""

    def __init__(self, engine: Any, summary: Summary) -> None:
        self.engine = engine
        self.summary = summary
        self.state: dict[str, Any] = {}
        self.now = 1_700_000_000.0

    def __call__(self, message: str, source: str, *, in_chat: bool = False) -> list[str]:
        state = self.state if in_chat else {}
        try:
            before = json.loads(json.dumps(state))  # to time a slow answer again, from the same state
        except (TypeError, ValueError):
            before = {}  # (already reported for the message that broke it)
        self.now += 30.0
        problems: list[str] = []
        start = time.perf_counter()
        try:
            reply = self.engine.answer(message, state, now=self.now)
        except Exception as exc:  # the property under test: never
            reply = None
            problems.append(f"{type(exc).__name__}: {exc}"[:300])
        elapsed = (time.perf_counter() - start) * 1000
        if reply is not None:
            problems.extend(reply_problems(reply))
            try:
                json.dumps(state)
            except (TypeError, ValueError) as exc:
                problems.append(f"chat state is not JSON: {exc}")
        if elapsed > SLOW_MS and not problems:
            # A pause of the machine (a garbage collection, another process) is not the engine: time it again.
            again = time.perf_counter()
            self.engine.answer(message, before, now=self.now)
            retry = (time.perf_counter() - again) * 1000
            if retry > SLOW_MS:
                self.summary.slow += 1
                problems.append(f"slow: {elapsed:.1f} ms, again {retry:.1f} ms")
            else:
                self.summary.spikes.append((message, elapsed, retry))
        self.summary.latencies_ms.append(elapsed)
        self.summary.count += 1
        self.summary.by_source[source] = self.summary.by_source.get(source, 0) + 1
        for problem in problems:
            self.summary.failures.append((message, problem))
        if len(state) > 0 and in_chat and self.summary.count % 50 == 0:
            self.state = {}  # a new chat now and then
        return problems


def run(engine: Any, examples: int, *, seed: int = 0, hypothesis_share: float = 0.1,
        progress: Callable[[int], None] | None = None) -> Summary:
    """Fuzz `examples` messages: most from the seeded generator, a share from Hypothesis."""
    summary = Summary()
    check = Checker(engine, summary)
    n_hyp = int(examples * hypothesis_share)
    rng = random.Random(seed)
    for i, message in enumerate(_take(rng, examples - n_hyp)):
        check(message, "random", in_chat=i % 3 == 0)
        if progress and (i + 1) % 10_000 == 0:
            progress(i + 1)
    if n_hyp:
        _run_hypothesis(check, n_hyp, seed)
    return summary


def _take(rng: random.Random, n: int) -> Iterator[str]:
    for _ in range(n):
        yield random_message(rng)


def _run_hypothesis(check: Checker, n: int, seed: int) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    @hseed(seed)
    @settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(messages())
    def prop(message: str) -> None:
        check(message, "hypothesis", in_chat=True)  # failures are recorded, not raised: see them all

    prop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tests/fuzzing.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000, help="messages to try (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hypothesis-share", type=float, default=0.1,
                        help="share of the messages generated by Hypothesis (default 0.1; 0 for none)")
    parser.add_argument("--data", metavar="DIR", help="data folder")
    args = parser.parse_args(argv)
    from bot.engine import Engine

    engine = Engine.load(args.data)
    for warm in ("warm up", "上海排第几", "舊金山排名", "巴黎排第幾", "where does Paris rank"):
        engine.answer(warm, {})  # lazy loads (OpenCC, the gazetteer) are start-up, not answering time
    gc.freeze()  # the loaded index is permanent: full collections need not walk it (as a long-running bot would)
    start = time.perf_counter()
    summary = run(engine, args.examples, seed=args.seed, hypothesis_share=args.hypothesis_share,
                  progress=lambda i: print(f"fuzz: {i} ...", file=sys.stderr, flush=True))
    print(summary.text())
    print(f"fuzz: {time.perf_counter() - start:.1f} s")
    return 1 if summary.failures else 0


if __name__ == "__main__":
    sys.exit(main())
