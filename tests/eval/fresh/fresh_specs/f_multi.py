"""Fresh: several questions in one message (issue 11, point 7) and long chatty messages (point 8)."""

from casebook import Chk, Sheet
from probe_specs._common import ranged
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
            for p, m in zip(parts, marks, strict=False):
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


# ========================================================================================================
# chatty: long and chatty messages, the question somewhere inside
# ========================================================================================================

# --- English ----------------------------------------------------------------------------------------------
chat(
    "ok so long story. my cousin Priya has been going back and forth for MONTHS about where to do her masters. "
    "she got offers from two places, one in the UK and one in the states, and her parents keep sending her "
    "these articles about which cities are 'innovation hubs' or whatever, and honestly the whole family group "
    "chat has turned into a debate club. my uncle swears by some ranking he saw on wechat, my aunt only trusts "
    "the newspaper, and priya just wants to pick the place with the better labs and a decent stipend. i told "
    "her i'd ask a bot because i'm tired of the arguing lol. anyway she mentioned this report that came out in "
    "january with 30 cities in it. so where did London actually rank?",
    lambda L: [rank(L, "London")],
    fillers=["Priya", "wechat", "stipend"],
)
chat(
    "hey, first time using this. i'm doing a school presentation on tech cities for my geography class and "
    "the teacher said we need at least one real source. i picked the education sci-tech talent report "
    "because it sounded serious. my group partner Jake wanted to do sports stadiums instead but i won lol. "
    "could you tell me who came first overall?",
    lambda L: [who_at(L, 1)],
    fillers=["Jake", "stadiums"],
)
chat(
    "Sorry if this is a dumb question, I'm not really a numbers person and my manager forwarded me a slide "
    "deck this morning with a bunch of logos and a map that I didn't understand at all. Something about a "
    "SET index and a top ten. We have a client call on Thursday and I'd rather not look clueless. Which "
    "cities are in that top ten, in order?",
    lambda L: [top(L, "overall", 10)],
    fillers=["Thursday", "deck"],
)
chat(
    "lol my dad and i had a bet at dinner. he said tokyo would be way up there because of all the robots "
    "and trains, i said no way, the american cities dominate this stuff. loser does dishes for a week. "
    "where is tokyo on the list??",
    lambda L: [rank(L, "Tokyo")],
    fillers=["dishes", "robots"],
)
chat(
    "I've been reading about this for a while now. There's a lot of talk online about how Chinese cities "
    "are catching up, and some people in the comments were claiming Shanghai beat Hong Kong while others "
    "said the opposite, and a guy named Marcus kept posting the same screenshot over and over. I'm not "
    "trying to start a fight, I genuinely want to know: which of the two ranks higher overall?",
    lambda L: [compare(L, "Shanghai", "Hong Kong")],
    fillers=["Marcus", "screenshot"],
)
chat(
    "background: i work in university admissions and every year parents ask us which cities are 'good for "
    "education'. usually i just shrug and point them at the usual league tables, but this year a colleague "
    "mentioned a new report from tsinghua and elsevier and a shenzhen information center that has a "
    "separate education list. i'd like to quote it properly in our newsletter, which goes out to about "
    "four thousand families, so i really don't want to get it wrong. i remember boston was in there. "
    "could you give me the education top 3 exactly as published?",
    lambda L: [top(L, "edu", 3)],
    fillers=["newsletter", "admissions"],
)
chat(
    "ugh ok so. I was up till 3am scrolling, saw a headline that beijing shanghai and hong kong made the "
    "top 10, fell asleep, woke up and forgot everything except that boston was number one. my roommate "
    "Dani says san francisco was number one. we are both too lazy to look it up. settle it: who is second?",
    lambda L: [who_at(L, 2)],
    fillers=["Dani", "roommate", "headline"],
)
chat(
    "Good morning! Hope you're well. I run a small newsletter for expats in Shenzhen (about 800 subscribers, "
    "mostly engineers and a few teachers) and every month I try to include one data point about how the "
    "city compares internationally. Last month it was housing costs, the month before that it was metro "
    "ridership, and honestly both issues got a lot of replies. This month a reader sent me a link about a "
    "global innovation cities report and asked whether Shenzhen is in the overall top 10. It would be great "
    "if you could confirm where Shenzhen stands in the overall ranking before I hit send on Friday.",
    lambda L: [rank(L, "Shenzhen")],
    fillers=["expats", "ridership", "subscribers"],
    tags="chatty unpublished",
)
chat(
    "so my gf is from seattle and she's super proud of it, keeps saying it's the best tech city in the world "
    "because of amazon and microsoft and all that. i said there's a report that says otherwise. she said "
    "prove it. where does seattle land overall?",
    lambda L: [rank(L, "Seattle")],
    fillers=["gf", "amazon", "microsoft"],
)
chat(
    "ok this is going to sound random but hear me out. my grandma, who is 84 and still reads three "
    "newspapers a day, called me last night because she saw something on the evening news about Beijing "
    "being a top innovation city and she wanted to know if it beat London. she doesn't trust the "
    "internet, she trusts me, and I trust you, so no pressure. between the two of them, who ranks higher?",
    lambda L: [compare(L, "Beijing", "London")],
    fillers=["grandma", "newspapers"],
)
chat(
    "we're planning an offsite for our startup, it's a tiny team (six people, two dogs) and the founder "
    "wants to visit a city known for innovation so we 'absorb the vibe'. the budget is tiny so honestly "
    "it'll probably be a weekend somewhere cheap, but for the pitch deck he wants a citation. which city "
    "topped the sci-tech innovation list?",
    lambda L: [who_at(L, 1, "sci")],
    fillers=["offsite", "startup", "vibe"],
)
chat(
    "Quick context: I'm a journalist at a student paper, we're doing a piece on why people move to "
    "Hong Kong for university. One of my sources mentioned a 2025 ranking with an education list. Before I "
    "quote her, I want to double check: is Hong Kong in the education top 3, and if so where?",
    lambda L: [member(L, "Hong Kong", "edu")],
    fillers=["journalist", "sources"],
)
chat(
    "haha this bot is kinda cool. ok real question, my brother in law keeps bragging about LA because he "
    "moved there for work in animation, he thinks it's some genius hub. i looked at the list once and i "
    "think it was like 6th or something? can you confirm what LA got overall",
    lambda L: [rank(L, "Los Angeles")],
    fillers=["animation", "bragging"],
)
chat(
    "so there's this whole thing at my office. the team in new york thinks they're the innovation capital, "
    "the team in boston thinks the same about themselves, and the london office just quietly rolls its eyes. "
    "monday's all-hands turned into a shouting match about it, which was honestly more entertaining than "
    "the quarterly numbers. our VP literally said 'someone look it up' and then everyone looked at me, "
    "because i'm the intern. so here i am. can you give me the ranks of new york, boston and london?",
    lambda L: [rank(L, "New York"), rank(L, "Boston"), rank(L, "London")],
    marks=["New York", "Boston", "London"],
    fillers=["monday", "intern", "VP"],
)
chat(
    "I want to write a short blog post about this report but I keep getting confused by the different lists. "
    "There's an overall one, an education one, an innovation one, and then a talent one that people keep "
    "describing differently. Some blogs call it a top 10, one of them even gave it a numbered order. What "
    "exactly does the talent list contain?",
    lambda L: [talent_list(L)],
    fillers=["blogs", "blog"],
    tags="chatty unpublished",
)
chat(
    "right so i'm in a pub quiz team called The Quizzly Bears and last night the question was about this "
    "exact report and we lost by one point. the question was 'which city came 8th overall'. we said hong "
    "kong. i have a feeling we were wrong. were we?",
    lambda L: [
        Chk(
            [L.at("Shanghai", 8), L.at("Hong Kong", 9)],
            [*L.wrong_rank("Shanghai", 8), *L.wrong_rank("Hong Kong", 9)],
            ideal="Afraid so: the city in 8th place overall was Shanghai; Hong Kong was 9th.",
        )
    ],
    fillers=["Quizzly", "Bears", "pub"],
)
chat(
    "This is a bit of an odd one. I'm compiling a reading list for a book club (we read one non-fiction book "
    "a month, this month it's about cities and the economy) and someone asked during the discussion whether "
    "this new innovation report ranked all thirty cities it looked at, or just some. I said I'd find out. "
    "We meet again on the 14th, and I'd love to bring a clear answer. Was the full ranking of the 30 "
    "published?",
    lambda L: [
        Chk(
            [L.neg, "(top[ -]?(10|ten)|\\bten\\b|10\\b)"],
            [L.bare_yes, *L.nobody_at(range(11, 31))],
            ideal="No — 30 cities were evaluated, but only the overall top 10 (plus the education and sci-tech "
            "top 3 and the talent top 10) was published; ranks 11 to 30 were not.",
        )
    ],
    fillers=["club", "fiction"],
    tags="chatty unpublished",
)
chat(
    "hiya, my mum asked me to ask you. she's 67 and thinks guangzhou is the best city in china for everything. "
    "she wants to know its overall rank. she'll be very annoyed if it's not good news lol",
    lambda L: [rank(L, "Guangzhou")],
    fillers=["mum", "annoyed"],
    tags="chatty unpublished",
)
chat(
    "Long-time lurker in the group. I see people arguing about this report every other day. Let me try to "
    "settle one thing once and for all, and please keep it short because I'm on my phone on the bus: how "
    "many places apart are Beijing and Shanghai overall?",
    lambda L: [distance(L, "Beijing", "Shanghai")],
    fillers=["lurker", "bus"],
)
chat(
    "my professor, Dr. Okafor, says the report rates sci-tech innovation separately and that Boston is first "
    "there too. I kind of doubt it because I remember something about San Francisco. Is Boston really first "
    "in innovation?",
    lambda L: [
        Chk(
            [L.neg, L.at("San Francisco", 1), L.at("Boston", 2)],
            [L.bare_yes, *L.wrong_rank("Boston", 2, "sci")],
            ideal="No — in sci-tech innovation San Francisco is 1st and Boston 2nd.",
        )
    ],
    fillers=["Okafor", "professor"],
    tags="chatty adversarial",
)
chat(
    "Honestly I think rankings like these are a bit silly, every think tank has its own formula and they all "
    "disagree. My coworker loves them though, she prints them out and pins them to the fridge in the "
    "kitchen. Anyway, for her sake: who's 7th?",
    lambda L: [who_at(L, 7)],
    fillers=["fridge", "coworker"],
)
chat(
    "yo. been lurking. im from tokyo originally and everyone at school here keeps telling me tokyo didnt "
    "make it into that innovation top ten thing. i swear i saw it there. is tokyo in the top 10 or not",
    lambda L: [member(L, "Tokyo", "overall")],
    fillers=["lurking", "school"],
)
chat(
    "so I'm applying for a research visa and the form has this weird optional essay about why I chose my "
    "destination city. I'm choosing between San Francisco and Los Angeles for a postdoc, and my advisor "
    "said mentioning this ranking could help. The deadline is next Tuesday and I've rewritten the essay "
    "like nine times. Which is higher overall, SF or LA, and by how much?",
    lambda L: [compare(L, "San Francisco", "Los Angeles")],
    fillers=["visa", "postdoc", "Tuesday"],
)
chat(
    "Some context before my question. I teach middle school science in a small town, and my students this "
    "year are obsessed with the idea of 'future cities'. We've been doing a unit where each kid picks a city "
    "and researches its universities, companies, transport and so on. One student, Leo, picked New York, "
    "another, Aisha, picked London, and the rest mostly picked places from video games, which I'm choosing "
    "not to think about. Leo and Aisha got into a heated debate yesterday about which of their cities is "
    "more innovative. I promised them I'd find a real, published ranking to settle it. I found this 2025 "
    "report, but I'm not confident reading the tables. Between New York and London, which is ranked higher "
    "overall, and what are their exact positions?",
    lambda L: [compare(L, "New York", "London")],
    fillers=["Leo", "Aisha", "games"],
)
chat(
    "I'm writing a grant proposal and my co-author wants a sentence on talent development in Chinese cities. "
    "We don't want to overclaim. Please just tell me: is Shenzhen in the talent top 10, and does the report "
    "give it a specific rank there?",
    lambda L: [rank(L, "Shenzhen", "talent")],
    fillers=["grant", "overclaim"],
    tags="chatty unpublished",
)
chat(
    "lmaooo my friend group chat is on fire rn. kev said boston is top for education AND innovation AND "
    "overall, like a triple crown. i said that's not true. i need receipts. was boston first in all three?",
    lambda L: [not_first_everywhere(L)],
    fillers=["kev", "receipts", "crown"],
    tags="chatty adversarial",
)
chat(
    "I've been trying to get my head around this for an hour. The article says 'the top 10 innovation "
    "cities are Boston, San Francisco, Beijing...' and then it keeps going but my screen cut it off and the "
    "paywall popped up. Who comes after Beijing in that list, the next two?",
    lambda L: [neighbour(L, "Beijing", 1), neighbour(L, "Beijing", 2)],
    marks=["London", "New York"],
    fillers=["paywall", "screen"],
)
chat(
    "Please ignore my typos, my thumbs are cold. Standing at a bus stop in the rain. My sister is moving "
    "to seatle for a job and asked if its a good tech place. Where is seatle in the rankings?",
    lambda L: [rank(L, "Seattle")],
    fillers=["thumbs", "rain"],
)
chat(
    "Not sure if you do this kind of thing, but my dad printed a Chinese article about a 2024 innovation "
    "ranking and asked me to translate it, and he's sure Beijing was 5th in it. Since I'm here: "
    "where was Beijing in the 2024 edition?",
    lambda L: [year(L, "Beijing")],
    fillers=["translate", "printed"],
    tags="chatty unpublished",
)

# --- simplified Chinese ------------------------------------------------------------------------------------
chat(
    "唉说来话长。我表妹小雨今年申请研究生，拿到了英国和美国两所学校的录取，家里人天天在群里吵，"
    "舅舅说要看城市的创新氛围，舅妈说只看学校排名，外婆说离家越近越好。小雨自己也拿不定主意，"
    "整天问我意见，我哪懂这些啊。她说今年一月出了个报告，评了全球30个城市，什么教育科技人才协同发展。"
    "我就想替她问一句：伦敦在总榜上到底排第几？",
    lambda L: [rank(L, "London")],
    fillers=["小雨", "舅舅", "外婆"],
)
chat(
    "老师让我们做一个关于科技城市的小组作业，必须引用正式的报告。我们组的阿杰想做体育场馆，被我否决了哈哈。"
    "请问这个排名的总榜第一名是谁？",
    lambda L: [who_at(L, 1)],
    fillers=["阿杰", "场馆"],
)
chat(
    "不好意思问个小白问题，领导早上甩给我一份PPT，里面一堆地图和图标，说周四要跟客户开会，我完全看不懂。"
    "大概是说一个什么指数的前十名。能帮我按顺序列出前十吗？",
    lambda L: [top(L, "overall", 10)],
    fillers=["领导", "周四", "客户"],
)
chat(
    "我跟我爸吃饭的时候打了个赌，他说东京肯定排很前面，毕竟机器人和新干线那么厉害，我说美国城市才是老大。"
    "输的人洗一周碗。东京到底排第几？",
    lambda L: [rank(L, "Tokyo")],
    fillers=["新干线", "洗碗"],
)
chat(
    "最近网上吵得很凶，评论区有人说上海超过了香港，也有人说香港比上海强，还有个网友一直刷同一张截图，"
    "看得我头都大了。我不想吵架，就是真心想知道：总榜上上海和香港谁排得更高？",
    lambda L: [compare(L, "Shanghai", "Hong Kong")],
    fillers=["网友", "截图", "评论区"],
)
chat(
    "我在一所大学做招生工作，每年都有家长问哪些城市教育好。今年同事说清华和爱思唯尔还有深圳一个信息中心"
    "联合出了个报告，里面有单独的教育榜。我们的公众号有四千多位家长关注，写错了会很尴尬。"
    "麻烦把教育前三原样告诉我一下，谢谢！",
    lambda L: [top(L, "edu", 3)],
    fillers=["公众号", "家长"],
)
chat(
    "昨晚刷手机刷到三点，看到一个标题说北京上海香港进了前十，然后就睡着了，醒来只记得波士顿第一。"
    "室友说第一是旧金山，我俩都懒得查。帮忙裁决一下：第二名是谁？",
    lambda L: [who_at(L, 2)],
    fillers=["室友", "标题"],
)
chat(
    "早上好！我在深圳运营一个外籍人士的小号，大概八百个订阅，大多是工程师和老师。每个月我都会放一条"
    "深圳跟国际城市比较的数据，上个月是房租，再上个月是地铁客流，反响都不错。这个月有读者发给我一个"
    "全球创新城市报告的链接，问深圳有没有进总榜前十。周五发稿前想跟你确认一下：深圳在总榜上排在哪里？",
    lambda L: [rank(L, "Shenzhen")],
    fillers=["订阅", "房租", "地铁"],
    tags="chatty unpublished",
)
chat(
    "我女朋友是西雅图人，天天说西雅图是世界上最强的科技城市，因为有亚马逊和微软。我说有个报告不是这么说的，"
    "她让我拿出证据。西雅图总榜排多少？",
    lambda L: [rank(L, "Seattle")],
    fillers=["亚马逊", "微软", "女朋友"],
)
chat(
    "我奶奶84岁了，每天还看三份报纸。昨晚她打电话说在新闻联播里看到北京是顶尖创新城市，问我北京有没有超过伦敦。"
    "她不信网上的东西，只信我，所以压力山大。北京和伦敦谁排得高？",
    lambda L: [compare(L, "Beijing", "London")],
    fillers=["奶奶", "报纸", "新闻联播"],
)
chat(
    "我们创业公司准备团建，一共六个人两条狗，老板说要去一个以创新闻名的城市感受一下氛围。预算很少，"
    "估计最后就是周末找个便宜地方，但他做PPT要引用数据。科技创新榜第一名是哪个城市？",
    lambda L: [who_at(L, 1, "sci")],
    fillers=["团建", "老板"],
)
chat(
    "我在校报当记者，正在写一篇为什么很多人去香港读大学的稿子。受访的同学提到2025年有个排名里有教育榜。"
    "引用之前我想核实一下：香港在不在教育前三？在的话排第几？",
    lambda L: [member(L, "Hong Kong", "edu")],
    fillers=["校报", "记者", "受访"],
)
chat(
    "我们公司内部吵起来了：纽约团队觉得自己是创新之都，波士顿团队也这么觉得，伦敦办公室的人在旁边翻白眼。"
    "周一的全员会差点变成辩论赛，比季度数据还好看。副总裁说“谁去查一下”，然后所有人都看着我这个实习生。"
    "所以请告诉我纽约、波士顿、伦敦各排第几？",
    lambda L: [rank(L, "New York"), rank(L, "Boston"), rank(L, "London")],
    marks=["纽约", "波士顿", "伦敦"],
    fillers=["副总裁", "实习生"],
)
chat(
    "我想写篇博客介绍这个报告，但总是被不同的榜单搞糊涂。有总榜、教育榜、创新榜，还有个人才榜，"
    "各家说法都不一样，有个博主还给人才榜排了一二三。人才榜到底包括哪些城市？",
    lambda L: [talent_list(L)],
    fillers=["博客", "博主"],
    tags="chatty unpublished",
)
chat(
    "我们读书会这个月读的是城市与经济的书，讨论时有人问这个创新报告是不是把评估的30个城市都排了名。"
    "我说我去查查，下次聚会是14号。30个城市的完整排名公布了吗？",
    lambda L: [
        Chk(
            [L.neg, "(前十|前10)"],
            [L.bare_yes, *L.nobody_at(range(11, 31))],
            ideal="没有。报告评估了30座城市，但只公布了总榜前十（以及教育、科创前三和人才前十），第11到30名没有公布。",
        )
    ],
    fillers=["读书会", "聚会"],
    tags="chatty unpublished",
)
chat(
    "我妈让我问的，她67岁，觉得广州什么都是全国最好的。她想知道广州总榜排第几，要是排名不好她肯定要生气哈哈",
    lambda L: [rank(L, "Guangzhou")],
    fillers=["生气"],
    tags="chatty unpublished",
)
chat(
    "我们教授说这个报告里科技创新是单独排的，而且波士顿在那里也是第一。我有点怀疑，好像记得是旧金山。"
    "波士顿真的是科创第一吗？",
    lambda L: [
        Chk(
            [L.neg, L.at("San Francisco", 1), L.at("Boston", 2)],
            [L.bare_yes, *L.wrong_rank("Boston", 2, "sci")],
            ideal="不是，科技创新排名第1是旧金山，波士顿排名第2。",
        )
    ],
    fillers=["教授"],
    tags="chatty adversarial",
)
chat(
    "群里吵翻了，小凯说波士顿教育、创新、总榜三项全是第一，大满贯。我说不对。需要证据！波士顿是不是三项都第一？",
    lambda L: [not_first_everywhere(L)],
    fillers=["小凯", "大满贯"],
    tags="chatty adversarial",
)
chat(
    "手冻僵了打字可能有错别字，在公交站等车还下着雨。我妹要去西雅图工作，问那边科技怎么样。西雅图排第几来着？",
    lambda L: [rank(L, "Seattle")],
    fillers=["公交站", "错别字"],
)

# --- traditional Chinese --------------------------------------------------------------------------------------
chat(
    "講起嚟好長氣。我表妹今年申請碩士，攞咗英國同美國兩間學校嘅offer，成個家族群組日日嘈，舅父話要睇城市嘅"
    "創新氣氛，舅母話淨係睇學校排名，婆婆就話越近屋企越好。表妹自己都冇主意，成日問我，我又唔識。"
    "佢話今年一月有份報告評咗全球30個城市。我想幫佢問下：倫敦總排名究竟排第幾？",
    lambda L: [rank(L, "London")],
    fillers=["舅父", "婆婆", "群組"],
)
chat(
    "老師要我們做一份科技城市的分組報告，一定要引用正式來源。組員阿傑想做體育館，被我否決了哈哈。"
    "請問總排名第一名是誰？",
    lambda L: [who_at(L, 1)],
    fillers=["阿傑", "體育館"],
)
chat(
    "唔好意思問個蠢問題，老細朝早send咗份簡報俾我，入面一堆地圖同圖示，話星期四要同客開會，我完全睇唔明。"
    "好似係講一個指數嘅前十名。可唔可以順序列晒前十出嚟？",
    lambda L: [top(L, "overall", 10)],
    fillers=["老細", "星期四", "簡報"],
)
chat(
    "我同老豆食飯嗰陣打咗個賭，佢話東京實排得好前，始終機械人同新幹線咁勁，我話美國城市先係老大。"
    "輸咗嘅洗一個禮拜碗。東京究竟排第幾？",
    lambda L: [rank(L, "Tokyo")],
    fillers=["老豆", "新幹線"],
)
chat(
    "最近網上吵得很兇，留言區有人說上海贏了香港，也有人說香港比上海強，還有網友一直洗版貼同一張截圖。"
    "我不想吵架，只是真的想知道：總排名上上海和香港誰比較高？",
    lambda L: [compare(L, "Shanghai", "Hong Kong")],
    fillers=["網友", "截圖", "留言區"],
)
chat(
    "我喺大學做招生，每年都有家長問邊啲城市教育好。今年同事話清華同愛思唯爾仲有深圳一個資訊中心聯合出咗份報告，"
    "入面有獨立嘅教育榜。我哋嘅通訊有四千幾個家長睇，寫錯咗會好尷尬。唔該話我知教育頭三名原文係點？",
    lambda L: [top(L, "edu", 3)],
    fillers=["通訊", "家長"],
)
chat(
    "琴晚碌手機碌到三點，見到個標題話北京上海香港入咗前十，跟住就瞓著咗，醒返淨係記得波士頓第一。"
    "室友話第一係三藩市，我哋兩個都懶得查。幫手判下：第二名係邊個？",
    lambda L: [who_at(L, 2)],
    fillers=["室友", "標題"],
)
chat(
    "早安！我在深圳經營一個外籍人士的電子報，大概八百個訂閱者，多數是工程師和老師。每個月我都會放一個"
    "深圳和國際城市比較的數據，上個月是房租，再上個月是捷運人流，反應都不錯。這個月有讀者寄給我一個"
    "全球創新城市報告的連結，問深圳有沒有進總排名前十。星期五發送前想跟你確認：深圳在總排名上排在哪裡？",
    lambda L: [rank(L, "Shenzhen")],
    fillers=["訂閱者", "房租", "電子報"],
    tags="chatty unpublished",
)
chat(
    "我女朋友係西雅圖人，成日話西雅圖係全世界最勁嘅科技城市，因為有亞馬遜同微軟。我話有份報告唔係咁講，"
    "佢叫我攞證據出嚟。西雅圖總排名係幾多？",
    lambda L: [rank(L, "Seattle")],
    fillers=["亞馬遜", "微軟", "女朋友"],
)
chat(
    "我阿嫲八十四歲，每日仲睇三份報紙。琴晚佢打電話話喺新聞見到北京係頂尖創新城市，問我北京有冇贏倫敦。"
    "佢唔信網上啲嘢，只信我，壓力好大。北京同倫敦邊個排得高啲？",
    lambda L: [compare(L, "Beijing", "London")],
    fillers=["阿嫲", "報紙"],
)
chat(
    "我們新創公司要辦員工旅遊，總共六個人兩隻狗，老闆說要去一個以創新出名的城市感受一下氛圍。預算很少，"
    "大概就是週末找個便宜的地方，但他做簡報要引用數據。科技創新榜第一名是哪個城市？",
    lambda L: [who_at(L, 1, "sci")],
    fillers=["員工旅遊", "老闆"],
)
chat(
    "我在校刊當記者，正在寫一篇關於為什麼很多人去香港念大學的文章。受訪同學提到2025年有個排名裡有教育榜。"
    "引用之前想確認一下：香港有沒有在教育前三？有的話排第幾？",
    lambda L: [member(L, "Hong Kong", "edu")],
    fillers=["校刊", "記者"],
)
chat(
    "我哋公司入面嘈緊交：紐約團隊覺得自己係創新之都，波士頓團隊都係咁諗，倫敦辦公室啲人喺隔離反白眼。"
    "星期一嘅全員大會差啲變成辯論比賽。副總裁話「邊個去查下」，跟住個個望住我呢個實習生。"
    "所以唔該講下紐約、波士頓、倫敦各自排第幾？",
    lambda L: [rank(L, "New York"), rank(L, "Boston"), rank(L, "London")],
    marks=["紐約", "波士頓", "倫敦"],
    fillers=["副總裁", "實習生"],
)
chat(
    "我想寫篇網誌介紹這份報告，但總是被不同的榜單搞混。有總排名、教育榜、創新榜，還有一個人才榜，"
    "每個網站講法都不一樣，有個部落客還幫人才榜排了一二三。人才榜到底包括哪些城市？",
    lambda L: [talent_list(L)],
    fillers=["網誌", "部落客"],
    tags="chatty unpublished",
)
chat(
    "群組嘈到爆，阿凱話波士頓教育、創新、總排名三樣都係第一，大滿貫。我話唔係。要證據！波士頓係咪三樣都第一？",
    lambda L: [not_first_everywhere(L)],
    fillers=["阿凱", "大滿貫"],
    tags="chatty adversarial",
)
chat(
    "我媽叫我問的，她六十七歲，覺得廣州什麼都是全國最好。她想知道廣州總排名第幾，如果排名不好她一定會生氣哈哈",
    lambda L: [rank(L, "Guangzhou")],
    fillers=["生氣"],
    tags="chatty unpublished",
)

# --- long ones (150-250 words / 300+ characters) -----------------------------------------------------------
chat(
    "Okay, bear with me, this is going to be a ramble. I moved back home after six years abroad and my "
    "family has decided I am now the official expert on everything international. At my nephew's birthday "
    "party on Saturday, between the cake and the bouncy castle, my brother asked me which cities are the "
    "most 'future-proof' for his kids, and my sister-in-law immediately started listing places she'd seen "
    "on a travel show. Then my father, who reads everything, mentioned a report that came out in January "
    "about education, science and talent across thirty cities, compiled partly by a university in Beijing "
    "and a publisher from the Netherlands. Everyone had an opinion, nobody had the facts, and the "
    "conversation went on for so long that the candles melted into the frosting. My brother is seriously "
    "thinking about where his kids might study in fifteen years, so he wants real numbers, not vibes. "
    "He's especially torn between the two Chinese cities he knows best. I promised I'd look it up tonight "
    "and send him a short message he can actually read on his phone. So, plainly: where do Beijing and "
    "Shanghai each rank overall, and which one is ahead?",
    lambda L: [compare(L, "Beijing", "Shanghai")],
    fillers=["nephew", "castle", "frosting", "Netherlands"],
)
chat(
    "asdf sorry my cat walked on the keyboard. anyway. today was the worst. the printer jammed twice, the "
    "coffee machine is broken again, someone microwaved fish in the office kitchen, and my train home was "
    "cancelled so i'm sitting in a station cafe with terrible wifi and a soggy sandwich. the guy next to me "
    "is on a very loud phone call about his fantasy football league, something about trading a quarterback "
    "for a kicker, which even i know is a bad idea. the cafe is playing the same three christmas songs on a "
    "loop even though it's nowhere near christmas. my phone is at 12 percent. my boss just emailed asking "
    "for 'one slide on global innovation cities' by tomorrow morning, which is fun because i know nothing "
    "about global innovation cities. i found a 2025 report with a top ten and three smaller lists, and i "
    "think that's all i'll have time to read. i'm going to keep this slide really simple: which three "
    "cities top the sci-tech innovation list, in order?",
    lambda L: [top(L, "sci", 3)],
    fillers=["printer", "quarterback", "kicker", "christmas", "sandwich"],
)
chat(
    "Hello, I hope this isn't too long. I'm a retired engineer and I volunteer at our town library, where "
    "I run a Tuesday evening discussion group for people who like current affairs. Last week we talked "
    "about a news story from January on an assessment report of innovation cities, built on something "
    "called a collaborative development index of education, science and technology, and talent. The group "
    "had two questions that nobody could answer with confidence, and I promised to bring answers to the "
    "next meeting. First, which city was placed just below Tokyo in the overall list, since Tokyo seemed "
    "to be at the bottom of the ten that were printed? Second, how many of the ten are American cities? "
    "We are a curious bunch and some of our members, particularly Harold and Mrs. Fenwick, will check "
    "whatever I tell them, so I would be grateful for an accurate and honest answer, including if "
    "something simply wasn't published.",
    lambda L: [
        neighbour(L, "Tokyo", 1),
        count(L, 5, US_RE, "Five of the ten are American: Boston, San Francisco, New York, Los Angeles and Seattle.",
              [4, 6]),
    ],
    marks=["Tokyo", ""],
    must=[after("Tokyo", US_RE["en"])],
    fillers=["Harold", "Fenwick", "library"],
    tags="chatty multi unpublished",
)
chat(
    "ok im going to vent for a sec and then ask something. my thesis supervisor wants a 'global context' "
    "paragraph in chapter two and keeps rejecting my drafts because they 'lack grounding', whatever that "
    "means. i've rewritten it four times. my flatmate thinks i should just quote a ranking and move on, "
    "my mum thinks i should quit and become a baker, and my gym buddy thinks i should stop complaining "
    "and do deadlifts. the chapter is about how universities shape regional economies, comparing a few "
    "cities in asia and europe. i found this ranking from january 2025 with an education list and a group "
    "of cities with balanced basic and higher education. i think london is in both? my supervisor will "
    "absolutely check, so: is london in the education top 3, and is it one of the balanced-education "
    "cities? please be precise, i can't take a fifth rejection",
    lambda L: [member(L, "London", "edu"), member(L, "London", "balanced")],
    marks=["educ", "balanced"],
    fillers=["flatmate", "baker", "deadlifts", "supervisor"],
    tags="chatty multi",
)
chat(
    "Quick question hidden in a long message, sorry. We're a group of parents organising a science fair at "
    "our kids' primary school and one of the stalls is a giant world map where children stick little flags "
    "on 'innovation cities'. The theme came from one of the dads, who read about a report released on 24 "
    "January 2025. We already have flags for Boston, San Francisco and Beijing because those were easy to "
    "remember. The school caretaker, Mr. Dobbs, has volunteered to laminate everything, and the art teacher "
    "is making the flags out of recycled cereal boxes. We'd like the flags numbered correctly, so: who was "
    "ranked 4th, 5th and 6th overall? The kids will also ask about 'the one after number ten', so if that "
    "wasn't published, please say so and we'll leave that flag blank.",
    lambda L: [ranged(L, 4, 6), neighbour(L, "Tokyo", 1)],
    marks=[None, "Tokyo"],
    fillers=["Dobbs", "cereal", "caretaker", "laminate"],
    tags="chatty multi unpublished",
)
chat(
    "说个事，先吐槽一下。今天真是倒霉透了：早上地铁坐过站，到公司发现电脑蓝屏，中午点的外卖送错了，"
    "下午开会被领导点名批评PPT太花哨。晚上回家路上又下起了大雨，伞还落在了公司。到家一看，楼下的快递柜"
    "坏了，取不出包裹，物业说明天才能修。现在我一边吃泡面一边改明天要交的材料，领导让我在材料里加一句"
    "“全球创新城市排名”的数据，说是上个月看到一篇报道，里面有30个城市，前十里有三座中国城市。"
    "我查了半天也没找到原文，眼睛都快看花了。你就直接告诉我吧：前十里的中国城市是哪几个，分别排第几？",
    lambda L: [rank(L, "Beijing"), rank(L, "Shanghai"), rank(L, "Hong Kong")],
    marks=["北京", "上海", "香港"],
    fillers=["外卖", "快递柜", "物业", "泡面"],
)
chat(
    "我是一名退休的中学物理老师，现在在社区图书馆做志愿者，每周二晚上带一个时事读书小组。上周我们讨论了"
    "一月份的一篇新闻，说的是一份全球创新城市评估报告，用的是教育、科技、人才协同发展指数。组里的老刘和"
    "王阿姨争了很久，老刘说报告把30个城市全排了名，王阿姨说只公布了一部分。还有人问，东京后面排的是谁。"
    "大家都很较真，下次聚会我得给出准确的答案，如果有些信息报告没公布，也请直接告诉我。"
    "所以两个问题：30个城市的完整名单公布了吗？东京后面一名是谁？",
    lambda L: [
        Chk(
            [L.neg, "(前十|前10)"],
            [*L.nobody_at(range(11, 31))],
            ideal="没有。报告评估了30座城市，但只公布了总榜前十等部分结果。",
        ),
        neighbour(L, "Tokyo", 1),
    ],
    marks=["30", "东京"],
    fillers=["老刘", "王阿姨", "志愿者"],
    tags="chatty multi unpublished",
)
chat(
    "先说背景哈，有点长。我在一家做留学咨询的小公司上班，最近家长问得最多的就是“哪个城市读书好”。"
    "我们老板特别喜欢引用各种排名，上周开会让我整理一份资料，说今年一月有个报告，是清华和爱思唯尔他们一起做的，"
    "里面除了总榜还有教育榜和一个“基础教育与高等教育发展比较均衡”的城市名单。我们有个客户的孩子想去伦敦，"
    "另一个想去香港，家长们在群里天天问。我不想给错信息，所以请你帮我确认：香港在教育榜上排第几？"
    "伦敦是不是那个教育均衡的城市之一？",
    lambda L: [rank(L, "Hong Kong", "edu"), member(L, "London", "balanced")],
    marks=["香港", "均衡"],
    fillers=["留学", "客户"],
    tags="chatty multi",
)
chat(
    "唔好意思，講多兩句先。我喺一間細公司做行政，老細成日鍾意喺開會嗰陣講啲排名嚟撐場面。上個禮拜佢話"
    "今年一月有份報告，評咗全球三十個城市，話香港好犀利，叫我整份簡報。我搵咗成晚都搵唔到原文，"
    "中間仲要幫同事搬凳、訂外賣、覆客人電郵，搞到十二點先返到屋企，隻貓仲打瀉咗杯奶茶喺個鍵盤度。"
    "聽日朝早九點就要交，我真係冇時間再睇。直接答我啦：香港總排名第幾？教育方面又排第幾？",
    lambda L: [rank(L, "Hong Kong"), rank(L, "Hong Kong", "edu")],
    marks=["", ""],
    must=[after("(總|綜合)", "教育")],
    fillers=["奶茶", "鍵盤", "外賣"],
    tags="chatty multi",
)
chat(
    "先講一下背景，有點長。我在台北一間補習班教地理，這學期學生對「未來城市」特別有興趣，每個人要選一個城市"
    "做報告。有個學生選了舊金山，另一個選了西雅圖，兩個人在課堂上吵了起來，都說自己的城市比較創新。"
    "我答應他們會找一份正式公佈的排名來判斷，結果找到了2025年的這份報告，但表格我看得不是很懂。"
    "班上還有同學問，美國城市在前十名裡面到底有幾個。所以想請問：舊金山和西雅圖誰排得比較前面？"
    "前十裡面有幾個美國城市？",
    lambda L: [
        compare(L, "San Francisco", "Seattle"),
        count(L, 5, US_RE, "前十裡有5座美國城市：波士頓、舊金山、紐約、洛杉磯、西雅圖。", [4, 6]),
    ],
    marks=["西雅圖", ""],
    fillers=["補習班", "課堂"],
    tags="chatty multi",
)
