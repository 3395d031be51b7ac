"""Countries and regions, groups, and questions about the report itself."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "start"), [
    ("Which Chinese cities are in the top 10?", "3 Chinese cities are in the overall top 10: Beijing (3rd), "
                                                "Shanghai (8th) and Hong Kong (9th)."),
    ("how many US cities are in the top ten", "5 US cities are in the overall top 10: Boston (1st)"),
    ("which american cities are in the top 10", "5 US cities are in the overall top 10"),
    ("Which US cities are in the top 5?", "3 US cities are in the overall top 5: Boston (1st), San Francisco (2nd) "
                                          "and New York (5th)."),
    ("any European cities in the top 10?", "Yes. 1 European city is in the overall top 10: London (4th)."),
    ("Japanese cities?", "1 Japanese city is in the overall top 10: Tokyo (10th)."),
    ("asian cities in the top 10", "4 Asian cities are in the overall top 10: Beijing (3rd), Shanghai (8th), "
                                   "Hong Kong (9th) and Tokyo (10th)."),
    ("how many chinese cities are there", "3 Chinese cities are in the overall top 10"),
    ("top 3 chinese cities", "The top 3 Chinese cities in the overall ranking: Beijing (3rd), Shanghai (8th) and "
                             "Hong Kong (9th)."),
    ("how is china doing", "3 Chinese cities"),
    ("any indian cities in the top 10", "No Indian city is in the published overall top 10."),
    ("what about india", "No Indian city is in the published overall top 10."),
    ("中国城市有哪些", "综合排名前10名中有3座中国城市：北京（第3）、上海（第8）、香港（第9）。"),
    ("美国有几个城市进入前十", "综合排名前10名中有5座美国城市"),
])
def test_country_and_region(ask, question, start):
    reply = ask(question)
    assert reply.intent in ("in_place", "aggregate", "quantifier", "meta")  # meta: "how is china doing"
    assert reply.text.startswith(start)


def test_country_in_the_talent_list_counts_the_unnamed(ask):
    text = ask("how many US cities are in the talent top 10").text
    assert text.startswith("5 US cities are in the talent development top 10, but the report doesn't name them.")


@pytest.mark.parametrize(("question", "cities"), [
    ("which cities have balanced education?", ["London", "Beijing", "Shanghai", "New York"]),
    ("talent potential", ["Shenzhen", "Guangzhou", "Hong Kong", "Shanghai"]),
    ("哪些城市基础教育和高等教育均衡", ["伦敦", "北京", "上海", "纽约"]),
    ("人才潜力突出的城市", ["深圳", "广州", "香港", "上海"]),
])
def test_groups(ask, question, cities):
    reply = ask(question)
    assert reply.intent == "top"  # a group's "top" is its members, without an order
    assert all(c in reply.text for c in cities)
    assert "no order" in reply.text or "无排序" in reply.text
    assert "1." not in reply.text


@pytest.mark.parametrize(("question", "intent", "needles"), [
    ("who published the report?", "meta_who", ["Shenzhen International Science and Technology Information Center",
                                               "Tsinghua", "Elsevier"]),
    ("who's behind this ranking", "meta_who", ["Elsevier"]),
    ("报告是谁发布的", "meta_who", ["爱思唯尔", "清华大学"]),
    ("when was it released?", "meta_when", ["24 January 2025"]),
    ("when did this come out", "meta_when", ["24 January 2025"]),
    ("what year", "meta_when", ["2025"]),
    ("什么时候发布的", "meta_when", ["2025年1月24日"]),
    ("how many cities were evaluated?", "meta_count", ["30"]),
    ("how many cities did they rank?", "meta_count", ["30", "top 10"]),
    ("评估了多少个城市", "meta_count", ["30"]),
    ("what does the index measure?", "meta_measure", ["education", "sci-tech", "talent"]),
    ("what does SET stand for", "meta_measure", ["SET Index"]),
    ("what's the methodology", "meta_measure", ["indicators"]),
    ("what does the report recommend for Chinese cities?", "meta_recommend", ["innovation ecosystem",
                                                                              "infrastructure"]),
    ("报告有什么建议", "meta_recommend", ["创新生态"]),
    ("key findings", "meta_findings", ["North American cities"]),
])
def test_report_metadata(ask, question, intent, needles):
    reply = ask(question)
    assert reply.intent == "meta"
    for needle in needles:
        assert needle in reply.text


def test_the_count_is_honest_about_what_was_published(ask):
    text = ask("list all 30 cities").text
    assert "30" in text and "the full list of 30 was not" in text


def test_top_n_cities_of_a_region_are_its_best_n(engine) -> None:
    reply = engine.answer("top 3 cities in asia")
    assert reply.intent == "in_place"
    assert "Beijing (3rd)" in reply.text and "Shanghai (8th)" in reply.text and "Hong Kong (9th)" in reply.text
    assert "Tokyo" not in reply.text


def test_apostrophe_less_shorthand_is_understood(engine) -> None:
    assert engine.answer("wheres tokyo").intent == "rank"
    assert "Boston" in engine.answer("whos top in education").text
    assert "1st" in engine.answer("whats the ranking of boston").text


@pytest.mark.parametrize(("question", "needles"), [
    ("报告是哪天出来的", ["2025年1月24日"]),
    ("这个榜单是哪几家单位搞的", ["爱思唯尔"]),
    ("报告啥时候出的，一共评了多少城市", ["2025年1月24日", "30座城市"]),
    ("how big was the sample — how many cities?", ["30 cities"]),
    ("where does your data come from?", ["Xinhua"]),
    ("what did the report conclude, in a nutshell", ["Main findings"]),
    ("what is the SET Index exactly", ["collaborative development index"]),
    ("報告有幾個二級指標", ["9個二級指標"]),
    ("my kid asked me who put this report together and when it came out. i have no idea.",
     ["Elsevier", "24 January 2025"]),
])
def test_questions_about_the_report_in_everyday_words(ask, question, needles):
    text = ask(question).text
    assert all(n in text for n in needles), text


@pytest.mark.parametrize(("question", "start"), [("is elsevier the only author?", "No."),
                                                 ("is elsevier one of the authors", "Yes."),
                                                 ("am I right that only 10 cities were evaluated?", "No."),
                                                 ("报告只评估了10个城市是吧", "不是。")])
def test_yes_or_no_about_the_report(ask, question, start):
    assert ask(question).text.startswith(start)


def test_a_maker_people_guess_gets_a_no_and_the_real_makers(ask):
    text = ask("was it made by harvard?").text  # the coverage names the three makers; Harvard is none of them
    assert text.startswith("No.") and "Elsevier" in text


@pytest.mark.parametrize(("question", "needle"), [("what % of the top ten is european", "(10%)"),
                                                  ("ok so my phone is at 3% so quick: top 5 overall??", "1. Boston"),
                                                  ("cities w/ balanced basic & higher ed", "New York"),
                                                  ("R&D leaders", "San Francisco")])
def test_signs_and_shorthand(ask, question, needle):
    assert needle in ask(question).text


@pytest.mark.parametrize("question", ["was harvard involved?", "is MIT behind it?", "哈佛有参与吗"])
def test_a_maker_the_report_does_not_name_gets_the_makers_it_does(ask, question):
    reply = ask(question)
    assert reply.intent == "meta"
    assert not reply.text.startswith(("Yes", "是的"))


def test_made_by_one_compiler_alone_is_a_no(ask):
    assert ask("was it made by elsevier alone?").text.startswith("No")


@pytest.mark.parametrize("question", [
    "how many cities did they look at", "how many cities did the report look at",
    "how many cities did they study", "how many cities did they evaluate", "他们研究了多少个城市",
])
def test_how_many_cities_the_report_looked_at_in_everyday_verbs(ask, question):
    text = ask(question).text
    assert "30" in text and "compiled" not in text


@pytest.mark.parametrize("question", ["how many lists are there", "what rankings did they publish",
                                      "which categories does the report have", "有哪些榜单", "報告有幾個榜單"])
def test_which_lists_the_report_published_and_which_have_an_order(ask, question):
    lines = ask(question).text.split("\n")
    assert "6" in lines[0] and len([line for line in lines if line.startswith("•")]) == 6
    ordered = [line for line in lines if "in order" in line or "有排序" in line]
    assert len(ordered) == 3 and not any("talent" in line or "人才" in line for line in ordered)


@pytest.mark.parametrize("question", ["how did they rank the cities", "how are cities ranked",
                                      "how was the ranking made", "这个排名是怎么排的"])
def test_how_the_cities_were_ranked_is_the_method_not_a_city(ask, question):
    text = ask(question).text
    assert ("SET Index" in text or "协同发展指数" in text) and "Which city" not in text


def test_how_a_named_city_ranks_is_still_its_rank(ask):
    assert ask("how do they rank tokyo").text.startswith("Tokyo ranks 10th overall")


@pytest.mark.parametrize("question", ["which cities did the report name", "what cities did they mention"])
def test_the_cities_the_report_named_are_not_its_makers(ask, question):
    text = ask(question).text
    assert text.startswith("The report names 12 cities") and "compiled" not in text


@pytest.mark.parametrize("question, start", [
    ("how many third-level indicators", "That was not published"),
    ("三级指标有多少个", "这些没有公布"),
    ("what data sources did they use", "That was not published"),
    ("教育佔幾多權重", "這些沒有公佈"),
    ("how is the index built", "The ranking is built on"),
    ("which orgs compiled the SET index", "The report was compiled by"),
    ("so elsevier was part of this?", "Yes. The report was compiled by"),
    ("so WIPO made this one", "No. The report was compiled by"),
])
def test_the_method_and_the_makers_asked_in_more_ways(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("唔該晒你", "不客氣"),
    ("我好鍾意呢個bot", "謝謝"),
    ("r u chatgpt or something", "I'm citybot"),
])
def test_cantonese_thanks_and_praise_and_who_it_is(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question, start", [
    ("is hong kong counted as a chinese city in the report", "Yes. In the report, Hong Kong is in China"),
    ("does it measure growth or current strength", "Strength more than growth."),
])
def test_growth_and_hong_kong_asked_in_other_words(ask, question, start):
    assert ask(question).text.startswith(start)


@pytest.mark.parametrize("question", ["那剩下的20个是哪些", "and the remaining 20?", "what about the other 20 cities"])
def test_the_unpublished_rest_of_the_thirty_is_said_to_be_unpublished(ask, question):
    text = ask(question).text
    assert "30" in text and ("was not" in text or "没有公布" in text)


def test_whats_the_score_after_a_count_is_that_count(ask):
    text = ask("chinese vs american cities in the overall top 10, whats the score").text
    assert text.startswith("The overall top 10 has 3 Chinese cities and 5 US cities.") and "scores" not in text


def test_whats_the_score_after_an_opening_ok(ask):
    assert ask("@citybot ok chinese vs american cities in the overall top 10, whats the score").text.startswith(
        "The overall top 10 has 3 Chinese cities and 5 US cities.")
