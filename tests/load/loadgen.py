"""Load for the bot through the fake Bot API server, and an audit of what came back.

Used by the load tests and by ``benchmarks/bench_bot.py``:

    plan = make_plan(messages=1000, chats=50)
    pushed = await push(api, plan, seconds=2.0)        # through getUpdates, spread over 2 s
    expected = expect(pushed, FakeEngine())             # what each chat should get, in order
    result = audit(api, pushed, expected)               # answered / lost / duplicated / wrong

The audit works per chat on the messages that *took effect* on the server (a request that
failed does not count; one whose answer came too late does): the bot's messages in a chat
must be exactly the expected answers, in order; in groups each must quote its question.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fake_bot_api import BOT_USERNAME, FakeBotApi, Fault, visible_text

PRIVATE_BASE = 7000
GROUP_BASE = -1007000

#: Questions for runs with the real engine (follow-ups included: state must flow per chat).
REAL_QUESTIONS = (
    "where does Shanghai rank?", "and in education?", "what about Tokyo?", "top 3 in education",
    "compare Beijing and London", "top 5", "上海排第几？", "舊金山排名第幾？", "hi", "asdfgh",
    "where does shangai rank?", "is Paris in the ranking?", "top 3 in talent", "who made the report?",
)

#: Questions whose answers do not depend on the conversation (restart runs: a crash may cost
#: the follow-up context of the last seconds, which must not count as a lost answer).
STATELESS_QUESTIONS = (
    "where does Shanghai rank?", "top 3 in education", "compare Beijing and London", "top 5", "上海排第几？",
    "where does Tokyo rank?", "舊金山排名第幾？", "top 3 in talent", "compare Boston and Seattle",
    "where does Paris rank?",
)


@dataclass(frozen=True, slots=True)
class Planned:
    """One message to push: ``engine_text`` is what the engine should see (None: chatter that
    must get no answer)."""

    chat_id: int
    chat_type: str
    text: str
    engine_text: str | None


@dataclass(slots=True)
class Pushed:
    planned: Planned
    message: dict[str, Any]
    at: float


def make_plan(messages: int = 1000, chats: int = 50, *, groups: int | None = None, chatter: float = 0.15,
              seed: int = 1, questions: tuple[str, ...] | None = None, rounds: bool = False) -> list[Planned]:
    """``messages`` messages over ``chats`` chats (40 % groups unless told), in a random
    interleaving (``rounds``: every chat once, in a shuffled order, then again — so pushed at
    a steady pace no chat sends faster than the others). With ``questions`` None every text
    carries a unique token ("q17-5"), for a test engine that echoes; otherwise the questions
    are drawn from ``questions``. In groups a share ``chatter`` of the messages is not
    addressed to the bot."""
    rng = random.Random(seed)
    groups = round(chats * 0.4) if groups is None else groups
    ids = [(PRIVATE_BASE + i, "private") for i in range(chats - groups)]
    ids += [(GROUP_BASE - i, "supergroup") for i in range(groups)]
    order: list[tuple[int, str]] = []
    while rounds and len(order) < messages:
        order += rng.sample(ids, len(ids))
    plan = []
    for n in range(messages):
        chat_id, chat_type = order[n] if rounds else rng.choice(ids)
        token = f"q{abs(chat_id) % 1000}-{n}"
        question = rng.choice(questions) if questions else token
        if chat_type == "private":
            plan.append(Planned(chat_id, chat_type, question, question))
            continue
        form = rng.random()
        if form < chatter:
            plan.append(Planned(chat_id, chat_type, f"chatting about {token} with friends", None))
        elif form < 0.5:
            command = question if question.startswith("/") else f"/rank {question}"
            plan.append(Planned(chat_id, chat_type, command, command))
        elif form < 0.75:
            plan.append(Planned(chat_id, chat_type, f"@{BOT_USERNAME} {question}", question))
        else:
            command = question if question.startswith("/") else f"/rank {question}"
            head, _, rest = command.partition(" ")
            plan.append(Planned(chat_id, chat_type, f"{head}@{BOT_USERNAME} {rest}".strip(), command))
    return plan


async def push(api: FakeBotApi, plan: list[Planned], *, seconds: float = 0.0) -> list[Pushed]:
    """Queue the plan's messages on the server, spread evenly over ``seconds``."""
    pushed = []
    start = time.monotonic()
    for i, planned in enumerate(plan):
        if seconds:
            due = start + seconds * i / len(plan)
            if due > time.monotonic():
                await asyncio.sleep(due - time.monotonic())
        message = api.push_message(planned.text, chat_id=planned.chat_id, chat_type=planned.chat_type)
        pushed.append(Pushed(planned, message, time.monotonic()))
    return pushed


def expect(pushed: list[Pushed], engine: Any) -> dict[int, str]:
    """The visible text of the answer each addressed message should get (by message id),
    from a fresh ``engine`` taking each chat's questions in order."""
    from bot.telegram.render import fit_html

    states: dict[int, dict] = {}
    expected = {}
    for item in pushed:
        if item.planned.engine_text is None:
            continue
        state = states.setdefault(item.planned.chat_id, {})
        reply = engine.answer(item.planned.engine_text, state)
        expected[item.message["message_id"]] = visible_text(fit_html(reply), "HTML")
    return expected


@dataclass
class Audit:
    questions: int = 0  # addressed messages
    answered: int = 0  # at least one right answer
    lost: int = 0
    lost_by_chat: dict[int, int] = field(default_factory=dict)
    duplicated: int = 0  # extra copies of an answer
    duplicated_by_chat: dict[int, int] = field(default_factory=dict)
    wrong: int = 0  # answers that match no question (or quote the wrong one)
    out_of_order: int = 0  # chats whose answers came in another order
    chatter_answered: int = 0
    group_duplicated: int = 0  # extra answers quoting a group question answered already
    private_questions: int = 0
    lost_private: int = 0
    lost_group: int = 0
    duplicated_private: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return (self.answered == self.questions and not (self.lost or self.duplicated or self.wrong
                                                         or self.out_of_order or self.chatter_answered))

    def line(self) -> str:
        return (f"{self.answered} answered / {self.lost} lost / {self.duplicated} duplicated out of "
                f"{self.questions} (private: {self.lost_private} lost, {self.duplicated_private} duplicated; "
                f"groups: {self.lost_group} lost, {self.group_duplicated} duplicated; wrong {self.wrong}, "
                f"out of order {self.out_of_order}, chatter answered {self.chatter_answered})")


def _text(message: dict[str, Any]) -> str:
    return message.get("text") or message.get("caption") or ""


def audit(api: FakeBotApi, pushed: list[Pushed], expected: dict[int, str], *,
          ignore: tuple[str, ...] = ()) -> Audit:
    """Compare what the bot sent (messages that took effect) with ``expected``. Bot messages
    whose text starts with one of ``ignore`` (e.g. a flood note) are left out."""
    result = Audit(questions=len(expected))
    by_chat: dict[int, list[Pushed]] = {}
    for item in pushed:
        by_chat.setdefault(item.planned.chat_id, []).append(item)
    for chat_id, items in by_chat.items():
        sent = [m for m in api.bot_messages(chat_id) if not _text(m).startswith(ignore)]
        questions = [i for i in items if i.message["message_id"] in expected]
        want = [expected[i.message["message_id"]] for i in questions]
        got = [_text(m) for m in sent]
        missing, extra = Counter(want) - Counter(got), Counter(got) - Counter(want)
        lost = sum(missing.values())
        copies = sum(n for text, n in extra.items() if text in want)
        private = items[0].planned.chat_type == "private"
        result.lost += lost
        if lost:
            result.lost_by_chat[chat_id] = lost
        result.duplicated += copies
        if copies:
            result.duplicated_by_chat[chat_id] = copies
        if private:
            result.private_questions += len(want)
            result.lost_private += lost
            result.duplicated_private += copies
        else:
            result.lost_group += lost
        result.wrong += sum(extra.values()) - copies
        result.answered += len(want) - lost
        if not lost and not extra and got != want:
            result.out_of_order += 1
            result.problems.append(f"chat {chat_id}: answers out of order")
        if not private:
            ids = {i.message["message_id"] for i in items}
            chatter = {i.message["message_id"] for i in items if i.planned.engine_text is None}
            quotes = Counter((m.get("reply_to_message") or {}).get("message_id") for m in sent)
            result.group_duplicated += sum(n - 1 for n in quotes.values() if n > 1)
            for message in sent:
                quoted = (message.get("reply_to_message") or {}).get("message_id")
                if quoted in chatter:
                    result.chatter_answered += 1
                elif quoted not in ids or expected.get(quoted) != _text(message):
                    result.wrong += 1
                    result.problems.append(f"chat {chat_id}: {_text(message)[:40]!r} quotes {quoted}")
        for text in missing:
            result.problems.append(f"chat {chat_id}: no answer {text[:40]!r}")
    return result


@dataclass(frozen=True)
class Explained:
    """What the fake Bot API's faults account for, per chat: sends that failed without taking
    effect (a group may lose those answers: at most once) and sends that took effect but failed
    (a private chat may get those answers twice: at least once)."""

    failed_unsent: Counter
    failed_delivered: Counter

    def unexplained(self, result: Audit) -> list[str]:
        """The audit's losses and duplicates that no fault explains (a bug, whatever the faults)."""
        problems = []
        for chat_id, lost in result.lost_by_chat.items():
            allowed = self.failed_unsent[chat_id] if chat_id < 0 else 0
            if lost > allowed:
                problems.append(f"chat {chat_id}: {lost} lost, {allowed} explained by faults")
        for chat_id, copies in result.duplicated_by_chat.items():
            allowed = self.failed_delivered[chat_id] if chat_id > 0 else 0
            if copies > allowed:
                problems.append(f"chat {chat_id}: {copies} duplicated, {allowed} explained by faults")
        return problems


def explained(api: FakeBotApi) -> Explained:
    """The faults that struck sendMessage calls, per chat (see :class:`Explained`)."""
    unsent, delivered = Counter(), Counter()
    for call in api.calls_to("sendMessage", lambda c: c.fault is not None):
        fault = call.fault
        assert fault is not None
        failing = fault.drop or fault.status is not None or fault.delay > 0  # a late answer fails too
        if not failing:
            continue
        (delivered if fault.took_effect else unsent)[call.params.get("chat_id")] += 1
    return Explained(unsent, delivered)


async def wait_until_answered(api: FakeBotApi, pushed: list[Pushed], expected: dict[int, str], *,
                              timeout: float, settle: float = 0.5, ignore: tuple[str, ...] = ()) -> Audit:
    """Poll the audit until every question is answered or lost to a fault that explains it (see
    :class:`Explained`), then ``settle`` seconds more (to catch late duplicates), or until
    ``timeout``; the final audit."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = audit(api, pushed, expected, ignore=ignore)
        faults = explained(api)
        excused = sum(min(lost, faults.failed_unsent[chat]) for chat, lost in result.lost_by_chat.items() if chat < 0)
        if result.answered + excused >= len(expected):
            await asyncio.sleep(settle)
            break
        await asyncio.sleep(0.05)
    return audit(api, pushed, expected, ignore=ignore)


#: The faults of the fault runs. Slow answers must outlast the client's read timeout. Some strike
#: before the message takes effect, some after (a 502 or a reset once it was delivered).
def send_faults(slow: float) -> list[Fault]:
    return [Fault(status=500), Fault(status=502, description="Bad Gateway"), Fault(drop=True),
            Fault(status=429, description="Too Many Requests: retry after 0.2", retry_after=0.2),
            Fault(status=None, delay=slow), Fault(status=502, description="Bad Gateway", after=True),
            Fault(drop=True, after=True)]


def poll_faults(slow: float) -> list[Fault]:
    return [Fault(status=500), Fault(status=502, description="Bad Gateway"), Fault(drop=True),
            Fault(status=429, description="Too Many Requests: retry after 0.2", retry_after=0.2),
            Fault(status=None, delay=slow)]
