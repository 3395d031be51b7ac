"""Fresh, part D: conversations. Each conversation is two to five turns sharing one chat id (fr-d-convo-...), asked in
order, where later turns lean on earlier ones: "and in talent?", "what about paris", "the one before that", "who's
4th there", "and the next two", "compare them", "why", a request for the other language, corrections ("no i meant
shanghai"), pronouns ("is it ahead of london"), a switch of list or language, a follow-up after an unpublished
answer, and some in group chats (@citybot). Written blind from issue 11 and the published facts only.

Inside a conversation a turn written only in characters both scripts share is answered in the conversation's
script; a turn asking for another language ("能用中文回吗", "can u say that in english", "可以用繁體嗎") is answered
in that language, repeating the last answer.
"""

from casebook import Chk, Sheet, script_of
from probe_specs._common import either, no_because, ranged, who_at_p
from specs._facts import (
    compare,
    distance,
    member,
    mention,
    near,
    neighbour,
    pos,
    real_outside,
    stated,
    t,
    talent_list,
    talent_unknown,
    top,
    who_at,
    year,
)

from fresh_specs._fx import adder, lenient_to_cantonese, no_ranks_for, rank_of

SHEET = Sheet(
    "fr_d_convo",
    "part D: conversations -- follow-ups, pronouns, corrections, switches of list and language (written blind)",
    """
Conversations of two to five turns (chat ids fr-d-convo-..), every turn checked: a city and then another list
("n in talent??", "edu?"), another city ("what about paris", "and hong kong"), neighbours of the last answer ("the
one before that", "and right below"), the rest of a list ("and the next two"), "compare them", "why", "is it ahead
of london", corrections ("no i meant shanghai", "打錯 我是要問倫敦"), a request to answer in the other language, a
follow-up after an unpublished answer ("come on just guess", "去年呢"), and group chats (@citybot).
""",
)
S = SHEET
add = adder(S)


def conv(cid: str, default: str | None, turns) -> None:
    """One conversation: every turn a case, in order. default: the conversation's Chinese script (for turns in
    shared characters)."""
    for q, make, tags in turns:
        sc = script_of(q)
        script = sc if sc in ("hans", "hant") else (default if sc == "zh" else None)
        add(q, make, tags=tags, chat=f"fr-d-convo-{cid}", script=script)


# --- small builders ------------------------------------------------------------------------------------------
def US_WORD(L):
    return t(L, "(\\bUS\\b|U\\.S\\.|\\bAmerica|\\bUnited States|\\bUSA\\b)", "(美国|美)", "(美國|美)")


def SCORE(L):
    """An invented score or index value."""
    return t(L, "\\bscor(?:e|ed|es)\\s+(?:of\\s+|was\\s+|is\\s+)?\\d", "(得分|分数|指数为|指数是)\\s*\\d",
             "(得分|分數|指數為|指數是)\\s*\\d")


def yn_ahead(a, b, lst="overall"):
    """'Is A ahead of B?': the comparison with both ranks; the opposite bare yes / no fails."""

    def make(L):
        ck = compare(L, a, b, lst)
        a_higher = pos(a, lst) < pos(b, lst)
        if a_higher:
            ck.no.append(L.bare_no)
            ck.ideal = t(L, "Yes — ", "是的，", "是的，") + ck.ideal
        else:
            ck.no.append(L.bare_yes)
            ck.ideal = t(L, "No — ", "不是，", "不是，") + ck.ideal
        return ck

    return make


def why_boston(L):
    """'Why is Boston first?': no scores or reasons were published beyond the lists; Boston is 1st in education and
    2nd in sci-tech innovation. Never an invented score."""
    ideal = t(
        L,
        "The report doesn't publish scores or reasons, but Boston is also 1st in education and 2nd in sci-tech "
        "innovation, so it is strong across the board.",
        "报告没有公布得分或具体原因，不过波士顿教育排名第1，科技创新排名第2，各方面都很强。",
        "報告沒有公佈得分或具體原因，不過波士頓教育排名第1，科技創新排名第2，各方面都很強。",
    )
    edu1 = near(L.rank(1), mention(L, "edu"), 30)
    sci2 = near(L.rank(2), mention(L, "sci"), 30)
    return Chk([L.city("Boston"), either(edu1, sci2, L.notpub)],
               [*L.wrong_rank("Boston", 1), *L.wrong_rank("Boston", 1, "edu"), *L.wrong_rank("Boston", 2, "sci"),
                *L.talent_order_guards(), SCORE(L), *L.bare()], ideal=ideal)


def why_sf_sci(L):
    """'Why is San Francisco ahead in sci-tech?': the report gives no reasons or scores."""
    ideal = t(
        L,
        "The report doesn't say why or give scores — only the ranks: San Francisco 1st and Boston 2nd in sci-tech "
        "innovation. The Chinese coverage adds that North American cities do best overall in sci-tech innovation.",
        "报告没有说明原因，也没有公布得分，只公布了排名：科技创新旧金山第1名，波士顿第2名。中文报道提到北美城市在科技创新方面整体表现最好。",
        "報告沒有說明原因，也沒有公佈得分，只公佈了排名：科技創新舊金山第1名，波士頓第2名。中文報道提到北美城市在科技創新方面整體表現最好。",
    )
    return Chk([L.notpub, either(L.city("San Francisco"), L.city("Boston"), t(L, "North America", "北美", "北美"))],
               [*L.wrong_rank("San Francisco", 1, "sci"), *L.wrong_rank("Boston", 2, "sci"), SCORE(L), *L.bare()],
               ideal=ideal)


def talent_why_unnamed(L):
    ideal = t(
        L,
        "The report as published doesn't say why: it only states that five of the talent top 10 are US cities, "
        "without naming them (it does name the five Chinese ones).",
        "报告没有说明原因：它只说人才发展前十中有5座美国城市，但没有点名（5座中国城市是点了名的）。",
        "報告沒有說明原因：它只說人才發展前十中有5座美國城市，但沒有點名（5座中國城市是點了名的）。",
    )
    return Chk([L.notpub, US_WORD(L)], [*L.talent_guards(), *L.bare()], ideal=ideal)


def asian_in_top10(L):
    ideal = t(
        L,
        "Four: Beijing (3rd), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
        "4座：北京（第3名）、上海（第8名）、香港（第9名）、东京（第10名）。",
        "4座：北京（第3名）、上海（第8名）、香港（第9名）、東京（第10名）。",
    )
    cities = ["Beijing", "Shanghai", "Hong Kong", "Tokyo"]
    return Chk([L.at(c, pos(c)) for c in cities],
               [*no_ranks_for(L, cities), *L.real_outside_guards("Singapore")], ideal=ideal)


def best_named(city, ideal_en, ideal_hans, ideal_hant):
    def make(L):
        ck = stated(L, city, pos(city))
        ck.ideal = t(L, ideal_en, ideal_hans, ideal_hant)
        return ck

    return make


def talent_lists_of(city, yes=False):
    """Which lists a Chinese city outside the top 10 is on: the talent top 10 (no order) and the talent-potential
    group."""

    def make(L):
        c = L.name(city)
        ideal = t(
            L,
            ("Yes — " if yes else "")
            + f"{c} is in the talent top 10 (no order was published) and in the group with exceptional talent "
            "potential; it isn't in the overall top 10 or in either top 3.",
            ("是的，" if yes else "")
            + f"{c}在人才发展前十之列（未公布排序），也属于人才潜力突出的城市；它不在总榜前十，也不在教育或科创前三。",
            ("是的，" if yes else "")
            + f"{c}在人才發展前十之列（未公佈排序），也屬於人才潛力突出的城市；它不在總排名前十，也不在教育或科創前三。",
        )
        no = [*L.no_rank(city), *L.no_rank(city, "edu"), *L.no_rank(city, "sci"), *L.talent_order_guards()]
        if yes:
            no.append(L.bare_no)
        return Chk([near(L.city(city), mention(L, "talent"), 80), mention(L, "potential")], no, ideal=ideal)

    return make


def guess_eleventh(L):
    """'Just guess' after the end of the published ten: still not published, and no city named as 11th."""
    ck = who_at(L, 11)
    ck.ideal = t(
        L,
        "I won't guess: the report only published the top 10 (Tokyo is 10th), so who comes 11th isn't known.",
        "不能猜：报告只公布了前十名（第10名是东京），第11名未公布。",
        "不能猜：報告只公佈了前十名（第10名是東京），第11名未公佈。",
    )
    if L.code == "en":
        ck.no.append(f"\\b(?:probably|likely|i.d (?:say|guess)|my (?:best )?guess (?:is|would be))\\s+"
                     f"{L.all_cities()}")
    else:
        ck.no.append(f"(?:大概|可能|估计|估計|应该|應該|猜)(?:是)?\\s*{L.all_cities()}")
    ck.no += L.bare()
    return ck


def guess_rank(city):
    """'Guess its rank' for a city outside the published top 10: no rank, not even a hedged one."""

    def make(L):
        c = L.name(city)
        ideal = t(
            L,
            f"I can't guess: {c} isn't in the published top 10, and its exact rank wasn't published.",
            f"没法猜：{c}不在公布的前十名，具体排名未公布。",
            f"沒辦法猜：{c}不在公佈的前十名，具體排名未公佈。",
        )
        near_rank = t(L, "\\b(?:probably|likely|around|about|roughly|maybe)\\s+(?:#\\s?)?\\d+(?:st|nd|rd|th)?\\b",
                      "(?:大概|大约|估计|可能|应该|差不多)(?:是|在|排)?\\s*第?\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*名",
                      "(?:大概|大約|估計|可能|應該|差不多)(?:是|在|排)?\\s*第?\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*名")
        return Chk([L.notpub, either(L.city(city), t(L, "top[ -]?(10|ten)", "前十|前10", "前十|前10"))],
                   [*L.no_rank(city), near_rank, *L.bare()], ideal=ideal)

    return make


def sci_second_third(L):
    ideal = t(
        L,
        "In sci-tech innovation Boston is 2nd and Beijing 3rd.",
        "科技创新第2名是波士顿，第3名是北京。",
        "科技創新第2名是波士頓，第3名是北京。",
    )
    return Chk([L.at("Boston", 2), L.at("Beijing", 3), mention(L, "sci")],
               [*L.wrong_rank("Boston", 2, "sci"), *L.wrong_rank("Beijing", 3, "sci")], ideal=ideal)


def balanced_all_in_top10(L):
    ideal = t(
        L,
        "Yes, all four: Beijing 3rd, London 4th, New York 5th and Shanghai 8th overall.",
        "是的，四座都在：北京第3名、伦敦第4名、纽约第5名、上海第8名。",
        "是的，四座都在：北京第3名、倫敦第4名、紐約第5名、上海第8名。",
    )
    cities = ["Beijing", "London", "New York", "Shanghai"]
    return Chk([L.at(c, pos(c)) for c in cities], [*no_ranks_for(L, cities), L.bare_no], ideal=ideal)


def potential_not_all_top10(L):
    ideal = t(
        L,
        "Not all: Shanghai (8th) and Hong Kong (9th) are in the top 10, but Shenzhen and Guangzhou aren't in the "
        "published overall top 10 (their ranks weren't published).",
        "不是都在：上海（第8名）和香港（第9名）在前十，深圳和广州不在公布的总榜前十（具体排名未公布）。",
        "不是都在：上海（第8名）和香港（第9名）在前十，深圳和廣州不在公佈的總排名前十（具體排名未公佈）。",
    )
    return Chk([L.neg, L.city("Shenzhen"), L.city("Guangzhou"),
                either(L.outside("Shenzhen"), L.outside("Guangzhou"))],
               [*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou"), *no_ranks_for(L, ["Shanghai", "Hong Kong"]),
                L.bare_yes], ideal=ideal)


def three_in_talent(L):
    """Of Los Angeles, Seattle and Shanghai, which are in the talent top 10: Shanghai yes, the two US ones unknown."""
    ideal = t(
        L,
        "Shanghai for certain. For Los Angeles and Seattle it isn't known: the talent top 10 has five US cities, "
        "but the report doesn't name them.",
        "确定在人才发展前十的是上海；洛杉矶和西雅图无法确定：人才发展前十有5座美国城市，但报告没有点名。",
        "確定在人才發展前十的是上海；洛杉磯和西雅圖無法確定：人才發展前十有5座美國城市，但報告沒有點名。",
    )
    return Chk([L.city("Shanghai"), L.notpub, either(L.five_us(), US_WORD(L))],
               [*L.talent_guards(), *L.bare()], ideal=ideal)


def both_balanced(a, b):
    def make(L):
        ideal = t(
            L,
            f"Yes — {L.name(a)} and {L.name(b)} are both among the cities with balanced basic and higher education "
            "(London, Beijing, Shanghai, New York).",
            f"是的，{L.name(a)}和{L.name(b)}都属于基础教育与高等教育发展较均衡的城市（伦敦、北京、上海、纽约）。",
            f"是的，{L.name(a)}和{L.name(b)}都屬於基礎教育與高等教育發展較均衡的城市（倫敦、北京、上海、紐約）。",
        )
        return Chk([near(L.city(a), mention(L, "balanced"), 80), near(L.city(b), mention(L, "balanced"), 80),
                    L.yes], [L.bare_no], ideal=ideal)

    return make


def not_first_in_sci(L):
    ideal = t(
        L,
        "No — San Francisco is 1st in sci-tech innovation; Boston is 2nd there.",
        "不是，科技创新第1名是旧金山，波士顿排第2。",
        "不是，科技創新第1名是舊金山，波士頓排第2。",
    )
    return no_because(L, ideal, either(L.at("San Francisco", 1), L.at("Boston", 2)),
                      no=[*L.wrong_rank("Boston", 2, "sci"), *L.wrong_rank("San Francisco", 1, "sci")])


def singapore_top10(L):
    ck = real_outside(L, "Singapore")
    ck.no.append(L.bare_yes)
    ck.ideal = "No — " + ck.ideal
    return ck


# ============================================================================================================
# English conversations
# ============================================================================================================
conv("bj-lists", None, [
    ("hey where did beijing land overall", rank_of("Beijing"), "rank"),
    ("n in talent??", rank_of("Beijing", "talent"), "followup"),
    ("ok what about education", rank_of("Beijing", "edu"), "followup"),
    ("innovation then", rank_of("Beijing", "sci"), "followup"),
])
conv("paris", None, [
    ("seattle's overall spot?", rank_of("Seattle"), "rank"),
    ("what about paris", lambda L: real_outside(L, "Paris"), "followup"),
    ("ok fine, LA then", rank_of("Los Angeles"), "followup"),
])
conv("before", None, [
    ("quick q who's sitting at no. 5", lambda L: who_at(L, 5), "at_rank"),
    ("the one before that", lambda L: neighbour(L, "New York", -1), "followup neighbour"),
    ("and the one before that one", lambda L: neighbour(L, "London", -1), "followup neighbour"),
    ("is it ahead of sf", yn_ahead("Beijing", "San Francisco"), "followup yesno"),
])
conv("edu-fourth", None, [
    ("edu top 3 pls", lambda L: top(L, "edu", 3), "top"),
    ("who's 4th there", lambda L: who_at_p(L, 4, "edu"), "at_rank followup unpublished"),
    ("ok and the innovation list?", lambda L: top(L, "sci", 3), "followup"),
    ("is beijing on it", lambda L: member(L, "Beijing", "sci"), "followup yesno"),
])
conv("next-two", None, [
    ("gimme the top five real quick", lambda L: top(L, "overall", 5), "top"),
    ("and the next two", lambda L: ranged(L, 6, 7), "followup range"),
    ("and the rest of the ten", lambda L: ranged(L, 8, 10), "followup range"),
])
conv("compare-them", None, [
    ("where's shanghai on the list", rank_of("Shanghai"), "rank"),
    ("and hong kong", rank_of("Hong Kong"), "followup"),
    ("compare them", lambda L: compare(L, "Shanghai", "Hong Kong"), "followup compare"),
    ("what about for education tho", lambda L: compare(L, "Shanghai", "Hong Kong", "edu"), "followup compare"),
])
conv("meant-shanghai", None, [
    ("where does shenzen rank", rank_of("Shenzhen"), "typo"),
    ("no i meant shanghai", rank_of("Shanghai"), "followup"),
    ("is it ahead of london", yn_ahead("Shanghai", "London"), "followup yesno"),
])
conv("after-unpub", None, [
    ("who got 12th place", lambda L: who_at(L, 12), "at_rank unpublished"),
    ("ok then who's 10th", lambda L: who_at(L, 10), "followup"),
    ("and the one after tokyo", lambda L: neighbour(L, "Tokyo", 1), "followup unpublished"),
    ("come on just guess", guess_eleventh, "followup unpublished adversarial"),
])
conv("talent-us", None, [
    ("whos on the talent top-10 list", talent_list, "top"),
    ("is boston one of them", lambda L: talent_unknown(L, "Boston"), "followup unpublished"),
    ("why aren't the us ones named", talent_why_unnamed, "followup unpublished"),
    ("and london, is it in there", lambda L: member(L, "London", "talent"), "followup yesno"),
])
conv("grp-tokyo", None, [
    ("@citybot where's tokyo", rank_of("Tokyo"), "rank"),
    ("@citybot and in edu", rank_of("Tokyo", "edu"), "followup"),
    ("@citybot is it in the talent list at all", lambda L: member(L, "Tokyo", "talent"), "followup yesno"),
])
conv("grp-sf", None, [
    ("@citybot sf overall rank?", rank_of("San Francisco"), "rank"),
    ("@citybot who's right above it", lambda L: neighbour(L, "San Francisco", -1), "followup neighbour"),
    ("@citybot and right below", lambda L: neighbour(L, "San Francisco", 1), "followup neighbour"),
])
conv("why-boston", "hans", [
    ("who came out on top overall", lambda L: who_at(L, 1), "at_rank"),
    ("why", why_boston, "followup"),
    ("用中文再说一遍", why_boston, "followup"),
])
conv("la-ny", None, [
    ("how many spots between la and seattle", lambda L: distance(L, "Los Angeles", "Seattle"), "distance"),
    ("and la vs ny", lambda L: compare(L, "Los Angeles", "New York"), "followup compare"),
])
conv("london-zh", "hans", [
    ("london overall?", rank_of("London"), "rank"),
    ("edu?", rank_of("London", "edu"), "followup"),
    ("能用中文回吗", rank_of("London", "edu"), "followup"),
    ("那科创呢", rank_of("London", "sci"), "followup"),
])
conv("asia", None, [
    ("is singapore in the top 10", singapore_top10, "yesno"),
    ("ok which asian cities are", asian_in_top10, "followup filter"),
    ("best of those?", best_named("Beijing", "Beijing — 3rd overall.", "北京，总榜第3名。", "北京，總排名第3名。"),
     "followup superlative"),
    ("and the lowest", best_named("Tokyo", "Tokyo, 10th.", "东京，第10名。", "東京，第10名。"), "followup superlative"),
])
conv("gz-sz", None, [
    ("where's guangzhou at", rank_of("Guangzhou"), "rank"),
    ("so which lists is it on then", talent_lists_of("Guangzhou"), "followup"),
    ("shenzhen too?", talent_lists_of("Shenzhen", yes=True), "followup"),
    ("which of the two ranks higher overall", lambda L: compare(L, "Shenzhen", "Guangzhou"),
     "followup compare unpublished"),
])

# ============================================================================================================
# Simplified Chinese conversations
# ============================================================================================================
conv("zh-bj", "hans", [
    ("北京综合排第几啊", rank_of("Beijing"), "rank"),
    ("那人才呢", rank_of("Beijing", "talent"), "followup"),
    ("教育呢", rank_of("Beijing", "edu"), "followup"),
    ("总榜上它和伦敦谁高", lambda L: compare(L, "Beijing", "London"), "followup compare"),
])
conv("zh-edu4", "hans", [
    ("教育排前三的城市有哪些呀", lambda L: top(L, "edu", 3), "top"),
    ("第四呢", lambda L: who_at_p(L, 4, "edu"), "at_rank followup unpublished"),
    ("那科创前三", lambda L: top(L, "sci", 3), "followup"),
])
conv("zh-tokyo", "hans", [
    ("东京排多少名", rank_of("Tokyo"), "rank"),
    ("它后面是谁", lambda L: neighbour(L, "Tokyo", 1), "followup unpublished"),
    ("那前面呢", lambda L: neighbour(L, "Tokyo", -1), "followup neighbour"),
    ("那东京跟上海差几名", lambda L: distance(L, "Tokyo", "Shanghai"), "followup distance"),
])
conv("zh-paris", "hans", [
    ("上海在总榜里排第几位呀", rank_of("Shanghai"), "rank"),
    ("巴黎呢", lambda L: real_outside(L, "巴黎"), "followup"),
    ("那新加坡呢", lambda L: real_outside(L, "新加坡"), "followup"),
])
conv("zh-seattle", "hans", [
    ("洛杉机排第几", rank_of("Los Angeles"), "typo"),
    ("不对 我是说西雅图", rank_of("Seattle"), "followup"),
    ("它比纽约高吗", yn_ahead("Seattle", "New York"), "followup yesno"),
])
conv("zh-grp-sci", "hans", [
    ("@citybot 科创第一是谁", lambda L: who_at(L, 1, "sci"), "at_rank"),
    ("@citybot 那第二第三呢", sci_second_third, "followup"),
    ("@citybot 北京教育排第几", rank_of("Beijing", "edu"), "followup"),
])
conv("zh-talent", "hans", [
    ("人才发展前十都有谁", talent_list, "top"),
    ("里面哪个排第一", lambda L: who_at(L, 1, "talent"), "at_rank followup unpublished"),
    ("那纽约在不在里面", lambda L: talent_unknown(L, "New York"), "followup unpublished"),
])
conv("zh-why-sci", "hans", [
    ("波士顿和旧金山谁排名更高", lambda L: compare(L, "Boston", "San Francisco"), "compare"),
    ("科创方面呢", lambda L: compare(L, "Boston", "San Francisco", "sci"), "followup compare"),
    ("为什么", why_sf_sci, "followup"),
])
conv("zh-hk-en", "hans", [
    ("香港教育排第几", rank_of("Hong Kong", "edu"), "rank"),
    ("can u say that in english", rank_of("Hong Kong", "edu"), "followup"),
    ("and overall rank", rank_of("Hong Kong"), "followup"),
])
conv("zh-year", "hans", [
    ("伦敦排在第几名", rank_of("London"), "rank"),
    ("去年呢", lambda L: year(L, "London"), "followup year unpublished"),
])
conv("zh-groups", "hans", [
    ("哪些城市基础教育和高等教育比较均衡", lambda L: top(L, "balanced", 4), "top"),
    ("它们都在前十吗", balanced_all_in_top10, "followup yesno"),
    ("人才潜力突出的那几个呢，也都在前十？", potential_not_all_top10, "followup yesno"),
])

# ============================================================================================================
# Traditional Chinese conversations (Hong Kong / Cantonese and Taiwan usage)
# ============================================================================================================
conv("hk-canto", "hant", [
    ("香港總排名排第幾呀", rank_of("Hong Kong"), "rank"),
    ("咁教育呢", rank_of("Hong Kong", "edu"), "followup"),
    ("教育榜佢前面係邊個", lambda L: neighbour(L, "Hong Kong", -1, "edu"), "followup neighbour"),
    ("同埋人才榜有冇佢", lambda L: member(L, "Hong Kong", "talent"), "followup yesno"),
])
conv("tw-sf", "hant", [
    ("舊金山的排名是多少", rank_of("San Francisco"), "rank"),
    ("那科技創新呢", rank_of("San Francisco", "sci"), "followup"),
    ("那這個榜的第二名是誰", lambda L: who_at_p(L, 2, "sci"), "followup"),
])
conv("hk-grp-next", "hant", [
    ("@citybot 邊個城市排第一", lambda L: who_at(L, 1), "at_rank"),
    ("@citybot 跟住嗰個呢", lambda L: neighbour(L, "Boston", 1), "followup neighbour"),
    ("@citybot 再跟住", lambda L: neighbour(L, "San Francisco", 1), "followup neighbour"),
])
conv("tw-sz-guess", "hant", [
    ("深圳總排名第幾", rank_of("Shenzhen"), "rank"),
    ("那大概第幾名 猜一下", guess_rank("Shenzhen"), "followup unpublished adversarial"),
    ("好吧 那它在人才前十嗎", lambda L: member(L, "Shenzhen", "talent"), "followup yesno"),
])
conv("tw-typo-london", "hant", [
    ("東京教育排第幾", rank_of("Tokyo", "edu"), "rank"),
    ("打錯 我是要問倫敦", rank_of("London", "edu"), "followup"),
    ("那它總排名呢", rank_of("London"), "followup"),
])
conv("hk-seoul", "hant", [
    ("首爾有冇上榜", lambda L: real_outside(L, "首爾"), "unknown_word"),
    ("咁台北呢", lambda L: real_outside(L, "台北"), "followup"),
    ("亞洲城市最高係邊個", best_named("Beijing", "Beijing, 3rd overall.", "北京，总榜第3名。",
                                     "北京，總排名第3名，是排名最高的亞洲城市。"), "followup superlative"),
])
conv("tw-range", "hant", [
    ("總排名第六到第八是哪幾個", lambda L: ranged(L, 6, 8), "range"),
    ("它們哪個在人才前十", three_in_talent, "followup unpublished"),
    ("洛杉磯跟西雅圖差幾名", lambda L: distance(L, "Los Angeles", "Seattle"), "followup distance"),
])
conv("tw-why", "hant", [
    ("為什麼波士頓第一", why_boston, "meta"),
    ("那它科創也是第一嗎", not_first_in_sci, "followup yesno"),
])
conv("hk-bj-sh", "hant", [
    ("北京同上海邊個高啲", lambda L: compare(L, "Beijing", "Shanghai"), "compare"),
    ("人才方面呢", lambda L: compare(L, "Beijing", "Shanghai", "talent"), "followup compare unpublished"),
    ("教育均衡嗰組佢哋都有份？", both_balanced("Beijing", "Shanghai"), "followup yesno"),
])
conv("en-hant", "hant", [
    ("who's number 4 overall", lambda L: who_at(L, 4), "at_rank"),
    ("可以用繁體嗎", lambda L: who_at(L, 4), "followup"),
    ("那第五呢", lambda L: who_at(L, 5), "followup"),
])


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
