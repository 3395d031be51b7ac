"""Probe: long, chatty messages with the question buried at the start, in the middle or at the end."""

from casebook import Chk, Sheet
from specs._facts import EN, HANS, HANT, compare, makers, near, profile, rank, released, seq, top, wrong_way
from specs.aggregates import CN_EN
from specs.chatty import calm

from probe_specs._common import ahead, count_p, either, medal, member_p, who_at_p

SHEET = Sheet(
    "pr_chatty",
    "long and chatty messages, other shapes",
    """
Politeness, greetings, sign-offs, line breaks, emoji, a city mentioned only as background, the question at
the start, in the middle or at the end. The reply answers the question; no word of the chatter becomes a city,
and a background city is not what is ranked.
""",
)
S = SHEET
C = "chatty"

# --- English ----------------------------------------------------------------------------------------
S.c(
    "ugh, mondays. anyway quick one — where did los angeles place? — and then back to my spreadsheet from hell, "
    "wish me luck",
    rank(EN, "Los Angeles"),
    no=calm(EN, "spreadsheet", "luck", "mondays"),
    tags=f"{C} rank",
)
S.c(
    "So I've been planning a little sabbatical and reading way too many city guides. Half of them rave about the "
    "food, the other half about the universities, and I keep going back and forth. My partner just wants "
    "somewhere with decent public transport. Somewhere in all that reading I found this innovation report, and "
    "now I'm curious: which city is the runner-up in sci-tech innovation? Thanks in advance, and sorry for the essay.",
    medal(EN, 2, "sci"),
    no=calm(EN, "sabbatical", "transport", "essay"),
    tags=f"{C} at_rank",
)
S.c(
    "Dear citybot, I hope this message finds you well. I am preparing a short lecture on urban innovation for "
    "first-year students and would like to be precise. I would be most grateful if you could confirm whether "
    "Hong Kong is among the top three cities for education. Kind regards, Dr. M.",
    member_p(EN, "Hong Kong", "edu"),
    no=calm(EN, "lecture", "regards"),
    tags=f"{C} yesno",
)
S.c(
    "hey\nso\nmy brother says tokyo beat shanghai\nis that true??\nhe won't shut up about it",
    Chk(
        [EN.at("Shanghai", 8), EN.at("Tokyo", 10), either(EN.neg, ahead(EN, "Shanghai"))],
        [EN.bare_yes, wrong_way(EN, "Tokyo", "Shanghai"), *calm(EN, "brother")],
        ideal="No — Shanghai is 8th and Tokyo 10th, so Shanghai is ahead.",
    ),
    tags=f"{C} yesno adversarial",
)
S.c(
    "We're relocating the family from Chicago next year and my husband has a job offer in Seattle while I have "
    "one near Boston. We're trying to be rational about it. Is Seattle ahead of Boston in this ranking?",
    compare(EN, "Seattle", "Boston"),
    EN.neg,
    no=calm(EN, "husband", "offer") + EN.real_outside_guards("Chicago")[1:3],
    ideal="No — Boston is higher overall: Boston is 1st and Seattle 7th (6 places apart).",
    tags=f"{C} compare",
)
S.c(
    "I manage a small fund and we write a quarterly letter to our investors. This quarter the theme is "
    "'where the next breakthroughs come from', and a colleague pointed me to this report. Before I quote it, "
    "how many Chinese cities are in the overall top 10?",
    count_p(
        EN,
        3,
        CN_EN,
        "",
        "China has three: Beijing (3rd), Shanghai (8th) and Hong Kong (9th).",
        "Beijing",
        wrong=[2, 4, 5],
    ),
    no=calm(EN, "fund", "letter", "quarter"),
    tags=f"{C} aggregate",
)
S.c(
    "my kid's doing a geography project (due friday!!) and asked me who put this report together and when it "
    "came out. i have no idea. help a parent out 🙏",
    makers(EN) + released(EN),
    no=calm(EN, "project", "friday", "parent"),
    tags=f"{C} meta",
)
S.c(
    "Is Guangzhou mentioned at all? Asking because my grandmother grew up there and she'd love to hear it got a "
    "shout-out. She's 92 and still reads the paper every morning.",
    Chk(
        [EN.yes, "Guangzhou", "talent"],
        [EN.bare_no, *EN.no_rank("Guangzhou"), *EN.talent_order_guards(), *calm(EN, "grandmother", "paper")],
        ideal="Yes! Guangzhou is one of the five Chinese cities in the talent top 10 and is singled out for "
        "exceptional talent potential. It isn't in the published overall top 10.",
    ),
    tags=f"{C} profile",
)
S.c(
    "ok so im on the bus rn and my phone is at 3% so quick: top 5 overall??",
    top(EN, "overall", 5),
    no=calm(EN, "bus", "phone"),
    tags=f"{C} top",
)
S.c(
    "I might be completely wrong here, and please correct me if so, but I read somewhere that London was first in "
    "education? My colleague disagrees. Could you clarify which city actually holds first place in education, and "
    "where London sits?",
    who_at_p(EN, 1, "edu") + rank(EN, "London", "edu"),
    no=[EN.bare_yes, *calm(EN, "colleague")],
    ideal="Your colleague is right — London isn't first. Boston is 1st in education, and London is 2nd in education.",
    tags=f"{C} at_rank adversarial",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "周一真的好累啊，早上地铁挤死了，到公司咖啡机还坏了。先不说这些，问一下洛杉矶总榜第几？问完我去开会了",
    rank(HANS, "Los Angeles"),
    no=calm(HANS),
    tags=f"{C} rank",
)
S.c(
    "老师您好，我是大二学生，在写一篇关于城市创新的课程论文，想引用这份报告。请问报告是哪几家机构一起编的？万分感谢！",
    makers(HANS),
    no=calm(HANS),
    tags=f"{C} meta",
)
S.c(
    "我老公说东京比上海排名高，我说不可能，我们俩争了一晚上了……你来评评理，到底谁高？",
    compare(HANS, "Tokyo", "Shanghai"),
    no=calm(HANS),
    tags=f"{C} compare",
)
S.c(
    "在群里看到有人转发这个榜单，说科创前三里没有中国城市，真的假的？我记得好像有北京",
    Chk(
        [
            either(
                near(HANS.city("Beijing"), "(科创|科技创新|科技|创新)[^。\\n，]{0,8}(第\\s*3|第三)", 80),
                seq(HANS.city("San Francisco"), HANS.city("Boston"), HANS.city("Beijing"), gap=12),
            )
        ],
        [HANS.bare_yes, *HANS.wrong_rank("Beijing", 3, "sci"), *calm(HANS)],
        ideal="不是真的：科技创新前三是旧金山、波士顿、北京，北京排第3。",
    ),
    tags=f"{C} yesno adversarial",
)
S.c(
    "我们公司打算在深圳或者广州开研发中心，老板让我查查这份报告怎么说深圳的，麻烦了",
    profile(HANS, "Shenzhen"),
    no=calm(HANS),
    tags=f"{C} profile",
)
S.c(
    "哈哈不好意思又来问了，上次问的我忘了😂 教育榜第一是哪个城市来着？",
    who_at_p(HANS, 1, "edu"),
    no=calm(HANS),
    tags=f"{C} at_rank",
)

S.c(
    "刚下班，累得不行，地铁上刷到这个创新城市排名，顺便问一句：西雅图和洛杉矶谁排前面？",
    compare(HANS, "Seattle", "Los Angeles"),
    no=calm(HANS),
    tags=f"{C} compare",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "唔好意思打擾晒，我喺度做功課，想問下香港總排名係第幾？唔該晒！",
    rank(HANT, "Hong Kong"),
    no=calm(HANT),
    tags=f"{C} rank",
)
S.c(
    "最近在跟朋友討論移居的事，他說舊金山一定是第一名，我覺得是波士頓。麻煩幫我們確認一下，總排名第一到底是誰？",
    who_at_p(HANT, 1),
    no=calm(HANT),
    tags=f"{C} at_rank",
)
S.c(
    "我姪女想去英國讀書，家裡長輩一直問倫敦好不好。先不管生活費，倫敦在這份報告的教育排名是第幾？",
    rank(HANT, "London", "edu"),
    no=calm(HANT),
    tags=f"{C} rank",
)
S.c(
    "欸我看到新聞說這份報告有三十個城市，可是只看到十個，其他的在哪裡可以看？",
    "(?<![\\d.])30(?![\\d.])|三十",
    HANT.notpub,
    no=calm(HANT),
    ideal="報告評估了30座城市，但完整名單未公佈，只公佈了總排名前十和幾份較短的名單。",
    tags=f"{C} meta unpublished",
)
