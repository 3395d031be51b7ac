"""Places N to M, halves of a list, a top N with a smaller top taken out, the place at a rank: every way
people write a range gives the published places in it, and says which were not published."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["list #7 to #10 for me", "7th-10th", "#7-#10", "no. 7 to no. 10",
                                      "from 7th up to 10th", "spots seven through ten", "第7到第10名"])
def test_a_range_however_written_lists_its_places(ask, question):
    text = ask(question).text
    assert text.index("Seattle" if question.isascii() else "西雅图") < text.index(
        "Tokyo" if question.isascii() else "东京")
    assert "Los Angeles" not in text and "洛杉矶" not in text


def test_a_range_past_the_published_places_says_which_were_not_published(ask):
    text = ask("gimme everything from 8th down to 12th").text
    assert "8. Shanghai" in text and "10. Tokyo" in text
    assert "11th to 12th were not published" in text


@pytest.mark.parametrize(("question", "inside", "outside"), [
    ("the back half of the top ten?", "6. Los Angeles", "London"),
    ("前十名的前半段是誰", "5. 紐約", "西雅圖"),
    ("top 10, bottom half", "10. Tokyo", "Boston"),
])
def test_a_half_of_a_top_n_is_its_places(ask, question, inside, outside):
    text = ask(question).text
    assert inside in text and outside not in text


def test_a_half_without_a_top_n_is_a_half_of_the_cities_evaluated(ask):
    text = ask("who is in the bottom half?").text
    assert "16th to 30th" in text and "not published" in text
    assert "Tokyo" not in text


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("is nyc in the top half of the top 10", "Yes", "places 1st to 5th"),
    ("is tokyo in the top half of the top 10", "No", "Tokyo ranks 10th"),
    ("上海在前十的后半段吗", "是的", "第6到第10名"),
])
def test_in_a_half_is_a_yes_or_no_on_its_places(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


def test_an_unordered_list_has_no_halves(ask):
    text = ask("is beijing in the bottom half of the talent top 10").text
    assert "without an order" in text and not text.startswith(("Yes", "No"))


@pytest.mark.parametrize(("question", "first", "gone"), [
    ("the top ten minus the podium", "4. London", "San Francisco"),
    ("cities in the top 10 but not the top 3", "4. London", "Beijing"),
    ("前十名除了前三名", "4. 伦敦", "北京"),
    ("which top 10 cities missed the top 5", "6. Los Angeles", "New York"),
])
def test_a_top_n_with_a_smaller_top_taken_out_is_the_places_left(ask, question, first, gone):
    text = ask(question).text
    assert first in text and gone not in text and "10." in text


def test_cities_not_in_a_top_n_are_the_published_places_after_it_and_the_rest_unpublished(ask):
    text = ask("which cities are not in the top 5").text
    assert "6. Los Angeles" in text and "Boston" not in text and "11th to 30th were not published" in text


@pytest.mark.parametrize(("question", "needles", "gone"), [
    ("US cities that miss the top 5?", ["Los Angeles (6th)", "Seattle (7th)"], "Boston"),
    ("美国城市里没进前五的有哪些", ["洛杉矶（第6）", "西雅图（第7）"], "纽约"),
    ("chinese cities outside the top 5", ["Shanghai (8th)", "Shenzhen", "not in the published overall top 10"],
     "Beijing"),
])
def test_a_countrys_cities_that_miss_a_top_n(ask, question, needles, gone):
    text = ask(question).text
    assert all(n in text for n in needles) and gone not in text


@pytest.mark.parametrize("question", ["排第十二的城市叫什么", "what is the 12th city called"])
def test_the_city_at_an_unpublished_place_is_not_the_reports_title(ask, question):
    text = ask(question).text
    assert ("没有公布" in text or "wasn't published" in text) and "Assessment" not in text and "评估报告" not in text


@pytest.mark.parametrize(("question", "start", "needle"), [
    ("is SF number one at anything?", "Yes", "San Francisco is 1st in sci-tech innovation"),
    ("is beijing first in any ranking?", "No", "1st in none of the rankings"),
    ("旧金山有没有哪一项排第一", "是的", "科技创新第1"),
    ("北京在哪个榜单排第一吗", "不是", "都不是第1"),
])
def test_first_in_any_list_is_a_yes_or_no_over_the_rankings(ask, question, start, needle):
    text = ask(question).text
    assert text.startswith(start) and needle in text


@pytest.mark.parametrize(("question", "needle"), [
    ("where is boston number one", "Boston is 1st overall and 1st in education"),
    ("in which list is london second?", "London is 2nd in education"),
    ("波士顿在哪个榜单排第一", "综合排名第1、教育第1"),
])
def test_in_which_lists_a_city_holds_a_place(ask, question, needle):
    text = ask(question).text
    assert needle in text and not text.startswith(("Yes", "是的"))


@pytest.mark.parametrize(("question", "needle"), [
    ("倒数第二是谁", "第29名没有公布"),
    ("who's second from the bottom of the top 10", "Hong Kong is 9th overall"),
    ("前十名倒数第二是谁", "第9名是香港"),
    ("who's in places 3, 4 and 5", "New York is 5th"),
    ("ranks 9 and 10", "Tokyo is 10th"),
])
def test_places_counted_from_the_end_or_listed(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize(("question", "first", "last", "gone"), [
    ("the rest of the top 10 after the top 5", "6. Los Angeles", "10. Tokyo", "New York"),
    ("which cities come after the top 5", "6. Los Angeles", "11th to 30th were not published", "New York"),
    ("前十名里除了前三的其余城市", "4. 伦敦", "10. 东京", "北京"),
])
def test_what_comes_after_a_top_n(ask, question, first, last, gone):
    text = ask(question).text
    assert first in text and last in text and gone not in text


def test_right_after_a_top_n_is_the_next_place(ask):
    assert ask("who's right after the top 3").text.startswith("London is 4th overall")


def test_the_first_and_the_last_of_a_list_together(ask):
    text = ask("前五名和后五名").text
    assert "前5名" in text and "5. 纽约" in text and "最后5名" in text and "10. 东京" in text


@pytest.mark.parametrize(("question", "needle"), [
    ("who brings up the rear", "who is last isn't known"),
    ("who rounds out the top 10", "Tokyo is 10th overall"),
    ("who rounds out the education podium", "Hong Kong is 3rd in education"),
    ("who took the crown", "Boston is 1st overall"),
    ("榜眼是哪个城市", "第2名是旧金山"),
    ("教育探花", "教育第3名是香港"),
    ("吊车尾是谁", "最后一名未公布"),
])
def test_places_in_everyday_words(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize(("question", "needles"), [
    ("give me the full 30, ranked", ["the full list of 30 was not", "10. Tokyo"]),
    ("the standings, top to bottom", ["Only the top 10 were published", "1. Boston", "10. Tokyo"]),
    ("education ranking, in order", ["Only the top 3 were published in education", "3. Hong Kong"]),
])
def test_the_whole_list_in_order(ask, question, needles):
    text = ask(question).text
    assert all(n in text for n in needles) and "not sure what you're asking" not in text


@pytest.mark.parametrize(("question", "needles"), [
    ("前三名之後是誰", ["第4名是倫敦"]),
    ("前五名之後的城市有哪些", ["6. 洛杉磯", "第11到第30名沒有公佈"]),
    ("排名第十一到十五的城市", ["第11到第15名没有公布"]),
    ("排在第五和第九之間的城市", ["6. 洛杉磯", "8. 上海"]),
])
def test_chinese_ranges_after_and_between_places(ask, question, needles):
    text = ask(question).text
    assert all(n in text for n in needles)


@pytest.mark.parametrize("question", ["the three at the bottom of the top ten", "the three at the end of the list",
                                      "前十最尾三个"])
def test_a_count_taken_from_the_bottom(ask, question):
    text = ask(question).text
    assert ("8. Shanghai" in text and "10. Tokyo" in text) or ("8. 上海" in text and "10. 东京" in text)
    assert "7." not in text


def test_each_list_with_its_own_position(ask):
    text = ask("who's first in edu and second in innovation").text
    assert "Boston is 1st in education" in text and "Boston is 2nd in sci-tech innovation" in text
    text = ask("whats #1 in talent and #2 in innovation").text
    assert "without an order" in text and "Boston is 2nd in sci-tech innovation" in text


@pytest.mark.parametrize(("question", "holders"), [
    ("教育榜第2、3名", ("伦敦", "香港")),
    ("综合第4、5、6名是谁", ("伦敦", "纽约", "洛杉矶")),
])
def test_positions_listed_with_a_chinese_comma(ask, question, holders):
    text = ask(question).text
    assert all(h in text for h in holders)


@pytest.mark.parametrize("question", ["8th and below", "8th onwards", "from number 8 on down"])
def test_a_place_and_every_one_after_it(ask, question):
    text = ask(question).text
    assert text.startswith("Places 8th to 30th overall:") and "Shanghai" in text and "Seattle" not in text
