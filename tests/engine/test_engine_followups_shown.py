"""Follow-ups about what the last answer showed: "are they all in the top 10?" after a group or a top,
the next place in Cantonese, and "come on, just guess" after an unpublished place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("first, then, parts", [
    ("which cities have balanced education", "are they all in the top 10",
     ["Yes, all 4", "London ranks 4th overall", "Shanghai ranks 8th overall"]),
    ("哪些城市基础教育和高等教育比较均衡", "它们都在前十吗", ["是的，4个都是", "上海在综合排名中位列第8"]),
    ("top 3 in education", "are they all in the top 10", ["Yes, all 3", "Hong Kong ranks 9th overall"]),
    ("top 3 in education", "are they all in the top 3 of innovation",
     ["Not all of them", "Boston ranks 2nd in sci-tech innovation", "London is not in the published"]),
])
def test_they_are_the_cities_the_last_answer_listed(chat, first, then, parts):
    chat(first)
    text = chat(then).text
    assert all(p in text for p in parts), text


def test_many_cities_are_answered_in_groups_with_the_reason_for_the_unknown(chat):
    chat("top 10")
    text = chat("are they all in the talent top 10").text
    assert text.startswith("Not all of them")
    assert "In the talent development top 10: Beijing, Shanghai and Hong Kong." in text
    assert "Not in the talent development top 10: London and Tokyo." in text
    assert "Boston, San Francisco, New York, Los Angeles and Seattle: the list includes 5 US cities" in text


def test_a_group_named_in_the_follow_up_is_the_subject_not_the_last_answer(chat):
    chat("哪些城市基础教育和高等教育比较均衡")
    text = chat("人才潜力突出的那几个呢，也都在前十？").text
    assert text.startswith("不是") and "深圳" in text and "广州" in text and "伦敦" not in text, text


@pytest.mark.parametrize("message", ["@citybot 跟住嗰個呢", "跟住呢", "跟住嗰個係邊個"])
def test_cantonese_next_one_moves_down_the_list(chat, message):
    chat("邊個城市排第一")
    text = chat(message).text
    assert "舊金山" in text and "第2" in text, text


@pytest.mark.parametrize("nudge", ["come on just guess", "what's your best guess", "take a guess"])
def test_asked_to_guess_an_unpublished_place_the_bot_declines_and_says_what_is_known(chat, nudge):
    chat("who's 10th")
    chat("and the one after tokyo")
    text = chat(nudge).text
    assert "won't guess" in text and "Tokyo is 10th" in text and "wasn't published" in text, text


def test_a_chinese_guess_is_not_answered_with_a_yes(chat):
    chat("上海人才排第几")
    text = chat("猜一下嘛").text
    assert "不做猜测" in text and "是的" not in text, text


def test_a_mention_in_the_middle_of_a_message_starts_the_question(ask):
    text = ask("hey guys sorry for spamming the group, my slides are a total mess 😭 quick q tho @citybot is tokyo "
               "even in the top ten or not").text
    assert text.startswith("Yes.") and "Tokyo ranks 10th" in text and "spamming" not in text, text


def test_who_made_it_right_after_what_are_you_asks_about_the_bot(ask):
    text = ask("你係咩嚟㗎？邊個整嘅？").text
    assert "citybot" in text and "報告由" not in text and text.count("citybot") == 1, text


@pytest.mark.parametrize("message, parts", [
    ("in the talent top ten but not in the overall top 10, who", ["Shenzhen and Guangzhou"]),
    ("which cities have balanced basic n higher education", ["London, Beijing, Shanghai and New York"]),
])
def test_a_trailing_who_and_n_for_and_are_read_with_the_rest(ask, message, parts):
    text = ask(message).text
    assert all(p in text for p in parts) and "Education top 3" not in text, text


def test_them_after_two_questions_in_one_message_is_both_cities(chat):
    chat("is beijing in the talent top 10? and shanghai?")
    text = chat("which of them are in the edu top 3").text
    assert "Beijing is not in the published education top 3" in text and "Shanghai is not" in text


def test_which_of_a_group_is_highest_then_lowest(chat):
    chat("the balanced education group, who's in it")
    assert chat("which of them ranks highest overall").text.endswith(
        "so Beijing is ahead.\nSource: Xinhua, 25 January 2025")
    assert "so Shanghai is lowest" in chat("and which one's lowest of the 4").text
    assert "so Beijing is ahead" in chat("and the highest?").text


def test_which_of_three_named_ranks_highest_is_a_choice(ask):
    assert "so Beijing is ahead" in ask("which of london, beijing and shanghai ranks highest").text
