"""How people talk to the bot: several questions in one message, follow-ups that work within the list
just shown, long chatty messages and everyday reactions."""

from __future__ import annotations

import pytest

from bot.context import Conversation
from bot.query import Query


# --- "which of them ...": the cities of the list just shown ---------------------------------------------
@pytest.mark.parametrize(("top", "which", "fourth", "list_name"), [
    ("innovation top 3", "which of them is also in the education top 3?", "who's 4th there?", "sci-tech innovation"),
    ("科創頭三係邊幾個", "其中哪個也在教育前三", "第四名又係邊個", "科技創新"),
])
def test_which_of_a_shown_top_is_in_another_list_names_only_those(chat, top, which, fourth, list_name):
    chat(top)
    reply = chat(which)
    assert reply.intent == "set"
    assert ("Only Boston" in reply.text) or ("只有波士頓" in reply.text)
    assert "San Francisco is" not in reply.text and "Not all" not in reply.text and "並非全部" not in reply.text
    # and the next question is still about the list the user was looking at, not the one checked against
    assert list_name in chat(fourth).text


def test_which_of_an_unordered_list_are_in_the_top_10_says_what_is_not_known(chat):
    chat("talent top 10")
    text = chat("which of them are in the overall top 10?").text
    assert "Beijing" in text and "Hong Kong" in text
    assert "Not known for Boston" in text and "Shenzhen and Guangzhou are certainly not" in text


def test_which_of_them_with_a_bare_top_n_is_the_main_list(chat):
    chat("talent top 10")
    text = chat("how many of them made the top 5?").text
    assert "overall top 5" in text and "Beijing" in text


def test_comparing_among_them_is_not_a_set(chat):
    chat("education podium?")
    assert chat("which of those three is lowest overall").intent == "compare"


@pytest.mark.parametrize("message", [
    "edu podium, innovation podium, and which city is on both",
    "教育前三和科创前三分别是哪些，哪个城市两个都有？",
])
def test_which_city_is_on_both_after_two_tops_in_one_message(ask, message):
    reply = ask(message)
    assert reply.intent == "top+set"
    assert "Only Boston" in reply.text or "只有波士顿" in reply.text


def test_tops_asked_together_are_remembered_together(chat):
    chat("top 3 in education and top 3 in innovation")
    assert "Only Boston" in chat("any city in both?").text
    assert "Only Boston" in chat("which ones are on both lists?").text


def test_a_follow_up_keeps_the_cut_of_each_list(engine):
    state: dict = {}
    convo = Conversation()
    convo.note(Query("set", "en", lists=("talent", "overall"), cuts=(("overall", 5),), n=5, op="and"))
    convo.save(state, now=1.0)
    assert Conversation.from_state(state, now=2.0).last.cuts == (("overall", 5),)


def test_how_many_in_another_list_keeps_the_place_just_asked_about(ask):
    text = ask("how many US cities in the top 10 / how many in the talent top 10").text
    assert "5 US cities are in the overall top 10" in text
    assert "5 US cities are in the talent development top 10" in text
    assert "5 US cities" in ask("前十名有几个美国城市？人才前十有几个？").text.replace("5座美国城市", "5 US cities")


def test_how_many_cities_says_cities_not_the_place_before(chat):
    chat("how many chinese cities in the top 10")
    assert "5 cities are in the overall top 5" in chat("how many cities in the top 5?").text


# --- "the next one" after a top is one place ----------------------------------------------------------------
@pytest.mark.parametrize(("top", "next_one", "expected", "not_expected"), [
    ("top 5", "and the next one?", "Los Angeles is 6th overall", "Seattle"),
    ("前五名", "下一个呢", "第6名是洛杉矶", "西雅图"),
])
def test_the_next_one_after_a_top_is_the_next_place(chat, top, next_one, expected, not_expected):
    chat(top)
    text = chat(next_one).text
    assert expected in text and not_expected not in text


def test_the_next_three_after_a_top_is_still_a_page(chat):
    chat("top 5")
    text = chat("next 3").text
    assert "Los Angeles" in text and "Shanghai" in text


def test_the_one_before_in_chinese_is_the_place_before(chat):
    chat("上海排第几")
    assert "西雅图" in chat("前一个呢").text


# --- every part of a message in traditional Chinese or Cantonese -----------------------------------------
@pytest.mark.parametrize(("message", "parts"), [
    ("報告係邊個做嘅，評咗幾多個城市", ("愛思唯爾", "30座")),
    ("北京排第几？另外上海呢？", ("北京在综合排名中位列第3", "上海在综合排名中位列第8")),
])
def test_every_part_asked_in_chinese_is_answered(ask, message, parts):
    text = ask(message).text
    assert all(p in text for p in parts)


# --- chatty messages ------------------------------------------------------------------------------------------
def test_wanting_the_facts_right_is_not_a_check_of_the_talk_before(ask):
    reply = ask("I'm writing a blog post about innovation cities and I want to get the facts right. "
                "which city tops the talent list?")
    assert reply.intent == "position"


def test_applying_to_grad_school_is_not_a_request(ask):
    reply = ask("我妹妹今年申请研究生，纠结去香港还是新加坡。香港在这个排名里排第几？")
    assert reply.intent == "rank" and "其他年份" not in reply.text


def test_a_check_at_the_end_still_checks_the_claim(ask):
    assert ask("my friend says tokyo is 3rd. is that right").text.startswith("No: Tokyo ranks 10th")


# --- everyday talk --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("message", "intent"), [
    ("wow", "ack"), ("omg", "ack"), ("sorry", "ack"), ("np", "ack"), ("brb", "ack"), ("👍", "ack"),
    ("哈哈", "ack"), ("gracias", "thanks"), ("多謝晒", "thanks"), ("好嘢", "praise"), ("你好厉害", "praise"),
    ("you are wrong", "insult"), ("who built this bot?", "maker"), ("who created the bot", "maker"),
    ("你係邊個", "identity"), ("邊個整你㗎", "maker"),
])
def test_everyday_talk_gets_a_friendly_reply(ask, message, intent):
    reply = ask(message)
    assert reply.intent == intent
    assert "recognise" not in reply.text and "不认识" not in reply.text and "不認識" not in reply.text
    assert reply.text.count("\n• ") >= 2 or intent == "bye"


def test_a_reaction_before_a_question_does_not_hide_it(ask):
    assert "Tokyo ranks 10th" in ask("lol ok where does tokyo rank").text
    assert ask("???").intent == "nonsense"  # punctuation alone is not a reaction


# --- moving on from a city or a comparison -------------------------------------------------------------------
def test_the_one_before_after_an_unordered_list_moves_along_the_main_list(chat):
    chat("who's 5th?")
    chat("is that city in the talent top 10?")
    assert "Just ahead of New York (5th) is London, 4th overall." in chat("and the one before?").text


def test_a_position_after_a_comparison_asks_who_is_there(chat):
    chat("北京和东京")
    chat("那教育呢")
    text = chat("第四名呢").text
    assert "第4名没有公布" in text and "北京、东京" not in text


def test_which_is_higher_in_chinese_compares_the_cities_just_named(chat):
    chat("北京和东京")
    reply = chat("哪个更高？")
    assert reply.intent == "compare" and "北京领先" in reply.text


def test_a_story_before_the_question_is_not_answered(ask):
    reply = ask("so yesterday was wild. first my train was late, then I spilled coffee on my laptop, and Jenny "
                "from marketing kept talking about her trip to Bali and how Denpasar airport is a mess. anyway "
                "after all that I got home and fed the cat. which city came first overall?")
    assert reply.text.startswith("Boston is 1st overall.")
    assert "Bali" not in reply.text and "Jenny" not in reply.text


def test_a_short_request_beside_a_question_is_still_answered(ask):
    reply = ask("top 3 in education, and who's 1st in innovation?")
    assert reply.intent == "top+position"


def test_a_note_before_several_answers_is_said_once(ask):
    text = ask("just guess: where would shenzhen rank overall? and is tokyo in the top 5?").text
    assert text.count("I won't guess") == 1 and "outside the top 5" in text


def test_parts_starting_with_also_are_each_answered(ask):
    reply = ask("top 3 edu. also top 3 innov. also which one is in both")
    assert reply.intent == "top+top+set" and "Only Boston" in reply.text


def test_a_question_about_the_bot_beside_one_about_the_report_gets_both_answers(ask):
    reply = ask("who made you and who made the report?")
    assert reply.intent == "maker+meta"


def test_a_chinese_story_before_the_question_is_not_answered(ask):
    text = ask("我同事小李上个月去了成都和杭州出差，回来说杭州的互联网公司特别多。话说，深圳在总榜里排第几？").text
    assert text.startswith("深圳不在公布的综合排名前10名中") and "成都" not in text


@pytest.mark.parametrize("question, lang", [
    ("有冇日本城市入到前十", "zh-Hant"),  # only characters both scripts share, but written Cantonese
    ("前十有冇上海", "zh-Hant"),
    ("有没有日本城市", "zh-Hans"),
    ("边个排第一", "zh-Hans"),  # 边 is simplified, whatever the dialect
])
def test_written_cantonese_is_answered_in_traditional_script(ask, question, lang):
    assert ask(question).lang == lang


@pytest.mark.parametrize(("question", "start"), [
    ("你係咪AI", "我是citybot"),
    ("你叫咩名", "我是citybot"),
    ("點用㗎", "可以用中文"),
    ("what languages do you speak", "Ask me about"),
    ("can you speak chinese", "Ask me about"),
])
def test_questions_about_the_bot_in_everyday_words(ask, question, start):
    text = ask(question).text
    assert text.startswith(start) and "recognise" not in text and "不認識" not in text


@pytest.mark.parametrize(("message", "start"), [
    ("what's up", "Hello!"),
    ("ping", "Hello!"),  # not Beijing (from "ping")
    ("test", "Hello!"),
    ("are you there", "Hello!"),
    ("有人吗", "你好！"),
    ("得閒飲茶", "你好！"),
    ("i have a question", "Ask me about"),
    ("who won the world cup", "I can only answer"),
    ("what time is it", "I can only answer"),
    ("I'm bored", "🙂"),
])
def test_everyday_openers_get_a_friendly_reply(ask, message, start):
    assert ask(message).text.startswith(start)


def test_a_phrase_stops_before_a_city_its_last_word_begins(ask):
    assert "New York is not in the published sci-tech innovation top 3" in ask(
        "what's new york ranked in science").text
    assert ask("东京在不在前十").text.startswith("是的。")
