"""Fresh (part C, written blind): messages -- several questions in one message, long chatty paragraphs, unknown
words (invented places, real cities outside the results, list abbreviations, nicknames) and misspelt cities."""

from casebook import Chk, Sheet
from probe_specs._common import member_p, no_because, ranged, who_at_p, yes_because
from specs._facts import (
    compare,
    distance,
    invented,
    makers,
    neighbour,
    number_word,
    rank,
    real_outside,
    released,
    seq,
    several,
    stated,
    thirty,
    top,
    year,
)

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_c_messages",
    "messages: several questions at once, chatty paragraphs, unknown words, typos",
    """
Several questions in one message, every part answered in the order asked; long chatty messages whose
question sits at the end, the middle or the start, with people, pets and apps that must never come back as
unknown cities; invented places where a place name can stand; real cities outside the results ("not in the
published results", never "did you mean"); list abbreviations and nicknames; misspelt known cities.
""",
)
S = SHEET
add = adder(S)


def nrec(L, *words):
    """No word of the message (a person, a pet, an app, an abbreviation) is read as a city."""
    out = []
    for w in words:
        for g in L.word_not_city(w):
            if g not in out:
                out.append(g)
    return out


def in_order(*regexes):
    """The parts of the answer, in the order they were asked."""
    return seq(*regexes, gap=1500)


def count(L, n, what, ideal):
    """A count n said of WHAT (a regex)."""
    return Chk([near_(number_word(L, n), what)], ideal=ideal)


def near_(a, b):
    from specs._facts import near

    return near(a, b, 40)


def with_no(ck, no):
    ck.no = ck.no + list(no)
    return ck


def t3(L, en, hans, hant):
    return {"en": en, "hans": hans, "hant": hant, "zh": hans}[L.code]


# ====================================================================================================
# multi: several questions in one message
# ====================================================================================================

add(
    "where's tokyo and who's number one?",
    lambda L: several(rank(L, "Tokyo"), who_at_p(L, 1)),
    order=["Tokyo", "Boston"],
    tags="multi",
)
add("edu top 3 + innov top 3 pls", lambda L: several(top(L, "edu", 3), top(L, "sci", 3)), tags="multi")
add(
    "who put this report together and how many cities did they look at",
    lambda L: several(makers(L), thirty(L)),
    order=["Elsevier", "30"],
    tags="multi meta",
)
add(
    "LA rank? seattle rank? which ones higher",
    lambda L: several(rank(L, "Los Angeles"), rank(L, "Seattle"), compare(L, "Los Angeles", "Seattle")),
    order=["Los Angeles", "Seattle"],
    tags="multi",
)
add(
    "is london in the talent top 10, and whats its education rank",
    lambda L: several(member_p(L, "London", "talent"), rank(L, "London", "edu")),
    order=["talent", "educ"],
    tags="multi",
)
add(
    "quick ones: 1) who's 5th 2) who's 9th 3) beijing in innovation?",
    lambda L: several(who_at_p(L, 5), who_at_p(L, 9), rank(L, "Beijing", "sci")),
    order=["New York", "Hong Kong", "Beijing"],
    tags="multi",
)
add(
    "is there a 2024 ranking too? and when did this one come out",
    lambda L: several(year(L), Chk(released(L).must, [], ideal=released(L).ideal)),
    order=["2025", "Jan"],
    tags="multi year",
)
add(
    "top 3 overall, then the bottom three of the ten",
    lambda L: several(top(L, "overall", 3), ranged(L, 8, 10)),
    tags="multi range",
)
add(
    "@citybot whos 2nd in edu and whos 2nd in innov",
    lambda L: several(who_at_p(L, 2, "edu"), who_at_p(L, 2, "sci")),
    order=["London", "Boston"],
    tags="multi",
)
add(
    "which chinese city ranks highest and how many US cities made the top 10",
    lambda L: several(
        stated(L, "Beijing", 3),
        count(L, 5, "(US|U\\.S\\.|American|United States)", ""),
        Chk(
            [in_order("Beijing", number_word(L, 5))],
            ideal="Beijing is the highest Chinese city, 3rd overall. Five of the top 10 are US cities: Boston, "
            "San Francisco, New York, Los Angeles and Seattle.",
        ),
    ),
    tags="multi aggregate",
)
add(
    "where does shenzhen rank overall, and is it in the talent top ten",
    lambda L: several(rank(L, "Shenzhen"), member_p(L, "Shenzhen", "talent")),
    order=["overall", "talent"],
    tags="multi unpublished",
)
add(
    "compare nyc and london. also who's right after seattle",
    lambda L: several(compare(L, "New York", "London"), neighbour(L, "Seattle", 1)),
    order=["London", "Shanghai"],
    tags="multi",
)
add(
    "how far apart are beijing and shanghai, and what does the report say about chinese cities in sci-tech",
    lambda L: several(
        distance(L, "Beijing", "Shanghai"),
        Chk(
            [in_order("Shanghai", "(upper.middle|middle|momentum|growing|growth|rising)")],
            ideal="In sci-tech innovation the report says North American cities perform best overall, while "
            "Chinese cities sit in the upper-middle range with strong momentum.",
        ),
    ),
    tags="multi meta",
)
add(
    "first in talent? and first overall?",
    lambda L: several(who_at_p(L, 1, "talent"), who_at_p(L, 1)),
    order=["talent", "Boston"],
    tags="multi unpublished",
)
add(
    "who's 11th and who's 10th",
    lambda L: several(who_at_p(L, 11), who_at_p(L, 10)),
    order=["11", "Tokyo"],
    tags="multi unpublished",
)
add(
    "3 things: sf's innovation rank, hk's edu rank, and are there any european cities other than london",
    lambda L: several(
        rank(L, "San Francisco", "sci"),
        rank(L, "Hong Kong", "edu"),
        Chk(
            ["(only|no other|none|\\bno\\b)[^.\\n]{0,60}(Europe|London)|London[^.\\n]{0,40}only"],
            ["Paris", "Berlin", "Munich", "Zurich", "Amsterdam", "Stockholm"],
            ideal="No: London is the only European city in the published results.",
        ),
    ),
    order=["San Francisco", "Hong Kong", "London"],
    tags="multi filter",
)
add(
    "@citybot top 5 and also who made the report",
    lambda L: several(top(L, "overall", 5), makers(L)),
    order=["Elsevier"],
    tags="multi meta",
)

# simplified
add(
    "东京排第几？第一名是谁？",
    lambda L: several(rank(L, "Tokyo"), who_at_p(L, 1)),
    order=["东京", "波士顿"],
    tags="multi",
)
add("教育的前三跟科创的前三各是哪几个城市呀", lambda L: several(top(L, "edu", 3), top(L, "sci", 3)), tags="multi")
add(
    "这个报告是谁做的，一共评了多少个城市",
    lambda L: several(
        makers(L),
        thirty(L),
        Chk([in_order("(清华|爱思唯尔|Elsevier|深圳国际)", "30|三十")], ideal=""),
    ),
    tags="multi meta",
)
add(
    "北京和上海差几名？另外香港教育排第几",
    lambda L: several(distance(L, "Beijing", "Shanghai"), rank(L, "Hong Kong", "edu")),
    order=["上海", "香港"],
    tags="multi",
)
add(
    "深圳总排名多少，人才前十有没有它",
    lambda L: several(rank(L, "Shenzhen"), member_p(L, "Shenzhen", "talent")),
    order=["总", "人才"],
    tags="multi unpublished",
)
add(
    "第五名是谁 伦敦又排第几",
    lambda L: several(who_at_p(L, 5), rank(L, "London")),
    order=["纽约", "伦敦"],
    tags="multi",
)
add(
    "问三个：科创第一是谁？教育第一是谁？总榜第一是谁？",
    lambda L: several(who_at_p(L, 1, "sci"), who_at_p(L, 1, "edu"), who_at_p(L, 1)),
    order=["旧金山", "波士顿", "波士顿"],
    tags="multi",
)
add(
    "@citybot 洛杉矶第几 西雅图第几",
    lambda L: several(rank(L, "Los Angeles"), rank(L, "Seattle")),
    order=["洛杉矶", "西雅图"],
    tags="multi",
)
add(
    "有2024年的榜单吗？顺便说下今年前三",
    lambda L: several(year(L), top(L, "overall", 3), Chk([in_order("2025", L.city("Boston"))], ideal="")),
    tags="multi year",
)
add(
    "伦敦在人才前十吗？在教育前三吗？",
    lambda L: several(member_p(L, "London", "talent"), member_p(L, "London", "edu")),
    order=["人才", "教育"],
    tags="multi",
)
add(
    "科创前三里有没有中国城市，教育前三呢",
    lambda L: several(
        with_no(stated(L, "Beijing", 3, "sci"), []),
        stated(L, "Hong Kong", 3, "edu"),
        Chk(["(科创|科技|创新)", "教育"], ideal="有：北京科技创新排名第3。教育前三里有香港，教育排名第3。"),
    ),
    order=["北京", "香港"],
    tags="multi filter",
)

# traditional
add(
    "東京排第幾？邊個第一？",
    lambda L: several(rank(L, "Tokyo"), who_at_p(L, 1)),
    order=["東京", "波士頓"],
    tags="multi",
)
add("教育頭三同科技創新頭三係邊啲城市", lambda L: several(top(L, "edu", 3), top(L, "sci", 3)), tags="multi")
add(
    "份報告係邊個整嘅？評咗幾多個城市？",
    lambda L: several(
        makers(L),
        thirty(L),
        Chk([in_order("(清華|愛思唯爾|Elsevier|深圳國際)", "30|三十")], ideal=""),
    ),
    tags="multi meta",
)
add(
    "香港總排名第幾？教育呢？人才前十有冇佢？",
    lambda L: several(rank(L, "Hong Kong"), rank(L, "Hong Kong", "edu"), member_p(L, "Hong Kong", "talent")),
    order=["總", "教育", "人才"],
    tags="multi",
)
add(
    "紐約同洛杉磯差幾多名，順便講埋第一名",
    lambda L: several(distance(L, "New York", "Los Angeles"), who_at_p(L, 1)),
    order=["洛杉磯", "波士頓"],
    tags="multi",
)
add(
    "深圳喺總榜排第幾？廣州呢？",
    lambda L: several(rank(L, "Shenzhen"), rank(L, "Guangzhou")),
    order=["深圳", "廣州"],
    tags="multi unpublished",
)
add(
    "請問第11名是誰？第10名又是誰？",
    lambda L: several(who_at_p(L, 11), who_at_p(L, 10)),
    order=["11", "東京"],
    tags="multi unpublished",
)
add(
    "@citybot 舊金山科創第幾，波士頓教育第幾",
    lambda L: several(rank(L, "San Francisco", "sci"), rank(L, "Boston", "edu")),
    order=["舊金山", "波士頓"],
    tags="multi",
)
add(
    "前三名係邊個？另外有冇2023年嘅排名？",
    lambda L: several(top(L, "overall", 3), year(L)),
    order=["波士頓", "2025"],
    tags="multi year",
)

# ====================================================================================================
# chatty: long messages with one question somewhere in them
# ====================================================================================================

CHAT_EN = [
    (
        "ok so my cousin Priya has been going back and forth for literally three months about where to do her "
        "masters. she got offers from a couple of places, one in the UK and one back home, and every time we talk "
        "she has a new spreadsheet. her mum wants her close to family, her boyfriend Arjun wants her to pick "
        "whatever has the cheaper rent, and she herself mostly cares about the labs and whether the city is "
        "actually good for research and not just expensive. she sent me like four rankings already and they all "
        "disagree, which is apparently normal? i told her i'd ask a bot because i'm out of opinions at this point. "
        "she also asked me to check the weather and the tube strikes but that's a job for another day honestly. "
        "so where did London actually rank?",
        lambda L: with_no(rank(L, "London"), nrec(L, "Priya", "Arjun")),
        "chatty",
    ),
    (
        "long story, bear with me. my brother-in-law Marcus runs a small tutoring business and he's convinced "
        "that the whole thing about cities and education rankings is marketing. we had a huge argument at dinner "
        "on sunday, the kids were screaming, the dog knocked over the gravy. anyway, who was first in education? "
        "i want to send him the answer before he brings it up again at the next barbecue, because he will, he "
        "always does, and he'll pretend he never said anything wrong",
        lambda L: with_no(who_at_p(L, 1, "edu"), nrec(L, "Marcus")),
        "chatty",
    ),
    (
        "quick q before i forget: is hong kong in the top 10? context: my friend Wen is doing a school project "
        "about asian cities and her teacher, Mrs Okafor, said she needs at least one proper source for every "
        "claim. Wen uses Duolingo for english every single day and she's getting really good but she asked me "
        "to double check this one thing. thanks!!",
        lambda L: with_no(member_p(L, "Hong Kong", "overall"), nrec(L, "Wen", "Okafor", "Duolingo")),
        "chatty",
    ),
    (
        "I'm currently sitting on the floor because my golden retriever Biscuit decided the sofa is his now. "
        "He's snoring. It's 1am. I can't sleep because I have a presentation tomorrow on innovation hubs and my "
        "manager Claire keeps changing the slides on me. One slide just says 'who leads sci tech??' in red. "
        "Which city tops sci-tech innovation in this report?",
        lambda L: with_no(who_at_p(L, 1, "sci"), nrec(L, "Biscuit", "Claire")),
        "chatty",
    ),
    (
        "hey so I'm building a Notion page for my study group (there are six of us, we call ourselves the "
        "Late Owls because nobody starts before 10pm) and we're doing a section on global cities and "
        "innovation. Tomasz is doing the economics part, Leila the history, and I got stuck with the data bit. "
        "could you give me the top 5 overall so I can paste it in? no need for anything fancy",
        lambda L: with_no(top(L, "overall", 5), nrec(L, "Notion", "Tomasz", "Leila", "Owls")),
        "chatty",
    ),
    (
        "Right, so. I've had the most ridiculous week. Monday the car wouldn't start, Tuesday I locked myself "
        "out and had to call my neighbour Gareth who has a spare key, Wednesday the boiler made a noise like a "
        "dying whale, and Thursday my phone updated itself overnight and now Spotify won't open. Today I finally "
        "had five minutes to look at that innovation cities report everyone at work keeps going on about, "
        "because apparently my boss wants a paragraph about it for the newsletter by Monday. I haven't even had "
        "lunch. My sister says I should just take a day off and honestly she's probably right, but first I need "
        "to get this one thing done so I stop thinking about it all weekend. I moved near Seattle last spring "
        "and people keep asking me how the area stacks up against the big names. Where's Seattle?",
        lambda L: with_no(rank(L, "Seattle"), nrec(L, "Gareth", "Spotify")),
        "chatty",
    ),
    (
        "so Darren from accounting swears up and down that tokyo was top 5 in this thing, he's been saying it "
        "all week at the coffee machine, is he right?",
        lambda L: no_because(
            L,
            "No — Tokyo is 10th overall, not in the top 5.",
            L.at("Tokyo", 10),
            no=L.wrong_rank("Tokyo", 10) + nrec(L, "Darren"),
        ),
        "chatty adversarial",
    ),
    (
        "my mum keeps forwarding me WeChat articles about this report, at least ten a day, all in capitals, "
        "with three exclamation marks each. i love her but i can't read them all. the only thing she really "
        "wants to know: does shanghai make the talent top 10?",
        lambda L: with_no(member_p(L, "Shanghai", "talent"), nrec(L, "WeChat")),
        "chatty",
    ),
    (
        "pub quiz tonight!! our team is called the Quizzly Bears and we lost last week by one point to a team of "
        "retired teachers. tiebreaker question was about that city innovation index thing. how many cities did "
        "the report evaluate? need to know for next time, Fergus is still sulking",
        lambda L: with_no(thirty(L), nrec(L, "Quizzly", "Fergus")),
        "chatty",
    ),
    (
        "ugh monday. coffee machine broke, the lift is out, and Slack has 200 unread messages. anyway where does "
        "shenzhen rank overall",
        lambda L: with_no(rank(L, "Shenzhen"), nrec(L, "Slack")),
        "chatty unpublished",
    ),
    (
        "me and my roommate Jess have been going at it since breakfast. she says beijing beats london in the "
        "overall ranking, i say no way, london's obviously ahead. we bet a pizza on it. who's right, her or me",
        lambda L: with_no(compare(L, "Beijing", "London"), nrec(L, "Jess")),
        "chatty",
    ),
    (
        "My little sister just got into a college in Massachusetts and my dad will not stop talking about it. "
        "Every phone call, every family dinner. He printed a map. He bought a sweatshirt. He's telling "
        "strangers at the supermarket. Now he wants proof that the city is 'the best in the world for "
        "education' so he can put it in the family group chat. Is Boston number one for education?",
        lambda L: yes_because(
            L,
            "Yes — Boston is 1st in education.",
            L.at("Boston", 1),
            "educ",
            no=L.wrong_rank("Boston", 1, "edu"),
        ),
        "chatty",
    ),
    (
        "I'm writing a blog post about how cities are measured — I've covered livability indexes, the ones on "
        "rent and transport, and some of the university league tables. My editor Hannah wants a short box on "
        "this new education, science and talent ranking, with a line on where it comes from. Who actually "
        "made the ranking? Just the organisations, I'll do the rest.",
        lambda L: with_no(makers(L), nrec(L, "Hannah")),
        "chatty meta",
    ),
    (
        "lol my cat Mochi walked across my keyboard earlier and sent my boss a message that just said "
        "'hhhhhhhhhhjjjjj'. he replied 'ok'. anyway: who's right behind beijing?",
        lambda L: with_no(neighbour(L, "Beijing", 1), nrec(L, "Mochi", "right", "hhhhhhhhhhjjjjj")),
        "chatty",
    ),
    (
        "@citybot settle this pls, Tom and Aisha have been arguing in here for an hour about whether LA or "
        "san francisco ranks higher and nobody can get a word in",
        lambda L: with_no(compare(L, "Los Angeles", "San Francisco"), nrec(L, "Tom", "Aisha")),
        "chatty",
    ),
]
for q, make, tg in CHAT_EN:
    add(q, make, tags=tg)

CHAT_HANS = [
    (
        "我表妹今年申请研究生，纠结了快三个月了，英国那边给了两个offer，国内也有一个保研名额。她妈妈想让她留在家附近，"
        "她男朋友小林觉得哪里房租便宜就去哪里，她自己其实最在乎的是实验室条件，还有这个城市到底是不是真的适合做科研。"
        "她已经给我发了四五个排名了，每个说法都不一样，我看得头都大了。她还让我顺便帮她查一下那边的天气和地铁罢工的"
        "情况，这个我回头再说。所以伦敦到底排第几？",
        lambda L: with_no(rank(L, "London"), nrec(L, "小林")),
        "chatty",
    ),
    (
        "我家猫咪豆豆今天又把阳台上的花盆打翻了，土撒了一地，扫了半个小时，它还在旁边一脸无辜地看着我。对了，"
        "教育第一是哪个城市？我同事下午问我我没答上来",
        lambda L: with_no(who_at_p(L, 1, "edu"), nrec(L, "豆豆")),
        "chatty",
    ),
    (
        "先问一句：香港进前十了吗？我同事小王说没有，我不太信，他天天刷抖音，什么消息都是从短视频上看来的，"
        "上次还跟我说月亮是方的（开玩笑的）",
        lambda L: with_no(member_p(L, "Hong Kong", "overall"), nrec(L, "小王", "抖音")),
        "chatty",
    ),
    (
        "老板让我明天早上交一个PPT，讲全球创新城市的，我今晚还得加班，外卖也还没到，真的是心累。"
        "麻烦给我总榜前五就行，我直接贴进去",
        lambda L: top(L, "overall", 5),
        "chatty",
    ),
    (
        "周末跟我老公因为一个排名吵了一架，他非说东京排进了前五，还说他在公司群里看到的，我说不可能。"
        "到底谁对？",
        lambda L: no_because(
            L, "你对：东京总榜第10名，没有进前五。", L.at("Tokyo", 10), no=L.wrong_rank("Tokyo", 10)
        ),
        "chatty adversarial",
    ),
    (
        "我在小红书上刷到一个帖子，说深圳综合排第六，底下几百条评论都在吵，有人说是第十二，有人说根本没上榜。"
        "我想知道报告里到底怎么说的，深圳总排名是多少",
        lambda L: with_no(rank(L, "Shenzhen"), nrec(L, "小红书")),
        "chatty adversarial unpublished",
    ),
    (
        "刚下班，地铁挤得要死，手机还只剩百分之五的电。趁还没关机赶紧问一下：上海在人才发展前十里吗？",
        lambda L: member_p(L, "Shanghai", "talent"),
        "chatty",
    ),
    (
        "我爸昨天吃饭的时候非说北京比伦敦排得低，说什么欧洲底子厚，我说我记得不是这样的，但是又拿不出证据。"
        "你帮我看看北京和伦敦谁排在前面",
        lambda L: compare(L, "Beijing", "London"),
        "chatty",
    ),
    (
        "我们公司下周要做一个关于城市创新的分享会，我负责开场，主管阿杰说开场一定要有个数字镇住大家。"
        "这个报告一共评了几个城市？",
        lambda L: with_no(thirty(L), nrec(L, "阿杰")),
        "chatty",
    ),
    (
        "最近在准备考研，天天在图书馆泡着，室友说我快变成书架的一部分了哈哈。我们导师上课提到了一个全球创新城市的"
        "报告，说科创第一是谁大家都应该知道，结果全班没一个人答得上来，尴尬死了。所以科创第一到底是哪个城市？"
        "我下次一定要举手回答",
        lambda L: who_at_p(L, 1, "sci"),
        "chatty",
    ),
    (
        "@citybot 群里吵起来了，阿强说西雅图排第七，大刘说排第六，你来评评理",
        lambda L: with_no(
            yes_because(L, "阿强说得对：西雅图总榜第7名（第6名是洛杉矶）。", L.at("Seattle", 7), no=L.wrong_rank("Seattle", 7)),
            nrec(L, "阿强", "大刘"),
        ),
        "chatty",
    ),
]
for q, make, tg in CHAT_HANS:
    add(q, make, tags=tg, script="hans")

CHAT_HANT = [
    (
        "我個表哥喺英國讀緊碩士，佢成日話嗰邊嘅大學幾咁好幾咁好，我阿媽聽完之後就成日問我使唔使都去嗰邊讀書。"
        "我自己其實未諗好，仲要睇吓啲錢夠唔夠。咁倫敦到底排第幾呀？",
        lambda L: rank(L, "London"),
        "chatty",
    ),
    (
        "最近在用 Notion 整理畢業論文的資料，我家的狗狗旺財一直在旁邊吵著要出去散步，完全沒辦法專心。"
        "請問教育排名第一的是哪個城市？",
        lambda L: with_no(who_at_p(L, 1, "edu"), nrec(L, "Notion", "旺財")),
        "chatty",
    ),
    (
        "同事阿明頭先喺茶水間話香港唔喺前十，仲講到好似好肯定咁，係咪真㗎？",
        lambda L: with_no(member_p(L, "Hong Kong", "overall"), nrec(L, "阿明")),
        "chatty",
    ),
    (
        "老細叫我聽日朝早前整好份簡報，講全球創新城市，我而家仲喺公司食緊杯麵。唔該俾我總排名頭五名就得",
        lambda L: top(L, "overall", 5),
        "chatty",
    ),
    (
        "我阿媽成日喺WhatsApp轉啲文章俾我，話深圳好犀利，排到好前。我想知報告實際點講，深圳總排名係幾多？",
        lambda L: with_no(rank(L, "Shenzhen"), nrec(L, "WhatsApp")),
        "chatty unpublished",
    ),
    (
        "我男朋友在上海工作，最近一直在考慮要不要過去找他，我爸媽很擔心。我比較在意那邊的人才環境，"
        "所以想問一下，上海有沒有進人才發展前十？",
        lambda L: member_p(L, "Shanghai", "talent"),
        "chatty",
    ),
    (
        "琴日同班舊同學食飯，佢哋講起矽谷，話嗰度科技創新全球最勁，有個仲話波士頓先係第一，拗咗成晚。"
        "舊金山科技創新到底排第幾？",
        lambda L: rank(L, "San Francisco", "sci"),
        "chatty",
    ),
    (
        "我喺大學圖書館做兼職，今日有個教授問我知唔知呢份創新城市報告係邊個出嘅，我答唔到，好尷尬。"
        "呢份報告究竟係邊幾個機構整嘅？",
        lambda L: makers(L),
        "chatty meta",
    ),
]
for q, make, tg in CHAT_HANT:
    add(q, make, tags=tg, script="hant")

# ====================================================================================================
# unknown_word: invented places, real cities outside the results, list abbreviations, nicknames
# ====================================================================================================

# invented places where a place name can stand
INVENTED = [
    ("so where would Xyzville land then", "Xyzville", "en"),
    ("how did Port Quellan do in education", "Port Quellan", "en"),
    ("is Nuvaria anywhere in the top 10", "Nuvaria", "en"),
    ("Zorbania overall placing", "Zorbania", "en"),
    ("what about atlantis, where is it", "atlantis", "en"),
    ("火星城这个城市在榜上排多少", "火星城", "hans"),
    ("阿瓦隆市在教育榜上第几", "阿瓦隆市", "hans"),
    ("星光鎮排第幾名", "星光鎮", "hant"),
    ("夢幻市喺總榜排第幾", "夢幻市", "hant"),
]
for q, name, sc in INVENTED:
    add(q, lambda L, n=name: invented(L, n), tags="unknown_word", script=None if sc == "en" else sc)

add(
    "Glimmerton vs Boston?",
    lambda L: several(invented(L, "Glimmerton"), rank(L, "Boston")),
    order=["Glimmerton", "Boston"],
    tags="unknown_word compare",
)
add(
    "雲頂鎮同波士頓邊個排高啲",
    lambda L: several(invented(L, "雲頂鎮"), rank(L, "Boston")),
    tags="unknown_word compare",
    script="hant",
)

# real cities the results do not mention
REAL = [
    ("berlin?", "Berlin", "en"),
    ("ok and toronto??", "Toronto", "en"),
    ("where's singapore on the list", "Singapore", "en"),
    ("chicago, what number did it get", "Chicago", "en"),
    ("and munich, where did it place", "Munich", "en"),
    ("柏林呢", "柏林", "hans"),
    ("多伦多排名怎么样", "多伦多", "hans"),
    ("首尔有没有挤进前十啊", "首尔", "hans"),
    ("杭州在榜上吗", "杭州", "hans"),
    ("柏林排第幾", "柏林", "hant"),
    ("台北有冇上榜呀，排第幾", "(台北|臺北)", "hant"),
    ("首爾嘅排名係幾多", "首爾", "hant"),
    ("杜拜呢？有冇排名", "杜拜", "hant"),
    ("雪梨排名如何", "雪梨", "hant"),
]
for q, name, sc in REAL:
    add(
        q,
        lambda L, n=name: real_outside(L, n, n.strip("()").split("|")[0]),
        tags="unknown_word unpublished",
        script=None if sc == "en" else sc,
    )

add(
    "paris vs london",
    lambda L: several(real_outside(L, "Paris"), rank(L, "London")),
    order=["Paris", "London"],
    tags="unknown_word compare unpublished",
)
add(
    "did seoul make the edu top 3",
    lambda L: Chk(
        ["Seoul", L.neg, "(results|top[ -]?(3|three|10|ten)|list)"],
        L.real_outside_guards("Seoul") + nrec(L, "edu"),
        ideal="No — Seoul isn't in the published results; the education top 3 is Boston, London and Hong Kong.",
    ),
    tags="unknown_word unpublished",
)
add(
    "sydney or melbourne, which one's higher",
    lambda L: several(real_outside(L, "Sydney"), real_outside(L, "Melbourne")),
    no=["\\b(Sydney|Melbourne)\\s+(is|ranks?|ranked|comes?)\\s+(\\w+\\s+)?(higher|ahead|above|better)"],
    tags="unknown_word unpublished",
)
add(
    "新加坡和北京比谁高",
    lambda L: several(real_outside(L, "新加坡"), rank(L, "Beijing")),
    order=["新加坡", "北京"],
    tags="unknown_word compare unpublished",
    script="hans",
)
add(
    "成都和重庆有排名吗",
    lambda L: several(real_outside(L, "成都"), real_outside(L, "重庆")),
    tags="unknown_word unpublished",
    script="hans",
)
add(
    "大阪同東京邊個高啲",
    lambda L: several(real_outside(L, "大阪"), rank(L, "Tokyo")),
    order=["大阪", "東京"],
    tags="unknown_word compare unpublished",
    script="hant",
)

# list abbreviations, nicknames and ordinary words: lists and cities, never unknown places
add(
    "@citybot hk edu top 3 or nah",
    lambda L: with_no(member_p(L, "Hong Kong", "edu"), nrec(L, "edu", "nah")),
    tags="unknown_word",
)
add(
    "does sf lead in innov",
    lambda L: yes_because(
        L,
        "Yes — San Francisco is 1st in sci-tech innovation.",
        L.at("San Francisco", 1),
        "(sci|innov|tech)",
        no=L.wrong_rank("San Francisco", 1, "sci") + nrec(L, "innov", "lead"),
    ),
    tags="unknown_word yesno",
)
add(
    "boston #1 for R&D?",
    lambda L: no_because(
        L,
        "No — in sci-tech innovation San Francisco is 1st; Boston is 2nd.",
        L.at("Boston", 2),
        L.at("San Francisco", 1),
        no=L.wrong_rank("Boston", 2, "sci") + nrec(L, "R&D", "R"),
    ),
    tags="unknown_word yesno adversarial",
)
add(
    "whos in the sci-tech top three",
    lambda L: with_no(top(L, "sci", 3), nrec(L, "sci-tech", "sci")),
    tags="unknown_word top",
)
add(
    "where's beijing for edu",
    lambda L: with_no(rank(L, "Beijing", "edu"), nrec(L, "edu")),
    tags="unknown_word unpublished",
)
add(
    "LA in the R&D top 3?",
    lambda L: with_no(member_p(L, "Los Angeles", "sci"), nrec(L, "R&D")),
    tags="unknown_word yesno",
)
add(
    "nyc talent dev top10?",
    lambda L: with_no(member_p(L, "New York", "talent"), nrec(L, "dev", "top10")),
    tags="unknown_word unpublished",
)
add(
    "魔都综合排第几",
    lambda L: with_no(rank(L, "Shanghai"), nrec(L, "魔都")),
    tags="unknown_word",
    script="hans",
)
add(
    "帝都科创排名咋样",
    lambda L: with_no(rank(L, "Beijing", "sci"), nrec(L, "帝都")),
    tags="unknown_word",
    script="hans",
)
add(
    "@citybot 港岛那个香港 教育前三有它没",
    lambda L: with_no(member_p(L, "Hong Kong", "edu"), nrec(L, "港岛")),
    tags="unknown_word",
    script="hans",
)
add(
    "三藩市科創排第幾",
    lambda L: with_no(rank(L, "San Francisco", "sci"), nrec(L, "三藩市")),
    tags="unknown_word",
    script="hant",
)
add(
    "@citybot 香港喺唔喺教育頭三",
    lambda L: with_no(member_p(L, "Hong Kong", "edu"), nrec(L, "頭三")),
    tags="unknown_word",
    script="hant",
)
add(
    "帝都喺科創前三有冇份",
    lambda L: with_no(member_p(L, "Beijing", "sci"), nrec(L, "帝都")),
    tags="unknown_word",
    script="hant",
)

# ====================================================================================================
# typo: misspelt known cities
# ====================================================================================================

TYPO_EN = [
    ("wher does shangai rank", lambda L: rank(L, "Shanghai")),
    ("bostom overall?", lambda L: rank(L, "Boston")),
    ("san franciso innovation rank", lambda L: rank(L, "San Francisco", "sci")),
    ("londan education spot", lambda L: rank(L, "London", "edu")),
    ("tokio where on the list", lambda L: rank(L, "Tokyo")),
    ("seattel where", lambda L: rank(L, "Seattle")),
    ("hongkong in edu?", lambda L: rank(L, "Hong Kong", "edu")),
    ("newyork rank", lambda L: rank(L, "New York")),
    ("los angles spot on the list", lambda L: rank(L, "Los Angeles")),
    ("peking overall", lambda L: rank(L, "Beijing")),
    ("beiijng innov", lambda L: rank(L, "Beijing", "sci")),
    ("beijng vs shangahi", lambda L: compare(L, "Beijing", "Shanghai")),
    ("is bostn ahead of sanfran", lambda L: compare(L, "Boston", "San Francisco")),
    ("who's just ahead of seatle", lambda L: neighbour(L, "Seattle", -1)),
    ("who comes after tokoy", lambda L: neighbour(L, "Tokyo", 1)),
    ("shenzen ranking", lambda L: rank(L, "Shenzhen")),
    ("guangzou talent standing?", lambda L: rank(L, "Guangzhou", "talent")),
]
for q, make in TYPO_EN:
    unpub = " unpublished" if any(w in q for w in ("tokoy", "shenzen", "guangzou")) else ""
    tg = "typo" + (" neighbour" if q.startswith("who") else " compare" if "vs" in q or "ahead" in q else " rank")
    add(q, make, tags=tg + unpub)

TYPO_HANS = [
    ("伦墩排第几", lambda L: rank(L, "London")),
    ("上诲排第几", lambda L: rank(L, "Shanghai")),
    ("旧金三科创第几", lambda L: rank(L, "San Francisco", "sci")),
    ("扭约综合排名多少", lambda L: rank(L, "New York")),
    ("洛杉鸡排名多少", lambda L: rank(L, "Los Angeles")),
    ("冬京排第几啊", lambda L: rank(L, "Tokyo")),
    ("广洲在人才前十吗", lambda L: member_p(L, "Guangzhou", "talent")),
    ("香巷教育排第几", lambda L: rank(L, "Hong Kong", "edu")),
    ("波土顿教育第几", lambda L: rank(L, "Boston", "edu")),
    ("西稚图排第几", lambda L: rank(L, "Seattle")),
    ("深振总排名多少", lambda L: rank(L, "Shenzhen")),
]
for q, make in TYPO_HANS:
    unpub = " unpublished" if "深振" in q else ""
    add(q, make, tags="typo rank" + unpub, script="hans")

TYPO_HANT = [
    ("侖敦排第幾", lambda L: rank(L, "London")),
    ("尚海排第幾", lambda L: rank(L, "Shanghai")),
    ("舊金珊科技創新排第幾", lambda L: rank(L, "San Francisco", "sci")),
    ("洛杉機總排名", lambda L: rank(L, "Los Angeles")),
    ("扭約排第幾", lambda L: rank(L, "New York")),
    ("廣洲有冇入人才前十", lambda L: member_p(L, "Guangzhou", "talent")),
    ("北亰總排名係幾多", lambda L: rank(L, "Beijing")),
    ("西雅徒排第幾", lambda L: rank(L, "Seattle")),
    ("東亰喺總榜第幾", lambda L: rank(L, "Tokyo")),
]
for q, make in TYPO_HANT:
    add(q, make, tags="typo rank", script="hant")

# ====================================================================================================
# a few more: four parts, "just guess", questions at the start or in the middle of long messages
# ====================================================================================================

add(
    "四條問題：第一名係邊個？第三名呢？北京教育排第幾？深圳人才前十有冇份？",
    lambda L: several(who_at_p(L, 1), who_at_p(L, 3), rank(L, "Beijing", "edu"), member_p(L, "Shenzhen", "talent")),
    order=["波士頓", "北京", "教育", "深圳"],
    tags="multi unpublished",
    script="hant",
)
add(
    "just guess: who's 12th, and who's 1st for real",
    lambda L: several(who_at_p(L, 12), who_at_p(L, 1)),
    order=["12", "Boston"],
    tags="multi unpublished adversarial",
)
add(
    "最近在幫我們系上的讀書會整理資料，學長阿凱負責做海報，學妹小雯負責找數據，我負責寫介紹。大家吵了半天，"
    "想請問一下倫敦和東京哪個排名比較高？因為海報上要放一張對比圖，阿凱說東京比較前面，小雯說是倫敦，"
    "我們的 LINE 群組已經吵到半夜兩點了，大家都好累，明天還要交初稿給老師看，真的拜託了。",
    lambda L: with_no(compare(L, "London", "Tokyo"), nrec(L, "阿凱", "小雯", "LINE")),
    tags="chatty",
    script="hant",
)
add(
    "北京后面一名是谁？问这个是因为我在给我儿子准备一个小测验，他今年上初二，最近迷上了各种排行榜，每天晚上都要"
    "拉着我聊半天，什么足球俱乐部排名、手机销量排名、大学排名，现在又轮到城市排名了。我答应他周末之前出十道题，"
    "现在才想出来三道，剩下的只能靠你了。他还说要是我答错了就要罚我洗一个星期的碗，所以千万别骗我哈。",
    lambda L: neighbour(L, "Beijing", 1),
    tags="chatty",
    script="hans",
)
add(
    "who's 8th? asking because my flatmate Ollie has a whiteboard in the kitchen where he writes a 'fact of "
    "the day', and today's says the 8th best city for innovation and education is somewhere in Europe. I'm "
    "pretty sure that's wrong but he refuses to rub it off until someone proves it, and I'd like to make "
    "toast in peace.",
    lambda L: with_no(who_at_p(L, 8), nrec(L, "Ollie")),
    tags="chatty",
)
