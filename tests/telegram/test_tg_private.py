"""Private chats, start-up calls and the real engine, through real HTTP to the fake Bot API."""

from __future__ import annotations

from fake_bot_api import FakeBotApi, methods_called


async def test_private_question_gets_one_html_answer_with_keyboard(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    question = api.push_message("where does <Shanghai> rank?", chat_id=501)
    [call] = await api.wait_for("sendMessage")
    params = call.params
    assert params["chat_id"] == 501
    assert params["parse_mode"] == "HTML"
    assert params["text"] == "<b>answer</b> to: where does &lt;Shanghai&gt; rank?"
    keyboard = params["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"] for row in keyboard for b in row] == ["q:top 3", "src", "card:top 3"]
    assert [b["text"] for b in keyboard[0]] == ["Top 3", "Source"]
    assert "reply_parameters" not in params  # no quoting in a private chat
    assert engine.texts == [question["text"]]
    await api.wait_until_polled()
    assert len(api.calls_to("sendMessage")) == 1


async def test_startup_sets_menus_descriptions_and_polls_for_the_four_update_types(
        api: FakeBotApi, start_bot) -> None:
    await start_bot()
    await api.wait_for("getUpdates", completed=False)
    await api.wait_for("setMyCommands", 4)  # set beside the first polls
    await api.wait_for("setMyShortDescription", 2)
    await api.wait_for("setMyDescription", 2)  # both languages, whichever order they are sent in
    called = methods_called(api.calls)
    assert called[0] == "getMe"
    assert "deleteWebhook" in called  # polling: make sure no webhook is set
    wanted = {"start", "help", "top", "rank", "compare", "about", "card"}
    for scope in ("all_private_chats", "all_group_chats"):
        for lang in ("", "zh"):
            commands = api.commands[(scope, lang)]
            assert {c["command"] for c in commands} == wanted, (scope, lang)
    zh_rank = next(c for c in api.commands[("all_private_chats", "zh")] if c["command"] == "rank")
    assert "排名" in zh_rank["description"]
    for kind in ("description", "short_description"):
        assert api.descriptions[(kind, "")].isascii()
        assert not api.descriptions[(kind, "zh")].isascii()
    poll = api.calls_to("getUpdates")[0].params
    assert poll["allowed_updates"] == ["message", "edited_message", "callback_query", "inline_query"]
    assert poll["timeout"] == 1


async def test_private_chat_is_a_conversation_and_never_silent(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    api.push_message("where does Beijing rank?", chat_id=502)
    api.push_message("and in education?", chat_id=502)
    api.push({"message": {**api.message("x", chat_id=502), "text": None,
                          "sticker": {"file_id": "s1", "file_unique_id": "u1", "type": "regular",
                                      "width": 512, "height": 512, "is_animated": False,
                                      "is_video": False}}})
    calls = await api.wait_for("sendMessage", 3)
    assert engine.texts == ["where does Beijing rank?", "and in education?", "/help"]
    # the follow-up saw the first question in its state; the sticker's help left the state alone
    assert engine.calls[1][1] == {"history": ["where does Beijing rank?"]}
    assert engine.calls[2][1] == {"history": ["where does Beijing rank?", "and in education?"]}
    assert [c.params["chat_id"] for c in calls] == [502, 502, 502]


async def test_private_command_for_another_bot_is_still_answered(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    api.push_message("/start@SomeOtherBot", chat_id=503)
    await api.wait_for("sendMessage")
    assert engine.texts == ["/start"]


async def test_real_engine_answers_like_the_command_line(api: FakeBotApi, start_bot) -> None:
    from bot.engine import Engine

    await start_bot(engine_=Engine.load())
    question = "where does Shanghai rank?"
    api.push_message(question, chat_id=504)
    [call] = await api.wait_for("sendMessage")
    expected = Engine.load().answer(question, {})  # what `citybot ask` would print, as HTML
    assert call.params["text"] == expected.html
    assert "Shanghai" in call.params["text"]
    if expected.intent != "echo":  # the temporary stub echoes; the real engine gives the rank
        assert "8" in call.params["text"]


async def test_the_first_answer_does_not_wait_for_the_menus(api: FakeBotApi, start_bot) -> None:
    # a slow Bot API (0.5 s for every menu call): questions are fetched and answered meanwhile
    for method in ("getMyCommands", "getMyDescription", "getMyShortDescription",
                   "setMyCommands", "setMyDescription", "setMyShortDescription"):
        api.latency[method] = 0.5
    await start_bot()
    api.push_message("top 3", chat_id=502)
    await api.wait_for("sendMessage")
    assert not api.calls_to("setMyCommands", where=lambda c: c.completed)
    await api.wait_for("setMyCommands", 4)  # and the menus are set all the same
