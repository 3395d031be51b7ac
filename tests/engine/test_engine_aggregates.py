"""Arithmetic over the published lists: averages of groups, tops and named cities, ratios and counts per
place, the cities evaluated outside a top N, the sizes of lists, a country's cities named anywhere."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(("question", "average"), [
    ("mean overall position of the balanced-education cities?", "5"),  # London 4, Beijing 3, Shanghai 8, NY 5
    ("average rank of the cities with balanced basic and higher education", "5"),
    ("what's the average rank across the whole top 10", "5.5"),
    ("average rank of the top 5", "3"),
    ("average rank of boston, london and tokyo", "5"),  # (1+4+10)/3
    ("北京、上海、香港三個的平均名次是多少", "6.67"),  # (3+8+9)/3
])
def test_an_average_is_worked_out_from_published_ranks(ask, question, average):
    text = ask(question).text
    assert re.search(rf"(average|平均)[^.。]*(?<![\d.]){re.escape(average)}(?![\d.])", text), text


def test_an_unordered_list_has_no_average_rank_of_its_own(ask):
    assert "no ranks to average" in ask("average talent rank").text


def test_the_ratio_of_two_countries_is_their_counts(ask):
    text = ask("ratio of US to Chinese cities in the top 10?").text
    assert "5:3" in text and "5 US cities and 3 Chinese cities" in text


def test_counts_for_each_place_asked(ask):
    text = ask("asia vs north america vs europe — how many top-10 cities each?").text
    assert "4 Asian cities" in text and "5 North American cities" in text and "1 European city" in text


@pytest.mark.parametrize(("question", "n", "top"), [
    ("how many of the 30 didn't make the top 10", 20, 10),
    ("how many cities didnt make the top 5", 25, 5),
    ("有多少城市没进前十", 20, 10),
])
def test_the_cities_outside_a_top_n_are_the_evaluated_less_its_size(ask, question, n, top):
    text = ask(question).text
    assert f"{n} of the 30" in text or f"30座城市中有{n}座" in text
    assert f"30 − {top}" in text or f"30−{top}" in text


def test_the_named_cities_outside_a_partly_named_list_are_known_or_unknown(ask):
    text = ask("how many cities aren't in the talent top 10").text
    assert "20 of the 30" in text
    assert "London and Tokyo" in text  # named, and certainly not in it
    assert "Not known for Boston" in text  # the talent top 10 has 5 US cities it doesn't name


def test_a_group_of_unstated_size_has_no_count_outside_it(ask):
    text = ask("how many cities are not in the talent potential group").text
    assert "isn't known" in text and "of the 30" not in text


def test_sizes_of_lists_and_a_group_of_unstated_size(ask):
    text = ask("size of the balanced group vs the talent-potential group?").text
    assert "balanced basic and higher education: 4" in text
    assert "exceptional talent potential: not published (4 named" in text


def test_a_country_s_cities_named_across_all_lists(ask):
    text = ask("how many chinese cities does the report name across all its lists").text
    assert text.startswith("The report names 5 Chinese cities across its lists")
    assert "Shenzhen" in text and "Guangzhou" in text


def test_a_share_of_the_assessed_cities_is_not_known(ask):
    text = ask("what percent of the assessed cities are american").text
    assert "isn't known" in text and "at least 5 of the 30" in text


def test_how_many_more_is_the_difference_of_the_counts(ask):
    assert ask("how many more US cities than chinese cities are in the top 10").text.startswith(
        "2 more US cities than Chinese cities (5 − 3).")
    assert "多2座" in ask("前十名中美国城市比中国城市多几个").text


@pytest.mark.parametrize("question, counts", [
    ("how does asia do compared to north america", ["4 Asian cities", "5 North American cities"]),
    ("compare europe and asia", ["1 European city", "4 Asian cities"]),
    ("china versus the us in talent", ["talent development top 10", "5 Chinese cities", "5 US cities"]),
])
def test_two_places_compared_are_their_counts(ask, question, counts):
    text = ask(question).text
    assert all(c in text for c in counts) and " or " not in text.split("\n")[0]


def test_an_adjective_before_a_list_is_not_a_city(ask):
    text = ask("top 10 cities with strong talent").text
    assert "recognise" not in text and "talent development top 10" in text


@pytest.mark.parametrize("question, start", [
    ("are half of the top 10 american", "Yes. Exactly half of the overall top 10: 5 of 10."),
    ("is the majority of the top 10 from the us", "No. Exactly half of the overall top 10, not a majority: 5 of 10."),
    ("are most of the talent top 10 chinese", "No. Exactly half of the talent development top 10, not a majority"),
    ("are half the education top 3 american", "No. Not half of the education top 3: 1 of 3."),
    ("前十大部分是美国城市吗", "不是。正好是综合排名前10名的一半，不算多数"),
    ("前十入面係咪一半係美國城市", "是的。正好佔綜合排名前10名的一半"),
])
def test_half_and_most_of_a_list_are_counted_against_its_size(ask, question, start):
    assert ask(question).text.startswith(start)


def test_the_average_of_two_places_is_given_for_each(ask):
    text = ask("average rank of us and chinese cities").text
    assert "US cities is 4.2" in text and "Chinese cities is 6.67" in text and " or " not in text


@pytest.mark.parametrize("question", ["is beijing in all the lists", "is boston in all three rankings"])
def test_in_all_the_lists_is_every_list(ask, question):
    text = ask(question).text
    assert text.startswith("No.") if "beijing" in question else text.startswith("Yes, all 3.")


@pytest.mark.parametrize("question, parts", [
    ("average overall rank of the edu top three?", ["4.67", "(1+4+9) / 3"]),
    ("教育前三的城市在总榜平均排第几", ["4.67", "波士顿（第1）"]),  # the top cut is the group, the other list the ranks
    ("教育前三喺總榜平均排第幾", ["4.67"]),
])
def test_an_average_of_a_top_in_another_list_is_shown_to_two_places(ask, question, parts):
    text = ask(question).text
    assert all(p in text for p in parts), text


@pytest.mark.parametrize("question, tie", [
    ("which country has the most cities in the talent top 10", "China and the United States are level, with 5 each"),
    ("人才前十哪个国家的城市最多", "中国、美国并列最多，各5座"),
])
def test_a_tie_for_the_most_cities_is_said_to_be_a_tie(ask, question, tie):
    assert tie in ask(question).text


@pytest.mark.parametrize("question, parts", [
    ("what share of the talent top 10 is american", ["5 of the 10", "50%", "doesn't name them"]),
    ("人才榜里美国城市占了多大比例", ["占50%"]),
    ("前十名里中国城市和美国城市的数量比", ["3:5"]),
])
def test_shares_and_ratios_give_the_figure_even_for_unnamed_cities(ask, question, parts):
    text = ask(question).text
    assert all(p in text for p in parts), text


@pytest.mark.parametrize("question", ["are most top ten cities american", "are most cities in the top 10 american?"])
def test_are_most_asks_for_a_majority_and_half_is_not_one(ask, question):
    text = ask(question).text
    assert text.startswith("No.") and "Exactly half" in text, text


@pytest.mark.parametrize("question, parts", [
    ("any japanese city other than tokyo in there", ["other than Tokyo (10th)"]),
    ("除了东京还有别的日本城市上榜吗", ["没有。", "东京（第10）"]),
])
def test_the_city_left_out_is_given_its_place(ask, question, parts):
    text = ask(question).text
    assert all(p in text for p in parts), text


@pytest.mark.parametrize("question", ["top-10 cities in china, hk included", "number of chinese cities in the top 10 "
                                      "(counting hk)", "中国城市有几个进了前十（包括香港）"])
def test_a_city_said_to_be_counted_in_a_place_is_not_the_question(ask, question):
    text = ask(question).text
    assert ("Beijing (3rd)" in text or "北京（第3）" in text) and ("3 Chinese" in text or "3座中国" in text)


def test_a_ratio_written_with_a_colon(ask):
    assert ask("us:china ratio among the top ten cities").text.startswith("The ratio is 5:3.")
    assert "Beijing (3rd overall) is the highest-ranked Chinese city" in ask("tell us china's best city").text


@pytest.mark.parametrize(("question", "start"), [
    ("do the us cities have a better average rank than the chinese ones in the top 10", "Yes. "),
    ("美国城市在前十的平均排名是不是比中国城市好", "是的。"),
    ("is the chinese average worse than the american one", "Yes. "),
])
def test_two_averages_compared_as_a_yes_or_no(ask, question, start):
    text = ask(question).text
    assert text.startswith(start) and "4.2" in text and "6.67" in text


def test_an_average_that_cannot_be_worked_out_names_the_cities_without_a_rank(ask):
    assert "Shenzhen and Guangzhou have no published rank overall" in ask(
        "avg overall rank of the talent potential group").text


@pytest.mark.parametrize(("question", "start"), [
    ("人才前十中美各几个", "人才发展前10名中有5座中国城市、5座美国城市。"),
    ("前十里中美各几个", "综合排名前10名中有3座中国城市、5座美国城市。"),
])
def test_each_place_counted_with_a_short_each(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("are there more than 3 chinese cities in the top 10", "No. 3 Chinese cities"),
    ("前十里有超过三个中国城市吗", "不是。"),
    ("are there at least 3 chinese cities in the top 10", "Yes. 3 Chinese cities"),
    ("fewer than 6 us cities in the top 10?", "Yes. 5 US cities"),
    ("至少有两个美国城市进了教育前三吗", "不是。教育前3名中有1座美国城市"),
])
def test_a_count_claimed_as_a_bound(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("does china have 5 cities in the talent top 10", "Yes. 5 Chinese cities are in the talent development top 10"),
    ("does the us have 6 cities in the top 10", "No. 5 US cities are in the overall top 10"),
    ("中国有3个城市进了前十吗", "是的。综合排名前10名中有3座中国城市"),
    ("are there 5 us cities in the top 5", "No. 3 US cities are in the overall top 5"),
])
def test_a_place_said_to_have_a_count_of_cities(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize(("question", "start"), [
    ("is 40% of the top 10 asian", "Yes. 4 of the 10"),
    ("are 60% of the top 10 american?", "No. 5 of the 10"),
    ("中国城市占前十的三成吗", "是的。"),
])
def test_a_share_said_is_checked(ask, question, start):
    assert ask(question).text.startswith(start)


def test_a_percent_in_passing_is_no_share(ask):
    assert ask("my phone is at 3% quick where is tokyo").text.startswith("Tokyo ranks 10th overall")


@pytest.mark.parametrize(("question", "start"), [
    ("is the us the country with the most top 10 cities", "Yes. The overall top 10 comes from 4 countries"),
    ("美国是前十城市最多的国家吗", "是的。"),
    ("is asia the region with the most cities in the top 10", "No. The overall top 10 comes from 3 regions"),
    ("are most top ten cities american", "No. Exactly half"),
])
def test_the_place_with_the_most_as_a_yes_or_no(ask, question, start):
    assert ask(question).text.startswith(start)
