"""Fresh, part C (written blind): the report by topic, other editions, commands, everyday talk, city profiles."""

from casebook import Chk, Sheet
from probe_specs._common import cannot_say, either
from specs._facts import (
    compare,
    group,
    makers,
    profile,
    rank,
    real_outside,
    released,
    t,
    thirty,
    top,
    year,
)
from vocab import DID_YOU_MEAN_EN, DID_YOU_MEAN_ZH, NOT_RECOGNISED_EN, NOT_RECOGNISED_ZH

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_c_report",
    "part C: the report by topic, other editions, commands, everyday talk, profiles",
    """
Questions about the report itself (who compiled it, how many cities, when, its 3 first-level and 9 second-level
indicators whose names and weights were not published, current strength vs growth, what it says about Chinese
cities in sci-tech and higher education, the two groups), about other editions (only 2025 is in the data),
commands in private and group form (also after other turns of a conversation), everyday talk (thanks,
compliments, insults, who made the bot, greetings) and city profiles (every list a city is in, with the
certainty of each). Written blind, from the issue and the published facts only.
""",
)
S = SHEET
add = adder(S)


def R(L, en: str, hans: str, hant: str | None = None) -> str:
    """A regex in the reply's language; a question in shared characters accepts both scripts."""
    hant = hant if hant is not None else hans
    return {"en": en, "hans": hans, "hant": hant, "zh": f"(?:{hans}|{hant})"}[L.code]


def nc(L) -> list[str]:
    """No ordinary word of the question read as a city."""
    return [DID_YOU_MEAN_ZH, NOT_RECOGNISED_ZH] if L.zh else [DID_YOU_MEAN_EN, NOT_RECOGNISED_EN]


def plus(ck: Chk, L) -> Chk:
    ck.no = list(ck.no) + nc(L)
    return ck


def hand(L, must, no, en, hans, hant):
    return Chk(list(must), list(no) + nc(L), ideal=t(L, en, hans, hant))


YES_ZH_WIDE = "(是的|是，|是。|对|對|没错|沒錯|有的|确实|確實|正确|正確|係[，,。！!呀啊嘅㗎]|有份|之一|其中一)"


def yes_w(L) -> str:
    return either(L.yes, "之一|其中一|係[，,。！!呀啊嘅㗎]|有份") if L.zh else L.yes


ANY_MAKER = {
    "en": "(Tsinghua|CIDEG|Elsevier|Shenzhen International)",
    "hans": "(清华|CIDEG|爱思唯尔|Elsevier|深圳国际科技信息中心)",
    "hant": "(清華|CIDEG|愛思唯爾|Elsevier|深圳國際科技信息中心)",
}


def any_maker(L) -> str:
    return R(L, ANY_MAKER["en"], ANY_MAKER["hans"], ANY_MAKER["hant"])


# --- the report: facts ------------------------------------------------------------------------------------


def f_makers(L):
    return plus(makers(L), L)


def f_thirty(L):
    return plus(thirty(L), L)


def f_released(L):
    return plus(released(L), L)


def f_elsevier(L):
    ideal = t(
        L,
        "Yes: Elsevier was one of the three compilers, with the Shenzhen International Science and Technology "
        "Information Center and Tsinghua University's CIDEG.",
        "是的，爱思唯尔（Elsevier）是三家编制机构之一，另外两家是深圳国际科技信息中心和清华大学产业发展与环境治理研究中心。",
        "是的，愛思唯爾（Elsevier）是三家編製機構之一，另外兩家是深圳國際科技信息中心和清華大學產業發展與環境治理研究中心。",
    )
    return Chk(
        [yes_w(L), R(L, "Elsevier", "(爱思唯尔|Elsevier)", "(愛思唯爾|Elsevier)")],
        [L.bare_no, *nc(L)],
        ideal=ideal,
    )


def f_not_maker(L, who_en: str, who_zh: str):
    """A false premise about who made the report: no, and who did."""
    ideal = t(
        L,
        f"No, {who_en} wasn't involved: the report was compiled by the Shenzhen International Science and Technology "
        "Information Center, Tsinghua University's CIDEG and Elsevier.",
        f"不是，{who_zh}没有参与：报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制。",
        f"不是，{who_zh}沒有參與：報告由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和愛思唯爾聯合編製。",
    )
    no = [L.bare_yes, *nc(L)]
    if L.code == "en":
        no.append(f"\\b{who_en}\\s+(was|is)\\s+(one of|among|involved|a co-?author|part of)")
    return Chk([L.neg, any_maker(L)], no, ideal=ideal)


def f_structure(L):
    """3 first-level and 9 second-level indicators."""
    if L.code == "en":
        must = ["(\\b3\\b|\\bthree\\b)", "(\\b9\\b|\\bnine\\b)", "(indicator|dimension|level|pillar)"]
        no = [
            "\\b(2|4|5|6|two|four|five|six)\\s+(first|top|primary|main)[- ]level",
            "\\b(?!9\\b)\\d+\\s+second[- ]level",
            "\\b(two|three|four|five|six|seven|eight|ten|eleven|twelve)\\s+second[- ]level",
        ]
    else:
        must = ["(3|三)", "(9|九)", R(L, "", "指标", "指標")]
        no = [
            "(?<!\\d)(?!9)\\d+\\s*(个|個|项|項)\\s*(二级|二級)",
            "[四五六七八十]\\s*(个|個|项|項)\\s*(二级|二級)",
            "[二四五六七八九十]\\s*(个|個|项|項)\\s*(一级|一級)",
        ]
    return hand(
        L,
        must,
        no,
        "Three first-level indicators (education, sci-tech innovation, talent) and 9 second-level ones, with more "
        "detail at a third level.",
        "3个一级指标（教育、科技创新、人才）、9个二级指标，下面还有三级指标。",
        "3個一級指標（教育、科技創新、人才）、9個二級指標，下面還有三級指標。",
    )


def f_nine_names(L):
    ideal = t(
        L,
        "The report has 9 second-level indicators, but their names weren't published. Only the three first-level "
        "ones are known: education, sci-tech innovation and talent.",
        "报告有9个二级指标，但具体名称没有公布；已知的只有3个一级指标：教育、科技创新、人才。",
        "報告有9個二級指標，但具體名稱沒有公佈；已知的只有3個一級指標：教育、科技創新、人才。",
    )
    return cannot_say(L, ideal, R(L, "(indicator|name)", "指标", "指標"), no=["^\\s*[1-9]\\s*[.)、．]\\s*\\S", *nc(L)])


PERCENT = "\\d+(\\.\\d+)?\\s*(%|％|percent|per cent)|百分之"


def f_weights(L):
    ideal = t(
        L,
        "The weights weren't published. The report only says it has 3 first-level and 9 second-level indicators, "
        "mainly measuring current strength with growth indicators as a supplement.",
        "各项指标的权重没有公布。报告只说明有3个一级指标和9个二级指标，以现有实力为主、增长指标为辅。",
        "各項指標的權重沒有公佈。報告只說明有3個一級指標和9個二級指標，以現有實力為主、增長指標為輔。",
    )
    no = [PERCENT, "(equal(ly)?\\s+weight|weighted\\s+equally|same weight)", "(权重相同|權重相同|平均分配|各占|各佔)"]
    return cannot_say(L, ideal, R(L, "weight", "权重", "權重"), no=[*no, *nc(L)])


def f_growth(L):
    if L.code == "en":
        must = ["(current|existing|present|today.s)", "(growth|momentum)"]
        no = [
            "(mainly|mostly|primarily|chiefly|largely)\\s+(on\\s+|about\\s+|measures\\s+|measuring\\s+)?(growth|momentum)",
            "(growth|momentum)\\s+(is|are)\\s+(the\\s+)?(main|primary|core)",
        ]
    else:
        must = [R(L, "", "(现有|现状|当前|目前|存量)", "(現有|現狀|當前|目前|存量)"), R(L, "", "(增长|成长|增量)", "(增長|成長|增量)")]
        no = [
            "以(增长|成长|增長|成長)(类|類)?(指标|指標)?(为|為)主",
            "主要(衡量|看|反映|考察)(的是)?(增长|成长|增長|成長)",
        ]
    return hand(
        L,
        must,
        no,
        "Mainly current strength: the indicators measure where cities stand now, with growth indicators as a supplement.",
        "以现有实力为主：指标主要衡量城市当前的水平，增长类指标作为补充。",
        "以現有實力為主：指標主要衡量城市當前的水平，增長類指標作為補充。",
    )


def f_cn_sci(L):
    if L.code == "en":
        must = ["(upper[- ]middle|middle|mid-?(table|range|level)|momentum|ecosystem|rising|catching up)"]
        no = ["Chinese cities\\s+(lead|dominate|top|are (the )?(best|strongest))"]
    else:
        must = [R(L, "", "(中上|中游|中等|势头|潜力|生态|增长|发展迅速|后劲)", "(中上|中游|中等|勢頭|潛力|生態|增長|發展迅速|後勁)")]
        no = ["中国城市(领先|最强|第一)", "中國城市(領先|最強|第一)"]
    for c in ("Shanghai", "Hong Kong", "Shenzhen", "Guangzhou"):
        no += L.no_rank(c, "sci")
    no += L.wrong_rank("Beijing", 3, "sci")
    return hand(
        L,
        must,
        no,
        "In sci-tech innovation North American cities do best overall; Chinese cities sit in the upper-middle range "
        "with strong momentum (Beijing is 3rd). The report says a stronger innovation ecosystem is key for them.",
        "科技创新方面北美城市整体表现最好，中国城市处于中上游、发展势头强劲（北京排第3名）；报告认为完善创新生态是关键。",
        "科技創新方面北美城市整體表現最好，中國城市處於中上游、發展勢頭強勁（北京排第3名）；報告認為完善創新生態是關鍵。",
    )


def f_cn_edu(L):
    if L.code == "en":
        must = ["((emerging|rising|new|growing)\\s+(force|power|player)|research institution)"]
        no = ["Chinese cities\\s+(lead|dominate|top)\\s+(global\\s+)?(higher\\s+)?education"]
    else:
        must = [R(L, "", "(新兴力量|新生力量|新力量|科研机构|研究机构)", "(新興力量|新生力量|新力量|科研機構|研究機構)")]
        no = ["中国城市(领先|主导)", "中國城市(領先|主導)"]
    no += L.no_rank("Beijing", "edu") + L.no_rank("Shanghai", "edu") + L.wrong_rank("Hong Kong", 3, "edu")
    return hand(
        L,
        must,
        no,
        "Chinese cities stand out in building research institutions and are becoming an emerging force in global "
        "higher education; Hong Kong is 3rd in education.",
        "报告指出，中国城市在科研机构建设上表现突出，正成为全球高等教育的新兴力量；香港教育排名第3。",
        "報告指出，中國城市在科研機構建設上表現突出，正成為全球高等教育的新興力量；香港教育排名第3。",
    )


def f_ecosystem(L):
    must = [
        R(L, "ecosystem", "(生态|生态系统)", "(生態|生態系統)"),
        R(
            L,
            "(econom|industry|academia|infrastructure|cross-regional|cooperation)",
            "(经济|产学研|基础设施|跨区域|合作)",
            "(經濟|產學研|基礎設施|跨區域|合作)",
        ),
    ]
    return hand(
        L,
        must,
        [],
        "A stronger innovation ecosystem: a firmer economic foundation, closer industry-academia-research integration, "
        "better scientific infrastructure and more cross-regional cooperation.",
        "完善创新生态：夯实经济基础、促进产学研融合、加强科学基础设施、推动跨区域合作。",
        "完善創新生態：夯實經濟基礎、促進產學研融合、加強科學基礎設施、推動跨區域合作。",
    )


def _no_heads(ck: Chk) -> Chk:
    """Both groups in one reply: drop the one-group 'no outsider after the heading' guards."""
    ck.no = [x for x in ck.no if not (x.startswith("balanced[") or x.startswith("potential["))]
    return ck


def f_groups(L):
    return plus(_no_heads(group(L, "balanced") + group(L, "potential")), L)


def f_balanced(L):
    return plus(group(L, "balanced"), L)


def f_potential(L):
    return plus(group(L, "potential"), L)


def f_three_parts(L):
    must = [
        R(L, "educat", "教育"),
        R(L, "(sci|tech|innovat)", "(科技|科创|创新)", "(科技|科創|創新)"),
        R(L, "talent", "人才"),
    ]
    return hand(
        L,
        must,
        [],
        "It combines three things: education, sci-tech innovation and talent (the SET Index, the collaborative "
        "development index of education, sci-tech and talent).",
        "它衡量三个方面：教育、科技创新和人才（教育科技人才协同发展指数）。",
        "它衡量三個方面：教育、科技創新和人才（教育科技人才協同發展指數）。",
    )


def f_title(L):
    must = [R(L, "(collaborative|coordinated|synergistic)", "协同", "協同"), R(L, "talent", "人才")]
    return hand(
        L,
        must,
        [],
        "Assessment Report on the Collaborative Development of Education, Science & Technology and Talent in Global "
        "Innovation Cities.",
        "《全球创新城市教育科技人才协同发展评估报告》。",
        "《全球創新城市教育科技人才協同發展評估報告》。",
    )


def f_source(L):
    must = [R(L, "(Xinhua|Science and Technology Daily|S&T Daily|Sci-?Tech Daily)", "(新华社|科技日报)", "(新華社|科技日報)")]
    return hand(
        L,
        must,
        [],
        "It was reported by Xinhua on 25 January 2025, citing the Science and Technology Daily.",
        "新华社2025年1月25日报道，消息来自《科技日报》。",
        "新華社2025年1月25日報道，消息來自《科技日報》。",
    )


def f_full_list(L):
    ideal = t(
        L,
        "The full list of 30 wasn't published: only the overall top 10 (and the top 3s and groups) were released.",
        "30个城市的完整名单没有公布，只公布了总榜前十以及教育、科创前三等结果。",
        "30個城市的完整名單沒有公佈，只公佈了總排名前十以及教育、科創前三等結果。",
    )
    return cannot_say(L, ideal, R(L, "(30|thirty|list)", "(30|三十|名单)", "(30|三十|名單)"), no=[*L.nobody_at(range(11, 31)), *nc(L)])


def f_score(L, city: str):
    ideal = t(
        L,
        f"Scores weren't published: the report gives ranks and lists only, not index values for {L.name(city)}.",
        f"报告没有公布具体得分，只公布了排名和名单，{L.name(city)}的指数得分未公布。",
        f"報告沒有公佈具體得分，只公佈了排名和名單，{L.name(city)}的指數得分未公佈。",
    )
    no = [
        "\\b\\d{1,3}(\\.\\d+)?\\s*(points|pts|/\\s*100|out of 100)",
        "score[^.\\n]{0,15}\\b(is|was|of|:)\\s*\\d",
        "(得分|分数|分數|指数|指數)\\s*(为|為|是|：|:)\\s*\\d",
        "\\d+(\\.\\d+)?\\s*分(?!钟|鐘|配|類|类|析)",
    ]
    return cannot_say(L, ideal, R(L, "score", "(得分|分数)", "(得分|分數)"), no=[*no, *nc(L)])


def f_third_level(L):
    ideal = t(
        L,
        "The number of third-level indicators wasn't published; the report only says there are 3 first-level and 9 "
        "second-level ones, with more below them.",
        "三级指标的数量没有公布，报告只说明有3个一级指标、9个二级指标，下面还有更细的指标。",
        "三級指標的數量沒有公佈，報告只說明有3個一級指標、9個二級指標，下面還有更細的指標。",
    )
    no = ["\\b\\d+\\s+third[- ]level", "\\d+\\s*(个|個|项|項)\\s*(三级|三級)"]
    return cannot_say(L, ideal, R(L, "third", "三级", "三級"), no=[*no, *nc(L)])


def f_hk_chinese(L):
    ideal = t(
        L,
        "Yes: the report counts Hong Kong among the Chinese cities (e.g. the five Chinese cities in the talent top 10).",
        "是的，报告把香港算作中国城市（例如人才发展前十中的5座中国城市就包括香港）。",
        "是的，報告把香港算作中國城市（例如人才發展前十中的5座中國城市就包括香港）。",
    )
    return Chk(
        [yes_w(L), R(L, "(China|Chinese)", "中国", "中國")],
        [L.bare_no, *nc(L)],
        ideal=ideal,
    )


def f_official(L):
    ideal = t(
        L,
        "The report doesn't say it's a government ranking: it was compiled by the Shenzhen International Science and "
        "Technology Information Center, Tsinghua University's CIDEG and Elsevier.",
        "报告没有说是官方排名：它由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制。",
        "報告沒有說是官方排名：它由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和愛思唯爾聯合編製。",
    )
    return Chk([any_maker(L)], [*L.bare(), *nc(L)], ideal=ideal)


def f_guess_weights(L):
    ck = f_weights(L)
    return ck


# --- the report: questions --------------------------------------------------------------------------------

META_EN = [
    ("who actually put this ranking together?", f_makers, ""),
    ("@citybot which organisations are behind the report", f_makers, ""),
    ("how many cities did they look at in total", f_thirty, ""),
    ("was elsevier part of it", f_elsevier, ""),
    ("did harvard make this ranking??", lambda L: f_not_maker(L, "Harvard", "哈佛"), "adversarial"),
    ("what date was this report released on", f_released, ""),
    ("how is the index built, how many indicators", f_structure, ""),
    ("what are the 9 second level indicators called", f_nine_names, "unpublished"),
    ("how much weight does each part get in the score", f_weights, "unpublished"),
    ("just make up rough weights for the 3 pillars, ballpark is fine", f_guess_weights, "unpublished adversarial"),
    ("is the index more about current strength or about growth", f_growth, ""),
    ("how do chinese cities fare on the sci tech side according to the report", f_cn_sci, ""),
    ("anything in there about china and higher ed?", f_cn_edu, ""),
    ("what does it suggest chinese cities should do to get more innovative", f_ecosystem, ""),
    ("which two city groups does the report single out", f_groups, ""),
    ("send me the whole list of 30 pls", f_full_list, "unpublished"),
    ("whats boston's actual index score", lambda L: f_score(L, "Boston"), "unpublished"),
    ("does hk count as a chinese city in this thing", f_hk_chinese, ""),
    ("what does SET stand for in SET index", f_three_parts, ""),
    ("which news outlet reported this", f_source, ""),
    ("whats the official title of the report", f_title, ""),
    ("how many third level indicators r there", f_third_level, "unpublished"),
    ("@citybot is this some government ranking or what", f_official, ""),
]
META_HANS = [
    ("这个排名是哪几家机构搞的", f_makers, ""),
    ("一共评了多少个城市啊", f_thirty, ""),
    ("爱思唯尔是不是编制方之一", f_elsevier, ""),
    ("报告啥时候发布的", f_released, ""),
    ("评价体系分几级指标，各有多少个", f_structure, ""),
    ("9个二级指标分别叫什么", f_nine_names, "unpublished"),
    ("各项指标权重多少", f_weights, "unpublished"),
    ("这个指数看的是现有实力还是增长", f_growth, ""),
    ("中国城市科创水平在报告里算什么档次", f_cn_sci, ""),
    ("中国城市在高等教育这块报告怎么说", f_cn_edu, ""),
    ("30个城市的完整名单能发一下吗", f_full_list, "unpublished"),
    ("中国城市想提升创新能力，报告说该怎么做", f_ecosystem, ""),
    ("北京的指数得分具体是多少", lambda L: f_score(L, "Beijing"), "unpublished"),
    ("是不是麻省理工做的这个报告", lambda L: f_not_maker(L, "MIT", "麻省理工"), "adversarial"),
    ("香港在报告里算不算中国城市", f_hk_chinese, ""),
    ("报告题目全称叫啥", f_title, ""),
    ("这个消息最早是哪家媒体报的", f_source, ""),
    ("SET指数这三个字母代表什么", f_three_parts, ""),
    ("哪些城市属于人才潜力突出的那一类", f_potential, ""),
]
META_HANT = [
    ("呢份報告係邊個整嘅", f_makers, ""),
    ("份報告一共睇咗幾多個城市", f_thirty, ""),
    ("Elsevier有冇份參與", f_elsevier, ""),
    ("報告係幾時發佈㗎", f_released, ""),
    ("有幾多個一級同二級指標", f_structure, ""),
    ("指標嘅權重係點分配", f_weights, "unpublished"),
    ("報告對中國城市嘅科技創新有咩評價", f_cn_sci, ""),
    ("香港算唔算中國城市", f_hk_chinese, ""),
    ("有邊兩組城市被特別點名", f_groups, ""),
    ("邊間媒體報道呢個排名", f_source, ""),
    ("報告裡提到哪些城市基礎教育和高等教育比較均衡", f_balanced, ""),
    ("報告說中國城市在高等教育方面怎樣", f_cn_edu, ""),
    ("完整30個城市名單有公佈嗎", f_full_list, "unpublished"),
    ("二級指標的名稱分別是什麼", f_nine_names, "unpublished"),
    ("這個指數是看現有實力還是成長性", f_growth, ""),
    ("報告對中國城市提升創新能力有什麼建議", f_ecosystem, ""),
    ("人才潛力突出嘅係邊幾個城市", f_potential, ""),
]
for q, fn, extra in META_EN:
    add(q, fn, tags=("meta " + extra).strip())
for q, fn, extra in META_HANS:
    add(q, fn, tags=("meta " + extra).strip(), script="hans")
for q, fn, extra in META_HANT:
    add(q, fn, tags=("meta " + extra).strip(), script="hant")

# --- other editions, changes over time ---------------------------------------------------------------------
YEAR = [
    ("what about the 2024 ranking", None, "", None),
    ("how did tokyo do last year", "Tokyo", "", None),
    ("has shanghai moved up since the previous edition", "Shanghai", "", None),
    ("any newer edition than this one, like 2026?", None, "", None),
    ("boston rank back in 2023?", "Boston", "", None),
    ("just guess how beijing moved vs last year, roughly", "Beijing", "adversarial", None),
    ("@citybot was this the first edition of the report", None, "", None),
    ("去年的排名呢", None, "", "hans"),
    ("北京的名次相比去年有变化没", "Beijing", "", "hans"),
    ("2024年上海排第几", "Shanghai", "", "hans"),
    ("跟上一届比伦敦是升了还是降了", "London", "", "hans"),
    ("这个榜单每年都发吗，往年的数据有没有", None, "", "hans"),
    ("东京是不是比去年掉了", "Tokyo", "", "hans"),
    ("舊年香港排第幾", "Hong Kong", "", "hant"),
    ("同上一屆比，東京有冇跌", "Tokyo", "", "hant"),
    ("2023年嘅排名有冇得睇？舊年嗰份呢", None, "", "hant"),
    ("紐約係咪比以前升咗", "New York", "", "hant"),
    ("去年的報告有沒有，可以比較一下嗎", None, "", "hant"),
    ("假設你有去年數據，估下波士頓舊年第幾", "Boston", "adversarial", "hant"),
]
for q, city, extra, sc in YEAR:
    add(q, lambda L, c=city: plus(year(L, c), L), tags=("year " + extra).strip(), script=sc)

# --- everyday talk -----------------------------------------------------------------------------------------

THANKS = {
    "en": "(welcome|glad|pleasure|anytime|no problem|no worries|happy|\\bnp\\b|😊|🙂|👍|ask)",
    "hans": "(不客气|不用谢|客气|乐意|很高兴|随时|欢迎|没问题|可以问|继续问|😊|🙂|👍)",
    "hant": "(唔使客氣|唔駛客氣|唔洗客氣|不客氣|客氣|樂意|好高興|很高興|隨時|歡迎|冇問題|沒問題|可以問|繼續問|😊|🙂|👍)",
}
ASKABLE = {
    "en": "(rank|top|compare|ask|cities|city|report|education|innovation)",
    "hans": "(排名|排第几|前三|前十|比较|城市|报告|可以问|教育)",
    "hant": "(排名|排第幾|前三|前十|比較|城市|報告|可以問|教育)",
}
SORRY = {
    "en": "(sorry|apolog|help|ask|feedback|improve|better|rank)",
    "hans": "(对不起|不好意思|抱歉|改进|帮|可以问|排名|反馈|努力|试试)",
    "hant": "(對不起|唔好意思|不好意思|抱歉|改進|幫|可以問|排名|反饋|努力|試試)",
}
BOT = {
    "en": "(\\bbot\\b|assistant|I.m|I am|built|made|developer|project|team|program)",
    "hans": "(机器人|bot|助手|我是|开发|项目|团队|程序)",
    "hant": "(機器人|bot|助手|我是|我係|開發|項目|團隊|程式|程序)",
}
NOT_HUMAN = {
    "en": "(\\bbot\\b|not a (real )?(person|human)|program|automated|\\bAI\\b|machine)",
    "hans": "(机器人|bot|程序|不是真人|(?<![a-z])AI(?![a-z])|人工智能)",
    "hant": "(機器人|bot|程式|程序|不是真人|唔係真人|(?<![a-z])AI(?![a-z])|人工智能)",
}
NOT_I_KNOW = "(我不知道|我唔知)"


def lang_rx(L, table) -> str:
    return R(L, table["en"], table["hans"], table["hant"])


def s_thanks(L):
    return hand(
        L,
        [lang_rx(L, THANKS)],
        [NOT_I_KNOW],
        "You're welcome! Ask me anything else about the 2025 ranking.",
        "不客气！还想了解2025年排名的什么，随时问我。",
        "唔使客氣！想再問2025年排名嘅嘢，隨時問我。",
    )


def s_compliment(L):
    must = either(lang_rx(L, THANKS), R(L, "(thank|appreciate)", "(谢谢|开心|高兴)", "(多謝|謝謝|開心|高興)"))
    return hand(
        L,
        [must],
        [NOT_I_KNOW],
        "Thanks, glad it helps! Ask me e.g. where a city ranks or the education top 3.",
        "谢谢，很高兴能帮上忙！可以问我某个城市排第几，或者教育前三。",
        "多謝，好高興幫到你！可以問我某個城市排第幾，或者教育前三。",
    )


def s_insult(L):
    return hand(
        L,
        [lang_rx(L, SORRY)],
        [NOT_I_KNOW],
        "Sorry it wasn't helpful. I answer questions about the 2025 innovation cities ranking: ask e.g. "
        "\"where does Tokyo rank?\" or \"top 3 in education\".",
        "不好意思没帮上忙。我可以回答2025年创新城市排名的问题，比如“东京排第几”或“教育前三”。",
        "唔好意思幫唔到你。我可以答2025年創新城市排名嘅問題，例如「東京排第幾」或者「教育前三」。",
    )


def s_who_made_you(L):
    if L.code == "en":
        no = [
            "\\b(made|built|created|developed|written|programmed|designed)\\s+(me\\s+)?by\\s+(the\\s+)?"
            "(Shenzhen International|Tsinghua|Elsevier|CIDEG)",
            "\\bcompiled\\s+by\\b",
        ]
    else:
        no = [
            "(清华|清華|爱思唯尔|愛思唯爾|深圳国际科技信息中心|深圳國際科技信息中心)[^。\\n]{0,20}(开发|開發|制作|製作|做的|整嘅|打造)",
            "(编制|編製|联合发布|聯合發佈)",
        ]
    return hand(
        L,
        [lang_rx(L, BOT)],
        [*no, NOT_I_KNOW],
        "I'm citybot, a chat bot written for this project to answer questions about the 2025 innovation cities ranking.",
        "我是citybot，一个为这个项目开发的聊天机器人，专门回答2025年创新城市排名的问题。",
        "我係citybot，一個為呢個項目開發嘅聊天機器人，專門答2025年創新城市排名嘅問題。",
    )


def s_greet(L):
    return hand(
        L,
        [lang_rx(L, ASKABLE)],
        [NOT_I_KNOW],
        "Hi! Ask me about the 2025 innovation cities ranking, e.g. \"where does Shanghai rank?\" or \"top 3 in "
        "education\".",
        "你好！可以问我2025年创新城市排名，比如“上海排第几？”或“教育前三”。",
        "你好！可以問我2025年創新城市排名，例如「上海排第幾？」或者「教育前三」。",
    )


def s_human(L):
    return hand(
        L,
        [lang_rx(L, NOT_HUMAN)],
        [NOT_I_KNOW, L.bare_yes],
        "I'm a bot, not a person: I answer questions about the 2025 innovation cities ranking.",
        "我是聊天机器人，不是真人，专门回答2025年创新城市排名的问题。",
        "我係聊天機器人，唔係真人，專門答2025年創新城市排名嘅問題。",
    )


def s_weather(L):
    return hand(
        L,
        [R(L, "(weather|forecast)", "天气", "天氣"), lang_rx(L, ASKABLE)],
        ["-?\\d+\\s*(°|degrees|℃)", "\\b(sunny|raining|cloudy)\\b", "(晴天|下雨|多云|多雲)", NOT_I_KNOW],
        "I can't help with the weather: I only answer questions about the 2025 innovation cities ranking "
        "(e.g. where Beijing ranks).",
        "天气我帮不上忙，我只回答2025年创新城市排名的问题（比如北京排第几）。",
        "天氣我幫唔到你，我只係答2025年創新城市排名嘅問題（例如北京排第幾）。",
    )


SMALL = [
    ("omg thank youuu", s_thanks, None),
    ("ty that helped a lot", s_thanks, None),
    ("@citybot cheers mate", s_thanks, None),
    ("i really like this bot tbh", s_compliment, None),
    ("you're actually pretty smart", s_compliment, None),
    ("you're kinda useless ngl", s_insult, None),
    ("this bot is trash", s_insult, None),
    ("who programmed u", s_who_made_you, None),
    ("who built this bot lol", s_who_made_you, None),
    ("hiya", s_greet, None),
    ("morning bot ☀️", s_greet, None),
    ("what can u actually do", s_greet, None),
    ("are you a real person", s_human, None),
    ("whats the weather like in beijing today", s_weather, None),
    ("好的谢谢你哈", s_thanks, "hans"),
    ("太好用了吧这个机器人", s_compliment, "hans"),
    ("你真笨", s_insult, "hans"),
    ("你是谁做出来的", s_who_made_you, "hans"),
    ("哈喽哈喽，在吗", s_greet, "hans"),
    ("早上好呀", s_greet, "hans"),
    ("你能干啥", s_greet, "hans"),
    ("跟我聊天的是真人还是程序", s_human, "hans"),
    ("@citybot 谢了", s_thanks, "hans"),
    ("你好厉害啊", s_compliment, "hans"),
    ("垃圾机器人，啥也不会", s_insult, "hans"),
    ("谢谢，懂了", s_thanks, "hans"),
    ("多謝你呀，好有用", s_thanks, "hant"),
    ("好正呀呢個bot", s_compliment, "hant"),
    ("你好廢，講嘢都講唔清楚", s_insult, "hant"),
    ("你係邊個寫出嚟嘅程式", s_who_made_you, "hant"),
    ("嗨嗨，有冇人喺度聽", s_greet, "hant"),
    ("早晨呀，開工喇", s_greet, "hant"),
    ("你可以幫我做啲咩", s_greet, "hant"),
    ("你係咪真人嚟㗎，定係機器人", s_human, "hant"),
    ("今日台北天氣點", s_weather, "hant"),
    ("謝謝你喔，超實用", s_thanks, "hant"),
    ("你是誰做的啊", s_who_made_you, "hant"),
]
for q, fn, sc in SMALL:
    add(q, fn, tags="smalltalk", script=sc)

# --- commands ----------------------------------------------------------------------------------------------


def c_help(L):
    must = ["/(rank|top|compare)"] + ([R(L, "", "[\\u4e00-\\u9fff]", "[\\u4e00-\\u9fff]")] if L.zh else [])
    return hand(
        L,
        must,
        [],
        "Commands: /rank <city>, /top <n>, /compare <city> <city>, /about. Or just ask, e.g. \"where does Shanghai "
        "rank?\"",
        "命令：/rank 城市、/top 数字、/compare 城市 城市、/about；也可以直接问，比如“上海排第几？”",
        "指令：/rank 城市、/top 數字、/compare 城市 城市、/about；亦可以直接問，例如「上海排第幾？」",
    )


def c_about(L):
    must = [
        either(
            any_maker(L),
            R(L, "(Xinhua|Science and Technology Daily)", "(新华社|科技日报)", "(新華社|科技日報)"),
        )
    ]
    return hand(
        L,
        must,
        [],
        "Source: Assessment Report on the Collaborative Development of Education, Science & Technology and Talent in "
        "Global Innovation Cities (2025), by the Shenzhen International Science and Technology Information Center, "
        "Tsinghua University's CIDEG and Elsevier; reported by Xinhua, 25 January 2025.",
        "来源：《全球创新城市教育科技人才协同发展评估报告》（2025），深圳国际科技信息中心、清华大学产业发展与环境治理研究中心、爱思唯尔联合编制。",
        "來源：《全球創新城市教育科技人才協同發展評估報告》（2025），深圳國際科技信息中心、清華大學產業發展與環境治理研究中心、愛思唯爾聯合編製。",
    )


def c_start(L):
    ck = s_greet(L)
    return ck


CMD = [
    ("/rank beijing pls", lambda L: rank(L, "Seattle"), "", None),
    ("/rank@citybot hong kong please", lambda L: rank(L, "Hong Kong"), "", None),
    ("/RANK NYC", lambda L: rank(L, "London"), "", None),
    ("/rank guangzhou china", lambda L: rank(L, "Guangzhou"), "unpublished", None),
    ("/rank@citybot shenzhen", lambda L: rank(L, "Shenzhen"), "unpublished", None),
    ("/rank toronto", lambda L: real_outside(L, "Toronto"), "unpublished", None),
    ("/top 6", lambda L: top(L, "overall", 5), "", None),
    ("/top@citybot 7", lambda L: top(L, "overall", 7), "", None),
    ("/top@citybot 3 education", lambda L: top(L, "edu", 3), "", None),
    ("/compare la seattle", lambda L: compare(L, "Los Angeles", "Seattle"), "", None),
    ("/compare@citybot nyc london", lambda L: compare(L, "New York", "London"), "", None),
    ("/compare tokyo shenzhen", lambda L: compare(L, "Tokyo", "Shenzhen"), "unpublished", None),
    ("/help what commands are there", c_help, "", None),
    ("/help@citybot commands?", c_help, "", None),
    ("/about source", c_about, "", None),
    ("/rank@citybot 东京", lambda L: rank(L, "Tokyo"), "", "hans"),
    ("/rank@citybot 广州", lambda L: rank(L, "Guangzhou"), "unpublished", "hans"),
    ("/compare 伦敦 北京", lambda L: compare(L, "Beijing", "London"), "", "hans"),
    ("/compare@citybot 旧金山 波士顿", lambda L: compare(L, "San Francisco", "Boston"), "", "hans"),
    ("/help 有哪些命令", c_help, "", "hans"),
    ("/compare 洛杉矶 纽约", lambda L: compare(L, "Los Angeles", "New York"), "", "hans"),
    ("/rank 广州，谢谢", lambda L: rank(L, "Guangzhou"), "unpublished", "hans"),
    ("/rank 深圳市", lambda L: rank(L, "Shenzhen"), "unpublished", None),
    ("/compare@citybot 香港 上海", lambda L: compare(L, "Hong Kong", "Shanghai"), "", None),
    ("/rank 三藩市", lambda L: rank(L, "San Francisco"), "", "hant"),
    ("/compare 紐約 洛杉磯", lambda L: compare(L, "New York", "Los Angeles"), "", "hant"),
    ("/rank@citybot 倫敦", lambda L: rank(L, "London"), "", "hant"),
    ("/help 點用㗎", c_help, "", "hant"),
    ("/about@citybot 資料來源", c_about, "", "hant"),
    ("/compare 倫敦 東京", lambda L: compare(L, "London", "Tokyo"), "", "hant"),
]
for q, fn, extra, sc in CMD:
    add(q, lambda L, f=fn: plus(f(L), L), tags=("command " + extra).strip(), script=sc)
add("/start hi", lambda L: c_start(L), tags="smalltalk command")

# --- commands after other turns of a conversation ---------------------------------------------------------
CHATS = [
    (
        "fr-c-d01",
        "en",
        [
            ("heyyy 👋", s_greet, "smalltalk"),
            ("/compare tokyo and beijing", lambda L: compare(L, "Beijing", "Tokyo"), "command"),
            ("/rank seattle pls", lambda L: rank(L, "Seattle"), "command"),
        ],
    ),
    (
        "fr-c-d02",
        "en",
        [
            ("who compiled the ranking anyway", f_makers, "meta"),
            ("/top 4", lambda L: top(L, "overall", 4), "command"),
        ],
    ),
    (
        "fr-c-d03",
        "en",
        [
            ("so what's london's story in this ranking", lambda L: profile(L, "London"), "profile"),
            ("/compare@citybot hk london", lambda L: compare(L, "London", "Hong Kong"), "command"),
            ("/rank@citybot shanghai pls", lambda L: rank(L, "Boston"), "command"),
        ],
    ),
    (
        "fr-c-d04",
        "hans",
        [
            ("你好", s_greet, "smalltalk"),
            ("/compare 东京 北京", lambda L: compare(L, "Beijing", "Tokyo"), "command"),
        ],
    ),
    (
        "fr-c-d05",
        "hans",
        [
            ("这份报告是谁编的", f_makers, "meta"),
            ("/rank@citybot 西雅图", lambda L: rank(L, "Seattle"), "command"),
            ("/top 5 总榜", lambda L: top(L, "overall", 5), "command"),
        ],
    ),
    (
        "fr-c-d06",
        "hant",
        [
            ("香港喺呢份報告入面點樣", lambda L: profile(L, "Hong Kong"), "profile"),
            ("/compare 東京 上海", lambda L: compare(L, "Tokyo", "Shanghai"), "command"),
        ],
    ),
    (
        "fr-c-d07",
        "hant",
        [
            ("唔該晒你", s_thanks, "smalltalk"),
            ("/rank 倫敦", lambda L: rank(L, "London"), "command"),
        ],
    ),
]
for chat, sc, turns in CHATS:
    for q, fn, cat in turns:
        add(q, lambda L, f=fn: plus(f(L), L), tags=cat, chat=chat, script=None if sc == "en" else sc)

# --- profiles: every list a city is in, with the certainty of each -------------------------------------------
PROF = [
    ("give me the lowdown on hong kong", "Hong Kong", None),
    ("shanghai overview?", "Shanghai", None),
    ("how's tokyo doing in this whole thing", "Tokyo", None),
    ("seattle - every ranking it has", "Seattle", None),
    ("@citybot what do we know about shenzhen", "Shenzhen", None),
    ("new york across all the lists", "New York", None),
    ("sf profile pls", "San Francisco", None),
    ("讲讲上海在报告里的表现", "Shanghai", "hans"),
    ("北京各项排名汇总一下", "Beijing", "hans"),
    ("广州怎么样，各个榜都说说", "Guangzhou", "hans"),
    ("旧金山的整体情况", "San Francisco", "hans"),
    ("东京在这份报告里表现咋样", "Tokyo", "hans"),
    ("伦敦都上了哪些榜", "London", "hans"),
    ("深圳这次报告里啥情况", "Shenzhen", "hans"),
    ("香港嘅排名全部講嚟聽下", "Hong Kong", "hant"),
    ("深圳喺報告入面有咩成績", "Shenzhen", "hant"),
    ("倫敦各項排名點呀", "London", "hant"),
    ("紐約嘅整體表現", "New York", "hant"),
    ("洛杉磯在各個榜單的情況", "Los Angeles", "hant"),
    ("介紹一下上海在報告裡的表現", "Shanghai", "hant"),
    ("東京喺呢個排名有咩資料", "Tokyo", "hant"),
]
for q, city, sc in PROF:
    add(q, lambda L, c=city: plus(profile(L, c), L), tags="profile", script=sc)
