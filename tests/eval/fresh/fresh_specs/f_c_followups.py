"""Fresh, part C: follow-ups that navigate a conversation (issue 11, point 11), plus single-turn ranks, tops and
comparisons typed as people type. Written blind, from the issue and the published facts only."""

from casebook import Chk, Sheet, script_of
from probe_specs._common import member_p, neighbour_p, no_because, who_at_p
from specs._facts import compare, distance, member, neighbour, pos, rank, several, talent_unknown, top, who_at

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_c_followups",
    "part C: follow-ups that navigate, and single-turn ranks, tops and comparisons",
    """
Conversations of two to four turns (chat ids fr-c-e..): after a city or a list, "and the next one?", "the one
before", "which of them is higher?", "is that city in the talent top 10?", "and in education?", "who's fourth
there?" (only three were published), "how far is it from london", "what about tokyo", a switch of language
(the reply follows the language of the new turn), a correction ("no I meant shanghai"). Every turn is checked.
Then single questions: a city's rank, a top N, two cities compared, typed as people type.
""",
)
S = SHEET
add = adder(S)


def conv(cid: str, default: str | None, turns) -> None:
    """One conversation: every turn a case, in order. default: the script of turns written in shared characters."""
    for q, make, tags in turns:
        sc = script_of(q)
        script = sc if sc in ("hans", "hant") else (default if sc == "zh" else None)
        add(q, make, tags=tags, chat=f"fr-c-{cid}", script=script)


def both(*makers):
    """Several parts of one reply (each maker takes the language)."""
    return lambda L: several(*[m(L) for m in makers])


# ============================================================================================================
# English conversations
# ============================================================================================================
conv("e01", None, [
    ("london where did it land overall", lambda L: rank(L, "London"), "rank"),
    ("who comes straight after it", lambda L: neighbour(L, "London", 1), "followup neighbour"),
    ("and the city sitting just above london?", lambda L: neighbour(L, "London", -1), "followup neighbour"),
    ("k and london for edu", lambda L: rank(L, "London", "edu"), "followup rank"),
])
conv("e02", None, [
    ("top 3 for education pls", lambda L: top(L, "edu", 3), "top"),
    ("who's 4th there", lambda L: who_at_p(L, 4, "edu"), "followup at_rank unpublished"),
    ("of those three which one is highest overall",
     lambda L: Chk([L.at("Boston", 1)], L.wrong_rank("Boston", 1),
                   ideal="Boston — 1st overall (London is 4th and Hong Kong 9th)."),
     "followup superlative"),
])
conv("e03", None, [
    ("hk overall rank?", lambda L: rank(L, "Hong Kong"), "rank"),
    ("and whoever is right after hk", lambda L: neighbour(L, "Hong Kong", 1), "followup neighbour"),
    ("ok and the one after that??", lambda L: neighbour(L, "Tokyo", 1), "followup neighbour unpublished"),
    ("cmon just guess who's 11th", lambda L: who_at(L, 11), "followup at_rank unpublished adversarial"),
])
conv("e04", None, [
    ("where are seattle and shanghai", both(lambda L: rank(L, "Seattle"), lambda L: rank(L, "Shanghai")), "rank"),
    ("which one's higher of the two", lambda L: compare(L, "Seattle", "Shanghai"), "followup compare"),
    ("how many places apart are they", lambda L: distance(L, "Seattle", "Shanghai"), "followup distance"),
    ("is shanghai in the talent top 10", lambda L: member_p(L, "Shanghai", "talent"), "followup yesno"),
])
conv("e05", None, [
    ("how did beijing place", lambda L: rank(L, "Beijing"), "rank"),
    ("is that city also in the talent top 10 or nah", lambda L: member_p(L, "Beijing", "talent"), "followup yesno"),
    ("and for education tho?", lambda L: rank(L, "Beijing", "edu"), "followup rank unpublished"),
    ("what about innov", lambda L: rank(L, "Beijing", "sci"), "followup rank"),
])
conv("e06", None, [
    ("where does shenzen rank", lambda L: rank(L, "Shenzhen"), "rank unpublished typo"),
    ("no sorry i meant shanghai", lambda L: rank(L, "Shanghai"), "followup rank"),
    ("and the one just ahead of shanghai", lambda L: neighbour(L, "Shanghai", -1), "followup neighbour"),
])
conv("e07", None, [
    ("tokyo's rank", lambda L: rank(L, "Tokyo"), "rank"),
    ("how far is it from london", lambda L: distance(L, "Tokyo", "London"), "followup distance"),
    ("what about from beijing", lambda L: distance(L, "Tokyo", "Beijing"), "followup distance"),
    ("and who comes after tokyo", lambda L: neighbour(L, "Tokyo", 1), "followup neighbour unpublished"),
])
conv("e08", None, [
    ("top five overall?", lambda L: top(L, "overall", 5), "top"),
    ("the last one of those, is it in the edu top 3", lambda L: member(L, "New York", "edu"), "followup yesno"),
    ("and the city after it", lambda L: neighbour(L, "New York", 1), "followup neighbour"),
    ("whats the 2nd one's innovation rank", lambda L: rank(L, "San Francisco", "sci"), "followup rank"),
])
conv("e09", "hans", [
    ("where's LA in the ranking", lambda L: rank(L, "Los Angeles"), "rank"),
    ("中文说一下？", lambda L: rank(L, "Los Angeles"), "followup rank"),
    ("洛杉矶下一名是哪个城市", lambda L: neighbour(L, "Los Angeles", 1), "followup neighbour"),
    ("ok back to english, the one before LA?", lambda L: neighbour(L, "Los Angeles", -1), "followup neighbour"),
])
conv("e10", None, [
    ("@citybot who's top in sci-tech", lambda L: who_at_p(L, 1, "sci"), "top group_chat"),
    ("@citybot and second?", lambda L: who_at_p(L, 2, "sci"), "followup group_chat"),
    ("@citybot and 4th", lambda L: who_at_p(L, 4, "sci"), "followup at_rank unpublished group_chat"),
    ("@citybot so boston isn't the leader there?",
     lambda L: Chk([L.at("San Francisco", 1), L.at("Boston", 2), "(sci|innov|tech)"],
                   L.wrong_rank("Boston", 2, "sci") + L.wrong_rank("San Francisco", 1, "sci"),
                   ideal="Right, it isn't: in sci-tech innovation San Francisco is 1st and Boston 2nd."),
     "followup yesno group_chat"),
])
conv("e11", None, [
    ("nyc vs london who wins", lambda L: compare(L, "New York", "London"), "compare"),
    ("ok and how many spots between them", lambda L: distance(L, "New York", "London"), "followup distance"),
    ("which of the two does better in education",
     lambda L: compare(L, "New York", "London", "edu"), "followup compare unpublished"),
])
conv("e12", None, [
    ("who made the talent top ten", lambda L: top(L, "talent", 10), "top unpublished"),
    ("who's number one on it", lambda L: who_at(L, 1, "talent"), "followup at_rank unpublished"),
    ("is seattle one of the 5 us ones", lambda L: talent_unknown(L, "Seattle"), "followup unpublished"),
    ("and london, is it in there?", lambda L: member(L, "London", "talent"), "followup yesno"),
])
conv("e13", None, [
    ("where does boston sit", lambda L: rank(L, "Boston"), "rank"),
    ("and the one behind it", lambda L: neighbour(L, "Boston", 1), "followup neighbour"),
    ("is boston also no.1 in innovation",
     lambda L: no_because(L, "No — in sci-tech innovation Boston is 2nd; San Francisco is 1st.",
                          L.at("Boston", 2), L.at("San Francisco", 1),
                          no=L.wrong_rank("Boston", 2, "sci") + L.wrong_rank("San Francisco", 1, "sci")),
     "followup yesno"),
    ("who's above boston on that list", lambda L: neighbour_p(L, "Boston", -1, "sci"), "followup neighbour"),
])
conv("e14", None, [
    ("can u list the whole top ten", lambda L: top(L, "overall", 10), "top"),
    ("who's just outside it", lambda L: who_at(L, 11), "followup at_rank unpublished"),
    ("ok the one in the middle, 5th?", lambda L: who_at(L, 5), "followup at_rank"),
    ("and the one before that", lambda L: neighbour(L, "New York", -1), "followup neighbour"),
])
conv("e15", None, [
    ("seattle where", lambda L: rank(L, "Seattle"), "rank"),
    ("and shenzhen?", lambda L: rank(L, "Shenzhen"), "followup rank unpublished"),
    ("is shenzhen at least in the talent list", lambda L: member_p(L, "Shenzhen", "talent"), "followup yesno"),
    ("what about guangzhou", lambda L: member_p(L, "Guangzhou", "talent"), "followup yesno"),
])
conv("e16", None, [
    ("sf overall placing", lambda L: rank(L, "San Francisco"), "rank"),
    ("how far is it from seattle", lambda L: distance(L, "San Francisco", "Seattle"), "followup distance"),
    ("and is sf in the education top three", lambda L: member(L, "San Francisco", "edu"), "followup yesno"),
])
conv("e17", None, [
    ("rank of new york pls", lambda L: rank(L, "New York"), "rank"),
    ("is it in the balanced education group", lambda L: member_p(L, "New York", "balanced"), "followup yesno"),
    ("and what about tokyo", lambda L: member(L, "Tokyo", "balanced"), "followup yesno"),
])

# ============================================================================================================
# Simplified Chinese conversations
# ============================================================================================================
conv("e20", "hans", [
    ("东京综合排名多少啊", lambda L: rank(L, "Tokyo"), "rank"),
    ("那它后面一名呢", lambda L: neighbour(L, "Tokyo", 1), "followup neighbour unpublished"),
    ("东京前面那个是谁", lambda L: neighbour(L, "Tokyo", -1), "followup neighbour"),
    ("东京跟伦敦差几名", lambda L: distance(L, "Tokyo", "London"), "followup distance"),
])
conv("e21", "hans", [
    ("教育前三是哪几个城市呀", lambda L: top(L, "edu", 3), "top"),
    ("第四呢", lambda L: who_at_p(L, 4, "edu"), "followup at_rank unpublished"),
    ("这三个里面谁总榜最高",
     lambda L: Chk([L.at("Boston", 1)], L.wrong_rank("Boston", 1),
                   ideal="波士顿，总榜第1名（伦敦第4，香港第9）。"),
     "followup superlative"),
    ("第二个在科创榜排多少", lambda L: rank(L, "London", "sci"), "followup rank unpublished"),
])
conv("e22", "hans", [
    ("北京和上海分别排第几", both(lambda L: rank(L, "Beijing"), lambda L: rank(L, "Shanghai")), "rank"),
    ("哪个更高", lambda L: compare(L, "Beijing", "Shanghai"), "followup compare"),
    ("中间隔了几个城市", lambda L: distance(L, "Beijing", "Shanghai"), "followup distance"),
    ("它们俩都在人才前十里吗",
     both(lambda L: member_p(L, "Beijing", "talent"), lambda L: member_p(L, "Shanghai", "talent")),
     "followup yesno"),
])
conv("e23", "hans", [
    ("纽约总排名多少", lambda L: rank(L, "New York"), "rank"),
    ("教育呢", lambda L: rank(L, "New York", "edu"), "followup rank unpublished"),
    ("人才榜呢", lambda L: talent_unknown(L, "New York"), "followup unpublished"),
    ("那换成伦敦呢", lambda L: rank(L, "London", "talent"), "followup rank"),
])
conv("e24", "hans", [
    ("香港科创排第几", lambda L: rank(L, "Hong Kong", "sci"), "rank unpublished"),
    ("不对，我是想问教育", lambda L: rank(L, "Hong Kong", "edu"), "followup rank"),
    ("那教育第二是谁", lambda L: who_at(L, 2, "edu"), "followup at_rank"),
    ("它总榜呢", lambda L: rank(L, "London"), "followup rank"),
])
conv("e25", "hans", [
    ("旧金山跟波士顿谁强", lambda L: compare(L, "San Francisco", "Boston"), "compare"),
    ("科创呢", lambda L: compare(L, "San Francisco", "Boston", "sci"), "followup compare"),
    ("教育方面呢", lambda L: compare(L, "San Francisco", "Boston", "edu"), "followup compare unpublished"),
])
conv("e26", "hans", [
    ("where is shanghai in education", lambda L: rank(L, "Shanghai", "edu"), "rank unpublished"),
    ("用中文说一遍", lambda L: rank(L, "Shanghai", "edu"), "followup rank unpublished"),
    ("那上海总排名呢", lambda L: rank(L, "Shanghai"), "followup rank"),
])
conv("e27", "hans", [
    ("总榜前六名都有谁", lambda L: top(L, "overall", 6), "top"),
    ("最后一个的后面是谁", lambda L: neighbour(L, "Los Angeles", 1), "followup neighbour"),
    ("第一名和第六名差多少", lambda L: distance(L, "Boston", "Los Angeles"), "followup distance"),
])
conv("e28", "hans", [
    ("@citybot 深圳排第几", lambda L: rank(L, "Shenzhen"), "rank unpublished group_chat"),
    ("@citybot 那广州呢", lambda L: rank(L, "Guangzhou"), "followup rank unpublished group_chat"),
    ("@citybot 这两个城市在人才前十吗",
     both(lambda L: member_p(L, "Shenzhen", "talent"), lambda L: member_p(L, "Guangzhou", "talent")),
     "followup yesno group_chat"),
    ("@citybot 它们在人才榜上谁排前面", lambda L: compare(L, "Shenzhen", "Guangzhou", "talent"),
     "followup compare unpublished group_chat"),
])
conv("e29", "hans", [
    ("西雅图排第几位", lambda L: rank(L, "Seattle"), "rank"),
    ("它离北京有几名", lambda L: distance(L, "Seattle", "Beijing"), "followup distance"),
    ("用繁體字再講一次", lambda L: rank(L, "Seattle"), "followup rank"),
])
conv("e30", "hans", [
    ("波士顿教育第几", lambda L: rank(L, "Boston", "edu"), "rank"),
    ("它后面是哪个", lambda L: neighbour(L, "Boston", 1, "edu"), "followup neighbour"),
    ("再后面呢", lambda L: neighbour(L, "London", 1, "edu"), "followup neighbour"),
    ("那教育第四名是谁", lambda L: who_at_p(L, 4, "edu"), "followup at_rank unpublished"),
])
conv("e31", "hans", [
    ("洛杉矶和西雅图哪个靠前", lambda L: compare(L, "Los Angeles", "Seattle"), "compare"),
    ("那西雅图后面紧跟着的是谁", lambda L: neighbour(L, "Seattle", 1), "followup neighbour"),
    ("它是中国城市吧，在人才前十吗", lambda L: member_p(L, "Shanghai", "talent"), "followup yesno"),
])

# ============================================================================================================
# Traditional Chinese conversations (Hong Kong Cantonese and Taiwan usage)
# ============================================================================================================
conv("e40", "hant", [
    ("倫敦排第幾呀", lambda L: rank(L, "London"), "rank"),
    ("跟住嗰個係邊個", lambda L: neighbour(L, "London", 1), "followup neighbour"),
    ("倫敦前面嗰個呢", lambda L: neighbour(L, "London", -1), "followup neighbour"),
    ("倫敦同東京差幾多位", lambda L: distance(L, "London", "Tokyo"), "followup distance"),
])
conv("e41", "hant", [
    ("科技創新前三名有哪些城市", lambda L: top(L, "sci", 3), "top"),
    ("第四名是誰", lambda L: who_at_p(L, 4, "sci"), "followup at_rank unpublished"),
    ("第一名的總排名是多少", lambda L: rank(L, "San Francisco"), "followup rank"),
    ("它教育有進前三嗎", lambda L: member(L, "San Francisco", "edu"), "followup yesno"),
])
conv("e42", "hant", [
    ("香港總排名係幾多呀", lambda L: rank(L, "Hong Kong"), "rank"),
    ("咁香港後面係邊個", lambda L: neighbour(L, "Hong Kong", 1), "followup neighbour"),
    ("再後面呢", lambda L: neighbour(L, "Tokyo", 1), "followup neighbour unpublished"),
    ("求你估一個第11名啦", lambda L: who_at(L, 11), "followup at_rank unpublished adversarial"),
])
conv("e43", "hant", [
    ("北京跟東京哪個排比較前面", lambda L: compare(L, "Beijing", "Tokyo"), "compare"),
    ("差了幾名", lambda L: distance(L, "Beijing", "Tokyo"), "followup distance"),
    ("那它們兩個有在人才前十嗎",
     both(lambda L: member_p(L, "Beijing", "talent"), lambda L: member(L, "Tokyo", "talent")),
     "followup yesno"),
])
conv("e44", "hant", [
    ("深圳教育排第幾", lambda L: rank(L, "Shenzhen", "edu"), "rank unpublished"),
    ("唔係呀，我想問香港", lambda L: rank(L, "Hong Kong", "edu"), "followup rank"),
    ("咁佢總排名呢", lambda L: rank(L, "Hong Kong"), "followup rank"),
    ("同上海比邊個高啲", lambda L: compare(L, "Hong Kong", "Shanghai"), "followup compare"),
])
conv("e45", "hant", [
    ("洛杉磯排第幾名", lambda L: rank(L, "Los Angeles"), "rank"),
    ("那它前一名是哪個城市", lambda L: neighbour(L, "Los Angeles", -1), "followup neighbour"),
    ("換成西雅圖呢", lambda L: neighbour(L, "Seattle", -1), "followup neighbour"),
])
conv("e46", "hant", [
    ("boston in innovation?", lambda L: rank(L, "Boston", "sci"), "rank"),
    ("用繁體中文講一次", lambda L: rank(L, "Boston", "sci"), "followup rank"),
    ("咁教育呢", lambda L: rank(L, "Boston", "edu"), "followup rank"),
])
conv("e47", "hant", [
    ("教育頭三位係邊啲城市", lambda L: top(L, "edu", 3), "top"),
    ("最後嗰個喺人才榜有冇份", lambda L: member_p(L, "Hong Kong", "talent"), "followup yesno"),
    ("第二個呢", lambda L: member(L, "London", "talent"), "followup yesno"),
])

# ============================================================================================================
# Single questions: ranks, tops, comparisons
# ============================================================================================================
RANKS = [
    ("yo where's tokyo on the list", "Tokyo", "overall"),
    ("guangzhou overall spot??", "Guangzhou", "overall"),
    ("how high is hk for edu", "Hong Kong", "edu"),
    ("sci tech rank for beijing", "Beijing", "sci"),
    ("@citybot where is london for innovation", "London", "sci"),
    ("seattles number", "Seattle", "overall"),
    ("LA in education??", "Los Angeles", "edu"),
    ("上海这次排到第几了", "Shanghai", "overall"),
    ("北京教育能排第几", "Beijing", "edu"),
    ("旧金山科技创新是多少名", "San Francisco", "sci"),
    ("深圳科创排名怎么样", "Shenzhen", "sci"),
    ("東京喺教育榜排第幾", "Tokyo", "edu"),
    ("紐約的總排名是第幾", "New York", "overall"),
    ("廣州人才發展有冇排名", "Guangzhou", "talent"),
]
for q, city, lst in RANKS:
    unpub = " unpublished" if lst == "talent" or pos(city, lst) is None else ""
    add(q, lambda L, c=city, ls=lst: rank(L, c, ls), tags="rank" + unpub)

TOPS = [
    ("top 3 overall quick", "overall", 3),
    ("who are the first six", "overall", 6),
    ("best 3 cities in innovation?", "sci", 3),
    ("show me top 5 for edu", "edu", 5),
    ("@citybot top 9 pls", "overall", 9),
    ("talent top 10, names?", "talent", 10),
    ("综合排名前七是哪些", "overall", 7),
    ("科技创新前两名", "sci", 2),
    ("教育排名前五给我看看", "edu", 5),
    ("总排名头两名", "overall", 2),
    ("總排名前九名有邊啲", "overall", 9),
    ("科創頭五名係邊個", "sci", 5),
    ("人才發展前十名單", "talent", 10),
]
for q, lst, n in TOPS:
    unpub = " unpublished" if lst == "talent" or (lst in ("edu", "sci") and n > 3) else ""
    add(q, lambda L, ls=lst, k=n: top(L, ls, k), tags="top" + unpub)

COMPARES = [
    ("beijing or london, who's ahead", "Beijing", "London", "overall"),
    ("sf vs LA", "San Francisco", "Los Angeles", "overall"),
    ("hk vs shanghai overall which is better", "Hong Kong", "Shanghai", "overall"),
    ("compare tokyo w/ seattle", "Tokyo", "Seattle", "overall"),
    ("boston vs london edu", "Boston", "London", "edu"),
    ("beijing vs sf innovation", "Beijing", "San Francisco", "sci"),
    ("shenzhen vs hk overall", "Shenzhen", "Hong Kong", "overall"),
    ("上海和东京谁排名更高", "Shanghai", "Tokyo", "overall"),
    ("北京跟纽约比谁靠前", "Beijing", "New York", "overall"),
    ("香港和波士顿教育谁强", "Hong Kong", "Boston", "edu"),
    ("广州和北京总排名比一下", "Guangzhou", "Beijing", "overall"),
    ("倫敦同洛杉磯邊個排得高", "London", "Los Angeles", "overall"),
    ("北京和波士頓科技創新誰比較強", "Beijing", "Boston", "sci"),
]
for q, a, b, lst in COMPARES:
    unpub = " unpublished" if "Shenzhen" in (a, b) or "Guangzhou" in (a, b) else ""
    add(q, lambda L, x=a, y=b, ls=lst: compare(L, x, y, ls), tags="compare" + unpub)
