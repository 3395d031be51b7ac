"""Unit tests: retry policy, rendering, reply bookkeeping, redaction, menus."""

from __future__ import annotations

import html
import io
import logging

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.reply import Button, Reply
from bot.telegram.logging_setup import REDACTED, RedactingFilter, RedactingFormatter, Redactor, setup_logging
from bot.telegram.menus import load_menus, parse_menus
from bot.telegram.persistence import REPLIES_KEY, chat_state, remember_reply, remembered_reply
from bot.telegram.render import MAX_MESSAGE, fit_html, flat_bold, inline_results, keyboard, plain_html
from bot.telegram.retry import Delivery, is_transient, with_retry, worth_retrying

TOKEN = "123456789:AAFakeTokenForTests-only_abcdefghijkl"


def reply(text: str = "hi", html_text: str | None = None, buttons: tuple[Button, ...] = ()) -> Reply:
    return Reply(text=text, html=html_text if html_text is not None else html.escape(text), intent="t",
                 lang="en", buttons=buttons)


# --- retry ---------------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter(int)
def test_transient_errors() -> None:
    assert is_transient(NetworkError("Bad Gateway")) and is_transient(TimedOut())
    assert worth_retrying(TimedOut(), Delivery.IDEMPOTENT)
    assert not worth_retrying(TimedOut(), Delivery.AT_LEAST_ONCE)
    for refusal in (BadRequest("Bad Request: chat not found"), Forbidden("bot was blocked by the user"),
                    RetryAfter(3), ValueError()):
        assert not is_transient(refusal)
        assert not any(worth_retrying(refusal, delivery) for delivery in Delivery)


async def _run(errors: list[BaseException], **kwargs) -> tuple[object, list[float], int]:
    sleeps: list[float] = []
    attempts = 0

    async def call() -> str:
        nonlocal attempts
        attempts += 1
        if errors:
            raise errors.pop(0)
        return "ok"

    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    try:
        result: object = await with_retry(call, what="test", sleep=sleep, base_delay=0.5, **kwargs)
    except Exception as exc:
        result = exc
    return result, sleeps, attempts


async def test_retry_backs_off_then_succeeds() -> None:
    result, sleeps, attempts = await _run([NetworkError("502"), NetworkError("500")], attempts=3)
    assert (result, sleeps, attempts) == ("ok", [0.5, 1.0], 3)


async def test_retry_is_bounded() -> None:
    errors: list[BaseException] = [NetworkError("a"), NetworkError("b"), NetworkError("c")]
    result, sleeps, attempts = await _run(errors, attempts=3)
    assert isinstance(result, NetworkError) and str(result) == "c"
    assert attempts == 3 and sleeps == [0.5, 1.0]


@pytest.mark.parametrize("error", [BadRequest("Bad Request: x"), Forbidden("blocked")])
async def test_bad_request_and_forbidden_are_never_retried(error: Exception) -> None:
    result, sleeps, attempts = await _run([error], attempts=5)
    assert result is error and attempts == 1 and sleeps == []


async def test_timed_out_sends_are_retried_only_when_a_copy_is_harmless() -> None:
    result, _, attempts = await _run([TimedOut()], attempts=3, delivery=Delivery.AT_LEAST_ONCE)
    assert isinstance(result, TimedOut) and attempts == 1
    result, _, attempts = await _run([TimedOut()], attempts=3, delivery=Delivery.IDEMPOTENT)
    assert result == "ok" and attempts == 2


# --- rendering -----------------------------------------------------------------------------

def test_fit_html_keeps_short_replies_and_cuts_long_ones_safely() -> None:
    assert fit_html(reply("a < b")) == "a &lt; b"
    long_text = "<&>" * 3000
    cut = fit_html(reply(long_text, "<b>" + html.escape(long_text) + "</b>"))
    assert len(cut) <= MAX_MESSAGE and cut.endswith("…")
    assert "<b>" not in cut and html.unescape(cut[:-1]) in long_text  # no half entity, no tag
    assert len(plain_html("x" * 10_000)) == MAX_MESSAGE


def test_keyboard_rows_and_oversized_callback_data() -> None:
    buttons = (Button("A", "q:a"), Button("B", "src"), Button("C", "q:" + "é" * 40), Button("D", "card:d"))
    markup = keyboard(reply(buttons=buttons))
    assert markup is not None
    rows = [[b.callback_data for b in row] for row in markup.inline_keyboard]
    assert rows == [["q:a", "src"], ["card:d"]]  # "q:éé…" is 82 bytes: left out
    assert keyboard(reply()) is None


def test_inline_results_are_capped_unique_and_html() -> None:
    replies = [reply(f"answer {i}") for i in range(60)]
    results = inline_results(replies)
    assert len(results) == 50
    assert len({r.id for r in results}) == 50 and all(len(r.id) <= 64 for r in results)
    assert results[0].title == "answer 0"
    assert results[0].input_message_content.parse_mode == "HTML"


def test_inline_results_send_flat_bold_with_a_one_line_description() -> None:
    nested = Reply(text="Shanghai and London:\n• Overall: Shanghai 8th",
                   html="<b><b>Shanghai</b> and <b>London</b>:</b>\n• Overall: <b>Shanghai</b> 8th",
                   intent="compare", lang="en", title="Shanghai vs London")
    (result,) = inline_results([nested])
    assert result.input_message_content.message_text == ("<b>Shanghai and London:</b>\n• Overall: <b>Shanghai</b> 8th")
    assert result.title == "Shanghai vs London"
    assert "\n" not in result.description
    assert flat_bold("<b>a</b> <i><b>b</b></i>") == "<b>a</b> <i><b>b</b></i>"  # bold side by side is kept


# --- per-chat bookkeeping ------------------------------------------------------------------

def test_reply_map_is_bounded_and_state_is_created() -> None:
    chat_data: dict = {}
    for question in range(10):
        remember_reply(chat_data, question, 1000 + question, limit=3)
    assert list(chat_data[REPLIES_KEY]) == [7, 8, 9]
    assert remembered_reply(chat_data, 9) == 1009 and remembered_reply(chat_data, 1) is None
    remember_reply(chat_data, 7, 2000, limit=3)  # re-remembering refreshes the entry
    assert list(chat_data[REPLIES_KEY]) == [8, 9, 7]
    state = chat_state(chat_data)
    state["lang"] = "en"
    assert chat_state(chat_data) == {"lang": "en"}
    assert chat_state(None) == {} and remembered_reply(None, 1) is None


# --- redaction -----------------------------------------------------------------------------

def test_redactor_hides_the_token_and_token_shaped_strings() -> None:
    redact = Redactor([TOKEN])
    assert redact(f"POST https://api.telegram.org/bot{TOKEN}/getMe") == \
        f"POST https://api.telegram.org/bot{REDACTED}/getMe"
    assert TOKEN not in redact(f"x{TOKEN}y")
    other = "5550001:AAHsomeOtherTokenLooking_String1234"
    assert other not in redact(f"url /bot{other}/x")
    assert redact("rank 8 of 30, 12:30") == "rank 8 of 30, 12:30"


def test_redacting_filter_cleans_message_args_and_traceback() -> None:
    redactor = Redactor([TOKEN])
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "token %s", (TOKEN,), None)
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected")
    except RuntimeError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    assert RedactingFilter(redactor).filter(record)
    assert TOKEN not in record.getMessage() and TOKEN not in (record.exc_text or "")
    line = RedactingFormatter(redactor).format(record)
    assert TOKEN not in line and "was rejected" in line



def _logged(name: str, exc: Exception) -> str:
    stream = io.StringIO()
    handler = setup_logging("INFO", [TOKEN], stream=stream)
    try:
        try:
            raise exc
        except Exception:
            logging.getLogger(name).exception("Error while calling `get_updates` one more time")
    finally:
        logging.getLogger().removeHandler(handler)
    return stream.getvalue()


def test_telegram_unreachable_is_one_line_in_the_log_but_a_bug_keeps_its_traceback() -> None:
    """python-telegram-bot logs its failed last getUpdates at a stop with a traceback: a network
    failure is Telegram's trouble, not a bug, so it is one line naming what failed."""
    for failure in (NetworkError("httpx.RemoteProtocolError: Server disconnected"), _timed_out(OSError("slow"))):
        line = _logged("telegram.ext.Updater", failure)
        assert line.count("\n") == 1 and "Traceback" not in line, line
        assert "get_updates" in line and type(failure).__name__ in line
    for bug in (RuntimeError(f"a bug near {TOKEN}"), BadRequest(f"Can't parse entities near {TOKEN}")):
        logged = _logged("telegram.ext.Application", bug)
        assert "Traceback" in logged and f"{type(bug).__name__}: " in logged and TOKEN not in logged


# --- menus ---------------------------------------------------------------------------------

def test_menus_have_the_same_commands_in_english_and_chinese() -> None:
    menus = load_menus()
    names = {lang: [name for name, _ in pairs] for lang, pairs in menus.commands.items()}
    assert set(names) == {"en", "zh"}
    assert names["en"] == names["zh"]
    assert {"start", "help", "top", "rank", "compare", "about", "card"} <= set(names["en"])
    assert set(menus.descriptions) == {"en", "zh"}
    assert set(menus.scopes) == {"private", "group"}
    assert menus.inline_examples


def test_menus_refuse_what_telegram_would_refuse() -> None:
    raw = {"commands": {"en": [["Bad-Name", "x"]]}, "descriptions": {"en": {"description": "d",
                                                                           "short_description": "s"}}}
    with pytest.raises(ValueError):
        parse_menus(raw)


def _timed_out(cause: Exception) -> TimedOut:
    try:
        raise TimedOut() from cause
    except TimedOut as exc:
        return exc


def test_timeouts_before_the_request_left_are_always_retried_read_timeouts_never() -> None:
    import httpx

    request = httpx.Request("POST", "http://x/sendMessage")
    for cause in (httpx.ConnectTimeout("c", request=request), httpx.PoolTimeout("p", request=request),
                  httpx.WriteTimeout("w", request=request)):
        assert worth_retrying(_timed_out(cause), Delivery.AT_MOST_ONCE)  # Telegram never had it
    late = _timed_out(httpx.ReadTimeout("r", request=request))
    assert not worth_retrying(late, Delivery.AT_MOST_ONCE) and not worth_retrying(late, Delivery.AT_LEAST_ONCE)
