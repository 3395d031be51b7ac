"""Probe: yes / no questions, false premises and "just say yes or no" where the report does not say."""

from casebook import Chk, Sheet
from specs._facts import EN, HANS, HANT, compare, near, pos, wrong_way

from probe_specs._common import ahead, either, member_p

SHEET = Sheet(
    "pr_yesno",
    "yes / no questions and false premises, other wording",
    """
"Does X trail Y", "has X cracked the top 10", "X is the runner-up, correct?", "why did X beat Y" (when it
didn't), "on the podium?". A yes or no answers exactly the question, with the fact behind it; a false premise
is corrected, never confirmed (a reply that states the right facts corrects it, with or without the word "no");
where the report does not say, no bare yes or no.
""",
)
S = SHEET
Y = "yesno"
BECAUSE_EN = "^\\W*because\\b"
BECAUSE_ZH = "^\\W*(因为|因為)"
REVERSED = {True: "\\b(reverse|other way round|other way around|opposite)\\b", False: "(反过来|反過來|相反)"}


def pair(L, hi: str, lo: str, ideal: str, *, claim_true: bool, lst: str = "overall", no=()) -> Chk:
    """'Does LO beat HI?' (claim_true=False) or 'HI is ahead of LO, right?' (claim_true=True): both ranks stated,
    and a yes / no -- or simply the higher city said to be ahead. Never the lower one called higher."""
    word = L.yes if claim_true else either(L.neg, REVERSED[L.code == "en"])
    must = [L.at(hi, pos(hi, lst)), L.at(lo, pos(lo, lst)), either(word, ahead(L, hi))]
    guards = [L.bare_no if claim_true else L.bare_yes, wrong_way(L, lo, hi)]
    guards += L.wrong_rank(hi, pos(hi, lst), lst) + L.wrong_rank(lo, pos(lo, lst), lst)
    return Chk(must, guards + list(no), ideal=ideal)


def corrected(L, ideal: str, *must: str, no=()) -> Chk:
    """A false premise: the right fact is stated, and the reply does not open with a yes."""
    return Chk(list(must), [L.bare_yes, *no], ideal=ideal)


# --- English ----------------------------------------------------------------------------------------
S.c(
    "does beijing trail london?",
    pair(EN, "Beijing", "London", "No — it's the other way round: Beijing is 3rd and London 4th.", claim_true=False),
    tags=f"{Y} adversarial",
)
S.c(
    "is it true that SF edges out Boston overall?",
    pair(
        EN,
        "Boston",
        "San Francisco",
        "No — overall Boston is 1st and San Francisco 2nd (San Francisco does lead in sci-tech innovation).",
        claim_true=False,
    ),
    tags=f"{Y} adversarial typo",
)
S.c("has tokyo cracked the top 10?", member_p(EN, "Tokyo", "overall"), tags=Y)
S.c(
    "did shenzhen make the cut for the top 10",
    member_p(EN, "Shenzhen", "overall"),
    ideal="No — Shenzhen isn't in the published overall top 10, and its rank wasn't published. It is in the talent "
    "top 10, though.",
    tags=f"{Y} unpublished",
)
S.c(
    "LA outranks Seattle, right?",
    pair(EN, "Los Angeles", "Seattle", "Yes — Los Angeles is 6th and Seattle 7th.", claim_true=True),
    tags=f"{Y} typo",
)
S.c("is hong kong on the education podium?", member_p(EN, "Hong Kong", "edu"), tags=Y)
S.c("is beijing on the innovation podium", member_p(EN, "Beijing", "sci"), tags=Y)
S.c("london on the sci-tech podium? y/n", member_p(EN, "London", "sci"), tags=Y)
S.c(
    "so shanghai is the runner-up, correct?",
    corrected(
        EN,
        "No — Shanghai is 8th. The runner-up is San Francisco (2nd).",
        EN.at("Shanghai", 8),
        no=EN.wrong_rank("Shanghai", 8),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "since Tokyo tops education, who's second there?",
    corrected(
        EN,
        "Tokyo doesn't top education — it isn't in the published education top 3. Boston is 1st and London 2nd.",
        "London",
        EN.outside("Tokyo", "edu"),
        no=EN.no_rank("Tokyo", "edu"),
    ),
    tags=f"{Y} adversarial",
)
S.c("does LA make the talent top ten or not", member_p(EN, "Los Angeles", "talent"), tags=f"{Y} unpublished")
S.c(
    "does the US have more top-10 cities than China and the UK put together?",
    Chk(
        ["(\\b5\\b|five)", "(\\b4\\b|four|\\b3\\b[^.\\n]{0,40}\\b1\\b|three[^.\\n]{0,40}\\bone\\b)"],
        [EN.bare_no],
        ideal="Yes — 5 US cities against 4 (China 3, the UK 1).",
    ),
    tags=Y,
)
S.c(
    "is asia better represented than europe in the top 10?",
    Chk(
        ["(\\b4\\b|four)", "(\\b1\\b|one|only London|just London)"],
        [EN.bare_no],
        ideal="Yes — Asia has 4 (Beijing, Shanghai, Hong Kong, Tokyo), Europe 1 (London).",
    ),
    tags=Y,
)
S.c("is shanghai one of the balanced-education cities", member_p(EN, "Shanghai", "balanced"), tags=Y)
S.c(
    "is Beijing a talent-potential city?",
    Chk(
        [either(EN.neg, EN.notpub), "Beijing", "potential"],
        [
            EN.bare_yes,
            "Beijing\\s+(is|was)\\s+(also\\s+)?(one of|among|in|part of)[^.\\n]{0,30}potential",
            "Beijing\\s+(also\\s+)?(has|shows|demonstrates)\\s+(an?\\s+)?(exceptional|strong|outstanding)[^.\\n]{0,20}"
            "potential",
        ],
        ideal="No — Beijing isn't among the cities the report names for exceptional talent potential (Shenzhen, "
        "Guangzhou, Hong Kong and Shanghai), though it is in the talent top 10.",
    ),
    tags=Y,
)
S.c("tokyo's in the talent top 10 isn't it", member_p(EN, "Tokyo", "talent"), tags=f"{Y} adversarial")
S.c(
    "why did seattle beat LA?",
    pair(
        EN,
        "Los Angeles",
        "Seattle",
        "It didn't: Los Angeles is 6th and Seattle 7th.",
        claim_true=False,
        no=[BECAUSE_EN],
    ),
    tags=f"{Y} adversarial typo",
)
S.c(
    "is guangzhou above shenzhen in talent?",
    compare(EN, "Guangzhou", "Shenzhen", "talent"),
    tags=f"{Y} unpublished adversarial",
)
S.c(
    "is hk ahead of tokyo in education?",
    Chk(
        [EN.at("Hong Kong", 3), EN.outside("Tokyo", "edu")],
        [EN.bare_no, *EN.no_rank("Tokyo", "edu"), *EN.wrong_rank("Hong Kong", 3, "edu")],
        ideal="Yes — Hong Kong is 3rd in education, and Tokyo isn't in the published education top 3.",
    ),
    tags=f"{Y} typo",
)
S.c(
    "was london the bronze medallist in education",
    corrected(
        EN,
        "No — London took silver (2nd in education); the bronze went to Hong Kong (3rd).",
        EN.at("London", 2),
        "educ",
        no=EN.wrong_rank("London", 2, "edu"),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "am I right that only 10 cities were evaluated?",
    corrected(
        EN,
        "No — 30 cities were evaluated; only the overall top 10 of them was published.",
        "(?<![\\d.])30(?![\\d.])|thirty",
        either(
            EN.neg,
            "(30|thirty)\\s+cities\\s+(were|are|have been|got)\\s+(evaluated|assessed)",
            "(evaluated|assessed)\\s+(a total of\\s+|all\\s+)?(30|thirty)\\b",
        ),
    ),
    tags=f"{Y} adversarial",
)
S.c("is nyc in the top half of the top 10", member_p(EN, "New York", "top5"), tags=f"{Y} typo")
S.c(
    "is SF number one at anything?",
    Chk(
        [near("San Francisco", EN.rank(1)), "(sci|innov|tech)"],
        [EN.bare_no, *EN.wrong_rank("San Francisco", 1, "sci")],
        ideal="Yes — San Francisco is 1st in sci-tech innovation (2nd overall).",
    ),
    tags=f"{Y} typo",
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "北京落后于伦敦吗",
    pair(HANS, "Beijing", "London", "没有，反过来：北京第3名，伦敦第4名。", claim_true=False),
    tags=f"{Y} adversarial",
)
S.c(
    "旧金山总榜赢了波士顿？",
    pair(
        HANS, "Boston", "San Francisco", "没有。总榜波士顿第1名，旧金山第2名（科技创新旧金山第1）。", claim_true=False
    ),
    tags=f"{Y} adversarial",
)
S.c("东京挤进前十了没", member_p(HANS, "Tokyo", "overall"), tags=Y)
S.c("广州进没进前十", member_p(HANS, "Guangzhou", "overall"), tags=f"{Y} unpublished")
S.c(
    "洛杉矶排在西雅图前面对吧",
    pair(HANS, "Los Angeles", "Seattle", "对，洛杉矶第6名，西雅图第7名。", claim_true=True),
    tags=Y,
)
S.c("北京进了科创前三吗", member_p(HANS, "Beijing", "sci"), tags=Y)
S.c(
    "上海是总榜亚军，对不对",
    corrected(
        HANS,
        "不对，上海是第8名；总榜亚军是旧金山（第2名）。",
        HANS.at("Shanghai", 8),
        no=HANS.wrong_rank("Shanghai", 8),
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "纽约在人才前十吗？说是或不是就行",
    member_p(HANS, "New York", "talent"),
    tags=f"{Y} unpublished adversarial",
)
S.c(
    "北京属于人才潜力突出的城市吗",
    Chk(
        [either(HANS.neg, HANS.notpub), "北京", "潜力"],
        [HANS.bare_yes, "北京(也)?(属于|是|在)(人才)?潜力突出"],
        ideal="不属于报告点名的人才潜力突出城市（深圳、广州、香港、上海），不过北京在人才发展前十之列。",
    ),
    tags=Y,
)
S.c(
    "为什么西雅图能超过洛杉矶",
    pair(
        HANS,
        "Los Angeles",
        "Seattle",
        "西雅图并没有超过洛杉矶：洛杉矶第6名，西雅图第7名。",
        claim_true=False,
        no=[BECAUSE_ZH],
    ),
    tags=f"{Y} adversarial",
)
S.c(
    "香港教育领先东京吗",
    Chk(
        [HANS.at("Hong Kong", 3), HANS.outside("Tokyo", "edu")],
        [HANS.bare_no, *HANS.no_rank("Tokyo", "edu"), *HANS.wrong_rank("Hong Kong", 3, "edu")],
        ideal="是的，香港教育排名第3，东京不在公布的教育前三之列。",
    ),
    tags=Y,
)
S.c(
    "报告只评估了10个城市是吧",
    corrected(HANS, "不是，一共评估了30座城市，只公布了前十名等部分结果。", "(?<![\\d.])30(?![\\d.])|三十", HANS.neg),
    tags=f"{Y} adversarial",
)
S.c(
    "北京是不是比上海强",
    pair(HANS, "Beijing", "Shanghai", "是的，北京总榜第3名，上海第8名。", claim_true=True),
    tags=Y,
)
S.c(
    "伦敦在教育上领先香港吗",
    pair(HANS, "London", "Hong Kong", "是的，教育排名伦敦第2，香港第3。", claim_true=True, lst="edu"),
    tags=Y,
)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "倫敦贏咗北京未？",
    pair(HANT, "Beijing", "London", "沒有，北京第3名，倫敦第4名，北京較高。", claim_true=False),
    tags=f"{Y} adversarial",
)
S.c("香港有冇入到教育前三名單", member_p(HANT, "Hong Kong", "edu"), tags=Y)
S.c("深圳有冇打入總榜前十", member_p(HANT, "Shenzhen", "overall"), tags=f"{Y} unpublished")
S.c(
    "洛杉磯是不是落後西雅圖",
    pair(HANT, "Los Angeles", "Seattle", "不是，洛杉磯第6名，西雅圖第7名，洛杉磯在前。", claim_true=False),
    tags=f"{Y} adversarial",
)
S.c(
    "波士頓科創是不是輸給舊金山",
    pair(
        HANT,
        "San Francisco",
        "Boston",
        "是的，科技創新舊金山第1名，波士頓第2名（總排名波士頓第1）。",
        claim_true=True,
        lst="sci",
    ),
    tags=Y,
)
S.c("東京係咪人才前十之一", member_p(HANT, "Tokyo", "talent"), tags=Y)
S.c("上海屬於教育均衡的城市嗎", member_p(HANT, "Shanghai", "balanced"), tags=Y)
S.c(
    "聽說香港排第二，是真的嗎",
    corrected(
        HANT, "不是，香港總排名第9名；第二名是舊金山。", HANT.at("Hong Kong", 9), no=HANT.wrong_rank("Hong Kong", 9)
    ),
    tags=f"{Y} adversarial",
)
