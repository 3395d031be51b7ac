"""Chats are answered concurrently, each in order, and a flooding chat is coalesced politely.

:class:`ChatLanes` is the application's update processor. Every update goes into the *lane*
of its chat (inline queries: of their user); a lane handles its updates one at a time, in
``update_id`` order, so a chat's follow-up questions always see the state left by the
previous answer — while other chats are answered at the same time. A slow Telegram answer
or a throttled chat holds up its own lane only.

Flood control (:class:`~bot.telegram.config.FloodPolicy`) asks two questions of an update that
will be answered in the chat (an addressed message, a button):

* *was it sent faster than a person asks?* Each lane has a token bucket run on the times the
  messages were **sent** (their ``date``, or ``edit_date``): a message that finds it empty was
  part of a flood. Only those can be dropped. A backlog after downtime (or a journal replay)
  arrives all at once, but its messages were sent at their own pace: none of them is a flood
  because of when it arrived.
* *may the bot answer now?* A second bucket, run on the clock, paces the answers (Telegram
  allows about one message a second in a chat, 20 a minute in a group). When it is empty the
  update waits at the head of its lane until a token comes back. While it waits the lane
  coalesces: of the waiting flood messages only the newest ``keep`` are kept (older ones are
  dropped unanswered), and the first drop of an episode sends the chat one short "slow down"
  note. Messages sent at a person's pace and button presses wait their turn, never dropped.

A chat with more than ``max_waiting`` messages waiting is a flood whatever their pace (a person
does not have fifty questions queued): the oldest of them may be coalesced away too. And
however many chats there are, at most :data:`MAX_HELD` updates are held at once: then fetching
waits (:meth:`ChatLanes.room`) and Telegram keeps the rest — a backlog after downtime costs
memory for what is being answered, not for all of it. Unaddressed group chatter, and group
messages older than the group backlog limit at start (the handlers drop them), take no token.
Telegram's own limits (30 messages a second overall, 20 a minute per group) are enforced
underneath by python-telegram-bot's AIORateLimiter.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseUpdateProcessor

from bot.telegram.addressing import address_message
from bot.telegram.config import FloodPolicy

_LOGGER = logging.getLogger(__name__)

#: python-telegram-bot's semaphore around each update; lanes do the real limiting. It must
#: never be contended, so every update enters its lane in the order it was fetched.
MAX_IN_FLIGHT = 1 << 16

Clock = Callable[[], float]

#: Updates held at once (waiting in lanes or being handled, about 20 kB each); at this many the
#: bot stops fetching until some are done — Telegram keeps the rest (see ChatLanes.room). The
#: default of ``Settings.max_held``.
MAX_HELD = 2000

#: The id of the update whose handler is running (in its lane's task), for the journal.
CURRENT_UPDATE: contextvars.ContextVar[int | None] = contextvars.ContextVar("citybot_update", default=None)


class TokenBucket:
    """``capacity`` tokens, refilled at ``rate`` a second; starts full."""

    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity, self.rate = capacity, rate
        self.tokens, self.stamp = capacity, now

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now

    def take(self, now: float) -> bool:
        self._refill(now)
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

    def wait_time(self, now: float) -> float:
        """Seconds until a token is there."""
        self._refill(now)
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate if self.rate > 0 else float("inf")

    def full_in(self, now: float) -> float:
        self._refill(now)
        return (self.capacity - self.tokens) / self.rate if self.rate > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class Kind:
    """How an update travels: its lane, whether it takes a token, whether it may be dropped
    (if it was sent in a flood), and when it was sent (Unix time; None: not a message)."""

    lane: Hashable
    costly: bool = False
    droppable: bool = False
    group: bool = False
    chat_id: int | None = None
    sent_at: float | None = None


@dataclass(eq=False)
class _Item:
    update: Any
    coroutine: Awaitable[Any]
    kind: Kind
    future: asyncio.Future
    update_id: int
    flooding: bool = False  # sent faster than a person asks: may be coalesced away


@dataclass(eq=False)
class _Lane:
    bucket: TokenBucket  # answers, on the clock
    pace: TokenBucket | None  # messages, on the times they were sent (created with the first one)
    keep: int
    items: deque[_Item] = field(default_factory=deque)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task | None = None
    waiting: bool = False  # the head waits for a token
    noted_at: float | None = None


def classify(update: object, bot_username: str | None, bot_id: int | None) -> Kind | None:
    """The lane and cost of an update (None: no chat or user — handled at once)."""
    if not isinstance(update, Update):
        return None
    if update.inline_query is not None:
        return Kind(("user", update.inline_query.from_user.id))
    chat = update.effective_chat
    if chat is None:
        return None
    group = chat.type != ChatType.PRIVATE
    message = update.message or update.edited_message
    if message is not None:
        if message.migrate_to_chat_id is not None:  # before anything in the new chat
            return Kind(message.migrate_to_chat_id, group=True, chat_id=chat.id)
        sent = message.edit_date or message.date
        sent_at = sent.timestamp() if sent is not None else None
        if message.text:  # every private text is addressed (see bot.telegram.addressing)
            addressed = bot_username is not None and bot_id is not None and \
                (not group or address_message(message, bot_username, bot_id) is not None)
            return Kind(chat.id, costly=addressed, droppable=True, group=group, chat_id=chat.id, sent_at=sent_at)
        private_other = not group and update.message is not None
        return Kind(chat.id, costly=private_other, droppable=True, group=group, chat_id=chat.id, sent_at=sent_at)
    if update.callback_query is not None:
        return Kind(chat.id, costly=True, group=group, chat_id=chat.id)
    return Kind(chat.id, group=group, chat_id=chat.id)


@dataclass
class LaneStats:
    handled: int = 0
    dropped: int = 0
    notes: int = 0
    released: int = 0


class ChatLanes(BaseUpdateProcessor):
    """The update processor (see the module docstring). Hooks, set by the application:

    * ``identity()`` → (bot username, bot id), for telling addressed messages from chatter;
    * ``note(kind)`` → coroutine sending the "slow down" note to ``kind.chat_id``;
    * ``finished(update_id, handled)`` → called once per update: handled (answered,
      ignored, failed or dropped: ``True``) or released unhandled at shutdown (``False``).
    """

    def __init__(self, policy: FloodPolicy, *, clock: Clock = time.monotonic, wall: Clock = time.time,
                 group_backlog: float | None = None, max_held: int = MAX_HELD) -> None:
        super().__init__(MAX_IN_FLIGHT)
        self.policy = policy
        self.clock = clock
        self.wall = wall
        self.group_backlog = group_backlog  # seconds: older group messages at start take no token
        self.started_at = wall()
        self.max_held = max_held
        self.held = 0  # updates in the lanes or being handled
        self._room = asyncio.Event()
        self._room.set()
        self.identity: Callable[[], tuple[str | None, int | None]] = lambda: (None, None)
        self.note: Callable[[Kind], Awaitable[None]] | None = None
        self.finished: Callable[[int | None, bool], None] = lambda update_id, handled: None
        self.stats = LaneStats()
        self._lanes: dict[Hashable, _Lane] = {}
        self._releasing = False

    async def initialize(self) -> None:
        self._releasing = False
        self.started_at = self.wall()

    async def shutdown(self) -> None:
        pass

    @property
    def lanes(self) -> int:
        return len(self._lanes)

    # --- entry -----------------------------------------------------------------------------

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        self.held += 1
        if self.held >= self.max_held:
            self._room.clear()
        try:
            await self._process(update, coroutine)
        finally:
            self.held -= 1
            if self.held < self.max_held * 0.9:
                self._room.set()

    async def room(self) -> None:
        """Wait until fewer than ``max_held`` updates are held (fetching waits for this: what
        Telegram still has costs the bot no memory)."""
        await self._room.wait()

    async def _process(self, update: object, coroutine: Awaitable[Any]) -> None:
        username, bot_id = self.identity()
        kind = classify(update, username, bot_id)
        update_id = getattr(update, "update_id", None)
        if kind is None:
            try:
                await coroutine
            finally:
                self.stats.handled += 1
                self.finished(update_id, True)
            return
        if kind.costly and self._stale(kind):
            kind = replace(kind, costly=False)  # the handlers drop it: it costs the chat nothing
        lane = self._lanes.get(kind.lane)
        if lane is None:
            burst, rate, keep = self.policy.bucket(kind.group)
            lane = self._lanes[kind.lane] = _Lane(TokenBucket(burst, rate, self.clock()), None, keep)
        item = _Item(update, coroutine, kind, asyncio.get_running_loop().create_future(),
                     update_id if isinstance(update_id, int) else 0)
        if kind.costly and kind.droppable and kind.sent_at is not None:
            item.flooding = not self._paced(lane, kind)
        lane.items.append(item)  # in the order python-telegram-bot fetched them (never by update id)
        self._cap(lane)
        lane.wake.set()
        if lane.task is None:
            lane.task = asyncio.create_task(self._run(kind.lane, lane), name=f"citybot:lane:{kind.lane}")
        await item.future

    def _cap(self, lane: _Lane) -> None:
        """A chat with more than ``max_waiting`` messages waiting is flooding, however they were
        paced: the oldest of them may be coalesced away."""
        waiting = [item for item in lane.items if item.kind.costly and item.kind.droppable and not item.flooding]
        for item in waiting[: max(0, len(waiting) - self.policy.max_waiting)]:
            item.flooding = True

    def _stale(self, kind: Kind) -> bool:
        return (kind.group and self.group_backlog is not None and kind.sent_at is not None
                and kind.sent_at < self.started_at - self.group_backlog)

    def _paced(self, lane: _Lane, kind: Kind) -> bool:
        """Whether the message was sent at a person's pace (a token from the sent-time bucket)."""
        assert kind.sent_at is not None
        if lane.pace is None:
            burst, rate, _ = self.policy.bucket(kind.group)
            lane.pace = TokenBucket(burst, rate, kind.sent_at)
        return lane.pace.take(kind.sent_at)

    def release_held(self) -> None:
        """At shutdown: lanes waiting for a token give their updates back unhandled (the
        journal hands them in again at the next start) instead of holding up the stop."""
        self._releasing = True
        for lane in self._lanes.values():
            lane.wake.set()

    # --- lanes -----------------------------------------------------------------------------

    async def _run(self, key: Hashable, lane: _Lane) -> None:
        try:
            while lane.items:
                head = lane.items[0]
                if head.kind.costly and self.policy.enabled and not lane.bucket.take(self.clock()):
                    if self._releasing:
                        self._release_all(lane)
                        break
                    await self._throttle(lane)
                    continue
                lane.items.popleft()
                await self._execute(head)
        finally:
            self._release_all(lane)  # only after an unexpected error: nothing may hang
            lane.task = None
            self._forget_later(key, lane)

    async def _throttle(self, lane: _Lane) -> None:
        """The head needs a token and there is none: coalesce, maybe note, wait."""
        held = [item for item in lane.items if item.flooding]
        excess = held[: max(0, len(held) - lane.keep)]
        for item in excess:
            lane.items.remove(item)
            item.coroutine.close()  # type: ignore[attr-defined]
            self._resolve(item, handled=True)
            self.stats.dropped += 1
            _LOGGER.info("flood: update %s in chat %s dropped (a newer message waits)", item.update_id,
                         item.kind.chat_id)
        now = self.clock()
        if excess and self.note is not None and (
                lane.noted_at is None or now - lane.noted_at >= self.policy.note_interval):
            lane.noted_at = now
            self.stats.notes += 1
            try:
                await self.note(excess[-1].kind)
            except Exception:  # the note is a courtesy; never let it stop the lane
                _LOGGER.warning("flood: could not send the slow-down note to chat %s", excess[-1].kind.chat_id,
                                exc_info=True)
        if not lane.items or not lane.items[0].kind.costly:
            return
        lane.wake.clear()
        lane.waiting = True
        wait = lane.bucket.wait_time(self.clock())
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(lane.wake.wait(), None if wait == float("inf") else wait)
        finally:
            lane.waiting = False

    async def _execute(self, item: _Item) -> None:
        token = CURRENT_UPDATE.set(item.update_id or None)
        try:
            await item.coroutine
        except BaseException as exc:
            if not item.future.done():
                item.future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
        finally:
            CURRENT_UPDATE.reset(token)
            self.stats.handled += 1
            self._resolve(item, handled=True)

    def _resolve(self, item: _Item, *, handled: bool) -> None:
        if not item.future.done():
            item.future.set_result(None)
        self.finished(item.update_id or None, handled)

    def _release_all(self, lane: _Lane) -> None:
        while lane.items:
            item = lane.items.popleft()
            item.coroutine.close()  # type: ignore[attr-defined]
            self.stats.released += 1
            self._resolve(item, handled=False)

    def _forget_later(self, key: Hashable, lane: _Lane) -> None:
        """Drop an idle lane once both its buckets are full again (a new one would be identical)."""
        delay = lane.bucket.full_in(self.clock())
        if lane.pace is not None:
            delay = max(delay, lane.pace.full_in(self.wall()))

        def forget() -> None:
            if self._lanes.get(key) is lane and lane.task is None and not lane.items:
                del self._lanes[key]

        if delay <= 0:
            forget()
        elif delay != float("inf"):
            asyncio.get_running_loop().call_later(delay, forget)
