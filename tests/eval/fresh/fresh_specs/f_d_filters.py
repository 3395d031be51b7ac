"""Fresh, part D: filters, superlatives, set questions and aggregates over the published lists.

Written blind from issue 11 and the published facts. A filter keeps the cities of a published list that meet a
condition (a country, a continent, a part of a list, another list or group); a superlative picks the best or worst
of them; a set question combines two lists or groups; an aggregate counts, shares or averages over a published
list. At the edges -- the talent top 10's five unnamed US cities and its missing order, the unpublished rest of
the 30 cities -- the reply says what is known and what is not, and never gives a bare yes or no.
"""

from casebook import Chk, Sheet
from probe_specs._common import either, no_because
from specs._facts import (
    RANKED,
    mention,
    near,
    number_word,
    pos,
    t,
    who_at,
    wrong_way,
)

from fresh_specs._fx import adder, lenient_to_cantonese
from fresh_specs.f_c_sets import W, avg_cn, count, count_guard, no_ranks_for, us_listed_ok
from fresh_specs.f_filters import unpublished_30

SHEET = Sheet(
    "fr_d_filters",
    "part D: filters, superlatives, set questions and aggregates (written blind)",
    """
The cities of a published list that meet a condition (country, continent, part of the list, another list or
group); the best / worst / second of them; both / either / only one / one but not the other of two lists or
groups; counts, shares, averages and the country with the most cities. The talent top 10 names only its five
Chinese cities and has no order; the rest of the 30 cities evaluated was not published: replies say so.
""",
)
S = SHEET
add = adder(S)


# --- helpers ----------------------------------------------------------------------------------------------------
def absent_re(L, c):
    """A city that is not part of the answer, as a regex (a known city's name, or a raw regex)."""
    try:
        return L.city(c)
    except KeyError:
        return c


def pick(members, en, hans, hant, lst="overall", also=(), absent=(), more=(), no=(), ranks=True):
    """The cities of a published list that meet a condition, each said with its rank in LST where it has one;
    ALSO: other cities the reply may mention with their ranks (no other rank for them); ABSENT: not to be named."""

    def make(L):
        must, nos = [], []
        for c in members:
            n = pos(c, lst)
            must.append(L.at(c, n) if n and ranks else L.city(c))
            nos += L.wrong_rank(c, n, lst) if lst in RANKED else []
        for c in also:
            nos += L.wrong_rank(c, pos(c, lst), lst)
        if lst != "overall":
            must.append(mention(L, lst))
        nos += [absent_re(L, c) for c in absent]
        more_must = [m(L) if callable(m) else m for m in more]
        more_no = [x for m in no for x in (m(L) if callable(m) else [m])]
        return Chk(must + more_must, nos + more_no, ideal=t(L, en, hans, hant))

    return make


def top(city, n, en, hans, hant, lst="overall", also=(), absent=(), rivals=()):
    """A superlative: CITY (Nth in LST) is the answer; RIVALS must not be called the best / the answer."""

    def make(L):
        ck = pick([city], en, hans, hant, lst, also, absent)(L)
        for r in rivals:
            if L.code == "en":
                ck.no.append(f"\\b{L.city(r)}\\s+(?:is|was)\\s+(?:the\\s+)?(?:best|top|highest|lowest|worst|answer)\\b")
            else:
                ck.no.append(f"{L.city(r)}(?:是|为|為|係)?(?:最好|最强|最強|最高|最低|最差|第一)")
        return ck

    return make


def value(rx, wrong, en, hans, hant, *more):
    """An average or a ratio: the right value, and no wrong value said as the average."""

    def make(L):
        word = "(average|mean|avg|on average)" if L.code == "en" else "(平均)"
        no = [f"{word}[^.。\\n]{{0,40}}?(?<![\\d.]){w}(?![\\d])" for w in wrong]
        mm = [m(L) if callable(m) else m for m in more]
        return Chk([rx(L) if callable(rx) else rx, *mm], no, ideal=t(L, en, hans, hant))

    return make


def two(L):
    """The average 2 (not a rank 2nd)."""
    if L.code == "en":
        return ("((average|mean|avg)[^.\\n]{0,30}?\\b(2(\\.0)?|two)\\b(?!\\s*(st|nd|rd|th))|=\\s*2(\\.0)?(?!\\d|\\.\\d)|"
                "^\\W*2(\\.0)?(?!\\d|\\.\\d|st|nd|rd|th))")
    return "(平均[^。\\n]{0,12}?(第)?\\s*(2|二|两|兩)(?!\\d|\\.\\d)|=\\s*2(?!\\d|\\.\\d))"


def US(L):
    return W(L, "us")


def CN(L):
    return W(L, "cn")


def talent_edge(en, hans, hant, *must_cities, out=(), cn_outside=()):
    """A question whose answer turns on the talent top 10's five unnamed US cities: the reply names the certain
    part, says the rest is not known, names no US member (nor non-member) and no order."""

    def make(L):
        must = [L.notpub, either(L.five_us(), US(L))]
        must += ["(" + "|".join(L.city(x) for x in c.split("|")) + ")" for c in must_cities if c]
        no = [*L.talent_guards(), *L.bare()]
        for c in out:
            must.append(L.city(c))
        for c in cn_outside:
            no += L.no_rank(c)
        return Chk(must, no, ideal=t(L, en, hans, hant))

    return make


def share_of(pct_en, pct_zh, k, noun_key, en, hans, hant, wrong_pcts=()):
    """A share of the published top 10: the percentage (or k of 10) said."""

    def make(L):
        noun = W(L, noun_key)
        if L.code == "en":
            kw = ["zero", "one", "two", "three", "four", "five"][k]
            rx = f"({pct_en}|\\b({k}|{kw})\\s+(out\\s+)?of\\s+(the\\s+)?(top\\s+)?(10|ten)\\b|\\b{k}/10\\b)"
            no = [f"(?<![\\d.])(?:{'|'.join(wrong_pcts)})\\s*(?:%|per\\s*cent|percent)"]
        else:
            rx = f"({pct_zh}|{k}\\s*/\\s*10|十分之{'零一二三四五'[k]})"
            no = [f"(?<![\\d.])(?:{'|'.join(wrong_pcts)})\\s*(?:%|％)"]
        return Chk([rx], no + count_guard(L, k, noun), ideal=t(L, en, hans, hant))

    return make


# =============================================================================================================
# English
# =============================================================================================================
NON_US = ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"]
EU_OTHER = "(Paris|Berlin|Munich|Amsterdam|Zurich|Stockholm|Madrid|Geneva|Oxford|Cambridge|Manchester|巴黎|柏林|慕尼黑)"
JP_OTHER = "(Osaka|Kyoto|Yokohama|Nagoya|大阪|京都|横滨|橫濱|名古屋)"

EN_CASES = [
    # --- filters ---------------------------------------------------------------------------------------------
    ("yo @citybot which top ten cities r outside the usa",
     pick(NON_US, "Five of the top 10 are outside the US: Beijing (3rd), London (4th), Shanghai (8th), Hong Kong "
          "(9th) and Tokyo (10th).", "", ""), "filter group_chat"),
    ("european cities in the overall list?",
     pick(["London"], "Just one: London, 4th overall — the only European city in the published top 10.", "", "",
          absent=[EU_OTHER]), "filter"),
    ("which cities are both american and in the first five spots",
     pick(["Boston", "San Francisco", "New York"], "Three: Boston (1st), San Francisco (2nd) and New York (5th).",
          "", "", absent=["Los Angeles", "Seattle"]), "filter"),
    ("asian cities in the bottom half of the top 10",
     pick(["Shanghai", "Hong Kong", "Tokyo"], "Shanghai (8th), Hong Kong (9th) and Tokyo (10th). The other Asian "
          "city in the top 10, Beijing (3rd), is in the top half.", "", "", also=["Beijing"]), "filter"),
    ("which of the edu top 3 arent american",
     pick(["London", "Hong Kong"], "London (2nd in education) and Hong Kong (3rd in education); Boston, the "
          "American one, is 1st.", "", "", lst="edu"), "filter"),
    ("any japanese city other than tokyo in there",
     lambda L: Chk([L.neg, L.at("Tokyo", 10)], [JP_OTHER, L.bare_yes, *L.wrong_rank("Tokyo", 10)],
                   ideal="No — Tokyo (10th overall) is the only Japanese city in the published results."), "filter"),
    ("non chinese cities in the talent top ten?",
     talent_edge("The other five are US cities, but the report doesn't name them — so which US cities are in the "
                 "talent top 10 isn't known.", "", ""), "filter unpublished"),
    ("got any uk cities in the results",
     pick(["London"], "Yes, one: London — 4th overall and 2nd in education.", "", "",
          absent=["(Manchester|Edinburgh|Oxford|Cambridge|Birmingham)"]), "filter"),
    ("which of the top 10 are neither in north america nor asia",
     pick(["London"], "Only London (4th), the one European city in the top 10.", "", "",
          absent=[EU_OTHER]), "filter"),
    ("us cities ranked below new york?",
     pick(["Los Angeles", "Seattle"], "Los Angeles (6th) and Seattle (7th).", "", "",
          absent=["Boston", "San Francisco"]), "filter"),
    ("top-10 cities in china but leave hk out of it",
     pick(["Beijing", "Shanghai"], "Beijing (3rd) and Shanghai (8th).", "", "", also=["Hong Kong"]), "filter"),
    ("which of the talent potential cities actually made the overall top ten, and where",
     pick(["Shanghai", "Hong Kong"], "Two: Shanghai (8th) and Hong Kong (9th). Shenzhen and Guangzhou aren't in "
          "the published top 10 (their overall ranks weren't published).", "", "", also=["Shenzhen", "Guangzhou"]),
     "filter"),
    ("besides london were any other european cities evaluated",
     lambda L: Chk(
         [L.city("London"), L.notpub, "(30|thirty|full list|rest)"],
         [L.bare_yes, "\\b(?:no|any)\\s+other\\s+european\\s+cit(?:y|ies)\\s+(?:was|were)\\s+(?:evaluated|assessed|included)",
          "\\bLondon\\s+(?:is|was)\\s+the\\s+only\\s+european\\s+city\\s+(?:among|of|in)\\s+(?:the\\s+|all\\s+)?(?:30|thirty)",
          "\\b(?:30|thirty)\\s+(?:evaluated\\s+)?cities\\s+(?:include|included)\\s+" + EU_OTHER],
         ideal="The report doesn't say: 30 cities were evaluated but the full list wasn't published. In the "
               "published results London is the only European city."), "filter unpublished"),
    # --- superlatives ----------------------------------------------------------------------------------------
    ("whos the best chinese city in innovation",
     top("Beijing", 3, "Beijing — 3rd in sci-tech innovation, the only Chinese city in that top 3.", "", "",
         lst="sci", rivals=["Shanghai", "Hong Kong", "Shenzhen"]), "superlative filter"),
    ("ok so which asian city sits at the very bottom of the top ten",
     top("Tokyo", 10, "Tokyo — 10th, the lowest-ranked Asian city (and the last) in the top 10.", "", "",
         rivals=["Hong Kong", "Shanghai"]), "superlative filter"),
    ("highest ranked non american city in the education list",
     top("London", 2, "London — 2nd in education (Boston, 1st, is American).", "", "", lst="edu",
         rivals=["Hong Kong"]), "superlative filter"),
    ("best non-asian city in sci tech",
     top("San Francisco", 1, "San Francisco — 1st in sci-tech innovation.", "", "", lst="sci",
         rivals=["Boston"]), "superlative filter"),
    ("worst ranked european city lol",
     top("London", 4, "London — 4th overall. It's the only European city in the top 10, so it's both the best "
         "and the worst one.", "", "", absent=[EU_OTHER]), "superlative filter"),
    ("top us city in education?",
     top("Boston", 1, "Boston — 1st in education.", "", "", lst="edu", rivals=["San Francisco", "New York"]),
     "superlative filter"),
    ("lowest placed american city in the innovation top three",
     top("Boston", 2, "Boston — 2nd in sci-tech innovation (San Francisco is 1st; Beijing, 3rd, isn't "
         "American).", "", "", lst="sci", also=["San Francisco", "Beijing"]), "superlative filter"),
    ("highest ranked chinese city that is NOT in the top 10",
     lambda L: Chk(
         [L.notpub, L.city("Shenzhen"), L.city("Guangzhou")],
         [*L.no_rank("Shenzhen"), *L.no_rank("Guangzhou"), *L.bare(),
          "\\b(?:Shenzhen|Guangzhou)\\s+(?:is|ranks?|ranked|comes?)\\s+(?:\\w+\\s+)?(?:higher|better|ahead|above|"
          "the\\s+highest|the\\s+best)"],
         ideal="Not known: the Chinese cities outside the top 10 named in the report are Shenzhen and Guangzhou, "
               "and their overall ranks weren't published, so which is higher can't be said."),
     "superlative filter unpublished"),
    ("best asian city if you leave out china and hk",
     top("Tokyo", 10, "Tokyo — 10th overall, the only Asian city in the top 10 outside China.", "", "",
         rivals=["Beijing"]), "superlative filter"),
    ("which asian city is 2nd best among the asian ones",
     top("Shanghai", 8, "Shanghai — 8th overall, the second Asian city after Beijing (3rd).", "", "",
         also=["Beijing"]), "superlative filter"),
    ("3rd best chinese city overall",
     top("Hong Kong", 9, "Hong Kong — 9th overall, after Beijing (3rd) and Shanghai (8th).", "", "",
         also=["Beijing", "Shanghai"]), "superlative filter"),
    ("which non-american city does best in talent",
     lambda L: Chk([L.notpub, mention(L, "talent"), L.city("Shenzhen")], [*L.talent_guards(), *L.bare()],
                   ideal="There's no best one: the talent top 10 was published without an order. Its non-US "
                         "members are the five Chinese cities Beijing, Shenzhen, Hong Kong, Guangzhou and "
                         "Shanghai."), "superlative filter unpublished"),
    ("lowest ranked city in the balanced education group",
     top("Shanghai", 8, "Shanghai — 8th overall, the lowest of the four (Beijing 3rd, London 4th, New York 5th).",
         "", "", also=["Beijing", "London", "New York"]), "superlative filter"),
    ("of the talent potential cities which one is highest in the overall ranking",
     top("Shanghai", 8, "Shanghai — 8th overall; Hong Kong is 9th, and Shenzhen and Guangzhou aren't in the "
         "published top 10.", "", "", also=["Hong Kong", "Shenzhen", "Guangzhou"]), "superlative filter"),
    ("which talent potential city is the best at education",
     top("Hong Kong", 3, "Hong Kong — 3rd in education, the only one of the four in the education top 3.", "", "",
         lst="edu", rivals=["Shanghai", "Shenzhen", "Guangzhou"]), "superlative filter"),
    ("best overall city that's also in the balanced edu group",
     top("Beijing", 3, "Beijing — 3rd overall (London is 4th, New York 5th, Shanghai 8th).", "", "",
         also=["London", "New York", "Shanghai"]), "superlative filter"),
    ("highest ranked city thats not in the usa or china",
     top("London", 4, "London — 4th overall.", "", "", rivals=["Tokyo"]), "superlative filter"),
    ("which country's best city is ranked the lowest",
     lambda L: Chk([W(L, "japan"), L.at("Tokyo", 10)],
                   [*no_ranks_for(L, ["Tokyo", "Boston", "Beijing", "London"])],
                   ideal="Japan: its only city, Tokyo, is 10th. The best US city is Boston (1st), the best Chinese "
                         "city Beijing (3rd) and the UK's London 4th."), "superlative aggregate"),
    ("is beijing the top chinese city in every list?",
     lambda L: no_because(
         L, "No — Beijing is the best Chinese city overall (3rd) and in sci-tech innovation (3rd), but in "
            "education Hong Kong is the Chinese city in the top 3 (3rd), and the talent top 10 has no order.",
         L.at("Beijing", 3), L.at("Hong Kong", 3), mention(L, "edu"),
         no=[*L.no_rank("Beijing", "edu"), *L.wrong_rank("Hong Kong", 3, "edu"), *L.talent_order_guards()]),
     "superlative yesno"),
    ("is london the best non american city",
     lambda L: no_because(
         L, "No — Beijing is: 3rd overall, just ahead of London (4th).",
         L.at("Beijing", 3), L.at("London", 4),
         no=[wrong_way(L, "London", "Beijing"), *L.wrong_rank("Beijing", 3), *L.wrong_rank("London", 4)]),
     "superlative yesno"),
    ("which us city leads the talent ranking",
     talent_edge("Not known: the talent top 10 has five US cities, but the report neither names them nor gives an "
                 "order.", "", ""), "superlative unpublished"),
    ("lowest ranked of all 30 cities?",
     lambda L: Chk(who_at(L, 30).must, [*who_at(L, 30).no, L.bare_yes],
                   ideal="Not published: only the top 10 of the 30 was released (Tokyo is 10th), so the lowest "
                         "city isn't known."), "superlative unpublished"),
    ("pretend the full list was out, which chinese city would be 11th",
     lambda L: Chk(who_at(L, 11).must, who_at(L, 11).no + L.no_rank("Shenzhen") + L.no_rank("Guangzhou"),
                   ideal="I can't pretend: only the top 10 was published (Tokyo is 10th), so nobody's 11th place is "
                         "known — not Shenzhen's or Guangzhou's either."), "superlative unpublished adversarial"),
    # --- set questions ---------------------------------------------------------------------------------------
    ("any city in the sci tech top 3 that isnt in the overall top 3",
     lambda L: Chk([either(L.neg, "\\bnone\\b"), L.city("San Francisco"), L.city("Boston"), L.city("Beijing")],
                   [L.bare_yes, *no_ranks_for(L, ["Boston", "San Francisco", "Beijing"])],
                   ideal="No — the innovation top 3 (San Francisco, Boston, Beijing) are exactly the overall top 3 "
                         "(Boston 1st, San Francisco 2nd, Beijing 3rd), just in another order."), "setop"),
    ("which of the overall top 3 also made the top 3 for education",
     lambda L: Chk([L.city("Boston"), "(only|just|one)", mention(L, "edu")],
                   ["\\b(?:San Francisco|Beijing)\\s+(?:is|was)\\s+(?:also\\s+)?(?:in|among)\\s+(?:the\\s+)?"
                    "(?:education|edu)", *L.no_rank("San Francisco", "edu"), *L.no_rank("Beijing", "edu"),
                    *L.wrong_rank("Boston", 1, "edu")],
                   ideal="Only Boston (1st overall and 1st in education). San Francisco and Beijing aren't in the "
                         "education top 3."), "setop"),
    ("edu top 3 plus the balanced group, all the cities together pls",
     pick(["Boston", "London", "Hong Kong", "Beijing", "Shanghai", "New York"],
          "Six cities: Boston, London and Hong Kong (education top 3) and Beijing, Shanghai and New York (balanced "
          "group; London is in both).", "", "", absent=["Tokyo", "Seattle", "Los Angeles"], ranks=False), "setop"),
    ("potential group cities that aren't in the balanced group",
     pick(["Shenzhen", "Guangzhou", "Hong Kong"], "Shenzhen, Guangzhou and Hong Kong; Shanghai is in both groups.",
          "", "", absent=["London", "New York"], ranks=False), "setop"),
    ("balanced-education cities outside the talent potential group",
     pick(["London", "Beijing", "New York"], "London, Beijing and New York; Shanghai is in both groups.", "", "",
          absent=["Shenzhen", "Guangzhou"], ranks=False), "setop"),
    ("talent top 10 cities that also made the innov top 3",
     talent_edge("Beijing for certain (3rd in sci-tech innovation). San Francisco and Boston may or may not be: "
                 "the talent top 10's five US cities weren't named.", "Beijing", "San Francisco"),
     "setop unpublished"),
    ("non-american cities in both the top 10 and the balanced group",
     pick(["Beijing", "London", "Shanghai"], "Beijing (3rd), London (4th) and Shanghai (8th); the fourth balanced "
          "city, New York (5th), is American.", "", "", also=["New York"]), "setop"),
    ("cities that are in the edu top 3 and the talent potential group at the same time",
     lambda L: Chk([L.city("Hong Kong"), "(only|just|one)"],
                   ["\\b(?:Boston|London|Shanghai|Shenzhen|Guangzhou)\\s+(?:is|are)\\s+(?:also\\s+)?(?:in|among)\\s+both",
                    *L.wrong_rank("Hong Kong", 3, "edu")],
                   ideal="Only Hong Kong: 3rd in education and one of the cities with exceptional talent "
                         "potential."), "setop"),
    ("which cities are top 3 in both sci-tech and the overall ranking",
     lambda L: Chk([L.city("San Francisco"), L.city("Boston"), L.city("Beijing"), "(all|three|3|same)"],
                   [*no_ranks_for(L, ["Boston", "San Francisco", "Beijing"]),
                    *L.wrong_rank("San Francisco", 1, "sci"), *L.wrong_rank("Boston", 2, "sci")],
                   ideal="All three: Boston (1st overall, 2nd in innovation), San Francisco (2nd overall, 1st in "
                         "innovation) and Beijing (3rd in both)."), "setop"),
    ("top-10 cities that don't appear in any other published list or group",
     talent_edge("Tokyo for certain. Los Angeles and Seattle are in no other named list or group, but they might "
                 "be among the talent top 10's five unnamed US cities, so that isn't known. Every other top-10 "
                 "city appears in another list.", "Tokyo", "Los Angeles|Seattle"), "setop unpublished"),
    ("in the talent top ten but not in the overall top 10, who",
     talent_edge("Shenzhen and Guangzhou for certain. Whether any of the talent list's five US cities is outside "
                 "the overall top 10 isn't known: they aren't named.", "Shenzhen", "Guangzhou",
                 cn_outside=["Shenzhen", "Guangzhou"]), "setop unpublished"),
    ("so the five us talent cities are the same five as in the overall top 10 right",
     talent_edge("That isn't known: the talent top 10 has five US cities, but the report doesn't name them, so "
                 "it can't be said whether they are the five US cities of the overall top 10.", "", ""),
     "setop unpublished adversarial"),
    # --- aggregates ------------------------------------------------------------------------------------------
    ("how many cities from asia vs from north america in the top 10",
     lambda L: count(L, 4, W(L, "asia"), "Asia 4 (Beijing, Shanghai, Hong Kong, Tokyo), North America 5 (all US).",
                     near(number_word(L, 5), "(North America|US\\b|American|United States)", 40)), "aggregate"),
    ("what share of the top ten is european",
     share_of("(\\b10\\s*(%|per\\s*cent|percent)|one.tenth|1 in 10)", "", 1, "europe",
              "10% — one city of the ten, London.", "", "", ["20", "30", "40", "50"]), "aggregate"),
    ("average rank of the non us cities in the top 10",
     value("(?<![\\d.])6\\.8(?!\\d)", ["6\\.7", "7\\.5", "7\\.0", "6\\.0", "5\\.5"],
           "6.8: Beijing 3rd, London 4th, Shanghai 8th, Hong Kong 9th and Tokyo 10th — 34/5 = 6.8.", "", ""),
     "aggregate"),
    ("avg overall position of the innovation top 3 cities",
     value(two, ["1\\.\\d", "2\\.[1-9]", "3\\.\\d"],
           "2: San Francisco is 2nd, Boston 1st and Beijing 3rd overall — (2+1+3)/3 = 2.", "", ""), "aggregate"),
    ("average overall rank of the edu top three?",
     value("(4\\.67?|4\\.6+7?|14\\s*/\\s*3|4⅔)", ["4\\.2", "5\\.0", "3\\.\\d", "4\\.[0-5]"],
           "About 4.67: Boston 1st, London 4th and Hong Kong 9th overall — 14/3.", "", ""), "aggregate"),
    ("which country has the most cities in the top 10",
     lambda L: count(L, 5, US(L), "The United States, with five: Boston, San Francisco, New York, Los Angeles and "
                     "Seattle. China has three (Beijing, Shanghai, Hong Kong).", first="Boston"), "aggregate"),
    ("@citybot which country has the most cities in the talent top 10",
     lambda L: Chk([either(W(L, "equal"), "\\b(5|five)\\s*(and|&|vs\\.?|to|-|:|/)\\s*(5|five)\\b", "\\btie")],
                   [*L.talent_guards(), *count_guard(L, 5, US(L)), *count_guard(L, 5, CN(L)),
                    "\\b(?:the\\s+US|America|the\\s+United\\s+States|China)\\s+has\\s+(?:the\\s+)?most"],
                   ideal="Neither — it's a tie: five US cities (not named) and five Chinese cities (Beijing, "
                         "Shenzhen, Hong Kong, Guangzhou, Shanghai)."), "aggregate"),
    ("@citybot how many chinese cities in the top 5",
     lambda L: Chk([either(near(number_word(L, 1), CN(L), 30), "\\b(just|only)\\s+(one|Beijing)"), L.at("Beijing", 3)],
                   [*count_guard(L, 1, CN(L), hi=5), *L.wrong_rank("Beijing", 3)],
                   ideal="Just one Chinese city: Beijing, 3rd."), "aggregate"),
    ("usa vs china city count in the top 10 who wins",
     lambda L: Chk([near(number_word(L, 5), US(L), 40), near(number_word(L, 3), CN(L), 40)],
                   [*count_guard(L, 5, US(L)), *count_guard(L, 3, CN(L))],
                   ideal="The US: 5 US cities against 3 Chinese cities (Beijing, Shanghai, Hong Kong)."), "aggregate"),
    ("what percentage of the talent top 10 is american",
     lambda L: Chk(["(50\\s*%|50 ?per ?cent|\\bhalf\\b|\\b(5|five)\\s+(out\\s+)?of\\s+(the\\s+)?(10|ten)\\b)",
                    L.notpub], [*L.talent_guards(), *count_guard(L, 5, US(L))],
                   ideal="50%: five of the ten are US cities — though the report doesn't name which ones."),
     "aggregate unpublished"),
    ("what share of the 30 evaluated cities made the top 10",
     lambda L: Chk(["(1/3|one.third|a third|33(\\.3+)?\\s*%|\\b10\\s+(of|out of)\\s+(the\\s+)?(30|thirty))"],
                   [*L.bare(), "(?<![\\d.])(20|25|40|50)\\s*%"],
                   ideal="A third: 10 of the 30 cities evaluated (about 33%)."), "aggregate"),
    ("how many of the 30 are japanese",
     unpublished_30("Japanese", "", "Not known: the full list of 30 wasn't published. Tokyo (10th) is the only "
                    "Japanese city in the published results.", "", ""), "aggregate unpublished"),
    ("how many chinese cities were evaluated altogether",
     unpublished_30("Chinese", "", "That isn't published: 30 cities were evaluated, but the full list wasn't "
                    "released. The results name five Chinese cities: Beijing, Shanghai, Hong Kong, Shenzhen and "
                    "Guangzhou.", "", ""), "aggregate unpublished"),
    ("among all 30 which country has the most cities",
     lambda L: Chk([L.notpub, "(30|thirty|full list)", US(L)],
                   [*L.bare(), "\\b(?:the\\s+US|America|the\\s+United\\s+States|China)\\s+has\\s+the\\s+most\\s+"
                    "(?:cities\\s+)?(?:among|of|in)\\s+(?:the\\s+|all\\s+)?(?:30|thirty)",
                    "(?<![\\w.])(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+of\\s+(the\\s+|"
                    "all\\s+)?(30|thirty)\\s+(cities\\s+)?(are|were)\\s+(in\\s+|from\\s+)?(the\\s+)?(US|American|Chinese|China)"],
                   ideal="That can't be said: the full list of 30 wasn't published. In the published top 10 the US "
                         "has the most cities (five)."), "aggregate unpublished"),
    ("how many of the top-10 cities are in the balanced group",
     lambda L: Chk([either(near(number_word(L, 4), "(cit|balanced|all)", 40), "\\ball four\\b"),
                    L.at("Shanghai", 8)], [*no_ranks_for(L, ["Beijing", "London", "New York", "Shanghai"]),
                                           *count_guard(L, 4, "(balanced)", hi=10)],
                   ideal="All four balanced-education cities are in the top 10: Beijing (3rd), London (4th), New "
                         "York (5th) and Shanghai (8th)."), "aggregate"),
    ("how many edu top 3 cities does china have",
     lambda L: Chk([either(near(number_word(L, 1), "(Chin|Hong Kong)", 30), "\\b(just|only)\\s+(one|Hong Kong)"),
                    L.city("Hong Kong")], [*L.wrong_rank("Hong Kong", 3, "edu"), *L.no_rank("Beijing", "edu"),
                                           *L.no_rank("Shanghai", "edu")],
                   ideal="One: Hong Kong, 3rd in education."), "aggregate"),
    ("avg rank of chinese cities incl shenzhen and guangzhou", avg_cn, "aggregate unpublished"),
    ("count the cities named anywhere in the report by country",
     lambda L: Chk([near(number_word(L, 5), US(L), 40), near(number_word(L, 5), CN(L), 40),
                    "(UK\\b|United Kingdom|Britain|London)", "(Japan|Tokyo)"],
                   [*count_guard(L, 5, US(L)), *count_guard(L, 5, CN(L)), *us_listed_ok(L)],
                   ideal="12 named cities: 5 US (Boston, San Francisco, New York, Los Angeles, Seattle), 5 Chinese "
                         "(Beijing, Shanghai, Hong Kong, Shenzhen, Guangzhou), 1 UK (London) and 1 Japanese "
                         "(Tokyo)."), "aggregate"),
    ("are most top ten cities american",
     lambda L: no_because(
         L, "Not most — exactly half: 5 of the 10 are US cities.",
         "(\\bhalf\\b|\\b(5|five)\\s+(out\\s+)?of\\s+(the\\s+)?(10|ten)\\b|50\\s*%)",
         no=count_guard(L, 5, US(L))), "aggregate yesno"),
    ("does china have more top 10 cities than the us",
     lambda L: no_because(
         L, "No — China has 3 cities in the top 10 (Beijing, Shanghai, Hong Kong), the US has 5.",
         near(number_word(L, 3), either(CN(L), L.city("Beijing")), 40),
         no=[*count_guard(L, 3, CN(L)), *count_guard(L, 5, US(L))]), "aggregate yesno"),
    ("name the five american cities in the talent top 10",
     talent_edge("I can't: the report says the talent top 10 has five US cities but doesn't name them.", "", ""),
     "filter unpublished"),
]
for q, make, tags in EN_CASES:
    add(q, make, tags=tags)


# =============================================================================================================
# simplified Chinese
# =============================================================================================================
HANS_CASES = [
    ("总榜前十除掉美国城市还剩哪些",
     pick(NON_US, "", "还剩5座：北京（第3）、伦敦（第4）、上海（第8）、香港（第9）、东京（第10）。", ""), "filter"),
    ("欧洲城市在总榜里有哪几个",
     pick(["London"], "", "只有伦敦，总榜第4名，是公布的前十里唯一的欧洲城市。", "", absent=[EU_OTHER]), "filter"),
    ("榜上亚洲城市有哪些啊",
     pick(["Beijing", "Shanghai", "Hong Kong", "Tokyo"], "",
          "总榜前十里有4座：北京（第3）、上海（第8）、香港（第9）、东京（第10）。深圳和广州出现在人才相关名单里，但不在总榜前十。", "",
          also=["Shenzhen", "Guangzhou"]), "filter"),
    ("教育前三里面不是美国的城市",
     pick(["London", "Hong Kong"], "", "伦敦教育第2名，香港教育第3名；第1名波士顿是美国城市。", "", lst="edu"), "filter"),
    ("前十名的后半段有哪些亚洲城市",
     pick(["Shanghai", "Hong Kong", "Tokyo"], "", "上海（第8）、香港（第9）、东京（第10）；另一座亚洲城市北京（第3）在前半段。", "",
          also=["Beijing"]), "filter"),
    ("除了东京还有别的日本城市上榜吗",
     lambda L: Chk([L.neg, L.at("Tokyo", 10)], [JP_OTHER, L.bare_yes, *L.wrong_rank("Tokyo", 10)],
                   ideal="没有，东京（总榜第10名）是公布结果中唯一的日本城市。"), "filter"),
    ("人才前十里非中国的城市是哪些",
     talent_edge("", "另外5座是美国城市，但报告没有点名，所以不知道具体是哪几座。", ""), "filter unpublished"),
    ("前十里排在纽约后面的美国城市",
     pick(["Los Angeles", "Seattle"], "", "洛杉矶（第6）和西雅图（第7）。", "", absent=["Boston", "San Francisco"]),
     "filter"),
    ("中国城市里谁的科技创新排名最高",
     top("Beijing", 3, "", "北京，科技创新排名第3，是科创前三里唯一的中国城市。", "", lst="sci",
         rivals=["Shanghai", "Hong Kong", "Shenzhen"]), "superlative filter"),
    ("前十里垫底的亚洲城市",
     top("Tokyo", 10, "", "东京，第10名，是前十里排名最低的亚洲城市。", "", rivals=["Hong Kong", "Shanghai"]),
     "superlative filter"),
    ("美国城市里教育最好的是哪个",
     top("Boston", 1, "", "波士顿，教育排名第1。", "", lst="edu", rivals=["San Francisco", "New York"]),
     "superlative filter"),
    ("均衡组里总排名最低的是谁",
     top("Shanghai", 8, "", "上海，总榜第8名，是四座里最低的（北京第3、伦敦第4、纽约第5）。", "",
         also=["Beijing", "London", "New York"]), "superlative filter"),
    ("人才潜力组里总榜排名最高的城市",
     top("Shanghai", 8, "", "上海，总榜第8名；香港第9名，深圳和广州不在公布的前十。", "",
         also=["Hong Kong", "Shenzhen", "Guangzhou"]), "superlative filter"),
    ("人才潜力城市里哪个教育最好",
     top("Hong Kong", 3, "", "香港，教育排名第3，是这四座里唯一进了教育前三的。", "", lst="edu",
         rivals=["Shanghai", "Shenzhen", "Guangzhou"]), "superlative filter"),
    ("哪个国家最好的城市排名最靠后",
     lambda L: Chk([W(L, "japan"), L.at("Tokyo", 10)], no_ranks_for(L, ["Tokyo", "Boston", "Beijing", "London"]),
                   ideal="日本：它唯一的城市东京排第10名。美国最好的是波士顿（第1），中国是北京（第3），英国是伦敦（第4）。"),
     "superlative aggregate"),
    ("北京是不是每个榜都是中国第一",
     lambda L: no_because(
         L, "不是。北京在总榜（第3名）和科技创新（第3名）都是中国城市第一，但教育前三里的中国城市是香港（教育第3名），人才发展前十也没有排序。",
         L.at("Beijing", 3), L.at("Hong Kong", 3), mention(L, "edu"),
         no=[*L.no_rank("Beijing", "edu"), *L.wrong_rank("Hong Kong", 3, "edu"), *L.talent_order_guards()]),
     "superlative yesno"),
    ("人才前十里排最前的美国城市是谁",
     talent_edge("", "无法回答：人才发展前十有5座美国城市，但报告既没有点名，也没有公布排序。", ""), "superlative unpublished"),
    ("假设全部名单都公布了，排第11的中国城市是哪个",
     lambda L: Chk(who_at(L, 11).must, who_at(L, 11).no + L.no_rank("Shenzhen") + L.no_rank("Guangzhou"),
                   ideal="没法假设：报告只公布了前十名（第10名是东京），第11名未公布，深圳和广州的具体排名也未公布。"),
     "superlative unpublished adversarial"),
    ("总榜前三里哪些也是教育前三",
     lambda L: Chk([L.city("Boston"), "(只有|仅|唯一|就)", mention(L, "edu")],
                   ["(旧金山|北京)(也)?(在|进了|进入了?|入选了?)教育前", *L.no_rank("San Francisco", "edu"),
                    *L.no_rank("Beijing", "edu"), *L.wrong_rank("Boston", 1, "edu")],
                   ideal="只有波士顿（总榜第1，教育第1名）。旧金山和北京不在教育前三。"), "setop"),
    ("科创前三里有没有不在总榜前三的",
     lambda L: Chk([L.neg, L.city("San Francisco"), L.city("Boston"), L.city("Beijing")],
                   [L.bare_yes, *no_ranks_for(L, ["Boston", "San Francisco", "Beijing"])],
                   ideal="没有：科创前三（旧金山、波士顿、北京）正好就是总榜前三（波士顿第1、旧金山第2、北京第3），只是顺序不同。"),
     "setop"),
    ("教育前三和均衡组合起来有哪些城市",
     pick(["Boston", "London", "Hong Kong", "Beijing", "Shanghai", "New York"], "",
          "共6座：波士顿、伦敦、香港（教育前三），加上北京、上海、纽约（均衡组；伦敦两边都有）。", "",
          absent=["Tokyo", "Seattle", "Los Angeles"], ranks=False), "setop"),
    ("人才前十里有哪些城市没进总榜前十",
     talent_edge("", "确定的是深圳和广州；人才前十里的5座美国城市没有点名，它们是否在总榜前十无法确定。", "",
                 "Shenzhen", "Guangzhou", cn_outside=["Shenzhen", "Guangzhou"]), "setop unpublished"),
    ("均衡组里不是中国的城市",
     pick(["London", "New York"], "", "伦敦（第4）和纽约（第5）；北京和上海是中国城市。", "", also=["Beijing", "Shanghai"]),
     "setop filter"),
    ("潜力组里有没有城市同时也在教育前三",
     lambda L: Chk([L.city("Hong Kong"), mention(L, "edu")],
                   ["(上海|深圳|广州)(也)?(在|进了|进入了?|入选了?)教育前", *L.wrong_rank("Hong Kong", 3, "edu"),
                    *L.no_rank("Shanghai", "edu"), L.bare_no],
                   ideal="有，只有香港：教育排名第3，同时属于人才潜力突出的城市。"), "setop"),
    ("哪个国家的城市在前十里最多",
     lambda L: count(L, 5, US(L), "美国，有5座：波士顿、旧金山、纽约、洛杉矶、西雅图。中国有3座（北京、上海、香港）。",
                     first="Boston"), "aggregate"),
    ("人才前十哪个国家城市最多",
     lambda L: Chk([either(W(L, "equal"), "(5|五)\\s*(比|对|:|：)\\s*(5|五)")],
                   [*L.talent_guards(), *count_guard(L, 5, US(L)), *count_guard(L, 5, CN(L)),
                    "(美国|中国)(城市)?(最多|更多|多于|较多)"],
                   ideal="一样多：5座美国城市（未点名）和5座中国城市（北京、深圳、香港、广州、上海）。"), "aggregate"),
    ("前十里非美国城市的平均排名是多少",
     value("(?<![\\d.])6\\.8(?!\\d)", ["6\\.7", "7\\.5", "7\\.0", "6\\.0", "5\\.5"],
           "", "平均6.8名：北京第3、伦敦第4、上海第8、香港第9、东京第10，34/5 = 6.8。", ""), "aggregate"),
    ("科创前三在总榜上平均排第几",
     value(two, ["1\\.\\d", "2\\.[1-9]", "3\\.\\d"],
           "", "平均第2名：旧金山总榜第2、波士顿第1、北京第3，(2+1+3)/3 = 2。", ""), "aggregate"),
    ("前十里欧洲城市占多少百分比",
     share_of("", "(10\\s*(%|％)|百分之十(?![一二三四五六七八九])|一成|1\\s*成)", 1, "europe", "",
              "10%：前十里只有伦敦一座欧洲城市。", "", ["20", "30", "40", "50"]), "aggregate"),
    ("30个城市里有百分之几进了前十",
     lambda L: Chk(["(三分之一|1\\s*/\\s*3|33(\\.3+)?\\s*(%|％)|百分之三十三)"], [*L.bare(), "(?<![\\d.])(20|25|40|50)\\s*(%|％)"],
                   ideal="三分之一：30座城市中有10座进了前十，约33%。"), "aggregate"),
    ("一共评估了多少个中国城市",
     unpublished_30("", "(中国|中國)", "", "没有公布：报告评估了30座城市，但完整名单未公布。结果中点名的中国城市有5座：北京、上海、香港、深圳、广州。", ""),
     "aggregate unpublished"),
    ("前十名里中国城市和美国城市的数量比",
     lambda L: Chk(["(3\\s*(:|：|比)\\s*5|三比五|5\\s*(:|：|比)\\s*3|五比三)"],
                   [*count_guard(L, 3, CN(L)), *count_guard(L, 5, US(L))],
                   ideal="3比5：中国城市3座（北京、上海、香港），美国城市5座。"), "aggregate"),
    ("各国在前十里分别有几座城市",
     lambda L: Chk([near(number_word(L, 5), US(L), 20), near(number_word(L, 3), CN(L), 20), "英国", "日本"],
                   [*count_guard(L, 5, US(L)), *count_guard(L, 3, CN(L))],
                   ideal="美国5座（波士顿、旧金山、纽约、洛杉矶、西雅图），中国3座（北京、上海、香港），英国1座（伦敦），日本1座（东京）。"),
     "aggregate"),
    ("教育前三的城市在总榜平均排第几",
     value("(4\\.67?|4\\.6+7?|14\\s*/\\s*3)", ["4\\.2", "5\\.0", "3\\.\\d", "4\\.[0-5]"],
           "", "约4.67：波士顿总榜第1、伦敦第4、香港第9，14/3≈4.67。", ""), "aggregate"),
    ("前十是不是大部分都是美国城市",
     lambda L: no_because(L, "不算大部分，正好一半：前十里有5座美国城市。", "(一半|半数|5\\s*(座|个)|五座|50\\s*%)",
                          no=count_guard(L, 5, US(L))), "aggregate yesno"),
    ("人才榜里美国城市占了多大比例",
     lambda L: Chk(["(一半|50\\s*(%|％)|五成|百分之五十)", L.notpub], [*L.talent_guards(), *count_guard(L, 5, US(L))],
                   ideal="一半：人才发展前十里有5座美国城市，但报告没有点名是哪几座。"), "aggregate unpublished"),
    ("前五名中有几个是中国的",
     lambda L: Chk([either(near(number_word(L, 1), CN(L), 30), "(只有|仅有)(一|1)"), L.at("Beijing", 3)],
                   [*count_guard(L, 1, CN(L), hi=5), *L.wrong_rank("Beijing", 3)],
                   ideal="只有1座中国城市：北京，第3名。"), "aggregate"),
]
for q, make, tags in HANS_CASES:
    add(q, make, tags=tags, script="hans")


# =============================================================================================================
# traditional Chinese (Taiwan and Hong Kong usage)
# =============================================================================================================
HANT_CASES = [
    ("前十入面邊啲唔係美國城市",
     pick(NON_US, "", "", "5個：北京（第3）、倫敦（第4）、上海（第8）、香港（第9）、東京（第10）。"), "filter"),
    ("歐洲城市喺總榜有邊個",
     pick(["London"], "", "", "只有倫敦，總排名第4，是公佈的前十裡唯一的歐洲城市。", absent=[EU_OTHER]), "filter"),
    ("請問有哪些亞洲城市擠進前十名",
     pick(["Beijing", "Shanghai", "Hong Kong", "Tokyo"], "", "", "4座：北京（第3）、上海（第8）、香港（第9）、東京（第10）。"),
     "filter"),
    ("教育前三入面有邊個唔係美國嘅",
     pick(["London", "Hong Kong"], "", "", "倫敦教育第2名，香港教育第3名；第1名波士頓是美國城市。", lst="edu"), "filter"),
    ("前十後半段的亞洲城市有哪些",
     pick(["Shanghai", "Hong Kong", "Tokyo"], "", "", "上海（第8）、香港（第9）、東京（第10）；北京（第3）在前半段。",
          also=["Beijing"]), "filter"),
    ("人才前十裡面除咗中國城市仲有邊啲",
     talent_edge("", "", "另外5座是美國城市，但報告沒有點名，所以不知道是哪幾座。"), "filter unpublished"),
    ("中國城市裡面科技創新最強的是哪個",
     top("Beijing", 3, "", "", "北京，科技創新排名第3，是科創前三裡唯一的中國城市。", lst="sci",
         rivals=["Shanghai", "Hong Kong", "Shenzhen"]), "superlative filter"),
    ("均衡組入面總排名最低嘅係邊個",
     top("Shanghai", 8, "", "", "上海，總排名第8，是四座裡最低的（北京第3、倫敦第4、紐約第5）。",
         also=["Beijing", "London", "New York"]), "superlative filter"),
    ("美國城市裡教育排名最高的是哪一個",
     top("Boston", 1, "", "", "波士頓，教育排名第1。", lst="edu", rivals=["San Francisco", "New York"]),
     "superlative filter"),
    ("潛力組入面邊個城市總排名最高",
     top("Shanghai", 8, "", "", "上海，總排名第8；香港第9，深圳和廣州不在公佈的前十。",
         also=["Hong Kong", "Shenzhen", "Guangzhou"]), "superlative filter"),
    ("邊個國家嘅最佳城市排得最低",
     lambda L: Chk([W(L, "japan"), L.at("Tokyo", 10)], no_ranks_for(L, ["Tokyo", "Boston", "Beijing", "London"]),
                   ideal="日本：唯一的城市東京排第10名。美國最好的是波士頓（第1），中國是北京（第3），英國是倫敦（第4）。"),
     "superlative aggregate"),
    ("北京係咪每個榜都係中國城市第一",
     lambda L: no_because(
         L, "不是。北京在總排名（第3名）和科技創新（第3名）都是中國城市第一，但教育前三裡的中國城市是香港（教育第3名），人才發展前十也沒有排序。",
         L.at("Beijing", 3), L.at("Hong Kong", 3), mention(L, "edu"),
         no=[*L.no_rank("Beijing", "edu"), *L.wrong_rank("Hong Kong", 3, "edu"), *L.talent_order_guards()]),
     "superlative yesno"),
    ("人才前十排最前嘅美國城市係邊個",
     talent_edge("", "", "無法回答：人才發展前十有5座美國城市，但報告既沒有點名，也沒有公佈排序。"), "superlative unpublished"),
    ("當份名單全部公佈咗，第11名係邊個中國城市",
     lambda L: Chk(who_at(L, 11).must, who_at(L, 11).no + L.no_rank("Shenzhen") + L.no_rank("Guangzhou"),
                   ideal="無法假設：報告只公佈了前十名（第10名是東京），第11名未公佈，深圳和廣州的具體排名也未公佈。"),
     "superlative unpublished adversarial"),
    ("總排名前三同教育前三都有嘅城市",
     lambda L: Chk([L.city("Boston"), "(只有|僅|唯一|就)", mention(L, "edu")],
                   ["(舊金山|三藩市|北京)(也)?(在|喺|進了|入咗|入選了?)教育前", *L.no_rank("San Francisco", "edu"),
                    *L.no_rank("Beijing", "edu"), *L.wrong_rank("Boston", 1, "edu")],
                   ideal="只有波士頓（總排名第1，教育第1名）。舊金山和北京不在教育前三。"), "setop"),
    ("科創前三有冇城市唔喺總榜前三",
     lambda L: Chk([L.neg, L.city("San Francisco"), L.city("Boston"), L.city("Beijing")],
                   [L.bare_yes, *no_ranks_for(L, ["Boston", "San Francisco", "Beijing"])],
                   ideal="沒有：科創前三（舊金山、波士頓、北京）正好就是總排名前三（波士頓第1、舊金山第2、北京第3），只是順序不同。"),
     "setop"),
    ("人才前十有邊啲城市冇入總排名前十",
     talent_edge("", "", "確定的是深圳和廣州；人才前十裡的5座美國城市沒有點名，它們是否在總排名前十無法確定。",
                 "Shenzhen", "Guangzhou", cn_outside=["Shenzhen", "Guangzhou"]), "setop unpublished"),
    ("均衡組入面唔係中國嘅城市",
     pick(["London", "New York"], "", "", "倫敦（第4）和紐約（第5）；北京和上海是中國城市。", also=["Beijing", "Shanghai"]),
     "setop filter"),
    ("潛力組同教育前三都有份嘅城市",
     lambda L: Chk([L.city("Hong Kong"), "(只有|僅|唯一|就)"],
                   ["(上海|深圳|廣州)(也)?(在|喺|進了|入咗|入選了?)教育前", *L.wrong_rank("Hong Kong", 3, "edu"),
                    *L.no_rank("Shanghai", "edu")],
                   ideal="只有香港：教育排名第3，同時屬於人才潛力突出的城市。"), "setop"),
    ("教育均衡的城市和潛力組的城市加在一起是哪幾個",
     pick(["London", "Beijing", "Shanghai", "New York", "Shenzhen", "Guangzhou", "Hong Kong"], "", "",
          "共7座：倫敦、北京、上海、紐約（教育均衡），加上深圳、廣州、香港（人才潛力突出；上海兩組都有）。",
          absent=["Tokyo", "Seattle", "Los Angeles", "Boston"], ranks=False), "setop"),
    ("哪個國家在前十名的城市最多",
     lambda L: count(L, 5, US(L), "美國，有5座：波士頓、舊金山、紐約、洛杉磯、西雅圖。中國有3座（北京、上海、香港）。",
                     first="Boston"), "aggregate"),
    ("人才發展前十邊個國家嘅城市最多",
     lambda L: Chk([either(W(L, "equal"), "(5|五)\\s*(比|對|:|：)\\s*(5|五)", "打和")],
                   [*L.talent_guards(), *count_guard(L, 5, US(L)), *count_guard(L, 5, CN(L)),
                    "(美國|中國)(城市)?(最多|更多|多過|較多|多啲)"],
                   ideal="一樣多：5座美國城市（未點名）和5座中國城市（北京、深圳、香港、廣州、上海）。"), "aggregate"),
    ("前十名非美國城市的平均名次是多少",
     value("(?<![\\d.])6\\.8(?!\\d)", ["6\\.7", "7\\.5", "7\\.0", "6\\.0", "5\\.5"],
           "", "", "平均6.8名：北京第3、倫敦第4、上海第8、香港第9、東京第10，34/5 = 6.8。"), "aggregate"),
    ("前十裡歐洲城市佔幾成",
     share_of("", "(10\\s*(%|％)|百分之十(?![一二三四五六七八九])|一成|1\\s*成)", 1, "europe", "", "",
              "一成（10%）：前十裡只有倫敦一座歐洲城市。", ["20", "30", "40", "50"]), "aggregate"),
    ("30個城市有幾成入到前十",
     lambda L: Chk(["(三分之一|1\\s*/\\s*3|33(\\.3+)?\\s*(%|％)|百分之三十三|三成三)"],
                   [*L.bare(), "(?<![\\d.])(20|25|40|50)\\s*(%|％)"],
                   ideal="三分之一：30座城市中有10座進了前十，約33%。"), "aggregate"),
    ("總共評估了多少個中國城市",
     unpublished_30("", "(中国|中國)", "", "", "沒有公佈：報告評估了30座城市，但完整名單未公佈。結果中點名的中國城市有5座：北京、上海、香港、深圳、廣州。"),
     "aggregate unpublished"),
    ("各個國家喺前十分別有幾多個城市",
     lambda L: Chk([near(number_word(L, 5), US(L), 20), near(number_word(L, 3), CN(L), 20), "英國", "日本"],
                   [*count_guard(L, 5, US(L)), *count_guard(L, 3, CN(L))],
                   ideal="美國5座（波士頓、舊金山、紐約、洛杉磯、西雅圖），中國3座（北京、上海、香港），英國1座（倫敦），日本1座（東京）。"),
     "aggregate"),
    ("教育前三喺總榜平均排第幾",
     value("(4\\.67?|4\\.6+7?|14\\s*/\\s*3)", ["4\\.2", "5\\.0", "3\\.\\d", "4\\.[0-5]"],
           "", "", "約4.67：波士頓總排名第1、倫敦第4、香港第9，14/3≈4.67。"), "aggregate"),
    ("前十係咪大部分都係美國城市",
     lambda L: no_because(L, "不算大部分，剛好一半：前十裡有5座美國城市。", "(一半|半數|5\\s*(座|個)|五座|50\\s*%)",
                          no=count_guard(L, 5, US(L))), "aggregate yesno"),
]
for q, make, tags in HANT_CASES:
    add(q, make, tags=tags, script="hant")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S, within=False)
