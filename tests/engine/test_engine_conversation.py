"""Small talk (rule 7), language and script (rule 6), follow-ups (rule 8) and commands."""

from __future__ import annotations

import pytest

from bot.context import CONTEXT_TTL

EXAMPLES_EN = "• where does Shanghai rank?"


# --- rule 7: small talk, help, nonsense, out of scope --------------------------------------------------
@pytest.mark.parametrize(("question", "intent"), [
    ("hi", "greeting"), ("hello bot", "greeting"), ("good morning", "greeting"), ("/start", "greeting"),
    ("help", "help"), ("what can i ask", "help"), ("what is this bot", "identity"), ("/help", "help"),
    ("what's the weather in Beijing?", "out_of_scope"), ("tell me a joke", "out_of_scope"),
    ("population of tokyo", "out_of_scope"), ("how's the traffic in LA", "out_of_scope"),
    ("asdfghjkl", "nonsense"), ("asdfgh", "nonsense"), ("?", "nonsense"), ("...", "nonsense"),
    # a reaction or a pause is talk, not something unreadable (and never an unknown city)
    ("lol", "ack"), ("🚀🚀🚀", "ack"), ("😀", "ack"), ("wow", "ack"), ("sorry", "ack"), ("brb", "ack"),
    ("haha", "ack"), ("ok", "ack"), ("gracias", "thanks"), ("who built this bot?", "maker"),
])
def test_small_talk_gets_a_friendly_reply_with_examples(ask, question, intent):
    reply = ask(question)
    assert reply.intent == intent
    assert EXAMPLES_EN in reply.text
    assert reply.text.count("\n• ") >= 2  # two or three example questions
    assert "Traceback" not in reply.text and "Error" not in reply.text
    assert "Source" not in reply.text


def test_weather_is_not_answered(ask):
    text = ask("what's the weather in Beijing?").text
    assert "can only answer questions about" in text
    assert "°" not in text and "sunny" not in text


@pytest.mark.parametrize("question", ["thanks", "thank you so much", "cheers", "谢谢"])
def test_thanks(ask, question):
    reply = ask(question)
    assert reply.intent == "thanks"
    assert reply.text.startswith(("You're welcome", "不客气"))


@pytest.mark.parametrize(("question", "intent"), [("你好", "greeting"), ("帮助", "help"),
                                                  ("北京天气怎么样", "out_of_scope"), ("啊啊啊", "nonsense")])
def test_small_talk_in_chinese(ask, question, intent):
    reply = ask(question)
    assert reply.intent == intent
    assert reply.lang == "zh-Hans"
    assert "• 上海排第几？" in reply.text


def test_empty_message(ask):
    reply = ask("   ")
    assert reply.intent == "nonsense"
    assert EXAMPLES_EN in reply.text


# --- rule 6: language and script -----------------------------------------------------------------------
def test_traditional_chinese_gets_traditional_chinese(ask):
    reply = ask("舊金山排名第幾?")
    assert reply.lang == "zh-Hant"
    assert reply.text.startswith("舊金山在綜合排名中位列第2")
    assert "旧金山" not in reply.text and "綜合" in reply.text


def test_simplified_chinese_stays_simplified(ask):
    reply = ask("旧金山排名第几?")
    assert reply.lang == "zh-Hans"
    assert reply.text.startswith("旧金山在综合排名中位列第2")
    assert "舊金山" not in reply.text


@pytest.mark.parametrize(("question", "lang", "needle"), [
    ("香港教育排第幾", "zh-Hant", "香港在教育中位列第3"),
    ("香港教育排第几", "zh-Hans", "香港在教育中位列第3"),
    ("東京排第幾", "zh-Hant", "東京在綜合排名中位列第10"),
    ("上海排第几?", "zh-Hans", "上海在综合排名中位列第8"),
    ("where does 上海 rank", "en", "Shanghai ranks 8th"),
])
def test_reply_language_follows_the_question(ask, question, lang, needle):
    reply = ask(question)
    assert reply.lang == lang
    assert needle in reply.text


def test_english_question_gets_english(ask):
    reply = ask("where does Tokyo rank")
    assert reply.lang == "en"
    assert all(ord(ch) < 0x3000 for ch in reply.text)


# --- rule 8: follow-ups -------------------------------------------------------------------------------------
def test_followups_use_the_previous_question(chat):
    assert "Beijing ranks 3rd overall" in chat("where does Beijing rank?").text
    reply = chat("and in innovation?")
    assert reply.text.startswith("Beijing ranks 3rd in sci-tech innovation.")
    reply = chat("what about Tokyo?")
    assert reply.text.startswith("Tokyo is not in the published sci-tech innovation top 3")
    reply = chat("compare it with London")
    assert reply.intent == "compare"
    assert reply.text.startswith("Tokyo and London:")


def test_followup_pronouns(chat):
    chat("where does Hong Kong rank")
    assert chat("is it in the top 5?").text.startswith("No: Hong Kong ranks 9th overall, outside the top 5.")
    assert chat("tell me more about it").text.startswith("Hong Kong (China): 9th overall")
    assert chat("what about its education rank").text.startswith("Hong Kong ranks 3rd in education.")


def test_followup_on_a_top_list(chat):
    chat("top 3")
    assert chat("and in education?").text.startswith("Education top 3")
    reply = chat("and talent?")
    assert "published without an order" in reply.text


def test_followup_compare_with_one_city(chat):
    chat("where does paris rank")
    reply = chat("compare with london")
    assert reply.text.startswith("Paris and London:")
    assert "London is ahead" in reply.text


def test_followups_in_chinese(chat):
    chat("上海排第几")
    assert chat("教育呢").text.startswith("上海不在公布的教育前3名中")
    assert chat("它在人才前十吗").text.startswith("是的。上海位列人才发展前10")
    assert chat("和东京比较").text.startswith("上海、东京：")


def test_context_expires(chat):
    chat("where does Beijing rank?")
    assert chat("and in innovation?", after=CONTEXT_TTL - 60).text.startswith("Beijing ranks 3rd")
    reply = chat("and in education?", after=CONTEXT_TTL + 1)
    assert "Beijing" not in reply.text  # too late: a new question, not a follow-up
    assert reply.text.startswith("Education top 3")


def test_a_new_question_is_not_a_followup(chat):
    chat("where does Beijing rank in innovation")
    assert chat("where does Tokyo rank").text.startswith("Tokyo ranks 10th overall")


def test_chats_do_not_share_context(engine):
    a: dict = {}
    b: dict = {}
    engine.answer("where does Beijing rank", a)
    engine.answer("where does Tokyo rank", b)
    assert engine.answer("and in innovation?", a).text.startswith("Beijing")


# --- commands ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("command", "start"), [
    ("/rank shanghai", "Shanghai ranks 8th overall"),
    ("/rank@SomeBot shanghai", "Shanghai ranks 8th overall"),
    ("/rank tokyo education", "Tokyo is not in the published education top 3"),
    ("/rank 3", "Beijing is 3rd overall."),
    ("/rank", "Which city?"),
    ("/rank gotham", 'I don\'t recognise "gotham" as a city'),
    ("/top", "Overall top 10 (of 30 cities evaluated):"),
    ("/top 5 talent", "The talent development top 10 was published without an order, so there is no top 5."),
    ("/top education 2", "Education top 2"),
    ("/compare boston", "Boston ranks 1st overall"),
    ("/compare beijing tokyo", "Beijing and Tokyo:"),
    ("/start", "Hello!"),
    ("/help", "Ask me about"),
    ("/help@SomeBot", "Ask me about"),
])
def test_commands(ask, command, start):
    assert ask(command).text.startswith(start)


def test_help_lists_the_commands(ask):
    text = ask("/help").text
    for command in ("/top", "/rank", "/compare", "/about"):
        assert command in text


def test_mention_of_the_bot_is_ignored(ask):
    assert ask("@citybot where does London rank").text.startswith("London ranks 4th overall")


def test_followup_numbers(chat):
    chat("top 5")
    assert chat("what about 10").text.startswith("Overall top 10")
    assert chat("and 3?").text.startswith("Overall top 3")
    chat("who is number 3 in education")
    assert chat("and 2?").text.startswith("London is 2nd in education.")


def test_a_follow_up_cue_with_no_earlier_question_answers_the_entity(engine) -> None:
    reply = engine.answer("what about education", {})
    assert reply.intent == "top"
    assert reply.text.index("Boston") < reply.text.index("London") < reply.text.index("Hong Kong")


def test_a_neighbour_asked_the_other_way_is_about_the_same_city(chat):
    """"who's just above Seattle?" then "and below?": below Seattle (not below the city just named);
    "and the next one?" keeps walking from the city just named."""
    assert "Los Angeles" in chat("rank of seattle and who's just above it").text
    assert "Right after Seattle (7th) comes Shanghai" in chat("and below?").text
    chat("who comes after london")
    assert "Right after New York (5th) comes Los Angeles" in chat("and the next one?").text


def test_which_of_those_after_a_page_of_the_ranking_is_about_that_page(chat):
    chat("top 5")
    chat("next 5?")
    text = chat("which of those are american?").text
    assert "Los Angeles (6th) and Seattle (7th)" in text and "Boston" not in text
    assert "No European city is in places 6th to 10th" in chat("any european ones among them?").text


def test_which_of_those_in_chinese_after_the_next_five(chat):
    chat("前五名")
    assert "洛杉矶" in chat("接下来五名呢").text
    text = chat("其中哪些是中国城市").text
    assert "上海（第8）、香港（第9）" in text and "北京" not in text


def test_cantonese_follow_ups(chat):
    """Hong Kong users write Cantonese: 佢 (it), 邊個 (who), 喺 (in), 係 (is), 頭三 (top three)."""
    chat("倫敦總排名係第幾")
    assert "倫敦在教育中位列第2" in chat("佢教育呢").text
    assert "波士頓" in chat("教育榜上邊個喺佢前面").text
    assert "3. 北京" in chat("科創頭三係邊幾個").text


def test_a_short_comparison_continues_with_the_city_talked_about(chat):
    assert chat("shanghai made the top 10, yeah?").text.startswith("Yes.")
    assert chat("higher than hong kong?").text.startswith("Yes: Shanghai (8th) is ahead of Hong Kong (9th)")
    assert "Shanghai and Hong Kong are both in the top 10 (no order published)" in chat("and in talent?").text


def test_which_of_two_names_then_by_how_much(chat):
    assert chat("tokyo or hong kong, which ranks higher").text.startswith("Overall: Tokyo 10th and Hong Kong 9th")
    assert "1 place apart" in chat("by how many spots").text


def test_a_reply_to_an_earlier_answer_continues_that_answer(engine):
    """In a group, a reply to one of the bot's answers continues that answer's question, even after
    other questions and after the chat's own context has expired."""
    state: dict = {}
    shanghai = engine.answer("where does shanghai rank", state, now=1_000.0)
    engine.answer("top 3 in education", state, now=1_010.0)
    later = engine.answer("and in talent?", state, now=90_000.0, reply_to=shanghai.context)
    assert "Shanghai is in the talent development top 10" in later.text
    assert engine.answer("hello", {}, now=1.0).context is None  # small talk is not continued


def test_it_compared_with_another_city_in_chinese(chat):
    chat("紐約教育排名")
    assert "紐約、倫敦" in chat("它跟倫敦比呢").text


# --- a conversation kept in a state file that another version of the data (or damage) wrote -----------
def _saved(**last):
    return {"lang": "en", "last": {"kind": "rank", "lang": "en", "at": 1_700_000_000.0, **last}}


@pytest.mark.parametrize("last", [
    {"cities": [["Atlantis", "atlantis", None]]},  # a city the data no longer has
    {"cities": [["Tokyo", "tokyo", None]], "recent": [["Gone", "gone", None]], "focus": ["Gone", "gone", None]},
    {"kind": "top", "n": "x", "lists": [5]},  # values of the wrong type
    {"kind": "top", "lists": ["a-list-since-removed"]},
    {"kind": "top", "report": "a-report-since-removed"},
    {"kind": "a-question-type-since-removed"},
    {"kind": "range", "span": ["a", "b"]},
    {"kind": "top", "positions": ["first"], "bottom": [3]},
], ids=["unknown city", "unknown focus", "wrong types", "unknown list", "unknown report", "unknown kind",
        "bad span", "bad positions"])
@pytest.mark.parametrize("follow_up", ["what about it?", "and the next one?", "and Tokyo?", "top 3"])
def test_a_damaged_or_outdated_conversation_is_forgotten_not_a_crash(engine, last, follow_up):
    state = _saved(**last)
    reply = engine.answer(follow_up, state, now=1_700_000_010.0)
    assert reply.text and "Traceback" not in reply.text
    again = engine.answer("where does Shanghai rank?", state, now=1_700_000_020.0)
    assert "Shanghai ranks 8th" in again.text


@pytest.mark.parametrize("message, claim, question", [
    ("jake says tokyo is top 5. also who made this ranking", "No: Tokyo ranks 10th overall", "compiled by"),
    ("my husband thinks beijing is 2nd, where is shanghai?", "No: Beijing ranks 3rd overall", "Shanghai ranks 8th"),
    ("我老公说北京第二，上海排第几", "北京在综合排名中位列第3，不是第2", "上海在综合排名中位列第8"),
])
def test_a_claim_said_beside_a_question_is_checked_and_the_question_answered(ask, message, claim, question):
    text = ask(message).text
    assert claim in text and question in text and text.index(claim) < text.index(question)


def test_a_remark_with_no_ranking_in_it_is_not_checked(ask):
    text = ask("my mom says london is rainy. where does london rank?").text
    assert text.startswith("London ranks 4th overall") and text.count("4th overall") == 1


def test_cantonese_tung_maai_joins_two_questions(ask):
    text = ask("倫敦排第幾同埋邊個第一").text
    assert "倫敦在綜合排名中位列第4" in text and "第1名是波士頓" in text


@pytest.mark.parametrize("message, answer, not_said", [
    ("So my cousin Priyanka just got into a master's program and she's torn between two schools, one on the east "
     "coast and one in England. Her dad keeps sending articles about innovation rankings at 2am, which is honestly "
     "a bit much. Anyway she asked me to look it up: where did London actually rank?",
     "London ranks 4th overall", "not sure what you're asking"),
    ("ok weird question but my book club got into an argument about whether Asian cities are catching up with "
     "American ones. Marcus insists Tokyo is way up there. Is Tokyo in the top 5 or not?",
     "No: Tokyo ranks 10th overall, outside the top 5.", "Asian or US cities"),
    ("Context: I run a small newsletter about urban planning, circulation about 3k, mostly planners and a few "
     "journalists. For next week's issue I need one clean fact. How many cities did the report evaluate?",
     "The report evaluated 30 cities.", "Other editions"),
    ("我老婆话想搬去新加坡，我话不如去香港，大家争咗好耐，最后决定睇下呢个报告。香港同新加坡边个排得高？",
     "香港第9", "最后一名"),
])
def test_in_a_long_message_the_marked_question_is_answered_not_the_story(ask, message, answer, not_said):
    text = ask(message).text
    assert answer in text and not_said not in text


def test_a_look_it_up_before_a_question_word_is_not_a_yes_or_no(ask):
    assert ask("她让我帮忙查一下：伦敦在这个榜单里排第几？").text.startswith("伦敦在综合排名中位列第4")
    assert ask("check how many cities were evaluated").text.startswith("The report evaluated 30 cities.")


@pytest.mark.parametrize("message, lines", [
    ("北京第几，上海第几，香港第几",
     ["北京在综合排名中位列第3。", "上海在综合排名中位列第8。", "香港在综合排名中位列第9。"]),
    ("rank of sf and rank of la", ["San Francisco ranks 2nd overall.", "Los Angeles ranks 6th overall."]),
])
def test_ranks_asked_one_after_another_are_one_short_answer(ask, message, lines):
    text = ask(message).text
    assert all(line in text for line in lines) and "\n\n" not in text.strip()


@pytest.mark.parametrize("message, parts", [
    ("1) where is tokyo 2) who is 9th", ["Tokyo ranks 10th overall", "Hong Kong is 9th overall"]),
    ("(1) top 3 (2) who made it", ["Overall top 3", "compiled by"]),
])
def test_numbered_questions_are_each_answered(ask, message, parts):
    text = ask(message).text
    assert all(p in text for p in parts) and text.index(parts[0]) < text.index(parts[1])


@pytest.mark.parametrize("turns, last", [
    (["beijing rank", "next one down?", "ok and after that one?"], "Right after London (4th) comes New York"),
    (["东京排多少", "后面那个呢", "前面一个呢"], "综合排名中排在东京（第10）前面一位的是香港"),
    (["教育前三给我看看", "第二个在人才前十吗"], "没有。伦敦不在人才发展前10名中"),
    (["top 3 in sci-tech", "is the third one in the talent top 10?"], "Yes. Beijing is in the talent development"),
    (["how far is shanghai from london", "what about tokyo"], "Tokyo is 10th and London 4th overall: 6 places"),
    (["how far is shanghai from london", "and from hk?"], "Shanghai is 8th and Hong Kong 9th overall: 1 place"),
    (["whos rite after shanghai", "hw far is it from london"], "Hong Kong is 9th and London 4th overall"),
    (["where's sf", "one place above it?", "which of them is higher in education"],
     "Education: San Francisco not in top 3 and Boston 1st, so Boston is ahead."),
])
def test_follow_ups_name_the_one_meant(engine, turns, last):
    state: dict = {}
    for text in turns:
        reply = engine.answer(text, state)
    assert reply.text.startswith(last)


def test_a_long_paragraph_reaches_its_question_at_the_end(ask):
    story = ". ".join(f"then thing number {k} happened at work and it was annoying" for k in range(1, 20))
    text = ask(story + ". anyway: which three cities top the sci-tech innovation list, in order?").text
    assert text.startswith("Sci-tech innovation top 3") and "not sure" not in text


@pytest.mark.parametrize("message, answer", [
    ("ok so long story, I was up till 3am scrolling and forgot everything except that boston was number one. "
     "my roommate Dani says san francisco was number one. we are both too lazy to look it up. who was first?",
     "Boston is 1st overall"),
    ("my thesis supervisor keeps rejecting my drafts and my flatmate thinks i should quote a ranking and move on, "
     "my mum thinks i should become a baker. i think london is in both? so: is london in the education top 3, "
     "and is it one of the balanced-education cities?", "London ranks 2nd in education"),
])
def test_in_a_paragraph_the_question_sentence_is_answered_and_story_names_are_not_cities(ask, message, answer):
    text = ask(message).text
    assert answer in text and "recognise" not in text


@pytest.mark.parametrize("message, parts", [
    ("is hk in the edu top 3 and whats londons overall spot", ["Hong Kong ranks 3rd in education", "4th overall"]),
    ("what's the balanced education group and the talent potential group", ["London, Beijing", "Shenzhen"]),
    ("what cities are in both groups", ["only Shanghai is in both"]),
])
def test_two_questions_or_two_groups_in_one_message(ask, message, parts):
    text = ask(message).text
    assert all(p in text for p in parts)


@pytest.mark.parametrize("doubt", ["are you sure?", "really?", "u sure", "真的假的 你确定吗"])
def test_a_doubted_answer_is_said_again_and_stands(chat, doubt):
    chat("where is tokyo")
    text = chat(doubt).text
    assert text.startswith(("Yes, I'm sure", "确定")) and ("10th overall" in text or "第10" in text)


def test_why_after_a_list_rank_is_about_that_list(chat):
    chat("香港的教育排名是多少")
    text = chat("为啥它能排这么高").text
    assert text.startswith("香港在教育中位列第3") and "没有说明原因" in text


def test_the_next_after_the_last_published_is_not_known(chat):
    chat("who is last overall")
    assert "11th wasn't published" in chat("and the next one?").text
    assert "Hong Kong, 9th overall" in chat("the one before?").text


def test_a_city_added_to_a_comparison(chat):
    chat("compare beijing and shanghai")
    assert chat("and hong kong?").text.startswith("Beijing, Shanghai and Hong Kong:")
    assert "so Hong Kong is ahead" in chat("who's the best of them in education").text


def test_the_one_found_is_it(chat):
    chat("前十名有哪些美国城市")
    chat("其中排最后的是")
    assert "洛杉矶" in chat("它前面是谁").text


def test_the_nth_shown_ranked_in_another_list(chat):
    chat("教育前三")
    assert chat("第二名在总榜排第几").text.startswith("伦敦在综合排名中位列第4")


@pytest.mark.parametrize(("first", "then", "answer"), [
    ("北京和东京比一下", "哪个更高", "综合排名：北京第3、东京第10，北京领先。"),
    ("compare boston and london", "which is better", "Overall: Boston 1st and London 4th, so Boston is ahead."),
])
def test_which_is_higher_after_a_comparison_is_one_line(chat, first, then, answer):
    chat(first)
    assert chat(then).text.startswith(answer)
