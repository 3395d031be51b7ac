"""Yes/no questions with several conditions: each list keeps the position said of it, "top" said of a city is
first place, several cities are each checked at the place asked, and Cantonese asks with 係唔係 / 係咪."""

from __future__ import annotations

import pytest


def first_word(text: str) -> str:
    return text.split()[0].strip(".:,")


@pytest.mark.parametrize(("question", "verdict"), [
    ("is sf 2nd overall and 1st in sci-tech?", "Yes"),
    ("is sf first in sci-tech but second overall?", "Yes"),
    ("is hk 3rd in edu and 9th overall", "Yes"),
    ("is london 4th overall and 1st in edu?", "Not"),
    ("is boston 1st overall and 1st in innovation?", "Not"),
])
def test_each_list_is_checked_at_its_own_position(ask, question, verdict):
    reply = ask(question)
    assert reply.intent == "member"
    assert first_word(reply.text) == verdict


def test_chinese_positions_follow_their_lists(ask):
    assert ask("旧金山是不是综合第二、科创第一").text.startswith("是的")
    assert not ask("伦敦是不是综合第四、教育第一").text.startswith("是的")


@pytest.mark.parametrize("question", ["is boston top in innovation?", "is london top in education",
                                      "is boston top in edu and innov?", "is boston the top city for innovation?"])
def test_top_said_of_a_city_means_first(ask, question):
    text = ask(question).text
    assert not text.startswith("Yes")
    assert "not 1st" in text


def test_in_the_top_n_is_still_a_top_n(ask):
    assert ask("is hk top 3 in edu?").text.startswith("Yes")


@pytest.mark.parametrize(("question", "yes"), [
    ("are boston and sf first?", False),
    ("are beijing and shanghai 3rd?", False),
    ("are boston and sf both in the top 3?", True),
])
def test_several_cities_are_each_checked_at_the_place_asked(ask, question, yes):
    assert ask(question).text.startswith("Yes") is yes


@pytest.mark.parametrize("question", ["is boston or sf first in innovation?",
                                      "is it boston or sf at the top of sci-tech?"])
def test_which_of_two_is_first(ask, question):
    text = ask(question).text
    assert not text.startswith("Yes")
    assert "San Francisco is ahead" in text


@pytest.mark.parametrize(("question", "rank"), [("is new york 4th or 5th?", "5th"),
                                                ("is seattle 6th or 7th overall", "7th")])
def test_one_place_or_another_is_answered_with_the_place(ask, question, rank):
    text = ask(question).text
    assert not text.startswith("No")
    assert f"ranks {rank} overall" in text


@pytest.mark.parametrize(("question", "verdict"), [
    ("香港係唔係教育前三", "是的"),
    ("北京係咪科創第三", "是的"),
    ("東京係咪高過上海", "不是"),
    ("倫敦喺唔喺人才前十", "沒有"),
])
def test_cantonese_yes_no(ask, question, verdict):
    assert ask(question).text.startswith(verdict)


@pytest.mark.parametrize(("question", "word", "said"), [
    ("is boston first in education and in gastronomy?", "gastronomy", "Boston ranks 1st in education"),
    ("is hk top 3 in edu and food?", "food", "Hong Kong ranks 3rd in education"),
    ("is london in the top 3 for education and nightlife?", "nightlife", "London ranks 2nd in education"),
])
def test_a_condition_with_no_ranking_gets_no_yes_or_no(ask, question, word, said):
    text = ask(question).text
    assert not text.startswith(("Yes", "No"))
    assert f"no ranking for “{word}”" in text
    assert said in text


def test_the_name_of_a_ranking_is_not_a_city(ask):
    text = ask("is boston first in the blorp ranking?").text
    assert "no ranking for “blorp”" in text
    assert "recognise" not in text


def test_a_chinese_subject_joined_to_a_list_is_a_condition(ask):
    text = ask("波士顿教育和美食都是第一吗").text
    assert not text.startswith("是的")
    assert "“美食”" in text


@pytest.mark.parametrize("question", ["so sf leads everything?", "is boston the best at everything?",
                                      "was sf first everywhere?", "boston first across the board?"])
def test_first_in_everything_checks_every_ordered_ranking(ask, question):
    text = ask(question).text
    assert text.startswith("No")
    assert "sci-tech innovation" in text and "overall" in text


def test_first_nowhere_names_its_places_without_a_dangling_but(ask):
    text = ask("北京各方面都是第一吗").text
    assert text.startswith("不是。北京：")


def test_an_overview_asked_in_its_own_clause_is_of_the_city_named_next(ask):
    reply = ask("at a glance, where's hk")
    assert reply.intent == "profile"
    assert "not sure" not in reply.text


@pytest.mark.parametrize("question", ["is madrid in it", "is toronto included?", "is berlin there?"])
def test_a_real_city_outside_the_results_gets_no_bare_no(ask, question):
    text = ask(question).text
    assert not text.startswith("No")
    assert "isn't in the published results" in text


def test_did_anything_change_asks_about_another_edition(ask):
    reply = ask("did anything change")
    assert reply.intent == "change"


@pytest.mark.parametrize(("question", "verdict"), [
    ("is tokyo 5 places behind london?", "No"),
    ("is tokyo 6 places behind london?", "Yes"),
    ("is london 6 places behind tokyo?", "No"),
    ("is tokyo right after shanghai?", "No"),
    ("is seattle just behind la?", "Yes"),
    ("are boston and tokyo next to each other?", "No"),
])
def test_a_number_of_places_is_checked(ask, question, verdict):
    reply = ask(question)
    assert reply.intent == "distance"
    assert first_word(reply.text) == verdict


def test_a_number_of_places_in_chinese_is_checked(ask):
    assert ask("北京是不是比纽约高一名").text.startswith("不是")
    assert ask("香港和东京是不是挨着").text.startswith("是的")


def test_a_number_of_places_is_not_checked_where_a_place_is_unpublished(ask):
    text = ask("is shenzhen right after tokyo?").text
    assert not text.startswith(("Yes", "No"))
    assert "isn't known" in text


@pytest.mark.parametrize(("question", "verdict"), [
    ("is shanghai between seattle and hk?", "Yes"),
    ("is tokyo between boston and london?", "No"),
    ("is shenzhen between seattle and hk?", "No"),
])
def test_one_city_between_two_others(ask, question, verdict):
    reply = ask(question)
    assert reply.intent == "between"
    assert first_word(reply.text) == verdict


def test_a_quick_lead_in_keeps_the_yes_or_no(ask):
    assert ask("quick q - does london beat nyc overall?").text.startswith("Yes")


def test_a_not_a_is_no_negation_of_a_place(ask):
    text = ask("西雅图是不是美国城市里排最后的").text
    assert text.startswith("是的")
    assert "美国以外" not in text


@pytest.mark.parametrize(("question", "verdict"), [
    ("伦敦是欧洲第一吗", "是的"),
    ("北京是不是亚洲第一", "是的"),
    ("香港是不是中國城市裡最高的", "不是"),
])
def test_first_of_a_place(ask, question, verdict):
    reply = ask(question)
    assert reply.intent == "best_in_place"
    assert reply.text.startswith(verdict)


@pytest.mark.parametrize(("question", "said"), [
    ("how far is tokyo from the top", "9 places apart"),
    ("how many places behind first is seattle", "6 places apart"),
    ("how far is hk from first in education", "2 places apart"),
])
def test_how_far_from_a_place(ask, question, said):
    reply = ask(question)
    assert reply.intent == "distance"
    assert said in reply.text


def test_higher_everywhere_says_every_list(ask):
    text = ask("is london higher than tokyo everywhere?").text
    assert not text.startswith(("Yes", "No"))
    for name in ("Overall", "Education", "Sci-tech innovation", "Talent development"):
        assert name in text


def test_a_condition_in_a_clause_of_its_own_is_asked_of_the_same_city(ask):
    reply = ask("is beijing in the top 5 overall and top 3 in sci-tech")
    assert reply.intent == "member+member"
    assert "Beijing ranks 3rd in sci-tech innovation" in reply.text


def test_each_list_keeps_its_own_top_n(ask):
    text = ask("is london in the top 5 overall and the talent top 10?").text
    assert text.startswith("No")
    assert "London is not in the talent development top 10" in text


@pytest.mark.parametrize("question, start", [
    ("is beijing outside the top 10", "No. Beijing ranks 3rd overall"),
    ("is beijing not in the top 10", "No. Beijing ranks 3rd overall"),
    ("did tokyo miss the top 5", "Yes: Tokyo ranks 10th overall, outside the top 5."),
    ("is shanghai not in the education top 3", "Yes. Shanghai is not in the published education top 3"),
    ("is london not in the talent top 10", "Yes. London is not in the talent development top 10"),
    ("is seattle not in the talent top 10", "The report doesn't say."),
    ("北京不在前十吗", "不是。北京在综合排名中位列第3"),
    ("东京不在前五吗", "是的。东京在综合排名中位列第10，不在前5名内。"),
    ("isn't beijing in the top 10", "Yes. Beijing ranks 3rd overall"),  # a question that expects a yes
])
def test_a_yes_or_no_to_not_in_a_list_answers_the_not(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("is there an asian city in the top 3 overall", "Yes. 1 Asian city is in the overall top 3: Beijing (3rd)."),
    ("did boston win everything", "No. Boston is 1st overall and 1st in education but 2nd in sci-tech"),
    ("did sf win in innovation", "Yes. San Francisco ranks 1st in sci-tech innovation."),
])
def test_is_there_and_win_are_understood(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("教育排名里伦敦后面是香港吗", "是的。教育中香港第3，伦敦第2"),
    ("北京下一名係咪倫敦", "是的。綜合排名中倫敦第4，北京第3"),
    ("东京后面是香港吗", "不是。"),
    ("is tokyo the lowest ranked city overall", "No: Tokyo ranks 10th overall, not 30th."),  # of 30, not of 10
    ("is tokyo the lowest in the top 10", "Yes. Tokyo ranks 10th overall"),
    ("30个城市里中国城市占三分之一吗", "无法确定"),
    ("人才前十里中国城市比美国多吗", "不是。一样多。"),
])
def test_yes_or_no_about_neighbours_the_last_place_shares_and_counts(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start, part", [
    ("are all the american cities in the top 10 ranked above shanghai", "Yes.",
     "Every US city in the overall top 10 is ahead of Shanghai (8th)"),
    ("are all us cities in the top 10 above london", "No.", "New York (5th), Los Angeles (6th) and Seattle (7th)"),
    ("前十里的美国城市都排在上海前面吗", "是的", "都排在上海（第8）之前"),
])
def test_all_cities_of_a_place_against_one_city(ask, question, start, part):
    text = ask(question).text
    assert text.startswith(start) and part in text, text


@pytest.mark.parametrize("question, start", [
    ("the report came out in 2024 right", "No. The report was released on Friday, 24 January 2025"),
    ("报告是2024年发布的吗", "不是。报告于2025年1月24日"),
    ("hk above tokyo or not", "Yes: Hong Kong (9th) is ahead of Tokyo (10th)"),
    ("can u just list all 30 cities", "The report evaluated 30 cities."),
    ("30個城市的完整名單有嗎", "沒有公佈。"),
])
def test_claims_about_the_report_and_or_not_questions_get_the_right_verdict(ask, question, start):
    text = ask(question).text
    assert text.startswith(start), text
    assert "I only have" not in text


@pytest.mark.parametrize("question", [
    "was boston first in all three?",
    "lmaooo kev said boston is top for education AND innovation AND overall. i said that's not true. "
    "was boston first in all three?",
    "波士顿是不是三项都第一？",
])
def test_first_in_all_three_is_every_ranked_list(ask, question):
    text = ask(question).text
    assert text.startswith(("No.", "不是。")) and ("2nd in sci-tech innovation" in text or "科技创新第2" in text)


@pytest.mark.parametrize(("question", "start"), [
    ("香港入咗教育前三未", "是的。"),
    ("东京进了前十没有", "是的。"),
])
def test_done_or_not_yet_is_a_yes_or_no(ask, question, start):
    assert ask(question).text.startswith(start)


def test_done_or_not_after_a_question_is_answered_too(ask):
    assert "是的。深圳位列人才发展前10" in ask("深圳总榜排多少？它进了人才前十没").text


@pytest.mark.parametrize(("question", "start"), [
    ("there are no chinese cities in the innovation top 3, right?", "No. 1 Chinese city is in the sci-tech"),
    ("no european city in the edu top 3?", "No. 1 European city is in the education top 3: London (2nd)."),
    ("top 10 has no indian cities right", "Yes. No Indian city is in the published overall top 10."),
    ("科创前三里没有中国城市吗", "不是。科技创新前3名中有1座中国城市：北京（第3）。"),
])
def test_no_city_of_a_place_is_checked_not_read_as_the_others(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("is the talent top 10 ranked", "No.\nThe talent development top 10 (published without an order)"),
    ("人才前十有排序吗", "没有。"),
    ("is the education list in order", "Yes.\nEducation top 3"),
    ("are the 5 us talent cities named", "No. The 5 US cities of the talent development top 10 are not named."),
    ("are the chinese talent cities named?", "Yes. The Chinese cities of the talent development top 10 are named"),
    ("was the report published by xinhua", "No. The report was compiled by"),
])
def test_yes_or_no_about_what_the_report_published(ask, question, start):
    assert ask(question).text.startswith(start)


def test_higher_in_all_lists_compares_each_list(ask):
    text = ask("is beijing higher than hong kong in all lists").text
    assert "Hong Kong is ahead" in text and "Beijing is ahead" in text


@pytest.mark.parametrize(("question", "start"), [
    ("中国城市是不是比美国城市多", "不是。美国城市更多。"),
    ("科创前三是不是都是美国城市", "不是。科技创新前3名中只有2座美国城市"),
    ("報告係咪2025年出嘅", "是的。報告於2025年1月24日"),
])
def test_chinese_yes_or_no_of_counts_and_the_release(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("我们教授说这个报告里科技创新是单独排的，而且波士顿在那里也是第一。我有点怀疑，好像记得是旧金山。波士顿真的是科创第一吗？",
     "不是。波士顿在科技创新中位列第2"),
    ("群組嘈到爆，阿凱話波士頓教育、創新、總排名三樣都係第一，大滿貫。我話唔係。要證據！"
     "波士頓係咪三樣都第一？", "不是。"),
])
def test_really_inside_a_question_is_no_doubt_of_an_earlier_answer(ask, question, start):
    text = ask(question).text
    assert text.startswith(start) and "确定，报告是这样说的" not in text
