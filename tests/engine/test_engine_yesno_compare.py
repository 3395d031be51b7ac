"""Yes/no membership and comparisons: yes, no, or "can't tell" exactly as the data allows."""

from __future__ import annotations

import pytest


def first_word(text: str) -> str:
    return text.split()[0].strip(".:,")


@pytest.mark.parametrize(("question", "verdict"), [
    ("Is Hong Kong in the top 10?", "Yes"),
    ("is beijing in the top 5", "Yes"),
    ("did hong kong make the top 10", "Yes"),
    ("does seattle make the top 10", "Yes"),
    ("is tokyo in the top 20", "Yes"),
    ("is beijing in the talent top 10", "Yes"),
    ("is london in the top 3 for education", "Yes"),
    ("Is Shenzhen in the top 10?", "No"),
    ("is shanghai in the top 3", "No"),
    ("is guangzhou in the top 10", "No"),
    ("is Tokyo in the talent top 10?", "No"),
])
def test_member_yes_or_no(ask, question, verdict):
    reply = ask(question)
    assert reply.intent == "member"
    assert first_word(reply.text) == verdict


def test_member_no_explains_by_composition(ask):
    text = ask("is Tokyo in the talent top 10?").text
    assert "that list is 5 Chinese and 5 US cities, and Tokyo is in Japan" in text


def test_member_outside_top_n_names_the_real_rank(ask):
    assert ask("is shanghai in the top 3").text.startswith("No: Shanghai ranks 8th overall, outside the top 3.")


@pytest.mark.parametrize("city", ["Seattle", "Boston", "New York", "LA"])
def test_member_of_the_unnamed_us_five_cannot_be_told(ask, city):
    text = ask(f"is {city} in the talent top 10?").text
    assert not text.lower().startswith(("yes", "no"))
    assert "doesn't say" in text and "not named" in text


def test_member_more_than_published_cannot_be_told(ask):
    text = ask("is shenzhen in the top 20").text
    assert text.startswith("Can't tell from the report.")
    assert "Only the top 10 were published" in text


@pytest.mark.parametrize(("question", "start"), [
    ("is shanghai 3rd", "No: Shanghai ranks 8th overall, not 3rd."),
    ("is boston number 2", "No: Boston ranks 1st overall, not 2nd."),
    ("is tokyo 11th", "No: Tokyo ranks 10th overall, not 11th."),
    ("is boston first", "Yes."),
    ("is shanghai 8th?", "Yes."),
    ("is london second in education", "Yes."),
    ("is shenzhen 11th", "Can't tell from the report."),
    ("is tokyo 31st", "No. The report evaluated 30 cities, so there is no 31st place."),
    ("上海是第三名吗", "不是。上海在综合排名中位列第8，不是第3。"),
    ("上海是第八名吗", "是的。"),
])
def test_member_at_a_position(ask, question, start):
    assert ask(question).text.startswith(start)


def test_member_in_chinese(ask):
    text = ask("深圳进入前十了吗?").text
    assert text.startswith("没有。深圳不在公布的综合排名前10名中")


def test_member_world_city(ask):
    text = ask("is Paris in the top 10").text
    assert "Paris isn't in the published results" in text


# --- compare ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "expected"), [
    ("compare Beijing and Shanghai", "Overall: Beijing 3rd and Shanghai 8th, so Beijing is ahead."),
    ("Beijing vs London", "Overall: Beijing 3rd and London 4th, so Beijing is ahead."),
    ("hong kong vs singapore", "Overall: Hong Kong 9th and Singapore not in top 10, so Hong Kong is ahead."),
    ("compare shanghai and paris", "Overall: Shanghai 8th and Paris not in top 10, so Shanghai is ahead."),
    ("nyc vs la", "Overall: New York 5th and Los Angeles 6th, so New York is ahead."),
    ("/compare beijing tokyo", "Overall: Beijing 3rd and Tokyo 10th, so Beijing is ahead."),
    ("how does tokyo compare with london", "Overall: Tokyo 10th and London 4th, so London is ahead."),
    ("/compare boston nyc la", "Overall: Boston 1st, New York 5th and Los Angeles 6th, so Boston is ahead."),
])
def test_compare_lines(ask, question, expected):
    reply = ask(question)
    assert reply.intent == "compare"
    assert f"• {expected}" in reply.text


@pytest.mark.parametrize(("question", "expected"), [
    ("Is Hong Kong ahead of Shanghai?", "No: Hong Kong (9th) is behind Shanghai (8th) overall."),
    ("is london better than new york", "Yes: London (4th) is ahead of New York (5th) overall."),
    ("Is Beijing better than Shanghai in innovation?",
     "Yes: Beijing (3rd) is ahead of Shanghai (not in top 3) in sci-tech innovation."),
    ("is shanghai behind beijing", "Yes: Shanghai (8th) is behind Beijing (3rd) overall."),
    ("is beijing behind shanghai", "No: Beijing (3rd) is ahead of Shanghai (8th) overall."),
    ("is shanghai lower than tokyo", "No: Shanghai (8th) is ahead of Tokyo (10th) overall."),
    ("does boston beat sf in science", "No: Boston (2nd) is behind San Francisco (1st) in sci-tech innovation."),
    ("is paris better than london", "No: Paris (not in top 10) is behind London (4th) overall."),
    ("上海比北京差吗", "是的。在综合排名中，上海（第8）落后于北京（第3）。"),
    ("上海排名比北京高吗", "不是。在综合排名中，上海（第8）落后于北京（第3）。"),
])
def test_compare_yes_no(ask, question, expected):
    assert ask(question).text.startswith(expected)


@pytest.mark.parametrize("question", ["which is better for education, Boston or London?",
                                      "compare boston and london in education",
                                      "is Boston better for education than London"])
def test_compare_in_one_list(ask, question):
    text = ask(question).text
    assert "Boston" in text and "1st" in text and "London" in text and "2nd" in text
    assert "Overall" not in text and "overall" not in text


def test_compare_where_the_data_cannot_order(ask):
    text = ask("is seattle better than shenzhen in talent").text
    assert "the report doesn't say which is ahead" in text
    assert "Seattle not known" in text


def test_compare_both_in_an_unordered_top_10(ask):
    text = ask("is shenzhen better than guangzhou in talent").text
    assert "Shenzhen and Guangzhou are both in the top 10 (no order published)" in text


def test_compare_in_chinese(ask):
    reply = ask("上海和北京哪个好")
    assert reply.lang == "zh-Hans"
    assert "综合排名：上海第8、北京第3，北京领先。" in reply.text


def test_compare_in_traditional_chinese(ask):
    reply = ask("紐約和倫敦比較")
    assert reply.lang == "zh-Hant"
    assert "綜合排名：紐約第5、倫敦第4，倫敦領先。" in reply.text


def test_compare_with_an_unknown_name(ask):
    assert 'I don\'t recognise "Gotham" as a city' in ask("compare Shanghai and Gotham").text


def test_compare_needs_two_cities(ask):
    assert "Which cities should I compare?" in ask("/compare").text


def test_one_of_the_best_is_not_a_top_1(ask):
    text = ask("is tokyo one of the best cities").text
    assert "top 1" not in text and "Tokyo ranks 10th" in text


@pytest.mark.parametrize("question", ["can you compare beijing and shanghai for me", "能比较一下北京和上海吗"])
def test_a_request_is_not_a_yes_no_question(ask, question):
    text = ask(question).text
    assert not text.startswith(("Yes", "No", "是的", "不是"))
    assert text.startswith(("Beijing and Shanghai:", "北京、上海："))


def test_tell_me_if_is_a_yes_no_question(ask):
    assert ask("can you tell me if beijing is ahead of shanghai").text.startswith("Yes: Beijing (3rd) is ahead")


def test_why_gets_what_is_known_not_a_bare_no(ask):
    text = ask("why is shenzhen not in the top 10").text
    assert text.startswith("Shenzhen is not in the published overall top 10; its exact rank was not published.")


@pytest.mark.parametrize("question", ["is Shenzhen on the list?", "was shenzhen included", "is guangzhou ranked",
                                      "does Shenzhen appear in the report?", "深圳上榜了吗", "深圳入选了吗"])
def test_in_the_published_results_at_all_is_yes_for_a_city_only_in_the_talent_list(ask, question):
    """Not "No" because the city is outside the overall top 10: it is in the results (the talent top 10),
    and its overall rank is said to be unpublished."""
    text = ask(question).text
    assert text.startswith(("Yes", "是的"))
    assert ("talent" in text and "not published" in text) or ("人才" in text and "未公布" in text)


@pytest.mark.parametrize("question", ["was Paris evaluated?", "is paris ranked", "is Berlin on the list?"])
def test_a_city_the_results_do_not_mention_gets_no_yes_or_no(ask, question):
    """It may have been among the 30 evaluated: no "No", and the reply says so."""
    text = ask(question).text
    assert first_word(text) not in ("Yes", "No")
    assert "isn't known" in text


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("is it true that SF edges out Boston overall?", "No", "behind Boston (1st)"),
    ("so shanghai is the runner-up, correct?", "No", "San Francisco is 2nd"),
    ("was london the bronze medallist in education", "No", "Hong Kong is 3rd in education"),
    ("is hong kong on the education podium?", "Yes", "3rd in education"),
    ("is boston #1 in edu? and in innovation?", "Yes", "No: Boston ranks 2nd in sci-tech innovation"),
])
def test_yes_or_no_in_everyday_words(ask, question, start, needle):
    """Podium, runner-up, bronze, "edges out", "#1": each read for what it says, never a yes to a false claim."""
    text = ask(question).text
    assert text.startswith(start) and needle in text


@pytest.mark.parametrize(("question", "word"), [("is shanghai the coolest city", "coolest"),
                                                ("is nyc in the top tier of the top 10", "tier")])
def test_a_word_not_understood_in_a_yes_no_question_gets_no_yes_or_no(ask, question, word):
    text = ask(question).text
    assert f"“{word}”" in text and "won't say yes or no" in text
    assert not text.startswith(("Yes", "No"))


@pytest.mark.parametrize(("question", "start"), [("is boston or tokyo in the top 3", "Yes, one of them"),
                                                 ("are boston and tokyo in the top 3", "Not all of them")])
def test_or_asks_whether_any_and_asks_whether_all(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question", ["does boston or beijing come out on top", "is boston or tokyo better"])
def test_a_or_b_better_asks_which(ask, question):
    text = ask(question).text
    assert not text.startswith(("Yes", "No")) and "Boston is ahead" in text


@pytest.mark.parametrize("question", ["has boston always been number one?", "is tokyo trending down?"])
def test_history_questions_say_there_is_one_edition(ask, question):
    assert "I only have the 2025 report" in ask(question).text
