"""Probe: neighbours and distances, in other words ("trails", "edges out", "is outranked by", "sandwiched")."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, distance, stated

from probe_specs._common import neighbour_p

SHEET = Sheet(
    "pr_neighbours",
    "neighbours and distances, other wording",
    """
Who trails / edges out / is outranked by a city, who is sandwiched between two, how many rungs apart two
cities are -- overall and in the education and sci-tech top 3. At the edge of what was published (after
Tokyo, after 3rd place, anything inside the unordered talent top 10) the reply says it is not known.
""",
)
S = SHEET
N, D = "neighbour", "distance"

# --- English: neighbours --------------------------------------------------------------------------------
S.c("which city trails London by a single spot?", neighbour_p(EN, "London", 1), tags=N)
S.c("who edges out Seattle, just barely?", neighbour_p(EN, "Seattle", -1), tags=N)
S.c("LA is outranked by who, directly?", neighbour_p(EN, "Los Angeles", -1), tags=f"{N} typo")
S.c("whos breathing down bostons neck", neighbour_p(EN, "Boston", 1), tags=N)
S.c("the city sitting right under beijing on the list?", neighbour_p(EN, "Beijing", 1), tags=N)
S.c("one notch above hong kong = ?", neighbour_p(EN, "Hong Kong", -1), tags=N)
S.c("Which city is Tokyo's immediate predecessor in the top 10?", neighbour_p(EN, "Tokyo", -1), tags=N)
S.c("Who follows New York in the overall standings?", neighbour_p(EN, "New York", 1), tags=N)
S.c("wat city is 2 places ahead of seattle", neighbour_p(EN, "Seattle", -2), tags=f"{N} typo")
S.c("name the city that lags just behind shanghai", neighbour_p(EN, "Shanghai", 1), tags=N)
S.c("four rungs below boston, which city is that?", neighbour_p(EN, "Boston", 4), tags=N)
S.c(
    "is anybody listed below tokyo, and if so who",
    neighbour_p(EN, "Tokyo", 1),
    no=[EN.bare_yes],
    tags=f"{N} unpublished",
)
S.c(
    "who's sandwiched between London and LA?",
    stated(EN, "New York", 5),
    ideal="New York (5th) is sandwiched between London (4th) and Los Angeles (6th).",
    tags=N,
)
S.c(
    "the one squeezed in above Beijing but below Boston?",
    stated(EN, "San Francisco", 2),
    ideal="San Francisco — 2nd, between Boston (1st) and Beijing (3rd).",
    tags=N,
)
S.c("in the education list, who's the one right before Hong Kong?", neighbour_p(EN, "Hong Kong", -1, "edu"), tags=N)
S.c("who outranks London in education", neighbour_p(EN, "London", -1, "edu"), tags=N)
S.c("innovation: who trails beijing?", neighbour_p(EN, "Beijing", 1, "sci"), tags=f"{N} unpublished")
S.c("Who's one spot behind SF for sci-tech?", neighbour_p(EN, "San Francisco", 1, "sci"), tags=f"{N} typo")
S.c(
    "in the talent ranking who's right after Guangzhou",
    neighbour_p(EN, "Guangzhou", 1, "talent"),
    tags=f"{N} unpublished adversarial",
)

# --- English: distances ----------------------------------------------------------------------------------
S.c("how many rungs separate SF from Tokyo?", distance(EN, "San Francisco", "Tokyo"), tags=f"{D} typo")
S.c("by how much does London lead Hong Kong?", distance(EN, "London", "Hong Kong"), tags=D)
S.c("Seattle trails Boston by how many places?", distance(EN, "Boston", "Seattle"), tags=D)
S.c("how many spots would shanghai have to climb to catch beijing", distance(EN, "Beijing", "Shanghai"), tags=D)
S.c("number of places separating LA and Tokyo", distance(EN, "Los Angeles", "Tokyo"), tags=f"{D} typo")
S.c("how far ahead is SF of Beijing in innovation", distance(EN, "San Francisco", "Beijing", "sci"), tags=D)
S.c("london vs hk in education - how many places apart?", distance(EN, "London", "Hong Kong", "edu"), tags=D)
S.c("distance in ranks between new york and boston, pls", distance(EN, "New York", "Boston"), tags=D)
S.c(
    "how many places does guangzhou trail shanghai by",
    EN.city("Guangzhou"),
    EN.at("Shanghai", 8),
    EN.notpub,
    EN.outside("Guangzhou"),
    no=[
        "(?<!least )(?<!at least )\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(places|spots|"
        "positions)\\s+(apart|behind|below|lower|higher|ahead|between)",
        *EN.no_rank("Guangzhou"),
    ],
    ideal="Can't say: Shanghai is 8th, but Guangzhou isn't in the published top 10 and its rank wasn't published "
    "(so it is at least 3 places lower).",
    tags=f"{D} unpublished",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("紧跟在纽约后面的是哪座城市", neighbour_p(HANS, "New York", 1), tags=N)
S.c("哪个城市比伦敦落后一名", neighbour_p(HANS, "London", 1), tags=N)
S.c("谁以一名之差领先西雅图", neighbour_p(HANS, "Seattle", -1), tags=N)
S.c("香港前边那个是谁呀", neighbour_p(HANS, "Hong Kong", -1), tags=N)
S.c("波士顿往下数第三个是谁", neighbour_p(HANS, "Boston", 3), tags=N)
S.c("东京下面还有城市吗？", neighbour_p(HANS, "Tokyo", 1), no=[HANS.bare_yes], tags=f"{N} unpublished")
S.c(
    "夹在北京和纽约中间的是哪个",
    stated(HANS, "London", 4),
    ideal="伦敦，第4名，夹在北京（第3名）和纽约（第5名）之间。",
    tags=N,
)
S.c("教育榜上伦敦后面是哪个", neighbour_p(HANS, "London", 1, "edu"), tags=N)
S.c("科创排名里波士顿前面是谁", neighbour_p(HANS, "Boston", -1, "sci"), tags=N)
S.c("科技创新北京后面一名是谁啊", neighbour_p(HANS, "Beijing", 1, "sci"), tags=f"{N} unpublished")
S.c("人才前十里深圳前面是哪个城市", neighbour_p(HANS, "Shenzhen", -1, "talent"), tags=f"{N} unpublished adversarial")
S.c("旧金山领先东京几个名次", distance(HANS, "San Francisco", "Tokyo"), tags=D)
S.c("洛杉矶比上海高多少名", distance(HANS, "Los Angeles", "Shanghai"), tags=D)
S.c("伦敦跟西雅图隔着几座城市", distance(HANS, "London", "Seattle"), tags=D)
S.c("科创榜上旧金山比北京高几位", distance(HANS, "San Francisco", "Beijing", "sci"), tags=D)
S.c(
    "深圳落后北京多少名",
    HANS.city("Shenzhen"),
    HANS.at("Beijing", 3),
    HANS.notpub,
    HANS.outside("Shenzhen"),
    no=["(相差|差了?|落后|低了?)\\s*(\\d+|[一二三四五六七八九十]+)\\s*(名|位|个名次)", *HANS.no_rank("Shenzhen")],
    ideal="无法确定：北京总榜第3名，深圳不在公布的前十之列，具体排名未公布。",
    tags=f"{D} unpublished",
)

S.c("紧随波士顿之后的是谁", neighbour_p(HANS, "Boston", 1), tags=N)
S.c("纽约和香港差了多少位", distance(HANS, "New York", "Hong Kong"), tags=D)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("緊接在洛杉磯後面的是哪個城市", neighbour_p(HANT, "Los Angeles", 1), tags=N)
S.c("哪個城市只比上海領先一名", neighbour_p(HANT, "Shanghai", -1), tags=N)
S.c("排在舊金山下面兩名的是誰", neighbour_p(HANT, "San Francisco", 2), tags=N)
S.c("邊個排喺東京後面？", neighbour_p(HANT, "Tokyo", 1), tags=f"{N} unpublished")
S.c(
    "介於上海和東京之間的是誰",
    stated(HANT, "Hong Kong", 9),
    ideal="香港，第9名，介於上海（第8名）和東京（第10名）之間。",
    tags=N,
)
S.c("教育排名香港前面一位是哪裡", neighbour_p(HANT, "Hong Kong", -1, "edu"), tags=N)
S.c("科技創新舊金山後面是誰", neighbour_p(HANT, "San Francisco", 1, "sci"), tags=N)
S.c("誰緊跟在北京後面", neighbour_p(HANT, "Beijing", 1), tags=N)
S.c("倫敦同紐約差幾多名", distance(HANT, "London", "New York"), tags=D)
S.c("北京領先香港幾名", distance(HANT, "Beijing", "Hong Kong"), tags=D)
S.c("西雅圖落後波士頓幾個名次", distance(HANT, "Boston", "Seattle"), tags=D)
S.c("三藩市同香港差幾多位", distance(HANT, "San Francisco", "Hong Kong"), tags=D)
S.c("教育方面倫敦領先香港幾名", distance(HANT, "London", "Hong Kong", "edu"), tags=D)
