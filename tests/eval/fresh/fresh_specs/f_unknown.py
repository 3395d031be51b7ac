"""Fresh: unknown words -- invented places, real cities outside the results, misspelt known cities, list
abbreviations, and ordinary words that must never become cities."""

from casebook import Chk, Sheet
from probe_specs._common import member_p, ranged
from specs._facts import (
    compare,
    distance,
    invented,
    member,
    mention,
    near,
    neighbour,
    pos,
    profile,
    rank,
    real_outside,
    several,
    stated,
    t,
    top,
    who_at,
)
from vocab import DID_YOU_MEAN_EN, DID_YOU_MEAN_ZH, NOT_RECOGNISED_EN, NOT_RECOGNISED_ZH

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_unknown",
    "unknown words: invented places, real cities outside the results, typos, list abbreviations, ordinary words",
    """
A word becomes an unknown-city candidate only where a place name can stand: invented places are said to be
unknown (never given a rank); real cities the results do not mention are "not in the published results" (never
"did you mean Beijing?"); misspelt known cities are that city; Shenzhen is in the results (talent top 10, no
overall rank); edu / innov / sci-tech / R&D are lists; ordinary words (right, lowest, places, share, next, ...)
never become cities.
""",
)
S = SHEET
add = adder(S)


def ww(word: str):
    """The ordinary word WORD of the question is not read as a city."""
    return lambda L: Chk([], L.word_not_city(word))


def both(*makers):
    return lambda L: [m(L) for m in makers]


def no_city_talk(L):
    """No 'did you mean' and no 'I don't recognise' for a question naming only known cities / lists."""
    return Chk([], [DID_YOU_MEAN_ZH if L.zh else DID_YOU_MEAN_EN, NOT_RECOGNISED_ZH if L.zh else NOT_RECOGNISED_EN])


# --- invented places ------------------------------------------------------------------------------
INV = [
    ("where does Blorptown rank", "Blorptown", "en"),
    ("how'd lower snodsbury do in the index", "Lower Snodsbury", "en"),
    ("wakanda ranking pls", "Wakanda", "en"),
    ("rank of Frobnitz City in education?", "Frobnitz( City)?", "en"),
    ("is gotham in the top 10 lol", "Gotham", "en"),
    ("@citybot how did Quibbleton place", "Quibbleton", "en"),
    ("what number is Zorbania on the list", "Zorbania", "en"),
    ("火星城排第几", "火星(城)?", "hans"),
    ("蓝星市在榜单上什么位置", "蓝星(市)?", "hans"),
    ("阿瓦隆城的教育排名呢", "阿瓦隆(城)?", "hans"),
    ("星光市排第幾", "星光(市)?", "hant"),
    ("龍貓鎮喺榜上面排第幾", "龍貓(鎮)?", "hant"),
    ("請問幻想鄉總排名幾多", "幻想鄉", "hant"),
]
def plain(rx: str) -> str:
    """How an ideal reply writes a name given as a regex: 'Frobnitz( City)?' -> 'Frobnitz City'."""
    import re

    rx = re.sub(r"\(([^()|]*)\)\?", r"\1", rx)
    rx = re.sub(r"\(([^()|]*)\|[^()]*\)", r"\1", rx)
    return rx


for q, name, sc in INV:
    add(q, lambda L, n=name: invented(L, n, plain(n)), tags="unknown_word", script=sc)

INV_VS = [
    ("Zentropolis vs Boston who wins", "Zentropolis", "Boston", 1, "en"),
    ("xanadu and tokyo, which is higher", "Xanadu", "Tokyo", 10, "en"),
    ("喵喵镇和北京比谁高", "喵喵(镇)?", "Beijing", 3, "hans"),
    ("烏托邦市同東京邊個高啲", "烏托邦(市)?", "Tokyo", 10, "hant"),
]


def inv_vs(L, name, city, n):
    known = Chk(
        [L.at(city, n)],
        L.wrong_rank(city, n),
        ideal=t(L, f"{city} is {n}{'st' if n == 1 else 'rd' if n == 3 else 'th'} overall.",
                f"{L.name(city)}总榜第{n}名。", f"{L.name(city)}總排名第{n}名。"),
    )
    return [invented(L, name, plain(name)), known]


for q, name, city, n, sc in INV_VS:
    add(q, lambda L, a=name, c=city, k=n: inv_vs(L, a, c, k), tags="unknown_word", script=sc)

# --- real cities the results don't mention ------------------------------------------------------------
REAL = [
    ("where's berlin on this thing", "Berlin", "en"),
    ("ok how about toronto then", "Toronto", "en"),
    ("paris rank pls", "Paris", "en"),
    ("is singapore in there anywhere", "Singapore", "en"),
    ("seoul overall position?", "Seoul", "en"),
    ("@citybot where did chicago place", "Chicago", "en"),
    ("what about amsterdam", "Amsterdam", "en"),
    ("did zurich make the top ten", "Z(u|ü)rich", "en"),
    ("taipei ranking?", "Taipei", "en"),
    ("wheres hangzhou in all this", "Hangzhou", "en"),
    ("melbourne??", "Melbourne", "en"),
    ("柏林排第几", "柏林", "hans"),
    ("多伦多呢，排多少", "多伦多", "hans"),
    ("巴黎在榜上吗", "巴黎", "hans"),
    ("杭州这次排名咋样啊", "杭州", "hans"),
    ("武汉的排名给我说说", "武汉", "hans"),
    ("成都进前十了没有", "成都", "hans"),
    ("多倫多排第幾", "多倫多", "hant"),
    ("柏林喺榜上面排幾多", "柏林", "hant"),
    ("臺北有冇上榜呀，排第幾", "(臺北|台北)", "hant"),
    ("首爾喺邊度", "首爾", "hant"),
    ("雪梨排名點樣", "(雪梨|悉尼)", "hant"),
    ("華盛頓入咗前十未", "華盛頓", "hant"),
]
for q, name, sc in REAL:
    add(q, lambda L, n=name: real_outside(L, n, plain(n)), tags="unknown_word", script=sc)

add(
    "just guess where stockholm would be, roughly",
    lambda L: [real_outside(L, "Stockholm"), Chk([], [L.bare_yes])],
    tags="unknown_word adversarial unpublished",
)
add(
    "随便猜一下新加坡大概排第几",
    lambda L: real_outside(L, "新加坡"),
    tags="unknown_word adversarial unpublished",
    script="hans",
)
add(
    "唔該估下悉尼大概排第幾啦",
    lambda L: real_outside(L, "(悉尼|雪梨)", "悉尼"),
    tags="unknown_word adversarial unpublished",
    script="hant",
)


def real_vs(L, name, city, n, lst="overall"):
    known = Chk(
        [L.at(city, n)] + ([mention(L, lst)] if lst != "overall" else []),
        L.wrong_rank(city, n, lst),
        ideal=t(
            L,
            f"{city} is {n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
            f"{' overall' if lst == 'overall' else ' in education'}.",
            f"{L.name(city)}{'总榜' if lst == 'overall' else '教育排名'}第{n}名。",
            f"{L.name(city)}{'總排名' if lst == 'overall' else '教育排名'}第{n}名。",
        ),
    )
    return [real_outside(L, name), known]


REAL_VS = [
    ("munich vs london?", "Munich", "London", 4, "overall", "en"),
    ("osaka or tokyo which ranks higher", "Osaka", "Tokyo", 10, "overall", "en"),
    ("首尔和东京谁高", "首尔", "Tokyo", 10, "overall", "hans"),
    ("巴黎同倫敦比邊個好", "巴黎", "London", 4, "overall", "hant"),
]
for q, name, city, n, lst, sc in REAL_VS:
    add(q, lambda L, a=name, c=city, k=n, ls=lst: real_vs(L, a, c, k, ls), tags="unknown_word", script=sc)

add(
    "sydney in the edu top 3?",
    lambda L: [real_outside(L, "Sydney"), Chk([], [L.bare_yes], ideal="The education top 3 is Boston, London and Hong Kong.")],
    tags="unknown_word",
)
add(
    "新加坡在教育前三吗",
    lambda L: [real_outside(L, "新加坡"), Chk([], [L.bare_yes], ideal="教育前三是波士顿、伦敦、香港。")],
    tags="unknown_word",
    script="hans",
)

# --- Shenzhen is in the results ---------------------------------------------------------------------


def shenzhen(L, premise=False):
    c = L.city("Shenzhen")
    ideal = t(
        L,
        ("Actually it is: " if premise else "")
        + "Shenzhen is in the talent development top 10 (that list has no published order), but it isn't in the "
        "published overall top 10, so its overall rank wasn't published.",
        ("其实在：" if premise else "")
        + "深圳在人才发展前十之列（这份名单未公布排序），但不在公布的总榜前十，所以总排名未公布。",
        ("其實在：" if premise else "")
        + "深圳在人才發展前十之列（這份名單未公佈排序），但不在公佈的總榜前十，所以總排名未公佈。",
    )
    no = L.no_rank("Shenzhen") + L.talent_order_guards() + no_city_talk(L).no
    if premise:
        no.append(L.bare_yes)
    return Chk([near(c, mention(L, "talent"), 80), L.outside("Shenzhen")], no, ideal=ideal)


SZ = [
    ("shenzhen isn't in the results at all right?", True, "en"),
    ("where's shenzhen", False, "en"),
    ("is shenzhen even in this report", False, "en"),
    ("深圳到底有没有上榜", False, "hans"),
    ("深圳不在结果里对吧", True, "hans"),
    ("深圳係咪冇喺結果入面㗎", True, "hant"),
    ("深圳總排名係幾多", False, "hant"),
]
for q, prem, sc in SZ:
    add(q, lambda L, p=prem: shenzhen(L, p), tags="unknown_word unpublished" + (" adversarial" if prem else ""),
        script=sc)

# --- list abbreviations are lists ------------------------------------------------------------------------
ABBR = [
    ("@citybot hk in edu top 3 or not", lambda L: member_p(L, "Hong Kong", "edu"), "edu", "en"),
    ("is beijing top 3 in sci-tech", lambda L: member_p(L, "Beijing", "sci"), "sci-tech", "en"),
    ("innov top 3 got boston in it?", lambda L: member_p(L, "Boston", "sci"), "innov", "en"),
    ("R&D leader?", lambda L: who_at(L, 1, "sci"), "R&D", "en"),
    ("tokyo edu rank", lambda L: rank(L, "Tokyo", "edu"), "edu", "en"),
    ("london in innov top3?", lambda L: member(L, "London", "sci"), "innov", "en"),
    ("sci-tech #2?", lambda L: who_at(L, 2, "sci"), "sci-tech", "en"),
    ("edu no.1 city", lambda L: who_at(L, 1, "edu"), "edu", "en"),
    ("shanghai R&D rank", lambda L: rank(L, "Shanghai", "sci"), "R&D", "en"),
    ("科创第一是谁啊", lambda L: who_at(L, 1, "sci"), "科创", "hans"),
    ("香港教育进前三没", lambda L: member_p(L, "Hong Kong", "edu"), "教育", "hans"),
    ("研发这块北京第几", lambda L: rank(L, "Beijing", "sci"), "研发", "hans"),
    ("东京科创排多少", lambda L: rank(L, "Tokyo", "sci"), "科创", "hans"),
    ("科創頭三有冇北京", lambda L: member_p(L, "Beijing", "sci"), "科創", "hant"),
    ("教育第一係邊個", lambda L: who_at(L, 1, "edu"), "教育", "hant"),
    ("東京科創排幾多", lambda L: rank(L, "Tokyo", "sci"), "科創", "hant"),
]


def rd_ok(L, ck):
    """Naming the list by the asker's own word ('R&D', '研发', 'edu') names that list too."""
    sci, edu = mention(L, "sci"), mention(L, "edu")
    wider = {sci: f"({sci}|R&D|研发|研發)", edu: f"({edu}|\\bedu\\b)"}
    ck.must = [wider.get(m, m) for m in ck.must]
    return ck


for q, mk, word, sc in ABBR:
    add(q, lambda L, m=mk, w=word: [rd_ok(L, m(L)), ww(w)(L)], tags="unknown_word", script=sc)

# --- ordinary words never become cities -------------------------------------------------------------------


def share_us(L):
    if L.zh:
        return Chk(
            ["(5|五)\\s*(座|个|個)?[^。\\n]{0,6}(美国|美國)|一半|半数|半數|五成|50\\s?%", "(美国|美國)"],
            ["(?<!\\d)(40|60|30|70)\\s?%", "(四|六|三|七)成"],
            ideal=t(L, "", "一半：前十里有5座美国城市（波士顿、旧金山、纽约、洛杉矶、西雅图），占五成。",
                    "一半：前十入面有5座美國城市（波士頓、舊金山、紐約、洛杉磯、西雅圖），佔五成。"),
        )
    return Chk(
        ["(\\b5\\b|\\bfive\\b|\\bhalf\\b|50\\s?%)", "(US\\b|U\\.S\\.|American|United States)"],
        ["\\b(4|6|3|7|four|six|three|seven)\\s+(of|out of)\\s+(the\\s+)?(10|ten)\\b", "(?<!\\d)(40|60|30|70)\\s?%"],
        ideal="Half: five of the ten (Boston, San Francisco, New York, Los Angeles and Seattle) are US cities, 50%.",
    )


def lowest_us(L):
    ck = stated(L, "Seattle", 7)
    ck.ideal = t(
        L,
        "Seattle, 7th overall, is the lowest of the five US cities in the top 10.",
        "西雅图，总榜第7名，是前十里排名最低的美国城市。",
        "西雅圖，總排名第7名，係前十入面排名最低嘅美國城市。",
    )
    return ck


WORDS = [
    ("whos right behind beijing then", lambda L: neighbour(L, "Beijing", 1), "right", "en"),
    ("lowest of the published top ten?", lambda L: who_at(L, 10), "lowest", "en"),
    ("how many places between sf and seattle", lambda L: distance(L, "San Francisco", "Seattle"), "places", "en"),
    ("what share of the top 10 are us cities", share_us, "share", "en"),
    ("next after seattle?", lambda L: neighbour(L, "Seattle", 1), "next", "en"),
    ("the one before london", lambda L: neighbour(L, "London", -1), "before", "en"),
    ("quick glance at the top 5", lambda L: top(L, "overall", 5), "glance", "en"),
    ("anything on guangzhou", lambda L: profile(L, "Guangzhou"), "anything", "en"),
    ("how many spots up is boston from tokyo", lambda L: distance(L, "Boston", "Tokyo"), "spots", "en"),
    ("which is stronger, london or tokyo", lambda L: compare(L, "London", "Tokyo"), "stronger", "en"),
    ("change of topic - who tops education", lambda L: who_at(L, 1, "edu"), "change", "en"),
    ("right so who's 6th", lambda L: who_at(L, 6), "right", "en"),
    ("places 7 to 9 pls", lambda L: ranged(L, 7, 9), "places", "en"),
    ("anything after tokyo?", lambda L: neighbour(L, "Tokyo", 1), "anything", "en"),
    ("lowest ranked american city in the top 10", lowest_us, "lowest", "en"),
    ("is beijing stronger than shanghai overall", lambda L: compare(L, "Beijing", "Shanghai"), "stronger", "en"),
    ("@citybot next one after hk", lambda L: neighbour(L, "Hong Kong", 1), "next", "en"),
    ("what spots do london and nyc hold",
     lambda L: several(rank(L, "London"), rank(L, "New York")), "spots", "en"),
    ("no change needed, just tell me where LA is", lambda L: rank(L, "Los Angeles"), "change", "en"),
    ("紧挨着北京后面的是哪个", lambda L: neighbour(L, "Beijing", 1), "紧挨着", "hans"),
    ("前十里排最低的是谁", lambda L: who_at(L, 10), "最低", "hans"),
    ("北京和上海隔了几个位置", lambda L: distance(L, "Beijing", "Shanghai"), "位置", "hans"),
    ("西雅图的下一个是谁", lambda L: neighbour(L, "Seattle", 1), "下一个", "hans"),
    ("伦敦前面那个是谁", lambda L: neighbour(L, "London", -1), "前面那个", "hans"),
    ("随便看看前三", lambda L: top(L, "overall", 3), "随便", "hans"),
    ("广州有啥消息没", lambda L: profile(L, "Guangzhou"), "消息", "hans"),
    ("伦敦和东京哪个更强", lambda L: compare(L, "London", "Tokyo"), "更强", "hans"),
    ("前十里美国城市占几成", share_us, "几成", "hans"),
    ("那东京之后排的还有谁", lambda L: neighbour(L, "Tokyo", 1), "之后", "hans"),
    ("前十名的美国城市里排最低的是哪个", lowest_us, "最低", "hans"),
    ("緊跟喺北京後面嘅係邊個", lambda L: neighbour(L, "Beijing", 1), "緊跟", "hant"),
    ("頭十名入面最低嗰個係邊個", lambda L: who_at(L, 10), "最低", "hant"),
    ("波士頓比東京高幾多個位", lambda L: distance(L, "Boston", "Tokyo"), "幾多個位", "hant"),
    ("西雅圖下一個係邊個", lambda L: neighbour(L, "Seattle", 1), "下一個", "hant"),
    ("倫敦同東京邊個強啲", lambda L: compare(L, "London", "Tokyo"), "強啲", "hant"),
    ("東京之後仲有邊個", lambda L: neighbour(L, "Tokyo", 1), "之後", "hant"),
    ("第六到第八名係邊幾個", lambda L: ranged(L, 6, 8), "邊幾個", "hant"),
    ("前十入面美國城市佔幾多", share_us, "佔幾多", "hant"),
]
for q, mk, word, sc in WORDS:
    unpub = " unpublished" if "tokyo" in q.lower() and ("after" in q or "之后" in q or "之後" in q) else ""
    add(q, lambda L, m=mk, w=word: [m(L), ww(w)(L)], tags="unknown_word" + unpub, script=sc)

# --- misspelt known cities are that city ------------------------------------------------------------------
TYPO = [
    ("bostn overall?", "Boston", "overall", "en"),
    ("sanfran where", "San Francisco", "overall", "en"),
    ("wher is shangai", "Shanghai", "overall", "en"),
    ("tokio rank", "Tokyo", "overall", "en"),
    ("londen in edu", "London", "edu", "en"),
    ("hong kog in education", "Hong Kong", "edu", "en"),
    ("bejjing innovation spot", "Beijing", "sci", "en"),
    ("new yorkk rank?", "New York", "overall", "en"),
    ("guangzou talent?", "Guangzhou", "talent", "en"),
    ("shenzen overall", "Shenzhen", "overall", "en"),
    ("san fransico sci tech", "San Francisco", "sci", "en"),
    ("@citybot whers tokoy", "Tokyo", "overall", "en"),
    ("seattel rank", "Seattle", "overall", "en"),
    ("los angelas where", "Los Angeles", "overall", "en"),
    ("北亰排第几", "Beijing", "overall", "hans"),
    ("上诲排名多少", "Shanghai", "overall", "hans"),
    ("扭约排第几", "New York", "overall", "hans"),
    ("深镇人才排名", "Shenzhen", "talent", "hans"),
    ("洛衫矶排第几", "Los Angeles", "overall", "hans"),
    ("波土顿教育排第几", "Boston", "edu", "hans"),
    ("西稚图排名", "Seattle", "overall", "hans"),
    ("北亰排第幾", "Beijing", "overall", "hant"),
    ("侖敦教育排第幾", "London", "edu", "hant"),
    ("舊今山科創排名", "San Francisco", "sci", "hant"),
    ("西雅圗排第幾", "Seattle", "overall", "hant"),
    ("香巷總排名", "Hong Kong", "overall", "hant"),
    ("廣洲人才榜點樣", "Guangzhou", "talent", "hant"),
]
for q, city, lst, sc in TYPO:
    unpub = " unpublished" if lst == "talent" or pos(city, lst) is None else ""
    add(q, lambda L, c=city, ls=lst: rank(L, c, ls), tags="typo" + unpub, script=sc)

add("seatte vs los angles", lambda L: compare(L, "Seattle", "Los Angeles"), tags="typo")
add("bostom vs londn education", lambda L: compare(L, "Boston", "London", "edu"), tags="typo")
add("北京和东凉谁高", lambda L: compare(L, "Beijing", "Tokyo"), tags="typo", script="hans")
add("紐約同三蕃市邊個高", lambda L: compare(L, "New York", "San Francisco"), tags="typo", script="hant")

# --- in groups and commands ---------------------------------------------------------------------------------
add("/rank@citybot bostn", lambda L: rank(L, "Boston"), tags="typo")
add("/rank@citybot 北亰", lambda L: rank(L, "Beijing"), tags="typo")
add("/rank@citybot berlin", lambda L: real_outside(L, "Berlin"), tags="unknown_word")
add("@citybot toronto vs boston", lambda L: real_vs(L, "Toronto", "Boston", 1), tags="unknown_word")
add("@citybot 芝加哥排第几", lambda L: real_outside(L, "芝加哥"), tags="unknown_word", script="hans")
add("@citybot 柏林有冇入到前十呀，點睇", lambda L: real_outside(L, "柏林"), tags="unknown_word", script="hant")
add("where does the city of Glimmerford rank", lambda L: invented(L, "Glimmerford"), tags="unknown_word")
add("how did vancouver do", lambda L: real_outside(L, "Vancouver"), tags="unknown_word")
MORE = [
    ("at a glance whats the top 3 for innovation", lambda L: top(L, "sci", 3), "glance", "en"),
    ("give me spots 4-6", lambda L: ranged(L, 4, 6), "spots", "en"),
    ("stronger in education, hk or london?", lambda L: compare(L, "Hong Kong", "London", "edu"), "stronger", "en"),
    ("share the top 3 overall pls", lambda L: top(L, "overall", 3), "share", "en"),
    ("教育方面香港和伦敦谁更强一点", lambda L: compare(L, "Hong Kong", "London", "edu"), "更强", "hans"),
    ("科創方面邊三個最勁", lambda L: top(L, "sci", 3), "最勁", "hant"),
]
for q, mk, word, sc in MORE:
    add(q, lambda L, m=mk, w=word: [m(L), ww(w)(L)], tags="unknown_word", script=sc)
