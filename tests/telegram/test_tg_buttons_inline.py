"""Callback buttons and inline mode."""

from __future__ import annotations

from fake_bot_api import FakeBotApi

GROUP = -100777


async def _first_answer(api: FakeBotApi, text: str, chat_id: int, chat_type: str = "private") -> dict:
    question = api.push_message(text, chat_id=chat_id, chat_type=chat_type)
    await api.wait_for("sendMessage")
    return next(m for (chat, _), m in api.messages.items()
                if chat == chat_id and m["from"]["id"] == api.bot_user["id"]
                and m["message_id"] > question["message_id"])


async def test_question_button_asks_the_question_in_the_chat(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    answer = await _first_answer(api, "where does Boston rank?", 701)
    query_id = api.push_callback(answer, "q:top 3")
    calls = await api.wait_for("sendMessage", 2)
    assert api.callback_answers[query_id] is not None
    assert calls[1].params["chat_id"] == 701
    assert calls[1].params["text"] == "<b>answer</b> to: top 3"
    assert engine.texts == ["where does Boston rank?", "top 3"]
    assert engine.calls[1][1] == {"history": ["where does Boston rank?"]}  # same conversation


async def test_question_button_in_a_group_quotes_the_answer_it_was_under(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    answer = await _first_answer(api, "/top", GROUP, "supergroup")
    api.push_callback(answer, "q:top 3")
    calls = await api.wait_for("sendMessage", 2)
    assert calls[1].params["reply_parameters"]["message_id"] == answer["message_id"]


async def test_source_button_shows_the_citation_without_changing_the_context(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    answer = await _first_answer(api, "where does Boston rank?", 702)
    query_id = api.push_callback(answer, "src")
    await api.wait_for("sendMessage", 2)
    api.push_message("and in education?", chat_id=702)
    await api.wait_for("sendMessage", 3)
    assert api.callback_answers[query_id] is not None
    assert engine.texts == ["where does Boston rank?", "/about", "and in education?"]
    # /about was answered with a copy: the follow-up still sees only the real question
    assert engine.calls[2][1] == {"history": ["where does Boston rank?"]}


async def test_unknown_buttons_are_acknowledged_and_ignored_picture_without_cards_says_so(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()  # the fake engine has no index: no pictures
    answer = await _first_answer(api, "/top", 703)
    card = api.push_callback(answer, "card:top 3")
    unknown = api.push_callback(answer, "bogus")
    await api.wait_for("answerCallbackQuery", 2)
    barrier = api.push_callback(answer, "q:top 3")
    await api.wait_for("sendMessage", 2)
    assert api.callback_answers[card] == {"callback_query_id": card, "show_alert": True,
                                          "text": "No picture for this answer."}
    assert api.callback_answers[unknown] == {"callback_query_id": unknown}
    assert api.callback_answers[barrier] is not None
    assert engine.texts == ["/top", "top 3"]
    assert not api.calls_to("sendPhoto")


async def test_button_under_an_inline_message_answers_with_an_alert(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    query_id = api.push_callback(None, "q:top 3")
    await api.wait_for("answerCallbackQuery")
    answer = api.callback_answers[query_id]
    assert answer is not None
    assert answer["show_alert"] is True
    assert answer["text"] == "answer to: top 3"
    assert not api.calls_to("sendMessage")


async def test_inline_query_lists_the_engine_answers(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    query_id = api.push_inline("shanghai")
    await api.wait_for("answerInlineQuery")
    params = api.inline_answers[query_id]
    assert params is not None
    results = params["results"]
    assert [r["title"] for r in results] == ["title: shanghai #0", "title: shanghai #1", "title: shanghai #2"]
    first = results[0]
    assert first["type"] == "article"
    content = first["input_message_content"]
    assert content["message_text"] == "<b>answer</b> to: shanghai #0"
    assert content["parse_mode"] == "HTML"
    assert len({r["id"] for r in results}) == 3
    assert 0 < params["cache_time"] <= 60


async def test_empty_inline_query_shows_example_answers(api: FakeBotApi, start_bot, engine) -> None:
    from bot.telegram.menus import load_menus

    await start_bot()
    query_id = api.push_inline("")
    await api.wait_for("answerInlineQuery")
    examples = list(load_menus().inline_examples)
    assert len(examples) >= 2
    assert engine.texts == examples
    results = api.inline_answers[query_id]["results"]  # type: ignore[index]
    assert [r["title"] for r in results] == [f"title: {q}" for q in examples]


async def test_inline_queries_with_the_real_engine(api: FakeBotApi, start_bot) -> None:
    from bot.engine import Engine

    await start_bot(engine_=Engine.load())
    typed, empty = api.push_inline("shanghai"), api.push_inline("")
    await api.wait_for("answerInlineQuery", 2)
    first = api.inline_answers[typed]["results"][0]  # type: ignore[index]
    assert "Shanghai" in first["title"] and "Shanghai" in first["input_message_content"]["message_text"]
    assert len(api.inline_answers[empty]["results"]) >= 2  # type: ignore[index]


async def test_inline_sh_offers_shanghai_and_shenzhen_through_the_bot(api: FakeBotApi, start_bot) -> None:
    from fake_bot_api import visible_text

    from bot.engine import Engine

    engine = Engine.load()
    await start_bot(engine_=engine)
    query_id = api.push_inline("sh")
    await api.wait_for("answerInlineQuery")
    results = api.inline_answers[query_id]["results"]  # type: ignore[index]
    titles = [r["title"] for r in results]
    assert titles[0].startswith("Shanghai") and titles[1].startswith("Shenzhen")
    unknown = engine.wording.say("unknown_city", "en", name="sh").html
    assert not any(unknown in r["input_message_content"]["message_text"] for r in results)
    for result in results:
        content = result["input_message_content"]
        assert "<b><b>" not in content["message_text"]
        visible_text(content["message_text"], content["parse_mode"])  # valid HTML for Telegram
        assert result["description"] and "\n" not in result["description"]
