"""The best N cities of a place, the place named or left out ("top 3 outside the US", "美国以外的前三名",
"亚洲前三"); a top N said with its number first ("十强", "三甲", "十大城市"); "who won"."""

from __future__ import annotations

import pytest

NON_US_EN = ["Beijing (3rd)", "London (4th)", "Shanghai (8th)", "Hong Kong (9th)", "Tokyo (10th)"]
NON_US_HANS = ["北京（第3）", "伦敦（第4）", "上海（第8）", "香港（第9）", "东京（第10）"]
NON_US_HANT = ["北京（第3）", "倫敦（第4）", "上海（第8）", "香港（第9）", "東京（第10）"]


def in_order(text: str, names: list[str]) -> bool:
    spots = [text.find(n) for n in names]
    return all(s >= 0 for s in spots) and spots == sorted(spots)


@pytest.mark.parametrize("question, n", [
    ("top 3 non american", 3),
    ("best 3 cities outside usa", 3),
    ("the 3 best non-us cities", 3),
    ("top 5 non-us cities", 5),
    ("top 3 outside the us", 3),
])
def test_the_best_n_outside_a_country_are_its_first_n_cities(ask, question, n):
    text = ask(question).text
    assert in_order(text, NON_US_EN[:n])
    for other in NON_US_EN[n:]:
        assert other.split(" (")[0] not in text
    assert "Boston" not in text and "San Francisco" not in text


@pytest.mark.parametrize("question, n, names", [
    ("美国以外的前三名", 3, NON_US_HANS),
    ("除美国外排名前五的城市", 5, NON_US_HANS),
    ("美國以外嘅頭三名", 3, NON_US_HANT),
    ("非美國城市前五", 5, NON_US_HANT),
])
def test_a_chinese_top_n_after_a_place_left_out_is_of_the_other_cities(ask, question, n, names):
    text = ask(question).text
    assert in_order(text, names[:n])
    assert "之外" not in text  # not "the non-US cities outside the top N"


@pytest.mark.parametrize("question, names", [
    ("亚洲前三", ["北京（第3）", "上海（第8）", "香港（第9）"]),
    ("中国城市前二", ["北京（第3）", "上海（第8）"]),
])
def test_a_chinese_top_n_after_a_place_is_of_its_cities(ask, question, names):
    text = ask(question).text
    assert in_order(text, names)
    assert "东京" not in text


def test_a_place_in_the_top_n_still_counts_its_members(ask):
    text = ask("中国城市在前五吗").text
    assert "北京" in text and "上海" not in text


@pytest.mark.parametrize("question, n", [
    ("十强城市", 10), ("十強城市有邊啲", 10), ("十大城市", 10), ("三强", 3), ("三甲是哪些城市", 3),
])
def test_a_top_n_said_number_first(ask, question, n):
    reply = ask(question)
    assert reply.intent == "top"
    lines = [line for line in reply.text.splitlines() if line[:1].isdigit()]
    assert len(lines) == n


def test_a_number_first_top_n_of_a_list_beyond_what_was_published(ask):
    text = ask("科技创新五强").text
    assert "只公布了前3名" in text and "旧金山" in text


@pytest.mark.parametrize("question, city", [("who won", "Boston"), ("which city won", "Boston"),
                                            ("who won in education", "Boston")])
def test_who_won_is_the_first(ask, question, city):
    text = ask(question).text
    assert city in text and "1st" in text


def test_the_whole_lot_of_a_short_list_says_only_its_top_was_published(ask):
    text = ask("education ranking all of it").text
    assert "Only the top 3" in text and "Hong Kong" in text


@pytest.mark.parametrize("question, city", [
    ("number two in china", "Shanghai (8th"), ("third in asia", "Hong Kong (9th"),
    ("中国第二", "上海（综合排名第8"), ("美國第三係邊個", "紐約（綜合排名第5"),
])
def test_the_nth_city_of_a_place_said_next_to_the_position(ask, question, city):
    reply = ask(question)
    assert reply.intent == "best_in_place"
    assert city in reply.text


def test_which_cities_of_a_place_hold_a_position_is_not_the_nth_of_the_place(ask):
    assert ask("which chinese cities are ranked 3rd").intent != "best_in_place"


@pytest.mark.parametrize("question, shown, hidden", [
    ("cities below 8th", ["9. Hong Kong", "10. Tokyo"], ["Shanghai"]),
    ("everything after 5th", ["6. Los Angeles", "10. Tokyo"], ["New York"]),
    ("cities ranked 7th or lower", ["7. Seattle", "10. Tokyo"], ["Los Angeles"]),
    ("cities above 4th", ["1. Boston", "3. Beijing"], ["London"]),
])
def test_the_places_on_one_side_of_a_place_asked_in_the_plural(ask, question, shown, hidden):
    reply = ask(question)
    assert reply.intent == "range"
    assert all(s in reply.text for s in shown) and not any(h in reply.text for h in hidden)
    if "above" not in question:
        assert "not published" in reply.text


def test_one_city_after_a_place_is_still_its_neighbour(ask):
    assert ask("the city below 8th").intent == "neighbour"


@pytest.mark.parametrize("question, first, absent", [
    ("the top 3 cities in the education ranking", "1. Boston", "San Francisco"),
    ("tell me the top 3 cities in the education part", "2. London", "San Francisco"),
    ("top 3 cities in the sci-tech list", "1. San Francisco", "London"),
])
def test_a_top_n_of_a_list_named_a_few_words_on_is_that_lists_top(ask, question, first, absent):
    reply = ask(question)
    assert reply.intent == "top"
    assert first in reply.text and absent not in reply.text


@pytest.mark.parametrize("question, shown, hidden", [
    ("第五名之后的城市有哪些", ["6. 洛杉矶", "10. 东京"], ["纽约"]),
    ("第三名以前的城市有哪些", ["1. 波士顿", "2. 旧金山"], ["北京", "版本"]),
])
def test_the_places_on_one_side_of_a_place_in_chinese(ask, question, shown, hidden):
    reply = ask(question)
    assert reply.intent == "range"
    assert all(s in reply.text for s in shown) and not any(h in reply.text for h in hidden)


@pytest.mark.parametrize("question, best, left_out", [
    ("best city outside china and the us", "London (4th", ["Beijing", "Boston"]),
    ("除中美以外排名最高的城市", "伦敦", ["北京", "波士顿"]),
    ("除咗中美之外邊個城市排最高", "倫敦", ["北京", "波士頓"]),
    ("中美以外的城市有哪些", "伦敦", ["北京", "波士顿"]),
    ("英國同美國以外有邊啲城市入咗前十", "北京", ["倫敦", "波士頓"]),
])
def test_two_places_left_out_together_are_both_left_out(ask, question, best, left_out):
    text = ask(question).text
    assert best in text
    for city in left_out:
        assert city not in text


def test_a_two_character_shorthand_is_not_read_across_a_word(ask):
    text = ask("前十名中美国城市有几个").text  # 中 + 美国, not 中美
    assert "5座美国城市" in text and "中国" not in text


@pytest.mark.parametrize("question, city, rank", [
    ("美國以外排第一嘅城市", "北京", "第3"),
    ("美国以外排名第一的城市是哪个", "北京", "第3"),
    ("亞洲第一嘅城市", "北京", "第3"),
    ("中国城市排第二的是哪个", "上海", "第8"),
    ("第二名的中国城市", "上海", "第8"),
    ("the 2nd chinese city", "Shanghai", "8th"),
    ("which is the third asian city", "Hong Kong", "9th"),
    ("who is number 2 among asian cities", "Shanghai", "8th"),
])
def test_a_position_said_with_a_place_is_a_position_among_its_cities(ask, question, city, rank):
    text = ask(question).text
    first = text.split("\n")[0]
    assert city in first and rank in first
    assert first.index(city) < 30  # the answer first, not a list of the place's cities


@pytest.mark.parametrize("question, said", [
    ("best mainland chinese city for education", "so which one ranks highest isn't known"),
    ("中国内地城市里教育最好的是哪个", "因此无法确定哪一座排名最高"),
])
def test_the_best_of_a_place_with_none_published_is_not_known(ask, question, said):
    assert said in ask(question).text
