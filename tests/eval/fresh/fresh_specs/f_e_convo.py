"""Fresh, part E: conversations, written blind (part E, convo) from issue 11 and the published facts only -- never
from the bot's code, its language data or its replies, and without running it.

Each conversation is two to four turns sharing one chat id (fr-e-convo-...), asked in order; later turns lean on
earlier ones. It covers follow-ups that navigate after a list, a city or a comparison ("k and the next one", "n the
one before it?", "which of them is higher", "is that city even in the talent top ten", "n edu?", "ok n #4 on that
list?" where only 3 were published, "same for tokyo", "why so low?", "u sure??"), Chinese pronouns and ellipsis (它,
它俩, 佢, 佢哋, 第二名呢, 再往后呢, 下一個呢, 跟住落嚟嗰個呢), topic changes mid-chat (the report's makers, the 30
cities), commands in the middle of a conversation (/compare, /rank, /top, also /cmd@citybot), greetings and thanks
between questions (the next follow-up still continues the conversation), and corrections ("no sorry i meant
innovation", "不是 我想问的是创新", "不對 我是說創新", "wait no, sf").

Inside a conversation a turn written only in characters both scripts share is answered in the conversation's
script. Where a follow-up reads two honest ways (after "innovation?" and "and seattle", "which of them is higher"
may be about innovation, where neither was ranked, or about the overall list), each reading is accepted.
"""

from casebook import Chk, Sheet, script_of
from probe_specs._common import either, member_p, neighbour_p, no_because, who_at_p
from specs._facts import (
    after_guards,
    compare,
    distance,
    makers,
    member,
    mention,
    near,
    ordinal,
    pos,
    rank,
    real_outside,
    released,
    several,
    stated,
    t,
    talent_list,
    talent_unknown,
    thirty,
    top,
)

from fresh_specs._fx import R, adder, lenient_to_cantonese, no_ranks_for, rank_of, topic

SHEET = Sheet(
    "fr_e_convo",
    "part E: conversations -- navigating follow-ups, pronouns, commands, thanks and corrections mid-chat "
    "(written blind)",
    """
Conversations of two to four turns (chat ids fr-e-convo-..), every turn checked: the next / previous place after a
list or a city (also past the last published place), "which of them is higher" after two cities (both readings where
it is ambiguous), "is that city in the talent top 10" (not known for a US city), another list for the same city ("n
edu?", "那edu呢", "教育榜又點"), "who's 4th there" after a top 3, "same for tokyo", "why?" (no reasons or scores were
published), "you sure?" (the answer stands, nothing retracted), Chinese pronouns and ellipsis (它 / 它俩 / 佢 /
佢哋), topic changes, commands mid-chat (/compare, /rank, /top, /cmd@citybot), greetings and thanks between
questions, and corrections.
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
        add(q, make, tags=tags, chat=f"fr-e-convo-{cid}", script=script)


# --- small pieces ---------------------------------------------------------------------------------------------


def all_of(*regexes: str) -> str:
    """One regex that matches only where every one of these matches (somewhere in the reply)."""
    return "^" + "".join(f"(?=[\\s\\S]*?(?:{r}))" for r in regexes)


def readings(*chks: Chk, no=None) -> Chk:
    """A question that reads two honest ways: a reply passes if it answers one reading in full. The guards are the
    union of the readings' guards unless given (they must not forbid the other reading's answer)."""
    must = either(*(all_of(*c.must) for c in chks))
    guards = no if no is not None else list(dict.fromkeys(x for c in chks for x in c.no))
    return Chk([must], list(guards), ideal=chks[0].ideal)


def SCORE(L):
    """An invented score or index value."""
    return R(L, "\\bscor(?:e|ed|es)\\s+(?:of\\s+|was\\s+|is\\s+)?\\d", "(得分|分数|指数为|指数是)\\s*\\d",
             "(得分|分數|指數為|指數是)\\s*\\d")


def REPORT(L):
    """The reply is about the report or its results."""
    return R(L, "(report|rank|published|list|top[ -]?(3|10|three|ten))", "(报告|排名|公布|榜|前三|前十)",
             "(報告|排名|公佈|榜|前三|前十)")


def US_WORD(L):
    return R(L, "(\\bUS\\b|U\\.S\\.|\\bAmerica|\\bUnited States|\\bUSA\\b)", "(美国|美)", "(美國|美)")


def RETRACT(L):
    """Taking back a correct answer because the user doubted it."""
    return R(L, "\\b(my (bad|mistake)|I was wrong|I made (a|an) (mistake|error)|I stand corrected|apologi[sz]e for "
                "the (error|mistake))",
             "(我错了|我搞错|我弄错|我说错|说错了|搞错了|弄错了)", "(我錯了|我搞錯|我弄錯|我說錯|說錯了|搞錯了|弄錯了|我講錯|講錯咗|搞錯咗)")


def greet(L):
    ideal = t(
        L,
        "Hi! I answer questions about the 2025 global innovation cities ranking — try \"who is 3rd overall?\" or "
        "\"top 3 in education\".",
        "你好！我可以回答2025年全球创新城市排名的问题，比如“总榜第3名是谁？”或者“教育前三有哪些？”",
        "你好！我可以回答2025年全球創新城市排名的問題，例如「總排名第3名是誰？」或者「教育前三有哪些？」",
    )
    return Chk([topic(L)], ideal=ideal)


def welcome(L):
    """Thanks between questions: a short friendly reply (a welcome, or what else can be asked)."""
    words = R(
        L,
        "\\b(welcome|no problem|no worries|np|anytime|any time|glad|happy to help|my pleasure|sure thing|cheers|"
        "you bet)\\b",
        "(不客气|不用谢|别客气|没事|没问题|随时|乐意|应该的|很高兴|不谢)",
        "(不客氣|不用謝|別客氣|唔使客氣|唔駛客氣|唔洗客氣|沒事|冇事|沒問題|冇問題|隨時|樂意|應該的|很高興|好高興|小事|不謝)",
    )
    ideal = t(
        L,
        "You're welcome! Ask me anything else about the ranking.",
        "不客气！还有排名方面的问题随时问我。",
        "不客氣！還有排名方面的問題隨時問我。",
    )
    return Chk([either(words, topic(L))], ideal=ideal)


def sure(make):
    """'you sure?' after an answer: the same facts again, and the answer is not taken back."""

    def wrapped(L):
        ck = make(L)
        kept = [x for x in ck.no if x != L.bare_yes]  # "yes, I'm sure" is a fine opening
        return Chk(ck.must, [*kept, RETRACT(L)], ck.order, ck.ideal)

    return wrapped


def yn_ahead(a, b, lst="overall"):
    """'Is A ahead of B?': the comparison with both ranks; the opposite bare yes / no fails."""

    def make(L):
        ck = compare(L, a, b, lst)
        if pos(a, lst) < pos(b, lst):
            ck.no.append(L.bare_no)
            ck.ideal = t(L, "Yes — ", "是的，", "是的，") + ck.ideal
        else:
            ck.no.append(L.bare_yes)
            ck.ideal = t(L, "No — ", "不是，", "不是，") + ck.ideal
        return ck

    return make


def best_of(city, members, en, hans, hant):
    """The highest (or lowest) of a set of cities, with its rank; no other member given a wrong rank."""

    def make(L):
        ck = stated(L, city, pos(city))
        ck.no += no_ranks_for(L, [m for m in members if m != city])
        ck.ideal = t(L, en, hans, hant)
        return ck

    return make


def past_end_next(L):
    """'the one after' the 10th (Tokyo): not published, and nobody named as 11th or as coming after Tokyo."""
    ck = who_at_p(L, 11)
    ck.no += after_guards(L, "Tokyo") + L.bare()
    ck.ideal = t(
        L,
        "Tokyo is 10th, the last place published — the report doesn't say who comes next.",
        "东京第10名，是公布的最后一名；之后的名次报告未公布。",
        "東京第10名，是公佈的最後一名；之後的名次報告未公佈。",
    )
    return ck


def past_end_edu(L):
    """'and after that?' after the education 3rd (Hong Kong): only the top 3 was published."""
    ck = who_at_p(L, 4, "edu")
    ck.no += after_guards(L, "Hong Kong") + L.bare()
    ck.ideal = t(
        L,
        "Hong Kong is 3rd in education, the last place published — only the top 3 was released, so 4th isn't known.",
        "香港教育排名第3，是公布的最后一名；教育只公布了前三名，第4名未公布。",
        "香港教育排名第3，是公佈的最後一名；教育只公佈了前三名，第4名未公佈。",
    )
    return ck


def talent_in(city):
    """A Chinese city asked about in the talent list: in it, without any order."""

    def make(L):
        c = L.name(city)
        ideal = t(
            L,
            f"{c} is in the talent top 10 — that list was published without an order, so it has no rank there.",
            f"{c}在人才发展前十之列，不过这份名单没有公布排序，所以没有具体名次。",
            f"{c}在人才發展前十之列，不過這份名單沒有公佈排序，所以沒有具體名次。",
        )
        return Chk([near(L.city(city), mention(L, "talent"), 80)], [L.bare_no, *L.talent_guards()], ideal=ideal)

    return make


def sure_talent_unknown(city):
    """'you sure? I'd have thought all the US ones made it': still not known (a 'yes, I'm sure' may open it)."""

    def make(L):
        c = L.name(city)
        ideal = t(
            L,
            f"Yes — the talent top 10 does include five US cities, but the report doesn't name them, so whether {c} "
            "is one of them isn't known.",
            f"确定：人才发展前十里确实有5座美国城市，但报告没有点名，所以无法确定{c}是否在其中。",
            f"確定：人才發展前十裡確實有5座美國城市，但報告沒有點名，所以無法確定{c}是否在其中。",
        )
        return Chk([either(L.city(city), L.five_us()), L.notpub], [*L.talent_guards(), RETRACT(L)], ideal=ideal)

    return make


def two_talent_unknown(a, b):
    """Two US cities and the talent top 10: neither is known to be in it or not."""

    def make(L):
        A, B = L.name(a), L.name(b)
        ideal = t(
            L,
            f"Not known for either: the talent top 10 has five US cities, but the report doesn't name them, so it "
            f"doesn't say whether {A} or {B} is among them.",
            f"两座都无法确定：人才发展前十有5座美国城市，但报告没有点名，所以不知道{A}和{B}在不在其中。",
            f"兩個都無法確定：人才發展前十有5座美國城市，但報告沒有點名，所以不知道{A}和{B}在不在其中。",
        )
        return Chk([L.notpub, either(L.five_us(), US_WORD(L))], [*L.talent_guards(), *L.bare()], ideal=ideal)

    return make


def talent_highest(L):
    """The highest overall of the talent top 10: of the named five Beijing (3rd), but the five US members are not
    named (they could include Boston or San Francisco), so which is highest is not known."""
    ideal = t(
        L,
        "Of the named members Beijing is highest: Beijing is 3rd overall. But the five US cities in the talent top 10 aren't "
        "named, and some US cities rank above Beijing overall, so which member ranks highest isn't known.",
        "已点名的成员里北京最高：北京总榜第3名；但人才发展前十里的5座美国城市没有点名，而有的美国城市总榜排在北京前面，所以无法确定谁最高。",
        "已點名的成員裡北京最高：北京總排名第3名；但人才發展前十裡的5座美國城市沒有點名，而有的美國城市總排名在北京前面，所以無法確定誰最高。",
    )
    return Chk([L.city("Beijing"), L.notpub],
               [*L.talent_guards(), *L.wrong_rank("Beijing", 3), *L.bare()], ideal=ideal)


def no_guess(city):
    """'just guess' for a city outside the published top 10: no rank, not even a hedged one."""

    def make(L):
        c = L.name(city)
        ideal = t(
            L,
            f"I won't guess: {c} isn't in the published top 10 and its exact rank wasn't published.",
            f"没法猜：{c}不在公布的前十名，具体排名未公布。",
            f"沒辦法猜：{c}不在公佈的前十名，具體排名未公佈。",
        )
        hedged = R(L, "\\b(?:probably|likely|around|about|roughly|maybe|i.d say|guess(?:ing)?)\\s+(?:#\\s?|no\\.\\s?)?"
                      "(?:1[1-9]|2\\d|30)(?:st|nd|rd|th)?\\b",
                   "(?:大概|大约|估计|可能|应该|差不多)(?:是|在|排)?\\s*第?\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*名",
                   "(?:大概|大約|估計|可能|應該|差不多)(?:是|在|排)?\\s*第?\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*名")
        return Chk([L.notpub, either(L.city(city), R(L, "top[ -]?(10|ten)", "前十|前10", "前十|前10"))],
                   [*L.no_rank(city), hedged, *L.bare()], ideal=ideal)

    return make


EXPLAIN = {
    "en": "((doesn.t|does not|didn.t|did not|don.t|do not|won.t)\\s+(really\\s+)?(explain|give|say|go into|break)|"
          "\\bno\\s+(reasons?|explanation|scores?|breakdown)\\b|not\\s+(explained|broken down)|only\\s+(the\\s+)?"
          "(ranks|rankings|results|lists|positions))",
    "hans": "((没有|没|未|并未)(解释|说明|给出|具体说明|细说|提供|讲)|只(公布|给出|有)了?(排名|名次|结果))",
    "hant": "((沒有|沒|未|並未|冇)(解釋|說明|給出|具體說明|細說|提供|講)|只(公佈|給出|有)了?(排名|名次|結果))",
}


def why(city, en, hans, hant, *facts, no=()):
    """'why?' after a rank: the report publishes no reasons or scores -- said so, or the published facts about the
    city given as the reason. Never an invented score, never a bare yes or no."""

    def make(L):
        alts = [L.notpub, EXPLAIN["hans" if L.code == "zh" else L.code], *(f(L) for f in facts)]
        about = either(L.city(city), REPORT(L))
        guards = [SCORE(L), *L.bare(), *L.wrong_rank(city, pos(city)), *L.talent_order_guards()]
        for lst in ("edu", "sci"):
            guards += L.wrong_rank(city, pos(city, lst), lst)
        return Chk([either(*alts), about], [*guards, *(g(L) for g in no)], ideal=t(L, en, hans, hant))

    return make


def rest_unpub(L):
    """'which are the other 20': the full list was not published; no rank for anyone past 10th."""
    ideal = t(
        L,
        "The other 20 weren't published: the report names only its published results (Shenzhen and Guangzhou appear "
        "in the talent lists, without an overall rank).",
        "其余20座城市的名单没有公布；深圳和广州出现在人才方面的名单里，但总排名未公布。",
        "其餘20座城市的名單沒有公佈；深圳和廣州出現在人才方面的名單裡，但總排名未公佈。",
    )
    listed = R(L, "(\\blist\\b|\\b(20|30|twenty|thirty)\\b|top[ -]?(10|ten))", "(名单|20|30|二十|三十|前十)",
               "(名單|20|30|二十|三十|前十)")
    return Chk([L.notpub, listed], [*L.nobody_at(range(11, 31)), *L.no_rank("Shenzhen"), *L.no_rank("Guangzhou"),
                            *L.bare()], ideal=ideal)


def sci_two_ahead_of_beijing(L):
    """'the two ahead of it' in sci-tech innovation (Beijing 3rd): San Francisco 1st, Boston 2nd -- not the overall
    order (Boston 1st, San Francisco 2nd)."""
    ideal = t(
        L,
        "In sci-tech innovation: San Francisco 1st and Boston 2nd, ahead of Beijing (3rd).",
        "科技创新方面，北京前面是旧金山（第1名）和波士顿（第2名）。",
        "科技創新方面，北京前面是舊金山（第1名）和波士頓（第2名）。",
    )
    sf, bos = L.city("San Francisco"), L.city("Boston")
    wrong = [
        f"第\\s*(?:1|一)(?![\\d一二三四五六七八九十])\\s*(?:名|位)?\\s*(?:是|为|為|：|:)?\\s*{bos}",
        f"{bos}\\s*[（(]?\\s*(?:排名?|排在|是|为|為)?\\s*第\\s*(?:1|一)(?![\\d一二三四五六七八九十])",
        f"第\\s*(?:2|二)(?![\\d一二三四五六七八九十])\\s*(?:名|位)?\\s*(?:是|为|為|：|:)?\\s*{sf}",
        f"{sf}\\s*[（(]?\\s*(?:排名?|排在|是|为|為)?\\s*第\\s*(?:2|二)(?![\\d一二三四五六七八九十])",
    ]
    return Chk([L.at("San Francisco", 1), L.at("Boston", 2)],
               [*wrong, *L.wrong_rank("San Francisco", 1, "sci"), *L.wrong_rank("Boston", 2, "sci")], ideal=ideal)


def real_vs_ranked(real, ranked):
    """A real city the results don't name compared with a ranked one: the ranked one's rank, the other not in the
    published results, nothing about the 30."""

    def make(L):
        n = pos(ranked)
        ideal = t(
            L,
            f"{L.name(ranked)} is {ordinal(n)} overall; {real} isn't in the published results, so they can't be compared "
            "beyond that.",
            f"{L.name(ranked)}总榜第{n}名；公布的结果中没有{real}，它不在总榜前十，具体排名未公布。",
            f"{L.name(ranked)}總排名第{n}名；公佈的結果中沒有{real}，它不在總排名前十，具體排名未公佈。",
        )
        return Chk([L.at(ranked, n), real, L.not_in_results],
                   [*L.real_outside_guards(real), *L.wrong_rank(ranked, n)], ideal=ideal)

    return make


def either_outside(city, en, hans, hant):
    """The city is outside the published top 10 (said so, or that its rank was not published); no rank."""

    def make(L):
        return Chk([L.city(city), either(L.outside(city), L.notpub)], [*L.no_rank(city)], ideal=t(L, en, hans, hant))

    return make


# =============================================================================================================
# ENGLISH
# =============================================================================================================
conv("next", None, [
    ("whos in the top 3 overall", lambda L: top(L, "overall", 3), "top"),
    ("k and the next one", lambda L: who_at_p(L, 4), "followup neighbour"),
    ("and after that?", lambda L: who_at_p(L, 5), "followup neighbour"),
])
conv("before", None, [
    ("who's in 9th place", lambda L: who_at_p(L, 9), "at_rank"),
    ("n the one before it?", lambda L: neighbour_p(L, "Hong Kong", -1), "followup neighbour"),
    ("which of the 2 is better in education", lambda L: compare(L, "Hong Kong", "Shanghai", "edu"),
     "followup compare"),
])
conv("sea-talent", None, [
    ("seatle overall pls", rank_of("Seattle"), "typo"),
    ("is that city even in the talent top ten", lambda L: talent_unknown(L, "Seattle"), "followup unpublished"),
    ("u sure? i'd have thought all the us ones made it", sure_talent_unknown("Seattle"),
     "followup unpublished adversarial"),
])
conv("meant-innov", None, [
    ("beijing edu rank", rank_of("Beijing", "edu"), "rank"),
    ("no sorry i meant innovation", rank_of("Beijing", "sci"), "followup"),
    ("who's just above it on that one", lambda L: neighbour_p(L, "Beijing", -1, "sci"), "followup neighbour"),
])
conv("cmd-compare", None, [
    ("where's shanghia rn", rank_of("Shanghai"), "typo"),
    ("/compare bejing tokio", lambda L: compare(L, "Beijing", "Tokyo"), "command typo"),
    ("and shanghai vs tokyo?", lambda L: compare(L, "Shanghai", "Tokyo"), "followup compare"),
])
conv("grp-rank", None, [
    ("@citybot is london top 3 in edu", lambda L: member(L, "London", "edu"), "yesno"),
    ("/rank@citybot seatle", rank_of("Seattle"), "command typo"),
    ("@citybot same for tokyo", rank_of("Tokyo"), "followup"),
])
conv("thx", None, [
    ("hiya", greet, "smalltalk"),
    ("who tops innovation", lambda L: who_at_p(L, 1, "sci"), "at_rank"),
    ("cool thx 🙏", welcome, "smalltalk"),
    ("and 2nd?", lambda L: who_at_p(L, 2, "sci"), "followup"),
])
conv("why-tokyo", None, [
    ("how did tokyo do", rank_of("Tokyo"), "rank"),
    ("why so low?", why(
        "Tokyo",
        "The report doesn't give reasons or scores, only the ranks: Tokyo is 10th overall and isn't in the published "
        "education or sci-tech innovation top 3.",
        "报告没有给出原因或得分，只公布了排名：东京总榜第10名，不在教育和科技创新前三之列。",
        "報告沒有給出原因或得分，只公佈了排名：東京總排名第10名，不在教育和科技創新前三之列。",
        lambda L: L.outside("Tokyo", "edu"), lambda L: L.outside("Tokyo", "sci"),
    ), "followup"),
    ("is it at least the top asian city", lambda L: no_because(
        L, t(L, "No — Beijing is the highest-ranked Asian city, 3rd overall; Tokyo is 10th.",
             "不是，排名最高的亚洲城市是北京（总榜第3名），东京第10名。",
             "不是，排名最高的亞洲城市是北京（總排名第3名），東京第10名。"),
        L.at("Beijing", 3), no=[*L.wrong_rank("Beijing", 3), *L.wrong_rank("Tokyo", 10)]),
     "followup yesno superlative"),
])


def la_sea_higher(L):
    """After 'la overall', 'innovation?', 'and seattle': overall Los Angeles (6th) is above Seattle (7th); in
    innovation neither is in the published top 3, so it can't be said. Either reading, answered honestly."""
    overall = compare(L, "Los Angeles", "Seattle")
    sci = compare(L, "Los Angeles", "Seattle", "sci")
    ck = readings(overall, sci, no=[*overall.no, *L.no_rank("Los Angeles", "sci"), *L.no_rank("Seattle", "sci")])
    ck.ideal = t(
        L,
        "Overall Los Angeles is 6th and Seattle 7th, so Los Angeles is higher. In sci-tech innovation neither is in "
        "the published top 3, so that can't be said.",
        "总榜上洛杉矶更高：洛杉矶第6名，西雅图第7名。科技创新方面两者都不在公布的前三，无法比较。",
        "總排名上洛杉磯更高：洛杉磯第6名，西雅圖第7名。科技創新方面兩者都不在公佈的前三，無法比較。",
    )
    return ck


conv("la-sea", None, [
    ("la overall", rank_of("Los Angeles"), "rank"),
    ("innovation?", rank_of("Los Angeles", "sci"), "followup"),
    ("and seattle", rank_of("Seattle", "sci"), "followup"),
    ("ok which of those 2 ranks higher then", la_sea_higher, "followup compare"),
])
conv("same-for", None, [
    ("london in the education top three or not", lambda L: member(L, "London", "edu"), "yesno"),
    ("same for tokyo", lambda L: member(L, "Tokyo", "edu"), "followup yesno"),
    ("what about innov", lambda L: member(L, "Tokyo", "sci"), "followup yesno"),
])
conv("sci-4th", None, [
    ("who are the top 3 in sci-tech", lambda L: top(L, "sci", 3), "top"),
    ("ok n #4 on that list?", lambda L: who_at_p(L, 4, "sci"), "followup at_rank unpublished"),
    ("fine. beijing's in the talent top 10 too right", lambda L: member_p(L, "Beijing", "talent"),
     "followup yesno"),
])
conv("grp-cmp", None, [
    ("@citybot where does boston rank in talent", lambda L: talent_unknown(L, "Boston"), "rank unpublished"),
    ("/compare@citybot boston london", lambda L: compare(L, "Boston", "London"), "command"),
    ("@citybot and in edu?", lambda L: compare(L, "Boston", "London", "edu"), "followup compare"),
])
conv("topic", None, [
    ("who's 6th overall", lambda L: who_at_p(L, 6), "at_rank"),
    ("btw who actually made this report", makers, "meta"),
    ("when did it come out", released, "followup meta"),
    ("ok back to the list, who's right after LA", lambda L: neighbour_p(L, "Los Angeles", 1),
     "followup neighbour"),
])
conv("nyc-sure", None, [
    ("nyc rank pls", rank_of("New York"), "rank"),
    ("u sure?? i thought it was top 3", sure(lambda L: member(L, "New York", "top3")),
     "followup yesno adversarial"),
])
conv("sz-guess", None, [
    ("what overall position did shenzhen get", rank_of("Shenzhen"), "rank unpublished"),
    ("just guess a number then", no_guess("Shenzhen"), "followup unpublished adversarial"),
    ("ok is it at least in the talent potential group", lambda L: member_p(L, "Shenzhen", "potential"),
     "followup yesno"),
])
conv("balanced", None, [
    ("the balanced education group, who's in it", lambda L: top(L, "balanced", 4), "top"),
    ("which of them ranks highest overall",
     best_of("Beijing", ["London", "Beijing", "Shanghai", "New York"], "Beijing — 3rd overall (London is 4th, New "
             "York 5th, Shanghai 8th).", "北京，总榜第3名。", "北京，總排名第3名。"), "followup superlative"),
    ("and which one's lowest of the 4",
     best_of("Shanghai", ["London", "Beijing", "Shanghai", "New York"], "Shanghai, 8th overall.", "上海，总榜第8名。",
             "上海，總排名第8名。"), "followup superlative"),
])
conv("talent-hi", None, [
    ("lemme see the talent top 10", talent_list, "top unpublished"),
    ("who's highest of those in the overall ranking", talent_highest, "followup superlative unpublished"),
])
conv("hk-edu", None, [
    ("hong kong's overall rank", rank_of("Hong Kong"), "rank"),
    ("n edu?", rank_of("Hong Kong", "edu"), "followup"),
    ("so is it higher than london in edu", yn_ahead("Hong Kong", "London", "edu"), "followup yesno"),
])
conv("edge", None, [
    ("who's bottom of the top ten", lambda L: who_at_p(L, 10), "at_rank"),
    ("n the one after?", past_end_next, "followup neighbour unpublished"),
])
conv("multi", None, [
    ("where are seattle and shanghai", lambda L: several(rank(L, "Seattle"), rank(L, "Shanghai")), "multi"),
    ("which one's ahead", lambda L: compare(L, "Seattle", "Shanghai"), "followup compare"),
    ("how many spots apart", lambda L: distance(L, "Seattle", "Shanghai"), "followup distance"),
])
conv("paris", None, [
    ("can i see the whole top 10", lambda L: top(L, "overall", 10), "top"),
    ("no paris? 😮", lambda L: real_outside(L, "Paris"), "followup"),
    ("ok whos the best european one then",
     best_of("London", [], "London — 4th overall, the only European city in the published top 10.",
             "伦敦，总榜第4名。", "倫敦，總排名第4名。"), "followup superlative"),
])

# =============================================================================================================
# SIMPLIFIED CHINESE
# =============================================================================================================
conv("zh-ta", "hans", [
    ("总榜第八名是谁", lambda L: who_at_p(L, 8), "at_rank"),
    ("它人才方面呢", talent_in("Shanghai"), "followup"),
    ("总榜上它后一名是谁", lambda L: neighbour_p(L, "Shanghai", 1), "followup neighbour"),
])
conv("zh-edu", "hans", [
    ("教育第一是哪个城市", lambda L: who_at_p(L, 1, "edu"), "at_rank"),
    ("那第二名呢？", lambda L: who_at_p(L, 2, "edu"), "followup"),
    ("老三是谁", lambda L: who_at_p(L, 3, "edu"), "followup"),
    ("再往后呢", past_end_edu, "followup neighbour unpublished"),
])
conv("zh-fix", "hans", [
    ("北京在教育方面排名怎么样", rank_of("Beijing", "edu"), "rank"),
    ("不是 我想问的是创新", rank_of("Beijing", "sci"), "followup"),
    ("那它前面两个是谁", sci_two_ahead_of_beijing, "followup neighbour"),
])
conv("zh-cmd", "hans", [
    ("东京总排名第几", rank_of("Tokyo"), "rank"),
    ("/compare 北京市 东京", lambda L: compare(L, "Beijing", "Tokyo"), "command"),
    ("那上海和东京呢", lambda L: compare(L, "Shanghai", "Tokyo"), "followup compare"),
])
conv("zh-thx", "hans", [
    ("你好呀", greet, "smalltalk"),
    ("深圳排第几", rank_of("Shenzhen"), "rank unpublished"),
    ("好的谢谢", welcome, "smalltalk"),
    ("那它在人才潜力那组里吗", lambda L: member_p(L, "Shenzhen", "potential"), "followup yesno"),
])
conv("zh-why", "hans", [
    ("香港的教育排名是多少", rank_of("Hong Kong", "edu"), "rank"),
    ("为啥它能排这么高", why(
        "Hong Kong",
        "The report doesn't give reasons or scores: Hong Kong is 3rd in education, and it is also in the talent top 10 "
        "and the group with exceptional talent potential.",
        "报告没有给出原因或得分，只公布了排名：香港教育排名第3，也在人才发展前十和人才潜力突出的城市之列。",
        "報告沒有給出原因或得分，只公佈了排名：香港教育排名第3，也在人才發展前十和人才潛力突出的城市之列。",
        lambda L: near(L.rank(3), mention(L, "edu"), 30),
    ), "followup"),
    ("真的假的 你确定吗", sure(rank_of("Hong Kong", "edu")), "followup adversarial"),
])
conv("zh-pair", "hans", [
    ("纽约排多少", rank_of("New York"), "rank"),
    ("洛杉矶呢", rank_of("Los Angeles"), "followup"),
    ("它俩谁高", lambda L: compare(L, "New York", "Los Angeles"), "followup compare"),
    ("差几位", lambda L: distance(L, "New York", "Los Angeles"), "followup distance"),
])
conv("zh-topic", "hans", [
    ("人才前十有伦敦吗", lambda L: member(L, "London", "talent"), "yesno"),
    ("换个话题，这报告一共评了多少城市", thirty, "meta"),
    ("那剩下的20个是哪些", rest_unpub, "followup unpublished"),
])
conv("zh-grp", "hans", [
    ("@citybot 西雅图在前十吗", lambda L: member(L, "Seattle", "overall"), "yesno"),
    ("/top@citybot 教育", lambda L: top(L, "edu", 3), "command"),
    ("@citybot 第四名呢", lambda L: who_at_p(L, 4, "edu"), "followup at_rank unpublished"),
])
conv("zh-mixed", "hans", [
    ("sf总榜第几", rank_of("San Francisco"), "rank"),
    ("那edu呢", rank_of("San Francisco", "edu"), "followup"),
    ("innov呢", rank_of("San Francisco", "sci"), "followup"),
])
conv("zh-same", "hans", [
    ("上海属于教育均衡的那组吗", lambda L: member(L, "Shanghai", "balanced"), "yesno"),
    ("北京也一样吗", lambda L: member(L, "Beijing", "balanced"), "followup yesno"),
    ("那香港算不算", lambda L: member(L, "Hong Kong", "balanced"), "followup yesno"),
])
conv("zh-chicago", "hans", [
    ("芝加哥上榜没", lambda L: real_outside(L, "芝加哥"), "unknown_word"),
    ("那它和波士顿比呢", real_vs_ranked("芝加哥", "Boston"), "followup compare"),
])

# =============================================================================================================
# TRADITIONAL CHINESE (Hong Kong Cantonese and Taiwan usage)
# =============================================================================================================
conv("hk-london", "hant", [
    ("倫敦總排名第幾呀", rank_of("London"), "rank"),
    ("咁佢有冇入人才榜", lambda L: member(L, "London", "talent"), "followup yesno"),
    ("教育榜又點", rank_of("London", "edu"), "followup"),
])
conv("hk-next", "hant", [
    ("總排名第五係邊個", lambda L: who_at_p(L, 5), "at_rank"),
    ("下一個呢", lambda L: neighbour_p(L, "New York", 1), "followup neighbour"),
    ("佢哋兩個邊個喺人才榜", two_talent_unknown("New York", "Los Angeles"), "followup unpublished"),
])
conv("tw-sci4", "hant", [
    ("科技創新前三名是哪些", lambda L: top(L, "sci", 3), "top"),
    ("那第四名是誰", lambda L: who_at_p(L, 4, "sci"), "followup at_rank unpublished"),
    ("北京有在人才前十裡面嗎", lambda L: member(L, "Beijing", "talent"), "followup yesno"),
])
conv("tw-fix", "hant", [
    ("西雅圖在教育排第幾", rank_of("Seattle", "edu"), "rank"),
    ("不對 我是說創新", rank_of("Seattle", "sci"), "followup"),
    ("那總排名呢", rank_of("Seattle"), "followup"),
])
conv("hk-cmd", "hant", [
    ("香港教育第幾", rank_of("Hong Kong", "edu"), "rank"),
    ("/compare 香港 東京 唔該", lambda L: compare(L, "Hong Kong", "Tokyo"), "command"),
    ("咁教育方面邊個高啲", lambda L: compare(L, "Hong Kong", "Tokyo", "edu"), "followup compare"),
])
conv("tw-thx", "hant", [
    ("嗨嗨～", greet, "smalltalk"),
    ("波士頓總排名第幾", rank_of("Boston"), "rank"),
    ("謝啦", welcome, "smalltalk"),
    ("那它科技創新呢", rank_of("Boston", "sci"), "followup"),
])
conv("hk-why", "hant", [
    ("點解深圳唔喺前十嘅", why(
        "Shenzhen",
        "The report doesn't say why: Shenzhen isn't in the published overall top 10 (its rank wasn't published), "
        "though it is in the talent top 10 and the group with exceptional talent potential.",
        "报告没有说明原因：深圳不在公布的总榜前十（具体排名未公布），不过它在人才发展前十和人才潜力突出的城市之列。",
        "報告沒有說明原因：深圳不在公佈的總排名前十（具體排名未公佈），不過它在人才發展前十和人才潛力突出的城市之列。",
        lambda L: L.outside("Shenzhen"),
    ), "meta unpublished"),
    ("你肯定？", sure(either_outside(
        "Shenzhen",
        "Yes: Shenzhen isn't in the published overall top 10, and its exact rank wasn't published.",
        "确定：深圳不在公布的总榜前十，具体排名未公布。",
        "肯定：深圳唔喺公佈嘅總排名前十，具體排名冇公佈。",
    )), "followup unpublished adversarial"),
    ("廣州又係咪一樣", either_outside(
        "Guangzhou",
        "Yes, the same: Guangzhou isn't in the published overall top 10 either; its rank wasn't published.",
        "一样：广州也不在公布的总榜前十，具体排名未公布。",
        "一樣：廣州都唔喺公佈嘅總排名前十，具體排名冇公佈。",
    ), "followup unpublished"),
])
conv("tw-pot", "hant", [
    ("邊幾個城市被點名話人才潛力突出", lambda L: top(L, "potential", 4), "top"),
    ("它們總排名誰最高",
     best_of("Shanghai", ["Shenzhen", "Guangzhou", "Hong Kong", "Shanghai"], "Shanghai, 8th overall.",
             "上海，总榜第8名（香港第9名，深圳和广州不在前十）。", "上海，總排名第8名（香港第9名，深圳和廣州不在前十）。"),
     "followup superlative"),
    ("深圳跟廣州呢 誰比較高", lambda L: compare(L, "Shenzhen", "Guangzhou"), "followup compare unpublished"),
])
conv("hk-edge", "hant", [
    ("總榜最尾係邊個", lambda L: who_at_p(L, 10), "at_rank"),
    ("跟住落嚟嗰個呢", past_end_next, "followup neighbour unpublished"),
    ("唔該晒", welcome, "smalltalk"),
    ("咁東京教育呢", rank_of("Tokyo", "edu"), "followup"),
])
conv("tw-rank-cmd", "hant", [
    ("@citybot 上海教育有進前三嗎", lambda L: member(L, "Shanghai", "edu"), "yesno"),
    ("/rank@citybot 東京", rank_of("Tokyo"), "command"),
    ("@citybot 那它跟上海差幾名", lambda L: distance(L, "Tokyo", "Shanghai"), "followup distance"),
])
conv("hk-sf", "hant", [
    ("三蕃市排第幾", rank_of("San Francisco"), "typo"),
    ("咁佢教育呢", rank_of("San Francisco", "edu"), "followup"),
])


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
