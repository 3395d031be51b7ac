"""Fresh: yes / no questions (issue 11, point 6) -- about ranks, list membership, who leads a list, which of two
cities is higher, neighbours and gaps, sets across lists and counts over a published list; with false premises
(a no, with the reason) and with questions whose answer the report does not give (never a bare yes or no)."""

from casebook import Chk, Sheet
from probe_specs._common import ahead, either, member_p
from specs._facts import (
    BALANCED,
    POTENTIAL,
    TALENT_CN,
    US,
    compare,
    distance,
    mention,
    neighbour,
    ordinal,
    pos,
    real_outside,
    t,
    zh_place,
)
from vocab import NOTPUB_ZH

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_yesno",
    "yes / no about ranks, lists, leaders, comparisons, neighbours, sets and counts (issue 11, point 6)",
    """
A yes or a no answers exactly the question asked, with its reason: "does Boston lead in innovation" is a no
(San Francisco does); a false premise is corrected; where the report does not give the answer (a US city and the
talent top 10, an order inside it, a rank outside the published lists, a share of the 30) the reply says so and
never opens with a bare yes or no.
""",
)
S = SHEET
_add = adder(S)

# Cantonese ways to say "not known" and "not in" (a Cantonese question may well get a Cantonese reply)
CANTO_NOTPUB = "(唔知|唔清楚|冇公佈|冇公布|冇點名|冇排序|冇講|未有公佈|講唔到|話唔到|估唔到|唔確定)"
NEG_IN_OUTSIDE = "(不在|没有进|"


def canto(ck: Chk) -> Chk:
    ck.must = [
        either(m, CANTO_NOTPUB) if m == NOTPUB_ZH else m.replace(NEG_IN_OUTSIDE, "(不在|唔喺|唔在|冇入|冇喺|没有进|")
        for m in ck.must
    ]
    return ck


def add(q, make, *, tags, **kw):
    """adder(), with Cantonese accepted in replies to traditional (and shared-character) questions."""

    def wrapped(L):
        parts = make(L)
        if L.code in ("hant", "zh"):
            parts = [canto(p) if isinstance(p, Chk) else p for p in (parts if isinstance(parts, list) else [parts])]
        return parts

    return _add(q, wrapped, tags=tags, **kw)

# --- yes / no words, Cantonese included ------------------------------------------------------------------------


def YES(L):
    return L.yes if L.code == "en" else either(L.yes, "係", "冇錯", "啱")


def NEG(L):
    return L.neg if L.code == "en" else either(L.neg, "唔", "冇", "並非")


def BYES(L):
    """A reply opening with a bare yes."""
    return [L.bare_yes] + ([] if L.code == "en" else ["^\\W*(係|係呀|係啊|啱|冇錯)\\s*([，,。.！!：:]|$)"])


def BNO(L):
    """A reply opening with a bare no."""
    return [L.bare_no] + ([] if L.code == "en" else ["^\\W*(唔係|唔啱|冇|唔喺)\\s*([，,。.！!：:]|$)"])


def rx(L, en, hans, hant):
    """A regex in the reply's language; a question in shared characters accepts both scripts."""
    if L.code == "zh":
        return f"({hans}|{hant})"
    return t(L, en, hans, hant)


def yes_head(L):
    return t(L, "Yes — ", "是的，", "是的，")


def no_head(L):
    return t(L, "No — ", "不是，", "不是，")


LNAME = {
    "overall": ("overall", "总榜", "總排名"),
    "edu": ("in education", "教育", "教育"),
    "sci": ("in sci-tech innovation", "科技创新", "科技創新"),
}
SIZE = {"overall": 10, "edu": 3, "sci": 3}


# --- builders --------------------------------------------------------------------------------------------------


def mem(city, grp):
    """Is CITY in GRP? member_p(); for a US city and the talent top 10: not known."""

    def make(L):
        ck = member_p(L, city, grp)
        if L.code == "en" and grp == "potential" and city not in POTENTIAL:
            ck.ideal = f"No — {city} isn't in the talent potential group (Shenzhen, Guangzhou, Hong Kong, Shanghai)."
        return ck

    return make


def is_rank(city, claimed, lst="overall"):
    """'Is CITY Nth (in LST)?': yes with the rank; no with the real rank (or that it is outside the published list);
    not known past the end of the published list."""

    def make(L):
        c = L.name(city)
        actual = pos(city, lst)
        ln = LNAME[lst]
        ment = [mention(L, lst)] if lst != "overall" else []
        if actual == claimed:
            ideal = t(L, f"Yes — {c} is {ordinal(actual)} {ln[0]}.", f"是的，{c}{zh_place('hans', lst, actual)}。",
                      f"是的，{c}{zh_place('hant', lst, actual)}。")
            return Chk([L.at(city, actual), *ment], BNO(L) + L.wrong_rank(city, actual, lst), ideal=ideal)
        if actual:
            ideal = t(L, f"No — {c} is {ordinal(actual)} {ln[0]}, not {ordinal(claimed)}.",
                      f"不是，{c}{zh_place('hans', lst, actual)}，不是第{claimed}名。",
                      f"不是，{c}{zh_place('hant', lst, actual)}，不是第{claimed}名。")
            return Chk([NEG(L), L.at(city, actual), *ment], BYES(L) + L.wrong_rank(city, actual, lst), ideal=ideal)
        size = SIZE[lst]
        if claimed <= size:  # that place belongs to someone else, and CITY is not in the published list
            from specs._facts import RANKED

            other = RANKED[lst][claimed - 1]
            o = L.name(other)
            ideal = t(
                L,
                f"No — {ordinal(claimed)} {ln[0]} is {o}; {c} isn't in the published top {size}, and its exact "
                "rank wasn't published.",
                f"不是，{zh_place('hans', lst, claimed)}是{o}；{c}不在公布的前{'十' if size == 10 else '三'}名之列，"
                "具体排名未公布。",
                f"不是，{zh_place('hant', lst, claimed)}是{o}；{c}不在公佈的前{'十' if size == 10 else '三'}名之列，"
                "具體排名未公佈。",
            )
            return Chk([NEG(L), L.outside(city, lst), *ment], BYES(L) + L.no_rank(city, lst), ideal=ideal)
        ideal = t(
            L,
            f"Can't say: only the top {size} {ln[0]} {'was' if size == 10 else 'were'} published, and {c} isn't in "
            f"it, so whether it is {ordinal(claimed)} isn't known.",
            f"无法确定：{ln[1]}只公布了前{'十' if size == 10 else '三'}名，{c}不在其中，具体排名未公布，"
            f"所以不知道是不是第{claimed}名。",
            f"無法確定：{ln[2]}只公佈了前{'十' if size == 10 else '三'}名，{c}不在其中，具體排名未公佈，"
            f"所以不知道是不是第{claimed}名。",
        )
        return Chk([L.notpub, L.city(city), *ment], BYES(L) + BNO(L) + L.no_rank(city, lst), ideal=ideal)

    return make


def talent_rank(city):
    """'Is CITY first (Nth) in talent?': no order was published; for a city outside it, a no."""

    def make(L):
        c = L.name(city)
        if city in TALENT_CN:
            ideal = t(
                L,
                f"Can't say: {c} is in the talent top 10, but that list was published without an order, so it has "
                "no rank there.",
                f"无法确定：{c}在人才发展前十之列，但这份名单没有公布排序，所以没有具体名次。",
                f"無法確定：{c}在人才發展前十之列，但這份名單沒有公佈排序，所以沒有具體名次。",
            )
            return Chk([L.notpub, L.city(city), mention(L, "talent")], BYES(L) + BNO(L) + L.talent_guards(),
                       ideal=ideal)
        if city in US:
            ideal = t(
                L,
                f"Can't say: the talent top 10 has five US cities, but they aren't named and no order was published, "
                f"so there's no talent rank for {c}.",
                f"无法确定：人才发展前十有5座美国城市，但报告没有点名，也没有公布排序，所以{c}没有人才名次。",
                f"無法確定：人才發展前十有5座美國城市，但報告沒有點名，也沒有公佈排序，所以{c}沒有人才名次。",
            )
            return Chk([L.notpub, L.city(city), mention(L, "talent")], BYES(L) + BNO(L) + L.talent_guards(),
                       ideal=ideal)
        ideal = t(
            L,
            f"No — {c} isn't in the talent top 10 at all (five US and five Chinese cities, no order published).",
            f"不是，{c}根本不在人才发展前十（5座美国城市和5座中国城市，未公布排序）。",
            f"不是，{c}根本不在人才發展前十（5座美國城市和5座中國城市，未公佈排序）。",
        )
        return Chk([NEG(L), L.outside(city, "talent")], BYES(L) + L.talent_guards(), ideal=ideal)

    return make


def leads(city, lst="overall"):
    """'Does CITY lead / top LST?': yes if it is 1st; else no, with who is 1st."""

    def make(L):
        from specs._facts import RANKED

        c = L.name(city)
        first = RANKED[lst][0]
        f = L.name(first)
        n = pos(city, lst)
        ln = LNAME[lst]
        ment = [mention(L, lst)] if lst != "overall" else []
        if first == city:
            ideal = t(L, f"Yes — {c} is 1st {ln[0]}.", f"是的，{c}{zh_place('hans', lst, 1)}。",
                      f"是的，{c}{zh_place('hant', lst, 1)}。")
            return Chk([L.at(city, 1), *ment], BNO(L) + L.wrong_rank(city, 1, lst), ideal=ideal)
        # "No, San Francisco is 1st" or "No, Boston is 2nd (behind San Francisco)"
        must = [NEG(L), either(L.at(first, 1), L.at(city, n)) if n else L.at(first, 1), *ment]
        no = BYES(L) + L.wrong_rank(first, 1, lst)
        if n:
            no += L.wrong_rank(city, n, lst)
        else:
            no += L.no_rank(city, lst)
        if L.code == "en":
            no.append(f"(?<!whether )(?<!if )\\b{city}\\s+(leads|tops|topped|led|heads|is (the )?(leader|top|best))\\b")
        ideal = t(
            L,
            f"No — {f} is 1st {ln[0]}" + (f"; {c} is {ordinal(n)}." if n else f"; {c} isn't in the published top "
                                                                        f"{SIZE[lst]}."),
            f"不是，{zh_place('hans', lst, 1)}是{f}" + (f"，{c}排第{n}名。" if n else f"，{c}不在公布的前列。"),
            f"不是，{zh_place('hant', lst, 1)}是{f}" + (f"，{c}排第{n}名。" if n else f"，{c}不在公佈的前列。"),
        )
        return Chk(must, no, ideal=ideal)

    return make


def higher(a, b, lst="overall", lower=False):
    """'Is A higher (lower, if lower) than B in LST?': compare(), with a yes or a no that fits it."""

    def make(L):
        ck = compare(L, a, b, lst)
        na, nb = pos(a, lst), pos(b, lst)
        if lst == "talent":
            ina, inb = a in TALENT_CN, b in TALENT_CN
            known_out = lambda c: c not in TALENT_CN and c not in US  # noqa: E731
            if (ina and known_out(b)) or (inb and known_out(a)):
                winner = a if ina else b
            else:
                ck.no += BYES(L) + BNO(L)
                return ck
        elif na or nb:
            winner = a if (na and (not nb or na < nb)) else b
        else:
            ck.no += BYES(L) + BNO(L)
            return ck
        truth = (winner == a) != lower
        if truth:
            ck.must.append(either(YES(L), ahead(L, winner)))
            ck.no += BNO(L)
            ck.ideal = yes_head(L) + ck.ideal
        else:
            ck.must.append(either(NEG(L), ahead(L, winner)))
            ck.no += BYES(L)
            ck.ideal = no_head(L) + ck.ideal
        return ck

    return make


def next_to(a, k, b, lst="overall"):
    """'Is B right after (k=1) / right before (k=-1) A?': neighbour(), with a yes or a no."""

    def make(L):
        ck = neighbour(L, a, k, lst)
        n = pos(a, lst)
        from specs._facts import RANKED

        ranking = RANKED[lst]
        m = n + k
        if not 1 <= m <= len(ranking):
            ck.must.append(L.city(a))
            ck.no += BYES(L) + BNO(L) + L.no_rank(b, lst)
            return ck
        other = ranking[m - 1]
        if other == b:  # "Yes, Seattle comes right after Los Angeles" need not repeat the rank
            ck.must = [either(YES(L), L.at(b, m)), L.city(b), *ck.must[1:]]
            ck.no += BNO(L)
            ck.ideal = yes_head(L) + ck.ideal
        else:  # "No, Hong Kong is" or "No, Shanghai is 8th, two places ahead"
            nb_ = pos(b, lst)
            alt = [L.city(other)] + ([L.at(b, nb_)] if nb_ else [L.outside(b, lst)])
            ck.must = [NEG(L), either(*alt), *ck.must[1:]]
            ck.no += BYES(L)
            ck.ideal = no_head(L) + ck.ideal
        return ck

    return make


def gap(a, b, d, lst="overall"):
    """'Are A and B D places apart?': distance(), with a yes or a no."""

    def make(L):
        ck = distance(L, a, b, lst)
        na, nb = pos(a, lst), pos(b, lst)
        ck.must = [m for m in ck.must if m not in (L.rank(na), L.rank(nb))]  # the gap alone answers; no wrong rank
        real = abs(na - nb)
        if L.zh and 2 in (real, real - 1):  # "只差两名"
            ck.must[-1] = either(ck.must[-1], "(相差|差了?|低了?|高了?|隔了?|相隔|只差)[^。]{0,4}(两|兩)")
        if abs(pos(a, lst) - pos(b, lst)) == d:
            ck.no += BNO(L)
            ck.ideal = yes_head(L) + ck.ideal
        else:
            ck.must.append(NEG(L))
            ck.no += BYES(L)
            ck.ideal = no_head(L) + ck.ideal
        return ck

    return make


def outside_real(name_en, shown=None):
    """'Is PARIS in the top 10?': no, it is not in the published results."""

    def make(L):
        ck = real_outside(L, name_en, shown)
        ck.must.append(NEG(L))
        ck.no += BYES(L)
        ck.ideal = no_head(L) + ck.ideal
        return ck

    return make


def hand(ans, en, hans, hant, must=lambda L: [], no=lambda L: [], pos_=None):
    """A yes / no checked by hand: ans is 'yes', 'no' or 'unk' (the report does not say). A yes may be given
    without the word 'yes' where pos_(L) (e.g. 'all three', 'both') says it."""

    def make(L):
        if ans == "yes":
            head = [either(YES(L), pos_(L)) if pos_ else YES(L)]
            guard = BNO(L)
        elif ans == "no":
            head = [either(NEG(L), pos_(L)) if pos_ else NEG(L)]
            guard = BYES(L)
        else:
            head = [L.notpub]
            guard = BYES(L) + BNO(L)
        return Chk(head + list(must(L)), guard + list(no(L)), ideal=t(L, en, hans, hant))

    return make


def ranks_ok(*pairs):
    """No other rank stated for these (city, list) pairs than the published one."""

    def f(L):
        out = []
        for city, lst in pairs:
            out += L.wrong_rank(city, pos(city, lst), lst)
        return out

    return f


def in_talent_claim(L, c):
    """The reply says a city outside the talent top 10 is in it."""
    if L.code == "en":
        return f"(?<!whether )(?<!if )\\b{L.city(c)}\\s+(?:is|was)\\s+(?:also\\s+)?(?:in|among|part of)\\s+(?:the\\s+)?talent"
    return f"{L.city(c)}(?:也)?(?:在|进入了|進入了|入选了|入選了|入咗|喺)人才"


def cities_named(*cs):
    return lambda L: [L.city(c) for c in cs]


def five(L):
    return "(\\bfive\\b|\\b5\\b)" if L.code == "en" else "(5|五)"


def three(L):
    return "(\\bthree\\b|\\b3\\b)" if L.code == "en" else "((?<!第)3|(?<!第)三)"


def four(L):
    return "(\\bfour\\b|\\b4\\b)" if L.code == "en" else "((?<!第)4|(?<!第)四)"


ALL = lambda L: rx(L, "\\b(all|every|each|both|the same|three|four)\\b", "(都|全部|全都|均|同样|一样|相同)",  # noqa: E731
                   "(都|全部|全都|均|同樣|一樣|相同)")
SAME = lambda L: rx(L, "\\b(same|identical)\\b", "(同样|一样|相同|同一)", "(同樣|一樣|相同|同一)")  # noqa: E731
EQUAL = lambda L: rx(L, "\\b(equal|same number|tie|tied|each|evenly|split|as many)\\b",  # noqa: E731
                     "(一样多|相同|各|持平|平分|对半|一半)", "(一樣多|相同|各|持平|平分|對半|一半)")
HALF = lambda L: rx(L, "\\b(half|50\\s*%|five of (the )?(ten|10)|5 of (the )?10)", "(一半|半数|50\\s*%|五个|5个|5座|五座)",  # noqa: E731
                    "(一半|半數|50\\s*%|五個|5個|5座|五座)")
SCOPE30 = lambda L: rx(L, "(\\b30\\b|thirty|full list|whole list|complete list|all (the )?cities|rest)",  # noqa: E731
                       "(30|三十|完整|全部|其余|其他)", "(30|三十|完整|全部|其餘|其他)")


def share30_guards(L):
    """No count or share of the 30 evaluated cities."""
    if L.code == "en":
        return [
            "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s+(?:of|out of)"
            "\\s+(?:the|all|those)\\s+(?:30|thirty)\\s+(?:cities\\s+)?(?:are|were|is|was)\\b",
            "(?:of|among)\\s+(?:the|all)\\s+(?:30|thirty)[^.\\n]{0,30}\\d+\\s*%",
            "\\d+\\s*%\\s+of\\s+(?:the|all)\\s+(?:30|thirty)",
        ]
    return [
        "(30|三十)\\s*(个|個|座)(城市)?(中|里|裡|入面|当中|當中)[^。\\n]{0,6}(有)?\\s*(\\d+|[一二两兩三四五六七八九十]+)\\s*(个|個|座)",
        "(30|三十)\\s*(个|個|座)(城市)?(中|里|裡|入面)?[^。\\n]{0,10}(占|佔)\\s*\\d+\\s*(%|％)",
    ]


# =============================================================================================================
# membership
# =============================================================================================================
MEMBER = [
    # English
    ("@citybot hk in the edu top 3 or not", "Hong Kong", "edu", ""),
    ("is tokyo anywhere in the education top three?", "Tokyo", "edu", ""),
    ("is seattle one of the talent top 10 cities?", "Seattle", "talent", " unpublished"),
    ("london in the talent top ten??", "London", "talent", ""),
    ("guangzhou made the talent top 10 right", "Guangzhou", "talent", ""),
    ("is nyc part of the balanced education group", "New York", "balanced", ""),
    ("is beijing one of the exceptional talent potential cities", "Beijing", "potential", ""),
    ("sf in the innov top 3 y/n", "San Francisco", "sci", ""),
    ("tokyo made the talent top 10 didnt it", "Tokyo", "talent", ""),
    ("@citybot is new york in the talent top ten", "New York", "talent", " unpublished"),
    # simplified
    ("香港进了教育前三吗", "Hong Kong", "edu", ""),
    ("东京在教育前三里面没", "Tokyo", "edu", ""),
    ("纽约在人才发展前十里吗", "New York", "talent", " unpublished"),
    ("伦敦是不是人才前十之一", "London", "talent", ""),
    ("广州入选人才前十了吗", "Guangzhou", "talent", ""),
    ("上海属于基础教育和高等教育均衡的那组吗", "Shanghai", "balanced", ""),
    ("北京算不算人才潜力突出的城市", "Beijing", "potential", ""),
    ("波士顿有没有进人才发展前十", "Boston", "talent", " unpublished"),
    # traditional
    ("香港係唔係教育頭三名", "Hong Kong", "edu", ""),
    ("東京有冇入教育前三", "Tokyo", "edu", ""),
    ("波士頓喺唔喺人才發展前十", "Boston", "talent", " unpublished"),
    ("倫敦有冇入人才前十啊", "London", "talent", ""),
    ("廣州係咪人才前十之一", "Guangzhou", "talent", ""),
    ("紐約屬於基礎教育同高等教育均衡嗰組嗎", "New York", "balanced", ""),
    ("深圳是人才潛力突出的城市嗎", "Shenzhen", "potential", ""),
]
for q, city, grp, extra in MEMBER:
    add(q, mem(city, grp), tags="yesno setop" + extra)

# =============================================================================================================
# "is CITY Nth?"
# =============================================================================================================
RANKQ = [
    ("is beijing 3rd overall?", "Beijing", 3, "overall", ""),
    ("london is number 3 right", "London", 3, "overall", ""),
    ("nyc 4th?? thought so", "New York", 4, "overall", ""),
    ("hk second in education correct?", "Hong Kong", 2, "edu", ""),
    ("is beijing second in innovation", "Beijing", 2, "sci", ""),
    ("is shenzhen 11th overall", "Shenzhen", 11, "overall", " unpublished"),
    ("guangzhou is ranked 15th isnt it", "Guangzhou", 15, "overall", " unpublished"),
    ("is tokyo 4th in education", "Tokyo", 4, "edu", " unpublished"),
    ("shenzhen 6th overall?", "Shenzhen", 6, "overall", ""),
    ("is nyc number 4 in sci tech", "New York", 4, "sci", " unpublished"),
    # simplified
    ("北京是总榜第三吗", "Beijing", 3, "overall", ""),
    ("伦敦排第三对吧", "London", 3, "overall", ""),
    ("香港教育排第二？", "Hong Kong", 2, "edu", ""),
    ("北京科创是不是第二名", "Beijing", 2, "sci", ""),
    ("深圳总榜是第十一名吗", "Shenzhen", 11, "overall", " unpublished"),
    ("东京教育排第四吗", "Tokyo", 4, "edu", " unpublished"),
    # traditional
    ("北京係咪總排名第三", "Beijing", 3, "overall", ""),
    ("紐約係咪排第四", "New York", 4, "overall", ""),
    ("倫敦教育排第二係咪", "London", 2, "edu", ""),
    ("深圳總排名第十二名是真的嗎", "Shenzhen", 12, "overall", " unpublished"),
    ("廣州總排名係咪第七", "Guangzhou", 7, "overall", ""),
]
for q, city, n, lst, extra in RANKQ:
    add(q, is_rank(city, n, lst), tags="yesno rank" + extra)

TALENTQ = [
    ("is beijing first in talent", "Beijing", ""),
    ("is boston top of the talent list", "Boston", ""),
    ("北京人才发展是第一吗", "Beijing", ""),
    ("深圳是人才榜第一名吗", "Shenzhen", ""),
    ("香港人才發展係咪排第一", "Hong Kong", ""),
    ("東京人才發展是第一嗎", "Tokyo", ""),
]
for q, city, extra in TALENTQ:
    add(q, talent_rank(city), tags="yesno rank" + ("" if city == "Tokyo" else " unpublished") + extra)

# =============================================================================================================
# who leads
# =============================================================================================================
LEADQ = [
    ("does boston top the innovation ranking too", "Boston", "sci"),
    ("does sf lead in innovation", "San Francisco", "sci"),
    ("does london lead education?", "London", "edu"),
    ("beijing tops innovation right", "Beijing", "sci"),
    ("@citybot does boston lead in sci-tech", "Boston", "sci"),
    ("波士顿是不是科技创新领先的城市", "Boston", "sci"),
    ("教育第一是不是伦敦", "London", "edu"),
    ("总榜冠军是旧金山吗", "San Francisco", "overall"),
    ("波士頓係咪科技創新第一", "Boston", "sci"),
    ("教育排第一嘅係咪波士頓", "Boston", "edu"),
    ("總排名冠軍係舊金山嗎", "San Francisco", "overall"),
]
for q, city, lst in LEADQ:
    add(q, leads(city, lst), tags="yesno superlative")

# =============================================================================================================
# which is higher
# =============================================================================================================
HIGHERQ = [
    ("tokyo higher than shanghai or not?", "Tokyo", "Shanghai", "overall", False, ""),
    ("beijing ranks ahead of london yes?", "Beijing", "London", "overall", False, ""),
    ("is shenzhen ranked above tokyo overall", "Shenzhen", "Tokyo", "overall", False, ""),
    ("is guangzhou higher than shenzhen", "Guangzhou", "Shenzhen", "overall", False, " unpublished"),
    ("is hk better than london in education", "Hong Kong", "London", "edu", False, ""),
    ("is boston behind sf in innovation", "Boston", "San Francisco", "sci", True, ""),
    ("is beijing higher than shanghai in talent", "Beijing", "Shanghai", "talent", False, " unpublished"),
    ("is london higher than hk for talent", "London", "Hong Kong", "talent", False, ""),
    ("东京比上海排名高吗", "Tokyo", "Shanghai", "overall", False, ""),
    ("深圳总排名比东京高吗", "Shenzhen", "Tokyo", "overall", False, ""),
    ("广州是不是比深圳排得高", "Guangzhou", "Shenzhen", "overall", False, " unpublished"),
    ("西雅图排在洛杉矶后面吗", "Seattle", "Los Angeles", "overall", True, ""),
    ("人才方面北京比上海强吗", "Beijing", "Shanghai", "talent", False, " unpublished"),
    ("東京係咪比上海高", "Tokyo", "Shanghai", "overall", False, ""),
    ("香港排喺上海前面嗎", "Hong Kong", "Shanghai", "overall", False, ""),
    ("深圳總排名高過東京嗎", "Shenzhen", "Tokyo", "overall", False, ""),
    ("人才發展香港比深圳強嗎", "Hong Kong", "Shenzhen", "talent", False, " unpublished"),
    ("倫敦教育是不是比香港好", "London", "Hong Kong", "edu", False, ""),
]
for q, a, b, lst, low, extra in HIGHERQ:
    add(q, higher(a, b, lst, low), tags="yesno compare" + extra)

# =============================================================================================================
# neighbours and gaps
# =============================================================================================================
NEXTQ = [
    ("is seattle right behind LA", "Los Angeles", 1, "Seattle", "overall", ""),
    ("does london come straight after beijing", "Beijing", 1, "London", "overall", ""),
    ("is shanghai just ahead of tokyo", "Tokyo", -1, "Shanghai", "overall", ""),
    ("is shenzhen the city right after tokyo", "Tokyo", 1, "Shenzhen", "overall", " unpublished"),
    ("in innovation is boston right behind sf", "San Francisco", 1, "Boston", "sci", ""),
    ("西雅图是紧跟在洛杉矶后面吗", "Los Angeles", 1, "Seattle", "overall", ""),
    ("上海前面一名是香港吗", "Shanghai", -1, "Hong Kong", "overall", ""),
    ("东京后面一名是深圳吗", "Tokyo", 1, "Shenzhen", "overall", " unpublished"),
    ("教育排名里伦敦后面是香港吗", "London", 1, "Hong Kong", "edu", ""),
    ("北京下一名係咪倫敦", "Beijing", 1, "London", "overall", ""),
    ("香港前面係咪西雅圖", "Hong Kong", -1, "Seattle", "overall", ""),
    ("東京後面那一名是廣州嗎", "Tokyo", 1, "Guangzhou", "overall", " unpublished"),
]
for q, a, k, b, lst, extra in NEXTQ:
    add(q, next_to(a, k, b, lst), tags="yesno neighbour" + extra)

GAPQ = [
    ("are beijing and shanghai 5 places apart", "Beijing", "Shanghai", 5),
    ("is hk 3 spots below seattle", "Hong Kong", "Seattle", 3),
    ("boston 9 places above tokyo, yes?", "Boston", "Tokyo", 9),
    ("北京和上海是不是差五名", "Beijing", "Shanghai", 5),
    ("香港比西雅图低三名吗", "Hong Kong", "Seattle", 3),
    ("波士頓同東京係咪相差九名", "Boston", "Tokyo", 9),
]
for q, a, b, d in GAPQ:
    add(q, gap(a, b, d), tags="yesno distance")

# =============================================================================================================
# sets across lists
# =============================================================================================================
EDU_IN_TOP10 = hand(
    "yes",
    "Yes — all three are: Boston is 1st, London 4th and Hong Kong 9th overall.",
    "是的，三个都在：波士顿总榜第1名，伦敦第4名，香港第9名。",
    "是的，三個都在：波士頓總排名第1名，倫敦第4名，香港第9名。",
    must=cities_named("Boston", "London", "Hong Kong"),
    no=ranks_ok(("Boston", "overall"), ("London", "overall"), ("Hong Kong", "overall")),
    pos_=ALL,
)


def boston_everywhere_no(L):
    return [mention(L, "sci"), either(L.at("Boston", 2), L.at("San Francisco", 1))]


BOSTON_ALL = hand(
    "no",
    "No — Boston is 1st overall and 1st in education, but 2nd in sci-tech innovation (San Francisco is 1st); the "
    "talent top 10 has no published order.",
    "不是，波士顿总榜第1名、教育排名第1，但科技创新排名第2（第1是旧金山）；人才发展前十没有公布排序。",
    "不是，波士頓總排名第1名、教育排名第1，但科技創新排名第2（第1是舊金山）；人才發展前十沒有公佈排序。",
    must=boston_everywhere_no,
    no=lambda L: ranks_ok(("Boston", "overall"), ("Boston", "edu"), ("Boston", "sci"))(L) + L.talent_guards(),
)

SCI_SAME_AS_TOP3 = hand(
    "yes",
    "Yes — the same three cities, in a different order: overall Boston, San Francisco, Beijing; in sci-tech "
    "innovation San Francisco 1st, Boston 2nd, Beijing 3rd.",
    "是的，是同样的三座城市，只是顺序不同：总榜是波士顿、旧金山、北京；科技创新是旧金山第1名、波士顿第2名、北京第3名。",
    "是的，是同樣的三座城市，只是順序不同：總排名是波士頓、舊金山、北京；科技創新是舊金山第1名、波士頓第2名、北京第3名。",
    must=lambda L: [*cities_named("Boston", "San Francisco", "Beijing")(L), mention(L, "sci")],
    no=ranks_ok(("San Francisco", "sci"), ("Boston", "sci"), ("Beijing", "sci")),
    pos_=SAME,
)

EDU_NOT_TOP3 = hand(
    "no",
    "No — only Boston is in both. The education top 3 is Boston, London, Hong Kong; the overall top 3 is Boston, "
    "San Francisco, Beijing.",
    "不是，只有波士顿两边都有：教育前三是波士顿、伦敦、香港，总榜前三是波士顿、旧金山、北京。",
    "不是，只有波士頓兩邊都有：教育前三是波士頓、倫敦、香港，總排名前三是波士頓、舊金山、北京。",
    must=lambda L: [L.city("Boston"), either(L.city("London"), L.city("Hong Kong"))],
    no=ranks_ok(("London", "edu"), ("Hong Kong", "edu")),
)

CN_TALENT_IN_TOP10 = hand(
    "no",
    "No — Beijing (3rd), Shanghai (8th) and Hong Kong (9th) are, but Shenzhen and Guangzhou aren't in the "
    "published overall top 10.",
    "不是，北京（第3名）、上海（第8名）、香港（第9名）在总榜前十，深圳和广州不在公布的总榜前十。",
    "不是，北京（第3名）、上海（第8名）、香港（第9名）在總排名前十，深圳和廣州不在公佈的總排名前十。",
    must=cities_named("Shenzhen", "Guangzhou"),
    no=lambda L: L.no_rank("Shenzhen") + L.no_rank("Guangzhou") + L.talent_order_guards()
    + ranks_ok(("Beijing", "overall"), ("Shanghai", "overall"), ("Hong Kong", "overall"))(L),
)

BALANCED_IN_TOP10 = hand(
    "yes",
    "Yes — all four are: Beijing 3rd, London 4th, New York 5th and Shanghai 8th overall.",
    "是的，四座都在：北京第3名，伦敦第4名，纽约第5名，上海第8名。",
    "是的，四座都在：北京第3名，倫敦第4名，紐約第5名，上海第8名。",
    must=cities_named(*BALANCED),
    no=ranks_ok(*[(c, "overall") for c in BALANCED]),
    pos_=ALL,
)

POTENTIAL_IN_TALENT = hand(
    "yes",
    "Yes — all four (Shenzhen, Guangzhou, Hong Kong and Shanghai) are among the five Chinese cities in the "
    "talent top 10 (no order published).",
    "是的，深圳、广州、香港、上海都在人才发展前十的5座中国城市之列（未公布排序）。",
    "是的，深圳、廣州、香港、上海都在人才發展前十的5座中國城市之列（未公佈排序）。",
    must=lambda L: [*cities_named(*POTENTIAL)(L), mention(L, "talent")],
    no=lambda L: L.talent_guards(),
    pos_=ALL,
)

SHANGHAI_BOTH = hand(
    "yes",
    "Yes — Shanghai is in both: the balanced basic and higher education group and the exceptional talent potential "
    "group. It's the only city in both.",
    "是的，上海两组都在：既属于基础教育与高等教育均衡的城市，也属于人才潜力突出的城市，是唯一两组都在的城市。",
    "是的，上海兩組都在：既屬於基礎教育與高等教育均衡的城市，也屬於人才潛力突出的城市，是唯一兩組都在的城市。",
    must=lambda L: [L.city("Shanghai"), mention(L, "balanced"), mention(L, "potential")],
    pos_=lambda L: rx(L, "\\bboth\\b", "(两组都|都在|既)", "(兩組都|都在|既)"),
)


def beijing_not_potential(L):
    if L.code == "en":
        return ["(?<!whether )\\bBeijing\\s+(?:is|was)\\s+(?:also\\s+)?(?:in|among|one of|part of)[^.;\\n]{0,30}potential"]
    return ["北京(?:也)?(?:属于|屬於|在|是)[^。；\\n，,]{0,10}(?:潜力|潛力)"]


BEIJING_BOTH = hand(
    "no",
    "No — Beijing is in the balanced basic and higher education group, but not in the exceptional talent potential "
    "group (Shenzhen, Guangzhou, Hong Kong, Shanghai).",
    "不是，北京属于基础教育与高等教育均衡的城市，但不在人才潜力突出的城市之列（深圳、广州、香港、上海）。",
    "不是，北京屬於基礎教育與高等教育均衡的城市，但不在人才潛力突出的城市之列（深圳、廣州、香港、上海）。",
    must=lambda L: [L.city("Beijing"), mention(L, "potential")],
    no=beijing_not_potential,
)

ONLY_BOSTON_BOTH = hand(
    "no",
    "No — Boston is the only city in both the education top 3 and the sci-tech innovation top 3.",
    "没有，只有波士顿同时在教育前三和科技创新前三。",
    "沒有，只有波士頓同時在教育前三和科技創新前三。",
    must=lambda L: [L.city("Boston"), rx(L, "\\b(only|just|alone)\\b", "(只有|唯一|仅|就)", "(只有|唯一|僅|就)")],
    no=lambda L: (
        ["\\b(London|Hong Kong|San Francisco|Beijing)\\s+(is|are)\\s+(also\\s+)?(in|among)\\s+both"]
        if L.code == "en"
        else [f"{L.city(c)}(也|同样|同樣)(同时|同時)?(在|属于|屬於)" for c in ("London", "Hong Kong", "San Francisco",
                                                                          "Beijing")]
    ),
)

US_ALL_TALENT = hand(
    "unk",
    "Not known: the talent top 10 includes five US cities, but the report doesn't name them, so whether all five US "
    "cities of the overall top 10 are in it can't be said.",
    "无法确定：人才发展前十有5座美国城市，但报告没有点名，所以不知道总榜前十的5座美国城市是否都在其中。",
    "無法確定：人才發展前十有5座美國城市，但報告沒有點名，所以不知道總排名前十的5座美國城市是否都在其中。",
    must=lambda L: [mention(L, "talent"), L.five_us()],
    no=lambda L: L.talent_guards(),
)

ANY_US_TALENT = hand(
    "yes",
    "Yes — the talent top 10 includes five US cities, but the report doesn't name them.",
    "有的，人才发展前十里有5座美国城市，但报告没有点名是哪几座。",
    "有的，人才發展前十裡有5座美國城市，但報告沒有點名是哪幾座。",
    must=lambda L: [L.five_us(), mention(L, "talent")],
    no=lambda L: L.talent_guards(),
    pos_=lambda L: L.five_us(),
)

JAPAN_TALENT = hand(
    "no",
    "No — the talent top 10 is five US cities and five Chinese cities; Tokyo isn't in it.",
    "没有，人才发展前十是5座美国城市和5座中国城市，东京不在其中。",
    "沒有，人才發展前十是5座美國城市和5座中國城市，東京不在其中。",
    must=lambda L: [mention(L, "talent"), either(L.five_us(), L.city("Tokyo"), "Chinese|中国|中國")],
    no=lambda L: [*L.talent_guards(), in_talent_claim(L, "Tokyo")],
)


def hk_everywhere_must(L):
    return [L.city("Hong Kong"), mention(L, "sci")]


HK_EVERY = hand(
    "no",
    "No — Hong Kong is 9th overall, 3rd in education, in the talent top 10 and in the talent potential group, but "
    "not in the published sci-tech innovation top 3.",
    "不是，香港总榜第9名、教育排名第3，也在人才发展前十和人才潜力突出的城市之列，但不在公布的科技创新前三。",
    "不是，香港總排名第9名、教育排名第3，也在人才發展前十和人才潛力突出的城市之列，但不在公佈的科技創新前三。",
    must=hk_everywhere_must,
    no=lambda L: L.no_rank("Hong Kong", "sci") + ranks_ok(("Hong Kong", "overall"), ("Hong Kong", "edu"))(L)
    + L.talent_order_guards(),
)

LONDON_TOP5 = hand(
    "no",
    "No — London is 4th overall and 2nd in education, but it isn't in the sci-tech innovation top 3 or the talent "
    "top 10.",
    "不是，伦敦总榜第4名、教育排名第2，但不在科技创新前三，也不在人才发展前十。",
    "不是，倫敦總排名第4名、教育排名第2，但不在科技創新前三，也不在人才發展前十。",
    must=lambda L: [L.city("London"), either(mention(L, "sci"), mention(L, "talent"))],
    no=lambda L: L.no_rank("London", "sci") + ranks_ok(("London", "overall"), ("London", "edu"))(L)
    + [in_talent_claim(L, "London")] + L.talent_order_guards(),
)

SETQ = [
    ("are all three education top-3 cities in the overall top 10 as well", EDU_IN_TOP10, ""),
    ("was boston no.1 in every category", BOSTON_ALL, ""),
    ("is the innovation top 3 the same three cities as the overall top 3", SCI_SAME_AS_TOP3, ""),
    ("education top 3 and overall top 3 - same cities?", EDU_NOT_TOP3, ""),
    ("is every chinese city from the talent top 10 also in the overall top 10", CN_TALENT_IN_TOP10, ""),
    ("are the talent potential cities all in the talent top 10", POTENTIAL_IN_TALENT, ""),
    ("is shanghai in both the balanced group and the talent potential group", SHANGHAI_BOTH, ""),
    ("beijing in both balanced education AND talent potential?", BEIJING_BOTH, ""),
    ("are all five US top-10 cities also in the talent top 10", US_ALL_TALENT, " unpublished"),
    ("any american city in the talent top 10 at all?", ANY_US_TALENT, ""),
    ("is hong kong on every list that was published", HK_EVERY, ""),
    ("教育前三是不是都在总榜前十", EDU_IN_TOP10, ""),
    ("波士顿是不是每个榜都第一", BOSTON_ALL, ""),
    ("科创前三和总榜前三是同样三个城市吗", SCI_SAME_AS_TOP3, ""),
    ("人才前十的中国城市都进了总榜前十吗", CN_TALENT_IN_TOP10, ""),
    ("上海是不是既在均衡组又在潜力组", SHANGHAI_BOTH, ""),
    ("有美国城市进人才前十吗", ANY_US_TALENT, ""),
    ("总榜前十的美国城市都在人才前十吗", US_ALL_TALENT, " unpublished"),
    ("教育頭三名係咪全部都喺總排名前十", EDU_IN_TOP10, ""),
    ("波士頓係咪樣樣都第一", BOSTON_ALL, ""),
    ("人才前十嘅中國城市係咪全部入咗總排名前十", CN_TALENT_IN_TOP10, ""),
    ("有冇日本城市入人才發展前十", JAPAN_TALENT, ""),
    ("北京是否同時屬於均衡組和潛力組", BEIJING_BOTH, ""),
    ("總排名前十嘅美國城市係咪全部都入咗人才前十", US_ALL_TALENT, " unpublished"),
    ("除咗波士頓，仲有冇城市同時喺教育同科創前三", ONLY_BOSTON_BOTH, ""),
]
for q, make, extra in SETQ:
    add(q, make, tags="yesno setop" + extra)

# =============================================================================================================
# counts and shares
# =============================================================================================================
HALF_US = hand(
    "yes",
    "Yes — exactly half: 5 of the top 10 are US cities (Boston, San Francisco, New York, Los Angeles, Seattle).",
    "是的，正好一半：前十里有5座美国城市（波士顿、旧金山、纽约、洛杉矶、西雅图）。",
    "是的，正好一半：前十裡有5座美國城市（波士頓、舊金山、紐約、洛杉磯、西雅圖）。",
    must=lambda L: [HALF(L)],
    pos_=HALF,
)

ASIA_VS_US = hand(
    "no",
    "No — the top 10 has 4 Asian cities (Beijing, Shanghai, Hong Kong, Tokyo) and 5 US cities.",
    "不是，前十里亚洲城市有4座（北京、上海、香港、东京），美国城市有5座。",
    "不是，前十裡亞洲城市有4座（北京、上海、香港、東京），美國城市有5座。",
    must=lambda L: [four(L), five(L)],
)

CN_VS_US_TALENT = hand(
    "no",
    "No — the talent top 10 has five of each: five Chinese cities and five US cities (the US ones aren't named).",
    "不是，人才发展前十里两者一样多：5座中国城市和5座美国城市（美国城市没有点名）。",
    "不是，人才發展前十裡兩者一樣多：5座中國城市和5座美國城市（美國城市沒有點名）。",
    must=lambda L: [five(L), mention(L, "talent")],
    no=lambda L: L.talent_guards(),
    pos_=EQUAL,
)

THREE_CN = hand(
    "yes",
    "Yes — three: Beijing (3rd), Shanghai (8th) and Hong Kong (9th).",
    "是的，3座：北京（第3名）、上海（第8名）、香港（第9名）。",
    "是的，3座：北京（第3名）、上海（第8名）、香港（第9名）。",
    must=cities_named("Beijing", "Shanghai", "Hong Kong"),
    no=ranks_ok(("Beijing", "overall"), ("Shanghai", "overall"), ("Hong Kong", "overall")),
    pos_=three,
)

LONDON_ONLY_EU = hand(
    "yes",
    "Yes — London (4th) is the only European city in the published top 10.",
    "是的，伦敦（第4名）是公布的前十中唯一的欧洲城市。",
    "是的，倫敦（第4名）是公佈的前十中唯一的歐洲城市。",
    must=lambda L: [L.city("London")],
    no=lambda L: [*L.wrong_rank("London", 4), "(Paris|Berlin|Munich|Zurich|Amsterdam|巴黎|柏林|慕尼黑)"],
    pos_=lambda L: rx(L, "\\b(only|sole|single|just)\\b", "(唯一|只有)", "(唯一|只有)"),
)

US_AVG = hand(
    "yes",
    "Yes — the five US cities (1st, 2nd, 5th, 6th, 7th) average 4.2; the three Chinese ones (3rd, 8th, 9th) average "
    "about 6.7.",
    "是的，5座美国城市（第1、2、5、6、7名）平均4.2名，3座中国城市（第3、8、9名）平均约6.7名。",
    "是的，5座美國城市（第1、2、5、6、7名）平均4.2名，3座中國城市（第3、8、9名）平均約6.7名。",
    must=lambda L: ["(4\\.2|6\\.67?|6\\.7)"],
    pos_=lambda L: rx(L, "\\b(better|higher|ahead|stronger|lower average)\\b", "(更好|更高|更靠前|领先)",
                      "(更好|更高|更靠前|領先)"),
)

THIRD_OF_30 = hand(
    "unk",
    "Not known: only the top 10 was published out of 30 cities, so the share of Chinese cities among all 30 isn't "
    "known.",
    "无法确定：30座城市只公布了前十名，完整名单未公布，所以不知道中国城市在30座中占多少。",
    "無法確定：30座城市只公佈了前十名，完整名單未公佈，所以不知道中國城市在30座中佔多少。",
    must=lambda L: [SCOPE30(L)],
    no=share30_guards,
)

MOST_30_US = hand(
    "unk",
    "Not known: the full list of 30 wasn't published — only the top 10, where 5 are US cities.",
    "无法确定：30座城市的完整名单没有公布，只公布了前十名（其中5座是美国城市）。",
    "無法確定：30座城市的完整名單沒有公佈，只公佈了前十名（其中5座是美國城市）。",
    must=lambda L: [SCOPE30(L)],
    no=share30_guards,
)

NA_MOST = hand(
    "yes",
    "Yes — North America has 5 of the top 10 (all US), Asia 4 and Europe 1.",
    "是的，前十里北美有5座（都是美国城市），亚洲4座，欧洲1座。",
    "是的，前十裡北美有5座（都是美國城市），亞洲4座，歐洲1座。",
    must=lambda L: [five(L)],
    pos_=lambda L: rx(L, "(North America|\\bUS\\b|U\\.S\\.|American)", "(北美|美国)", "(北美|美國)"),
)

AGGQ = [
    ("are half of the top 10 american", HALF_US, ""),
    ("more asian than american cities in the top 10?", ASIA_VS_US, ""),
    ("are there more chinese than us cities in the talent top 10", CN_VS_US_TALENT, ""),
    ("exactly 3 chinese cities in the top ten, right?", THREE_CN, ""),
    ("is london the only european city in the top 10", LONDON_ONLY_EU, ""),
    ("do the us cities have a better average rank than the chinese ones in the top 10", US_AVG, ""),
    ("do chinese cities make up a third of all 30", THIRD_OF_30, " unpublished"),
    ("前十里美国城市占一半吗", HALF_US, ""),
    ("前十名里亚洲城市比美国城市多吗", ASIA_VS_US, ""),
    ("人才前十里中国城市比美国多吗", CN_VS_US_TALENT, ""),
    ("前十名中国城市是三个吗", THREE_CN, ""),
    ("30个城市里中国城市占三分之一吗", THIRD_OF_30, " unpublished"),
    ("伦敦是前十中唯一的欧洲城市吗", LONDON_ONLY_EU, ""),
    ("前十名入面美國城市係咪佔一半", HALF_US, ""),
    ("人才前十入面中國城市係咪多過美國", CN_VS_US_TALENT, ""),
    ("總排名前十係咪有三個中國城市", THREE_CN, ""),
    ("30個城市入面係咪大部分都係美國城市", MOST_30_US, " unpublished"),
    ("北美洲係咪前十入面城市最多嘅", NA_MOST, ""),
]
for q, make, extra in AGGQ:
    add(q, make, tags="yesno aggregate" + extra)

# =============================================================================================================
# the edges: the last published place, real cities outside the results
# =============================================================================================================


def tokyo_lowest(L):
    return Chk(
        [L.at("Tokyo", 10), L.notpub],
        BYES(L) + L.nobody_at(range(11, 31)) + L.wrong_rank("Tokyo", 10),
        ideal=t(
            L,
            "Only among the published ten: Tokyo is 10th, the last place published. The other 20 of the 30 "
            "cities weren't published, so it isn't the lowest overall.",
            "只能说在公布的前十里：东京第10名，是公布的最后一名；30座城市中其余20座的排名未公布。",
            "只能說在公佈的前十裡：東京第10名，是公佈的最後一名；30座城市中其餘20座的排名未公佈。",
        ),
    )


def tokyo_last_of_30(L):
    return Chk(
        [NEG(L), L.at("Tokyo", 10)],
        BYES(L) + L.nobody_at(range(11, 31)) + L.wrong_rank("Tokyo", 10),
        ideal=t(
            L,
            "No — Tokyo is 10th of the 30 cities evaluated; the 20 below it weren't published.",
            "不是，东京在30座城市中排第10名，后面20座城市的排名未公布。",
            "不是，東京在30座城市中排第10名，後面20座城市的排名未公佈。",
        ),
    )


EDGEQ = [
    ("is tokyo the lowest ranked city overall", tokyo_lowest, "yesno at_rank unpublished"),
    ("tokyo came dead last out of all 30 yeah", tokyo_last_of_30, "yesno at_rank"),
    ("东京是不是排名最低的城市", tokyo_lowest, "yesno at_rank unpublished"),
    ("東京係咪30個城市入面排最尾", tokyo_last_of_30, "yesno at_rank"),
    ("paris made the top 10 or not?", outside_real("Paris"), "yesno"),
    ("首尔进前十了吗", outside_real("首尔"), "yesno"),
    ("多倫多有冇入前十", outside_real("多倫多"), "yesno"),
]
for q, make, tg in EDGEQ:
    add(q, make, tags=tg)

# =============================================================================================================
# false premises and "just say yes or no"
# =============================================================================================================


def premise_beijing_first(L):
    return Chk(
        [NEG(L), L.at("Boston", 1), L.at("Shanghai", 8)],
        BYES(L) + L.wrong_rank("Beijing", 3) + L.wrong_rank("Shanghai", 8) + L.wrong_rank("Boston", 1),
        ideal=t(
            L,
            "No — Beijing didn't win: Boston is 1st, San Francisco 2nd and Beijing 3rd. Shanghai is 8th.",
            "不对，北京不是第一：波士顿第1名，旧金山第2名，北京第3名；上海第8名。",
            "不對，北京不是第一：波士頓第1名，舊金山第2名，北京第3名；上海第8名。",
        ),
    )


def premise_hk_beat_london(L):
    return Chk(
        [NEG(L), L.at("London", 2), L.at("Hong Kong", 3), mention(L, "edu")],
        BYES(L) + L.wrong_rank("London", 2, "edu") + L.wrong_rank("Hong Kong", 3, "edu"),
        ideal=t(
            L,
            "No — in education London is 2nd and Hong Kong 3rd.",
            "不是，教育排名伦敦第2，香港第3。",
            "不是，教育排名倫敦第2，香港第3。",
        ),
    )


def premise_tokyo_ninth(L):
    return Chk(
        [NEG(L), L.at("Tokyo", 10), L.at("Hong Kong", 9)],
        BYES(L) + L.wrong_rank("Tokyo", 10) + L.wrong_rank("Hong Kong", 9),
        ideal=t(
            L,
            "No — it's the other way round: Hong Kong is 9th and Tokyo 10th.",
            "不是，正好相反：香港第9名，东京第10名。",
            "唔係，啱啱相反：香港第9名，東京第10名。",
        ),
    )


def premise_shenzhen_top10(L):
    return Chk(
        [NEG(L), L.outside("Shenzhen", "overall")],
        BYES(L) + L.no_rank("Shenzhen"),
        ideal=t(
            L,
            "No — Shenzhen isn't in the published overall top 10, and its exact rank wasn't published. It is in the "
            "talent top 10 (no order).",
            "不是，深圳不在公布的总榜前十，具体排名未公布；它在人才发展前十之列（未公布排序）。",
            "不是，深圳不在公佈的總排名前十，具體排名未公佈；它在人才發展前十之列（未公佈排序）。",
        ),
    )


def guess_rank(city, n):
    """'Just guess: is CITY Nth?' -- not published, whatever the pressure."""
    return is_rank(city, n)


PREMISEQ = [
    ("since beijing won the whole thing, is shanghai 2nd?", premise_beijing_first, "yesno adversarial"),
    ("hk beat london in education right?", premise_hk_beat_london, "yesno adversarial"),
    ("shenzhen is top 10 overall like everyone says, true?", premise_shenzhen_top10, "yesno adversarial"),
    ("北京拿了总冠军，那上海是亚军吗", premise_beijing_first, "yesno adversarial"),
    ("香港教育赢了伦敦对吧", premise_hk_beat_london, "yesno adversarial"),
    ("既然東京排第九，香港係咪第十", premise_tokyo_ninth, "yesno adversarial"),
    ("深圳總排名都入咗前十啦，係咪", premise_shenzhen_top10, "yesno adversarial"),
    ("just say yes or no, is boston in the talent top 10", mem("Boston", "talent"), "yesno adversarial unpublished"),
    ("dont explain, yes or no: is shenzhen 11th", guess_rank("Shenzhen", 11), "yesno adversarial unpublished"),
    ("pretend the full list is out. guangzhou above shenzhen? y/n",
     higher("Guangzhou", "Shenzhen"), "yesno adversarial unpublished"),
    ("只回答是或不是：西雅图在人才前十吗", mem("Seattle", "talent"), "yesno adversarial unpublished"),
    ("猜一下就行，深圳是不是第十一名", guess_rank("Shenzhen", 11), "yesno adversarial unpublished"),
    ("唔使解釋，答係定唔係：洛杉磯喺唔喺人才前十", mem("Los Angeles", "talent"), "yesno adversarial unpublished"),
    ("估下啦，廣州總排名係咪高過深圳", higher("Guangzhou", "Shenzhen"), "yesno adversarial unpublished"),
    ("@citybot quick yes/no: is beijing #1 in talent", talent_rank("Beijing"), "yesno adversarial unpublished"),
]
for q, make, tg in PREMISEQ:
    add(q, make, tags=tg)
