"""A command typed with a slip or under another name is still that command; anything else is not guessed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("message", "intent", "start"), [
    ("/tops 5", "top", "Overall top 5 (of 30 cities evaluated):"),
    ("/topp 3 edu", "top", "Education top 3 (of 30 cities evaluated):"),
    ("/rnak tokyo", "rank", "Tokyo ranks 10th overall"),
    ("/rakn@citybot seattle", "rank", "Seattle ranks 7th overall"),
    ("/cmp boston seattle", "compare", "Boston and Seattle:"),
    ("/strat", "greeting", "Hello!"),
])
def test_a_misspelt_or_other_command_name_is_that_command(ask, message, intent, start):
    reply = ask(message)
    assert reply.intent == intent
    assert reply.text.startswith(start)


def test_a_name_close_to_no_command_gets_the_help_text(ask):
    assert ask("/xyzzy").intent == "help"
