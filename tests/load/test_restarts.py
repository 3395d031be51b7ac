"""Restarts mid-stream: SIGTERM loses nothing; ``kill -9`` loses nothing either (the update
journal), at the price of re-sending private answers that were in flight at the kill — except,
rarely, a group answer the kill caught as it was leaving (groups get at most one answer)."""

from __future__ import annotations

from fake_bot_api import FakeBotApi
from restarts import stop_mid_stream
from tg_support import TOKEN


async def test_sigterm_mid_stream_loses_and_duplicates_nothing(api: FakeBotApi, tmp_path) -> None:
    run = await stop_mid_stream(api, tmp_path, "TERM")
    assert run.status == 0, run.log[-3000:]
    assert run.audit.perfect, f"{run.audit.line()}; {run.audit.problems[:10]}"
    assert "Traceback" not in run.log and TOKEN not in run.log
    assert run.log.count("stopping: finishing the updates already received") == 2


async def test_kill_9_mid_stream_loses_nothing_and_never_answers_a_group_twice(api: FakeBotApi, tmp_path) -> None:
    run = await stop_mid_stream(api, tmp_path, "KILL")
    result = run.audit
    print(f"kill -9 with the journal: {result.line()}; {run.in_flight_at_stop} sends in flight at the kill; "
          f"{sum(run.leaving_at_stop.values())} group answers marked as leaving")
    assert run.status == -9
    assert result.wrong == 0 and result.out_of_order == 0, result.problems[:10]
    # nothing is lost but, rarely, a group answer the kill caught between the journal marking it as
    # leaving and its request going out (at most once: it is not sent again after the restart)
    for chat_id, lost in result.lost_by_chat.items():
        assert lost <= run.leaving_at_stop[chat_id], (chat_id, result.problems[:10])
    assert result.chatter_answered == 0
    assert result.group_duplicated == 0  # a group answer that may have left is never sent again
    # private answers that had left (at most max_in_flight = 4 requests, plus one whose answer
    # had come back but was not yet marked done) are sent again after the restart
    assert result.duplicated <= 2 * 4
    assert "journal: handling" in run.log  # the restart took over what the killed process held
