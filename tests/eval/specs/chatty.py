"""Issue 11, point 8: long and chatty messages with the question buried in them."""

from casebook import Sheet

from specs._facts import EN, HANS, HANT, compare, makers, member, rank, real_outside, top, who_at

SHEET = Sheet(
    "chatty",
    "long and chatty messages (issue 11, point 8)",
    """
A paragraph of talk with one question in it (at the end, in the middle, after 200 words of noise). The
reply answers that question and ignores the rest: no word of the chatter becomes a city ("did you mean",
"I don't recognise ... as a city"), and a city mentioned only as background is not what is answered.
""",
)
S = SHEET


def calm(L, *words):
    """No word of the chatter may be taken for a city."""
    out = [L.did_you_mean]
    for w in words:
        out += L.word_not_city(w)[2:]
    return out + ([] if L.zh else ["(don.t|do not|didn.t|couldn.t|can.t|cannot)\\s+recogni[sz]e"])


NOISE = (
    "ok so this is going to be a long one, "
    "sorry in advance. we had our weekly team meeting today and it went on forever, somebody brought donuts, "
    "the projector broke twice, "
    "and then our manager started talking about where we should open the next office. half the room wanted somewhere "
    "warm, the other half wanted somewhere with good universities and a startup scene, "
    "and one guy just kept saying the coffee is better in some places than others which, "
    "fair. anyway after an hour of that nobody had decided anything and we all went to lunch. at lunch my coworker "
    "showed me an article on her phone about some innovation ranking of cities that came out this year, "
    "with education and science and talent, "
    "and we started arguing about it because neither of us could remember the details and the article was paywalled. i "
    "honestly could not tell you half of what it said. then on the way back we got stuck in the lift for ten minutes, "
    "which was its own adventure, "
    "and when we finally got out the afternoon stand-up had already started without us and nobody had saved us a seat. "
    "so here is my actual question, finally: "
)

# --- English ----------------------------------------------------------------------------------------
S.c(
    "my cousin just got into grad school and she's been stressing about whether to move abroad or stay, "
    "her advisor says the program in the UK is amazing but honestly she mostly cares about the city vibe and the rent "
    "lol. so where did London actually rank?",
    rank(EN, "London"),
    no=calm(EN, "vibe", "rent", "advisor"),
    tags="chatty rank",
    ho=[
        "long story but my cousin might move to the UK for her masters and the family is debating it at dinner every "
        "night. anyway, London's overall position in that ranking?"
    ],
)
S.c(
    NOISE + "who came first in education?",
    who_at(EN, 1, "edu"),
    no=calm(EN, "donuts", "projector", "coffee"),
    tags="chatty at_rank",
    ho=[NOISE.replace("weekly team meeting", "monthly all-hands") + "which city is number one for education?"],
)
S.c(
    "hey so my boss keeps saying Shanghai is a top 5 innovation city and I told him no way. can you settle this? where "
    "does it actually rank",
    rank(EN, "Shanghai"),
    no=calm(EN, "boss", "settle"),
    tags="chatty rank",
    ideal="Shanghai is 8th overall, so not top 5; it isn't in the published sci-tech innovation top 3 either.",
)
S.c(
    "I'm writing a short piece for our uni newsletter about this report and want to be accurate: which three cities "
    "top the education ranking? thanks a lot!!",
    top(EN, "edu", 3),
    no=calm(EN, "newsletter"),
    tags="chatty top",
    ho=["doing a school project on this (due tomorrow, pray for me) — education top three cities, in order?"],
)
S.c(
    "ok random question lol, "
    "my friend is moving to seattle for work and she asked me if it's a big innovation city… is it in that top 10 list "
    "thing?",
    member(EN, "Seattle", "overall"),
    no=calm(EN, "random", "thing"),
    tags="chatty yesno",
)
S.c(
    "Long story short, "
    "we're debating in class whether Hong Kong or Shanghai did better overall. I say HK. Who's right?",
    compare(EN, "Hong Kong", "Shanghai"),
    no=calm(EN, "class"),
    tags="chatty compare",
    ideal="Shanghai is higher overall: Shanghai is 8th and Hong Kong 9th (1 place apart). (Hong Kong is 3rd in "
    "education.)",
)
S.c(
    "sorry if this is a dumb question, I'm not great with rankings, "
    "but who published this thing and is it from this year or older?",
    makers(EN),
    "2025",
    no=calm(EN, "dumb"),
    tags="chatty meta",
    ideal="Not dumb at all! It was compiled by the Shenzhen International Science and Technology Information Center, "
    "Tsinghua University's CIDEG and Elsevier, and published on 24 January 2025.",
)
S.c(
    "My dad is from Guangzhou and he's convinced it's in the overall top 10. I don't think it is. Can you check?",
    member(EN, "Guangzhou", "overall"),
    "talent",
    no=calm(EN, "dad"),
    tags="chatty yesno unpublished",
    ideal="You're right — Guangzhou isn't in the overall top 10 (its rank wasn't published). It is in the talent top "
    "10, and the report highlights its talent potential.",
)
S.c(
    "we're planning a trip and my partner wants paris and i want tokyo, "
    "totally unrelated to rankings but since you're here, how did tokyo do?",
    rank(EN, "Tokyo"),
    no=calm(EN, "trip", "partner") + EN.real_outside_guards("Paris")[1:2],
    tags="chatty rank",
    ideal="Tokyo is 10th overall.",
)
S.c(
    "So I was reading about this on the train this morning (the train was late again, "
    "of course) and I got curious. Is Boston really number one, or was that just the headline?",
    member(EN, "Boston", "top1"),
    no=calm(EN, "train", "headline"),
    ideal="Yes — Boston is 1st overall (and 1st in education).",
    tags="chatty yesno",
)
S.c(
    "i've lived in berlin for ten years and everyone here assumes it's in every list of this kind. is it in this one?",
    real_outside(EN, "Berlin"),
    no=[EN.bare_yes],
    tags="chatty unknown_word",
    ho=["honestly i thought toronto would be in it, my whole family is from there. is it?"],
)
S.c(
    "not trying to start a fight in the group chat but is beijing ahead of london or not?? settle it pls",
    compare(EN, "Beijing", "London"),
    no=calm(EN, "fight", "group"),
    tags="chatty compare",
)
S.c(
    "Quick context: I'm a recruiter and we're deciding where to post roles. Talent matters most to us. Which cities "
    "are in the talent top 10?",
    EN.city("Shenzhen"),
    EN.city("Guangzhou"),
    EN.five_us(),
    no=EN.talent_guards() + calm(EN, "recruiter", "roles"),
    tags="chatty top unpublished",
    ideal="Five US cities (not named in the report) and five Chinese cities: Beijing, Shenzhen, Hong Kong, "
    "Guangzhou and Shanghai. No order was published.",
)
S.c(
    "lol my roommate swears shenzhen is top 3 in everything. i mean it's a great city but come on. what does the "
    "report say about it",
    EN.outside("Shenzhen"),
    "talent",
    no=EN.no_rank("Shenzhen") + calm(EN, "roommate"),
    tags="chatty profile",
    ideal="Shenzhen isn't in the published overall top 10 (its rank wasn't published) and isn't in the education or "
    "sci-tech top 3. It is in the talent top 10 and has exceptional talent potential.",
)
S.c(
    "Thanks for the earlier help! One more thing before I forget — who's 2nd overall?",
    who_at(EN, 2),
    no=calm(EN, "thing"),
    tags="chatty at_rank",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "哈喽，我最近在看一个关于全球创新城市的新闻，说北京排得很靠前，具体是第几名啊？谢谢",
    rank(HANS, "Beijing"),
    no=calm(HANS),
    tags="chatty rank",
    ho=["你好呀，刚刷到一个全球创新城市的报道，好像北京挺靠前的，它到底排第几"],
)
S.c(
    "我同事说深圳肯定在前十，我觉得不在，我们打了个赌，你帮我看看到底在不在",
    member(HANS, "Shenzhen", "overall"),
    "人才",
    no=calm(HANS),
    ideal="你赢了：深圳不在总榜前十（具体排名未公布），不过它在人才发展前十中，人才潜力也很突出。",
    tags="chatty yesno unpublished",
)
S.c(
    "我表妹明年想去国外读研，家里人一直在讨论去哪个城市，她自己比较倾向英国。说到这个，伦敦在那个排名里教育排第几？",
    rank(HANS, "London", "edu"),
    no=calm(HANS),
    tags="chatty rank",
)
S.c(
    "今天开会开了三个小时，老板一直在说要在哪里开新办公室，有人说要暖和的地方，有人说要大学多的地方，最后也没定下来，"
    "吃饭的时候同事给我看了一篇关于城市创新排名的文章。所以我想问：科技创新第一名是哪个城市？",
    who_at(HANS, 1, "sci"),
    no=calm(HANS),
    tags="chatty at_rank",
)
S.c(
    "不好意思问个可能很基础的问题，我对这种排名不太懂，这个报告是谁发布的？",
    makers(HANS),
    no=calm(HANS),
    tags="chatty meta",
)
S.c(
    "我们班在争论香港和上海哪个总排名更高，我说香港，你帮忙看一下谁对",
    compare(HANS, "Hong Kong", "Shanghai"),
    no=calm(HANS),
    tags="chatty compare",
    ideal="上海更高：总榜上海第8名，香港第9名，相差1位（香港在教育上排第3）。",
)
S.c(
    "我在多伦多住了好多年，大家都以为它肯定在这类榜单里，这次有没有它？",
    real_outside(HANS, "多伦多"),
    no=[HANS.bare_yes],
    tags="chatty unknown_word",
)
S.c(
    "做招聘的，最看重人才这一块。想问一下人才前十都有哪些城市？",
    HANS.city("Shenzhen"),
    HANS.city("Guangzhou"),
    HANS.five_us(),
    no=HANS.talent_guards() + calm(HANS),
    tags="chatty top unpublished",
    ideal="人才发展前十：5座美国城市（报告未点名）和5座中国城市——北京、深圳、香港、广州、上海；没有公布排序。",
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "不好意思打擾一下，我在寫報告，想確認一下教育排名前三是哪三個城市，謝謝！",
    top(HANT, "edu", 3),
    no=calm(HANT),
    tags="chatty top",
    ho=["老師要我們查資料，想請問教育前三名依序是哪幾個城市"],
)
S.c(
    "我爸是廣州人，他一直說廣州在總排名前十，我覺得不是，可以幫我查一下嗎？",
    member(HANT, "Guangzhou", "overall"),
    "人才",
    no=calm(HANT),
    ideal="你是對的：廣州不在總排名前十（具體排名未公佈），不過它在人才發展前十之列，人才潛力也很突出。",
    tags="chatty yesno unpublished",
)
S.c(
    "最近在考慮要不要去美國工作，朋友推薦西雅圖，說那邊科技業很強。話說回來，西雅圖在這個排名第幾？",
    rank(HANT, "Seattle"),
    no=calm(HANT),
    tags="chatty rank",
)
S.c(
    "我們公司在討論要把亞太總部放在哪裡，大家吵了一整個下午。所以想問一下，東京和香港哪個排名比較高？",
    compare(HANT, "Tokyo", "Hong Kong"),
    no=calm(HANT),
    tags="chatty compare",
)
S.c(
    "早安～今天天氣好冷，咖啡也喝完了。對了，這份報告總共評估了幾個城市？",
    "(?<![\\d.])30(?![\\d.])|三十",
    no=calm(HANT),
    ideal="共評估了30座城市，但只公佈了部分結果。",
    tags="chatty meta",
)
S.c(
    "我在首爾念書，同學都說首爾一定有上榜，真的有嗎？",
    real_outside(HANT, "首爾"),
    no=[HANT.bare_yes],
    tags="chatty unknown_word",
)
S.c(
    "朋友在群組裡吵說北京比倫敦高，我說倫敦比較高，到底誰對？",
    compare(HANT, "Beijing", "London"),
    no=calm(HANT),
    tags="chatty compare",
)

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "so my sister is choosing between two job offers, one in new york and one in los angeles, "
    "and she asked me which city ranks higher in that innovation report. no pressure lol",
    compare(EN, "New York", "Los Angeles"),
    no=calm(EN, "sister", "offers"),
    tags="chatty compare",
)
S.h(
    "朋友说洛杉矶排名比纽约高，我不太信，帮我查查",
    compare(HANS, "Los Angeles", "New York"),
    no=calm(HANS),
    tags="chatty compare",
)
S.h(
    "最近在準備留學申請，看到一篇新聞提到這個排名。想問香港教育排第幾？",
    rank(HANT, "Hong Kong", "edu"),
    no=calm(HANT),
    tags="chatty rank",
)
S.h(
    "周末和朋友吃饭聊到这个创新城市的排名，大家都说不准。你帮我看看纽约到底排第几？",
    rank(HANS, "New York"),
    no=calm(HANS),
    tags="chatty rank",
)
S.h(
    "我姊姊在波士頓讀書，她一直說波士頓是第一名，我有點不信，真的嗎？",
    member(HANT, "Boston", "top1"),
    no=calm(HANT),
    ideal="是真的：波士頓總排名第1（教育也是第1）。",
    tags="chatty yesno",
)
