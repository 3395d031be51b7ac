"""The update journal: what was fetched from Telegram but not yet handled survives a crash.

python-telegram-bot confirms updates to Telegram with the *next* ``getUpdates`` call (its
``offset``), which it makes as soon as a batch is in its queue, long before the batch is
handled. A process killed with ``kill -9`` (or the OOM killer, or a power cut of a container)
therefore loses every update fetched but not yet answered: Telegram will not send them again.

The journal closes that window. Every update is appended to a JSON-lines file (written and
flushed to the operating system) *when it enters the application's queue* — before
python-telegram-bot can confirm it — and marked done when its handling finishes. At start-up
the updates not marked done are handled first. Updates Telegram delivers twice (fetched,
then the process died before confirming) are recognised by their ids and skipped.

Lines (one JSON object each):

* ``{"u": ID, "j": {...}}`` — update ID was received (``j``: the update as Telegram sent it);
* ``{"s": ID}`` — a group answer to ID is being sent (see below);
* ``{"d": ID}`` — ID is handled (answered, ignored, dropped by flood control, or failed);
* ``{"h": ID}`` — the highest update id ever received (kept across compaction).

Groups get at most one answer per message, private chats never silence: a group update marked
``s`` but not ``d`` is *not* handled again after a crash (its answer may have been delivered:
at most once), a private one is (at least once: a rare duplicate beats silence).

Writes are flushed to the OS but not fsynced: a killed process loses nothing; a machine that
loses power may lose the last seconds of the journal. The file is rewritten (compacted, via a
temporary file and an atomic rename) at start-up and after every ``compact_every`` lines.
No Telegram imports here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

_LOGGER = logging.getLogger(__name__)

COMPACT_EVERY = 5000


@dataclass
class PendingUpdate:
    """An update received before the last stop or crash and not handled."""

    update_id: int
    data: dict[str, Any]
    sending: bool = False  # an answer was being sent when the process stopped


@dataclass
class Journal:
    """The journal file. ``path=None`` is a journal that keeps nothing (and dedupes nothing)."""

    path: Path | None
    compact_every: int = COMPACT_EVERY
    high_water: int = 0
    _pending: dict[int, PendingUpdate] = field(default_factory=dict)
    _file: IO[str] | None = None
    _lines: int = 0
    _batching: bool = False

    # --- lifecycle -------------------------------------------------------------------------

    def open(self) -> list[PendingUpdate]:
        """Read the journal, compact it, open it for appending; the updates left unhandled,
        oldest first."""
        if self.path is None:
            return []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._pending.clear()
        if self.path.exists():
            self._read(self.path)
        self._compact()
        left = sorted(self._pending.values(), key=lambda p: p.update_id)
        if left:
            _LOGGER.info("journal: %d update(s) received before the last stop were not handled", len(left))
        return left

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _read(self, path: Path) -> None:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, start=1):
                try:
                    entry = json.loads(line)
                except ValueError:  # a line cut short by the crash: nothing was confirmed after it
                    _LOGGER.warning("journal: line %d unreadable, skipped", number)
                    continue
                if not isinstance(entry, dict):
                    continue
                if "u" in entry and isinstance(entry.get("j"), dict):
                    update_id = int(entry["u"])
                    self.high_water = max(self.high_water, update_id)
                    self._pending.setdefault(update_id, PendingUpdate(update_id, entry["j"]))
                elif "s" in entry and int(entry["s"]) in self._pending:
                    self._pending[int(entry["s"])].sending = True
                elif "d" in entry:
                    self._pending.pop(int(entry["d"]), None)
                elif "h" in entry:
                    self.high_water = max(self.high_water, int(entry["h"]))

    def _compact(self) -> None:
        """Rewrite the file with the high-water mark and what is still pending."""
        assert self.path is not None
        self.close()
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"h": self.high_water}) + "\n")
            for pending in sorted(self._pending.values(), key=lambda p: p.update_id):
                fh.write(json.dumps({"u": pending.update_id, "j": pending.data}, ensure_ascii=False) + "\n")
                if pending.sending:
                    fh.write(json.dumps({"s": pending.update_id}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._file = self.path.open("a", encoding="utf-8")
        self._lines = 0

    # --- recording -------------------------------------------------------------------------

    def _write(self, entry: dict[str, Any]) -> None:
        if self._file is None:
            return
        self._file.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
        if not self._batching:
            self._file.flush()
        self._lines += 1
        if self._lines >= self.compact_every:
            self._compact()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Lines written inside are flushed to the OS once, at the end (one ``getUpdates``
        answer: nothing of it reaches python-telegram-bot before the block ends)."""
        if self._batching:
            yield
            return
        self._batching = True
        try:
            yield
        finally:
            self._batching = False
            if self._file is not None:
                self._file.flush()

    def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was received before (a redelivery to skip)."""
        return self.path is not None and update_id <= self.high_water

    def received(self, update_id: int, data: dict[str, Any]) -> None:
        if self.path is None:
            return
        self.high_water = max(self.high_water, update_id)
        self._pending[update_id] = PendingUpdate(update_id, data)
        self._write({"u": update_id, "j": data})

    def sending(self, update_id: int | None) -> None:
        if self.path is None or update_id is None or update_id not in self._pending:
            return
        self._pending[update_id].sending = True
        self._write({"s": update_id})

    def done(self, update_id: int | None) -> None:
        if self.path is None or update_id is None or self._pending.pop(update_id, None) is None:
            return
        self._write({"d": update_id})

    def holds(self, update_id: int) -> bool:
        """Whether ``update_id`` is received and not yet done."""
        return update_id in self._pending

    @property
    def pending_count(self) -> int:
        return len(self._pending)


class JournalingQueue(asyncio.Queue):
    """The application's update queue. Updates from ``getUpdates`` were journaled as they
    arrived (:class:`bot.telegram.transport.JournalingRequest`); any other update (the webhook
    server's) is journaled as it is queued, before Telegram hears that it arrived, and one
    received before is skipped. Anything without an ``update_id`` (python-telegram-bot's stop
    signal) passes through."""

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.skipped = 0
        self._queued: set[int] = set()  # ids queued by this process (a webhook may deliver twice)

    def put_nowait(self, item: Any) -> None:
        update_id = getattr(item, "update_id", None)
        if isinstance(update_id, int) and hasattr(item, "to_dict") and self.journal.path is not None:
            if update_id in self._queued or (self.journal.seen(update_id) and not self.journal.holds(update_id)):
                self.skipped += 1
                _LOGGER.info("update %s was received before; skipped", update_id)
                return
            if not self.journal.holds(update_id):  # not from getUpdates: journal it now
                self.journal.received(update_id, item.to_dict())
            self._queued.add(update_id)
            if len(self._queued) > 4 * COMPACT_EVERY:
                self._queued = {i for i in self._queued if self.journal.holds(i)}
        super().put_nowait(item)

    def replay(self, item: Any) -> None:
        """Queue an update from the journal (already recorded there)."""
        super().put_nowait(item)


def restrict(path: Path) -> None:
    """Make a state file readable by its owner only (it holds chat contents)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
