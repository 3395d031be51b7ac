"""Fresh, part E: the message side -- several questions in one message, long chatty messages with one question
inside, unknown words, made-up places and real cities the results don't name, typos and abbreviations, the report by
topic, other editions and years, everyday talk and commands (also /cmd@citybot, and a command after other talk).

Written blind on 2026-12-06 from issue 11 and the published facts (KNOWLEDGE.md) only: never from the bot's code,
its language data or its replies, and the bot was never run on these questions. A real city the results don't name
is "not in the published results" (never "did you mean ...", nothing about whether it was among the 30); filler in a
chatty message never becomes a city; only the 2025 edition is in the data; "who made you" is about the bot.
"""

from casebook import Chk, Sheet
from probe_specs._common import either, member_p, no_because, yes_because
from specs._facts import (
    TALENT_CN,
    compare,
    invented,
    makers,
    member,
    mention,
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

from fresh_specs._fx import R, adder, bot_words, lenient_to_cantonese, not_the_report_makers, rank_of, topic

SHEET = Sheet(
    "fr_e_messages",
    "part E: several questions in one message, chatty messages, unknown words, the report, years, talk and "
    "commands (written blind)",
    """
Several questions in one message (every part answered, in order); a paragraph of noise with one question inside
(the filler never taken for a city); made-up places, real cities the results don't name ("not in the published
results", never "did you mean"), typos and abbreviations of cities and lists (tokio, bejing, edu, innov, R&D); the
report by topic (who made it, Elsevier, Tsinghua, when, how many cities, the indicator structure, growth vs current
strength, what it says about Chinese cities); other editions and years (only the 2025 edition is in the data);
greetings, thanks, insults, "are you a bot", "who made you" (the bot, not the report); /start /help /top /rank
/compare /about, also /cmd@citybot and a command after other talk.
""",
)
S = SHEET
add = adder(S)


# --- small pieces ---------------------------------------------------------------------------------------------


def quiet(make, *words):
    """The checks of `make`, and none of these ordinary words of the message taken for a city."""

    def build(L):
        ck = make(L)
        ck = ck if isinstance(ck, Chk) else sum(ck, Chk())
        extra = []
        for w in words:
            extra += L.word_not_city(w)
        return Chk(ck.must, ck.no + extra, ck.order, ck.ideal)

    return build


def with_no(make, *extra):
    """The checks of `make` and a few more forbidden things (functions of L or regexes)."""

    def build(L):
        ck = make(L)
        more = []
        for x in extra:
            more += x(L) if callable(x) else [x]
        return Chk(ck.must, ck.no + more, ck.order, ck.ideal)

    return build


def bare(L):
    return L.bare()


def friendly(en, hans, hant, *more, no=()):
    def build(L):
        return Chk([topic(L), *more], list(no), ideal=t(L, en, hans, hant))

    return build


greet = friendly(
    "Morning! I answer questions about the 2025 global innovation cities ranking — try \"who is 1st overall?\" or "
    "\"top 3 in education\".",
    "早上好！我可以回答2025年全球创新城市排名的问题，比如“总榜第一是谁？”或者“教育前三有哪些城市？”",
    "早安！我可以回答2025年全球創新城市排名的問題，例如「總排名第一是誰？」或者「教育前三有哪些城市？」",
)
thanks = friendly(
    "Glad it helped! Ask me anything else about the ranking, e.g. \"where does Seattle rank?\".",
    "不客气！还可以继续问排名的问题，比如“西雅图排第几？”",
    "不客氣！還可以繼續問排名的問題，例如「西雅圖排第幾？」",
)
insult = friendly(
    "Sorry about that! I only know the 2025 innovation cities ranking — try \"top 10\" or \"compare Boston and "
    "London\".",
    "抱歉！我只懂2025年全球创新城市排名，可以试试“前十名”或者“波士顿和伦敦比较”。",
    "抱歉！我只懂2025年全球創新城市排名，可以試試「前十名」或者「波士頓和倫敦比較」。",
)
can_do = friendly(
    "I answer questions about the 2025 report on global innovation cities: a city's rank, top lists, comparisons, "
    "the talent top 10, who made the report. E.g. \"where does Tokyo rank?\" or \"top 3 in innovation\".",
    "我能回答2025年全球创新城市报告的问题：城市排名、榜单、比较、报告出处。比如“东京排第几？”“科创前三”。",
    "我能回答2025年全球創新城市報告的問題：城市排名、榜單、比較、報告出處。例如「東京排第幾？」「科創前三」。",
)
weather = friendly(
    "I can't tell you the weather — I only answer questions about the 2025 innovation cities ranking, e.g. "
    "\"where does Beijing rank?\".",
    "我查不了天气，只能回答2025年全球创新城市排名的问题，比如“北京排第几？”",
    "我查不了天氣，只能回答2025年全球創新城市排名的問題，例如「北京排第幾？」",
    no=["(°|\\bdegrees\\b|celsius|fahrenheit|\\bsunny\\b|\\brainy\\b|\\bcloudy\\b|forecast is)"],
)


def who_made_you(L):
    ideal = t(
        L,
        "I'm citybot, a chat bot (I'm not the report's authors) that answers questions about the 2025 global "
        "innovation cities ranking — try \"top 3 in education\".",
        "我是citybot，一个回答2025年全球创新城市排名问题的机器人（不是报告的作者）。可以问我“教育前三是谁？”",
        "我是citybot，一個回答2025年全球創新城市排名問題的機器人（不是報告的作者）。可以問我「教育前三是誰？」",
    )
    return Chk([bot_words(L), topic(L)], not_the_report_makers(L), ideal=ideal)


def are_you_bot(L):
    ideal = t(
        L,
        "Nope, I'm not ChatGPT or a person — I'm citybot, a small bot for the 2025 innovation cities ranking. Try "
        "\"who is 2nd overall?\".",
        "我是citybot，一个机器人程序，专门回答2025年全球创新城市排名的问题，比如“总榜第2名是谁？”",
        "我是citybot，一個機器人程式，專門回答2025年全球創新城市排名的問題，例如「總排名第2名是誰？」",
    )
    return Chk(
        [R(L, "(\\bbot\\b|citybot|automated|program|not a (human|person|real person))",
           "(机器人|程序|citybot|不是真人|人工智能|AI)",
           "(機器人|機械人|程式|程序|citybot|不是真人|唔係真人|人工智能|AI)"), topic(L)],
        [R(L, "\\bI(.m| am) (chatgpt|gpt|a (real )?(human|person))\\b", "我是(真人|人类)", "我(是|係)(真人|人類)")],
        ideal=ideal,
    )


def help_cmd(L):
    ideal = t(
        L,
        "Commands: /top [list] [N] — a top list; /rank <city> — a city's ranks; /compare <city> <city>; /about — the "
        "report. Or just ask, e.g. \"where does Tokyo rank?\".",
        "命令：/top 榜单前几名；/rank 城市 查排名；/compare 城市 城市 比较；/about 报告出处。也可以直接问，比如“东京排第几？”",
        "指令：/top 榜單前幾名；/rank 城市 查排名；/compare 城市 城市 比較；/about 報告出處。也可以直接問，例如「東京排第幾？」",
    )
    return Chk(["/(top|rank|compare|about)\\b"], ideal=ideal)


def start_cmd(L):
    ideal = t(
        L,
        "Hi, I'm citybot. I answer questions about the 2025 global innovation cities ranking. Try /top, /rank "
        "Shanghai, /compare Beijing Tokyo, or just ask \"top 3 in education\".",
        "你好，我是citybot，回答2025年全球创新城市排名的问题。试试 /top、/rank 上海，或者直接问“教育前三”。",
        "你好，我是citybot，回答2025年全球創新城市排名的問題。試試 /top、/rank 上海，或者直接問「教育前三」。",
    )
    return Chk([topic(L)], ideal=ideal)


def about(L):
    ideal = t(
        L,
        "Source: Assessment Report on the Collaborative Development of Education, Science & Technology and Talent in "
        "Global Innovation Cities (2025), compiled by the Shenzhen International Science and Technology Information "
        "Center, Tsinghua University's CIDEG and Elsevier; released 24 January 2025, reported by Xinhua on 25 "
        "January 2025.",
        "出处：《全球创新城市教育科技人才协同发展评估报告》（2025），由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和"
        "爱思唯尔联合编制，2025年1月24日发布。",
        "出處：《全球創新城市教育科技人才協同發展評估報告》（2025），由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和"
        "愛思唯爾聯合編製，2025年1月24日發佈。",
    )
    ck = makers(L)
    return Chk([*ck.must, "2025"], ck.no, ideal=ideal)


def compare_one(city, n):
    """'/compare tokyo' with one city: ask for the second one, or give that city's rank -- never a made-up rival."""

    def build(L):
        ideal = t(
            L,
            f"Compare {L.name(city)} with which city? Send two, e.g. /compare {L.name(city).lower()} london. "
            f"({L.name(city)} is {n}th overall.)",
            f"要和哪个城市比较？请发两个城市，比如 /compare {L.name(city)} 伦敦。（{L.name(city)}总榜第{n}名。）",
            f"要和哪個城市比較？請發兩個城市，例如 /compare {L.name(city)} 倫敦。（{L.name(city)}總排名第{n}名。）",
        )
        ask = R(L, "((second|another|other|two|2|which|what)\\s+(\\w+\\s+)?cit|compare\\s+(it\\s+)?with|/compare\\s+\\S+"
                   "\\s+\\S+)", "(哪个城市|另一个|两个城市|/compare\\s*\\S+\\s+\\S+)",
                "(哪個城市|另一個|兩個城市|邊個城市|/compare\\s*\\S+\\s+\\S+)")
        return Chk([either(ask, L.at(city, n))], L.wrong_rank(city, n), ideal=ideal)

    return build


# --- the report -----------------------------------------------------------------------------------------------
def index_measures(L):
    ideal = t(
        L,
        "It measures how well a city's education, sci-tech innovation and talent develop together (collaborative "
        "development): 3 first-level indicators, 9 second-level ones and more at a third level — mainly current "
        "strength, with growth indicators as a supplement.",
        "SET指数就是教育科技人才协同发展指数，衡量城市在教育、科技创新、人才三方面的协同发展：3个一级指标，9个二级指标。",
        "SET指數就是教育科技人才協同發展指數，衡量城市在教育、科技創新、人才三方面的協同發展：3個一級指標，9個二級指標。",
    )
    return Chk(
        [R(L, "educat", "教育", "教育"), R(L, "talent", "人才", "人才"),
         R(L, "(collaborat|coordinat|synerg|together|indicator|first[- ]level)", "(协同|指标)", "(協同|指標)")],
        ["\\b\\d{1,2}\\s?%"],
        ideal=ideal,
    )


def first_level(L):
    ideal = t(
        L,
        "Three first-level indicators: education, sci-tech innovation and talent (with 9 second-level ones under "
        "them).",
        "一级指标有3个：教育、科技创新、人才，下设9个二级指标。",
        "一級指標有3個：教育、科技創新、人才，下設9個二級指標。",
    )
    three = near(R(L, "(\\bthree\\b|\\b3\\b)", "(3|三)", "(3|三)"),
                 R(L, "(first[- ]level|top[- ]level|level[- ]one|main)", "一级", "一級"), 20)
    wrong = R(L, "\\b(two|four|five|six|2|4|5|6)\\s+(first[- ]level|top[- ]level|main)",
              "(?<!\\d)[2-9]\\s*个一级|[二四五六七八]个一级", "(?<!\\d)[2-9]\\s*個一級|[二四五六七八]個一級")
    return Chk([three, R(L, "educat", "教育", "教育"), R(L, "talent", "人才", "人才")], [wrong], ideal=ideal)


def nine_names(L):
    ideal = t(
        L,
        "There are 9 second-level indicators under the 3 first-level ones (education, sci-tech innovation, talent), "
        "but their names weren't published.",
        "报告在3个一级指标（教育、科技创新、人才）下设了9个二级指标，但这9个指标的名称没有公布。",
        "報告在3個一級指標（教育、科技創新、人才）下設了9個二級指標，但這9個指標的名稱沒有公佈。",
    )
    return Chk([L.notpub, R(L, "(\\bnine\\b|\\b9\\b)", "(9|九)", "(9|九)")], L.bare(), ideal=ideal)


def growth(L):
    ideal = t(
        L,
        "Mostly current strength — growth indicators are only a supplement.",
        "以现有实力为主，增长性指标只是补充。",
        "以現有實力為主，成長性指標只是補充。",
    )
    return Chk(
        [R(L, "(current|existing|present)", "(现有|当前|目前|现状|实力)", "(現有|當前|目前|現狀|實力)"),
         R(L, "growth", "(增长|成长|发展速度|增速)", "(增長|成長|發展速度|增速)")],
        ideal=ideal,
    )


def higher_ed(L):
    ideal = t(
        L,
        "Yes: Chinese cities stand out in developing research institutions and are becoming an emerging force in "
        "global higher education.",
        "报告说中国城市在科研机构建设方面表现突出，正成为全球高等教育的新兴力量。",
        "報告說中國城市在科研機構建設方面表現突出，正成為全球高等教育的新興力量。",
    )
    return Chk(
        [R(L, "research (institution|institute|organi[sz]ation|bod)", "(科研机构|研究机构)", "(科研機構|研究機構)"),
         R(L, "(emerging|rising|new force|growing force)", "(新兴|崛起)", "(新興|崛起)")],
        ideal=ideal,
    )


def north_america(L):
    ideal = t(
        L,
        "North American cities perform best overall in sci-tech innovation; Chinese cities sit in the upper-middle "
        "range with strong momentum.",
        "报告（中文报道）说，北美城市在科技创新方面整体表现最好；中国城市处于中上游，发展势头强劲。",
        "報告（中文報道）說，北美城市在科技創新方面整體表現最好；中國城市處於中上游，發展勢頭強勁。",
    )
    return Chk([R(L, "North America", "北美", "北美"),
                R(L, "(\\bbest\\b|\\blead|strongest|top)", "(最好|最强|最佳|领先|第一)", "(最好|最強|最佳|領先|第一)")],
               ideal=ideal)


def ecosystem(L):
    ideal = t(
        L,
        "It says strengthening the innovation ecosystem is the key: a stronger economic foundation, integrating "
        "industry, academia and research, better scientific infrastructure and cross-regional cooperation.",
        "报告认为关键是加强创新生态：夯实经济基础、推动产学研融合、加强科研基础设施、促进跨区域合作。",
        "報告認為關鍵是加強創新生態：夯實經濟基礎、推動產學研融合、加強科研基礎設施、促進跨區域合作。",
    )
    return Chk(
        [R(L, "ecosystem", "生态", "生態"),
         R(L, "(economic foundation|industry|academia|infrastructure|cross-regional|cooperation)",
           "(经济基础|产学研|基础设施|跨区域|合作)", "(經濟基礎|產學研|基礎設施|跨區域|合作)")],
        ideal=ideal,
    )


def title(L):
    ideal = t(
        L,
        "It's the Assessment Report on the Collaborative Development of Education, Science & Technology and Talent "
        "in Global Innovation Cities.",
        "全名是《全球创新城市教育科技人才协同发展评估报告》。",
        "全名是《全球創新城市教育科技人才協同發展評估報告》。",
    )
    return Chk([R(L, "(collaborative|coordinated) development", "协同发展", "協同發展"),
                R(L, "talent", "人才", "人才")], ideal=ideal)


def elsevier(L):
    ideal = t(
        L,
        "Yes — Elsevier compiled it together with the Shenzhen International Science and Technology Information "
        "Center and Tsinghua University's CIDEG.",
        "是的，爱思唯尔（Elsevier）和深圳国际科技信息中心、清华大学产业发展与环境治理研究中心一起编制了这份报告。",
        "是的，愛思唯爾（Elsevier）和深圳國際科技信息中心、清華大學產業發展與環境治理研究中心一起編製了這份報告。",
    )
    return yes_because(L, ideal, R(L, "Elsevier", "(爱思唯尔|Elsevier)", "(愛思唯爾|Elsevier)"))


def tsinghua(L):
    ideal = t(
        L,
        "Yes — Tsinghua University's Center for Industrial Development and Environmental Governance (CIDEG) is one "
        "of the three compilers, with the Shenzhen International Science and Technology Information Center and "
        "Elsevier.",
        "有的，清华大学产业发展与环境治理研究中心（CIDEG）是编制方之一，另外两家是深圳国际科技信息中心和爱思唯尔。",
        "有的，清華大學產業發展與環境治理研究中心（CIDEG）是編製方之一，另外兩家是深圳國際科技信息中心和愛思唯爾。",
    )
    return yes_because(L, ideal, R(L, "(Tsinghua|CIDEG)", "(清华|CIDEG)", "(清華|CIDEG)"))


def not_maker(who_en, who_hans, who_hant):
    """'was it made by X?' -- no, and who did make it."""

    def build(L):
        who = t(L, who_en, who_hans, who_hant)
        ideal = t(
            L,
            f"No — not {who}. It was compiled by the Shenzhen International Science and Technology Information "
            "Center, Tsinghua University's CIDEG and Elsevier.",
            f"不是{who}。报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制"
            + ("，新华社只是报道了它。" if who_hans == "新华社" else "。"),
            f"不是{who}。報告由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和愛思唯爾聯合編製"
            + ("，新華社只是報道了它。" if who_hant == "新華社" else "。"),
        )
        return no_because(L, ideal, either(*makers(L).must))

    return build


def full_list(L):
    ideal = t(
        L,
        "30 cities were evaluated, but the full list wasn't published — only the results: the overall top 10, the "
        "education and innovation top 3s, the talent top 10 (partly named) and two groups.",
        "报告评估了30座城市，但完整名单没有公布，只公布了总榜前十、教育和科创前三、人才前十（部分点名）和两组城市。",
        "報告評估了30座城市，但完整名單沒有公佈，只公佈了總排名前十、教育和科創前三、人才前十（部分點名）和兩組城市。",
    )
    return Chk([L.notpub, "(?<![\\d.])30(?![\\d.])|thirty|三十"], [*L.nobody_at(range(11, 31)), *L.bare()],
               ideal=ideal)


def made_up(name, shown=None):
    """A made-up place: not a city the report knows (or: not in the results); never a rank."""

    def build(L):
        ck = invented(L, name, shown)
        ck.must = [name, either(L.unknown_place, L.not_in_results)]
        return ck

    return build


def outside(name, shown=None):
    return lambda L: real_outside(L, name, shown)


def guangzhou_anywhere(L):
    ideal = t(
        L,
        "Yes — Guangzhou is in the talent top 10 (no order was published) and among the cities with exceptional "
        "talent potential, but it isn't in the overall top 10 (its rank wasn't published).",
        "有：广州在人才发展前十之列（未公布排序），也属于人才潜力突出的城市，但不在总榜前十（具体排名未公布）。",
        "有：廣州在人才發展前十之列（未公佈排序），也屬於人才潛力突出的城市，但不在總排名前十（具體排名未公佈）。",
    )
    g = L.city("Guangzhou")
    return Chk([either(near(g, mention(L, "talent"), 80), near(g, mention(L, "potential"), 80))],
               [*L.no_rank("Guangzhou"), *L.no_rank("Guangzhou", "edu"), *L.no_rank("Guangzhou", "sci"),
                *L.talent_order_guards(), L.bare_no], ideal=ideal)


def chinese_talent(L):
    """'which Chinese cities are in the talent top 10': the five, with no order."""
    ideal = t(
        L,
        "Five Chinese cities: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai (no order was published; the "
        "other five are unnamed US cities).",
        "5座中国城市：北京、深圳、香港、广州、上海（未公布排序；另外5座是未点名的美国城市）。",
        "5座中國城市：北京、深圳、香港、廣州、上海（未公佈排序；另外5座是未點名的美國城市）。",
    )
    return Chk([L.city(c) for c in TALENT_CN], L.talent_guards(), ideal=ideal)


def both_potential(a, b):
    def build(L):
        ideal = t(
            L,
            f"Yes — {L.name(a)} and {L.name(b)} are both among the cities with exceptional talent potential "
            "(Shenzhen, Guangzhou, Hong Kong, Shanghai).",
            f"是的，{L.name(a)}和{L.name(b)}都属于人才潜力突出的城市（深圳、广州、香港、上海）。",
            f"是的，{L.name(a)}和{L.name(b)}都屬於人才潛力突出的城市（深圳、廣州、香港、上海）。",
        )
        return Chk([near(L.city(a), mention(L, "potential"), 80), near(L.city(b), mention(L, "potential"), 80),
                    L.yes], [L.bare_no], ideal=ideal)

    return build


#: Hong Kong Cantonese for "only the 2025 edition": 淨係有 (only have), 冇上年 / 冇往年 (no last year's)
ONLY_2025_CANTO = "(淨係|凈係|得\\s*2025|冇[^。\\n]{0,6}(上年|去年|往年|舊|其他|資料|數據|排名)|唔包括)"


def yr(city=None, yesno=False):
    """Another edition or a change over time: only the 2025 edition is in the data (said in Cantonese too); asked
    as a yes / no, no bare yes or no."""

    def build(L):
        ck = year(L, city)
        must = [either(m, ONLY_2025_CANTO) if L.code == "hant" and m == L.only_2025 else m for m in ck.must]
        return Chk(must, ck.no + (L.bare() if yesno else []), ck.order, ck.ideal)

    return build


# =============================================================================================================
# ENGLISH
# =============================================================================================================
EN_CASES = [
    # --- several questions in one message
    ("whos 1st in edu and whos 1st in sci-tech",
     lambda L: several(who_at(L, 1, "edu"), who_at(L, 1, "sci")), "multi"),
    ("rank of seattle + rank of tokyo pls", lambda L: several(rank(L, "Seattle"), rank(L, "Tokyo")), "multi"),
    ("how many cities got evaluated and which one came out on top",
     lambda L: several(thirty(L), who_at(L, 1)), "multi meta"),
    ("is shanghai in the balanced edu group? and the talent potential one?",
     lambda L: several(member_p(L, "Shanghai", "balanced"), member_p(L, "Shanghai", "potential")), "multi"),
    ("where do boston and london stand in education, and whos 3rd there",
     lambda L: several(rank(L, "Boston", "edu"), rank(L, "London", "edu"), who_at(L, 3, "edu")), "multi"),
    ("compare beijing w shanghai, also when did the report come out",
     lambda L: several(compare(L, "Beijing", "Shanghai"), released(L)), "multi meta"),
    ("la rank? also berlin?", lambda L: several(rank(L, "Los Angeles"), real_outside(L, "Berlin")),
     "multi unknown_word"),
    ("gimme the top 5 overall and then the talent list",
     lambda L: several(top(L, "overall", 5), talent_list(L)), "multi unpublished"),
    ("who made the index, did elsevier help, and is the full list of cities out anywhere",
     lambda L: several(makers(L), elsevier(L), full_list(L)), "multi meta unpublished"),
    # --- long chatty messages, one question inside
    ("hi there, im a reporter at a small local paper and my editor wants a quick sidebar on global tech cities by "
     "5pm, which is obviously not happening at this rate lol. the coffee machine is broken too. anyway for the "
     "record, what place did seattle get",
     quiet(rank_of("Seattle"), "editor", "sidebar", "coffee"), "chatty"),
    ("Good afternoon. I work in the economic development office of a mid-sized city and we are preparing a briefing "
     "for the council on innovation benchmarks. Our mayor is very interested in how Asian cities are doing. Could "
     "you tell me whether Shanghai appears in the overall top ten, and at what position?",
     quiet(lambda L: member(L, "Shanghai", "overall"), "mayor", "council", "briefing"), "chatty"),
    ("ugh finals week, three essays due and my roommate keeps blasting music. procrastinating rn. random but which "
     "cities made the education top 3", quiet(lambda L: top(L, "edu", 3), "roommate", "finals", "essays"), "chatty"),
    ("@citybot settle this for us, jake says new york crushes everything and priya says no way, loser buys pizza "
     "friday. who ranks higher, new york or san francisco",
     quiet(lambda L: compare(L, "New York", "San Francisco"), "jake", "priya", "pizza"), "chatty"),
    ("my cousin is choosing between two job offers, one in hong kong and one in tokyo, and honestly the whole "
     "family has opinions, my aunt literally made a spreadsheet. she wants the better ranked one overall. which is it",
     quiet(lambda L: compare(L, "Hong Kong", "Tokyo"), "aunt", "spreadsheet", "offers"), "chatty"),
    ("so this morning the bus was late again and then it started raining and i forgot my umbrella, classic. then at "
     "work the wifi died for like two hours and nobody knew why, someone blamed the new printer. at lunch my "
     "colleague was going on about some podcast on chinese tech cities and how the south is booming, factories "
     "turning into labs, young people moving there etc, and she kept naming places i had never heard of. i nodded "
     "along like i knew. anyway it got me curious and i want to check one thing without looking dumb tomorrow: "
     "guangzhou, is it anywhere in the published results",
     quiet(guangzhou_anywhere, "umbrella", "printer", "podcast", "colleague"), "chatty unpublished"),
    ("lol sorry for the wall of text earlier, my phone autocorrects everything into nonsense. basically what i "
     "wanted to know: whos in 4th", quiet(lambda L: who_at(L, 4), "autocorrects", "wall"), "chatty"),
    ("Dear citybot, I hope this message finds you well. I am writing on behalf of our school's model UN club; we "
     "are researching knowledge economies for our next conference. We would be grateful if you could tell us which "
     "organisations compiled the ranking. Kind regards, Mei", quiet(makers, "Mei", "conference", "club"),
     "chatty meta"),
    # --- real cities the results don't name, made-up places, typos and abbreviations
    ("vienna??", outside("Vienna"), "unknown_word"),
    ("toronto anywhere on there?", outside("Toronto"), "unknown_word"),
    ("and lagos?", outside("Lagos"), "unknown_word"),
    ("@citybot where's seoul at", outside("Seoul"), "unknown_word"),
    ("chicago top 10 or nah", with_no(outside("Chicago"), lambda L: [L.bare_yes]), "unknown_word"),
    ("sydney vs tokyo", lambda L: several(rank(L, "Tokyo"), real_outside(L, "Sydney")), "unknown_word"),
    ("where does flurbington rank", made_up("flurbington", "Flurbington"), "unknown_word"),
    ("narnia vs boston who wins", lambda L: several(rank(L, "Boston"), made_up("narnia", "Narnia")(L)),
     "unknown_word"),
    ("is atlantis in the edu top 3", with_no(made_up("atlantis", "Atlantis"), lambda L: [L.bare_yes]),
     "unknown_word"),
    ("shanghia overall?", rank_of("Shanghai"), "unknown_word typo"),
    ("tokio in the top 10??", lambda L: member(L, "Tokyo", "overall"), "unknown_word typo"),
    ("bejing innov rank", rank_of("Beijing", "sci"), "unknown_word typo"),
    ("sf r&d rank", rank_of("San Francisco", "sci"), "unknown_word typo"),
    ("la vs seatle", lambda L: compare(L, "Los Angeles", "Seattle"), "unknown_word typo"),
    ("@citybot hk edu top3 or not", lambda L: member(L, "Hong Kong", "edu"), "unknown_word typo"),
    ("is nyc in the balanced edu group", lambda L: member_p(L, "New York", "balanced"), "unknown_word typo"),
    ("whats the deal with seattle", quiet(rank_of("Seattle"), "deal"), "unknown_word"),
    ("anything interesting about london", quiet(rank_of("London"), "interesting", "anything"), "unknown_word"),
    # --- the report by topic
    ("what exactly does the SET index measure", index_measures, "meta"),
    ("is the ranking more about growth or current strength", growth, "meta"),
    ("does it say anything about chinese cities in higher ed", higher_ed, "meta"),
    ("who's behind these rankings", makers, "meta"),
    ("elsevier was involved right?", elsevier, "meta"),
    ("so how many cities were looked at altogether", thirty, "meta"),
    ("what date was it published", released, "meta"),
    ("names of the 9 sub indicators?", nine_names, "meta unpublished"),
    ("what does it recommend chinese cities do to boost innovation", ecosystem, "meta"),
    ("was this made by the world bank", not_maker("the World Bank", "世界银行", "世界銀行"), "meta adversarial"),
    ("whats the full official name of the report", title, "meta"),
    # --- other editions and years
    ("how did things change vs the 2024 edition", yr(), "year unpublished"),
    ("was boston also #1 in 2023", yr("Boston", yesno=True), "year unpublished"),
    ("will there be a 2026 version", yr(), "year unpublished"),
    ("who dropped out of the top 10 compared to last year", yr(), "year unpublished"),
    # --- everyday talk
    ("gm citybot ☀️", greet, "smalltalk"),
    ("cheers bot 🙏", thanks, "smalltalk"),
    ("worst bot ever smh", insult, "smalltalk"),
    ("who made you?? like who's your dev", who_made_you, "smalltalk"),
    ("wait are you chatgpt", are_you_bot, "smalltalk"),
    ("what can i even ask you", can_do, "smalltalk"),
    ("whats the weather in beijing rn", weather, "smalltalk"),
    # --- commands
    ("/start hello", start_cmd, "command smalltalk"),
    ("/help me", help_cmd, "command"),
    ("/top@citybot sci", lambda L: top(L, "sci", 3), "command group_chat"),
    ("/top@citybot edu 3", lambda L: top(L, "edu", 3), "command"),
    ("/rank hong kong pls", rank_of("Hong Kong"), "command"),
    ("/compare@citybot boston london", lambda L: compare(L, "Boston", "London"), "command group_chat"),
    ("/rank@citybot shenzen", rank_of("Shenzhen"), "command typo group_chat"),
    ("/about source pls", about, "command meta"),
    ("/top 25 pls", lambda L: top(L, "overall", 20), "command unpublished"),
    ("/compare@citybot tokio", compare_one("Tokyo", 10), "command typo group_chat"),
]
for q, fn, tg in EN_CASES:
    add(q, fn, tags=tg)


# =============================================================================================================
# SIMPLIFIED CHINESE
# =============================================================================================================
HANS_CASES = [
    # --- several questions in one message
    ("教育第一和科创第一分别是谁", lambda L: several(who_at(L, 1, "edu"), who_at(L, 1, "sci")), "multi"),
    ("纽约排多少？洛杉矶呢？", lambda L: several(rank(L, "New York"), rank(L, "Los Angeles")), "multi"),
    ("报告哪天发布的，一共几个城市", lambda L: several(released(L), thirty(L)), "multi meta"),
    ("深圳在人才前十吗 在总榜前十吗",
     lambda L: several(member_p(L, "Shenzhen", "talent"), member(L, "Shenzhen", "overall")), "multi unpublished"),
    ("东京和首尔各排第几", lambda L: several(rank(L, "Tokyo"), real_outside(L, "首尔")), "multi unknown_word"),
    ("科创前三是谁？北京在教育前三吗？", lambda L: several(top(L, "sci", 3), member(L, "Beijing", "edu")), "multi"),
    # --- long chatty messages
    ("刚下班，地铁挤死了，手机都快没电了。顺便问下，北京总排名第几", quiet(rank_of("Beijing"), "地铁", "手机"), "chatty"),
    ("我们公司下个月要去美国出差，领导让我准备一份材料介绍几个科技城市，我完全没头绪，头都大了😩 先问个简单的：西雅图排第几",
     quiet(rank_of("Seattle"), "领导", "材料"), "chatty"),
    ("群里在吵架，有人说香港教育比伦敦强，有人说不是，吵了一晚上了。@citybot 香港和伦敦教育谁排名更高",
     quiet(lambda L: compare(L, "Hong Kong", "London", "edu"), "群里"), "chatty group_chat"),
    ("我是一个高三学生，正在纠结要不要出国读大学，爸妈想让我去英国，我自己更想去美国，纠结死了。报告里教育排第一的是哪个城市？",
     quiet(lambda L: who_at(L, 1, "edu"), "高三", "爸妈"), "chatty"),
    ("说来话长，我在做一个讲粤港澳的小视频，剪到一半发现数据好像不太对，想核实一下：深圳和广州是不是都在人才潜力突出的那组里",
     quiet(both_potential("Shenzhen", "Guangzhou"), "视频"), "chatty"),
    ("不好意思打扰一下，我妈让我帮她查个东西，她同事的儿子在旧金山工作，天天说旧金山科技全世界第一，她想知道是不是真的。旧金山科创排第几",
     quiet(rank_of("San Francisco", "sci"), "同事", "儿子"), "chatty"),
    # --- real cities the results don't name, made-up places, typos and abbreviations
    ("慕尼黑跟北京比谁高", lambda L: several(rank(L, "Beijing"), real_outside(L, "慕尼黑")), "unknown_word"),
    ("维也纳排第几", outside("维也纳"), "unknown_word"),
    ("那悉尼呢？有没有", outside("(悉尼|雪梨)", "悉尼"), "unknown_word"),
    ("迪拜有排名吗", with_no(outside("(迪拜|杜拜)", "迪拜"), lambda L: [L.bare_yes]), "unknown_word"),
    ("火星市在榜单上吗", made_up("火星"), "unknown_word"),
    ("帝都排第几", rank_of("Beijing"), "unknown_word typo"),
    ("波士屯排第几", rank_of("Boston"), "unknown_word typo"),
    ("edu前三有谁", lambda L: top(L, "edu", 3), "unknown_word typo"),
    # --- the report by topic
    ("SET指数到底衡量的是什么", index_measures, "meta"),
    ("这份报告里有没有清华的参与", tsinghua, "meta"),
    ("一级指标有几个", first_level, "meta"),
    ("报告对北美城市的科技创新怎么说", north_america, "meta"),
    ("这个排名是新华社自己做的吗", not_maker("Xinhua", "新华社", "新華社"), "meta adversarial"),
    ("报告侧重现有实力还是增长潜力", growth, "meta"),
    # --- other editions and years
    ("前年的榜单你有吗", yr(), "year unpublished"),
    ("香港今年比去年排名升了还是降了", yr("Hong Kong"), "year unpublished"),
    ("下一版报告什么时候出", yr(), "year unpublished"),
    ("2024版报告里东京第几", yr("Tokyo"), "year unpublished"),
    # --- everyday talk
    ("嗨 你是干什么的", who_made_you, "smalltalk"),
    ("早上好啊各位", greet, "smalltalk"),
    ("太感谢了，帮大忙了", thanks, "smalltalk"),
    ("你是人工智能吗", are_you_bot, "smalltalk"),
    ("你是谁写的程序", who_made_you, "smalltalk"),
    # --- commands
    ("/rank 深圳 总榜", rank_of("Shenzhen"), "command"),
    ("/compare 纽约 洛杉矶", lambda L: compare(L, "New York", "Los Angeles"), "command"),
    ("/top 科创", lambda L: top(L, "sci", 3), "command"),
    ("/help 这个怎么玩", help_cmd, "command"),
    ("/rank@citybot 魔都", rank_of("Shanghai"), "command typo group_chat"),
]
for q, fn, tg in HANS_CASES:
    add(q, fn, tags=tg, script="hans")


# =============================================================================================================
# TRADITIONAL CHINESE (Taiwan, Hong Kong / Cantonese)
# =============================================================================================================
HANT_CASES = [
    # --- several questions in one message
    ("倫敦教育排第幾？科技創新呢？", lambda L: several(rank(L, "London", "edu"), rank(L, "London", "sci")), "multi"),
    ("邊個整呢份報告，幾時出嘅，評咗幾多個城市",
     lambda L: several(makers(L), released(L), thirty(L)), "multi meta"),
    ("香港喺唔喺人才前十，同埋係唔係人才潛力突出",
     lambda L: several(member_p(L, "Hong Kong", "talent"), member_p(L, "Hong Kong", "potential")), "multi"),
    ("西雅圖和舊金山分別排第幾名？", lambda L: several(rank(L, "Seattle"), rank(L, "San Francisco")), "multi"),
    ("前三名是誰？第十名又是誰？", lambda L: several(top(L, "overall", 3), who_at(L, 10)), "multi"),
    # --- long chatty messages
    ("今日返工好忙，老細又要我交報告，食飯都冇時間😮‍💨 問多句，東京喺總榜排第幾",
     quiet(rank_of("Tokyo"), "老細", "食飯"), "chatty"),
    ("我在學校念研究所，指導教授叫我們看一下國際城市的評比，可是我找不到原文，有點崩潰。可以告訴我上海的總排名嗎",
     quiet(rank_of("Shanghai"), "研究所", "教授"), "chatty"),
    ("朋友圈有人轉發說北京科技創新全球第一，我覺得怪怪的，想確認一下：科技創新第一名到底是誰",
     quiet(lambda L: who_at(L, 1, "sci"), "朋友圈"), "chatty adversarial"),
    ("唔好意思打擾，我阿爸成日話紐約係世界第一，我想同佢打賭。紐約總排名究竟第幾",
     quiet(rank_of("New York"), "阿爸", "打賭"), "chatty"),
    ("最近在寫部落格，題目是亞洲的人才城市，寫到一半卡住了。請問人才發展前十裡面有哪些中國城市",
     quiet(chinese_talent, "部落格"), "chatty"),
    # --- real cities the results don't name, made-up places, typos and abbreviations
    ("溫哥華有冇上榜", with_no(outside("溫哥華"), lambda L: [L.bare_yes]), "unknown_word"),
    ("巴塞隆納排第幾", outside("(巴塞隆納|巴塞羅那)", "巴塞隆納"), "unknown_word"),
    ("大阪呢？有排名嗎", with_no(outside("大阪"), lambda L: [L.bare_yes]), "unknown_word"),
    ("烏托邦市排第幾名", made_up("烏托邦"), "unknown_word"),
    ("深圳edu排第幾", rank_of("Shenzhen", "edu"), "unknown_word typo unpublished"),
    ("紐約innov排名點", rank_of("New York", "sci"), "unknown_word typo unpublished"),
    ("HK同倫敦邊個edu高啲", lambda L: compare(L, "Hong Kong", "London", "edu"), "unknown_word typo"),
    # --- the report by topic
    ("呢份報告係咪有愛思唯爾參與", elsevier, "meta"),
    ("二級指標有幾多個？叫咩名？", nine_names, "meta unpublished"),
    ("報告對中國城市的高等教育有什麼看法", higher_ed, "meta"),
    ("這份評比總共評估多少座城市", thirty, "meta"),
    ("報告是哪一天公佈的", released, "meta"),
    # --- other editions and years
    ("2023年版的排名可以給我看嗎", yr(), "year unpublished"),
    ("深圳係咪比上年進步咗", yr("Shenzhen", yesno=True), "year unpublished"),
    ("跟往年比，北京的排名有變化嗎", yr("Beijing", yesno=True), "year unpublished"),
    # --- everyday talk
    ("早安呀大家", greet, "smalltalk"),
    ("唔該晒，好有用", thanks, "smalltalk"),
    ("你係咪真人嚟㗎？定係機械人", are_you_bot, "smalltalk"),
    ("你真的很爛耶，問什麼都不會", insult, "smalltalk"),
    # --- commands
    ("/rank 廣州市", rank_of("Guangzhou"), "command"),
    ("/compare 舊金山 波士頓", lambda L: compare(L, "San Francisco", "Boston"), "command"),
    ("/top@citybot 教育 3", lambda L: top(L, "edu", 3), "command group_chat"),
    ("/top 人才發展", talent_list, "command unpublished"),
]
for q, fn, tg in HANT_CASES:
    add(q, fn, tags=tg, script="hant")


# --- a command after other talk stays a command ---------------------------------------------------------------
add("heyyy citybot 👋👋", greet, tags="smalltalk", chat="fr-e-msg-cmd-en")
add("/compare bejing tokyo", lambda L: compare(L, "Beijing", "Tokyo"), tags="command typo", chat="fr-e-msg-cmd-en")
add("哈囉你好", greet, tags="smalltalk", chat="fr-e-msg-cmd-hant", script="hant")
add("/rank 東京", rank_of("Tokyo"), tags="command", chat="fr-e-msg-cmd-hant", script="hant")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
