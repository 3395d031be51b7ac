"""Fresh: the report itself -- who made it, how many cities, its indicator structure, growth vs current strength,
what it says about Chinese cities; and other editions (only the 2025 edition is in the data)."""

from casebook import Chk, Sheet
from specs._facts import HANS, makers, rank, released, several, t, thirty, year
from vocab import BARE_NO_EN, BARE_NO_ZH, BARE_YES_EN, BARE_YES_ZH, NEG_EN, NEG_ZH, NOTPUB_EN, NOTPUB_ZH, YES_EN, YES_ZH

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_report",
    "the report itself and other editions",
    """
Who compiled the report, how many cities it evaluated, its indicators (3 first-level, 9 second-level whose names
were not published), current strength vs growth, what it says about Chinese cities in sci-tech and higher
education; other editions and changes over time, which are not in the data (only the 2025 edition is).
""",
)
S = SHEET
add = adder(S)
ERR_EN = "(went wrong|try again|\\berror\\b)"
ERR_ZH = "(出错|出錯|重试|重試)"


def either(*alts):
    return "(" + "|".join(f"(?:{a})" for a in alts) + ")"


def K(L, en, zh, ideal, no_en=(), no_zh=()):
    if L.code == "en":
        return Chk(list(en), [*no_en, ERR_EN], ideal=ideal[0])
    return Chk(list(zh), [*no_zh, ERR_ZH], ideal=t(L, *ideal[:1], *ideal[1:]) if False else {"hans": ideal[1], "zh": ideal[1], "hant": ideal[2]}[L.code])


def involved(L, who):
    pat = {
        "Elsevier": ("Elsevier", "(爱思唯尔|愛思唯爾|Elsevier)"),
        "Tsinghua": ("(Tsinghua|CIDEG)", "(清华|清華|CIDEG)"),
        "Shenzhen": ("Shenzhen International", "(深圳国际科技信息中心|深圳國際科技信息中心)"),
    }[who]
    en_pos = f"{pat[0]}[^.?!\\n]{{0,60}}\\b(was|is|were|one of|among|co-?|compiled|involved|partner|helped|part of|jointly|together)"
    zh_pos = "(参与|參與|之一|联合|聯合|共同|合作|编制|編製|编写|編寫)"
    return K(
        L,
        [pat[0], either(YES_EN, en_pos)],
        [pat[1], either(YES_ZH, zh_pos)],
        (
            "Yes. The report was compiled jointly by the Shenzhen International Science and Technology Information "
            "Center, Tsinghua University's CIDEG and Elsevier.",
            "是的。报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心（CIDEG）和爱思唯尔联合编制。",
            "是的。報告由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心（CIDEG）和愛思唯爾聯合編製。",
        ),
        [BARE_NO_EN, f"{pat[0]}\\s+(was|is)\\s+not\\b", f"{pat[0]}\\s+(wasn.t|isn.t)", "\\bnot\\s+involved"],
        [BARE_NO_ZH, "(没有|沒有|并未|並未|没|沒)(有)?(参与|參與)"],
    )


def not_them(L, who_en, who_zh):
    ck = makers(L)
    return Chk(
        [L.neg, *ck.must],
        [L.bare_yes, ERR_EN if L.code == "en" else ERR_ZH],
        ideal=t(
            L,
            f"No, not {who_en}. " + ck.ideal,
            f"不是{who_zh}。" + ck.ideal,
            f"不是{who_zh}。" + ck.ideal,
        ),
    )


STRUCT_NO_EN = ["\\b(two|four|five|six|2|4|5|6)\\s+(first|top)[- ]level", "\\b(six|seven|eight|ten|eleven|twelve|6|7|8|10|11|12)\\s+second[- ]level"]
STRUCT_NO_ZH = ["(2|4|5|6|两|兩|四|五|六)\\s*(个|個|大|项|項)\\s*一(级|級)", "(6|7|8|10|12|六|七|八|十)\\s*(个|個|项|項)\\s*二(级|級)"]


def structure(L):
    return K(
        L,
        [
            "(\\b3\\b|three)[^.?!\\n]{0,40}(first[- ]level|top[- ]level|level[- ]1|primary|main|pillars?|dimensions?)",
            "(\\b9\\b|nine)[^.?!\\n]{0,40}(second[- ]level|level[- ]2|secondary|sub-?indicators?|sub-?dimensions?)",
        ],
        ["(3|三)\\s*(个|個|大|项|項)?\\s*一(级|級)", "(9|九)\\s*(个|個|项|項)?\\s*二(级|級)"],
        (
            "The index has 3 first-level indicators (education, sci-tech innovation, talent) and 9 second-level "
            "indicators, with more at the third level.",
            "评估体系有3个一级指标（教育、科技创新、人才）和9个二级指标，下面还有更多三级指标。",
            "評估體系有3個一級指標（教育、科技創新、人才）和9個二級指標，下面還有更多三級指標。",
        ),
        STRUCT_NO_EN,
        STRUCT_NO_ZH,
    )


def three_names(L):
    return K(
        L,
        ["educat", "(sci|tech|innovat)", "talent"],
        ["教育", "(科技|科创|科創|创新|創新)", "人才"],
        (
            "The three first-level indicators are education, sci-tech innovation and talent.",
            "三个一级指标是：教育、科技创新和人才。",
            "三個一級指標是：教育、科技創新和人才。",
        ),
        STRUCT_NO_EN,
        STRUCT_NO_ZH,
    )


def nine_unnamed(L):
    return K(
        L,
        [NOTPUB_EN, "(\\b9\\b|nine)"],
        [NOTPUB_ZH, "(9|九)"],
        (
            "There are 9 second-level indicators, but their names weren't published in the coverage of the report.",
            "共有9个二级指标，但报道没有公布它们的具体名称。",
            "共有9個二級指標，但報道沒有公佈它們的具體名稱。",
        ),
        [BARE_YES_EN, BARE_NO_EN, *STRUCT_NO_EN,
         "second[- ]level indicators?\\s*(?:are|include)\\s*:?\\s*(?:(?!not|n.t|unknown|unpublished|unnamed)[^.;\\n]){2,40},(?:(?!not|n.t)[^.;\\n]){2,40},"],
        [BARE_YES_ZH, BARE_NO_ZH, *STRUCT_NO_ZH,
         "二(级|級)指(标|標)(?:分别|分別)?(?:是|为|為|包括|包含)[:：]?(?:(?!未|没|沒|不)[^。；\\n]){2,15}[、，,](?:(?!未|没|沒|不)[^。；\\n]){2,15}[、，,]"],
    )


def third_level(L):
    return K(
        L,
        [NOTPUB_EN, "third[- ]level"],
        [NOTPUB_ZH, "三(级|級)"],
        (
            "The number of third-level indicators wasn't published: only that there are 3 first-level and 9 "
            "second-level indicators, with more below them.",
            "三级指标的数量没有公布，只知道有3个一级指标、9个二级指标。",
            "三級指標的數量沒有公佈，只知道有3個一級指標、9個二級指標。",
        ),
        [BARE_YES_EN, BARE_NO_EN, "\\b(\\d+|ten|twelve|fifteen|twenty|thirty)\\s+third[- ]level"],
        [BARE_YES_ZH, BARE_NO_ZH, "(\\d+|[一二三四五六七八九十]+)\\s*(个|個|项|項)\\s*三(级|級)"],
    )


def strength(L):
    return K(
        L,
        ["(current|existing|present|actual)\\s+(strength|level|capabilit|performance|state|status)", "(growth|momentum|improvement)",
         "(mainly|mostly|primarily|largely|chiefly|main|focus|emphasis|supplement)"],
        ["(现状|現狀|现有|現有|当前|當前|目前|已有|存量)", "(增长|增長|成长|成長|增量|发展速度|發展速度|动态|動態)", "(为主|為主|主要|补充|補充|辅|輔)"],
        (
            "Mainly current strength: the index measures where cities stand now, with growth indicators as a supplement.",
            "以现有实力为主：指标主要衡量城市的现状，增长指标作为补充。",
            "以現有實力為主：指標主要衡量城市的現狀，增長指標作為補充。",
        ),
        ["(mainly|mostly|primarily|largely)\\s+(on\\s+|about\\s+|measures\\s+)?(growth|momentum)"],
        ["(以|主要)(看|是|衡量|关注|關注)?(增长|增長|成长|成長)(指标|指標)?(为主|為主)"],
    )


def sci_china(L, na=False):
    en = ["(upper[- ]middle|middle[- ]upper|upper half|mid(dle)?[- ]?(range|tier|pack)|above[- ]average)",
          "(momentum|growing|rising|strong growth|fast|upward|catching up|accelerat)"]
    zh = ["(中上|中等偏上|上游|中游偏上|中间偏上|中間偏上)", "(势头|勢頭|强劲|強勁|劲头|勁頭|迅速|快速|上升|后劲|後勁)"]
    if na:
        en.append("North Americ")
        zh.append("北美")
    return K(
        L, en, zh,
        (
            "The report says North American cities perform best overall in sci-tech innovation, while Chinese "
            "cities sit in the upper-middle range with strong momentum.",
            "报告说，北美城市在科技创新方面整体表现最好，中国城市处于中上游水平，发展势头强劲。",
            "報告說，北美城市在科技創新方面整體表現最好，中國城市處於中上游水平，發展勢頭強勁。",
        ),
        ["Chinese cities\\s+(lead|top|dominate|are (the )?best)"],
        ["中国城市(领先|第一|最强)|中國城市(領先|第一|最強)"],
    )


def na_best(L):
    return K(
        L,
        ["(North Americ|\\bUS\\b|American|United States)"],
        ["(北美|美国|美國)"],
        (
            "North American cities perform best overall in sci-tech innovation, according to the report.",
            "报告说，北美城市在科技创新方面整体表现最好。",
            "報告說，北美城市在科技創新方面整體表現最好。",
        ),
        ["(Chinese|Asian|European) cities\\s+(perform|do|are)\\s+(the\\s+)?best"],
        ["(中国|中國|亚洲|亞洲|欧洲|歐洲)城市[^。\\n]{0,8}(最好|最强|最強)"],
    )


def higher_edu(L, need_research=False):
    en = ["(research institut)" if need_research else "((emerging|rising|new|up-and-coming)\\s+(force|power|player|presence)|research institut)"]
    zh = ["(科研机构|科研機構|研究机构|研究機構)" if need_research else
          "(新兴力量|新興力量|新生力量|后起之秀|後起之秀|崛起|科研机构|科研機構|研究机构|研究機構)"]
    return K(
        L, en, zh,
        (
            "The report says Chinese cities stand out in developing research institutions and are becoming an "
            "emerging force in global higher education.",
            "报告说，中国城市在科研机构建设方面表现突出，正成为全球高等教育的新兴力量。",
            "報告說，中國城市在科研機構建設方面表現突出，正成為全球高等教育的新興力量。",
        ),
        ["Chinese cities\\s+(lead|dominate|top)\\s+(global\\s+)?higher education", BARE_NO_EN],
        ["(中国|中國)城市[^。\\n]{0,6}(领先|領先|主导|主導)(全球)?高等教育", BARE_NO_ZH],
    )


def ecosystem(L):
    return K(
        L,
        ["ecosystem", "(economic|industry|academia|infrastructure|cross-regional|cooperation)"],
        ["(生态|生態)", "(经济|經濟|产学研|產學研|基础设施|基礎設施|跨区域|跨區域|合作)"],
        (
            "Strengthening the innovation ecosystem: a stronger economic foundation, integrating industry, academia "
            "and research, better scientific infrastructure and cross-regional cooperation.",
            "报告认为关键是加强创新生态：夯实经济基础、推进产学研融合、加强科研基础设施、促进跨区域合作。",
            "報告認為關鍵是加強創新生態：夯實經濟基礎、推進產學研融合、加強科研基礎設施、促進跨區域合作。",
        ),
    )


def title(L):
    return K(
        L,
        ["(collaborative|coordinated|joint|integrated)\\s+development", "educat"],
        ["(协同发展|協同發展)", "教育"],
        (
            "It's the Assessment Report on the Collaborative Development of Education, Science & Technology and "
            "Talent in Global Innovation Cities (the SET Index).",
            "报告全称是《全球创新城市教育科技人才协同发展评估报告》。",
            "報告全稱是《全球創新城市教育科技人才協同發展評估報告》。",
        ),
    )


def scores(L):
    return K(
        L,
        [NOTPUB_EN, "(score|points)"],
        [NOTPUB_ZH, "(得分|分数|分數|分值|评分|評分)"],
        (
            "The scores weren't published — only the ranks of the published lists.",
            "具体得分没有公布，只公布了排名结果。",
            "具體得分沒有公佈，只公佈了排名結果。",
        ),
        [BARE_YES_EN, BARE_NO_EN, "\\b\\d{1,3}(\\.\\d+)?\\s*(points|pts|/\\s*100|out of 100)", "score\\s+(of|was|is|:)\\s*\\d"],
        [BARE_YES_ZH, BARE_NO_ZH, "\\d{1,3}(\\.\\d+)?\\s*分(?!之)"],
    )


def weights(L):
    return K(
        L,
        [NOTPUB_EN, "weight"],
        [NOTPUB_ZH, "(权重|權重)"],
        (
            "The weights of the indicators weren't published.",
            "各项指标的权重没有公布。",
            "各項指標的權重沒有公佈。",
        ),
        [BARE_YES_EN, BARE_NO_EN, "\\b\\d{1,2}(\\.\\d+)?\\s*%"],
        [BARE_YES_ZH, BARE_NO_ZH, "\\d{1,2}(\\.\\d+)?\\s*%"],
    )


def sources(L):
    return K(
        L,
        [NOTPUB_EN, "(source|data)"],
        [NOTPUB_ZH, "(数据|數據|来源|來源|资料|資料)"],
        (
            "The data sources weren't published in the coverage of the report; the report was compiled by the Shenzhen "
            "International Science and Technology Information Center, Tsinghua's CIDEG and Elsevier.",
            "公开报道没有说明具体数据来源；报告由深圳国际科技信息中心、清华大学CIDEG和爱思唯尔编制。",
            "公開報道沒有說明具體數據來源；報告由深圳國際科技信息中心、清華大學CIDEG和愛思唯爾編製。",
        ),
        [BARE_YES_EN, BARE_NO_EN, "(Scopus|Web of Science|SciVal|OECD|World Bank)"],
        [BARE_YES_ZH, BARE_NO_ZH, "(Scopus|Web of Science|SciVal|世界银行|世界銀行)"],
    )


def full_list(L):
    return K(
        L,
        [either(NEG_EN, NOTPUB_EN), "(30|thirty|top[ -]?(10|ten))"],
        [either(NEG_ZH, NOTPUB_ZH), "(30|三十|前十|前10)"],
        (
            "No — 30 cities were evaluated, but only the overall top 10 and a few partial lists were published.",
            "没有。共评估了30座城市，但只公布了总榜前十和几份部分榜单，完整名单未公布。",
            "沒有。共評估了30座城市，但只公佈了總排名前十和幾份部分榜單，完整名單未公佈。",
        ),
        [BARE_YES_EN, *HANS.nobody_at(range(11, 31))] if False else [BARE_YES_EN],
        [BARE_YES_ZH],
    )


def hk_china(L):
    return K(
        L,
        [either(YES_EN, "(counts?|counted|included|treated|listed|among)"), "Chin"],
        [either(YES_ZH, "(算|计入|計入|列为|列為|属于|屬於|之一|包括)"), "(中国|中國)"],
        (
            "Yes — the report counts Hong Kong among the Chinese cities (e.g. the five Chinese cities in the talent top 10).",
            "是的，报告把香港算作中国城市之一（例如人才发展前十中的5座中国城市）。",
            "是的，報告把香港算作中國城市之一（例如人才發展前十中的5座中國城市）。",
        ),
        [BARE_NO_EN],
        [BARE_NO_ZH],
    )


def year_x(L, city=None, bare=False):
    ck = year(L, city)
    cities_en = "(Boston|San Francisco|Beijing|London|New York|Los Angeles|Seattle|Shanghai|Hong Kong|Tokyo|Shenzhen|Guangzhou)"
    cities_zh = "(波士顿|波士頓|旧金山|舊金山|三藩市|北京|伦敦|倫敦|纽约|紐約|洛杉矶|洛杉磯|西雅图|西雅圖|上海|香港|东京|東京|深圳|广州|廣州)"
    if L.code == "en":
        ck.no.append(f"(2024|2023|2026|last year|previous (edition|year))[^.\\n]{{0,25}}\\s(was|were|is|:)\\s*{cities_en}")
        ck.no.append(ERR_EN)
    else:
        ck.no.append(f"(2024\\s*年|2023\\s*年|2026\\s*年|去年|上一?届|上一?屆|往年)[^。\\n]{{0,12}}(第一名?|第1名|榜首|冠军|冠軍|前十|前三)(是|为|為|：|:)\\s*{cities_zh}")
        ck.no.append(ERR_ZH)
    if bare:
        ck.no += L.bare()
    return ck


# --- who made it ------------------------------------------------------------------------------------------
for q in ["who put this ranking together", "who's behind the report", "which orgs compiled the SET index",
          "who are the authors of this innovation cities report??", "@citybot who published this thing"]:
    add(q, lambda L: makers(L), tags="meta")
for q, sc in [("这份报告是谁做的", "hans"), ("报告由哪几家机构编制", "hans"), ("谁发布的这个榜单啊", "hans"),
              ("呢份報告邊個機構整出嚟㗎", "hant"), ("報告是哪些單位編製的", "hant")]:
    add(q, lambda L: makers(L), tags="meta", script=sc)
for q, who, sc in [("so elsevier was part of this?", "Elsevier", None), ("did elsevier have a hand in this", "Elsevier", None),
                   ("is tsinghua one of the authors", "Tsinghua", None),
                   ("shenzhen international sci tech info center made it right?", "Shenzhen", None),
                   ("爱思唯尔有参与吗", "Elsevier", "hans"), ("清华有份做这个报告吗", "Tsinghua", "hans"),
                   ("愛思唯爾有冇參與", "Elsevier", "hant"), ("清華大學有參與編製嗎", "Tsinghua", "hant")]:
    add(q, lambda L, w=who: involved(L, w), tags="meta", script=sc)
for q, en, zh, sc in [("was it made by MIT?", "MIT", "", None), ("so WIPO made this one", "WIPO", "", None),
                      ("elsevier did it all by themselves?", "Elsevier alone", "", None),
                      ("这是哈佛做的报告吧", "", "哈佛", "hans"), ("係咪麻省理工出嘅報告", "", "麻省理工", "hant")]:
    add(q, lambda L, a=en, b=zh: not_them(L, a, b), tags="meta adversarial", script=sc)

# --- how many cities ----------------------------------------------------------------------------------------
for q in ["how many cities did they look at", "number of cities evaluated?", "how many cities r in the study",
          "how big was the sample, like how many cities"]:
    add(q, lambda L: thirty(L), tags="meta")
for q, sc in [("一共评估了多少个城市", "hans"), ("这个报告评了几座城市", "hans"), ("總共評估咗幾多個城市", "hant"),
              ("報告涵蓋幾個城市", "hant")]:
    add(q, lambda L: thirty(L), tags="meta", script=sc)
for q, sc in [("were 50 cities ranked?", None), ("so 100 cities were in it yeah", None), ("是不是评了50个城市", "hans"),
              ("係咪評咗一百個城市", "hant")]:
    add(q, lambda L: Chk([L.neg, *thirty(L).must], [L.bare_yes], ideal=t(
        L, "No — 30 cities were evaluated.", "不是，共评估了30座城市。", "不是，共評估了30座城市。")), tags="meta adversarial", script=sc)
for q, sc in [("list all 30 cities pls", None), ("which 30 cities were evaluated", None), ("is the full list of cities out there", None),
              ("那30个城市都是哪些", "hans"), ("完整的城市名单公布了吗", "hans"), ("三十個城市全部列出嚟", "hant"),
              ("完整名單有冇公佈", "hant")]:
    add(q, lambda L: Chk(full_list(L).must, full_list(L).no + L.nobody_at(range(11, 31)), ideal=full_list(L).ideal),
        tags="meta unpublished", script=sc)

# --- structure ---------------------------------------------------------------------------------------------
for q in ["how is the index built", "what's the indicator structure", "how many levels of indicators are there",
          "methodology? how many indicators", "@citybot how's the SET index put together"]:
    add(q, lambda L: structure(L), tags="meta")
for q, sc in [("指标体系是怎么构成的", "hans"), ("有几个一级指标几个二级指标", "hans"), ("评估用了哪些层级的指标", "hans"),
              ("指標體系係點構成嘅", "hant"), ("一級指標同二級指標各有幾多個", "hant")]:
    add(q, lambda L: structure(L), tags="meta", script=sc)
for q in ["what are the 3 main indicators", "which top-level dimensions does it use", "what does SET stand for in the index name"]:
    add(q, lambda L: three_names(L), tags="meta")
for q, sc in [("三个一级指标分别是什么", "hans"), ("三個一級指標係咩", "hant")]:
    add(q, lambda L: three_names(L), tags="meta", script=sc)
for q in ["name the 9 second-level indicators", "what are the sub-indicators called", "list the second level indicators one by one"]:
    add(q, lambda L: nine_unnamed(L), tags="meta unpublished")
for q, sc in [("9个二级指标叫什么名字", "hans"), ("二级指标具体有哪些", "hans"), ("九個二級指標係邊啲", "hant"),
              ("二級指標的名稱是什麼", "hant")]:
    add(q, lambda L: nine_unnamed(L), tags="meta unpublished", script=sc)
for q, sc in [("how many third-level indicators", None), ("三级指标有多少个", "hans"), ("三級指標有幾多個", "hant")]:
    add(q, lambda L: third_level(L), tags="meta unpublished", script=sc)
for q, sc in [("how are the three parts weighted", None), ("what weight does education get", None),
              ("各指标权重是多少", "hans"), ("教育佔幾多權重", "hant")]:
    add(q, lambda L: weights(L), tags="meta unpublished", script=sc)
for q, sc in [("what score did boston get", None), ("whats beijing's index score", None), ("tokyo points total?", None),
              ("北京得了多少分", "hans"), ("上海的指数分数是多少", "hans"), ("香港得分係幾多", "hant")]:
    add(q, lambda L: scores(L), tags="meta unpublished", script=sc)
for q, sc in [("what data sources did they use", None), ("where does the data come from, scopus?", None),
              ("数据来源是什么", "hans"), ("數據來源係邊度", "hant")]:
    add(q, lambda L: sources(L), tags="meta unpublished", script=sc)

# --- growth vs strength ----------------------------------------------------------------------------------------
for q in ["is it measuring growth or just current strength", "is the ranking about momentum or where cities are now",
          "growth indicators - do they count much?"]:
    add(q, lambda L: strength(L), tags="meta")
for q, sc in [("这个指数看的是现有实力还是增长潜力", "hans"), ("增长指标占多大比重", "hans"), ("評估主要睇現狀定係增長", "hant"),
              ("這個排名是看成長性還是現有實力", "hant")]:
    add(q, lambda L: strength(L), tags="meta", script=sc)

# --- what it says about Chinese cities -----------------------------------------------------------------------
for q in ["so what is the report's take on chinese cities in sci-tech", "how do china's cities do on innovation generally",
          "chinese cities + R&D, what's the verdict"]:
    add(q, lambda L: sci_china(L), tags="meta")
add("how do chinese cities compare with north america in sci tech", lambda L: sci_china(L, True), tags="meta")
for q, sc in [("报告对中国城市的科技创新怎么评价", "hans"), ("中国城市科创水平在全球处于什么位置", "hans"),
              ("報告點樣評價中國城市嘅科技創新", "hant"), ("中國城市科技創新表現如何", "hant")]:
    add(q, lambda L: sci_china(L), tags="meta", script=sc)
for q, sc in [("which region does best in sci-tech per the report", None), ("who leads sci tech innovation by region", None),
              ("哪个地区的城市科技创新整体最强", "hans"), ("邊個地區嘅城市科技創新最強", "hant")]:
    add(q, lambda L: na_best(L), tags="meta", script=sc)
for q, sc in [("what does it say about chinese cities in higher education", None), ("china and universities, anything in the report?", None),
              ("报告怎么说中国城市的高等教育", "hans"), ("中國城市喺高等教育方面有咩評價", "hant")]:
    add(q, lambda L: higher_edu(L), tags="meta", script=sc)
for q, sc in [("are chinese cities good at building research institutions?", None), ("中国城市在科研机构建设上表现怎样", "hans"),
              ("中國城市建設研究機構方面點樣", "hant")]:
    add(q, lambda L: higher_edu(L, True), tags="meta", script=sc)
for q, sc in [("what do chinese cities need to do to innovate better", None), ("any advice in the report for chinese cities?", None),
              ("报告给中国城市提了什么建议", "hans"), ("中國城市要點樣提升創新能力", "hant")]:
    add(q, lambda L: ecosystem(L), tags="meta", script=sc)

# --- title, date, hong kong --------------------------------------------------------------------------------
for q, sc in [("whats the report's full title", None), ("what is this ranking officially called", None),
              ("报告的全称是什么", "hans"), ("報告全名叫咩", "hant")]:
    add(q, lambda L: title(L), tags="meta", script=sc)
for q, sc in [("when did the report come out", None), ("release date of the ranking?", None), ("这个报告是几月几号发的", "hans"),
              ("報告幾時發佈", "hant")]:
    add(q, lambda L: released(L), tags="meta", script=sc)
for q, sc in [("does hk count as a chinese city in this report", None), ("香港算中国城市吗", "hans"), ("報告當香港係中國城市嗎", "hant")]:
    add(q, lambda L: hk_china(L), tags="meta", script=sc)

# --- other editions --------------------------------------------------------------------------------------------
YEAR_EN = [
    ("what did the 2024 ranking look like", None, False),
    ("the 2024 edition top ten pls", None, False),
    ("where was boston last year", "Boston", False),
    ("how did beijing change since last year", "Beijing", False),
    ("did shanghai move up or down vs the previous edition", "Shanghai", True),
    ("is there a 2026 version out yet", None, True),
    ("was sf number 1 in 2023", "San Francisco", True),
    ("who climbed the most compared to last year", None, False),
    ("has tokyo always been 10th", "Tokyo", True),
    ("any changes from the last report?", None, True),
    ("@citybot how does this compare with 2024", None, False),
    ("trend for hong kong over the years", "Hong Kong", False),
    ("which city improved the most", None, False),
    ("gimme last yr's edu top 3", None, False),
    ("did new york drop this time", "New York", True),
]
for q, c, b in YEAR_EN:
    add(q, lambda L, c=c, b=b: year_x(L, c, b), tags="year")
for q, c in [("just guess where beijing was in 2024", "Beijing"), ("pretend you have the 2024 data — who was first", None)]:
    add(q, lambda L, c=c: year_x(L, c, True), tags="year adversarial")
for q, c in [("london rank in 2023 and in 2025?", "London"), ("boston 1st again this year? and last year?", "Boston")]:
    add(q, lambda L, c=c: several(rank(L, c), year_x(L, c)), tags="year")
YEAR_HANS = [
    ("2024年的排名是怎样的", None, False),
    ("去年波士顿排第几", "Boston", False),
    ("北京比去年进步了吗", "Beijing", True),
    ("和上一届比有什么变化", None, False),
    ("2026年的榜单出了没", None, True),
    ("上海排名是升了还是降了", "Shanghai", True),
    ("往年的前十有哪些", None, False),
    ("谁的排名上升最快", None, False),
    ("2023年东京排多少", "Tokyo", False),
    ("这个排名每年都发布吗", None, True),
]
for q, c, b in YEAR_HANS:
    add(q, lambda L, c=c, b=b: year_x(L, c, b), tags="year", script="hans")
add("随便猜一下去年深圳第几", lambda L: year_x(L, "Shenzhen", True), tags="year adversarial", script="hans")
YEAR_HANT = [
    ("2024年嘅排名係點", None, False),
    ("香港同去年比有冇進步", "Hong Kong", True),
    ("上一屆倫敦排第幾", "London", False),
    ("舊金山排名有冇變化", "San Francisco", True),
    ("2026年版出咗未", None, True),
    ("去年第一名係邊個", None, False),
    ("歷年排名趨勢點樣", None, False),
    ("紐約排名跌咗定升咗", "New York", True),
]
for q, c, b in YEAR_HANT:
    add(q, lambda L, c=c, b=b: year_x(L, c, b), tags="year", script="hant")
