"""Fresh, part C: set questions across lists, aggregates over the published lists, and yes / no about all of it.

Written blind from issue 11 and the published facts. The talent top 10 is a partial list (five unnamed US cities),
so an intersection with it has certain members, certain non-members and unknowns, and the reply names each kind.
Counts and shares over the published lists are exact; over all 30 cities they were not published.
"""

from casebook import Chk, Sheet
from probe_specs._common import cannot_say, either, no_because, yes_because
from specs._facts import (
    BALANCED,
    EDU,
    POTENTIAL,
    SCI,
    US,
    member,
    mention,
    near,
    number_word,
    pos,
    t,
)

from fresh_specs._fx import adder, count_guard, lenient_to_cantonese

SHEET = Sheet(
    "fr_c_sets",
    "part C: set questions, aggregates, yes / no (written blind)",
    """
Which cities are in two lists at once, in one and not the other, in either group; counts, shares, averages,
countries and continents over the published lists; yes / no questions about ranks, lists, neighbours, sets and
aggregates, some with false premises. Where the talent top 10 (five unnamed US cities) or the unpublished rest of
the 30 decides the answer, the reply says what is known, what is not, and never gives a bare yes or no.
""",
)
S = SHEET
add = adder(S)


# --- words ---------------------------------------------------------------------------------------------------
def W(L, key):
    en = {
        "us": "(\\bUS\\b|U\\.S\\.|\\bAmerica|\\bUnited States|\\bUSA\\b)",
        "cn": "(China|Chinese)",
        "asia": "(Asia|Asian)",
        "europe": "(Europe|\\bUK\\b|Britain|British|United Kingdom)",
        "japan": "(Japan|Japanese)",
        "both": "(both|also|as well|two lists|each)",
        "only": "(only|just|single|sole|alone|one city)",
        "unknown": L.notpub,
        "equal": "\\b(equal(ly)?|the same|tied?|even(ly)?|level|five each|5 each|as many)\\b",
        "thirty": "(\\b30\\b|thirty)",
    }
    hans = {
        "us": "(美国|美)",
        "cn": "(中国|中)",
        "asia": "亚洲",
        "europe": "(欧洲|英国)",
        "japan": "日本",
        "both": "(同时|都|也|两|既)",
        "only": "(只有|仅|唯一|就只|只是)",
        "unknown": L.notpub,
        "equal": "(一样|相同|持平|相等|各占?一半|各(有|占)?\\s*(5|五)|平分|打平|一样多)",
        "thirty": "(30|三十)",
    }
    hant = {
        "us": "(美國|美)",
        "cn": "(中國|中)",
        "asia": "亞洲",
        "europe": "(歐洲|英國)",
        "japan": "日本",
        "both": "(同時|都|也|兩|既)",
        "only": "(只有|僅|唯一|就只|只係|只是)",
        "unknown": L.notpub,
        "equal": "(一樣|相同|持平|相等|各佔?一半|各(有|佔)?\\s*(5|五)|平分|打平|一樣多)",
        "thirty": "(30|三十)",
    }
    return {"en": en, "hans": hans, "hant": hant, "zh": hans}[L.code][key]


def cities(L, members):
    return [L.city(c) for c in members]


def no_ranks_for(L, members, lst="overall"):
    """No other rank than the published one for each city (none at all for an unranked one)."""
    out = []
    for c in members:
        out += L.wrong_rank(c, pos(c, lst), lst)
    return out


def listed(L, n, first):
    """The count followed by the list it counts ('Five: Boston, ...', '5座：波士顿……')."""
    if L.code == "en":
        return f"{number_word(L, n)}\\s*(?:cities)?\\s*[:—–-]\\s*(?:the\\s+)?{L.city(first)}"
    return f"{number_word(L, n)}\\s*(?:座|个|個)?(?:城市)?\\s*[:：—]\\s*{L.city(first)}"


def count(L, n, noun, ideal, *more, no=(), hi=12, first=None):
    """A count n of NOUN, said as a number near the noun (or before the list of them, from FIRST)."""
    said = near(number_word(L, n), noun, 40)
    if first:
        said = either(said, listed(L, n, first))
    return Chk([said, *more], [*count_guard(L, n, noun, hi), *no], ideal=ideal)


def us_listed_ok(L):
    """The talent guards, except that the five US cities of the overall top 10 may be listed in brackets ('the five
    US cities (Boston, ...) can't be placed'): only 'the five US cities in the talent top 10 are Boston ...' fails."""
    guards = L.talent_guards()
    if L.code != "en":
        return guards
    us = L.us_cities()
    guards = [g for g in guards if not g.startswith("\\b(?:five|5)\\s+(?:US|U\\.S\\.|American)")]
    return [*guards, f"\\b(?:five|5)\\s+(?:US|U\\.S\\.|American)\\s+(?:cities\\s+)?(?:in|of|on)\\s+(?:the\\s+)?talent" f"[^.\\n]{{0,30}}?(?:are|were|:|\\()\\s*{us}\\b"]

# =============================================================================================================
# SETOP
# =============================================================================================================


def both_top3(L):
    """Education top 3 and sci-tech top 3: only Boston."""
    others = ["London", "Hong Kong", "San Francisco", "Beijing"]
    if L.code == "en":
        no = [f"\\b(?:{'|'.join(others)})\\s+(?:is|are)\\s+(?:also\\s+)?(?:in|on)\\s+both",
              f"\\bboth\\s+(?:lists|top 3s|top threes)\\s*(?::|are|include)\\s*(?:{'|'.join(others)})",
              f"^\\W*(?:only\\s+)?Boston\\s*(?:,|and|&)\\s*(?:{'|'.join(others)})\\b"]
    else:
        oz = "|".join(L.name(c) for c in others)
        no = [f"(?:{oz})(?:也|都)?(?:同时|同時)?(?:在|进入|進入|进|進|入选|入選|上|入)(?:了|咗)?(?:两|兩)",
              f"^\\W*(?:只有)?{L.name('Boston')}\\s*(?:和|与|與|、|同|及|跟)\\s*(?:{oz})"]
    ideal = t(
        L,
        "Only Boston: 1st in education and 2nd in sci-tech innovation. London and Hong Kong are only in the "
        "education top 3, San Francisco and Beijing only in the innovation top 3.",
        "只有波士顿：教育排名第1，科技创新排名第2。伦敦和香港只在教育前三，旧金山和北京只在科创前三。",
        "只有波士頓：教育排名第1，科技創新排名第2。倫敦和香港只在教育前三，舊金山和北京只在科創前三。",
    )
    return Chk([L.city("Boston")], no + L.wrong_rank("Boston", 1, "edu") + L.wrong_rank("Boston", 2, "sci"),
               ideal=ideal)


def top10_not_talent(L):
    """Overall top 10 minus talent top 10: London and Tokyo for certain; the five US cities unknown."""
    ideal = t(
        L,
        "For certain: London and Tokyo — neither is in the talent top 10. Beijing, Shanghai and Hong Kong are in "
        "both. The five US cities of the top 10 can't be placed: the talent top 10 has five US cities, but the "
        "report doesn't name them.",
        "确定不在人才发展前十的是伦敦和东京；北京、上海、香港两个榜都在。前十里的5座美国城市无法确定："
        "人才发展前十有5座美国城市，但报告没有点名。",
        "確定不在人才發展前十的是倫敦和東京；北京、上海、香港兩個榜都在。前十裡的5座美國城市無法確定："
        "人才發展前十有5座美國城市，但報告沒有點名。",
    )
    return Chk([L.city("London"), L.city("Tokyo"), L.notpub, either(L.five_us(), W(L, "us"))],
               [*us_listed_ok(L), *L.bare()], ideal=ideal)


def cn_talent_not_top10(L):
    """Chinese talent top-10 cities outside the overall top 10: Shenzhen and Guangzhou."""
    ideal = t(
        L,
        "Shenzhen and Guangzhou: both are in the talent top 10 but not in the published overall top 10 (their "
        "overall ranks weren't published). Beijing, Shanghai and Hong Kong are in both.",
        "深圳和广州：它们在人才发展前十，但不在公布的总榜前十（具体排名未公布）。北京、上海、香港两个榜都在。",
        "深圳和廣州：它們在人才發展前十，但不在公佈的總榜前十（具體排名未公佈）。北京、上海、香港兩個榜都在。",
    )
    return Chk(cities(L, ["Shenzhen", "Guangzhou"]),
               [*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou"), *L.talent_order_guards(),
                *no_ranks_for(L, ["Beijing", "Shanghai", "Hong Kong"])], ideal=ideal)


def groups_both(L):
    """Balanced education group and talent potential group: only Shanghai."""
    others = ["London", "Beijing", "New York", "Shenzhen", "Guangzhou", "Hong Kong"]
    if L.code == "en":
        no = [f"\\b(?:{'|'.join(others)})\\s+(?:is|are)\\s+(?:also\\s+)?(?:in|on|part of)\\s+both",
              f"^\\W*(?:only\\s+)?Shanghai\\s*(?:,|and|&)\\s*(?:{'|'.join(others)})\\b"]
    else:
        oz = "|".join(L.name(c) for c in others)
        no = [f"(?:{oz})(?:也|都)?(?:同时|同時)?(?:在|属于|屬於|是)(?:两|兩)",
              f"^\\W*(?:只有)?{L.name('Shanghai')}\\s*(?:和|与|與|、|同|及|跟)\\s*(?:{oz})"]
    ideal = t(
        L,
        "Only Shanghai is in both: the balanced basic and higher education group (London, Beijing, Shanghai, New "
        "York) and the exceptional talent potential group (Shenzhen, Guangzhou, Hong Kong, Shanghai).",
        "只有上海同时属于两组：教育均衡组（伦敦、北京、上海、纽约）和人才潜力突出组（深圳、广州、香港、上海）。",
        "只有上海同時屬於兩組：教育均衡組（倫敦、北京、上海、紐約）和人才潛力突出組（深圳、廣州、香港、上海）。",
    )
    return Chk([near(L.city("Shanghai"), either(W(L, "only"), W(L, "both")), 40)], no, ideal=ideal)


def groups_union(L):
    """Either group: seven cities."""
    ideal = t(
        L,
        "Seven cities: London, Beijing, Shanghai and New York (balanced basic and higher education) and Shenzhen, "
        "Guangzhou and Hong Kong (exceptional talent potential; Shanghai is in that group too).",
        "共7座：伦敦、北京、上海、纽约（教育均衡）以及深圳、广州、香港（人才潜力突出，上海也在这一组）。",
        "共7座：倫敦、北京、上海、紐約（教育均衡）以及深圳、廣州、香港（人才潛力突出，上海也在這一組）。",
    )
    members = ["London", "Beijing", "Shanghai", "New York", "Shenzhen", "Guangzhou", "Hong Kong"]
    return Chk(cities(L, members), [L.city(c) for c in ("Tokyo", "Seattle", "Los Angeles")], ideal=ideal)


def balanced_talent(L):
    """Balanced group and talent top 10: Beijing and Shanghai yes, London no, New York not known."""
    ideal = t(
        L,
        "Beijing and Shanghai are in both. London is not in the talent top 10. New York can't be settled: the "
        "talent top 10 has five US cities, but the report doesn't name them.",
        "北京和上海两者都在；伦敦不在人才发展前十；纽约无法确定：人才发展前十有5座美国城市，但报告没有点名。",
        "北京和上海兩者都在；倫敦不在人才發展前十；紐約無法確定：人才發展前十有5座美國城市，但報告沒有點名。",
    )
    return Chk([L.city("Beijing"), L.city("Shanghai"), L.city("New York"), L.notpub],
               [*L.talent_guards(), *L.bare()], ideal=ideal)


def edu_talent(L):
    """Education top 3 and talent top 10: Hong Kong yes, London no, Boston unknown."""
    ideal = t(
        L,
        "Hong Kong for certain (3rd in education, and in the talent top 10). London is not in the talent top 10. "
        "Whether Boston is isn't known: the five US cities in the talent top 10 weren't named.",
        "确定的是香港（教育第3，也在人才发展前十）。伦敦不在人才发展前十。波士顿是否在其中无法确定：人才发展前十的5座美国城市没有点名。",
        "確定的是香港（教育第3，也在人才發展前十）。倫敦不在人才發展前十。波士頓是否在其中無法確定：人才發展前十的5座美國城市沒有點名。",
    )
    return Chk([L.city("Hong Kong"), L.city("Boston"), L.notpub],
               [*L.talent_guards(), *L.bare(), *L.wrong_rank("Hong Kong", 3, "edu")], ideal=ideal)


def sci_talent(L):
    """Sci-tech top 3 and talent top 10: Beijing yes; San Francisco and Boston unknown."""
    ideal = t(
        L,
        "Beijing for certain (3rd in innovation, and in the talent top 10). For San Francisco and Boston it isn't "
        "known: the talent top 10 has five US cities, but they weren't named.",
        "确定的是北京（科技创新第3，也在人才发展前十）。旧金山和波士顿无法确定：人才发展前十有5座美国城市，但没有点名。",
        "確定的是北京（科技創新第3，也在人才發展前十）。舊金山和波士頓無法確定：人才發展前十有5座美國城市，但沒有點名。",
    )
    return Chk([L.city("Beijing"), L.city("San Francisco"), L.notpub],
               [*L.talent_guards(), *L.bare()], ideal=ideal)


def top10_and_talent(L):
    """Overall top 10 and talent top 10: Beijing, Shanghai, Hong Kong for certain; US five unknown."""
    ideal = t(
        L,
        "For certain: Beijing, Shanghai and Hong Kong. London and Tokyo are not in the talent top 10. The five US "
        "cities of the top 10 may or may not be: the talent list's five US cities weren't named.",
        "确定的有北京、上海、香港；伦敦和东京不在人才发展前十；前十里的5座美国城市无法确定，因为人才榜的5座美国城市没有点名。",
        "確定的有北京、上海、香港；倫敦和東京不在人才發展前十；前十裡的5座美國城市無法確定，因為人才榜的5座美國城市沒有點名。",
    )
    return Chk([*cities(L, ["Beijing", "Shanghai", "Hong Kong"]), L.notpub],
               [*us_listed_ok(L), *L.bare()], ideal=ideal)


def edu_not_sci(L):
    ideal = t(
        L,
        "London (2nd in education) and Hong Kong (3rd in education) aren't in the sci-tech innovation top 3; Boston "
        "is in both.",
        "伦敦（教育第2）和香港（教育第3）不在科技创新前三；波士顿两个都在。",
        "倫敦（教育第2）和香港（教育第3）不在科技創新前三；波士頓兩個都在。",
    )
    return Chk(cities(L, ["London", "Hong Kong"]),
               [*L.wrong_rank("London", 2, "edu"), *L.wrong_rank("Hong Kong", 3, "edu"), *L.no_rank("London", "sci"),
                *L.no_rank("Hong Kong", "sci")], ideal=ideal)


def sci_not_edu(L):
    ideal = t(
        L,
        "San Francisco (1st in innovation) and Beijing (3rd in innovation) aren't in the education top 3.",
        "旧金山（科创第1）和北京（科创第3）不在教育前三。",
        "舊金山（科創第1）和北京（科創第3）不在教育前三。",
    )
    return Chk(cities(L, ["San Francisco", "Beijing"]),
               [*L.no_rank("San Francisco", "edu"), *L.no_rank("Beijing", "edu"),
                *L.wrong_rank("San Francisco", 1, "sci"), *L.wrong_rank("Beijing", 3, "sci")], ideal=ideal)


def top3_union(L):
    ideal = t(
        L,
        "Five cities: Boston, London and Hong Kong (education top 3) and San Francisco and Beijing (innovation top "
        "3); Boston is in both.",
        "共5座：波士顿、伦敦、香港（教育前三），旧金山、北京（科创前三）；波士顿两个都在。",
        "共5座：波士頓、倫敦、香港（教育前三），舊金山、北京（科創前三）；波士頓兩個都在。",
    )
    return Chk([*cities(L, ["Boston", "London", "Hong Kong", "San Francisco", "Beijing"])],
               [L.city(c) for c in ("Tokyo", "Seattle", "Shanghai", "Shenzhen")], ideal=ideal)


def potential_outside_top10(L):
    ideal = t(
        L,
        "Shenzhen and Guangzhou: they're in the talent potential group but not in the published overall top 10. "
        "Hong Kong (9th) and Shanghai (8th) are in the top 10.",
        "深圳和广州：它们属于人才潜力突出的城市，但不在公布的总榜前十。香港（第9名）和上海（第8名）在前十。",
        "深圳和廣州：它們屬於人才潛力突出的城市，但不在公佈的總榜前十。香港（第9名）和上海（第8名）在前十。",
    )
    return Chk(cities(L, ["Shenzhen", "Guangzhou"]),
               [*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou"), *no_ranks_for(L, ["Hong Kong", "Shanghai"])],
               ideal=ideal)


def balanced_in_top10(L):
    ideal = t(
        L,
        "Yes, all four: Beijing 3rd, London 4th, New York 5th and Shanghai 8th overall.",
        "是的，四座都在：北京第3名、伦敦第4名、纽约第5名、上海第8名。",
        "是的，四座都在：北京第3名、倫敦第4名、紐約第5名、上海第8名。",
    )
    return Chk([L.at("Beijing", 3), L.at("London", 4), L.at("New York", 5), L.at("Shanghai", 8)],
               [*no_ranks_for(L, ["Beijing", "London", "New York", "Shanghai"]), L.bare_no], ideal=ideal)


def in_no_top3(L):
    """Top-10 cities in neither top 3: New York, Los Angeles, Seattle, Shanghai, Tokyo."""
    members = ["New York", "Los Angeles", "Seattle", "Shanghai", "Tokyo"]
    ideal = t(
        L,
        "Five: New York, Los Angeles, Seattle, Shanghai and Tokyo are in the overall top 10 but in neither the "
        "education nor the innovation top 3.",
        "5座：纽约、洛杉矶、西雅图、上海、东京在总榜前十，但既不在教育前三，也不在科创前三。",
        "5座：紐約、洛杉磯、西雅圖、上海、東京在總排名前十，但既不在教育前三，也不在科創前三。",
    )
    no = []
    for c in members:
        no += L.no_rank(c, "edu") + L.no_rank(c, "sci")
    return Chk(cities(L, members), no, ideal=ideal)


def talent_not_potential(L):
    ideal = t(
        L,
        "Of the named members only Beijing: it's in the talent top 10 but not in the talent potential group. The "
        "other five members are US cities the report doesn't name, and none of them is in the potential group.",
        "点名的成员中只有北京：它在人才发展前十，但不属于人才潜力突出的城市。另外5座是报告没有点名的美国城市，也不在潜力组。",
        "點名的成員中只有北京：它在人才發展前十，但不屬於人才潛力突出的城市。另外5座是報告沒有點名的美國城市，也不在潛力組。",
    )
    return Chk([L.city("Beijing"), either(L.five_us(), W(L, "us"))], L.talent_guards(), ideal=ideal)


def all_three(L):
    ideal = t(
        L,
        "Only Boston: 1st overall, 1st in education and 2nd in sci-tech innovation.",
        "只有波士顿：总榜第1名，教育排名第1，科技创新排名第2。",
        "只有波士頓：總排名第1名，教育排名第1，科技創新排名第2。",
    )
    others = ["Beijing", "London", "Hong Kong", "San Francisco"]
    if L.code == "en":
        alt = "|".join(others)
        no = [f"^\\W*(?:only\\s+)?Boston\\s*(?:,|and|&)\\s*(?:{alt})\\b",
              f"\\b(?:{alt})\\s+(?:is|are)\\s+(?:also\\s+)?(?:in|on)\\s+(?:all\\s+)?(?:three|3|every)"]
    else:
        oz = "|".join(L.name(c) for c in others)
        no = [f"^\\W*(?:只有)?{L.name('Boston')}\\s*(?:和|与|與|、|同|及)\\s*(?:{oz})",
              f"(?:{oz})(?:也|都)?(?:在|进了|進了|上了)?(?:三|3)(?:个|個)?(?:榜)?(?:都|全)"]
    return Chk([L.city("Boston")],
               [*no, *L.wrong_rank("Boston", 1), *L.wrong_rank("Boston", 1, "edu"), *L.wrong_rank("Boston", 2, "sci")],
               ideal=ideal)


def exactly_one_top3(L):
    members = ["London", "Hong Kong", "San Francisco", "Beijing"]
    ideal = t(
        L,
        "Four: London and Hong Kong (education only), San Francisco and Beijing (innovation only). Boston is in "
        "both.",
        "4座：伦敦和香港（只在教育前三），旧金山和北京（只在科创前三）。波士顿两个都在。",
        "4座：倫敦和香港（只在教育前三），舊金山和北京（只在科創前三）。波士頓兩個都在。",
    )
    return Chk(cities(L, members), [L.city(c) for c in ("Tokyo", "Seattle", "Shanghai")], ideal=ideal)


def potential_in_talent(L):
    ideal = t(
        L,
        "All four: Shenzhen, Guangzhou, Hong Kong and Shanghai are all in the talent top 10 too (no order was "
        "published for it).",
        "四座都在：深圳、广州、香港、上海都在人才发展前十（该榜未公布排序）。",
        "四座都在：深圳、廣州、香港、上海都在人才發展前十（該榜未公佈排序）。",
    )
    return Chk([*cities(L, POTENTIAL), mention(L, "talent")], [*L.talent_order_guards(), L.bare_no], ideal=ideal)


def balanced_not_top10(L):
    ideal = t(
        L,
        "None: all four balanced-education cities are in the overall top 10 — Beijing 3rd, London 4th, New York "
        "5th, Shanghai 8th.",
        "没有：教育均衡的四座城市都在总榜前十——北京第3名、伦敦第4名、纽约第5名、上海第8名。",
        "沒有：教育均衡的四座城市都在總排名前十——北京第3名、倫敦第4名、紐約第5名、上海第8名。",
    )
    return Chk([L.neg, L.at("Beijing", 3), L.at("Shanghai", 8)],
               no_ranks_for(L, ["Beijing", "London", "New York", "Shanghai"]), ideal=ideal)


def chinese_top10_not_edu(L):
    ideal = t(
        L,
        "Beijing (3rd) and Shanghai (8th) are in the overall top 10 but not in the education top 3; Hong Kong is in "
        "both (9th overall, 3rd in education).",
        "北京（第3名）和上海（第8名）在总榜前十但不在教育前三；香港两个都在（总榜第9名，教育第3）。",
        "北京（第3名）和上海（第8名）在總排名前十但不在教育前三；香港兩個都在（總排名第9名，教育第3）。",
    )
    return Chk([*cities(L, ["Beijing", "Shanghai"]),
                either(L.outside("Beijing", "edu"), L.outside("Shanghai", "edu"))],
               [*L.no_rank("Beijing", "edu"), *L.no_rank("Shanghai", "edu"),
                *no_ranks_for(L, ["Beijing", "Shanghai"])], ideal=ideal)


def us_talent_top10_unknown(L):
    ideal = t(
        L,
        "That isn't known: the talent top 10 has five US cities, but the report doesn't name them, so it can't be "
        "said which of Boston, San Francisco, New York, Los Angeles and Seattle are among them.",
        "无法确定：人才发展前十有5座美国城市，但报告没有点名，所以不知道波士顿、旧金山、纽约、洛杉矶、西雅图中哪些在其中。",
        "無法確定：人才發展前十有5座美國城市，但報告沒有點名，所以不知道波士頓、舊金山、紐約、洛杉磯、西雅圖中哪些在其中。",
    )
    return Chk([L.notpub, L.five_us()], [*L.talent_guards(), *L.bare()], ideal=ideal)


# --- English setop ---
SET_EN = [
    ("which cities made the top 3 for both edu and innov", both_top3, ""),
    ("any city thats top three in education AND in sci-tech?", both_top3, ""),
    ("overall top 10 cities that didnt make the talent top ten", top10_not_talent, "unpublished"),
    ("who's in the main top 10 but missing from talent dev top 10", top10_not_talent, "unpublished"),
    ("chinese cities in the talent list that aren't in the overall top 10", cn_talent_not_top10, ""),
    ("which chinese talent top-10 cities miss out on the overall ranking", cn_talent_not_top10, ""),
    ("cities in both the balanced education group and the talent potential group?", groups_both, ""),
    ("overlap between balanced-edu cities and exceptional talent potential cities", groups_both, ""),
    ("list every city in either of the two groups (balanced edu / talent potential)", groups_union, ""),
    ("which of the balanced education cities are also talent top 10", balanced_talent, "unpublished"),
    ("edu top 3 ∩ talent top 10 = ?", edu_talent, "unpublished"),
    ("innovation top 3 cities that are also in the talent top ten", sci_talent, "unpublished"),
    ("which top-10 cities also appear in talent development top 10", top10_and_talent, "unpublished"),
    ("in edu top 3 but not in innov top 3", edu_not_sci, ""),
    ("who is top 3 in sci tech but not top 3 in education", sci_not_edu, ""),
    ("all cities that appear in at least one of the two top-3 lists", top3_union, ""),
    ("talent-potential cities that don't show up in the overall top 10", potential_outside_top10, ""),
    ("top 10 cities that aren't in either top 3", in_no_top3, ""),
    ("@citybot who is in all three: overall top 10, edu top 3 and innovation top 3", all_three, "group_chat"),
    ("cities that are in exactly one of the two top-3 lists", exactly_one_top3, ""),
    ("which of the US cities in the top 10 are also talent top 10? all of them?", us_talent_top10_unknown,
     "unpublished"),
]
for q, fn, tg in SET_EN:
    add(q, fn, tags=("setop " + tg).strip())

# --- simplified setop ---
SET_HANS = [
    ("教育和科创都进了前三的城市有哪些", both_top3, ""),
    ("总榜前十里哪些城市没进人才发展前十", top10_not_talent, "unpublished"),
    ("进了人才前十却没进总榜前十的中国城市", cn_talent_not_top10, ""),
    ("同时属于教育均衡组和人才潜力组的城市是哪个", groups_both, ""),
    ("两个组加起来一共有哪些城市（教育均衡和人才潜力）", groups_union, ""),
    ("教育前三里哪些城市也进了人才前十", edu_talent, "unpublished"),
    ("科创前三和人才前十的交集", sci_talent, "unpublished"),
    ("教育前三有但科创前三没有的城市", edu_not_sci, ""),
    ("人才潜力突出的城市里，哪些没进综合前十", potential_outside_top10, ""),
    ("人才前十里不属于潜力组的有谁", talent_not_potential, "unpublished"),
    ("总榜、教育、科创三个榜都上了的城市", all_three, ""),
    ("总榜前十的中国城市里，哪些不在教育前三", chinese_top10_not_edu, ""),
]
for q, fn, tg in SET_HANS:
    add(q, fn, tags=("setop " + tg).strip(), script="hans")

# --- traditional setop ---
SET_HANT = [
    ("教育同科創都入咗前三嘅係邊個", both_top3, ""),
    ("總排名前十有邊啲唔喺人才發展前十", top10_not_talent, "unpublished"),
    ("人才前十入面嘅中國城市，邊啲冇入總榜前十", cn_talent_not_top10, ""),
    ("教育均衡組和人才潛力組都有的城市是哪個", groups_both, ""),
    ("科創前三但不在教育前三的城市有哪些", sci_not_edu, ""),
    ("教育均衡嗰四個城市，邊啲都喺人才前十", balanced_talent, "unpublished"),
    ("總排名前十同人才前十都有嘅城市", top10_and_talent, "unpublished"),
    ("教育均衡組有冇城市唔喺總榜前十", balanced_not_top10, ""),
    ("只出現在其中一個前三榜單的城市", exactly_one_top3, ""),
]
for q, fn, tg in SET_HANT:
    add(q, fn, tags=("setop " + tg).strip(), script="hant")

# =============================================================================================================
# AGGREGATE
# =============================================================================================================


def n_us_top10(L):
    ideal = t(
        L,
        "Five of the top 10 are US cities: Boston (1st), San Francisco (2nd), New York (5th), Los Angeles (6th) and "
        "Seattle (7th).",
        "前十中有5座美国城市：波士顿（第1）、旧金山（第2）、纽约（第5）、洛杉矶（第6）、西雅图（第7）。",
        "前十中有5座美國城市：波士頓（第1）、舊金山（第2）、紐約（第5）、洛杉磯（第6）、西雅圖（第7）。",
    )
    return count(L, 5, W(L, "us"), ideal, no=no_ranks_for(L, US), first="Boston")


def n_cn_top10(L):
    ideal = t(
        L,
        "Three Chinese cities: Beijing (3rd), Shanghai (8th) and Hong Kong (9th). Shenzhen and Guangzhou aren't in "
        "the top 10.",
        "3座中国城市：北京（第3）、上海（第8）、香港（第9）。深圳和广州不在前十。",
        "3座中國城市：北京（第3）、上海（第8）、香港（第9）。深圳和廣州不在前十。",
    )
    return count(L, 3, W(L, "cn"), ideal, L.city("Hong Kong"), first="Beijing",
                 no=[*no_ranks_for(L, ["Beijing", "Shanghai", "Hong Kong"]), *L.no_rank("Shenzhen"),
                     *L.no_rank("Guangzhou")])


def share_asia(L):
    ideal = t(
        L,
        "40% — four of the ten: Beijing, Shanghai, Hong Kong and Tokyo.",
        "40%：十座中有4座是亚洲城市——北京、上海、香港、东京。",
        "40%：十座中有4座是亞洲城市——北京、上海、香港、東京。",
    )
    if L.code == "en":
        share = "(40\\s*%|40 ?per ?cent|forty per|\\b(4|four)\\s*(/|out of|of)\\s*(the\\s+)?(10|ten)\\b|two.fifths|2/5)"
        no = ["(?<![\\d.])(10|20|30|50|60|70|80|90)\\s*%\\s+(are\\s+|is\\s+)?(asian|from asia|in asia)"]
    else:
        share = "(40\\s*%|百分之四十|四成|(4|四)\\s*(/|座|个|個)|十分之四|五分之二)"
        no = [f"{W(L, 'asia')}[^。\\n]{{0,8}}(?<![\\d.])(10|20|30|50|60|70|80|90)\\s*%"]
    return Chk([share, *cities(L, ["Beijing", "Tokyo"])], no + count_guard(L, 4, W(L, "asia")), ideal=ideal)


def share_us(L):
    ideal = t(
        L,
        "Half: 5 of the 10 (50%) are US cities — Boston, San Francisco, New York, Los Angeles and Seattle.",
        "一半：前十中有5座（50%）是美国城市——波士顿、旧金山、纽约、洛杉矶、西雅图。",
        "一半：前十中有5座（50%）是美國城市——波士頓、舊金山、紐約、洛杉磯、西雅圖。",
    )
    share = ("(50\\s*%|50 ?per ?cent|fifty per|\\bhalf\\b|\\b(5|five)\\s*(/|out of|of)\\s*(the\\s+)?(10|ten)\\b)"
             if L.code == "en" else "(50\\s*%|百分之五十|一半|五成|(5|五)\\s*(/|座|个|個)|十分之五)")
    return Chk([share], count_guard(L, 5, W(L, "us")), ideal=ideal)


def share_cn(L):
    ideal = t(
        L,
        "30% of the top 10: three Chinese cities — Beijing, Shanghai and Hong Kong.",
        "前十中30%是中国城市：北京、上海、香港，共3座。",
        "前十中30%是中國城市：北京、上海、香港，共3座。",
    )
    share = ("(30\\s*%|30 ?per ?cent|thirty per|\\b(3|three)\\s*(/|out of|of)\\s*(the\\s+)?(10|ten)\\b)"
             if L.code == "en" else "(30\\s*%|百分之三十|三成|(3|三)\\s*(/|座|个|個)|十分之三)")
    return Chk([share, L.city("Hong Kong")], count_guard(L, 3, W(L, "cn")), ideal=ideal)


def countries_top10(L):
    ideal = t(
        L,
        "Four countries: the United States (5 cities), China (3, counting Hong Kong), the United Kingdom (London) "
        "and Japan (Tokyo).",
        "4个国家：美国（5座）、中国（3座，含香港）、英国（伦敦）和日本（东京）。",
        "4個國家：美國（5座）、中國（3座，含香港）、英國（倫敦）和日本（東京）。",
    )
    uk = "(UK\\b|United Kingdom|Britain|England|British)" if L.code == "en" else t(L, "", "英国", "英國")
    return Chk([W(L, "us"), W(L, "cn"), uk, W(L, "japan")],
               [t(L, "\\b(Germany|France|Singapore|Korea|Canada|India)\\b", "(德国|法国|新加坡|韩国|加拿大|印度)",
                  "(德國|法國|新加坡|韓國|加拿大|印度)")], ideal=ideal)


def n_countries(L):
    ck = countries_top10(L)
    word = "(countr|nation)" if L.code == "en" else t(L, "", "(国家|个国)", "(國家|個國)")
    ck.must.append(near(number_word(L, 4), word, 30))
    ck.no += count_guard(L, 4, word if L.code != "en" else "(countries|nations)")
    return ck


def continent(L):
    ideal = t(
        L,
        "North America: five of the top 10 are US cities. Asia has four (Beijing, Shanghai, Hong Kong, Tokyo) and "
        "Europe one (London).",
        "北美：前十中有5座美国城市；亚洲4座（北京、上海、香港、东京），欧洲1座（伦敦）。",
        "北美：前十中有5座美國城市；亞洲4座（北京、上海、香港、東京），歐洲1座（倫敦）。",
    )
    na = "(North America|\\bUS\\b|U\\.S\\.|American|United States)" if L.code == "en" else t(
        L, "", "(北美|美国)", "(北美|美國)")
    return Chk([na, near(number_word(L, 5), na, 40)],
               [*count_guard(L, 4, W(L, "asia") if L.zh else "(Asian)"),
                t(L, "\\b(Asia|Europe)\\s+(dominates|leads|has the most)", "(亚洲|欧洲)(占优|最多|主导|领先)",
                  "(亞洲|歐洲)(佔優|最多|主導|領先)")], ideal=ideal)


def avg_us(L):
    ideal = t(
        L,
        "4.2: the US cities are 1st, 2nd, 5th, 6th and 7th, so (1+2+5+6+7)/5 = 4.2.",
        "平均4.2名：美国城市分别是第1、2、5、6、7名，(1+2+5+6+7)/5 = 4.2。",
        "平均4.2名：美國城市分別是第1、2、5、6、7名，(1+2+5+6+7)/5 = 4.2。",
    )
    return Chk(["(?<![\\d.])4\\.2(?!\\d)"], ["(?<![\\d.])(4\\.[013-9]|3\\.\\d|5\\.\\d)(?!\\d)\\b(?!\\s*%)"],
               ideal=ideal)


def avg_cn(L):
    ideal = t(
        L,
        "About 6.7, counting the three Chinese cities in the top 10: Beijing 3rd, Shanghai 8th, Hong Kong 9th "
        "(20/3). Shenzhen and Guangzhou can't be counted: their overall ranks weren't published.",
        "按前十里的3座中国城市算约为6.7：北京第3、上海第8、香港第9（20/3）。深圳和广州的总排名未公布，无法计入。",
        "按前十裡的3座中國城市算約為6.7：北京第3、上海第8、香港第9（20/3）。深圳和廣州的總排名未公佈，無法計入。",
    )
    return Chk(["(6\\.67?|6\\.6+7?|20\\s*/\\s*3|6⅔)", L.notpub, either(L.city("Shenzhen"), L.city("Guangzhou"))],
               [*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou")], ideal=ideal)


def avg_asia(L):
    ideal = t(
        L,
        "7.5: Beijing 3rd, Shanghai 8th, Hong Kong 9th and Tokyo 10th — 30/4 = 7.5 (for the Asian cities in the "
        "published top 10).",
        "7.5：北京第3、上海第8、香港第9、东京第10，30/4 = 7.5（按公布的前十计算）。",
        "7.5：北京第3、上海第8、香港第9、東京第10，30/4 = 7.5（按公佈的前十計算）。",
    )
    return Chk(["(?<![\\d.])7\\.5(?!\\d)"], ["(?<![\\d.])(7\\.[0-46-9]|6\\.\\d|8\\.\\d)(?!\\d)"], ideal=ideal)


def avg_balanced(L):
    ideal = t(
        L,
        "5: London 4th, Beijing 3rd, Shanghai 8th and New York 5th — 20/4 = 5.",
        "平均第5名：伦敦第4、北京第3、上海第8、纽约第5，20/4 = 5。",
        "平均第5名：倫敦第4、北京第3、上海第8、紐約第5，20/4 = 5。",
    )
    return Chk(["(20\\s*/\\s*4|(?<![\\d.])5(\\.0)?(?![\\d.])|\\bfive\\b)", L.at("Shanghai", 8)],
               ["(?<![\\d.])(4\\.\\d|5\\.[1-9]|6\\.\\d)(?!\\d)"], ideal=ideal)


def avg_potential(L):
    ideal = t(
        L,
        "It can't be worked out: Shenzhen and Guangzhou have no published overall rank. Of the four, only Shanghai "
        "(8th) and Hong Kong (9th) are in the top 10.",
        "无法计算：深圳和广州的总排名未公布；四座城市中只有上海（第8名）和香港（第9名）在前十。",
        "無法計算：深圳和廣州的總排名未公佈；四座城市中只有上海（第8名）和香港（第9名）在前十。",
    )
    return Chk([L.notpub, either(L.city("Shenzhen"), L.city("Guangzhou"))],
               [*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou"), *L.bare(),
                "(?<![\\d.])(8\\.5|6\\.\\d|7\\.\\d|9\\.\\d)(?!\\d)"], ideal=ideal)


def talent_us_vs_cn(L):
    ideal = t(
        L,
        "Neither: the talent top 10 is split evenly — five US cities (not named) and five Chinese cities (Beijing, "
        "Shenzhen, Hong Kong, Guangzhou, Shanghai).",
        "一样多：人才发展前十是5座美国城市（未点名）和5座中国城市（北京、深圳、香港、广州、上海）。",
        "一樣多：人才發展前十是5座美國城市（未點名）和5座中國城市（北京、深圳、香港、廣州、上海）。",
    )
    return Chk([either(W(L, "equal"), near(number_word(L, 5), W(L, "us"), 20),
                       t(L, "\\b(5|five)\\s*(and|&|vs\\.?|to|-|:|/)\\s*(5|five)\\b", "(5|五)\\s*(比|对|:|：)\\s*(5|五)",
                         "(5|五)\\s*(比|對|:|：)\\s*(5|五)"))],
               [*L.talent_guards(), *count_guard(L, 5, W(L, "us")), *count_guard(L, 5, W(L, "cn")),
                t(L, "\\bmore\\s+(US|American|Chinese)\\s+(cities\\s+)?(than|in)", "(美国|中国)(城市)?(更多|比较多|多一些)",
                  "(美國|中國)(城市)?(更多|比較多|多一些)")], ideal=ideal)


def top10_us_vs_cn(L):
    ideal = t(
        L,
        "More US cities: five (Boston, San Francisco, New York, Los Angeles, Seattle) against three Chinese ones "
        "(Beijing, Shanghai, Hong Kong).",
        "美国城市更多：5座（波士顿、旧金山、纽约、洛杉矶、西雅图），中国城市3座（北京、上海、香港）。",
        "美國城市更多：5座（波士頓、舊金山、紐約、洛杉磯、西雅圖），中國城市3座（北京、上海、香港）。",
    )
    return Chk([near(number_word(L, 5), W(L, "us"), 40), near(number_word(L, 3), W(L, "cn"), 40)],
               [*count_guard(L, 5, W(L, "us")), *count_guard(L, 3, W(L, "cn"))], ideal=ideal)


def n_cn_talent(L):
    ideal = t(
        L,
        "Five: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai (the other five are unnamed US cities).",
        "5座：北京、深圳、香港、广州、上海（另外5座是未点名的美国城市）。",
        "5座：北京、深圳、香港、廣州、上海（另外5座是未點名的美國城市）。",
    )
    return Chk([near(number_word(L, 5), either(W(L, "cn"), L.city("Beijing")), 40), L.city("Shenzhen")],
               [*count_guard(L, 5, W(L, "cn")), *L.talent_order_guards()], ideal=ideal)


def n_named(L):
    ideal = t(
        L,
        "12 cities are named: the ten of the overall top 10 plus Shenzhen and Guangzhou (from the talent lists). "
        "The other 18 of the 30 weren't published.",
        "共点名了12座城市：总榜前十的10座，加上深圳和广州（出现在人才相关名单中）；30座中其余18座未公布。",
        "共點名了12座城市：總排名前十的10座，加上深圳和廣州（出現在人才相關名單中）；30座中其餘18座未公佈。",
    )
    return Chk(["(?<![\\d.])12(?![\\d.])|twelve|十二", either(L.city("Shenzhen"), L.city("Guangzhou"))],
               [t(L, "\\b(11|13|14|15)\\s+(cities|named)", "(?<![\\d第])(11|13|14|15)\\s*(座|个)", "(?<![\\d第])(11|13|14|15)\\s*(座|個)")],
               ideal=ideal)


def of_thirty(L, what_en, what_hans, what_hant, noun):
    """A count or share of all 30 cities: not published."""
    ideal = t(
        L,
        f"That can't be said: the report evaluated 30 cities but didn't publish the full list, so the number of "
        f"{what_en} among them isn't known. In the published top 10 there are "
        + {"cn": "three Chinese cities (Beijing, Shanghai, Hong Kong).",
           "us": "five US cities.",
           "asia": "four Asian cities (Beijing, Shanghai, Hong Kong, Tokyo).",
           "europe": "one European city (London)."}[noun],
        f"无法回答：报告评估了30座城市，但没有公布完整名单，所以不知道其中{what_hans}有多少。公布的前十里有"
        + {"cn": "3座中国城市（北京、上海、香港）。", "us": "5座美国城市。", "asia": "4座亚洲城市（北京、上海、香港、东京）。",
           "europe": "1座欧洲城市（伦敦）。"}[noun],
        f"無法回答：報告評估了30座城市，但沒有公佈完整名單，所以不知道其中{what_hant}有多少。公佈的前十裡有"
        + {"cn": "3座中國城市（北京、上海、香港）。", "us": "5座美國城市。", "asia": "4座亞洲城市（北京、上海、香港、東京）。",
           "europe": "1座歐洲城市（倫敦）。"}[noun],
    )
    nw = W(L, noun)
    if L.code == "en":
        no = [
            "(?<![\\w.])(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\\s+of\\s+(the\\s+|"
            f"all\\s+)?(30|thirty)(\\s+cities)?\\s+(are|were|is|come|came)\\s+(from\\s+|in\\s+)?(the\\s+)?{nw}",
            f"{nw}\\s+(cities\\s+)?(make up|account for|are|were|represent)\\s+(about\\s+|around\\s+|roughly\\s+)?"
            "\\d+(\\.\\d+)?\\s*%\\s+of\\s+(the\\s+|all\\s+)?(30|thirty)",
            "(?<![\\d.])\\d+(\\.\\d+)?\\s*%\\s+of\\s+(the\\s+|all\\s+)?(30|thirty)",
        ]
    else:
        no = [
            f"(30|三十)\\s*(座|个|個)(城市)?(中|里|裡|当中|當中)[^。，\\n]{{0,6}}(有|是)\\s*(\\d+|[一二三四五六七八九十]+)\\s*(座|个|個)?{nw}",
            f"{nw}(城市)?(占|佔)(了)?(30|三十)(座|个|個)?(城市)?(中|里|裡)?(的)?\\s*(\\d+|百分之)",
        ]
    return Chk([L.notpub, W(L, "thirty")], [*no, *L.bare()], ideal=ideal)


def edu_by_country(L):
    ideal = t(
        L,
        "One each: Boston (US), London (UK) and Hong Kong (China) — three countries, one city apiece.",
        "各1座：波士顿（美国）、伦敦（英国）、香港（中国），三个国家各占一席。",
        "各1座：波士頓（美國）、倫敦（英國）、香港（中國），三個國家各佔一席。",
    )
    return Chk([*cities(L, EDU), W(L, "cn"), W(L, "us")],
               [*count_guard(L, 1, W(L, "us"), hi=3), *count_guard(L, 1, W(L, "cn"), hi=3),
                *no_ranks_for(L, EDU, "edu")], ideal=ideal)


def n_us_sci(L):
    ideal = t(
        L,
        "Two of the three: San Francisco (1st) and Boston (2nd). The third is Beijing.",
        "3座中有2座美国城市：旧金山（第1）和波士顿（第2），第3是北京。",
        "3座中有2座美國城市：舊金山（第1）和波士頓（第2），第3是北京。",
    )
    return Chk([either(near(number_word(L, 2), W(L, "us"), 40), near(number_word(L, 2), L.city("San Francisco"), 15)),
                L.city("San Francisco"), L.city("Boston")],
               [*count_guard(L, 2, W(L, "us"), hi=3), *no_ranks_for(L, SCI, "sci")], ideal=ideal)


def n_us_top5(L):
    ideal = t(
        L,
        "Three of the top 5: Boston (1st), San Francisco (2nd) and New York (5th).",
        "前五里有3座美国城市：波士顿（第1）、旧金山（第2）、纽约（第5）。",
        "前五裡有3座美國城市：波士頓（第1）、舊金山（第2）、紐約（第5）。",
    )
    return Chk([near(number_word(L, 3), either(W(L, "us"), L.city("Boston")), 40), L.city("New York")],
               [*count_guard(L, 3, W(L, "us"), hi=5), *no_ranks_for(L, ["Boston", "San Francisco", "New York"]),
                L.city("Los Angeles"), L.city("Seattle")], ideal=ideal)


def n_group(L, grp):
    members = BALANCED if grp == "balanced" else POTENTIAL
    ideal = t(
        L,
        f"Four: {', '.join(members[:-1])} and {members[-1]}.",
        "4座：" + "、".join(L.name(c) for c in members) + "。",
        "4座：" + "、".join(L.name(c) for c in members) + "。",
    )
    return Chk([either(number_word(L, 4), near(number_word(L, 4), L.city(members[0]), 10)), *cities(L, members)],
               count_guard(L, 4, "(cities)" if L.code == "en" else "(城市)", hi=8), ideal=ideal)


def frac_asia_edu(L):
    ideal = t(
        L,
        "One of the three: Hong Kong (3rd). Boston and London aren't Asian.",
        "三座中有1座：香港（第3名）。波士顿和伦敦不是亚洲城市。",
        "三座中有1座：香港（第3名）。波士頓和倫敦不是亞洲城市。",
    )
    frac = ("(\\bone\\b|\\b1\\b|a third|one.third|1/3|33)" if L.code == "en"
            else "((?<![\\d第])1(?![\\d])|一座|一个|一個|三分之一|1/3|33)")
    return Chk([frac, L.city("Hong Kong")], [*L.wrong_rank("Hong Kong", 3, "edu")], ideal=ideal)


def n_cn_named(L):
    ideal = t(
        L,
        "Five Chinese cities are named: Beijing, Shanghai and Hong Kong (all in the top 10) and Shenzhen and "
        "Guangzhou (talent lists only).",
        "报告点名了5座中国城市：北京、上海、香港（都在前十），以及深圳、广州（只出现在人才相关名单）。",
        "報告點名了5座中國城市：北京、上海、香港（都在前十），以及深圳、廣州（只出現在人才相關名單）。",
    )
    return Chk([near(number_word(L, 5), W(L, "cn"), 30), *cities(L, ["Shenzhen", "Guangzhou"])],
               [*count_guard(L, 5, W(L, "cn")), *L.no_rank("Shenzhen"), *L.no_rank("Guangzhou")], ideal=ideal)


AGG_EN = [
    ("how many american cities r in the top ten", n_us_top10, ""),
    ("count of US cities in the top 10?", n_us_top10, ""),
    ("number of chinese cities in the top 10 (does hk count?)", n_cn_top10, ""),
    ("what percent of the top 10 is in asia", share_asia, ""),
    ("share of american cities in the overall top ten", share_us, ""),
    ("chinese share of the top 10 as a percentage", share_cn, ""),
    ("what countries are the top 10 cities from", countries_top10, ""),
    ("how many different countries in the top ten", n_countries, ""),
    ("which continent has the most cities in the top 10", continent, ""),
    ("avg overall rank of the american cities?", avg_us, ""),
    ("mean ranking of the chinese cities", avg_cn, "unpublished"),
    ("average position of the asian cities in the top ten", avg_asia, ""),
    ("talent top 10: more us cities or more chinese?", talent_us_vs_cn, ""),
    ("in the overall top 10 are there more american or chinese cities", top10_us_vs_cn, ""),
    ("how many chinese cities in talent development top 10", n_cn_talent, ""),
    ("how many cities does the report actually name", n_named, ""),
    ("what % of all thirty cities is chinese", lambda L: of_thirty(L, "Chinese cities", "中国城市", "中國城市", "cn"),
     "unpublished"),
    ("of all 30 evaluated, how many are american", lambda L: of_thirty(L, "US cities", "美国城市", "美國城市", "us"),
     "unpublished"),
    ("@citybot how many of the 30 cities are in asia", lambda L: of_thirty(L, "Asian cities", "亚洲城市", "亞洲城市", "asia"),
     "unpublished group_chat"),
    ("edu top 3 broken down by country", edu_by_country, ""),
    ("how many US cities in the innov top 3", n_us_sci, ""),
    ("how many of the top five are american", n_us_top5, ""),
    ("average rank of the balanced-education cities", avg_balanced, ""),
]
for q, fn, tg in AGG_EN:
    add(q, fn, tags=("aggregate " + tg).strip())

AGG_HANS = [
    ("前十名里美国城市占几个", n_us_top10, ""),
    ("前十里亚洲城市占百分之多少", share_asia, ""),
    ("总榜前十来自哪几个国家", countries_top10, ""),
    ("前十名里哪个洲的城市最多", continent, ""),
    ("几个美国城市平均下来排第几", avg_us, ""),
    ("人才榜前十，中美两国谁的城市多", talent_us_vs_cn, ""),
    ("30个城市里中国城市占多少比例", lambda L: of_thirty(L, "Chinese cities", "中国城市", "中国城市", "cn"), "unpublished"),
    ("人才潜力突出的几个城市平均排名多少", avg_potential, "unpublished"),
    ("报告一共点名了几个中国城市", n_cn_named, ""),
    ("科创前三里有几个美国城市", n_us_sci, ""),
    ("教育均衡组有几个城市", lambda L: n_group(L, "balanced"), ""),
    ("前十的亚洲城市平均排第几", avg_asia, ""),
]
for q, fn, tg in AGG_HANS:
    add(q, fn, tags=("aggregate " + tg).strip(), script="hans")

AGG_HANT = [
    ("前十名入面有幾多個中國城市", n_cn_top10, ""),
    ("美國城市佔前十幾多成", share_us, ""),
    ("前十嘅城市分別嚟自幾多個國家", n_countries, ""),
    ("幾個中國城市平均落嚟排第幾", avg_cn, "unpublished"),
    ("總榜前十，美國城市同中國城市邊個多", top10_us_vs_cn, ""),
    ("30個城市裡面有幾多個美國城市", lambda L: of_thirty(L, "US cities", "美国城市", "美國城市", "us"), "unpublished"),
    ("教育前三裡亞洲城市佔幾分之幾", frac_asia_edu, ""),
    ("人才潛力突出的城市有幾個", lambda L: n_group(L, "potential"), ""),
    ("報告總共點名了幾多個城市", n_named, ""),
    ("歐洲城市佔全部30個城市的比例是多少", lambda L: of_thirty(L, "European cities", "欧洲城市", "歐洲城市", "europe"),
     "unpublished"),
]
for q, fn, tg in AGG_HANT:
    add(q, fn, tags=("aggregate " + tg).strip(), script="hant")

# =============================================================================================================
# YESNO
# =============================================================================================================
from specs._facts import compare, wrong_way  # noqa: E402


def yn_boston_leads_sci(L):
    return no_because(
        L,
        t(L, "No — San Francisco leads sci-tech innovation; Boston is 2nd there (it is 1st overall).",
          "不是，科技创新排名第1的是旧金山，波士顿科技创新排名第2（总榜第1）。",
          "不是，科技創新排名第1的是舊金山，波士頓科技創新排名第2（總排名第1）。"),
        L.city("San Francisco"), L.at("Boston", 2),
        no=[*L.wrong_rank("Boston", 2, "sci"), *L.wrong_rank("San Francisco", 1, "sci")])


def yn_edu_all_top10(L):
    return yes_because(
        L,
        t(L, "Yes — all three are: Boston 1st, London 4th and Hong Kong 9th overall.",
          "是的，三座都在：波士顿第1名、伦敦第4名、香港第9名。",
          "是的，三座都在：波士頓第1名、倫敦第4名、香港第9名。"),
        L.city("London"), L.city("Hong Kong"),
        no=no_ranks_for(L, EDU))


def yn_boston_every(L):
    return no_because(
        L,
        t(L, "No — Boston is 1st overall and 1st in education, but San Francisco is 1st in sci-tech innovation "
             "(Boston 2nd), and the talent top 10 has no published order.",
          "不是，波士顿总榜和教育都是第1，但科技创新第1是旧金山（波士顿第2），人才发展前十也没有公布排序。",
          "不是，波士頓總排名和教育都是第1，但科技創新第1是舊金山（波士頓第2），人才發展前十也沒有公佈排序。"),
        L.city("San Francisco"), mention(L, "sci"),
        no=[*L.wrong_rank("Boston", 2, "sci"), *L.talent_order_guards()])


def yn_lower_higher(lo, hi):
    def make(L):
        nlo, nhi = pos(lo), pos(hi)
        return no_because(
            L,
            t(L, f"No — {hi} is {nhi}th and {lo} {nlo}th, so {hi} is higher.",
              f"不是，{L.name(hi)}第{nhi}名，{L.name(lo)}第{nlo}名，{L.name(hi)}更靠前。",
              f"不是，{L.name(hi)}第{nhi}名，{L.name(lo)}第{nlo}名，{L.name(hi)}更靠前。"),
            L.at(hi, nhi), L.at(lo, nlo),
            no=[wrong_way(L, lo, hi), *L.wrong_rank(lo, nlo), *L.wrong_rank(hi, nhi)])
    return make


def yn_all_potential_talent(L):
    return yes_because(
        L,
        t(L, "Yes — Shenzhen, Guangzhou, Hong Kong and Shanghai are all in the talent top 10 (which has no published "
             "order).",
          "是的，深圳、广州、香港、上海都在人才发展前十（该榜没有公布排序）。",
          "是的，深圳、廣州、香港、上海都在人才發展前十（該榜沒有公佈排序）。"),
        mention(L, "talent"), L.city("Guangzhou"),
        no=L.talent_order_guards())


def yn_sci_all_us(L):
    return no_because(
        L,
        t(L, "No — San Francisco and Boston are American, but the third, Beijing, is Chinese.",
          "不是，旧金山和波士顿是美国城市，但第3名北京是中国城市。",
          "不是，舊金山和波士頓是美國城市，但第3名北京是中國城市。"),
        L.city("Beijing"),
        no=L.wrong_rank("Beijing", 3, "sci"))


def yn_more_us_top10(L):
    ck = top10_us_vs_cn(L)
    return yes_because(
        L,
        t(L, "Yes — five US cities against three Chinese ones (Beijing, Shanghai, Hong Kong).",
          "是的，美国城市5座，中国城市3座（北京、上海、香港）。",
          "是的，美國城市5座，中國城市3座（北京、上海、香港）。"),
        *ck.must, no=ck.no)


def yn_more_cn_talent(L):
    ck = talent_us_vs_cn(L)
    return no_because(
        L,
        t(L, "No — it's even: five Chinese cities and five US cities (the US ones aren't named).",
          "不是，一样多：5座中国城市和5座美国城市（美国城市未点名）。",
          "不是，一樣多：5座中國城市和5座美國城市（美國城市未點名）。"),
        *ck.must, no=ck.no)


def yn_sz_vs_gz(L):
    return cannot_say(
        L,
        t(L, "Can't say: neither Shenzhen nor Guangzhou is in the published top 10, and their overall ranks weren't "
             "published.",
          "无法判断：深圳和广州都不在公布的总榜前十，具体排名都未公布。",
          "無法判斷：深圳和廣州都不在公佈的總榜前十，具體排名都未公佈。"),
        L.city("Shenzhen"), L.city("Guangzhou"),
        no=[*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou")])


def yn_sz_at(n):
    def make(L):
        return cannot_say(
            L,
            t(L, f"Not known: only the top 10 was published, and Shenzhen isn't in it, so whether it is {n}th "
                 "can't be said.",
              f"无法确定：报告只公布了前十名，深圳不在其中，是否第{n}名未公布。",
              f"無法確定：報告只公佈了前十名，深圳不在其中，是否第{n}名未公佈。"),
            L.city("Shenzhen"),
            no=[*L.no_rank("Shenzhen"), *L.nobody_at(range(11, 31))])
    return make


def yn_tokyo_last(L):
    return yes_because(
        L,
        t(L, "Yes — Tokyo is 10th, the last of the published top 10.",
          "是的，东京第10名，是公布的前十中的最后一名。",
          "是的，東京第10名，是公佈的前十中的最後一名。"),
        L.at("Tokyo", 10), no=L.wrong_rank("Tokyo", 10))


def yn_adjacent(first, second):
    def make(L):
        a, b = pos(first), pos(second)
        return yes_because(
            L,
            t(L, f"Yes — {first} is {a}th and {second} {b}th, right behind it.",
              f"是的，{L.name(first)}第{a}名，{L.name(second)}第{b}名，紧随其后。",
              f"是的，{L.name(first)}第{a}名，{L.name(second)}第{b}名，緊隨其後。"),
            L.at(first, a), L.at(second, b), no=[*L.wrong_rank(first, a), *L.wrong_rank(second, b)])
    return make


def yn_ny_ahead_london(L):
    return no_because(
        L,
        t(L, "No, the other way round: London is 4th and New York 5th, just behind it.",
          "不是，正好相反：伦敦第4名，纽约第5名，排在伦敦后面。",
          "不是，正好相反：倫敦第4名，紐約第5名，排在倫敦後面。"),
        L.at("London", 4), L.at("New York", 5),
        no=[wrong_way(L, "New York", "London"), *L.wrong_rank("London", 4), *L.wrong_rank("New York", 5)])


def yn_beijing_top_asia(L):
    return yes_because(
        L,
        t(L, "Yes — Beijing is 3rd overall, ahead of Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
          "是的，北京总榜第3名，领先上海（第8）、香港（第9）和东京（第10）。",
          "是的，北京總排名第3名，領先上海（第8）、香港（第9）和東京（第10）。"),
        L.at("Beijing", 3), no=L.wrong_rank("Beijing", 3))


def yn_london_only_europe(L):
    return yes_because(
        L,
        t(L, "Yes — London (4th) is the only European city in the published top 10.",
          "是的，伦敦（第4名）是公布的前十中唯一的欧洲城市。",
          "是的，倫敦（第4名）是公佈的前十中唯一的歐洲城市。"),
        L.city("London"), no=[*L.wrong_rank("London", 4),
                              t(L, "\\b(Paris|Berlin|Munich|Zurich|Amsterdam|Stockholm)\\b", "(巴黎|柏林|慕尼黑)",
                                "(巴黎|柏林|慕尼黑)")])


def yn_half_us(L):
    return yes_because(
        L,
        t(L, "Yes — exactly half: 5 of the 10 are US cities (Boston, San Francisco, New York, Los Angeles, Seattle).",
          "是的，正好一半：前十中5座是美国城市（波士顿、旧金山、纽约、洛杉矶、西雅图）。",
          "是的，正好一半：前十中5座是美國城市（波士頓、舊金山、紐約、洛杉磯、西雅圖）。"),
        either(number_word(L, 5), t(L, "\\bhalf\\b", "一半", "一半")),
        no=count_guard(L, 5, W(L, "us")))


def yn_hk_best_cn_edu(L):
    return yes_because(
        L,
        t(L, "Yes — Hong Kong is 3rd in education, the only Chinese city in the published education top 3.",
          "是的，香港教育排名第3，是公布的教育前三中唯一的中国城市。",
          "是的，香港教育排名第3，是公佈的教育前三中唯一的中國城市。"),
        L.at("Hong Kong", 3), mention(L, "edu"),
        no=[*L.wrong_rank("Hong Kong", 3, "edu"), *L.no_rank("Beijing", "edu"), *L.no_rank("Shanghai", "edu")])


def yn_beijing_balanced_talent(L):
    return yes_because(
        L,
        t(L, "Yes — Beijing is one of the balanced basic and higher education cities and one of the five Chinese "
             "cities in the talent top 10.",
          "是的，北京既属于基础教育与高等教育发展较均衡的城市，也是人才发展前十中的5座中国城市之一。",
          "是的，北京既屬於基礎教育與高等教育發展較均衡的城市，也是人才發展前十中的5座中國城市之一。"),
        mention(L, "balanced"), mention(L, "talent"), no=L.talent_order_guards())


def yn_ny_balanced_talent(L):
    return cannot_say(
        L,
        t(L, "Half of it is known: New York is in the balanced-education group, but whether it is in the talent top "
             "10 isn't known — the five US cities there weren't named.",
          "只能确定一半：纽约属于教育均衡组，但是否在人才发展前十无法确定——那5座美国城市没有点名。",
          "只能確定一半：紐約屬於教育均衡組，但是否在人才發展前十無法確定——那5座美國城市沒有點名。"),
        L.city("New York"), mention(L, "balanced"), no=L.talent_guards())


def yn_sh_both_groups(L):
    return yes_because(
        L,
        t(L, "Yes — Shanghai is the one city in both: balanced basic and higher education, and exceptional talent "
             "potential.",
          "是的，上海是唯一同时属于两组的城市：教育均衡组和人才潜力突出组。",
          "是的，上海是唯一同時屬於兩組的城市：教育均衡組和人才潛力突出組。"),
        mention(L, "balanced"), mention(L, "potential"))


def yn_hk_both_groups(L):
    return no_because(
        L,
        t(L, "No — Hong Kong is in the exceptional talent potential group, but it isn't one of the balanced education "
             "cities (London, Beijing, Shanghai, New York).",
          "不是，香港属于人才潜力突出的城市，但不在教育均衡组（伦敦、北京、上海、纽约）。",
          "不是，香港屬於人才潛力突出的城市，但不在教育均衡組（倫敦、北京、上海、紐約）。"),
        L.outside("Hong Kong", "balanced"), mention(L, "potential"))


def yn_talent_first(city):
    def make(L):
        return cannot_say(
            L,
            t(L, f"There's no first place: the talent top 10 was published without an order. {city} is in it, "
                 "but not at any rank.",
              f"没有第一名之说：人才发展前十没有公布排序，{L.name(city)}在其中，但没有名次。",
              f"沒有第一名之說：人才發展前十沒有公佈排序，{L.name(city)}在其中，但沒有名次。"),
            mention(L, "talent"), L.city(city), no=L.talent_guards())
    return make


def yn_false_tokyo_talent(L):
    return no_because(
        L,
        t(L, "That's not right: Tokyo isn't in the talent top 10 — that list is five US cities and five Chinese "
             "cities. Tokyo is 10th overall.",
          "这个前提不对：东京不在人才发展前十，该榜是5座美国城市和5座中国城市。东京是总榜第10名。",
          "這個前提不對：東京不在人才發展前十，該榜是5座美國城市和5座中國城市。東京是總排名第10名。"),
        L.outside("Tokyo", "talent"), no=L.talent_order_guards())


def yn_five_cn_top10(L):
    return no_because(
        L,
        t(L, "No — three Chinese cities are in the top 10: Beijing, Shanghai and Hong Kong.",
          "不是，前十里只有3座中国城市：北京、上海、香港。",
          "不是，前十裡只有3座中國城市：北京、上海、香港。"),
        either(near(number_word(L, 3), W(L, "cn"), 40), listed(L, 3, "Beijing")),
        no=count_guard(L, 3, W(L, "cn")))


def yn_topped_two(L):
    return yes_because(
        L,
        t(L, "Yes — Boston is 1st both overall and in education (San Francisco tops sci-tech innovation).",
          "有，波士顿总榜和教育都是第1（科技创新第1是旧金山）。",
          "有，波士頓總排名和教育都是第1（科技創新第1是舊金山）。"),
        L.at("Boston", 1), mention(L, "edu"), no=L.wrong_rank("Boston", 1))


def yn_beijing_top3_both(L):
    return yes_because(
        L,
        t(L, "Yes — Beijing is 3rd overall and 3rd in sci-tech innovation.",
          "是的，北京总榜第3名，科技创新也排名第3。",
          "是的，北京總排名第3名，科技創新也排名第3。"),
        L.at("Beijing", 3), mention(L, "sci"), no=[*L.wrong_rank("Beijing", 3), *L.wrong_rank("Beijing", 3, "sci")])


def yn_london_both_top3(L):
    return no_because(
        L,
        t(L, "No — London is 2nd in education but isn't in the sci-tech innovation top 3 (San Francisco, Boston, "
             "Beijing).",
          "不是，伦敦教育排名第2，但不在科技创新前三（旧金山、波士顿、北京）。",
          "不是，倫敦教育排名第2，但不在科技創新前三（舊金山、波士頓、北京）。"),
        L.outside("London", "sci"), no=[*L.no_rank("London", "sci"), *L.wrong_rank("London", 2, "edu")])


def yn_avg_us_better(L):
    return yes_because(
        L,
        t(L, "Yes — the five US cities average 4.2 (1st, 2nd, 5th, 6th, 7th); the Chinese cities in the top 10 average "
             "about 6.7 (3rd, 8th, 9th), and Shenzhen and Guangzhou are outside the top 10.",
          "是的，美国城市平均4.2名（第1、2、5、6、7名），前十里的中国城市平均约6.7名（第3、8、9名），深圳和广州不在前十。",
          "是的，美國城市平均4.2名（第1、2、5、6、7名），前十裡的中國城市平均約6.7名（第3、8、9名），深圳和廣州不在前十。"),
        "4\\.2", no=[*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou")])


def yn_thirty_more_cn(L):
    return cannot_say(
        L,
        t(L, "Can't say: the full list of 30 cities wasn't published. In the published top 10 there are five US "
             "cities and three Chinese ones.",
          "无法判断：30座城市的完整名单没有公布。公布的前十里有5座美国城市、3座中国城市。",
          "無法判斷：30座城市的完整名單沒有公佈。公佈的前十裡有5座美國城市、3座中國城市。"),
        W(L, "thirty"),
        no=[t(L, "\\bmore\\s+(Chinese|US|American)\\s+cities\\s+(among|in|of)\\s+(the\\s+|all\\s+)?(30|thirty)",
              "(30|三十)(座|个)(城市)?(中|里)[^。]{0,6}(中国|美国)(城市)?(更多|多于)",
              "(30|三十)(座|個)(城市)?(中|裡)[^。]{0,6}(中國|美國)(城市)?(更多|多於)")])


def yn_sf_first_edu(L):
    return no_because(
        L,
        t(L, "No — Boston is 1st in education; San Francisco isn't in the education top 3 (it is 1st in sci-tech "
             "innovation).",
          "不是，教育排名第1的是波士顿；旧金山不在教育前三（它是科技创新第1）。",
          "不是，教育排名第1的是波士頓；舊金山不在教育前三（它是科技創新第1）。"),
        L.at("Boston", 1), no=[*L.no_rank("San Francisco", "edu"), *L.wrong_rank("Boston", 1, "edu")])


def yn_more_asia(L):
    return no_because(
        L,
        t(L, "No — four Asian cities (Beijing, Shanghai, Hong Kong, Tokyo) against five American ones.",
          "不是，亚洲城市4座（北京、上海、香港、东京），美国城市5座。",
          "不是，亞洲城市4座（北京、上海、香港、東京），美國城市5座。"),
        near(number_word(L, 4), either(W(L, "asia"), L.city("Beijing")), 30),
        no=[*count_guard(L, 4, W(L, "asia")), *count_guard(L, 5, W(L, "us"))])


def yn_sf_beats_boston(L):
    return yes_because(
        L,
        t(L, "Yes — in sci-tech innovation San Francisco is 1st and Boston 2nd.",
          "是的，科技创新方面旧金山第1，波士顿第2。",
          "是的，科技創新方面舊金山第1，波士頓第2。"),
        L.at("San Francisco", 1), L.at("Boston", 2),
        no=[*L.wrong_rank("San Francisco", 1, "sci"), *L.wrong_rank("Boston", 2, "sci")])


def yn_japan(L):
    return yes_because(
        L,
        t(L, "Yes — Tokyo, 10th.", "有，东京，第10名。", "有，東京，第10名。"),
        L.at("Tokyo", 10), no=L.wrong_rank("Tokyo", 10))


def yn_gap(a, b, k):
    def make(L):
        na, nb = pos(a), pos(b)
        return yes_because(
            L,
            t(L, f"Yes — {a} is {na}th and {b} {nb}th, {k} place{'s' if k > 1 else ''} apart.",
              f"是的，{L.name(a)}第{na}名，{L.name(b)}第{nb}名，相差{k}位。",
              f"是的，{L.name(a)}第{na}名，{L.name(b)}第{nb}名，相差{k}位。"),
            L.at(a, na), L.at(b, nb), no=[*L.wrong_rank(a, na), *L.wrong_rank(b, nb)])
    return make


def yn_ny_between(L):
    return yes_because(
        L,
        t(L, "Yes — Beijing is 3rd, New York 5th and Seattle 7th.",
          "是的，北京第3名，纽约第5名，西雅图第7名。",
          "是的，北京第3名，紐約第5名，西雅圖第7名。"),
        L.at("New York", 5), no=no_ranks_for(L, ["Beijing", "New York", "Seattle"]))


def yn_london_third(L):
    return no_because(
        L,
        t(L, "No — London is 4th overall; Beijing is 3rd.",
          "不是，伦敦总榜第4名，第3名是北京。",
          "不是，倫敦總排名第4名，第3名是北京。"),
        L.at("London", 4), no=[*L.wrong_rank("London", 4), *L.wrong_rank("Beijing", 3)])


def yn_talent_half_us(L):
    return yes_because(
        L,
        t(L, "Yes — five of the talent top 10 are US cities, though the report doesn't name them; the other five are "
             "Chinese.",
          "是的，人才发展前十有5座美国城市（报告未点名），另外5座是中国城市。",
          "是的，人才發展前十有5座美國城市（報告未點名），另外5座是中國城市。"),
        L.five_us(), no=L.talent_guards())


def yn_cn_talent_all_top10(L):
    return no_because(
        L,
        t(L, "No — Beijing, Shanghai and Hong Kong are in the overall top 10, but Shenzhen and Guangzhou aren't (their "
             "overall ranks weren't published).",
          "不是，北京、上海、香港在总榜前十，但深圳和广州不在（具体排名未公布）。",
          "不是，北京、上海、香港在總排名前十，但深圳和廣州不在（具體排名未公佈）。"),
        L.city("Shenzhen"), L.city("Guangzhou"), no=[*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou")])


def yn_sz_below_tokyo(L):
    return yes_because(
        L,
        t(L, "Yes — Tokyo is 10th, and Shenzhen isn't in the published top 10, so it is below Tokyo (its exact rank "
             "wasn't published).",
          "是的，东京第10名，而深圳不在公布的前十，所以排在东京之后（具体排名未公布）。",
          "是的，東京第10名，而深圳不在公佈的前十，所以排在東京之後（具體排名未公佈）。"),
        L.at("Tokyo", 10), L.outside("Shenzhen"), no=L.no_rank("Shenzhen"))


def yn_europe_edu(L):
    return yes_because(
        L,
        t(L, "Yes — London, 2nd in education.", "有，伦敦，教育排名第2。", "有，倫敦，教育排名第2。"),
        L.at("London", 2), no=L.wrong_rank("London", 2, "edu"))


def yn_talent_cmp(a, b):
    return lambda L: compare(L, a, b, "talent")


YN_EN = [
    ("is boston the innovation leader", yn_boston_leads_sci, ""),
    ("so boston is #1 in innov too right", yn_boston_leads_sci, "adversarial"),
    ("are all three education top-3 cities inside the overall top ten too", yn_edu_all_top10, ""),
    ("did boston come first in every single category", yn_boston_every, ""),
    ("does tokyo outrank shanghai", yn_lower_higher("Tokyo", "Shanghai"), ""),
    ("is hk ranked above shanghai overall", yn_lower_higher("Hong Kong", "Shanghai"), ""),
    ("@citybot hk made the edu top three or nah", lambda L: member(L, "Hong Kong", "edu"), "group_chat"),
    ("is boston one of the talent top 10 cities", lambda L: member(L, "Boston", "talent"), "unpublished"),
    ("just yes or no, no excuses: is LA in the talent top ten", lambda L: member(L, "Los Angeles", "talent"),
     "unpublished adversarial"),
    ("london made the talent top 10 yeah?", lambda L: member(L, "London", "talent"), ""),
    ("are all the talent potential cities also in the talent top 10", yn_all_potential_talent, ""),
    ("are the innovation top 3 all american", yn_sci_all_us, ""),
    ("does the talent top ten have more chinese than us cities", yn_more_cn_talent, ""),
    ("is shenzhen ahead of guangzhou overall", yn_sz_vs_gz, "unpublished"),
    ("pretend the whole list came out - shenzhen is 12th, right?", yn_sz_at(12), "unpublished adversarial"),
    ("tokyo is dead last in the top 10?", yn_tokyo_last, ""),
    ("does seattle come straight after LA", yn_adjacent("Los Angeles", "Seattle"), ""),
    ("is new york just ahead of london", yn_ny_ahead_london, ""),
    ("is london the only european city in the top ten", yn_london_only_europe, ""),
    ("is new york in both the balanced edu group and the talent top 10?", yn_ny_balanced_talent, "unpublished"),
    ("is hong kong in both groups, balanced education and talent potential?", yn_hk_both_groups, ""),
    ("since tokyo made the talent top 10, is it the only japanese city there?", yn_false_tokyo_talent,
     "adversarial"),
    ("did any city come top in two different lists", yn_topped_two, ""),
    ("do the us cities have a better average rank than the chinese ones", yn_avg_us_better, ""),
    ("are there more chinese than american cities among the 30 evaluated", yn_thirty_more_cn, "unpublished"),
    ("is seattle exactly 2 spots above hong kong", yn_gap("Seattle", "Hong Kong", 2), ""),
    ("guess pls: is seattle higher than shenzhen in the talent list", yn_talent_cmp("Seattle", "Shenzhen"),
     "unpublished adversarial"),
]
for q, fn, tg in YN_EN:
    add(q, fn, tags=("yesno " + tg).strip())

YN_HANS = [
    ("波士顿科创是不是排第一", yn_boston_leads_sci, ""),
    ("波士顿所有榜单都拿第一了吗", yn_boston_every, ""),
    ("东京比上海排得高吗", yn_lower_higher("Tokyo", "Shanghai"), ""),
    ("纽约有没有进人才发展前十", lambda L: member(L, "New York", "talent"), "unpublished"),
    ("深圳进总榜前十了没", lambda L: member(L, "Shenzhen", "overall"), ""),
    ("深圳总榜是不是第11名", yn_sz_at(11), "unpublished"),
    ("美国城市是不是占了前十的一半", yn_half_us, ""),
    ("香港是教育最强的中国城市吗", yn_hk_best_cn_edu, ""),
    ("北京既是教育均衡城市又在人才前十，对吗", yn_beijing_balanced_talent, ""),
    ("人才发展榜上香港是第一吗", yn_talent_first("Hong Kong"), "unpublished"),
    ("听说前十里有5个中国城市，是真的吗", yn_five_cn_top10, "adversarial"),
    ("北京在总榜和科创都是前三吗", yn_beijing_top3_both, ""),
    ("旧金山教育也是第一吗", yn_sf_first_edu, "adversarial"),
    ("前十里亚洲城市比美国城市多吗", yn_more_asia, ""),
    ("人才前十是不是一半都是美国城市", yn_talent_half_us, ""),
    ("深圳排在东京后面吗", yn_sz_below_tokyo, ""),
]
for q, fn, tg in YN_HANS:
    add(q, fn, tags=("yesno " + tg).strip(), script="hans")

YN_HANT = [
    ("波士頓喺科技創新係咪第一", yn_boston_leads_sci, ""),
    ("香港係咪喺教育頭三", lambda L: member(L, "Hong Kong", "edu"), ""),
    ("西雅圖有冇入人才發展前十", lambda L: member(L, "Seattle", "talent"), "unpublished"),
    ("上海是不是兩個組都有份", yn_sh_both_groups, ""),
    ("深圳人才排名係咪高過上海", yn_talent_cmp("Shenzhen", "Shanghai"), "unpublished"),
    ("倫敦教育同科創都係前三？", yn_london_both_top3, ""),
    ("舊金山科創係咪贏波士頓", yn_sf_beats_boston, ""),
    ("總榜前十有冇日本城市", yn_japan, ""),
    ("東京是不是比香港低一名", yn_gap("Hong Kong", "Tokyo", 1), ""),
    ("紐約係咪排喺北京同西雅圖中間", yn_ny_between, ""),
    ("倫敦總排名第三，對不對", yn_london_third, "adversarial"),
    ("人才前十嘅五個中國城市係咪全部都喺總榜前十", yn_cn_talent_all_top10, ""),
    ("教育前三有冇歐洲城市", yn_europe_edu, ""),
    ("廣州有冇入到總排名前十", lambda L: member(L, "Guangzhou", "overall"), ""),
]
for q, fn, tg in YN_HANT:
    add(q, fn, tags=("yesno " + tg).strip(), script="hant")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
