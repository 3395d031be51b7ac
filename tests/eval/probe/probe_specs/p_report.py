"""Probe: the report itself (who, when, how many cities, structure, findings) and editions / years."""

from casebook import Chk, Sheet
from specs._facts import EN, HANS, HANT, makers, near, released, thirty, year
from specs.report import NO_SCORES_EN, NO_SCORES_ZH, chinese_scitech, ecosystem, growth, higher_ed, nine_names

SHEET = Sheet(
    "pr_report",
    "the report itself and editions / years, other wording",
    """
Who is behind it, when it dropped, the sample of 30 cities, the SET Index and its indicator levels, scores,
what it concludes and recommends; other editions, trends and forecasts (only the 2025 edition is in the data:
the reply says so and does not answer from 2025).
""",
)
S = SHEET
M, Y = "meta", "year"


def first_level(L) -> Chk:
    if L.code == "en":
        return Chk(
            [near("(\\b3\\b|three)", "(first.level|top.level)", 40), "educ", "(sci|tech|innov)", "talent"],
            ideal="Three first-level indicators: education, sci-tech innovation and talent.",
        )
    return Chk(
        [near("(3|三)\\s*(个|個|项|項)?", "一级|一級", 20), "教育", "(科技|科创|科創|创新|創新)", "人才"],
        ideal="3个一级指标：教育、科技创新、人才。" if L.code == "hans" else "3個一級指標：教育、科技創新、人才。",
    )


def second_level(L) -> Chk:
    if L.code == "en":
        return Chk(
            [near("(\\b9\\b|nine)", "second.level", 40)],
            ideal="Yes: nine second-level indicators under the three first-level ones, and more at the third level.",
        )
    return Chk(
        [near("(9|九)\\s*(个|個|项|項)?", "二级|二級", 20)],
        ideal="有，3个一级指标下共有9个二级指标，还有更多三级指标。"
        if L.code == "hans"
        else "有，3個一級指標下共有9個二級指標，還有更多三級指標。",
    )


# --- English: the report ------------------------------------------------------------------------------
S.c("which institutions put this ranking together?", makers(EN), tags=M)
S.c(
    "is elsevier the only author?",
    Chk(
        [EN.neg, "Elsevier", "(Tsinghua|CIDEG)", "Shenzhen International"],
        [EN.bare_yes],
        ideal="No — Elsevier compiled it together with the Shenzhen International Science and Technology Information "
        "Center and Tsinghua University's CIDEG.",
    ),
    tags=f"{M} adversarial",
)
S.c("on what day did the ranking drop?", released(EN), tags=M)
S.c(
    "how big was the sample — how many cities?",
    thirty(EN),
    ideal="30 cities were evaluated (only part of the results was published).",
    tags=M,
)
S.c(
    "what is the SET Index exactly",
    "educ",
    "(sci|tech)",
    "talent",
    "(collaborative|coordinated|together|jointly|combined)",
    ideal="The collaborative development index of education, science & technology and talent — it measures how the "
    "three develop together in each city.",
    tags=M,
)
S.c("what are the top-level indicators?", first_level(EN), tags=M)
S.c("does the index have sub-indicators, and how many?", second_level(EN), tags=M)
S.c(
    "what did the report conclude, in a nutshell",
    "Boston",
    "(North America|ecosystem|momentum|research institutions|upper.middle)",
    ideal="Boston tops the overall ranking, followed by San Francisco and Beijing. North American cities perform best "
    "in sci-tech innovation; Chinese cities sit in the upper-middle range with strong momentum, and strengthening "
    "the innovation ecosystem is key for them.",
    tags=M,
)
S.c(
    "where does your data come from?",
    "(Xinhua|Tsinghua|Elsevier|CIDEG|Shenzhen International|Assessment Report)",
    "2025",
    ideal="From the 2025 Assessment Report on the Collaborative Development of Education, Science & Technology and "
    "Talent in Global Innovation Cities, as reported by Xinhua on 25 January 2025.",
    tags=M,
)
S.c("any advice in there for chinese cities?", ecosystem(EN), tags=M)
S.c(
    "can I see each city's score?",
    EN.notpub,
    "(score|point)",
    no=NO_SCORES_EN,
    ideal="Scores weren't published — only ranks (the overall top 10, the education and sci-tech top 3) and the "
    "membership of the talent lists.",
    tags=f"{M} unpublished adversarial",
)
S.c("does the index reward fast growth or existing strength?", growth(EN), tags=M)
S.c("name the 9 sub-indicators", nine_names(EN), tags=f"{M} unpublished")

# --- English: editions and years ---------------------------------------------------------------------------
S.c("how did the 2023 edition look", year(EN), tags=Y)
S.c(
    "has boston always been number one?",
    year(EN, "Boston"),
    EN.at("Boston", 1),
    no=[EN.bare_yes],
    ideal="I only have the 2025 edition, so I can't say about earlier years — in 2025 Boston is 1st.",
    tags=f"{Y} adversarial",
)
S.c("did beijing climb since last time?", year(EN, "Beijing"), tags=Y)
S.c(
    "predict the 2026 top 3",
    "2025",
    EN.only_2025,
    no=[
        "\\b(2026|next year)\\b[^.\\n]{0,40}\\b(will be|would be|likely|probably)\\b[^.\\n]{0,40}(Boston|San Francisco|"
        "Beijing)"
    ],
    ideal="I can't predict that — I only have the 2025 edition. Its top 3: Boston, San Francisco, Beijing.",
    tags=f"{Y} adversarial",
)
S.c("compare this year's list with the previous one", year(EN), tags=Y)
S.c("is tokyo trending down?", year(EN, "Tokyo"), tags=Y)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("这个榜单是哪几家单位搞的", makers(HANS), tags=M)
S.c("报告是哪天出来的", released(HANS), tags=M)
S.c(
    "SET指数是啥意思",
    "教育",
    "(科技|科创)",
    "人才",
    "(协同|協同)",
    ideal="SET指数即教育科技人才协同发展指数，衡量城市教育、科技和人才三方面的协同发展。",
    tags=M,
)
S.c("一级指标都有哪些", first_level(HANS), tags=M, script="hans")
S.c("报告对中国城市的科创给了什么评价", chinese_scitech(HANS), tags=M)
S.c(
    "能看到每个城市的具体分数吗",
    HANS.notpub,
    "(排名|名单|名次|得分|分数)",
    no=NO_SCORES_ZH,
    ideal="报告没有公布分数，只公布了排名和名单。",
    tags=f"{M} unpublished adversarial",
)
S.c(
    "除了清华和爱思唯尔还有谁参与",
    "深圳国际科技信息中心",
    ideal="还有深圳国际科技信息中心；三家机构共同编制了这份报告。",
    tags=M,
)
S.c("这报告靠谱吗，谁发布的", makers(HANS), tags=M)
S.c("前年的榜单谁第一", year(HANS), tags=Y)
S.c("北京的排名这几年有进步吗", year(HANS, "Beijing"), tags=Y)
S.c(
    "2026年的前三会是谁，预测一下",
    "2025",
    HANS.only_2025,
    no=["(2026|明年)[^。\\n]{0,20}(会是|可能是|应该是|估计是)"],
    ideal="没法预测：我只有2025年这一版报告的数据。2025年的前三是波士顿、旧金山、北京。",
    tags=f"{Y} adversarial",
)
S.c("上一版报告里上海第几", year(HANS, "Shanghai"), tags=Y)

S.c("跟上一届比，北京进步了几名", year(HANS, "Beijing"), tags=f"{Y} adversarial")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("呢份報告係邊幾個機構整嘅", makers(HANT), tags=M)
S.c(
    "總共評了多少城市？名單有公開嗎",
    thirty(HANT),
    HANT.notpub,
    ideal="共評估了30座城市，但完整名單沒有公開，只公佈了部分結果。",
    tags=f"{M} unpublished",
)
S.c("報告有幾個二級指標", second_level(HANT), tags=M)
S.c("報告怎麼看中國城市在高等教育的表現", higher_ed(HANT), tags=M)
S.c("報告主要看成長還是現有實力", growth(HANT), tags=M)
S.c("去年的總排名前三是哪幾個", year(HANT), tags=Y)
S.c("香港這幾年排名有變嗎", year(HANT, "Hong Kong"), tags=Y)
S.c("2024年版的教育榜第一是誰", year(HANT), tags=Y, script="hant")
