"""Questions as people type them in a chat: the verb left out, a chatty lead-in, a claim and a short
"did it?", a name that no report city bears written inside Chinese. Each reply must answer what was
asked, and no ordinary word may be taken for a city's name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("tokyo higher than seattle?", "No", "Seattle (7th)"),
    ("hk in edu top three?", "Yes", "3rd in education"),
    ("shenzhen in top ten?", "No", "not in the published overall top 10"),
    ("东京进前十了没有", "是的", "第10"),
])
def test_a_yes_or_no_asked_without_its_verb_gets_a_yes_or_no(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


@pytest.mark.parametrize(("question", "needle"), [
    ("ok random question but is tokyo even in the top 10? my coworker says no", "Tokyo ranks 10th"),
    ("we're moving to seattle next year, how did it rank?", "Seattle ranks 7th"),
    ("honestly i dont care much but whats the best chinese city", "Beijing (3rd overall)"),
])
def test_a_chatty_lead_in_is_not_read_as_a_city(ask, question, needle):
    text = ask(question).text
    assert needle in text
    assert "recognise" not in text


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("lol my friend thinks london beat new york. did it?", "Yes", "London (4th) is ahead of New York (5th)"),
    ("someone told me tokyo is 5th. is it?", "No", "Tokyo ranks 10th"),
])
def test_a_short_did_it_checks_the_claim_before_it(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


def test_a_latin_name_inside_chinese_is_a_name_not_ignored(ask):
    text = ask("xyzzy在人才方面排第几").text
    assert "不认识“xyzzy”" in text  # said, not silently dropped
    assert "5座美国城市（报告未具名）" in text  # and the list asked about, with its unnamed members


def test_a_comparison_leaves_out_lists_that_say_nothing_of_either_city(ask):
    text = ask("compare tokyo and seattle").text
    assert "Overall" in text and "potential" not in text


@pytest.mark.parametrize(("question", "topic", "answer"), [
    ("top 3 in healthcare", "“healthcare”", "Overall top 3"),
    ("where does shanghai rank in finance", "“finance”", "Shanghai ranks 8th overall"),
    ("is london in the top 3 for nightlife", "“nightlife”", "London ranks 4th overall"),
    ("is beijing a leader in green energy", "“green energy”", "Beijing ranks 3rd overall"),
    ("top 3 in AI", "“AI”", "Overall top 3"),
    ("上海金融排第几", "“金融”", "上海在综合排名中位列第8"),
    ("醫療前三名是哪些城市", "“醫療”", "綜合排名前3名"),
    ("伦敦在夜生活方面排第几", "“夜生活”", "伦敦在综合排名中位列第4"),
])
def test_a_ranking_the_report_does_not_have_is_said_and_the_rest_answered(ask, question, topic, answer):
    """The condition not understood is named, the rankings the report has are listed, and no yes or no
    is given to a question that was only partly read."""
    text = ask(question).text
    assert topic in text and ("has no ranking" in text or "没有关于" in text or "沒有關於" in text)
    assert answer in text
    assert not text.startswith(("Yes", "No", "是的", "没有。"))


@pytest.mark.parametrize("question", ["深圳进入前十了吗", "is shenzhen in the top 10 for sure", "top 3 in education",
                                      "where does boston rank globally", "who is first in the world"])
def test_ordinary_words_are_not_taken_for_a_missing_ranking(ask, question):
    text = ask(question).text
    assert "has no ranking" not in text and "没有关于" not in text


@pytest.mark.parametrize("question", ["who is the mayor of london", "伦敦市长是谁"])
def test_questions_about_a_city_but_not_the_ranking_are_out_of_scope(ask, question):
    text = ask(question).text
    assert "ranks" not in text and "位列" not in text
    assert "only answer" in text or "只能回答" in text


@pytest.mark.parametrize("question", ["is the report accurate", "how reliable is this ranking", "报告可靠吗",
                                      "where can i read the report"])
def test_questions_about_the_report_itself_get_its_citation(ask, question):
    text = ask(question).text
    assert "Elsevier" in text or "爱思唯尔" in text


@pytest.mark.parametrize(("question", "needle"), [
    ("ugh, mondays. anyway quick one — where did los angeles place? — and then back to my spreadsheet, wish me luck",
     "Los Angeles ranks 6th"),
    ("Dear citybot, could you confirm whether Hong Kong is among the top three cities for education? "
     "Kind regards, Dr. M.", "Hong Kong ranks 3rd in education"),
    ("what slot did beijing get?", "Beijing ranks 3rd"),
    ("唔好意思打擾晒，我喺度做功課，想問下香港總排名係第幾？唔該晒！", "香港在綜合排名中位列第9"),
])
def test_greetings_sign_offs_and_talk_are_not_names(ask, question, needle):
    text = ask(question).text
    assert needle in text
    assert "recognise" not in text and "不認識" not in text and "不认识" not in text
    assert text.count(needle) == 1  # answered once


@pytest.mark.parametrize("question", ["gm ☀️", "nvm", "啥意思？？？", "你識唔識講廣東話"])
def test_short_chat_is_not_taken_for_a_city(ask, question):
    text = ask(question).text
    assert "recognise" not in text and "不认识" not in text and "不認識" not in text


@pytest.mark.parametrize(("question", "name"), [("阿斯加德排第几", "阿斯加德"), ("where does zorg rank", "zorg"),
                                                ("xyzville", "xyzville")])
def test_a_four_letter_or_other_unknown_name_is_said_not_known(ask, question, name):
    text = ask(question).text
    assert name in text and ("recognise" in text or "不认识" in text)


@pytest.mark.parametrize(("question", "needle"), [
    ("new yourk rank", "New York (from \"new yourk\") ranks 5th"),
    ("纽哟排名多少", "纽约（按“纽哟”理解）在综合排名中位列第5"),
    ("沪在总榜第几", "上海在综合排名中位列第8"),
    ("Gondor in innovation?", "I don't recognise \"Gondor\""),
    ("霍格沃茨教育排第几", "我不认识“霍格沃茨”"),
])
def test_typos_aliases_and_unknown_names_in_a_list(ask, question, needle):
    assert needle in ask(question).text


def test_a_claim_told_is_checked_not_answered_as_a_question(ask):
    text = ask("我老公说东京比上海排名高，我说不可能，我们俩争了一晚上了……你来评评理，到底谁高？").text
    assert text.startswith("综合排名：东京第10、上海第8，上海领先。")


@pytest.mark.parametrize(("question", "needle"), [
    ("give me the full 30, ranked", "the full list of 30 was not"),
    ("the standings, top to bottom", "1. Boston"),
    ("欸我看到新聞說這份報告有三十個城市，可是只看到十個，其他的在哪裡可以看？", "完整的30座城市名單沒有公佈"),
])
def test_the_whole_list_is_what_was_published(ask, question, needle):
    assert needle in ask(question).text


def test_the_rest_after_pages_of_the_ranking(chat):
    chat("top 4?")
    chat("next 3")
    text = chat("and the rest").text
    assert "8. Shanghai" in text and "10. Tokyo" in text and "Beijing" not in text


@pytest.mark.parametrize(("question", "start"), [
    ("share the top 3 overall pls", "Overall top 3"),
    ("pls share the education top 3", "Education top 3"),
    ("share of the top 10 that are american", "5 of the 10 in the overall top 10 are US cities (50%)"),
])
def test_share_as_send_is_a_request_and_share_of_a_proportion(ask, question, start):
    assert ask(question).text.startswith(start)


def test_a_cantonese_spelling_of_san_francisco_after_a_joining_word(ask):
    assert ask("紐約同三蕃市邊個高").text.startswith("綜合排名：紐約第5、舊金山第2，舊金山領先")


@pytest.mark.parametrize(("message", "parts"), [
    ("Hi! First time using this. I'm a city planner from Melbourne. Is Melbourne anywhere in the results? If not, "
     "what's the top city outside the US?", ["Melbourne isn't in the published results", "Beijing (3rd overall)"]),
    ("lol we had a bet at dinner last night. loser pays. the bet: is beijing in the top 3 overall? pls tell me yes",
     ["Yes. Beijing ranks 3rd overall"]),
    ("hey quick question from a journalist here - we're fact-checking a piece that claims Tokyo ranked 5th overall. "
     "Is that accurate?", ["No: Tokyo ranks 10th overall, not 5th."]),
    ("my prof keeps saying london is basically tied with boston for education. that can't be right can it? what are "
     "their actual education ranks", ["No. Education: London 2nd and Boston 1st", "London ranks 2nd in education. "
                                      "Boston ranks 1st in education."]),
    ("最近在做一个关于大湾区的报告，老板让我查一下深圳和广州在这个榜单里表现怎么样，有具体排名吗？",
     ["深圳不在公布的综合排名前10名中，具体名次未公布", "广州不在"]),
])
def test_the_question_inside_a_story(ask, message, parts):
    text = ask(message).text
    assert all(p in text for p in parts), text
    assert "Boston is 1st overall" not in text and "是的。深圳" not in text


def test_two_cities_level_is_a_yes_or_no_on_their_order(ask):
    assert ask("is london as good as boston in education").text.startswith("No. Education: London 2nd and Boston 1st")
    assert ask("is tokyo on par with hong kong").text.startswith("No. Overall: Tokyo 10th and Hong Kong 9th")
