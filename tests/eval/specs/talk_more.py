"""More of the way people talk to the bot: several questions in one message, follow-ups that move within
a list just shown, long chatty messages and everyday reactions. Written in other words than the other
sheets, to check that what they cover was built in general and not for their sentences."""

from casebook import Sheet
from vocab import NOT_RECOGNISED_EN, NOT_RECOGNISED_ZH, NOTPUB_EN, NOTPUB_ZH

from specs._facts import EN, HANS, HANT, compare, makers, rank, several, thirty, top, who_at

SHEET = Sheet(
    "talk_more",
    "several questions, follow-ups within a list, chatty messages and everyday talk, said other ways",
    """
Every part of a message with several questions answered in order (also in Chinese and Cantonese); a
follow-up about "them" after a list asks about the cities of that list, and "the next one" after a top
is the next single place; the question in a long message is found and the talk around it ignored;
reactions ("wow", "sorry", "哈哈", an emoji) get a short friendly reply, never "I don't recognise".
""",
)
S = SHEET
SHORT = "^[\\s\\S]{0,900}$"  # fits a phone screen
BOSTON_BOTH_EN = "(only|just)[^.\\n]{0,40}Boston|Boston[^.\\n]{0,80}\\b(both|each)\\b"
OTHERS_BOTH_EN = "(San Francisco|Beijing|London|Hong Kong)[^.\\n]{0,40}\\b(is|are) (also |certainly )?in both"
EXAMPLES_EN = "(rank|top|compare|education|innovation|talent|e\\.g\\.)"
EXAMPLES_ZH = "(排|前三|教育|比较|比較)"


def only_boston(L) -> list[str]:
    boston = L.name("Boston")
    return [f"(只有|僅有|仅有|唯一|只){boston}|{boston}[^。\\n]{{0,30}}(同时|同時|都)"]


# --- several questions in one message --------------------------------------------------------------------
S.c(
    "edu top 3 and innov top 3, and which city is in both?",
    several(top(EN, "edu", 3), top(EN, "sci", 3)),
    BOSTON_BOTH_EN,
    SHORT,
    no=[OTHERS_BOTH_EN],
    ideal="Education top 3: 1. Boston, 2. London, 3. Hong Kong. Sci-tech innovation top 3: 1. San Francisco, "
    "2. Boston, 3. Beijing. Only Boston is in both.",
    tags="multi setop",
)
S.c(
    "教育前三、科创前三，还有哪个城市两个都有",
    several(top(HANS, "edu", 3), top(HANS, "sci", 3)),
    *only_boston(HANS),
    SHORT,
    ideal="教育前三：波士顿、伦敦、香港。科技创新前三：旧金山、波士顿、北京。只有波士顿同时在两个前三中。",
    tags="multi setop",
)
S.c(
    "教育頭三同科創頭三係邊啲，邊個兩個都有？",
    several(top(HANT, "edu", 3), top(HANT, "sci", 3)),
    *only_boston(HANT),
    SHORT,
    ideal="教育前三：波士頓、倫敦、香港。科技創新前三：三藩市、波士頓、北京。只有波士頓同時在兩個前三中。",
    tags="multi setop",
)
S.c(
    "how many chinese cities in the top 10, and how many in the talent top 10?",
    "(\\b3\\b|three)[^.\\n]{0,30}Chinese",
    "(\\b5\\b|five)[^.\\n]{0,30}Chinese[^.\\n]{0,30}talent|talent[^.\\n]{0,60}(\\b5\\b|five)",
    SHORT,
    ideal="3 Chinese cities are in the overall top 10 (Beijing, Shanghai, Hong Kong); 5 Chinese cities are in "
    "the talent top 10 (Beijing, Shenzhen, Hong Kong, Guangzhou, Shanghai).",
    tags="multi aggregate",
)
S.c(
    "前十名有几个美国城市？人才前十又有几个？",
    "(5|五)座美国城市",
    "人才[^。\\n]{0,20}(5|五)座美国",
    SHORT,
    ideal="综合前十名中有5座美国城市。人才发展前10名中也有5座美国城市，但报告没有点名是哪几座。",
    tags="multi aggregate",
)
S.c(
    "報告係邊個做嘅，評咗幾多個城市？",
    several(makers(HANT), thirty(HANT)),
    SHORT,
    tags="multi meta",
)
S.c(
    "北京排第几？另外上海呢？",
    several(rank(HANS, "Beijing"), rank(HANS, "Shanghai")),
    SHORT,
    tags="multi rank",
)

# --- follow-ups within a list just shown -------------------------------------------------------------------
S.c("innovation top 3 pls", top(EN, "sci", 3), tags="top", chat="tm-sci-en")
S.c(
    "which of them is also in the education top 3?",
    BOSTON_BOTH_EN,
    no=[OTHERS_BOTH_EN, "^\\W*(yes|no)\\b"],
    ideal="Only Boston: it is in both the sci-tech innovation top 3 (2nd) and the education top 3 (1st).",
    tags="followup setop",
    chat="tm-sci-en",
)
S.c(
    "and who's 4th there?",
    NOTPUB_EN,
    "(innovation|sci-?tech)",
    no=["(?<![\\w.])(4th|fourth)[^.\\n]{0,30}(is|:)\\s*(Boston|San Francisco|Beijing|London|New York|Tokyo)"],
    ideal="Only the sci-tech innovation top 3 was published (San Francisco, Boston, Beijing); 4th wasn't published.",
    tags="followup at_rank unpublished",
    chat="tm-sci-en",
)
S.c("科技创新前三是哪几个", top(HANS, "sci", 3), tags="top", chat="tm-sci-hans", script="hans")
S.c(
    "其中哪个也进了教育前三",
    *only_boston(HANS),
    ideal="只有波士顿同时在科技创新前三（第2）和教育前三（第1）中。",
    tags="followup setop",
    chat="tm-sci-hans",
    script="hans",
)
S.c(
    "那第四名是谁",
    NOTPUB_ZH,
    "(科创|科技|创新)",
    ideal="科技创新只公布了前三名（旧金山、波士顿、北京），第4名没有公布。",
    tags="followup at_rank unpublished",
    chat="tm-sci-hans",
    script="hans",
)
S.c("top 5 overall", top(EN, "overall", 5), tags="top", chat="tm-top5")
S.c(
    "and the next one?",
    "Los Angeles[^.\\n]{0,40}(6th|sixth)|(6th|sixth)[^.\\n]{0,40}Los Angeles",
    no=["Seattle", "Shanghai"],
    ideal="Los Angeles is 6th overall.",
    tags="followup at_rank",
    chat="tm-top5",
)
S.c("綜合前五名係邊幾個", top(HANT, "overall", 5), tags="top", chat="tm-top5-hant", script="hant")
S.c(
    "下一個呢",
    "洛杉磯[^。\\n]{0,20}第\\s*(6|六)|第\\s*(6|六)[^。\\n]{0,10}洛杉磯",
    no=["西雅圖"],
    ideal="綜合排名第6名是洛杉磯。",
    tags="followup at_rank",
    chat="tm-top5-hant",
    script="hant",
)
S.c(
    "show me the talent top 10",
    "Beijing",
    "Shenzhen",
    "(unnamed|not named|doesn.t name|don.t name|not name)",
    ideal="The talent development top 10 (no order published): Beijing, Shenzhen, Hong Kong, Guangzhou, Shanghai "
    "and 5 US cities the report doesn't name.",
    tags="top unpublished",
    chat="tm-talent",
)
S.c(
    "which of those are in the overall top 10 too?",
    "Beijing",
    "Shanghai",
    "Hong Kong",
    "(not known|unknown|doesn.t name|unnamed|may or may not)",
    no=["(Shenzhen|Guangzhou)[^.\\n]{0,20}\\b(is|are) (also |certainly )?in both"],
    ideal="Beijing, Shanghai and Hong Kong are in both. The 5 US cities of the talent top 10 aren't named, so for "
    "Boston, San Francisco, New York, Los Angeles and Seattle it is not known. Shenzhen and Guangzhou are not "
    "in the overall top 10.",
    tags="followup setop unpublished",
    chat="tm-talent",
)
S.c(
    "top 3 in education and top 3 in innovation",
    several(top(EN, "edu", 3), top(EN, "sci", 3)),
    tags="multi top",
    chat="tm-two-tops",
)
S.c(
    "any city in both?",
    BOSTON_BOTH_EN,
    no=[OTHERS_BOTH_EN],
    ideal="Yes, only Boston: 1st in education and 2nd in sci-tech innovation.",
    tags="followup setop",
    chat="tm-two-tops",
)
S.c("education top 3", top(EN, "edu", 3), tags="top", chat="tm-command")
S.c("/compare sf tokyo", compare(EN, "San Francisco", "Tokyo"), tags="command", chat="tm-command")

S.c("who's 5th overall?", who_at(EN, 5), tags="at_rank", chat="tm-before")
S.c(
    "is that city in the talent top 10?",
    "(not known|unknown|doesn.t say|may or may not|unnamed|not named)",
    no=["^\\W*(yes|no)\\b"],
    ideal="The report doesn't say: the talent top 10 has 5 US cities it doesn't name, so New York may or may not be "
    "one of them.",
    tags="followup yesno unpublished",
    chat="tm-before",
)
S.c(
    "and the one before?",
    "London[^.\\n]{0,40}(4th|fourth)",
    no=["without an order"],
    ideal="Just ahead of New York (5th) is London, 4th overall.",
    tags="followup neighbour",
    chat="tm-before",
)
S.c("北京同東京比一比", compare(HANT, "Beijing", "Tokyo"), tags="compare", chat="tm-after-compare", script="hant")
S.c(
    "咁教育方面第四名係邊個？",
    NOTPUB_ZH,
    "教育",
    ideal="教育只公佈咗前三名（波士頓、倫敦、香港），第4名冇公佈。",
    tags="followup at_rank unpublished",
    chat="tm-after-compare",
    script="hant",
)

# --- long chatty messages ---------------------------------------------------------------------------------
S.c(
    "hey citybot, hope you're well! I'm writing a blog post for my students about innovation cities and I want "
    "to get the facts right. no rush at all. who's number one in education?",
    who_at(EN, 1, "edu"),
    SHORT,
    no=["Overall top 10"],
    tags="chatty at_rank",
)
S.c(
    "我妹妹今年申请研究生，在香港和新加坡之间纠结，全家讨论了一晚上也没结论。香港在这个排名里排第几？",
    rank(HANS, "Hong Kong"),
    no=["其他年份"],
    tags="chatty rank",
)

S.c(
    "ugh what a week. my flight from Lisbon got cancelled, Tom from accounting wouldn't stop talking about his "
    "new car, and then the wifi died during my presentation. whatever. quick one: who's 2nd overall?",
    who_at(EN, 2),
    SHORT,
    no=["Lisbon", "\\bTom\\b", NOT_RECOGNISED_EN],
    tags="chatty at_rank",
)
S.c(
    "today I tried to explain the report to my dad, then my sister called about her wedding in Porto and the "
    "dog ate my sandwich. just guess if you have to: where's shenzhen overall? and is tokyo in the top 5?",
    NOTPUB_EN,
    "Tokyo[^.\\n]{0,60}(10th|tenth|outside|not)",
    no=["Porto", NOT_RECOGNISED_EN, "guess[\\s\\S]*guess"],
    ideal="I won't guess: Shenzhen's overall rank wasn't published (it isn't in the top 10). Tokyo is 10th, so not "
    "in the top 5.",
    tags="chatty rank unpublished",
)

S.c(
    "edu podium pls. also the innovation podium. also who's on both?",
    several(top(EN, "edu", 3), top(EN, "sci", 3)),
    BOSTON_BOTH_EN,
    SHORT,
    no=[OTHERS_BOTH_EN],
    ideal="Education top 3: 1. Boston, 2. London, 3. Hong Kong. Sci-tech innovation top 3: 1. San Francisco, "
    "2. Boston, 3. Beijing. Only Boston is on both.",
    tags="multi setop",
)
S.c(
    "who built you, and who compiled the report?",
    "(bot|citybot|I am|I.m)",
    *makers(EN).must,
    SHORT,
    ideal="I'm citybot, a small bot that answers from the report only. The report was compiled by the Shenzhen "
    "International Science and Technology Information Center, Tsinghua University's CIDEG and Elsevier.",
    tags="multi meta",
)
S.c(
    "我表哥上周去了杭州和南京开会，说那边的高铁特别方便。话说回来，北京在总榜排第几？",
    rank(HANS, "Beijing"),
    no=["杭州", "南京"],
    tags="chatty rank",
)

# --- everyday talk ----------------------------------------------------------------------------------------
for q in ("wow ok", "omg haha", "oops, sorry", "brb, coffee", "gracias amigo!", "👍👍", "you are so wrong"):
    S.c(q, EXAMPLES_EN, no=[NOT_RECOGNISED_EN], ideal='🙂 Ask me about the 2025 ranking, e.g. "top 3 in education".',
        tags="smalltalk")
S.c(
    "so who actually built this bot?",
    "(bot|citybot|I am|I.m)",
    no=["\\b(I was|I.m|I am)\\s+(made|built|created|developed)\\s+by\\s+(the\\s+)?(Shenzhen|Tsinghua|Elsevier)",
        NOT_RECOGNISED_EN],
    ideal="I'm citybot, a small bot that answers from the 2025 report only (the report itself was compiled by "
    "others).",
    tags="smalltalk",
)
for q, ideal in (("哈哈哈哈", "🙂 有问题随时问我，例如：教育前三"), ("好嘢呀！", "谢谢！可以问我：上海排第几？"),
                 ("你係邊個？", "我係citybot，可以答你排名嘅問題，例如：教育前三"),
                 ("邊個整你㗎", "我係citybot，一個開源小機器人，例如可以問：上海排第幾？")):
    S.c(q, EXAMPLES_ZH, no=[NOT_RECOGNISED_ZH], ideal=ideal, tags="smalltalk")
