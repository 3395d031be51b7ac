"""Sets across lists said in more ways: lists taken together (counted once), a group named in part inside
a list, the report's named cities less a top N, overlaps, and a list-and-place topic before its question."""

from __future__ import annotations

import pytest


def test_lists_taken_together_count_each_city_once(ask):
    text = ask("how many distinct cities are in the education top 3 and the innovation top 3 combined").text
    assert text.startswith("Boston, San Francisco, Beijing, London and Hong Kong are in the education top 3 or")
    assert "(5 cities)" in text


def test_the_two_lists_of_a_top_3_are_those_that_publish_one(ask):
    text = ask("两个前三榜单加起来一共有几个不同的城市").text
    assert "在教育前3或科技创新前3名中（共5座城市）" in text and "伦敦" in text and "香港" in text


def test_a_group_named_in_part_is_inside_a_list_only_as_far_as_it_is_named(ask):
    text = ask("are all the talent potential cities in the talent top 10?").text
    assert text.startswith("Every city the report names in the group of cities with exceptional talent potential")
    assert "isn't known" in text and not text.startswith("Yes")


def test_a_not_a_asks_and_does_not_leave_the_list_out(ask):
    text = ask("人才潜力组的城市是不是都在人才前十").text
    assert "都在人才发展前10名中" in text and "无法确定" in text and "但不在" not in text


@pytest.mark.parametrize("question", [
    "which cities does the report mention that are not in the top ten",
    "报告点名了但没进总榜前十的城市",
])
def test_the_report_s_named_cities_less_the_top_10(ask, question):
    text = ask(question).text
    assert ("Shenzhen and Guangzhou are in the report's results but not in the overall top 10" in text
            or "深圳、广州在报告公布的结果中但不在综合排名前10名中" in text)


def test_an_overlap_is_an_intersection(ask):
    assert ask("均衡發展組和教育前三重疊的是誰").text.startswith("只有倫敦")


def test_a_list_and_place_said_first_are_the_topic_of_the_question_after(ask):
    text = ask("總榜前十的中國城市，哪些也進了人才前十").text
    assert text.startswith("北京（綜合排名第3）、上海（綜合排名第8）、香港（綜合排名第9）在綜合排名前10和人才發展前10")


def test_also_after_a_clause_that_asks_nothing_joins_it(ask):
    text = ask("chinese talent cities that also made the main top 10").text
    assert "Beijing (3rd overall), Shanghai (8th overall) and Hong Kong (9th overall) are in both" in text


def test_on_any_podium_is_any_list_with_a_top_3(ask):
    text = ask("top 10 cities that are neither in the balanced-education group nor on any podium").text
    assert text.startswith("Los Angeles (6th overall), Seattle (7th overall) and Tokyo (10th overall) are in the "
                           "overall top 10 but not in")


def test_some_top_3_is_one_of_them_at_least(ask):
    text = ask("how many top-10 cities also make some top 3").text
    assert "one of the education top 3 or the sci-tech innovation top 3 (5 cities)" in text
    assert "Tokyo" not in text


def test_no_other_list_leaves_every_other_list_out_and_says_what_is_not_known(ask):
    text = ask("top 10 cities that appear in no other list").text
    assert text.startswith("No city is known for certain")
    assert "Not known for Los Angeles, Seattle and Tokyo" in text
    assert "The report also names only some members of exceptional talent potential" in text


def test_the_most_lists_names_the_certain_and_the_possible(ask):
    text = ask("which city appears in the most lists").text
    assert text.startswith("Certainly in the most lists, 4 of the 6: Beijing, Shanghai and Hong Kong.")
    assert "Boston" in text and "may be in as many or more" in text


def test_cities_in_several_lists_with_a_threshold(ask):
    text = ask("which cities are in three or more lists").text
    assert "5 cities are certainly in 3 or more of the 6 lists" in text
    assert "Not known for San Francisco, New York, Los Angeles and Seattle" in text


def test_a_top_3_before_yi_gong_is_3_not_31(ask):
    text = ask("教育前三和科创前三一共涉及几个城市").text
    assert "在教育前3或科技创新前3名中（共5座城市）" in text


def test_lists_in_brackets_belong_to_the_question(ask):
    text = ask("how many distinct cities are on the two podiums combined (education + sci-tech)?").text
    assert "in the education top 3 or the sci-tech innovation top 3 (5 cities)" in text
    assert "Sci-tech innovation top 3 (of 30" not in text  # no second answer for the bracket


@pytest.mark.parametrize("question", ["which cities appear in only one list", "cities in exactly one list",
                                      "哪些城市只出现在一个榜单"])
def test_no_city_is_certainly_in_just_one_list_when_lists_are_named_in_part(ask, question):
    text = ask(question).text
    assert "Los Angeles" in text or "洛杉矶" in text  # in the top 10, and maybe in the talent top 10 too
    assert "Beijing" not in text and "北京" not in text
    assert "Overall top 10 (of" not in text  # not the main list shown instead


@pytest.mark.parametrize("question", ["which city is listed most often", "哪个城市上榜次数最多"])
def test_most_often_is_in_the_most_lists(ask, question):
    text = ask(question).text
    assert "4 of the 6: Beijing, Shanghai and Hong Kong" in text or "北京、上海、香港：6个榜单中的4个" in text


def test_most_often_in_one_list_is_still_about_countries(ask):
    assert ask("which country appears most often in the top 10").text.startswith("The overall top 10 comes from 4")


@pytest.mark.parametrize("question, both", [
    ("innovation podium cities with balanced education", "Only Beijing"),
    ("overall top 10 minus the talent top 10", "London (4th overall) and Tokyo (10th overall) are certainly"),
    ("top 10 cities outside the talent list", "London (4th overall) and Tokyo (10th overall) are certainly"),
    ("union of education top 3 and innovation top 3", "(5 cities)"),
])
def test_lists_joined_by_with_minus_or_union_are_a_set(ask, question, both):
    assert both in ask(question).text


@pytest.mark.parametrize("question, start", [
    ("top 3 outside the us in education", "Only 2 cities outside the United States are in the published education"),
    ("top 2 asian cities in sci-tech", "Only 1 Asian city is in the published sci-tech innovation top 3: Beijing"),
    ("美国以外教育前三", "教育前3名中有2座美国以外的城市：伦敦（第2）、香港（第3）"),
])
def test_a_top_n_said_apart_from_its_list_is_that_lists(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("are the american cities of the top 10 all in the talent top 10",
     "The report doesn't settle it. Not known for Boston, San Francisco, New York, Los Angeles and Seattle: the "
     "talent development top 10 has 5 US cities the report doesn't name."),
    ("总榜前十的美国城市都在人才前十吗", "报告无法确定。波士顿、旧金山、纽约、洛杉矶、西雅图无法确定"),
    ("are all chinese top 10 cities in the talent top 10",
     "Yes: all the Chinese cities of the overall top 10 are in the talent development top 10"),
    ("are all asian top 3 cities in the education top 3",
     "No: Beijing is one of the Asian cities of the overall top 3"),
    ("are all european top 10 cities in the education top 3", "Yes: all the European cities of the overall top 10"),
])
def test_all_of_a_places_cities_in_another_list_carries_the_lists_certainty(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("are the overall top 3 and the sci-tech top 3 the same cities",
     "Yes: the same 3 cities, in a different order. The overall top 3: Boston, San Francisco and Beijing."),
    ("科创前三和总榜前三是同样三个城市吗", "是的，是同样的3座城市，只是顺序不同。"),
    ("are the education top 3 and the innovation top 3 the same", "No: London and Hong Kong only in the education"),
    ("are the top 10 and the talent top 10 the same cities", "No: London and Tokyo are in the overall top 10 but not"),
])
def test_two_lists_asked_to_be_the_same_cities(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("除咗波士頓，仲有冇城市同時喺教育同科創前三", "沒有。沒有其他城市：只有波士頓（教育第1）"),
    ("which cities other than boston are in both the education top 3 and the overall top 5",
     "Only London (2nd in education) is in both"),
])
def test_a_city_left_out_of_a_set_question_is_left_out_of_the_answer(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question", ["总榜前十里一个前三都没进的有哪些", "top 10 cities that made neither top 3"])
def test_in_none_of_the_top_threes(ask, question):
    text = ask(question).text
    assert ("New York (5th overall)" in text or "纽约（综合排名第5）" in text) and ("Tokyo" in text or "东京" in text)
    assert "Boston" not in text and "波士顿" not in text


def test_a_subset_of_unnamed_cities_is_not_settled(ask):
    text = ask("are all 5 us talent cities in the overall top 10?").text
    assert text.startswith("The report doesn't settle it.") and "not named" in text and "There is no" not in text
