"""Fresh, part E: sets -- filters, superlatives, set questions across lists and aggregates, written blind.

Written on 2026-12-06 from issue 11 and the published facts only (never from the bot's code, its language data or
its replies, and without running it on these questions). It asks for the best city outside a country or a
continent, the top European / Asian / Chinese city of a list, the cities of one country in a list, cities in two
lists at once or in one but not the other (with the talent top 10, whose five US cities are not named: the reply
names the certain members, the certain non-members and the unknowns), counts, shares, averages and ratios by
country or continent, which countries or continents appear or dominate, "more X or Y", and questions over the
unpublished remainder of the 30 ("what share of the 30 are Chinese": the full list was not published).

Facts used (KNOWLEDGE.md): overall 1 Boston, 2 San Francisco, 3 Beijing, 4 London, 5 New York, 6 Los Angeles,
7 Seattle, 8 Shanghai, 9 Hong Kong, 10 Tokyo; education 1 Boston, 2 London, 3 Hong Kong; sci-tech 1 San Francisco,
2 Boston, 3 Beijing; talent top 10 = five unnamed US cities + Beijing, Shenzhen, Hong Kong, Guangzhou, Shanghai (no
order); balanced = London, Beijing, Shanghai, New York; potential = Shenzhen, Guangzhou, Hong Kong, Shanghai (groups).
US (North America): Boston, San Francisco, New York, Los Angeles, Seattle; China (Asia): Beijing, Shanghai, Hong
Kong, Shenzhen, Guangzhou; UK (Europe): London; Japan (Asia): Tokyo. So in the top 10: 5 US, 3 Chinese, 1 UK,
1 Japanese; 4 countries, 3 continents; 4 Asian; US average 4.2, Chinese average 20/3 = 6.67.
"""

from casebook import Chk, Sheet
from probe_specs._common import either
from specs._facts import NAMED, RANKED, mention, near, number_word, pos

from fresh_specs._fx import adder, lenient_to_cantonese

SHEET = Sheet(
    "fr_e_sets",
    "part E: filters, superlatives, set questions and aggregates (written blind)",
    """
Filters ("US cities in the top 10", "which asian cities made the talent list"), superlatives ("best non-American
city", "top euro city", "lowest-ranked US city"), set questions across lists (both / either / one but not the
other; with the talent top 10 the answer splits into certain members, certain non-members and the unnamed US
cities, which are not known), and aggregates (counts, shares, averages, ratios, countries and continents, more X or
Y; over the 30 evaluated cities the full list was not published). Written blind on 2026-12-06.
""",
)
S = SHEET
add = adder(S)


# --- building blocks ---------------------------------------------------------------------------------------------
def W(L, en, hans, hant):
    """A regex in the reply's language; a question in shared characters accepts either script."""
    if L.code == "zh":
        return f"(?:{hans}|{hant})"
    return {"en": en, "hans": hans, "hant": hant}[L.code]


def US(L):
    return W(L, "(\\bUS\\b|U\\.S\\.|\\bAmerica|\\bUnited States|\\bUSA\\b|\\bthe states\\b)", "(美国|美)", "(美國|美)")


def CN(L):
    return W(L, "(China|Chinese)", "(中国|中)", "(中國|中)")


def ASIA(L):
    return W(L, "(Asia|Asian)", "亚洲", "亞洲")


def EUROPE(L):
    return W(L, "(Europe|European|\\bUK\\b|Britain|British)", "(欧洲|英国)", "(歐洲|英國)")


def UK(L):
    return W(L, "(\\bUK\\b|U\\.K\\.|Brit|United Kingdom|England|English)", "英国", "英國")


def JAPAN(L):
    return W(L, "(Japan)", "日本", "日本")


def NAM(L):
    return W(L, "(North Americ|\\bUS\\b|U\\.S\\.|\\bAmerica|United States)", "(北美|美国)", "(北美|美國)")


def AVG(L):
    return W(L, "(average|mean|avg)", "平均", "平均")


def ONLY(L):
    return W(L, "\\b(only|just|sole|single|alone)\\b", "(只有|仅有|唯一|只|就是)", "(只有|僅有|唯一|只|就係|得)")


ZH_DIGITS = "零一二三四五六七八九十"


def count_guard(L, n, noun, hi=12):
    """A wrong count said right before the noun ('four US cities', '4座美国城市')."""
    wrong = [k for k in range(0, hi + 1) if k != n]
    if L.code == "en":
        words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve"]
        alt = "|".join([str(k) for k in wrong] + [words[k] for k in wrong if k])
        return [f"(?<![\\w.#])(?<!top )(?<!top-)(?:{alt})\\s+(?:of\\s+(?:the|them)\\s+(?:\\w+\\s+){{0,2}}(?:are|"
                f"were)\\s+)?{noun}"]
    alt = "|".join([str(k) for k in wrong] + [ZH_DIGITS[k] if k <= 10 else "十" + ZH_DIGITS[k - 10]
                                              for k in wrong if k])
    return [f"(?<![\\d第前十])(?:{alt})(?![\\d十])\\s*(?:座|个|個|位|名)?\\s*(?:是)?{noun}"]


def N(L, n, noun, gap=40):
    """A count n of cities of a kind, said near the word for the kind; no other count right before it."""
    return Chk([near(number_word(L, n), noun, gap)], count_guard(L, n, noun))


def RK(L, city, lst="overall"):
    """CITY is said with its published rank in LIST, and no other rank is given for it there. (The question names
    the list, so the reply need not repeat it: '倫敦（第2）同香港（第3）' answers 'which of the edu top 3 ...'.)"""
    n = pos(city, lst)
    return Chk([L.at(city, n)], L.wrong_rank(city, n, lst))


def RKS(L, cities, lst="overall"):
    ck = Chk()
    for c in cities:
        ck = ck + RK(L, c, lst)
    return ck


def NAMES(L, *cities):
    return Chk([L.city(c) for c in cities], [])


def NORANK(L, *cities, lst="overall"):
    out = []
    for c in cities:
        out += L.no_rank(c, lst)
    return Chk([], out)


def OUT(L, city, lst="overall"):
    no = L.no_rank(city, lst) if lst in RANKED else []
    return Chk([L.outside(city, lst)], no)


def NOT_OUT_OF_TALENT(L, *cities):
    """These Chinese cities are in the talent top 10: not said to be outside it."""
    out = []
    for c in cities:
        if L.code == "en":
            out.append(f"\\b{L.city(c)}\\s+(?:is|was)\\s*(?:n.t|not)\\s+(?:in|among|on|part of)\\s+(?:the\\s+)?talent")
        else:
            out.append(f"{L.city(c)}(?:也|并|並)?(?:不在|没有进|沒有進|未进入|未進入|没进|沒進|唔喺|冇入)(?:了)?人才")
    return Chk([], out)


def C(L, ideal, *parts, no=()):
    """The parts (Chk or regex) of one answer, with its ideal reply."""
    must, forbid = [], []
    for p in parts:
        if isinstance(p, Chk):
            must += p.must
            forbid += p.no
        else:
            must.append(p)
    return Chk(must, forbid + list(no), ideal=ideal)


def TALENT(L, ideal, *parts, no=(), bare=True):
    """An answer touching the talent top 10: no order inside it, no US city named as in or out of it, and (since
    part of the answer is not known) no bare yes or no."""
    return C(L, ideal, *parts, no=[*L.talent_guards(), *(L.bare() if bare else []), *no])


def OUT_T(L, city):
    """CITY is said to be outside the talent top 10, also as a label ('Not in the talent top 10: London, Tokyo',
    '确定不在人才前十的：伦敦、东京')."""
    c = L.city(city)
    if L.code == "en":
        label = f"\\b(not|isn.t|aren.t|outside)\\b[^?!.]{{0,30}}talent[^?!.]{{0,20}}[:—–-][^?!.]{{0,40}}\\b{c}\\b"
    else:
        neg = "(不在|没有进|沒有進|未进|未進|没进|沒進|唔喺|冇入|冇喺)"
        label = (f"{neg}[^。？?！!]{{0,12}}人才[^。？?！!]{{0,16}}[：:][^。？?！!]{{0,20}}{c}|"
                 # '倫敦同東京唔喺人才前十' (Cantonese 同 for 'and')
                 f"{c}(?:\\s*(?:同|和|与|與|及|跟|、|,|，)\\s*{L.all_cities()})*\\s*(?:都|亦|也)?{neg}[^。？?！!]{{0,12}}人才")
    return Chk([either(L.outside(city, "talent"), label)], [])


def BOTH(L):
    """The reply says the city is the one in both / the only one."""
    return W(L, "\\b(only|both|just|overlap|common|shared|each|two groups)\\b",
             "(只有|唯一|都|两组|两个|重叠|交集|同时|共同)", "(只有|唯一|都|兩組|兩個|重疊|交集|同時|共同|得)")


def THIRTY(L):
    """The reply names what was not published: the 30 / the full list."""
    return W(L, "(\\b30\\b|thirty|full list|complete list|whole list|rest of|all (the )?cities|top[ -]?(10|ten))",
             "(30|三十|完整|全部|名单|前十|前10)", "(30|三十|完整|全部|名單|前十|前10)")


def UNKNOWN_US(L):
    """The unnamed US cities of the talent top 10 are said to be not known."""
    return Chk([L.notpub, either(L.five_us(), US(L))], [])


def PCT(L, p):
    """A share of ten cities, as a percentage, a fraction or in words."""
    k = p // 10
    if L.code == "en":
        words = {5: "half|five (out )?of (the )?ten|5 (out )?of (the )?10|5/10|one.half",
                 4: "two.fifths|2/5|four (out )?of (the )?ten|4 (out )?of (the )?10|4/10",
                 3: "three (out )?of (the )?ten|3 (out )?of (the )?10|3/10|three.tenths",
                 1: "one (out )?of (the )?ten|1 (out )?of (the )?10|1/10|one.tenth"}[k]
        return f"({p}\\s?%|{p} ?per ?cent|\\b({words})\\b)"
    cn = ZH_DIGITS[k]
    extra = {5: "|一半|半数|半數|二分之一", 4: "|五分之二", 3: "", 1: ""}[k]
    return f"({p}\\s?%|百分之{cn}十|{cn}成|{k}成|十分之{cn}|{k}\\s*/\\s*10{extra})"


def WRONG_PCT(L, p):
    """No other share of the ten stated as a percentage."""
    others = "|".join(str(x) for x in range(10, 101, 10) if x != p)
    return [f"(?<![\\d.])(?:{others})\\s?(%|per ?cent)"]


def NO_SHARE_OF_30(L):
    """Nothing is claimed about how many of the 30 evaluated cities are of a country or continent."""
    if L.code == "en":
        words = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        return [
            "(?<!at least )(?<!at least about )(?<!minimum of )(?<![\\d.])\\d{1,2}(\\.\\d+)?\\s?(%|per ?cent)",
            f"\\b(?:of|among|out of)\\s+(?:the|all)\\s+(?:30|thirty)(?:\\s+cities)?,?\\s+(?:exactly\\s+|only\\s+)?"
            f"(?:\\d+|{words})\\s+(?:are|were)\\b",
            f"(?<!at least )\\b(?:\\d+|{words})\\s+(?:of|out of)\\s+(?:the|all)\\s+(?:30|thirty)(?:\\s+cities)?"
            "\\s+(?:are|were)\\s+(?:chinese|american|asian|european|us|from|in)\\b",
        ]
    return [
        "(?<!至少)(?<!起码)(?<!起碼)(?<![\\d.])\\d{1,2}(\\.\\d+)?\\s?%",
        "(30|三十)\\s*(个|個|座)?(城市)?(中|里|裡|之中|当中|當中|入面)?(有|共有)\\s*(\\d+|[一二三四五六七八九十]+)\\s*"
        "(个|個|座)",
        "(?<!至少)(?<!起码)(?<!起碼)百分之[一二三四五六七八九十]+",
    ]


def rank_guards_for(L, ideal):
    """Every city named in the ideal: if a reply gives it a rank, it is its own -- in the education or sci-tech
    list where the ideal names that list, else overall. (An overall guard reads a sentence that names another list
    only after the rank, 'San Francisco (1st) and Boston (2nd) in sci-tech', as an overall rank, so where the ideal
    names another list, only the overall ranks the case checks itself are guarded.)"""
    out = []
    lists = []
    if any(w in ideal for w in ("educ", "教育")):
        lists.append("edu")
    if any(w in ideal.lower() for w in ("innov", "sci-tech", "科创", "科創", "创新", "創新")):
        lists.append("sci")
    if not lists:
        lists.append("overall")
    for city in NAMED:
        if L.name(city) in ideal or (city == "San Francisco" and "三藩市" in ideal):
            for lst in lists:
                out += L.wrong_rank(city, pos(city, lst), lst)
    return out


def with_guards(make):
    def wrapped(L):
        ck = make(L)
        ck.no = list(dict.fromkeys([*ck.no, *rank_guards_for(L, ck.ideal)]))
        return ck

    return wrapped


E, H, T = [], [], []


def en(q, make, tags):
    E.append((q, make, tags))


def hs(q, make, tags):
    H.append((q, make, tags))


def ht(q, make, tags):
    T.append((q, make, tags))


# =================================================================================================================
# ENGLISH
# =================================================================================================================

# --- superlatives -------------------------------------------------------------------------------------------------
en("whats the highest ranked city thats not american", lambda L: C(
    L, "Beijing — 3rd overall, the best city outside the US (the US has 1st and 2nd).", RK(L, "Beijing")),
   "superlative")
en("top euro city?? 🇪🇺", lambda L: C(
    L, "London is the only European city in the published results: 4th overall.", RK(L, "London")), "superlative")
en("out of the asian cities, who did best", lambda L: C(
    L, "Beijing — 3rd overall, the highest of the Asian cities (then Shanghai 8th, Hong Kong 9th, Tokyo 10th).",
    RK(L, "Beijing")), "superlative")
en("lowest ranked us city in the top ten? is it seatle", lambda L: C(
    L, "Yes — Seattle, 7th overall, is the lowest of the five US cities in the top 10.", RK(L, "Seattle"),
    no=[L.bare_no]), "superlative typo")
en("which chinese city is ranked worst among the ten, shanghia or hk", lambda L: C(
    L, "Hong Kong — 9th, the lowest of the three Chinese cities in the top 10 (Beijing 3rd, Shanghai 8th).",
    RK(L, "Hong Kong"), no=[*L.wrong_rank("Beijing", 3), *L.wrong_rank("Shanghai", 8)]), "superlative typo")
en("best asian city that isnt in china", lambda L: C(
    L, "Tokyo — 10th overall; it is the only Asian city in the top 10 outside China.", RK(L, "Tokyo")),
   "superlative")
en("highest placed city from neither the US nor china?", lambda L: C(
    L, "London — 4th overall (UK). Tokyo (Japan) is 10th.", RK(L, "London")), "superlative")
en("whats the highest placed chinese city on the education list", lambda L: C(
    L, "Hong Kong — 3rd in education, the only Chinese city in the education top 3.", RK(L, "Hong Kong", "edu")),
   "superlative")
en("who's the best non-US city in innovation", lambda L: C(
    L, "Beijing — 3rd in sci-tech innovation, behind San Francisco and Boston.", RK(L, "Beijing", "sci")),
   "superlative")
en("2nd best chinese city after bejing?", lambda L: C(
    L, "Shanghai — 8th overall, after Beijing (3rd).", RK(L, "Shanghai")), "superlative typo")
en("@citybot of the talent-potential cities which one ranks highest overall", lambda L: C(
    L, "Shanghai — 8th overall (Hong Kong is 9th); Shenzhen and Guangzhou aren't in the published top 10, so "
       "their ranks weren't published.", RK(L, "Shanghai"), NORANK(L, "Shenzhen", "Guangzhou")), "superlative")
en("which american city is strongest on talent", lambda L: TALENT(
    L, "Not known: the talent top 10 has five US cities, but the report doesn't name them and gives no order.",
    UNKNOWN_US(L), mention(L, "talent")), "superlative unpublished")
en("which city came dead last out of all 30", lambda L: C(
    L, "Not published: the report gives only the top 10 (Tokyo is 10th) — the rest of the 30, including the last "
       "place, wasn't released.", L.notpub, THIRTY(L), no=[
        *L.nobody_at(range(11, 31)), *L.bare(),
        "\\b(Tokyo|it)\\b[^.\\n]{0,30}\\b(is|was)\\s+(the\\s+)?(last|lowest|bottom)\\s+(of|among)\\s+(all\\s+)?"
        "(the\\s+)?(30|thirty)"]), "superlative unpublished")
en("third best american city", lambda L: C(
    L, "New York — 5th overall, after Boston (1st) and San Francisco (2nd).", RK(L, "New York")), "superlative")
en("best city that isn't in either top 3 list (edu or innov)", lambda L: C(
    L, "New York — 5th overall. Boston, London and Hong Kong make the education top 3 and San Francisco, Boston and "
       "Beijing the sci-tech top 3; New York is in neither.", RK(L, "New York")), "superlative")
en("highest ranked city that's definitely NOT in the talent top 10", lambda L: TALENT(
    L, "London, 4th overall, is the highest city certainly outside the talent top 10. Boston, San Francisco and "
       "Beijing rank above it, but whether the US ones are among the five unnamed US cities isn't known; Beijing is "
       "in it.", RK(L, "London"), L.notpub), "superlative setop unpublished")
en("lowest ranked city in the sci-tech top three", lambda L: C(
    L, "Beijing is 3rd in sci-tech innovation, the last of the published top 3.", RK(L, "Beijing", "sci")),
   "superlative")

# --- filters ------------------------------------------------------------------------------------------------------
en("list the american cities in the top 10 with their ranks", lambda L: C(
    L, "US cities in the top 10: Boston 1st, San Francisco 2nd, New York 5th, Los Angeles 6th, Seattle 7th.",
    RKS(L, ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"])), "filter")
en("chinese cities in the top ten and where they are pls", lambda L: C(
    L, "Three: Beijing 3rd, Shanghai 8th and Hong Kong 9th.", RKS(L, ["Beijing", "Shanghai", "Hong Kong"])),
   "filter")
en("any japanese city other than tokio in there", lambda L: C(
    L, "No — Tokyo is the only Japanese city in the published results (10th overall).",
    either(L.neg, ONLY(L)), RK(L, "Tokyo"), no=[L.bare_yes]), "filter typo")
en("which asian cities made the talent list", lambda L: TALENT(
    L, "The five Chinese cities: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai (no order published). The "
       "other five are US cities; Tokyo isn't in it.", NAMES(L, "Beijing", "Shenzhen", "Hong Kong", "Guangzhou",
                                                             "Shanghai")), "filter")
en("non american cities in the top 10 pls", lambda L: C(
    L, "Beijing 3rd, London 4th, Shanghai 8th, Hong Kong 9th and Tokyo 10th.",
    RKS(L, ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"])), "filter")
en("us cities in the sci-tech top 3?", lambda L: C(
    L, "Two: San Francisco (1st) and Boston (2nd) in sci-tech innovation; Beijing is 3rd.",
    RKS(L, ["San Francisco", "Boston"], "sci")), "filter")
en("which cities in the edu top 3 are outside the us", lambda L: C(
    L, "London (2nd in education) and Hong Kong (3rd); Boston, 1st, is the US one.",
    RKS(L, ["London", "Hong Kong"], "edu")), "filter")
en("euro cities in the innov top 3?", lambda L: C(
    L, "None — the sci-tech innovation top 3 is San Francisco, Boston and Beijing; London isn't in it.",
    either(L.neg, "\\bnone\\b"), NAMES(L, "San Francisco", "Boston", "Beijing"), no=[L.bare_yes]), "filter")
en("ok so which us cities r actually in the talent top 10", lambda L: TALENT(
    L, "Not known: the talent top 10 includes five US cities, but the report doesn't name them (the Chinese five "
       "are Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai).", UNKNOWN_US(L)), "filter unpublished")
en("the chinese cities mentioned that didnt crack the overall top 10?", lambda L: C(
    L, "Shenzhen and Guangzhou: both are in the talent top 10 but not in the published overall top 10, and their "
       "overall ranks weren't published.", NAMES(L, "Shenzhen", "Guangzhou"),
    either(L.outside("Shenzhen"), L.outside("Guangzhou"), L.notpub), NORANK(L, "Shenzhen", "Guangzhou"),
    no=L.talent_order_guards()), "filter")
en("which of the balanced-education cities are american", lambda L: C(
    L, "Only New York (5th overall); the others are London, Beijing and Shanghai.", L.city("New York"),
    no=["\\b(Boston|San Francisco|Los Angeles|Seattle)\\s+(is|are)\\s+(also\\s+)?(one of|among|in)\\s+(the\\s+)?"
        "balanced"]), "filter")
en("top 10 cities ranked below 5th that are in asia", lambda L: C(
    L, "Shanghai 8th, Hong Kong 9th and Tokyo 10th. (Beijing, the other Asian city, is 3rd.)",
    RKS(L, ["Shanghai", "Hong Kong", "Tokyo"])), "filter")
en("just the asian ones from the top10 in order", lambda L: C(
    L, "Beijing 3rd, Shanghai 8th, Hong Kong 9th, Tokyo 10th.", RKS(L, ["Beijing", "Shanghai", "Hong Kong", "Tokyo"]),
    no=[L.city("Boston"), L.city("Seattle"), L.city("Los Angeles")]), "filter")
en("anything from the uk in this report", lambda L: C(
    L, "London: 4th overall, 2nd in education, and one of the cities with balanced basic and higher education.",
    RK(L, "London")), "filter")
en("chinese cities in the innovation top 3??", lambda L: C(
    L, "Just Beijing, 3rd in sci-tech innovation.", RK(L, "Beijing", "sci")), "filter")

# --- set questions ------------------------------------------------------------------------------------------------
en("which cities made both the edu and the innovation top 3s", lambda L: C(
    L, "Only Boston: 1st in education and 2nd in sci-tech innovation.", L.city("Boston"),
    no=[*L.wrong_rank("Boston", 1, "edu"), *L.wrong_rank("Boston", 2, "sci"),
        "\\b(London|Hong Kong|San Francisco|Beijing)\\s+(is|are)\\s+(also\\s+)?in\\s+both"]), "setop")
en("top 3 overall but not top 3 in education - who", lambda L: C(
    L, "San Francisco (2nd) and Beijing (3rd); Boston is in both.", NAMES(L, "San Francisco", "Beijing")), "setop")
en("cities in the education top 3 that arent in the overall top 3", lambda L: C(
    L, "London (4th overall) and Hong Kong (9th overall).", RKS(L, ["London", "Hong Kong"])), "setop")
en("sci-tech top 3 minus the education top 3 = ?", lambda L: C(
    L, "San Francisco and Beijing (Boston is in both top 3s).", NAMES(L, "San Francisco", "Beijing")), "setop")
en("which top-10 cities also show up on the talent list", lambda L: TALENT(
    L, "Certainly: Beijing, Shanghai and Hong Kong. Certainly not in the talent top 10: London and Tokyo. Not known: Boston, San Francisco,"
       " New York, Los Angeles and Seattle — the talent top 10 has five US cities, but the report doesn't name them.",
    NAMES(L, "Beijing", "Shanghai", "Hong Kong"), OUT_T(L, "London"), OUT_T(L, "Tokyo"),
    UNKNOWN_US(L), NOT_OUT_OF_TALENT(L, "Beijing", "Shanghai", "Hong Kong")), "setop unpublished")
en("whos in the top 10 but for sure not in the talent 10", lambda L: TALENT(
    L, "For sure: London and Tokyo, which aren't in the talent top 10. For the five US cities of the top 10 it isn't "
       "known: the talent list has five unnamed US cities.", OUT_T(L, "London"), OUT_T(L, "Tokyo"),
    UNKNOWN_US(L)), "setop unpublished")
en("any talent top 10 cities that are outside the overall top 10", lambda L: TALENT(
    L, "Yes: Shenzhen and Guangzhou are in the talent top 10 but not in the published overall top 10. Whether any "
       "of the five unnamed US talent cities is outside the overall top 10 isn't known.",
    NAMES(L, "Shenzhen", "Guangzhou"), either(L.notpub, L.five_us()), NORANK(L, "Shenzhen", "Guangzhou"),
    bare=False), "setop unpublished")
en("overlap between the balanced education group and the talent potential group?", lambda L: C(
    L, "Shanghai is the only city in both groups.", L.city("Shanghai"), BOTH(L),
    no=["\\b(London|Beijing|New York|Shenzhen|Guangzhou|Hong Kong)\\s+(is|are)\\s+(also\\s+)?in\\s+both"]), "setop")
en("cities in the balanced group AND the talent top 10", lambda L: TALENT(
    L, "Beijing and Shanghai are in both. London is not in the talent top 10. New York isn't known: the talent top "
       "10's five US cities aren't named.", NAMES(L, "Beijing", "Shanghai"), OUT_T(L, "London"),
    UNKNOWN_US(L), NOT_OUT_OF_TALENT(L, "Beijing", "Shanghai")), "setop unpublished")
en("is there a city thats in every published top 3", lambda L: C(
    L, "Yes — Boston: 1st overall, 1st in education and 2nd in sci-tech innovation. No other city is in all three.",
    RK(L, "Boston"), no=[L.bare_no, *L.wrong_rank("Boston", 1, "edu"), *L.wrong_rank("Boston", 2, "sci")]),
   "setop yesno")
en("top 10 cities that aren't in any of the top 3s", lambda L: C(
    L, "New York (5th), Los Angeles (6th), Seattle (7th), Shanghai (8th) and Tokyo (10th).",
    RKS(L, ["New York", "Los Angeles", "Seattle", "Shanghai", "Tokyo"])), "setop")
en("which potential group cities missed the top ten", lambda L: C(
    L, "Shenzhen and Guangzhou (their overall ranks weren't published); Shanghai (8th) and Hong Kong (9th) are in "
       "the top 10.", NAMES(L, "Shenzhen", "Guangzhou"), NORANK(L, "Shenzhen", "Guangzhou")), "setop")
en("intersection of edu top 3 w/ the talent 10?", lambda L: TALENT(
    L, "Hong Kong for certain. London is not in the talent top 10. Boston isn't known: the talent top 10's five US "
       "cities aren't named.", L.city("Hong Kong"), OUT_T(L, "London"), UNKNOWN_US(L),
    NOT_OUT_OF_TALENT(L, "Hong Kong")), "setop unpublished")
en("innovation top 3 cities that are also talent top 10", lambda L: TALENT(
    L, "Beijing for certain. For San Francisco and Boston it isn't known: the talent top 10 has five US cities, but "
       "the report doesn't name them.", L.city("Beijing"), UNKNOWN_US(L), NOT_OUT_OF_TALENT(L, "Beijing")),
   "setop unpublished")
en("everyone in either group, balanced or potential, combined", lambda L: C(
    L, "Seven cities: London, Beijing, Shanghai, New York (balanced education) and Shenzhen, Guangzhou, Hong Kong "
       "(talent potential) — Shanghai is in both.",
    NAMES(L, "London", "Beijing", "Shanghai", "New York", "Shenzhen", "Guangzhou", "Hong Kong"),
    no=["\\b(Boston|San Francisco|Los Angeles|Seattle|Tokyo)\\s+(is|are)\\s+(also\\s+)?(in|one of|among)"]),
   "setop")

# --- aggregates ---------------------------------------------------------------------------------------------------
en("yo how many of the ten are from the states", lambda L: C(
    L, "Five: Boston, San Francisco, New York, Los Angeles and Seattle.",
    either(near(number_word(L, 5), US(L), 60), near(number_word(L, 5), L.city("Boston"), 30)),
    no=count_guard(L, 5, US(L))), "aggregate")
en("what percent of the top 10 is asian", lambda L: C(
    L, "40% — four of the ten: Beijing (3rd), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
    either(PCT(L, 40), near(number_word(L, 4), ASIA(L), 40)), no=WRONG_PCT(L, 40)), "aggregate")
en("which countries are in the top 10", lambda L: C(
    L, "Four: the US (five cities), China (Beijing, Shanghai, Hong Kong), the UK (London) and Japan (Tokyo).",
    US(L), CN(L), UK(L), JAPAN(L)), "aggregate")
en("how many different countries made the top ten", lambda L: C(
    L, "Four countries: the US, China, the UK and Japan.", number_word(L, 4),
    no=count_guard(L, 4, "(different\\s+)?countries")), "aggregate")
en("avg overall rank of the chinese cities in the top 10", lambda L: C(
    L, "About 6.67: Beijing 3rd, Shanghai 8th and Hong Kong 9th (20 / 3).", "(6\\.6[67]|6\\.7(?!\\d)|20\\s*/\\s*3|6 2/3|"
                                                                           "6⅔)", no=["(?<![\\d.])7\\.5(?!\\d)"]),
   "aggregate")
en("mean rank of the US cities?", lambda L: C(
    L, "4.2: Boston 1st, San Francisco 2nd, New York 5th, Los Angeles 6th and Seattle 7th (21 / 5).",
    "4\\.2(?!\\d)", no=["(?<![\\d.])5\\.5(?!\\d)"]), "aggregate")
en("more asian or more american cities in the top ten", lambda L: C(
    L, "More American: five US cities against four Asian ones (Beijing, Shanghai, Hong Kong, Tokyo).",
    N(L, 5, US(L)), N(L, 4, ASIA(L))), "aggregate")
en("talent top ten: do the americans outnumber the chinese", lambda L: C(
    L, "No — it's even: five US cities and five Chinese cities (the US ones aren't named).", L.neg,
    either("\\b(even|equal|same|tie[sd]?|level|split|half|5\\s*[-–:]\\s*5|five each|5 each)\\b",
           near(number_word(L, 5), US(L), 30)), no=[L.bare_yes, *L.talent_guards()]), "aggregate yesno")
en("us:china ratio among the top ten?", lambda L: C(
    L, "5 to 3: five US cities and three Chinese ones (Beijing, Shanghai, Hong Kong), about 1.67 to 1.",
    either("5\\s*(:|to|vs\\.?|/)\\s*3", "1\\.67?", near(number_word(L, 5), US(L), 30)), N(L, 3, CN(L))),
   "aggregate")
en("what share of the 30 cities are american", lambda L: C(
    L, "Not known: the full list of the 30 evaluated cities wasn't published. The top 10 has five US cities.",
    L.notpub, THIRTY(L), no=[*NO_SHARE_OF_30(L), *L.bare()]), "aggregate unpublished")
en("how many asian cities were evaluated in total", lambda L: C(
    L, "Not published: the report evaluated 30 cities but didn't publish the full list. The published results name "
       "six Asian cities (Beijing, Shanghai, Hong Kong, Shenzhen, Guangzhou, Tokyo).", L.notpub, THIRTY(L),
    no=[*NO_SHARE_OF_30(L), *L.bare(),
        "\\b(?:exactly|only|just)?\\s*(?:\\d+|six|seven|eight|nine|ten)\\s+asian cities\\s+(?:were|are)\\s+"
        "(?:evaluated|assessed|in the (?:30|study))"]), "aggregate unpublished")
en("which part of the world dominates the top 10", lambda L: C(
    L, "North America: five cities, all in the US. Asia has four and Europe one (London).",
    near(number_word(L, 5), NAM(L), 60), no=["\\b(Asia|Europe)\\s+(has|have|leads|dominates|wins)\\s+(the\\s+)?most"]),
   "aggregate")
en("what fraction of the evaluated cities got into the top 10", lambda L: C(
    L, "A third: 10 of the 30 cities evaluated.", "(third|1/3|33(\\.3+)?\\s?%|10 (out )?of (the )?(30|thirty))"),
   "aggregate")
en("how many top 10 cities are also in the talent top 10", lambda L: TALENT(
    L, "At least three — Beijing, Shanghai and Hong Kong. London and Tokyo are not in the talent top 10; for the "
       "five US cities it isn't known, because the talent top 10's US cities aren't named.",
    either(near("\\b(at least|minimum)\\b", number_word(L, 3), 20), NAMES(L, "Beijing", "Shanghai", "Hong Kong")),
    L.notpub), "aggregate setop unpublished")
en("avg overall rank of the sci-tech top 3", lambda L: C(
    L, "An average of 2: the sci-tech top 3 (San Francisco, Boston, Beijing) are exactly the overall top 3, 1st "
       "to 3rd.",
    near(AVG(L), "(?<![\\d.])2(\\.0+)?(?![\\d.]|nd)", 40)), "aggregate")
en("avg overall rank of the talent potential group", lambda L: C(
    L, "Can't be worked out: Shanghai is 8th and Hong Kong 9th, but Shenzhen's and Guangzhou's overall ranks weren't "
       "published.", L.notpub, either(L.city("Shenzhen"), L.city("Guangzhou")), NORANK(L, "Shenzhen", "Guangzhou"),
    no=[*L.bare(), "(average|mean|avg)[^.\\n]{0,30}(?<![\\d.])(8\\.5|\\d+\\.\\d+)(?!\\d)"]),
   "aggregate unpublished")
en("how many cities get named anywhere in the results, total", lambda L: C(
    L, "Twelve: the overall top 10 plus Shenzhen and Guangzhou (in the talent list). It evaluated 30, but the full "
       "list wasn't published, and the five US cities of the talent top 10 aren't named.",
    "(\\b12\\b|\\btwelve\\b)", no=L.talent_guards()), "aggregate")
en("does any one country have a majority of the top 10", lambda L: C(
    L, "No — the US has the most, but exactly half: five of the ten.", L.neg, PCT(L, 50), no=[L.bare_yes]),
   "aggregate yesno")
en("how many european cities are in all the published lists together", lambda L: C(
    L, "One: London (4th overall, 2nd in education, and in the balanced education group).",
    near(number_word(L, 1), either(EUROPE(L), L.city("London")), 40)), "aggregate")
en("@citybot ok chinese vs american cities in the overall top 10, whats the score", lambda L: C(
    L, "US 5, China 3: Boston, San Francisco, New York, Los Angeles and Seattle against Beijing, Shanghai and Hong "
       "Kong.", N(L, 5, US(L)), N(L, 3, CN(L))), "aggregate")

# =================================================================================================================
# SIMPLIFIED CHINESE
# =================================================================================================================

# --- superlatives -------------------------------------------------------------------------------------------------
hs("除了美国城市，排最前的是哪个", lambda L: C(L, "北京，总榜第3名，是美国以外排名最高的城市。", RK(L, "Beijing")), "superlative")
hs("欧洲城市里谁排最高", lambda L: C(L, "伦敦，总榜第4名，也是公布结果中唯一的欧洲城市。", RK(L, "London")), "superlative")
hs("亚洲城市排名最靠前的是哪座", lambda L: C(L, "北京，总榜第3名。", RK(L, "Beijing")), "superlative")
hs("前十里排最后的美国城市是哪个", lambda L: C(L, "西雅图，总榜第7名。", RK(L, "Seattle")), "superlative")
hs("中国城市里排老二的是谁", lambda L: C(L, "上海，总榜第8名（北京第3名）。", RK(L, "Shanghai")), "superlative")
hs("教育榜上最好的亚洲城市", lambda L: C(L, "香港，教育排名第3。", RK(L, "Hong Kong", "edu")), "superlative")
hs("科创方面美国以外最强的是谁", lambda L: C(L, "北京，科技创新排名第3（前两名是旧金山和波士顿）。", RK(L, "Beijing", "sci")),
   "superlative")
hs("人才前十里最强的中国城市是哪个", lambda L: TALENT(
    L, "无法回答：人才发展前十没有公布排序，5座中国城市（北京、深圳、香港、广州、上海）不分先后。", L.notpub, mention(L, "talent")),
   "superlative unpublished")
hs("中美以外排名最高的城市是哪个", lambda L: C(L, "伦敦，总榜第4名（英国）；东京（日本）第10名。", RK(L, "London")), "superlative")
hs("30个城市里垫底的是谁", lambda L: C(
    L, "未公布：报告只公布了前十名（第10名是东京），30座城市的其余名次，包括最后一名，都没有公布。", L.notpub, THIRTY(L),
    no=[*L.nobody_at(range(11, 31)), *L.bare(), "(东京|東京)[^。\\n]{0,10}(是|为)?(30|三十)(个|座)?(城市)?(中|里)?的?(最后|倒数第一|垫底)"]),
   "superlative unpublished")

# --- filters ------------------------------------------------------------------------------------------------------
hs("前十名里的中国城市有哪些 附上名次", lambda L: C(
    L, "3座：北京第3名、上海第8名、香港第9名。", RKS(L, ["Beijing", "Shanghai", "Hong Kong"])), "filter")
hs("美国城市在前十分别排第几", lambda L: C(
    L, "波士顿第1名、旧金山第2名、纽约第5名、洛杉矶第6名、西雅图第7名。",
    RKS(L, ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"])), "filter")
hs("人才前十里的美国城市具体是哪几个", lambda L: TALENT(
    L, "报告没有点名：只说人才发展前十有5座美国城市；5座中国城市是北京、深圳、香港、广州、上海。", UNKNOWN_US(L)),
   "filter unpublished")
hs("教育前三有没有中国城市", lambda L: C(
    L, "有，香港教育排名第3。", RK(L, "Hong Kong", "edu"), no=[L.bare_no]), "filter")
hs("前十里除了中美还有哪些国家的城市", lambda L: C(
    L, "还有英国的伦敦（第4名）和日本的东京（第10名）。", RKS(L, ["London", "Tokyo"])), "filter")
hs("均衡那组里有哪些是中国城市", lambda L: C(
    L, "北京和上海（另外两座是伦敦和纽约）。", near(L.city("Beijing"), L.city("Shanghai"), 8),
    no=["(深圳|广州|香港)(也)?(属于|在|是)[^。\\n]{0,6}均衡"]), "filter")
hs("科创前三里有几个是美国的 都是谁", lambda L: C(
    L, "旧金山（科技创新第1名）和波士顿（第2名）。", RKS(L, ["San Francisco", "Boston"], "sci")), "filter")
hs("报告提到的中国城市里哪些没进总榜前十", lambda L: C(
    L, "深圳和广州：它们在人才发展前十，但不在公布的总榜前十，具体排名未公布。", NAMES(L, "Shenzhen", "Guangzhou"),
    NORANK(L, "Shenzhen", "Guangzhou"), no=L.talent_order_guards()), "filter")
hs("把前十里的亚洲城市按名次列一下", lambda L: C(
    L, "北京第3名、上海第8名、香港第9名、东京第10名。", RKS(L, ["Beijing", "Shanghai", "Hong Kong", "Tokyo"]),
    no=[L.city("Boston"), L.city("Seattle")]), "filter")

# --- set questions ------------------------------------------------------------------------------------------------
hs("哪些城市教育前三、科创前三两个榜都上了", lambda L: C(
    L, "只有波士顿：教育排名第1，科技创新排名第2。", L.city("Boston"),
    no=["(伦敦|香港|旧金山|北京)(也)?(都|同时)(在|进)"]), "setop")
hs("总榜前十里哪些城市同时也在人才前十", lambda L: TALENT(
    L, "确定在的：北京、上海、香港。确定不在人才发展前十的：伦敦、东京。无法确定的：波士顿、旧金山、纽约、洛杉矶、"
       "西雅图，因为人才发展前十的5座美国城市没有点名。", NAMES(L, "Beijing", "Shanghai", "Hong Kong"), OUT_T(L, "London"),
    OUT_T(L, "Tokyo"), UNKNOWN_US(L), NOT_OUT_OF_TALENT(L, "Beijing", "Shanghai", "Hong Kong")),
   "setop unpublished")
hs("人才潜力突出又在总榜前十的是哪几个", lambda L: C(
    L, "上海（第8名）和香港（第9名）；深圳、广州不在前十。", RKS(L, ["Shanghai", "Hong Kong"]), NORANK(L, "Shenzhen", "Guangzhou")),
   "setop")
hs("科创前三里有哪些不在教育前三", lambda L: C(
    L, "旧金山和北京（波士顿两个前三都在）。", NAMES(L, "San Francisco", "Beijing")), "setop")
hs("均衡组和人才前十的交集是什么", lambda L: TALENT(
    L, "北京、上海确定都在；伦敦不在人才发展前十；纽约无法确定，因为人才发展前十的5座美国城市没有点名。",
    NAMES(L, "Beijing", "Shanghai"), OUT_T(L, "London"), UNKNOWN_US(L),
    NOT_OUT_OF_TALENT(L, "Beijing", "Shanghai")), "setop unpublished")
hs("在人才前十但不属于人才潜力那组的中国城市", lambda L: C(
    L, "北京：它在人才发展前十，但不在人才潜力突出的城市（深圳、广州、香港、上海）之列。",
    near(L.city("Beijing"), "(人才|潜力|只有|唯一)", 30),
    no=L.talent_order_guards()), "setop")
hs("总榜前十里一个前三都没进的有哪些", lambda L: C(
    L, "纽约（第5名）、洛杉矶（第6名）、西雅图（第7名）、上海（第8名）、东京（第10名）。",
    RKS(L, ["New York", "Los Angeles", "Seattle", "Shanghai", "Tokyo"])), "setop")
hs("教育前三里谁同时进了人才前十", lambda L: TALENT(
    L, "香港确定在；伦敦不在人才发展前十；波士顿无法确定，人才发展前十的5座美国城市没有点名。", L.city("Hong Kong"),
    OUT_T(L, "London"), UNKNOWN_US(L), NOT_OUT_OF_TALENT(L, "Hong Kong")), "setop unpublished")
hs("前十里肯定没进人才前十的有谁", lambda L: TALENT(
    L, "伦敦和东京确定不在人才发展前十；5座美国城市无法确定，因为人才榜上的美国城市没有点名。", OUT_T(L, "London"),
    OUT_T(L, "Tokyo"), UNKNOWN_US(L)), "setop unpublished")

# --- aggregates ---------------------------------------------------------------------------------------------------
hs("美国城市在前十名里的占比", lambda L: C(
    L, "五成，也就是一半：10座里有5座是美国城市。", either(PCT(L, 50), near(number_word(L, 5), US(L), 20)),
    no=WRONG_PCT(L, 50)), "aggregate")
hs("前十名的城市一共分布在几个国家", lambda L: C(
    L, "4个国家：美国、中国、英国、日本。", US(L), CN(L), UK(L), JAPAN(L)), "aggregate")
hs("前十里中国城市平均排第几", lambda L: C(
    L, "平均约第6.67名：北京第3名、上海第8名、香港第9名。", "(6\\.6[67]|6\\.7(?!\\d)|20\\s*/\\s*3|三分之二)",
    no=["(?<![\\d.])7\\.5(?!\\d)"]), "aggregate")
hs("人才前十里中国城市和美国城市哪个多", lambda L: TALENT(
    L, "一样多：各5座（美国城市没有点名）。", "(一样|相同|各\\s*(5|五)|持平|对半|一半|平分|都是\\s*(5|五))"), "aggregate")
hs("前十里亚洲城市和北美城市是几比几", lambda L: C(
    L, "4比5：亚洲4座（北京、上海、香港、东京），北美5座（都是美国城市）。",
    either("4\\s*(比|:|：)\\s*5", "5\\s*(比|:|：)\\s*4", near(number_word(L, 4), ASIA(L), 20))), "aggregate")
hs("评估的30个城市里中国城市占多少", lambda L: C(
    L, "无法确定：30座城市的完整名单未公布。公布的结果中有5座中国城市。", L.notpub, THIRTY(L), no=[*NO_SHARE_OF_30(L), *L.bare()]),
   "aggregate unpublished")
hs("哪个洲在前十里城市最多", lambda L: C(
    L, "北美：5座，都是美国城市；亚洲4座，欧洲1座。", near(number_word(L, 5), NAM(L), 30),
    no=["(亚洲|欧洲)(的城市)?最多"]), "aggregate")
hs("前十里美国城市的平均名次是多少", lambda L: C(
    L, "平均第4.2名：波士顿第1名、旧金山第2名、纽约第5名、洛杉矶第6名、西雅图第7名。", "4\\.2(?!\\d)",
    no=["(?<![\\d.])5\\.5(?!\\d)"]), "aggregate")
hs("30个城市里进前十的比例是多少", lambda L: C(
    L, "三分之一：30座城市中有10座进了前十。", "(三分之一|1\\s*/\\s*3|33(\\.3+)?\\s?%|10\\s*(座|个)?[^。\\n]{0,6}(30|三十)|"
                                         "(30|三十)[^。\\n]{0,8}(10|十)\\s*(座|个))"),
   "aggregate")

hs("@citybot 北美以外排名最高的是哪座城市 说一下", lambda L: C(L, "北京，总榜第3名（前两名波士顿、旧金山都在北美）。", RK(L, "Beijing")),
   "superlative")
hs("前十里英国和日本的城市加起来有几个", lambda L: C(
    L, "2座：英国的伦敦（第4名）和日本的东京（第10名）。", either(near(either(number_word(L, 2), "两"), "(座|个|城市)", 4),
                                                  near(L.city("London"), L.city("Tokyo"), 20)),
    no=count_guard(L, 2, "(座|个)")), "aggregate")
hs("均衡组那四个城市总榜平均排第几", lambda L: C(
    L, "平均第5名：北京第3名、伦敦第4名、纽约第5名、上海第8名。", near(AVG(L), "(?<![\\d.])(5|五)(\\.0+)?(?![\\d.])", 12)),
   "aggregate")
hs("sci-tech前三里亚洲城市有几个", lambda L: C(
    L, "只有1个：北京（科技创新排名第3）。", RK(L, "Beijing", "sci"), no=count_guard(L, 1, "(个|座)?(亚洲)")), "filter")

# =================================================================================================================
# TRADITIONAL CHINESE (Taiwan usage and Hong Kong Cantonese)
# =================================================================================================================

# --- superlatives -------------------------------------------------------------------------------------------------
ht("美國以外邊個城市排最高", lambda L: C(L, "北京，總排名第3名。", RK(L, "Beijing")), "superlative")
ht("歐洲城市排名最高的是哪個", lambda L: C(L, "倫敦，總排名第4名，也是公佈結果中唯一的歐洲城市。", RK(L, "London")), "superlative")
ht("前十入面排得最低嘅中國城市係咪HK？", lambda L: C(L, "係，香港總排名第9名，係前十入面排得最低嘅中國城市。", RK(L, "Hong Kong"),
   no=[L.bare_no]), "superlative")
ht("亞洲除咗中國城市，邊個排得最前", lambda L: C(L, "東京，總排名第10名。", RK(L, "Tokyo")), "superlative")
ht("教育方面美國以外最好的城市是哪個", lambda L: C(L, "倫敦，教育排名第2。", RK(L, "London", "edu")), "superlative")
ht("人才前十入面邊個美國城市最勁", lambda L: TALENT(
    L, "無法確定：人才發展前十有5座美國城市，但報告沒有點名，也沒有公佈排序。", UNKNOWN_US(L)), "superlative unpublished")
ht("人才潛力嗰組入面總排名最高係邊個", lambda L: C(
    L, "上海，總排名第8名；深圳和廣州不在公佈的前十，具體排名未公佈。", RK(L, "Shanghai"), NORANK(L, "Shenzhen", "Guangzhou")),
   "superlative")
ht("第二好的美國城市是哪一個", lambda L: C(L, "舊金山，總排名第2名（波士頓第1名）。", RK(L, "San Francisco")), "superlative")

# --- filters ------------------------------------------------------------------------------------------------------
ht("前十名裡有哪些美國城市？", lambda L: C(
    L, "5座：波士頓第1名、舊金山第2名、紐約第5名、洛杉磯第6名、西雅圖第7名。",
    RKS(L, ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"])), "filter")
ht("總排名前十嘅中國城市有邊幾個", lambda L: C(
    L, "3座：北京第3名、上海第8名、香港第9名。", RKS(L, ["Beijing", "Shanghai", "Hong Kong"])), "filter")
ht("人才前十裡面有沒有日本城市", lambda L: C(
    L, "沒有：人才發展前十是5座美國城市和5座中國城市，東京不在其中。", L.neg,
    either(L.city("Tokyo"), near(number_word(L, 5), US(L), 10)), no=[L.bare_yes, *L.talent_guards()]),
   "filter")
ht("教育前三入面有冇美國以外嘅城市", lambda L: C(
    L, "有，倫敦教育排名第2，香港教育排名第3。", RKS(L, ["London", "Hong Kong"], "edu"), no=[L.bare_no]), "filter")
ht("均衡發展那一組裡面哪些是美國城市", lambda L: C(
    L, "只有紐約（另外三座是倫敦、北京、上海）。", L.city("New York"),
    no=["(波士頓|舊金山|三藩市|洛杉磯|西雅圖)(也)?(屬於|在|是)[^。\\n]{0,6}均衡"]), "filter")
ht("報告提到的城市中哪些來自英國或日本", lambda L: C(
    L, "倫敦（英國，總排名第4名）和東京（日本，第10名）。", RKS(L, ["London", "Tokyo"])), "filter")
ht("人才前十嘅美國城市係邊五個？唔好同我講唔知", lambda L: TALENT(
    L, "報告真係冇點名：只說人才發展前十有5座美國城市，另外5座中國城市是北京、深圳、香港、廣州、上海。", UNKNOWN_US(L)),
   "filter unpublished adversarial")

# --- set questions ------------------------------------------------------------------------------------------------
ht("邊個城市教育同科創兩個頭三都有份", lambda L: C(
    L, "只有波士頓：教育排名第1，科技創新排名第2。", L.city("Boston")), "setop")
ht("總排名前三但教育唔喺前三嘅", lambda L: C(
    L, "舊金山（第2名）和北京（第3名）。", NAMES(L, "San Francisco", "Beijing")), "setop")
ht("人才潛力突出但冇入總排名前十嘅城市", lambda L: C(
    L, "深圳和廣州，具體總排名未公佈。", NAMES(L, "Shenzhen", "Guangzhou"), NORANK(L, "Shenzhen", "Guangzhou")), "setop")
ht("均衡那組跟人才潛力那組有沒有重疊", lambda L: C(
    L, "有，上海兩組都在：它既屬於基礎教育與高等教育發展較均衡的城市，也屬於人才潛力突出的城市。", L.city("Shanghai"),
    BOTH(L), no=[L.bare_no]), "setop")
ht("前十名當中哪些城市一定不在人才前十", lambda L: TALENT(
    L, "倫敦和東京一定不在人才發展前十；5座美國城市無法確定，因為人才發展前十的美國城市沒有點名。",
    OUT_T(L, "London"), OUT_T(L, "Tokyo"), UNKNOWN_US(L)), "setop unpublished")
ht("科創前三裡面邊啲都喺人才前十", lambda L: TALENT(
    L, "北京確定在；舊金山和波士頓無法確定，因為人才發展前十的5座美國城市沒有點名。", L.city("Beijing"), UNKNOWN_US(L),
    NOT_OUT_OF_TALENT(L, "Beijing")), "setop unpublished")
ht("喺人才前十但唔喺總榜前十嘅有邊啲", lambda L: TALENT(
    L, "確定的有深圳和廣州；人才發展前十的5座美國城市沒有點名，所以無法確定它們是否在總排名前十。",
    NAMES(L, "Shenzhen", "Guangzhou"), either(L.notpub, L.five_us()), NORANK(L, "Shenzhen", "Guangzhou")),
   "setop unpublished")

# --- aggregates ---------------------------------------------------------------------------------------------------
ht("前十入面亞洲城市佔幾多", lambda L: C(
    L, "4座，即四成：北京、上海、香港、東京。", either(PCT(L, 40), near(number_word(L, 4), ASIA(L), 20)),
    no=WRONG_PCT(L, 40)), "aggregate")
ht("前十名一共來自幾個洲", lambda L: C(
    L, "3個洲：北美（美國5座）、亞洲（4座）、歐洲（倫敦）。", NAM(L), ASIA(L), W(L, "", "欧洲", "歐洲")), "aggregate")
ht("美國同中國喺前十各有幾個", lambda L: C(
    L, "美國5個，中國3個（北京、上海、香港）。", N(L, 5, US(L), 20), N(L, 3, CN(L), 20)), "aggregate")
ht("中國城市喺前十嘅平均排名係幾多", lambda L: C(
    L, "平均約第6.67名：北京第3名、上海第8名、香港第9名。", "(6\\.6[67]|6\\.7(?!\\d)|20\\s*/\\s*3|三分之二)",
    no=["(?<![\\d.])7\\.5(?!\\d)"]), "aggregate")
ht("30個城市入面有幾多個係美國城市", lambda L: C(
    L, "無法確定：30座城市的完整名單未公佈；公佈的前十裡有5座美國城市。", L.notpub, THIRTY(L), no=[*NO_SHARE_OF_30(L), *L.bare()]),
   "aggregate unpublished")
ht("前十裡美國城市跟亞洲城市哪邊比較多", lambda L: C(
    L, "美國比較多：美國5座，亞洲4座。", N(L, 5, US(L), 20), N(L, 4, ASIA(L), 20)), "aggregate")
ht("人才前十中國城市佔幾成", lambda L: TALENT(
    L, "五成，即一半：10座裡有5座中國城市（另外5座是未點名的美國城市）。",
    either(PCT(L, 50), near(number_word(L, 5), CN(L), 20))), "aggregate")
ht("教育前三的城市分別來自哪些國家", lambda L: C(
    L, "美國（波士頓）、英國（倫敦）、中國（香港）。", US(L), UK(L), CN(L)), "aggregate")

ht("除咗北美，邊個城市排得最高", lambda L: C(L, "北京，總排名第3名。", RK(L, "Beijing")), "superlative")
ht("前十入面有冇歐洲城市？有幾多個", lambda L: C(
    L, "有1個：倫敦，總排名第4名。", RK(L, "London"), no=[L.bare_no]), "filter")
ht("人才潛力那組的城市有幾個在總排名前十", lambda L: C(
    L, "2個：上海（第8名）和香港（第9名）；深圳和廣州不在前十。", RKS(L, ["Shanghai", "Hong Kong"]),
    NORANK(L, "Shenzhen", "Guangzhou")), "aggregate")
ht("均衡嗰組入面總排名最低係邊個", lambda L: C(L, "上海，總排名第8名（北京第3、倫敦第4、紐約第5）。", RK(L, "Shanghai")),
   "superlative")
ht("人才前十同均衡組都有份嘅城市", lambda L: TALENT(
    L, "北京和上海確定兩邊都有；倫敦不在人才發展前十；紐約無法確定，因為人才發展前十的5座美國城市沒有點名。",
    NAMES(L, "Beijing", "Shanghai"), OUT_T(L, "London"), UNKNOWN_US(L), NOT_OUT_OF_TALENT(L, "Beijing", "Shanghai")),
   "setop unpublished")
ht("前十名美國城市比中國城市多幾個", lambda L: C(
    L, "多2個：美國5個，中國3個。", either(near("多", either(number_word(L, 2), "(两|兩)"), 6), near(either(number_word(L, 2), "(两|兩)"), "(個|座)", 3)),
    N(L, 5, US(L), 20), N(L, 3, CN(L), 20)), "aggregate")

# =================================================================================================================
for q, fn, tg in E:
    add(q, with_guards(fn), tags=tg)
for q, fn, tg in H:
    add(q, with_guards(fn), tags=tg, script="hans")
for q, fn, tg in T:
    add(q, with_guards(fn), tags=tg, script="hant")

# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
