"""Reloading the data of a running bot (SIGHUP, ``systemctl reload citybot``).

The new engine is built off the event loop (its index, if it must be built, in another process;
then loaded in a thread: updates keep being answered from the data before meanwhile) and swapped
into :class:`~bot.telegram.services.Services` in one step on the loop, so each answer comes wholly
from the old data or wholly from the new. New data with a problem changes nothing and is one log
line naming the file, the place and the fault.
The command menus and descriptions, where the new data words them otherwise, are set again in the
background. Chat contexts carry over; one that names a city or list the new data no longer has is dropped
when its chat next asks (see ``Conversation.known_in``).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from telegram.ext import Application

from bot.live import engine_key, load_if_changed, summary
from bot.telegram.menus import load_menus, schedule_menus
from bot.telegram.services import SERVICES_KEY, Services
from bot.telegram.words import words_for

_LOGGER = logging.getLogger(__name__)


class Reloader:
    """Reloads on request, one reload at a time: a request during a reload runs one more after it."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self._task: asyncio.Task[None] | None = None
        self._again = False

    def request(self) -> None:
        """Ask for a reload (from a signal handler on the loop): at once, or after the one running."""
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.get_running_loop().create_task(self._run(), name="citybot:reload-data")

    async def _run(self) -> None:
        while True:
            self._again = False
            await reload_data(self.application)
            if not self._again:
                return

    async def wait(self) -> None:
        """Until the reload running (if any) is done."""
        if self._task is not None:
            await asyncio.shield(self._task)


async def reload_data(application: Application) -> bool:
    """Load the data folder the engine answers from again and, if it loaded, answer from it from
    the next update on; whether the engine was replaced. Never raises (one log line instead)."""
    svc: Services = application.bot_data[SERVICES_KEY]
    folder = getattr(getattr(svc.engine, "index", None), "data_dir", "")
    if not folder:
        _LOGGER.warning("reload: this engine has no data folder to reload from")
        return False
    try:
        outcome = await asyncio.to_thread(load_if_changed, Path(folder), engine_key(svc.engine), build_apart=True)
    except Exception as exc:  # e.g. no thread to run it in at shutdown
        _LOGGER.error("reload failed, still answering from the data loaded before: %s: %s", type(exc).__name__, exc)
        return False
    if outcome.problem:
        _LOGGER.error("reload: bad data, still answering from the data loaded before: %s", outcome.problem)
        return False
    if outcome.engine is None:
        _LOGGER.info("reload: the data in %s has not changed", folder)
        return False
    try:
        menus = load_menus(outcome.engine.index)
    except ValueError as exc:
        _LOGGER.error("reload: bad data, still answering from the data loaded before: %s/wording: "
                      "the command menus: %s", folder, exc)
        return False
    # one step on the loop: an answer uses one engine, and the bot's own phrases of the same data
    svc.engine, svc.index, svc.words = outcome.engine, outcome.engine.index, words_for(outcome.engine.index)
    _LOGGER.info("reloaded the data from %s: %s", folder, summary(outcome.engine))
    if menus != svc.menus:
        svc.menus = menus
        schedule_menus(application, menus)
    return True
