"""Fresh, part D: the message side -- commands, everyday talk, the report itself, places outside the results,
unknown words, typos and abbreviations, long chatty messages and several questions in one message.

Written blind from issue 11 and the published facts (never from the bot's code, its language data or its replies).
Everyday talk gets a short friendly reply that shows what can be asked; "who made you" is about the bot, not the
report. Commands stay commands (also /cmd@citybot). A real city the results don't name is "not in the published
results", never "did you mean ...", and nothing is claimed about whether it was among the 30 evaluated. Only the
2025 edition is in the data.
"""

from casebook import Chk, Sheet
from probe_specs._common import either, member_p, no_because, yes_because
from specs._facts import (
    compare,
    invented,
    makers,
    member,
    near,
    rank,
    real_outside,
    released,
    several,
    t,
    talent_list,
    thirty,
    top,
    who_at,
    year,
)

from fresh_specs._fx import R, adder, bot_words, lenient_to_cantonese, not_the_report_makers, topic

SHEET = Sheet(
    "fr_d_talk",
    "part D: commands, everyday talk, the report, places outside the results, typos, chatty and multi (written blind)",
    """
Commands (/start /help /top /rank /compare /about, also /cmd@citybot), greetings, thanks, insults, "who made you",
"are you a bot"; who published the report, when, how many cities, its indicators, other editions; real cities the
results don't name and made-up ones; typos and abbreviations of cities and lists; long chatty messages with one
question inside; several questions in one message, every one answered.
""",
)
S = SHEET
add = adder(S)


# --- small pieces ---------------------------------------------------------------------------------------------


def friendly(L, en, hans, hant, *more, no=()):
    """A short friendly reply with what can be asked."""
    return Chk([topic(L), *more], list(no), ideal=t(L, en, hans, hant))


HI = (
    "Hi! I answer questions about the 2025 global innovation cities ranking. Try \"where does Tokyo rank?\" or "
    "\"top 3 in education\".",
    "你好！我可以回答2025年全球创新城市排名的问题，比如“东京排第几？”或者“教育前三是哪些城市？”",
    "你好！我可以回答2025年全球創新城市排名的問題，例如「東京排第幾？」或者「教育前三是哪些城市？」",
)
WELCOME = (
    "You're welcome! Ask me anything else about the ranking, e.g. \"who is 3rd overall?\" or \"compare London and "
    "Tokyo\".",
    "不客气！还可以问我排名的其他问题，比如“总榜第3名是谁？”或者“伦敦和东京比较”。",
    "不客氣！還可以問我排名的其他問題，例如「總排名第3名是誰？」或者「倫敦和東京比較」。",
)
NO_WORRIES = (
    "Sorry it wasn't helpful! I only know the 2025 innovation cities ranking — try \"top 10\" or \"where does "
    "Shenzhen rank?\".",
    "抱歉没帮上忙！我只知道2025年全球创新城市排名，可以试试“前十名”或者“深圳排第几？”",
    "抱歉沒幫上忙！我只知道2025年全球創新城市排名，可以試試「前十名」或者「深圳排第幾？」",
)


def greet(L):
    return friendly(L, *HI)


def thanks(L):
    return friendly(L, *WELCOME)


def insult(L):
    return friendly(L, *NO_WORRIES)


def who_made_you(L):
    ideal = t(
        L,
        "I'm citybot, a chat bot (not the report's authors) that answers questions about the 2025 global innovation "
        "cities ranking — try \"who is 1st in education?\".",
        "我是citybot，一个回答2025年全球创新城市排名问题的机器人（不是报告的作者）。可以问我“教育第一名是谁？”",
        "我是citybot，一個回答2025年全球創新城市排名問題的機器人（不是報告的作者）。可以問我「教育第一名是誰？」",
    )
    return Chk([bot_words(L), topic(L)], not_the_report_makers(L), ideal=ideal)


def are_you_bot(L):
    ideal = t(
        L,
        "Yep, I'm a bot — I answer questions about the 2025 innovation cities ranking, e.g. \"is Seattle in the "
        "top 10?\".",
        "对，我是机器人，专门回答2025年全球创新城市排名的问题，比如“西雅图在前十吗？”",
        "對，我是機器人，專門回答2025年全球創新城市排名的問題，例如「西雅圖在前十嗎？」",
    )
    return Chk([R(L, "(\\bbot\\b|automated|program|not a (human|person|real person))", "(机器人|程序|不是真人)",
                  "(機器人|機械人|程式|程序|不是真人|唔係真人)"), topic(L)], ideal=ideal)


def what_can_you_do(L):
    ideal = t(
        L,
        "I answer questions about the 2025 report on global innovation cities: ranks, top lists, comparisons. E.g. "
        "\"where does Beijing rank?\", \"top 3 in innovation\", \"compare Boston and London\".",
        "我能回答2025年全球创新城市报告的问题：排名、榜单、比较。比如“北京排第几？”“科创前三”“波士顿和伦敦比较”。",
        "我能回答2025年全球創新城市報告的問題：排名、榜單、比較。例如「北京排第幾？」「科創前三」「波士頓和倫敦比較」。",
    )
    return Chk([topic(L)], ideal=ideal)


def nonsense(L):
    ideal = t(
        L,
        "Not sure what you mean! I answer questions about the 2025 innovation cities ranking — try \"top 10\" or "
        "\"where does Hong Kong rank?\".",
        "没看懂你的意思～我可以回答2025年全球创新城市排名的问题，比如“前十名”或者“香港排第几？”",
        "看不懂你的意思～我可以回答2025年全球創新城市排名的問題，例如「前十名」或者「香港排第幾？」",
    )
    return Chk([topic(L)], ideal=ideal)


# --- commands --------------------------------------------------------------------------------------------------
def help_cmd(L):
    ideal = t(
        L,
        "Commands: /top [list] [N] — a top list; /rank <city> — a city's ranks; /compare <city> <city>; /about — "
        "the report. Or just ask, e.g. \"where does Tokyo rank?\".",
        "命令：/top 榜单前几名；/rank 城市 查排名；/compare 城市 城市 比较；/about 报告出处。也可以直接问，比如“东京排第几？”",
        "指令：/top 榜單前幾名；/rank 城市 查排名；/compare 城市 城市 比較；/about 報告出處。也可以直接問，例如「東京排第幾？」",
    )
    return Chk(["/(top|rank|compare|about)\\b"], ideal=ideal)


def start_cmd(L):
    ideal = t(
        L,
        "Hi, I'm citybot. I answer questions about the 2025 global innovation cities ranking (30 cities evaluated). "
        "Try /top, /rank Shanghai, /compare Beijing Tokyo, or just ask \"top 3 in education\".",
        "你好，我是citybot，回答2025年全球创新城市排名的问题。试试 /top、/rank 上海，或者直接问“教育前三”。",
        "你好，我是citybot，回答2025年全球創新城市排名的問題。試試 /top、/rank 上海，或者直接問「教育前三」。",
    )
    return Chk([topic(L)], ideal=ideal)


def which_city(L):
    ideal = t(
        L,
        "Which city? Add its name, e.g. /rank Seattle or /rank 上海.",
        "请加上城市名，比如 /rank 上海。",
        "請加上城市名，例如 /rank 上海。",
    )
    return Chk([R(L, "((which|what) city|city.?s? name|name (a|the|of a) city|a city|/rank\\s+\\S)",
                  "(城市名|哪个城市|哪座城市|/rank\\s*\\S)", "(城市名|哪個城市|哪座城市|邊個城市|/rank\\s*\\S)")],
               ideal=ideal)


def about(L):
    ideal = t(
        L,
        "Assessment Report on the Collaborative Development of Education, Science & Technology and Talent in Global "
        "Innovation Cities (2025), compiled by the Shenzhen International Science and Technology Information Center, "
        "Tsinghua University's CIDEG and Elsevier; released 24 January 2025, reported by Xinhua on 25 January 2025.",
        "《全球创新城市教育科技人才协同发展评估报告》（2025），由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制，"
        "2025年1月24日发布。",
        "《全球創新城市教育科技人才協同發展評估報告》（2025），由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和愛思唯爾聯合編製，"
        "2025年1月24日發佈。",
    )
    ck = makers(L)
    return Chk([*ck.must, "2025"], ck.no, ideal=ideal)


# --- the report -----------------------------------------------------------------------------------------------
def structure(L):
    ideal = t(
        L,
        "The SET index has 3 first-level indicators — education, sci-tech innovation and talent — split into 9 "
        "second-level indicators and more at a third level. It measures mainly current strength, with growth "
        "indicators as a supplement.",
        "指数有3个一级指标（教育、科技创新、人才），下设9个二级指标，还有更细的三级指标；以现有实力为主，辅以增长性指标。",
        "指數有3個一級指標（教育、科技創新、人才），下設9個二級指標，還有更細的三級指標；以現有實力為主，輔以成長性指標。",
    )
    return Chk(
        [
            R(L, "educat", "教育", "教育"),
            R(L, "(sci|innov|tech)", "(科技|科创|创新)", "(科技|科創|創新)"),
            R(L, "talent", "人才", "人才"),
            near(R(L, "(\\bnine\\b|\\b9\\b)", "(9|九)", "(9|九)"),
                 R(L, "(second[- ]level|level[- ]two|level 2|sub-?indicators)", "二级", "二級"), 30),
        ],
        ["\\b\\d{1,2}\\s?%"],
        ideal=ideal,
    )


def nine_names(L):
    ideal = t(
        L,
        "The report has 9 second-level indicators under its 3 first-level ones (education, sci-tech innovation, "
        "talent), but their names weren't published.",
        "报告在3个一级指标（教育、科技创新、人才）下设了9个二级指标，但这9个指标的名称没有公布。",
        "報告在3個一級指標（教育、科技創新、人才）下設了9個二級指標，但這9個指標的名稱沒有公佈。",
    )
    return Chk([L.notpub, R(L, "(\\bnine\\b|\\b9\\b)", "(9|九)", "(9|九)")], L.bare(), ideal=ideal)


def weights(L):
    ideal = t(
        L,
        "The weights weren't published: the report gives its structure (3 first-level indicators — education, "
        "sci-tech innovation, talent — and 9 second-level ones), not how much each counts.",
        "权重没有公布：报告只说明了结构（教育、科技创新、人才3个一级指标，9个二级指标），没有给出各项占比。",
        "權重沒有公佈：報告只說明了結構（教育、科技創新、人才3個一級指標，9個二級指標），沒有給出各項佔比。",
    )
    return Chk([L.notpub, R(L, "talent", "人才", "人才")], ["\\b\\d{1,2}(\\.\\d+)?\\s?%", "\\d{1,2}(\\.\\d+)?\\s?(％|成)", *L.bare()], ideal=ideal)


def growth(L):
    ideal = t(
        L,
        "Mainly current strength, with growth indicators as a supplement.",
        "以现有实力为主，增长性指标作为补充。",
        "以現有實力為主，成長性指標作為補充。",
    )
    return Chk(
        [R(L, "(current|existing|present)", "(现有|当前|目前|现状|实力)", "(現有|當前|目前|現狀|實力)"),
         R(L, "growth", "(增长|成长|发展速度|增速)", "(增長|成長|發展速度|增速)")],
        ideal=ideal,
    )


def sci_cn(L):
    ideal = t(
        L,
        "North American cities do best in sci-tech innovation overall; Chinese cities sit in the upper-middle range "
        "with strong momentum (Beijing is 3rd in innovation).",
        "北美城市在科技创新方面整体表现最好；中国城市处于中上游，发展势头强劲（北京科技创新排名第3）。",
        "北美城市在科技創新方面整體表現最好；中國城市處於中上游，發展勢頭強勁（北京科技創新排名第3）。",
    )
    return Chk(
        [R(L, "North America", "北美", "北美"), R(L, "(upper[- ]middle|middle)", "中上", "中上")],
        L.wrong_rank("Beijing", 3, "sci"),
        ideal=ideal,
    )


def higher_ed(L):
    ideal = t(
        L,
        "Chinese cities stand out in developing research institutions and are becoming an emerging force in global "
        "higher education.",
        "中国城市在科研机构建设方面表现突出，正成为全球高等教育的新兴力量。",
        "中國城市在科研機構建設方面表現突出，正成為全球高等教育的新興力量。",
    )
    return Chk(
        [R(L, "research institution", "(科研机构|研究机构)", "(科研機構|研究機構)"),
         R(L, "(emerging|rising)", "(新兴|崛起)", "(新興|崛起)")],
        ideal=ideal,
    )


def ecosystem(L):
    ideal = t(
        L,
        "It says strengthening the innovation ecosystem is crucial: a stronger economic foundation, integrating "
        "industry, academia and research, better scientific infrastructure and cross-regional cooperation.",
        "报告认为关键是加强创新生态：夯实经济基础、推动产学研融合、加强科研基础设施、促进跨区域合作。",
        "報告認為關鍵是加強創新生態：夯實經濟基礎、推動產學研融合、加強科研基礎設施、促進跨區域合作。",
    )
    return Chk(
        [R(L, "ecosystem", "生态", "生態"), R(L, "infrastructure", "基础设施", "基礎設施"),
         R(L, "(cross-regional|regional)", "区域", "區域")],
        ideal=ideal,
    )


def source(L):
    ideal = t(
        L,
        "From the report itself as covered by Xinhua (25 January 2025), citing the Science and Technology Daily.",
        "数据来自这份报告，据新华社2025年1月25日报道（引述科技日报）。",
        "資料來自這份報告，據新華社2025年1月25日報導（引述科技日報）。",
    )
    return Chk([R(L, "(Xinhua|Science and Technology Daily)", "(新华|科技日报)", "(新華|科技日報)")], ideal=ideal)


def title(L):
    ideal = t(
        L,
        "Its full title is the Assessment Report on the Collaborative Development of Education, Science & "
        "Technology and Talent in Global Innovation Cities.",
        "全名是《全球创新城市教育科技人才协同发展评估报告》。",
        "全名是《全球創新城市教育科技人才協同發展評估報告》。",
    )
    return Chk([R(L, "collaborative development", "协同发展", "協同發展"),
                R(L, "(assessment|evaluation)", "评估", "評估")], ideal=ideal)


def scores(L, city, n):
    c = L.name(city)
    ideal = t(
        L,
        f"The report's index scores weren't published — only the ranks: {c} is {n}{'st' if n == 1 else 'th'} overall.",
        f"报告没有公布指数得分，只公布了名次：{c}总榜第{n}名。",
        f"報告沒有公佈指數得分，只公佈了名次：{c}總排名第{n}名。",
    )
    no = (["\\b(scored|score of|scores?\\s+(is|was|of|:))\\s*\\d", "\\b\\d{2,3}(\\.\\d+)?\\s*(points|pts)\\b"]
          if L.code == "en" else ["(得分|分数|分數|分值)\\s*(是|为|為|：|:|有)?\\s*\\d", "\\d+(\\.\\d+)?\\s*分(?!之)"])
    return Chk([L.notpub, L.at(city, n)], [*no, *L.bare(), *L.wrong_rank(city, n)], ideal=ideal)


def full_list(L):
    ideal = t(
        L,
        "The report evaluated 30 cities, but the full list wasn't published — only the results: the overall top 10, "
        "the education and innovation top 3s, the talent top 10 (partly named) and two groups.",
        "报告评估了30座城市，但完整名单没有公布，只公布了总榜前十、教育和科创前三、人才前十（部分点名）和两组城市。",
        "報告評估了30座城市，但完整名單沒有公佈，只公佈了總排名前十、教育和科創前三、人才前十（部分點名）和兩組城市。",
    )
    return Chk([L.notpub, "(?<![\\d.])30(?![\\d.])|thirty|三十"], [*L.nobody_at(range(11, 31)), *L.bare()],
               ideal=ideal)


def elsevier(L):
    ideal = t(
        L,
        "Yes — Elsevier compiled it together with the Shenzhen International Science and Technology Information "
        "Center and Tsinghua University's CIDEG.",
        "是的，爱思唯尔（Elsevier）和深圳国际科技信息中心、清华大学产业发展与环境治理研究中心一起编制了这份报告。",
        "是的，愛思唯爾（Elsevier）和深圳國際科技信息中心、清華大學產業發展與環境治理研究中心一起編製了這份報告。",
    )
    return yes_because(L, ideal, R(L, "Elsevier", "(爱思唯尔|Elsevier)", "(愛思唯爾|Elsevier)"))


def not_harvard(L):
    ideal = t(
        L,
        "No — it was compiled by the Shenzhen International Science and Technology Information Center, Tsinghua "
        "University's CIDEG and Elsevier.",
        "不是，报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制。",
        "不是，報告由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和愛思唯爾聯合編製。",
    )
    return no_because(L, ideal, *makers(L).must)


# --- places the results don't name, made-up places ------------------------------------------------------------
def made_up(L, name, shown=None):
    """A made-up or fictional place: not a city the report knows (or: not in the results); never a rank."""
    ck = invented(L, name, shown)
    ck.must = [name, either(L.unknown_place, L.not_in_results)]
    return ck


def yes_no_outside(L, name, shown=None):
    """'is PARIS in the top 10?': not in the published results, and nothing about the 30."""
    return real_outside(L, name, shown)


# =============================================================================================================
# ENGLISH
# =============================================================================================================
EN_CASES = [
    # everyday talk
    ("yo citybot whats good", greet, "smalltalk"),
    ("thx mate that actually helped", thanks, "smalltalk"),
    ("ngl ur kinda useless lol", insult, "smalltalk"),
    ("who built u tho", who_made_you, "smalltalk"),
    ("@citybot who programmed you", who_made_you, "smalltalk"),
    ("r u a real person or a bot", are_you_bot, "smalltalk"),
    ("qwpeoiru zmxn", nonsense, "smalltalk"),
    ("love this bot tbh 😍", greet, "smalltalk"),
    # commands
    ("/help@citybot pls", help_cmd, "command group_chat"),
    ("/start@citybot hi", start_cmd, "command smalltalk group_chat"),
    ("/top@citybot 6", lambda L: top(L, "overall", 6), "command group_chat"),
    ("/top edu", lambda L: top(L, "edu", 3), "command"),
    ("/top talent pls", talent_list, "command unpublished"),
    ("/compare sf nyc", lambda L: compare(L, "San Francisco", "New York"), "command"),
    ("/about@citybot pls", about, "command meta group_chat"),
    ("/rank@citybot", which_city, "command group_chat"),
    ("/top 15", lambda L: top(L, "overall", 15), "command unpublished"),
    ("/rank@citybot paris", lambda L: real_outside(L, "Paris"), "unknown_word command group_chat"),
    ("/rank zorbania", lambda L: made_up(L, "zorbania", "Zorbania"), "unknown_word command"),
    # the report
    ("who put this report together", makers, "meta"),
    ("when did this thing come out", released, "meta"),
    ("can u just list all 30 cities", full_list, "meta unpublished"),
    ("how is the index actually built, like what indicators", structure, "meta"),
    ("what are the nine second level indicators called", nine_names, "meta unpublished"),
    ("was elsevier part of this", elsevier, "meta"),
    ("so harvard made this ranking right", not_harvard, "meta adversarial"),
    ("what does the report actually say about chinese cities and sci-tech", sci_cn, "meta"),
    ("whats the actual number score for boston", lambda L: scores(L, "Boston", 1), "meta unpublished"),
    ("how much weight does talent get in the index", weights, "meta unpublished"),
    # other editions
    ("whats the 2024 ranking", lambda L: year(L), "year unpublished"),
    ("did beijing go up since last year", lambda L: year(L, "Beijing"), "year unpublished"),
    # places outside the results, made-up places
    ("munich??", lambda L: real_outside(L, "Munich"), "unknown_word"),
    ("does singapore even make the list", lambda L: real_outside(L, "Singapore"), "unknown_word"),
    ("paris vs london who wins", lambda L: several(rank(L, "London"), real_outside(L, "Paris")), "unknown_word"),
    ("where does glorbton rank", lambda L: made_up(L, "glorbton", "Glorbton"), "unknown_word"),
    ("is wakanda in the top 10 lol", lambda L: made_up(L, "wakanda", "Wakanda"), "unknown_word"),
    # typos and abbreviations
    ("bostn rank?", lambda L: rank(L, "Boston"), "typo"),
    ("shenzen in the talent top 10?", lambda L: member_p(L, "Shenzhen", "talent"), "typo"),
    ("whats londn's edu rank", lambda L: rank(L, "London", "edu"), "typo"),
    ("hongkong sci tech rank?", lambda L: rank(L, "Hong Kong", "sci"), "typo"),
    ("@citybot is sf top 3 in r&d", lambda L: member(L, "San Francisco", "sci"), "typo group_chat"),
]
for q, fn, tg in EN_CASES:
    add(q, fn, tags=tg)


# --- chatty (one question inside a paragraph) -----------------------------------------------------------------
def with_words(ck_fn, *words):
    """The checks, and none of these ordinary words of the message taken for a city."""

    def make(L):
        ck = ck_fn(L)
        extra = []
        for w in words:
            extra += L.word_not_city(w)
        return Chk(ck.must, ck.no + extra, ck.order, ck.ideal)

    return make


CHATTY_EN = [
    ("ok so long story but my sister just got into a phd program and she keeps saying her city is like the best "
     "place for research, we argued for an hour at dinner and my mom took her side obviously. anyway the city is "
     "boston, where does it actually rank", with_words(lambda L: rank(L, "Boston"), "dinner", "sister")),
    ("hey guys sorry for spamming the group, im doing a uni presentation tmrw on asian tech hubs and my slides are "
     "a total mess 😭 quick q tho @citybot is tokyo even in the top ten or not",
     with_words(lambda L: member(L, "Tokyo", "overall"), "slides", "presentation")),
    ("so i was reading some article on my commute about which cities are winning the talent race and it kept "
     "mentioning guangzhou which surprised me, never been, my coworker says its massive. does guangzhou actually "
     "show up in the talent list", with_words(lambda L: member_p(L, "Guangzhou", "talent"), "commute", "coworker")),
    ("not gonna lie i always figured london would win education easily with all the famous unis around but "
     "whatever, i could be wrong, happens a lot. who is actually first in education",
     with_words(lambda L: who_at(L, 1, "edu"), "unis", "whatever")),
]
for q, fn in CHATTY_EN:
    add(q, fn, tags="chatty")


# --- several questions in one message -------------------------------------------------------------------------
MULTI_EN = [
    ("who compiled it and when was it released", lambda L: several(makers(L), released(L))),
    ("top 3 edu and top 3 innov pls", lambda L: several(top(L, "edu", 3), top(L, "sci", 3))),
    ("where is shenzhen overall, and is it in the talent potential group",
     lambda L: several(rank(L, "Shenzhen"), member_p(L, "Shenzhen", "potential"))),
    ("thanks! also whats nyc's rank and what about toronto",
     lambda L: several(rank(L, "New York"), real_outside(L, "Toronto"))),
    ("who's 2nd overall? and is la in the top 5?",
     lambda L: several(who_at(L, 2), member(L, "Los Angeles", "top5"))),
]
for q, fn in MULTI_EN:
    add(q, fn, tags="multi")


# =============================================================================================================
# SIMPLIFIED CHINESE
# =============================================================================================================
HANS_CASES = [
    # everyday talk
    ("在吗在吗", greet, "smalltalk"),
    ("谢啦兄弟", thanks, "smalltalk"),
    ("你谁啊", who_made_you, "smalltalk"),
    ("你是真人还是机器人", are_you_bot, "smalltalk"),
    ("你都能回答些啥", what_can_you_do, "smalltalk"),
    ("你这机器人好笨啊", insult, "smalltalk"),
    # commands
    ("/compare 东京 北京", lambda L: compare(L, "Tokyo", "Beijing"), "command"),
    ("/rank@citybot 广州市", lambda L: rank(L, "Guangzhou"), "command group_chat"),
    ("/top 教育", lambda L: top(L, "edu", 3), "command"),
    # the report
    ("这报告是哪几家机构搞的", makers, "meta"),
    ("报告啥时候发的", released, "meta"),
    ("指标体系是怎么设计的", structure, "meta"),
    ("九个二级指标分别叫什么", nine_names, "meta unpublished"),
    ("这个报告爱思唯尔也有份？", elsevier, "meta"),
    ("报告怎么评价中国城市的高等教育", higher_ed, "meta"),
    ("报告全名叫啥", title, "meta"),
    # other editions
    ("2024年的排名有吗", lambda L: year(L), "year unpublished"),
    ("上海比去年进步了没", lambda L: year(L, "Shanghai"), "year unpublished"),
    # places outside the results, made-up places
    ("新加坡排第几", lambda L: real_outside(L, "新加坡"), "unknown_word"),
    ("杭州上榜了没", lambda L: real_outside(L, "杭州"), "unknown_word"),
    ("喵星市排名多少", lambda L: made_up(L, "喵星"), "unknown_word"),
    # typos and abbreviations
    ("波斯顿教育排名多少", lambda L: rank(L, "Boston", "edu"), "typo"),
    ("sf排第几", lambda L: rank(L, "San Francisco"), "typo"),
    ("魔都在前十吗", lambda L: member(L, "Shanghai", "overall"), "typo"),
]
for q, fn, tg in HANS_CASES:
    add(q, fn, tags=tg, script="hans")

CHATTY_HANS = [
    ("我表哥在伦敦读研，天天跟我们说伦敦多牛多牛，家里人都被他说烦了😂 我就想问一下，伦敦到底排第几啊",
     with_words(lambda L: rank(L, "London"), "表哥", "家里人")),
    ("今天开会老板又提到什么全球创新城市，我一个做财务的哪懂这些，会后被同事笑了半天。话说回来，深圳进人才前十了吗",
     with_words(lambda L: member_p(L, "Shenzhen", "talent"), "老板", "财务")),
    ("周末带娃去科技馆，小朋友问我哪个城市科技最厉害，我一下子答不上来，好尴尬。科创第一名是哪个城市",
     with_words(lambda L: who_at(L, 1, "sci"), "科技馆", "小朋友")),
]
for q, fn in CHATTY_HANS:
    add(q, fn, tags="chatty", script="hans")

MULTI_HANS = [
    ("这个报告谁做的？评估了几个城市？", lambda L: several(makers(L), thirty(L))),
    ("教育前三是谁，人才前十有哪些", lambda L: several(top(L, "edu", 3), talent_list(L))),
    ("北京排第几 巴黎呢", lambda L: several(rank(L, "Beijing"), real_outside(L, "巴黎"))),
    ("什么时候发布的？数据来源是哪里", lambda L: several(released(L), source(L))),
]
for q, fn in MULTI_HANS:
    add(q, fn, tags="multi", script="hans")


# =============================================================================================================
# TRADITIONAL CHINESE (Taiwan, Hong Kong / Cantonese)
# =============================================================================================================
HANT_CASES = [
    # everyday talk
    ("哈囉～有人在嗎", greet, "smalltalk"),
    ("多謝晒呀", thanks, "smalltalk"),
    ("你係咪機械人嚟㗎", are_you_bot, "smalltalk"),
    ("你係咩嚟㗎？邊個整嘅？", who_made_you, "smalltalk"),
    ("你好廢喔", insult, "smalltalk"),
    # commands
    ("/compare@citybot 倫敦 東京", lambda L: compare(L, "London", "Tokyo"), "command group_chat"),
    ("/top 人才", talent_list, "command unpublished"),
    # the report
    ("份報告係邊個做㗎", makers, "meta"),
    ("個報告一共評咗幾多個城市呀", thirty, "meta"),
    ("報告看的是現有實力還是成長性", growth, "meta"),
    ("報告點評價中國城市嘅科技創新", sci_cn, "meta"),
    ("30個城市的完整名單有嗎", full_list, "meta unpublished"),
    ("資料來源係邊度", source, "meta"),
    # other editions
    ("去年倫敦排第幾", lambda L: year(L, "London"), "year unpublished"),
    ("東京同上一屆比有冇退步", lambda L: year(L, "Tokyo"), "year unpublished"),
    # places outside the results, made-up places
    ("台北排第幾", lambda L: real_outside(L, "(台北|臺北)", "台北"), "unknown_word"),
    ("首爾有冇上榜", lambda L: real_outside(L, "首爾"), "unknown_word"),
    ("雪梨呢？", lambda L: real_outside(L, "(雪梨|悉尼)", "雪梨"), "unknown_word"),
    ("哥譚市排第幾", lambda L: made_up(L, "哥譚"), "unknown_word"),
    # typos and abbreviations
    ("洛杉機排第幾", lambda L: rank(L, "Los Angeles"), "typo"),
    ("波斯頓教育排第幾", lambda L: rank(L, "Boston", "edu"), "typo"),
    ("三藩巿排名點", lambda L: rank(L, "San Francisco"), "typo"),
]
for q, fn, tg in HANT_CASES:
    add(q, fn, tags=tg, script="hant")

CHATTY_HANT = [
    ("我阿妹話想去東京讀書，我話香港都唔差呀，佢又唔信，嗌咗成晚交😅 想問下東京總排名第幾",
     with_words(lambda L: rank(L, "Tokyo"), "阿妹", "成晚")),
    ("最近在準備留學申請，每天查資料查到好晚，爸媽又一直問東問西，真的很累。想請問一下，教育前三有哪些城市",
     with_words(lambda L: top(L, "edu", 3), "留學", "爸媽")),
]
for q, fn in CHATTY_HANT:
    add(q, fn, tags="chatty", script="hant")

MULTI_HANT = [
    ("邊個出嘅報告？幾時出？", lambda L: several(makers(L), released(L))),
    ("香港總排名第幾，教育又第幾", lambda L: several(rank(L, "Hong Kong"), rank(L, "Hong Kong", "edu"))),
    ("科創頭三係邊幾個，東京有冇入", lambda L: several(top(L, "sci", 3), member(L, "Tokyo", "sci"))),
]
for q, fn in MULTI_HANT:
    add(q, fn, tags="multi", script="hant")


# --- commands inside a conversation: a command stays a command -----------------------------------------------
add("where does la rank", lambda L: rank(L, "Los Angeles"), tags="rank", chat="fr-d-talk-cmd-en")
add("/compare seattle shanghai", lambda L: compare(L, "Seattle", "Shanghai"), tags="command",
    chat="fr-d-talk-cmd-en")
add("北京排第几呀", lambda L: rank(L, "Beijing"), tags="rank", chat="fr-d-talk-cmd-hans", script="hans")
add("/compare 香港 上海", lambda L: compare(L, "Hong Kong", "Shanghai"), tags="command",
    chat="fr-d-talk-cmd-hans", script="hans")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
