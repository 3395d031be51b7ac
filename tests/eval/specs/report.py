"""Issue 11, point 10: the report itself, by topic, and editions / years."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, MAKERS, ZH, makers, near, rank, released, t, thirty, year

SHEET = Sheet(
    "report",
    "the report itself, by topic; editions and years (issue 11, point 10)",
    """
Who compiled it, when, its title and index, how many cities, its indicator structure (3 first-level, 9
second-level whose names were not published), current strength vs growth, and what it says about Chinese
cities in sci-tech and higher education. Only the 2025 edition is in the data: another year or "how did it
change" says so and is not answered from 2025.
""",
)
S = SHEET


def zh(L, hans: str, hant: str) -> str:
    return hant if L.code == "hant" else hans


def structure(L):
    if L.code == "en":
        return Chk(
            [near("(\\b3\\b|three)", "first.level", 40), near("(\\b9\\b|nine)", "second.level", 40)],
            ideal="Three first-level indicators (education, sci-tech innovation and talent), "
            "nine second-level indicators, and more at the third level.",
        )
    return Chk(
        [near("(3|三)\\s*(个|個|项|項)?", "一级|一級", 20), near("(9|九)\\s*(个|個|项|項)?", "二级|二級", 20)],
        ideal=zh(
            L,
            "3个一级指标（教育、科技创新、人才）、9个二级指标，以及更多三级指标。",
            "3個一級指標（教育、科技創新、人才）、9個二級指標，以及更多三級指標。",
        ),
    )


NINE_LISTED_EN = (
    "(nine|9)\\s+(second.level\\s+)?(indicators|sub.?indicators)\\s+(are|include|:)\\s*[^.\\n]{0,80},[^.\\n]{0,80},"
)
NINE_LISTED_ZH = (
    "(9|九)\\s*(个|個|项|項)\\s*二(级|級)指标[^。\\n]{0,4}(是|为|為|包括|：|"
    ":)[^。\\n]{2,40}[、，,][^。\\n]{2,40}[、，,]"
)


def nine_names(L):
    if L.code == "en":
        return Chk(
            [L.notpub, "(\\b9\\b|nine)"],
            [NINE_LISTED_EN],
            ideal="The report has nine second-level indicators, "
            "but their names weren't published (only the three first-level ones: education, "
            "sci-tech innovation and talent).",
        )
    return Chk(
        [L.notpub, "(9|九)"],
        [NINE_LISTED_ZH],
        ideal=zh(
            L,
            "报告有9个二级指标，但名称未公布；公布的只有3个一级指标：教育、科技创新、人才。",
            "報告有9個二級指標，但名稱未公佈；公佈的只有3個一級指標：教育、科技創新、人才。",
        ),
    )


def growth(L):
    if L.code == "en":
        return Chk(
            [
                "(current|existing|present)",
                "(growth|momentum|dynamic)",
                "(supplement|secondary|complement|mainly|mostly|primarily|chiefly)",
            ],
            ideal="Mainly current strength, with growth indicators as a supplement.",
        )
    return Chk(
        [
            "(现状|現狀|当前|當前|现有|現有|存量|实力|實力|水平)",
            "(增长|增長|成长|成長|发展速度|發展速度|增量|潜力|潛力)",
            "(补充|補充|辅|輔|为主|為主|主要)",
        ],
        ideal=zh(L, "以现有实力指标为主，以增长类指标为补充。", "以現有實力指標為主，以增長類指標為補充。"),
    )


def chinese_scitech(L):
    if L.code == "en":
        return Chk(
            [
                "(upper.middle|middle.upper|upper half|above.average)",
                "(momentum|strong growth|rising|dynamic)",
                "North America",
            ],
            ideal="North American cities perform best overall in sci-tech innovation; Chinese cities sit in the "
            "upper-middle range with strong momentum (Beijing is 3rd in sci-tech innovation).",
        )
    return Chk(
        ["(中上|中高)", "(势头|勢頭|强劲|強勁|潜力|潛力|动力|動力|上升)", "北美"],
        ideal=zh(
            L,
            "北美城市在科技创新方面整体表现最好；中国城市处于中上游，发展势头强劲（北京科技创新第3）。",
            "北美城市在科技創新方面整體表現最好；中國城市處於中上游，發展勢頭強勁（北京科技創新第3）。",
        ),
    )


def higher_ed(L):
    if L.code == "en":
        return Chk(
            ["research institutions?", "(emerging|rising|new) (force|power|player)", "higher education"],
            ideal="Chinese cities stand out in developing research institutions and are becoming an emerging force in "
            "global higher education.",
        )
    return Chk(
        ["(科研机构|科研機構|研究机构|研究機構)", "(新兴|新興|新生)力量", "高等教育"],
        ideal=zh(
            L,
            "中国城市在科研机构建设方面表现突出，正成为全球高等教育的新兴力量。",
            "中國城市在科研機構建設方面表現突出，正成為全球高等教育的新興力量。",
        ),
    )


def ecosystem(L):
    if L.code == "en":
        return Chk(
            [
                "ecosystem",
                "(econom)",
                "(industry|academia|research)",
                "(infrastructure)",
                "(cross.regional|regional cooperation|cooperation)",
            ],
            ideal="Strengthening the innovation ecosystem: enhancing the economic foundation, integrating industry, "
            "academia and research, boosting scientific infrastructure, "
            "and fostering cross-regional cooperation.",
        )
    return Chk(
        ["(生态|生態)", "(经济|經濟)", "(产学研|產學研)", "(基础设施|基礎設施)", "(跨区域|跨區域|区域合作|區域合作)"],
        ideal=zh(
            L,
            "关键是加强创新生态：夯实经济基础、推动产学研融合、加强科研基础设施、促进跨区域合作。",
            "關鍵是加強創新生態：夯實經濟基礎、推動產學研融合、加強科研基礎設施、促進跨區域合作。",
        ),
    )


NO_SCORES_EN = [
    "\\b(score[sd]?|points?)\\s*(of|:|=)?\\s*\\d{2,3}(\\.\\d+)?\\b(?!\\s*(cities|indicators))",
    "\\b\\d{2,3}(\\.\\d+)?\\s*(points|/\\s*100)\\b",
]
NO_SCORES_ZH = ["(得分|分数|分數|评分|評分)\\s*(为|為|是|：|:)?\\s*\\d{2,3}(\\.\\d+)?"]

# --- English: the report ---------------------------------------------------------------------------------
S.c("who made the report?", makers(EN), tags="meta", ho=["who compiled this ranking", "whose report is this"])
S.c(
    "was Elsevier involved?",
    Chk([EN.yes, "Elsevier", "(compil|co-?author|produc|prepar|one of|with|made)"], [EN.bare_no]),
    ideal="Yes — Elsevier compiled it together with the Shenzhen International Science and Technology Information "
    "Center and Tsinghua University's CIDEG.",
    tags="meta",
    ho=["did elsevier have anything to do with it"],
)
S.c(
    "is tsinghua part of this",
    Chk([EN.yes, "Tsinghua"], [EN.bare_no]),
    ideal="Yes — Tsinghua University's Center for Industrial Development and Environmental Governance (CIDEG) is one "
    "of the three compilers.",
    tags="meta",
)
S.c(
    "is it a xinhua ranking?",
    Chk(["(\\bno\\b|\\bnot\\b|n.t\\b)", "Xinhua", "(Tsinghua|Elsevier|Shenzhen International)"], [EN.bare_yes]),
    ideal="No — Xinhua reported it; the report was compiled by the Shenzhen International Science and Technology "
    "Information Center, Tsinghua University's CIDEG and Elsevier.",
    tags="meta adversarial",
)
S.c("when was it released", released(EN), tags="meta", ho=["release date of the report?"])
S.c(
    "how many cities were evaluated",
    thirty(EN),
    EN.notpub,
    ideal="30 cities were evaluated, "
    "but the full list wasn't published — only the overall top 10 and a few shorter lists.",
    tags="meta unpublished",
)
S.c(
    "what's the report called",
    "(Collaborative Development|Education, Science|Global Innovation Cities)",
    ideal="Assessment Report on the Collaborative Development of Education, "
    "Science & Technology and Talent in Global Innovation Cities (2025).",
    tags="meta",
    ho=["full title of the report?"],
)
S.c(
    "what does SET stand for",
    "(educ)",
    "(sci|tech)",
    "talent",
    ideal="Education, Science & Technology and Talent — the SET Index measures their collaborative development.",
    tags="meta",
)
S.c("how is the index structured", structure(EN), tags="meta", ho=["how many indicators does it use"])
S.c(
    "what are the 9 second-level indicators?",
    nine_names(EN),
    tags="meta unpublished",
    ho=["list the second level indicators"],
)
S.c(
    "does it measure growth or current strength",
    growth(EN),
    tags="meta",
    ho=["is it about momentum or how strong cities are now"],
)
S.c("what does the report say about chinese cities in sci-tech", chinese_scitech(EN), tags="meta")
S.c("what about chinese cities in higher education", higher_ed(EN), tags="meta")
S.c("what does it say chinese cities need to do", ecosystem(EN), tags="meta")
S.c(
    "what were the scores",
    EN.notpub,
    "(score|point)",
    no=NO_SCORES_EN,
    ideal="Scores weren't published — only ranks (overall top 10, "
    "education and sci-tech top 3) and the membership of the talent lists.",
    tags="meta unpublished adversarial",
)
S.c(
    "what's the source for this",
    "(Xinhua|report|Tsinghua|Elsevier)",
    "2025",
    ideal="The 2025 Assessment Report on the Collaborative Development of Education, "
    "Science & Technology and Talent in Global Innovation Cities, as reported by Xinhua on 25 January 2025.",
    tags="meta",
)
S.c(
    "which cities were evaluated?",
    thirty(EN),
    EN.notpub,
    ideal="30 cities were evaluated, "
    "but the full list wasn't published; the results name 12 of them (the overall top 10 plus Shenzhen and "
    "Guangzhou).",
    tags="meta unpublished",
)

# --- English: editions and years ---------------------------------------------------------------------------
S.c("the 2024 ranking", year(EN), tags="year", ho=["show me last year's list", "2024 top 10?"])
S.c("how did it change from last year", year(EN), tags="year", ho=["what changed since the previous edition"])
S.c("Beijing's ranking in 2024?", year(EN, "Beijing"), tags="year")
S.c("Was Boston also number one in 2023?", year(EN, "Boston"), no=[EN.bare_yes], tags="year yesno adversarial")
S.c("has shanghai moved up?", year(EN, "Shanghai"), tags="year", ho=["did shanghai improve?"])
S.c(
    "when's the next edition",
    "2025",
    EN.only_2025,
    no=["\\b(2026|next year)\\b[^.\\n]{0,30}\\b(will|is expected|comes? out|is due)\\b"],
    ideal="I only have the 2025 edition; the report doesn't say when the next one comes out.",
    tags="year",
)
S.c(
    "is this the first edition",
    "2025",
    EN.only_2025,
    no=[
        "(?<!whether it.s the )(?<!if it.s the )\\b(it is|it.s|this is) the (first|inaugural) (edition|report|ranking)"
    ],
    ideal="I only have the 2025 edition, and it doesn't say whether there were earlier ones.",
    tags="year adversarial",
)
S.c("2026 top 3", year(EN), tags="year")

# --- simplified Chinese ---------------------------------------------------------------------------------
S.c("这个报告是谁发布的", makers(HANS), tags="meta", ho=["报告是哪些机构编的"])
S.c("这个排名是谁做的", makers(HANS), tags="meta")
S.c(
    "爱思唯尔参与了吗",
    Chk([HANS.yes, "(爱思唯尔|Elsevier)"], [HANS.bare_no]),
    ideal="是的，爱思唯尔（Elsevier）是编制方之一，"
    "另外两家是深圳国际科技信息中心和清华大学产业发展与环境治理研究中心。",
    tags="meta",
)
S.c("报告什么时候发布的", released(HANS), tags="meta")
S.c("有几个一级指标", structure(HANS), tags="meta", ho=["指标体系是怎样的"])
S.c("二级指标有哪些", nine_names(HANS), tags="meta unpublished")
S.c("报告主要看现状还是增长", growth(HANS), tags="meta")
S.c("中国城市在科创方面表现如何", chinese_scitech(HANS), tags="meta", ho=["报告怎么评价中国城市的科技创新"])
S.c("中国城市在高等教育方面怎么样", higher_ed(HANS), tags="meta")
S.c(
    "报告全名是什么",
    "全球创新城市教育科技人才协同发展评估报告",
    ideal="《全球创新城市教育科技人才协同发展评估报告》。",
    tags="meta",
)
S.c(
    "各城市的得分是多少",
    ZH.notpub,
    "(排名|名单|名單|名次|得分|分数|分數)",
    no=NO_SCORES_ZH,
    ideal="报告没有公布得分，只公布了排名和名单。",
    tags="meta unpublished adversarial",
)
S.c("去年的排名", year(ZH), tags="year", ho=["2024年的前十名"])
S.c("和去年相比有什么变化", year(HANS), tags="year")
S.c("2024年北京排第几", year(HANS, "Beijing"), tags="year", ho=["北京去年排第几"])
S.c(
    "去年上海排第几",
    year(HANS, "Shanghai"),
    rank(HANS, "Shanghai"),
    tags="year rank",
    ideal="我只有2025年报告的数据，没有去年的排名。在2025年报告中上海总榜排名第8。",
)

# --- traditional Chinese ---------------------------------------------------------------------------------
S.c("這份報告是誰做的", makers(HANT), tags="meta", ho=["報告是哪幾個單位編製的"])
S.c("這份報告係邊個整嘅", makers(HANT), tags="meta")
S.c("這個排名是誰做的", makers(HANT), tags="meta")
S.c("報告什麼時候發佈", released(HANT), tags="meta")
S.c(
    "總共評估了幾個城市",
    thirty(HANT),
    HANT.notpub,
    ideal="共評估了30座城市，但完整名單未公佈。",
    tags="meta unpublished",
)
S.c("指標體系有幾層", structure(HANT), tags="meta")
S.c("九個二級指標是什麼", nine_names(HANT), tags="meta unpublished")
S.c("報告對中國城市的高等教育有什麼評價", higher_ed(HANT), tags="meta")
S.c("報告說中國城市要加強什麼", ecosystem(HANT), tags="meta")
S.c(
    "清華有參與嗎",
    Chk([HANT.yes, "清華"], [HANT.bare_no]),
    ideal="有的，清華大學產業發展與環境治理研究中心是編製方之一。",
    tags="meta",
)
S.c("去年香港排第幾", year(HANT, "Hong Kong"), tags="year", ho=["香港2024年排第幾"])
S.c("跟前年比排名有什麼變化", year(HANT), tags="year")
S.c("2023年的教育前三是誰", year(HANT), tags="year")
S.c(
    "下一屆什麼時候出",
    "2025",
    HANT.only_2025,
    ideal="我只有2025年這一版報告，報告沒有說下一版什麼時候發佈。",
    tags="year",
)

# --- the report itself: what it is, what it found, where to read it ---------------------------------------


def what_report(L) -> Chk:
    """What the report is: its title and its three compilers (not the bot's introduction, not a top 10)."""
    title = {"en": "(Collaborative Development|Innovation Cities)", "hans": "全球创新城市", "hant": "全球創新城市"}
    ideal = t(
        L,
        "The 2025 Assessment Report on the Collaborative Development of Education, Science & Technology and Talent in "
        "Global Innovation Cities, compiled by the Shenzhen International Science and Technology Information Center, "
        "Tsinghua University's CIDEG and Elsevier: 30 cities evaluated, released on 24 January 2025.",
        "《全球创新城市教育科技人才协同发展评估报告》，由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔"
        "联合编制，评估了30座城市，2025年1月24日发布。",
        "《全球創新城市教育科技人才協同發展評估報告》，由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心和愛思唯爾"
        "聯合編製，評估了30座城市，2025年1月24日發佈。",
    )
    return Chk([title[L.code], *MAKERS[L.code]], ["^I'm citybot", "^我是citybot", "^1\\. "], ideal=ideal)


def found(L) -> Chk:
    """What the report found: its leaders and what it says of Chinese / North American cities -- not who made it."""
    ideal = t(
        L,
        "Boston, San Francisco and Beijing lead overall; North American cities do best in sci-tech innovation, and "
        "Chinese cities sit in the upper-middle range with strong momentum.",
        "综合排名前三为波士顿、旧金山、北京；北美城市在科技创新方面整体表现最好，中国城市处于中上游、发展势头强劲。",
        "綜合排名前三爲波士頓、舊金山、北京；北美城市在科技創新方面整體表現最好，中國城市處於中上游、發展勢頭強勁。",
    )
    boston = {"en": "Boston", "hans": "波士顿", "hant": "波士頓"}[L.code]
    return Chk([boston, {"en": "(Chinese|North American)", "hans": "(中国|北美)", "hant": "(中國|北美)"}[L.code]],
               ["(compiled by|编制|編製)"], ideal=ideal)


S.c("what is this report", what_report(EN), tags="meta")
S.c("what's the study about?", what_report(EN), tags="meta")
S.c("tell me about the report pls", what_report(EN), tags="meta")
S.c("what kind of ranking is this", what_report(EN), tags="meta")
S.c("这个报告是什么", what_report(HANS), tags="meta")
S.c("介绍一下这份报告", what_report(HANS), tags="meta")
S.c("這是什麼報告？", what_report(HANT), tags="meta")
S.c("what did the study find", found(EN), tags="meta")
S.c("报告讲了什么", found(HANS), tags="meta")
S.c("這份報告講咩", found(HANT), tags="meta")
S.c("SET指数是什么", "(教育科技人才协同发展指数|教育、科技、人才)", ideal="即教育科技人才协同发展指数（SET指数）。",
    tags="meta")

# --- held out only -------------------------------------------------------------------------------------
S.h("elsevier + tsinghua made this?", makers(EN), tags="meta")
S.h("新加坡去年排第几", year(HANS), tags="year")
S.h("報告主要衡量現有實力還是成長性", growth(HANT), tags="meta")
S.h(
    "愛思唯爾有參與嗎",
    Chk([HANT.yes, "(愛思唯爾|Elsevier)"], [HANT.bare_no]),
    ideal="有的，愛思唯爾（Elsevier）是三家編製方之一。",
    tags="meta",
)
S.h(
    "報告的全名是什麼",
    "全球創新城市教育科技人才協同發展評估報告",
    ideal="《全球創新城市教育科技人才協同發展評估報告》。",
    tags="meta",
)
S.h(
    "一共评估了多少城市",
    thirty(HANS),
    HANS.notpub,
    ideal="共评估了30座城市，但完整名单未公布。",
    tags="meta unpublished",
)
S.h("2024年東京排第幾", year(HANT, "Tokyo"), tags="year", script="hant")
S.h("排名跟去年比有變化嗎", year(HANT), tags="year")
