"""Groups: only messages addressed to the bot are answered, each at most once, quoting it;
edits edit the earlier answer; stale backlog is dropped."""

from __future__ import annotations

import time

from fake_bot_api import BOT_USERNAME, FakeBotApi

GROUP = -100123


def quoted(call) -> int | None:
    return (call.params.get("reply_parameters") or {}).get("message_id")


async def test_only_addressed_group_messages_are_answered(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    chatter = api.push_message("hello all, where does Shanghai rank?", chat_id=GROUP, chat_type="supergroup")
    api.push_message("/rank@OtherBot Shanghai", chat_id=GROUP, chat_type="supergroup")
    command = api.push_message("/rank Shanghai", chat_id=GROUP, chat_type="supergroup")
    own = api.push_message(f"/top@{BOT_USERNAME} 5", chat_id=GROUP, chat_type="supergroup")
    mention = api.push_message(f"@{BOT_USERNAME} where does Tokyo rank?", chat_id=GROUP,
                               chat_type="supergroup")
    await api.wait_for("sendMessage", 3)
    answers = [m for m in api.messages.values() if m["from"]["id"] == api.bot_user["id"]]
    reply = api.push_message("and in education?", chat_id=GROUP, chat_type="supergroup", reply_to=answers[-1])
    api.push_message("me too", chat_id=GROUP, chat_type="supergroup", reply_to=chatter)  # reply to a human
    last = api.push_message(f"thanks @{BOT_USERNAME.lower()}!", chat_id=GROUP, chat_type="group")
    calls = await api.wait_for("sendMessage", 5)
    await api.wait_until_polled()

    assert engine.texts == ["/rank Shanghai", "/top 5", "where does Tokyo rank?", "and in education?",
                            "thanks!"]
    assert [quoted(c) for c in calls] == [m["message_id"] for m in (command, own, mention, reply, last)]
    assert all(c.params["reply_parameters"]["allow_sending_without_reply"] for c in calls)
    assert len(api.calls_to("sendMessage")) == 5


async def test_a_message_delivered_twice_is_answered_once(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    message = api.push_message("/about", chat_id=GROUP, chat_type="supergroup")
    api.push({"message": message})  # the same message again (e.g. redelivered after a crash)
    barrier = api.push_message("/help", chat_id=GROUP, chat_type="supergroup")
    calls = await api.wait_for("sendMessage", 2)
    await api.wait_until_polled()
    assert [quoted(c) for c in calls] == [message["message_id"], barrier["message_id"]]
    assert len(api.calls_to("sendMessage")) == 2


async def test_editing_a_question_edits_the_answer(api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    question = api.push_message("/rank Shanghai", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage")
    answer_id = next(m["message_id"] for m in api.messages.values()
                     if m.get("reply_to_message", {}).get("message_id") == question["message_id"])
    api.push_edit(question, "/rank Beijing")
    [edit] = await api.wait_for("editMessageText")
    assert edit.params["chat_id"] == GROUP
    assert edit.params["message_id"] == answer_id
    assert edit.params["text"] == "<b>answer</b> to: /rank Beijing"
    assert edit.params["reply_markup"]["inline_keyboard"]
    assert api.messages[(GROUP, answer_id)]["text"] == "answer to: /rank Beijing"

    # an edit that makes chatter addressed gets one (new) answer; editing it again edits that one
    chatter = api.push_message("nice weather", chat_id=GROUP, chat_type="supergroup")
    api.push_edit(chatter, f"@{BOT_USERNAME} top 3?")
    calls = await api.wait_for("sendMessage", 2)
    assert quoted(calls[1]) == chatter["message_id"]
    api.push_edit(chatter, f"@{BOT_USERNAME} top 5?")
    edits = await api.wait_for("editMessageText", 2)
    assert edits[1].params["text"] == "<b>answer</b> to: top 5?"
    await api.wait_until_polled()
    assert len(api.calls_to("sendMessage")) == 2
    assert engine.texts == ["/rank Shanghai", "/rank Beijing", "top 3?", "top 5?"]


async def test_edit_of_chatter_is_still_ignored_and_unchanged_edit_is_harmless(
        api: FakeBotApi, start_bot, engine) -> None:
    await start_bot()
    chatter = api.push_message("lunch?", chat_id=GROUP, chat_type="supergroup")
    api.push_edit(chatter, "lunch at noon?")
    question = api.push_message("/top", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage")
    api.push_edit(question, "/top")  # same text: Telegram says "message is not modified"
    [edit] = await api.wait_for("editMessageText")
    barrier = api.push_message("/help", chat_id=GROUP, chat_type="supergroup")
    calls = await api.wait_for("sendMessage", 2)
    assert quoted(calls[1]) == barrier["message_id"]
    assert engine.texts == ["/top", "/top", "/help"]
    assert api.calls_to("editMessageText")[0] is edit


async def test_group_backlog_older_than_the_limit_is_dropped_private_is_answered(
        api: FakeBotApi, start_bot, engine) -> None:
    long_ago = time.time() - 600
    api.push_message("/rank Boston", chat_id=GROUP, chat_type="supergroup", date=long_ago)
    api.push_message("/rank London", chat_id=601, date=long_ago)
    recent = api.push_message("/rank Tokyo", chat_id=GROUP, chat_type="supergroup", date=time.time() - 30)
    await start_bot(group_backlog=120)
    calls = await api.wait_for("sendMessage", 2)
    await api.wait_until_polled()
    assert sorted(engine.texts) == ["/rank London", "/rank Tokyo"]
    assert {c.params["chat_id"] for c in calls} == {601, GROUP}
    assert quoted(next(c for c in calls if c.params["chat_id"] == GROUP)) == recent["message_id"]
    assert len(api.calls_to("sendMessage")) == 2


async def test_group_upgraded_to_supergroup_keeps_its_conversation(api: FakeBotApi, start_bot, engine) -> None:
    old, new = -555, -100999
    await start_bot()
    api.push_message("/rank Boston", chat_id=old, chat_type="group")
    await api.wait_for("sendMessage")
    service = {**api.message("", chat_id=old, chat_type="group"), "text": None, "migrate_to_chat_id": new}
    api.push({"message": service})
    api.push_message("/rank Tokyo", chat_id=new, chat_type="supergroup")
    await api.wait_for("sendMessage", 2)
    assert engine.calls[1] == ("/rank Tokyo", {"history": ["/rank Boston"]})
