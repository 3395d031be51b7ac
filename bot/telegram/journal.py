"""The update journal: what was fetched from Telegram but not yet handled survives a crash.

python-telegram-bot confirms updates to Telegram with the *next* ``getUpdates`` call (its
``offset``), which it makes as soon as a batch is in its queue, long before the batch is
handled. A process killed with ``kill -9`` (or the OOM killer, or a power cut of a container)
therefore loses every update fetched but not yet answered: Telegram will not send them again.

The journal closes that window. Every update is appended to a JSON-lines file (written and
flushed to the operating system) *as it enters the application's queue* — before
python-telegram-bot can confirm it, and in webhook mode before Telegram hears that it arrived —
and marked done when its handling finishes. At start-up the updates not marked done are handled
first, in the order they arrived.

Redeliveries (Telegram sending again what a process fetched but could not confirm) are
recognised by the ids of the updates this bot received recently (the last ``recent_limit``,
kept across restarts), never by order: update ids may start anywhere (Telegram picks the next
one at random after a week without updates), and a journal written for another bot (the token
changed) is set aside whole. A redelivery is skipped *after* python-telegram-bot took it in, so
its offset always moves on.

Lines (one JSON object each):

* ``{"b": ID}`` — the bot the journal belongs to (its user id);
* ``{"r": [ID, ...]}`` — ids received recently and handled (written at compaction);
* ``{"u": ID, "j": {...}}`` — update ID was received (``j``: the update as Telegram sent it);
* ``{"s": ID}`` — a group answer to ID is being sent (see below);
* ``{"d": ID}`` — ID is handled (answered, ignored, dropped by flood control, or failed).

Groups get at most one answer per message, private chats never silence: a group update marked
``s`` but not ``d`` is *not* handled again after a crash (its answer may have been delivered:
at most once), a private one is (at least once: a rare duplicate beats silence).

Whatever the file holds, the bot starts: a line that is not a journal entry (not JSON, wrong
types) is set aside (the file is kept beside it as ``….unreadable-<time>``) and reported in one
line; so is a journal of another bot; a journal that cannot be written at all is reported and
the bot runs without it. Writes are flushed to the OS but not fsynced: a killed process loses
nothing; a machine that loses power may lose the last seconds of the journal. The file is
rewritten (compacted, via a temporary file and an atomic rename) at start-up and after every
``compact_every`` lines. No Telegram imports here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

_LOGGER = logging.getLogger(__name__)

COMPACT_EVERY = 5000
#: How many recently received update ids are remembered to recognise redeliveries. Telegram
#: redelivers only what was fetched and not confirmed: at most a few batches of 100.
RECENT_IDS = 2000


@dataclass
class PendingUpdate:
    """An update received before the last stop or crash and not handled."""

    update_id: int
    data: dict[str, Any]
    sending: bool = False  # an answer was being sent when the process stopped


@dataclass
class _Reading:
    """What reading a journal file found."""

    bot_id: int | None = None
    pending: dict[int, PendingUpdate] = field(default_factory=dict)
    recent: dict[int, None] = field(default_factory=dict)
    bad_lines: int = 0
    cut_short: bool = False  # only the last line was incomplete (a kill in the middle of a write)


def _an_id(value: Any) -> int | None:
    """``value`` if it is an update id (an int, not a bool), else None."""
    return value if type(value) is int else None


def read_journal(path: Path) -> _Reading:
    """Every entry of the journal at ``path`` that is one; anything else counted as bad."""
    found = _Reading()
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        lines = fh.read().split("\n")
    last = len(lines) - 1
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: brackets nested too deeply
            if number == last:  # no newline after it: the write a kill interrupted
                found.cut_short = True
            else:
                found.bad_lines += 1
            continue
        if not _apply(found, entry):
            found.bad_lines += 1
    return found


def _apply(found: _Reading, entry: Any) -> bool:
    """Apply one journal entry; False if it is not one."""
    if not isinstance(entry, dict) or len(entry) not in (1, 2):
        return False
    if "u" in entry:
        update_id, data = _an_id(entry["u"]), entry.get("j")
        if update_id is None or not isinstance(data, dict) or _an_id(data.get("update_id")) != update_id:
            return False
        found.pending.setdefault(update_id, PendingUpdate(update_id, data))
        found.recent[update_id] = None
        return True
    if len(entry) != 1:
        return False
    (key, value), = entry.items()
    if key == "r":
        if not isinstance(value, list) or any(_an_id(v) is None for v in value):
            return False
        found.recent.update(dict.fromkeys(value))
        return True
    if key == "h":  # the high-water mark of an older version: ids are not ordered, ignored
        return _an_id(value) is not None
    update_id = _an_id(value)
    if update_id is None or key not in ("b", "s", "d"):
        return False
    if key == "b":
        found.bot_id = update_id
    elif key == "s":
        if update_id in found.pending:
            found.pending[update_id].sending = True
    else:
        found.pending.pop(update_id, None)
        found.recent[update_id] = None
    return True


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


@dataclass
class Journal:
    """The journal file. ``path=None`` keeps nothing on disk but still recognises
    redeliveries within the process."""

    path: Path | None
    compact_every: int = COMPACT_EVERY
    recent_limit: int = RECENT_IDS
    bot_id: int | None = None
    _pending: dict[int, PendingUpdate] = field(default_factory=dict)
    _recent: dict[int, None] = field(default_factory=dict)  # insertion-ordered: oldest first
    _file: IO[str] | None = None
    _lines: int = 0

    # --- lifecycle -------------------------------------------------------------------------

    def open(self, bot_id: int | None = None) -> list[PendingUpdate]:
        """Read the journal of bot ``bot_id``, compact it, open it for appending; the updates
        left unhandled, in the order they arrived. Never raises for what the file holds."""
        self.bot_id = bot_id
        self._pending.clear()
        self._recent.clear()
        if self.path is None:
            return []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                self._take_in(read_journal(self.path))
        except OSError as exc:
            self._set_aside_unreadable(f"cannot be read ({exc})")
        try:
            self._compact()
        except OSError as exc:
            _LOGGER.error("journal %s cannot be written (%s); running without it: a crash loses the "
                          "updates being handled", self.path, exc)
            self.path = None
            return list(self._pending.values())
        left = list(self._pending.values())
        if left:
            _LOGGER.info("journal: %d update(s) received before the last stop were not handled", len(left))
        return left

    def _take_in(self, found: _Reading) -> None:
        assert self.path is not None
        if found.bot_id is not None and self.bot_id is not None and found.bot_id != self.bot_id:
            aside = self.path.with_name(f"{self.path.name}.bot{found.bot_id}-{_stamp()}")
            os.replace(self.path, aside)
            _LOGGER.warning("journal %s was written for another bot (id %s; this one is %s: the token changed); "
                            "its %d unanswered update(s) were set aside in %s", self.path, found.bot_id,
                            self.bot_id, len(found.pending), aside.name)
            return
        self._pending.update(found.pending)
        self._recent.update(found.recent)
        self._trim()
        if found.bad_lines:
            aside = self.path.with_name(f"{self.path.name}.unreadable-{_stamp()}")
            shutil.copyfile(self.path, aside)
            _LOGGER.warning("journal %s: %d line(s) that are not journal entries were set aside (the file is "
                            "kept as %s); %d update(s) to handle", self.path, found.bad_lines, aside.name,
                            len(self._pending))
        elif found.cut_short:
            _LOGGER.warning("journal %s: its last line was cut short (the process was killed while writing "
                            "it); skipped", self.path)

    def _set_aside_unreadable(self, why: str) -> None:
        assert self.path is not None
        aside = self.path.with_name(f"{self.path.name}.unreadable-{_stamp()}")
        try:
            os.replace(self.path, aside)
            where = f"moved to {aside.name}"
        except OSError:
            where = "left where it is"
        _LOGGER.error("journal %s %s; %s, starting with an empty journal", self.path, why, where)
        self._pending.clear()
        self._recent.clear()

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def _compact(self) -> None:
        """Rewrite the file: the bot, the recent ids, what is still pending."""
        assert self.path is not None
        self.close()
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            if self.bot_id is not None:
                fh.write(json.dumps({"b": self.bot_id}) + "\n")
            handled = [i for i in self._recent if i not in self._pending]
            fh.write(json.dumps({"r": handled}, separators=(",", ":")) + "\n")
            for pending in self._pending.values():
                fh.write(json.dumps({"u": pending.update_id, "j": pending.data}, ensure_ascii=False) + "\n")
                if pending.sending:
                    fh.write(json.dumps({"s": pending.update_id}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        os.chmod(self.path, 0o600)
        self._file = self.path.open("a", encoding="utf-8")
        self._lines = 0

    # --- recording -------------------------------------------------------------------------

    def _write(self, entry: dict[str, Any]) -> None:
        if self._file is None:
            return
        try:
            self._file.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
            self._file.flush()
            self._lines += 1
            if self._lines >= self.compact_every:
                self._compact()
        except (OSError, ValueError) as exc:  # a full disk must not stop the answers
            _LOGGER.error("journal %s cannot be written (%s); running without it until the next start: "
                          "a crash loses the updates being handled", self.path, exc)
            self.close()

    def _trim(self) -> None:
        while len(self._recent) > self.recent_limit:
            del self._recent[next(iter(self._recent))]

    def redelivered(self, update_id: int) -> bool:
        """Whether this bot received ``update_id`` recently (Telegram sending it again)."""
        return update_id in self._pending or update_id in self._recent

    def received(self, update_id: int, data: dict[str, Any]) -> None:
        self._pending[update_id] = PendingUpdate(update_id, data)
        self._recent.pop(update_id, None)
        self._recent[update_id] = None
        self._trim()
        self._write({"u": update_id, "j": data})

    def sending(self, update_id: int | None) -> None:
        if update_id is None or update_id not in self._pending:
            return
        self._pending[update_id].sending = True
        self._write({"s": update_id})

    def done(self, update_id: int | None) -> None:
        if update_id is None or self._pending.pop(update_id, None) is None:
            return
        self._write({"d": update_id})

    def holds(self, update_id: int) -> bool:
        """Whether ``update_id`` is received and not yet done."""
        return update_id in self._pending

    @property
    def pending_count(self) -> int:
        return len(self._pending)


class JournalingQueue(asyncio.Queue):
    """The application's update queue. Every update (from ``getUpdates`` or the webhook
    server) is journaled as it is queued; one this bot received recently is skipped here —
    after python-telegram-bot has taken it in and moved its offset on. Anything without an
    ``update_id`` (python-telegram-bot's stop signal) passes through."""

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.skipped = 0

    def put_nowait(self, item: Any) -> None:
        update_id = getattr(item, "update_id", None)
        if type(update_id) is int and hasattr(item, "to_dict"):
            if self.journal.redelivered(update_id):
                self.skipped += 1
                _LOGGER.info("update %s was received before; skipped", update_id)
                return
            self.journal.received(update_id, item.to_dict())
        super().put_nowait(item)

    def replay(self, item: Any) -> None:
        """Queue an update from the journal (already recorded there)."""
        super().put_nowait(item)


def restrict(path: Path) -> None:
    """Make a state file readable by its owner only (it holds chat contents)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
