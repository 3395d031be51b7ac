"""Fresh: several questions in one message (issue 11, point 7) and long chatty messages (point 8)."""

from casebook import Chk, Sheet
from specs._facts import (
    compare,
    distance,
    group,
    makers,
    member,
    neighbour,
    number_word,
    rank,
    real_outside,
    released,
    several,
    t,
    talent_list,
    talent_unknown,
    thirty,
    top,
    who_at,
    year,
)
from vocab import group as rx

from fresh_specs._fx import adder
from probe_specs._common import ranged

SHEET = Sheet(
    "fr_multi",
    "several questions in one message, long chatty messages",
    """
A message with two, three or four questions: every part answered, in the order asked, in one reply (checked
with `order` or a regex that runs across the parts). Long chatty paragraphs -- some of 150-250 words -- with the
question somewhere inside: the question is answered, and no ordinary word of the chatter comes back as "I don't
recognise ... as a city".
""",
)
S = SHEET
add = adder(S)


def after(a: str, b: str) -> str:
    """a regex: a, then later in the reply b."""
    return f"{rx(a)}[\\s\\S]*?{rx(b)}"


def mq(q, make, marks=None, *, tags="multi", script=None, fillers=(), no=(), must=()):
    """A message with several parts: make(L) gives the parts' checks, in the order asked. marks: for each part a
    plain string that the reply's answer to it contains (None: the part's own order list, "": nothing)."""

    def build(L):
        parts = make(L)
        if not isinstance(parts, (list, tuple)):
            parts = [parts]
        if len(parts) > 1:
            total = several(*parts)
        else:
            p = parts[0]
            total = Chk(list(p.must), list(p.no), list(p.order), p.ideal)
        if marks is not None:
            order = []
            for p, m in zip(parts, marks):
                if m is None:
                    order += p.order
                elif m:
                    order += [m] if isinstance(m, str) else list(m)
            total.order = order
        for w in fillers:
            total.no += L.word_not_city(w)
        total.no += list(no)
        total.must += list(must)
        return total

    add(q, build, tags=tags, script=script)


def chat(q, make, fillers=(), marks=None, tags="chatty", **kw):
    mq(q, make, marks, tags=tags, fillers=fillers, **kw)


# --- hand-written checks ----------------------------------------------------------------------------------

US_RE = {"en": "(US\\b|U\\.S\\.|American|United States|America)", "hans": "(美国|美)", "hant": "(美國|美)"}
CN_RE = {"en": "(Chinese|China)", "hans": "(中国|中)", "hant": "(中國|中)"}
ASIA_RE = {"en": "(Asian|Asia)", "hans": "(亚洲)", "hant": "(亞洲)"}


def count(L, n, noun, ideal, wrong=()):
    """A count n of something (noun: a regex per language code), said together; no wrong count of it."""
    nr = noun[L.code]
    no = []
    for w in wrong:
        if L.code == "en":
            no.append(f"{number_word(L, w)}\\s+(of the top[ -]?(10|ten)\\s+)?(are\\s+)?{rx(nr)}")
        else:
            no.append(f"{number_word(L, w)}\\s*(座|个|個|名)?\\s*{rx(nr)}")
    return Chk([near_(number_word(L, n), nr, 30)], no, ideal=ideal)


def near_(a, b, gap):
    from vocab import near

    return near(a, b, gap)


def countries(L):
    must = {
        "en": ["(US\\b|U\\.S\\.|United States|America)", "(China|Chinese)", "(UK\\b|U\\.K\\.|Britain|British|"
               "United Kingdom|England)", "Japan"],
        "hans": ["美国", "中国", "英国", "日本"],
        "hant": ["美國", "中國", "英國", "日本"],
    }[L.code]
    ideal = t(
        L,
        "Four countries: the US (5 cities), China (3, counting Hong Kong), the UK (London) and Japan (Tokyo).",
        "来自4个国家：美国（5座）、中国（3座，含香港）、英国（伦敦）和日本（东京）。",
        "來自4個國家：美國（5座）、中國（3座，含香港）、英國（倫敦）和日本（東京）。",
    )
    no = ["\\b(Germany|France|Canada|Singapore|Korea|Australia)\\b"] if L.code == "en" else [
        "(德国|德國|法国|法國|加拿大|新加坡|韩国|韓國)"]
    return Chk(must, no, ideal=ideal)


def structure(L):
    if L.code == "en":
        must = [near_("\\b(3|three)\\b", "first[- ]level", 40), near_("\\b(9|nine)\\b", "second[- ]level", 40)]
    else:
        must = [near_("(3|三)\\s*(个|個|大|項|项)?", "一级|一級", 20), near_("(9|九)\\s*(个|個|項|项)?", "二级|二級", 20)]
    ideal = t(
        L,
        "It has 3 first-level indicators (education, sci-tech innovation, talent) and 9 second-level ones, "
        "with more at the third level.",
        "指标体系有3个一级指标（教育、科技创新、人才）和9个二级指标，下面还有三级指标。",
        "指標體系有3個一級指標（教育、科技創新、人才）和9個二級指標，下面還有三級指標。",
    )
    return Chk(must, ideal=ideal)


def not_first_everywhere(L):
    """'Was Boston first in every list?' No: San Francisco leads sci-tech innovation (Boston is 2nd there)."""
    ideal = t(
        L,
        "No — Boston is 1st overall and in education, but 2nd in sci-tech innovation, where San Francisco is 1st.",
        "不是，波士顿总榜和教育都是第1，但科技创新排名第2，第1是旧金山。",
        "不是，波士頓總排名和教育都是第1，但科技創新排名第2，第1是舊金山。",
    )
    return Chk([L.neg, L.at("San Francisco", 1)], [L.bare_yes], ideal=ideal)


# ========================================================================================================
# multi: several questions in one message
# ========================================================================================================

# --- English ----------------------------------------------------------------------------------------------
mq("top 3 in edu and top 3 in innov pls", lambda L: [top(L, "edu", 3), top(L, "sci", 3)], [None, None])
mq(
    "who put the report together and how many cities were looked at",
    lambda L: [makers(L), thirty(L)],
    ["Elsevier", "30"],
)
mq(
    "beijing spot? tokyo spot? and whos number 1",
    lambda L: [rank(L, "Beijing"), rank(L, "Tokyo"), who_at(L, 1)],
    ["Beijing", "Tokyo", "Boston"],
)
mq("sf rank? and nyc?", lambda L: [rank(L, "San Francisco"), rank(L, "New York")], ["San Francisco", "New York"])
mq(
    "is hk in the edu top 3 and whats londons overall spot",
    lambda L: [member(L, "Hong Kong", "edu"), rank(L, "London")],
    ["Hong Kong", "London"],
)
mq(
    "how many places between boston and seattle + who is 5th",
    lambda L: [distance(L, "Boston", "Seattle"), who_at(L, 5)],
    ["Seattle", "New York"],
)
mq(
    "Give me places 4-6, then tell me who is last in the published top ten",
    lambda L: [ranged(L, 4, 6), who_at(L, 10)],
    [None, "Tokyo"],
)
mq(
    "@citybot top 5 overall, and is seattle in it?",
    lambda L: [top(L, "overall", 5), member(L, "Seattle", "top5")],
    [None, "Seattle"],
)
mq(
    "who leads education, who leads innovation, and who leads overall",
    lambda L: [who_at(L, 1, "edu"), who_at(L, 1, "sci"), who_at(L, 1)],
    ["Boston", "San Francisco", "Boston"],
)
mq(
    "whats #1 in talent and #2 in innovation",
    lambda L: [who_at(L, 1, "talent"), who_at(L, 2, "sci")],
    ["talent", "Boston"],
    tags="multi unpublished",
)
mq(
    "1) who's 3rd overall 2) who's 3rd in education 3) who's 3rd in sci-tech",
    lambda L: [who_at(L, 3), who_at(L, 3, "edu"), who_at(L, 3, "sci")],
    ["Beijing", "Hong Kong", "Beijing"],
)
mq(
    "when was it released and who compiled it",
    lambda L: [released(L), makers(L)],
    ["2025", "Elsevier"],
)
mq(
    "innovation top 3? also is beijing in the talent top ten",
    lambda L: [top(L, "sci", 3), member(L, "Beijing", "talent")],
    [None, "Beijing"],
)
mq(
    "how many us cities in the top ten, and how many chinese ones?",
    lambda L: [
        count(L, 5, US_RE, "Five US cities: Boston, San Francisco, New York, Los Angeles and Seattle.", [4, 6]),
        count(L, 3, CN_RE, "Three Chinese cities: Beijing, Shanghai and Hong Kong.", [2, 4]),
    ],
    [],
    must=[after(US_RE["en"], CN_RE["en"])],
)
mq(
    "wheres shenzhen overall & is it in the talent list",
    lambda L: [rank(L, "Shenzhen"), member(L, "Shenzhen", "talent")],
    ["Shenzhen", "talent"],
    tags="multi unpublished",
)
mq(
    "overall top 10 and then the talent top 10",
    lambda L: [top(L, "overall", 10), talent_list(L)],
    [None, "talent"],
    tags="multi unpublished",
)
mq(
    "london vs hk in education, and overall?",
    lambda L: [compare(L, "London", "Hong Kong", "edu"), compare(L, "London", "Hong Kong")],
    [],
    must=[after("educat", "(London[^.\\n]{0,20}\\b(4th|fourth)|overall)")],
)
mq(
    "who's right after la, and who's right before la",
    lambda L: [neighbour(L, "Los Angeles", 1), neighbour(L, "Los Angeles", -1)],
    ["Seattle", "New York"],
)
mq(
    "what does SET stand for and how many cities are in it",
    lambda L: [
        Chk(
            ["(education|educational)[^.\\n]{0,40}(sci|tech)[^.\\n]{0,40}talent"],
            ideal="SET is the collaborative development index of Education, Science & Technology and Talent.",
        ),
        thirty(L),
    ],
    ["Talent", "30"],
)
mq(
    "is tokyo in the top 10? is toronto?",
    lambda L: [member(L, "Tokyo", "overall"), real_outside(L, "Toronto")],
    ["Tokyo", "Toronto"],
)
mq(
    "quick ones: 2nd place overall? 2nd in edu? 2nd in R&D?",
    lambda L: [who_at(L, 2), who_at(L, 2, "edu"), who_at(L, 2, "sci")],
    ["San Francisco", "London", "Boston"],
)
mq(
    "what's the balanced education group and the talent potential group",
    lambda L: [group(L, "balanced"), group(L, "potential")],
    [],
    must=[after("balanced", "potential")],
)
mq(
    "is seattle in the talent top 10, and what is it overall",
    lambda L: [talent_unknown(L, "Seattle"), rank(L, "Seattle")],
    ["talent", "7"],
    tags="multi unpublished",
)
mq(
    "was boston first in every category? and who beat it if not",
    lambda L: [not_first_everywhere(L)],
    ["Boston", "San Francisco"],
)
mq(
    "which countries are the top 10 from and which one has the most",
    lambda L: [
        countries(L),
        Chk(
            [f"({US_RE['en']}[^.\\n]{{0,60}}(most|five|5)|(most|five|5)[^.\\n]{{0,60}}{US_RE['en']})"],
            ideal="The US has the most, with five.",
        ),
    ],
    ["Japan"],
    tags="multi",
)
mq(
    "@citybot rank of shanghai, hong kong and tokyo pls",
    lambda L: [rank(L, "Shanghai"), rank(L, "Hong Kong"), rank(L, "Tokyo")],
    ["Shanghai", "Hong Kong", "Tokyo"],
)
mq(
    "how is the index built and what did 2024 look like",
    lambda L: [structure(L), year(L)],
    ["level", "2025"],
    tags="multi",
)
mq(
    "3 things: who's 9th, who's 11th, and who's 1st in education",
    lambda L: [who_at(L, 9), who_at(L, 11), who_at(L, 1, "edu")],
    ["Hong Kong", "11", "Boston"],
    tags="multi unpublished",
)
mq(
    "compare beijing and shanghai in innovation. then overall",
    lambda L: [compare(L, "Beijing", "Shanghai", "sci"), compare(L, "Beijing", "Shanghai")],
    [],
    must=[after("(innov|sci)", "Shanghai[^.\\n]{0,20}\\b(8th|eighth)")],
)
mq(
    "best asian city overall?? and best asian city for education??",
    lambda L: [rank(L, "Beijing"), rank(L, "Hong Kong", "edu")],
    ["Beijing", "Hong Kong"],
)

# --- simplified Chinese ------------------------------------------------------------------------------------
mq("教育榜前三跟科创榜前三各是哪几个城市呀", lambda L: [top(L, "edu", 3), top(L, "sci", 3)], [None, None])
mq(
    "这个报告是谁做的？一共评估了多少个城市？",
    lambda L: [makers(L), thirty(L)],
    ["深圳国际科技信息中心", "30"],
)
mq(
    "北京和东京分别排第几，第一名是谁",
    lambda L: [rank(L, "Beijing"), rank(L, "Tokyo"), who_at(L, 1)],
    ["北京", "东京", "波士顿"],
)
mq(
    "香港在不在教育前三？伦敦总榜第几？",
    lambda L: [member(L, "Hong Kong", "edu"), rank(L, "London")],
    ["香港", "伦敦"],
)
mq(
    "波士顿和西雅图差几名，还有第五名是谁",
    lambda L: [distance(L, "Boston", "Seattle"), who_at(L, 5)],
    ["西雅图", "纽约"],
)
mq(
    "第4到第6名是谁？然后前十最后一名是哪个？",
    lambda L: [ranged(L, 4, 6), who_at(L, 10)],
    [None, "东京"],
)
mq(
    "@citybot 总榜前五，西雅图在里面吗",
    lambda L: [top(L, "overall", 5), member(L, "Seattle", "top5")],
    [None, "西雅图"],
)
mq(
    "深圳总榜排多少？它进了人才前十没",
    lambda L: [rank(L, "Shenzhen"), member(L, "Shenzhen", "talent")],
    ["深圳", "人才"],
    tags="multi unpublished",
)
mq(
    "科创第二是谁？教育第二又是谁？",
    lambda L: [who_at(L, 2, "sci"), who_at(L, 2, "edu")],
    ["波士顿", "伦敦"],
)
mq(
    "前十里美国城市有几个，中国城市有几个",
    lambda L: [
        count(L, 5, US_RE, "美国城市5座：波士顿、旧金山、纽约、洛杉矶、西雅图。", [4, 6]),
        count(L, 3, CN_RE, "中国城市3座：北京、上海、香港。", [2, 4]),
    ],
    ["美国", "中国"],
)
mq(
    "报告啥时候发布的？谁编的？",
    lambda L: [released(L), makers(L)],
    ["2025", "深圳国际科技信息中心"],
)
mq(
    "洛杉矶后一名和前一名分别是谁",
    lambda L: [neighbour(L, "Los Angeles", 1), neighbour(L, "Los Angeles", -1)],
    ["西雅图", "纽约"],
)
mq(
    "上海和香港谁排前面？它们谁在教育前三里？",
    lambda L: [compare(L, "Shanghai", "Hong Kong"), member(L, "Hong Kong", "edu"), rank(L, "Shanghai", "edu")],
    ["上海", "香港"],
)
mq(
    "人才第一是谁，科创第一是谁",
    lambda L: [who_at(L, 1, "talent"), who_at(L, 1, "sci")],
    ["人才", "旧金山"],
    tags="multi unpublished",
)
mq(
    "总榜前十发我一下，再发一下人才前十",
    lambda L: [top(L, "overall", 10), talent_list(L)],
    [None, "人才"],
    tags="multi unpublished",
)
mq(
    "第三名分别是谁：总榜、教育、科创",
    lambda L: [who_at(L, 3), who_at(L, 3, "edu"), who_at(L, 3, "sci")],
    ["北京", "香港", "北京"],
)
mq(
    "西雅图在人才前十吗？总榜又是第几",
    lambda L: [talent_unknown(L, "Seattle"), rank(L, "Seattle")],
    ["人才", "7"],
    tags="multi unpublished",
)
mq(
    "指标体系是怎么设计的？去年的排名是什么样？",
    lambda L: [structure(L), year(L)],
    ["一级", "2025"],
)
mq(
    "前十来自哪几个国家？哪个国家最多？",
    lambda L: [
        countries(L),
        Chk(["美国[^。\\n]{0,20}(最多|5|五)|(最多)[^。\\n]{0,10}美国"], ideal="美国最多，有5座。"),
    ],
    ["日本"],
)
mq(
    "东京在前十吗？首尔呢？",
    lambda L: [member(L, "Tokyo", "overall"), real_outside(L, "首尔")],
    ["东京", "首尔"],
)
mq(
    "第9名是谁，第11名是谁",
    lambda L: [who_at(L, 9), who_at(L, 11)],
    ["香港", "11"],
    tags="multi unpublished",
)

# --- traditional Chinese --------------------------------------------------------------------------------------
mq("教育頭三名同科技創新頭三名係邊啲", lambda L: [top(L, "edu", 3), top(L, "sci", 3)], [None, None])
mq(
    "呢份報告係邊個整嘅？評估咗幾多個城市？",
    lambda L: [makers(L), thirty(L)],
    ["深圳國際科技信息中心", "30"],
)
mq(
    "北京同東京各排第幾？第一名係邊個？",
    lambda L: [rank(L, "Beijing"), rank(L, "Tokyo"), who_at(L, 1)],
    ["北京", "東京", "波士頓"],
)
mq(
    "香港有冇入教育前三？倫敦總排名第幾？",
    lambda L: [member(L, "Hong Kong", "edu"), rank(L, "London")],
    ["香港", "倫敦"],
)
mq(
    "請問第4到第6名是誰？前十最後一名又是哪個？",
    lambda L: [ranged(L, 4, 6), who_at(L, 10)],
    [None, "東京"],
)
mq(
    "深圳總排名係幾多？佢有冇入人才前十？",
    lambda L: [rank(L, "Shenzhen"), member(L, "Shenzhen", "talent")],
    ["深圳", "人才"],
    tags="multi unpublished",
)
mq(
    "@citybot 總排名前五係邊幾個，西雅圖喺唔喺入面",
    lambda L: [top(L, "overall", 5), member(L, "Seattle", "top5")],
    [],
    must=[after("倫敦", "西雅圖[^。\\n]{0,20}(7|七)")],
)
mq(
    "科技創新第二名是誰？教育第二名呢？",
    lambda L: [who_at(L, 2, "sci"), who_at(L, 2, "edu")],
    ["波士頓", "倫敦"],
)
mq(
    "前十入面有幾多個美國城市，幾多個中國城市？",
    lambda L: [
        count(L, 5, US_RE, "美國城市有5座：波士頓、舊金山、紐約、洛杉磯、西雅圖。", [4, 6]),
        count(L, 3, CN_RE, "中國城市有3座：北京、上海、香港。", [2, 4]),
    ],
    ["美國", "中國"],
)
mq(
    "報告幾時發佈？邊幾個機構一齊整？",
    lambda L: [released(L), makers(L)],
    ["2025", "深圳國際科技信息中心"],
)
mq(
    "洛杉磯後面一名同前面一名分別係邊個",
    lambda L: [neighbour(L, "Los Angeles", 1), neighbour(L, "Los Angeles", -1)],
    ["西雅圖", "紐約"],
)
mq(
    "人才發展第一名是誰？科技創新第一名呢？",
    lambda L: [who_at(L, 1, "talent"), who_at(L, 1, "sci")],
    ["人才", "科技創新"],
    tags="multi unpublished",
)
mq(
    "波士頓同西雅圖差幾多位？第五名係邊個？",
    lambda L: [distance(L, "Boston", "Seattle"), who_at(L, 5)],
    ["西雅圖", "紐約"],
)
mq(
    "西雅圖有冇入人才前十？總排名又係第幾？",
    lambda L: [talent_unknown(L, "Seattle"), rank(L, "Seattle")],
    ["人才", "7"],
    tags="multi unpublished",
)
mq(
    "總排名、教育、科技創新嘅第三名各是誰",
    lambda L: [who_at(L, 3), who_at(L, 3, "edu"), who_at(L, 3, "sci")],
    ["北京", "香港", "北京"],
)
mq(
    "東京有冇入前十？多倫多呢？",
    lambda L: [member(L, "Tokyo", "overall"), real_outside(L, "多倫多")],
    ["東京", "多倫多"],
)
