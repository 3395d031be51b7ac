"""Unit tests: is a message addressed to the bot, and what does the engine get?"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.telegram.addressing import EMPTY_FALLBACK, Addressed, Entity, address

ME, MY_ID = "CityTestBot", 4242


def group(text: str, **kwargs) -> Addressed | None:
    return address(text, chat_type="supergroup", bot_username=ME, bot_id=MY_ID, **kwargs)


@pytest.mark.parametrize(("text", "expected"), [
    ("/rank Shanghai", Addressed("/rank Shanghai", "command")),
    ("/rank@CityTestBot Shanghai", Addressed("/rank Shanghai", "command")),
    ("/rank@citytestbot", Addressed("/rank", "command")),
    ("/top@CityTestBot 5 @CityTestBot", Addressed("/top 5", "command")),
    ("@CityTestBot where does Shanghai rank?", Addressed("where does Shanghai rank?", "mention")),
    ("@CityTestBot, top 10", Addressed("top 10", "mention")),
    ("hey @CityTestBot, top 10?", Addressed("hey, top 10?", "mention")),
    ("where does Shanghai rank, @CityTestBot?", Addressed("where does Shanghai rank?", "mention")),
    ("@citytestbot 上海排第几？", Addressed("上海排第几？", "mention")),
    ("@CityTestBot", Addressed(EMPTY_FALLBACK, "mention")),
])
def test_addressed_group_messages(text: str, expected: Addressed) -> None:
    assert group(text) == expected


@pytest.mark.parametrize("text", [
    "hello everyone",
    "where does Shanghai rank?",
    "/rank@OtherBot Shanghai",
    "/rank@CityTestBotFan Shanghai",
    "@CityTestBotFan what do you think?",
    "write to me@CityTestBot.example",
    "CityTestBot is great",
    "the path /rank is a command only at the start",
])
def test_group_chatter_and_other_bots_are_ignored(text: str) -> None:
    assert group(text) is None


def test_other_bot_command_is_ignored_even_in_reply_to_us() -> None:
    assert group("/rank@OtherBot Tokyo", reply_to_user_id=MY_ID) is None


def test_reply_to_the_bot_is_addressed_reply_to_others_is_not() -> None:
    assert group("and in education?", reply_to_user_id=MY_ID) == Addressed("and in education?", "reply")
    assert group("and in education?", reply_to_user_id=1001) is None


def test_text_mention_entity_with_the_bot_id_addresses_it_utf16_offsets() -> None:
    text = "🙂 Citybot top 10"  # the emoji is two UTF-16 code units: the entity starts at 3
    entity = Entity("text_mention", offset=3, length=7, user_id=MY_ID)
    assert group(text, entities=[entity]) == Addressed("🙂 top 10", "mention")
    someone_else = Entity("text_mention", offset=3, length=7, user_id=77)
    assert group(text, entities=[someone_else]) is None


def test_mention_entity_after_astral_characters_is_stripped_exactly() -> None:
    text = "𝔸𝔹 @CityTestBot top 3"
    entity = Entity("mention", offset=5, length=12)
    assert group(text, entities=[entity]) == Addressed("𝔸𝔹 top 3", "mention")


def test_private_messages_are_always_addressed() -> None:
    def private(text: str) -> Addressed | None:
        return address(text, chat_type="private", bot_username=ME, bot_id=MY_ID)

    assert private("hi") == Addressed("hi", "private")
    assert private("/start@CityTestBot") == Addressed("/start", "private")
    assert private("/start@OtherBot") == Addressed("/start", "private")
    assert private("@CityTestBot top 3") == Addressed("top 3", "private")
    assert private("   ") == Addressed(EMPTY_FALLBACK, "private")


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="@/"), max_size=40)


@given(words)
def test_plain_group_text_without_mention_or_command_is_never_addressed(text: str) -> None:
    assert group(text) is None


@given(words, st.sampled_from(["@CityTestBot", "@citytestbot", "@CITYTESTBOT"]), words)
def test_any_mention_of_the_bot_is_addressed_and_stripped(before: str, mention: str, after: str) -> None:
    result = group(f"{before} {mention} {after}")
    assert result is not None
    assert "@citytestbot" not in result.text.lower()
    assert result.text == result.text.strip() and result.text


@given(st.text(max_size=60))
def test_private_text_always_gets_something_to_answer(text: str) -> None:
    result = address(text, chat_type="private", bot_username=ME, bot_id=MY_ID)
    assert result is not None and result.text.strip()
