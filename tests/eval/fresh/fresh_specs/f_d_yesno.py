"""Fresh, part D: yes / no questions and claims of every kind, written blind from issue 11 and the published facts.

"is X in the top 5", "is X ahead of Y", "X is number 2 right?", "isn't X first", "did X make the talent list",
counts said as claims ("3 of the top 5 are american, right?"), tag questions, false premises that must be corrected
and not confirmed ("since Tokyo is first, ..."), questions whose answer the report does not give (it says so, never
a bare yes or no), and the negatives of Chinese (是不是, 有没有, 係咪, 冇, 對唔對, 吧, 嗎, 咩).
"""

from casebook import Chk, Sheet
from probe_specs._common import either, member_p
from specs._facts import (
    RANKED,
    compare,
    member,
    mention,
    near,
    number_word,
    real_outside,
    released,
    thirty,
    wrong_way,
)

from fresh_specs._fx import adder, count_guard, lenient_to_cantonese, tal_unk

SHEET = Sheet(
    "fr_d_yesno",
    "part D: yes / no questions, claims, tag questions and false premises (written blind)",
    """
Yes / no about ranks, top-N membership, comparisons, neighbours, list membership, counts and the report itself,
asked straight, as tag questions, as negatives and as claims to confirm. A false premise is corrected with the
facts, never confirmed; where the report does not give the answer (an unpublished rank, the unnamed US cities of
the talent top 10, an order inside it, the rest of the 30) the reply says so and gives no bare yes or no.
""",
)
S = SHEET
add = adder(S)


# --- building blocks ---------------------------------------------------------------------------------------------
YES_MORE_EN = "\\b(right|exactly|absolutely|definitely|yup|sure|spot on|that.s true|affirmative|confirmed)\\b"
YES_MORE_ZH = "(没错|沒錯|的确|的確|确实|確實|正是|就是|对的|對的|是的|有的|在的|係|啱|冇錯)"
CORR_EN = "\\b(actually|in fact|rather|instead|correction|premise|mistaken|wrong)\\b"
CORR_ZH = "(其实|其實|实际上|實際上|事实上|事實上|纠正|糾正|前提|弄错|弄錯|搞错|搞錯|搞錯|错了|錯了)"


def YES(L):
    return either(L.yes, YES_MORE_ZH if L.zh else YES_MORE_EN)


def _mk(head, nohead, parts, no, ideal):
    must, forbid = list(head), list(nohead)
    for p in parts:
        if isinstance(p, Chk):
            must += p.must
            forbid += p.no
        else:
            must.append(p)
    return Chk(must, forbid + list(no), ideal=ideal)


def yes(L, ideal, *parts, no=()):
    """A yes, with the facts that make it one; a reply opening with a no fails."""
    return _mk([YES(L)], [L.bare_no], parts, no, ideal)


def nope(L, ideal, *parts, no=()):
    """A no, with the facts that make it one; a reply opening with a yes fails."""
    return _mk([L.neg], [L.bare_yes], parts, no, ideal)


def fix(L, ideal, *parts, no=()):
    """A false premise corrected: the facts, said as a correction; a reply opening with a yes fails."""
    return _mk([either(L.neg, CORR_ZH if L.zh else CORR_EN)], [L.bare_yes], parts, no, ideal)


def unk(L, ideal, *parts, no=()):
    """The report does not give the answer: said so, and neither a bare yes nor a bare no."""
    return _mk([L.notpub], L.bare(), parts, no, ideal)


def fact(L, ideal, *parts, no=()):
    """Only the facts (a negative or tag question, where 'yes' and 'no' read either way)."""
    return _mk([], [], parts, no, ideal)


def R(L, city, n, lst="overall"):
    """CITY is Nth in LIST, said together, and no other rank is given for it there."""
    return Chk([L.at(city, n)] + ([mention(L, lst)] if lst != "overall" else []), L.wrong_rank(city, n, lst))


def OUT(L, city, lst="overall"):
    """CITY is said to be outside the published LIST, and no rank is given for it there."""
    no = L.no_rank(city, lst) if lst in RANKED else (L.talent_order_guards() if lst == "talent" else [])
    return Chk([L.outside(city, lst)], no)


def NOT_RANKED(L, *cities, lst="overall"):
    """No rank at all is stated for these cities in LIST (their rank there was not published)."""
    out = []
    for c in cities:
        out += L.no_rank(c, lst)
    return Chk([], out)


WORDS = {
    "en": {
        "us": "(\\bUS\\b|U\\.S\\.|\\bAmerica|\\bUnited States|\\bUSA\\b)",
        "cn": "(China|Chinese)",
        "asia": "(Asia|Asian)",
        "europe": "(Europe|\\bUK\\b|Britain|British|United Kingdom)",
        "half": "\\b(half|5 of (the )?10|five of (the )?ten)\\b",
        "same": "\\b(both|same|also|equal|as well|too|either list)\\b",
    },
    "hans": {"us": "(美国|美)", "cn": "(中国|中)", "asia": "亚洲", "europe": "(欧洲|英国)", "half": "(一半|5座|五座|5个|五个)",
             "same": "(都是|同样|也是|一样|相同|并列|同为)"},
    "hant": {"us": "(美國|美)", "cn": "(中國|中)", "asia": "亞洲", "europe": "(歐洲|英國)", "half": "(一半|5座|五座|5個|五個)",
             "same": "(都是|同樣|也是|一樣|相同|並列|同為|都係|一樣)"},
}


def W(L, key):
    return WORDS["hans" if L.code == "zh" else L.code][key]


def N(L, n, key, gap=40):
    """A count n of cities of a kind, said as a number near the word for the kind; no other count before it."""
    noun = W(L, key)
    return Chk([near(number_word(L, n), noun, gap)], count_guard(L, n, noun))


def cities(L, *names):
    return Chk([L.city(c) for c in names], [])


def RIGHT(L, *names, lst="overall"):
    """Cities named in passing: if a rank is given for one in LIST, it is its own."""
    out = []
    for c in names:
        n = RANKED[lst].index(c) + 1 if c in RANKED[lst] else None
        out += L.wrong_rank(c, n, lst)
    return Chk([], out)


def cmp_yes(L, ideal, hi, lo, lst="overall"):
    """'is HI ahead of LO?' -- yes."""
    ck = compare(L, hi, lo, lst)
    return yes(L, ideal, ck)


def cmp_no(L, ideal, lo, hi, lst="overall"):
    """'is LO ahead of HI?' -- no, the other way round."""
    ck = compare(L, lo, hi, lst)
    return nope(L, ideal, ck)


def talent_cmp(L, ideal, a, b):
    """Two cities compared in the talent top 10 (membership only, no order)."""
    ck = compare(L, a, b, "talent")
    return Chk(ck.must, ck.no, ideal=ideal)


def real_no(L, ideal, name):
    """'is PARIS in the top 10?' -- not in the published results; never a yes."""
    ck = real_outside(L, name)
    return Chk(ck.must, [L.bare_yes, *ck.no], ideal=ideal)


def real_30(L, ideal, name):
    """'was PARIS among the 30 evaluated?' -- the full list was not published."""
    return unk(L, ideal, name, no=L.real_outside_guards(name))


def mem(city, grp, ideal=None, p=False, no=()):
    """member() (or member_p()), with the ideal written in the asker's language."""

    def make(L):
        ck = (member_p if p else member)(L, city, grp)
        if ideal:
            ck.ideal = ideal
        ck.no = [*ck.no, *no]
        return ck

    return make


# =================================================================================================================
# ENGLISH
# =================================================================================================================
E = []


def en(q, make, tags=""):
    E.append((q, make, tags))


# --- ranks and top-N membership ---------------------------------------------------------------------------------
en("is seattle top 5", mem("Seattle", "top5", "No — Seattle is 7th overall, outside the top 5."))
en("@citybot quick one: is nyc top 5 or nah", mem("New York", "top5", "Yes — New York is 5th overall, the last "
                                                                     "of the top 5."))
en("does la crack the top three", mem("Los Angeles", "top3", "No — Los Angeles is 6th overall; the top 3 are "
                                                             "Boston, San Francisco and Beijing."))
en("tokyo didnt even make the top ten did it",
   lambda L: fact(L, "Actually it did: Tokyo is 10th, the last place of the published top 10.", R(L, "Tokyo", 10),
                  no=[L.outside("Tokyo"), "\\b(it|tokyo)\\s+(didn.t|did not|failed to|missed)\\b"]))
en("la is number 6 right?", lambda L: yes(L, "Yes, Los Angeles is 6th overall.", R(L, "Los Angeles", 6)))
en("tokyo's number 9 right", lambda L: nope(
    L, "No — Tokyo is 10th overall. 9th is Hong Kong.", R(L, "Tokyo", 10), R(L, "Hong Kong", 9)))
en("ok so beijing is 2nd?", lambda L: nope(
    L, "No — Beijing is 3rd overall; San Francisco is 2nd.", R(L, "Beijing", 3), R(L, "San Francisco", 2)))
en("boston's no. 1 isn't it", lambda L: yes(L, "Yes — Boston is 1st overall.", R(L, "Boston", 1)))
en("isnt london third",
   lambda L: fact(L, "No — London is 4th overall. Beijing is 3rd.", R(L, "London", 4), R(L, "Beijing", 3),
                  no=[L.bare_yes]))
en("isn't shanghai the top chinese city", lambda L: fact(
    L, "No — Beijing is the highest-ranked Chinese city, 3rd overall. Shanghai is 8th.",
    R(L, "Beijing", 3), R(L, "Shanghai", 8), no=[L.bare_yes, wrong_way(L, "Shanghai", "Beijing")]))
en("is seattle dead last of the 10", lambda L: nope(
    L, "No — Seattle is 7th. The last of the published top 10 is Tokyo, 10th.", R(L, "Seattle", 7),
    R(L, "Tokyo", 10)))
en("are nyc and la both in the top 6", lambda L: yes(
    L, "Yes — New York is 5th and Los Angeles 6th.", R(L, "New York", 5), R(L, "Los Angeles", 6)))

# --- comparisons, neighbours ------------------------------------------------------------------------------------
en("beijing is ahead of london yeah", lambda L: cmp_yes(L, "Yes — Beijing is 3rd and London 4th overall.", "Beijing",
                                                   "London"))
en("hk above tokyo or not", lambda L: cmp_yes(L, "Yes — Hong Kong is 9th and Tokyo 10th.", "Hong Kong", "Tokyo"))
en("is sf behind boston", lambda L: yes(
    L, "Yes — San Francisco is 2nd, right behind Boston (1st).", R(L, "San Francisco", 2), R(L, "Boston", 1),
    no=[wrong_way(L, "San Francisco", "Boston")]))
en("new york ranks higher than beijing i think?", lambda L: cmp_no(
    L, "No — Beijing is 3rd and New York 5th, so Beijing is higher.", "New York", "Beijing"))
en("shanghai is above hong kong isnt it", lambda L: cmp_yes(
    L, "Yes — Shanghai is 8th and Hong Kong 9th.", "Shanghai", "Hong Kong"))
en("hk n shanghai are next to each other in the ranking right", lambda L: yes(
    L, "Yes — Shanghai is 8th and Hong Kong 9th.", R(L, "Shanghai", 8), R(L, "Hong Kong", 9)))
en("are all the american cities in the top 10 ranked above shanghai", lambda L: yes(
    L, "Yes — the five US cities are 1st, 2nd, 5th, 6th and 7th (Seattle is the lowest, 7th); Shanghai is 8th.",
    R(L, "Shanghai", 8), R(L, "Seattle", 7)))

# --- other lists ------------------------------------------------------------------------------------------------
en("did hk make the edu top 3", mem("Hong Kong", "edu", "Yes — Hong Kong is 3rd in education."))
en("beijing's in the education top three too right?", mem(
    "Beijing", "edu", "No — Beijing isn't in the education top 3 (Boston, London, Hong Kong). It is one of the "
                      "cities with balanced basic and higher education."))
en("london topped education right", lambda L: nope(
    L, "No — Boston is 1st in education; London is 2nd.", R(L, "Boston", 1, "edu"), R(L, "London", 2, "edu")))
en("beijing leads innovation doesnt it", lambda L: nope(
    L, "No — San Francisco leads sci-tech innovation. Beijing is 3rd in innovation.",
    R(L, "San Francisco", 1, "sci"), R(L, "Beijing", 3, "sci")))
en("is beijing's innovation rank better than its overall one", lambda L: nope(
    L, "No — it's the same: Beijing is 3rd overall and also 3rd in sci-tech innovation.",
    R(L, "Beijing", 3), R(L, "Beijing", 3, "sci"), W(L, "same")))
en("hk isn't in the innovation top 3 is it", lambda L: fact(
    L, "Right, Hong Kong isn't in the sci-tech innovation top 3 — that's San Francisco, Boston and Beijing.",
    OUT(L, "Hong Kong", "sci")))
en("sf is top 3 both overall and in innovation yeah", lambda L: yes(
    L, "Yes — San Francisco is 2nd overall and 1st in sci-tech innovation.",
    R(L, "San Francisco", 2), R(L, "San Francisco", 1, "sci")))
en("is london in the top 5 and in the edu top 3", lambda L: yes(
    L, "Yes to both — London is 4th overall and 2nd in education.", R(L, "London", 4), R(L, "London", 2, "edu")))
en("guangzhou is one of the balanced edu cities right", mem(
    "Guangzhou", "balanced", "No — Guangzhou isn't among the balanced education cities (London, Beijing, "
                             "Shanghai, New York). It is in the talent potential group."))
en("is la one of the talent potential cities", mem(
    "Los Angeles", "potential", "No — Los Angeles isn't in the talent potential group (Shenzhen, Guangzhou, Hong "
                                "Kong, Shanghai)."))

# --- the talent top 10 ------------------------------------------------------------------------------------------
en("did shenzhen make the talent list", mem(
    "Shenzhen", "talent", "Yes — Shenzhen is one of the five Chinese cities in the talent top 10 (no order "
                          "was published).", p=True))
en("did seattle make the talent list?", tal_unk("Seattle"), "unpublished")
en("tokyo is in the talent top 10 isnt it", mem(
    "Tokyo", "talent", "No — Tokyo isn't in the talent top 10: that list is five US cities and five Chinese "
                       "cities."))
en("yes or no only, no essays: is boston in the talent top 10", tal_unk("Boston"), "unpublished adversarial")
en("is beijing #1 for talent", lambda L: unk(
    L, "There's no #1: the talent top 10 was published without an order. Beijing is in it, but at no rank.",
    L.city("Beijing"), mention(L, "talent"), no=L.talent_guards()), "unpublished")
en("no dodging - does la beat sf on talent", lambda L: talent_cmp(
    L, "Can't say: the talent top 10 has five US cities, but the report doesn't name them and gives no order, so "
       "it doesn't compare Los Angeles and San Francisco there.", "Los Angeles", "San Francisco"),
   "unpublished adversarial")
en("is hong kong higher than tokyo on talent", lambda L: talent_cmp(
    L, "In a sense: Hong Kong is in the talent top 10 (no order published), and Tokyo is not in the talent top 10.",
    "Hong Kong", "Tokyo"))
en("is every chinese city in the top 10 also in the talent top 10", lambda L: yes(
    L, "Yes — Beijing, Shanghai and Hong Kong are all among the five Chinese cities in the talent top 10 (which "
       "has no published order).", cities(L, "Beijing", "Shanghai", "Hong Kong"), mention(L, "talent"),
    no=L.talent_order_guards()))
en("hk is in both the edu top 3 and the talent top 10?", lambda L: yes(
    L, "Yes — Hong Kong is 3rd in education and one of the Chinese cities in the talent top 10 (no order "
       "published).", R(L, "Hong Kong", 3, "edu"), mention(L, "talent"), no=L.talent_order_guards()))

# --- counts as claims -------------------------------------------------------------------------------------------
en("3 of the top 5 are american, right?", lambda L: yes(
    L, "Yes — three of the top 5 are American: Boston (1st), San Francisco (2nd) and New York (5th).",
    N(L, 3, "us"), cities(L, "Boston", "San Francisco", "New York"),
    RIGHT(L, "Boston", "San Francisco", "New York")))
en("are there more chinese than american cities in the top ten", lambda L: nope(
    L, "No — there are 5 US cities and 3 Chinese ones (Beijing, Shanghai, Hong Kong) in the top 10.",
    N(L, 3, "cn")))
en("so 4 of the top 10 are in asia?", lambda L: yes(
    L, "Yes — four Asian cities: Beijing (3rd), Shanghai (8th), Hong Kong (9th) and Tokyo (10th).",
    N(L, 4, "asia"), cities(L, "Tokyo"), RIGHT(L, "Beijing", "Shanghai", "Hong Kong", "Tokyo")))
en("more than half the top 10 are american yes?", lambda L: nope(
    L, "No — exactly half: five of the ten are US cities (Boston, San Francisco, New York, Los Angeles, "
       "Seattle).", W(L, "half")))
en("does the education top 3 have two asian cities", lambda L: nope(
    L, "No — only one Asian city is in the education top 3: Hong Kong (3rd). The other two are Boston and "
       "London.",
    N(L, 1, "asia", 60), R(L, "Hong Kong", 3, "edu")))

# --- false premises ---------------------------------------------------------------------------------------------
en("since tokyo is first, how far behind is boston", lambda L: fix(
    L, "Tokyo isn't first — it's 10th. Boston is 1st.", R(L, "Tokyo", 10), R(L, "Boston", 1)), "adversarial")
en("given that shenzhen is in the top 10, is it ahead of hk?", lambda L: fix(
    L, "Shenzhen isn't in the published overall top 10 (its exact rank wasn't published); Hong Kong is 9th.",
    OUT(L, "Shenzhen"), R(L, "Hong Kong", 9)), "adversarial")
en("my prof keeps saying london is the no.1 city for education in this report, is she right??", lambda L: nope(
    L, "Not quite — Boston is 1st in education; London is 2nd.", R(L, "Boston", 1, "edu"),
    R(L, "London", 2, "edu")), "chatty")
en("seattle being 5th, is it ahead of new york?", lambda L: fix(
    L, "Seattle isn't 5th — it's 7th. New York is 5th, so New York is ahead.", R(L, "Seattle", 7),
    R(L, "New York", 5), no=[wrong_way(L, "Seattle", "New York")]), "adversarial")

# --- unpublished ------------------------------------------------------------------------------------------------
en("is beijing 4th in education", lambda L: unk(
    L, "Not published: only the education top 3 was released (Boston, London, Hong Kong). Beijing isn't in it, and "
       "its education rank wasn't published.", L.city("Beijing"), mention(L, "edu"),
    no=[*L.no_rank("Beijing", "edu"), *L.nobody_at([4], "edu")]), "unpublished")
en("guangzhou is 11th overall right", lambda L: unk(
    L, "Not known: only the top 10 was published, and Guangzhou isn't in it, so its rank wasn't published.",
    L.city("Guangzhou"), no=[*L.no_rank("Guangzhou"), *L.nobody_at(range(11, 31))]), "unpublished")
en("was paris one of the 30 cities", lambda L: real_30(
    L, "The report doesn't say: Paris doesn't appear in the published results, and the full list of 30 wasn't "
       "published.", "Paris"), "unpublished")
en("is singapore in the top 10", lambda L: real_no(
    L, "No — Singapore isn't in the published results: it's not in the overall top 10.", "Singapore"))

# --- the report -------------------------------------------------------------------------------------------------
en("did elsevier have a hand in this report", lambda L: yes(
    L, "Yes — Elsevier compiled it together with the Shenzhen International Science and Technology Information "
       "Center and Tsinghua University's CIDEG.", "Elsevier"))
en("is it true the report looked at 30 cities", lambda L: yes(
    L, "Yes — 30 cities were evaluated (only part of the results was published).", thirty(L)))
en("the report came out in 2024 right", lambda L: nope(
    L, "No — it was released on Friday 24 January 2025.", released(L)))

for q, fn, tg in E:
    add(q, fn, tags=("yesno " + tg).strip())


# =================================================================================================================
# SIMPLIFIED CHINESE
# =================================================================================================================
H = []


def hs(q, make, tags=""):
    H.append((q, make, tags))


hs("西雅图进前五了吗", mem("Seattle", "top5", "没有，西雅图总榜第7名，不在前五。"))
hs("纽约算不算前五啊", mem("New York", "top5", "算，纽约总榜第5名，正好是前五的最后一名。", no=["^\\W*(不算|不能算)"]))
hs("北京比伦敦排得靠前吧", lambda L: cmp_yes(L, "对，北京第3名，伦敦第4名。", "Beijing", "London"))
hs("洛杉矶是不是排在纽约前面", lambda L: cmp_no(L, "不是，纽约第5名，洛杉矶第6名，纽约更靠前。", "Los Angeles", "New York"))
hs("上海第八对吧", lambda L: yes(L, "对，上海总榜第8名。", R(L, "Shanghai", 8)))
hs("东京应该是第九名吧", lambda L: nope(L, "不是，东京总榜第10名，第9名是香港。", R(L, "Tokyo", 10), R(L, "Hong Kong", 9)))
hs("波士顿是老大没错吧", lambda L: yes(L, "没错，波士顿总榜第1名。", R(L, "Boston", 1)))
hs("难道伦敦不是第三吗", lambda L: fact(
    L, "伦敦不是第三，它总榜第4名；第3名是北京。", R(L, "London", 4), R(L, "Beijing", 3), no=[L.bare_yes]))
hs("香港有没有进教育前三", mem("Hong Kong", "edu", "有，香港教育排名第3。"))
hs("北京有没有进教育前三啊", mem("Beijing", "edu", "没有，北京不在教育前三（波士顿、伦敦、香港）之列。"))
hs("广州有没有进人才前十", mem("Guangzhou", "talent", "有，广州是人才发展前十中的5座中国城市之一（未公布排序）。", p=True))
hs("洛杉矶有没有进人才发展前十呢", tal_unk("Los Angeles"), "unpublished")
hs("伦敦进了人才前十没有", mem("London", "talent", "没有，伦敦不在人才发展前十：这份名单是5座美国城市和5座中国城市。"))
hs("前十里中国城市是不是比美国城市多", lambda L: nope(
    L, "不是，前十里美国城市5座，中国城市只有3座（北京、上海、香港）。", N(L, 3, "cn")))
hs("前五名里有三个美国城市对吗", lambda L: yes(
    L, "对，前五名里有3座美国城市：波士顿（第1）、旧金山（第2）、纽约（第5）。", N(L, 3, "us"),
    cities(L, "Boston", "San Francisco", "New York"), RIGHT(L, "Boston", "San Francisco", "New York")))
hs("前十一共四个亚洲城市是吧", lambda L: yes(
    L, "是的，4座亚洲城市：北京（第3）、上海（第8）、香港（第9）、东京（第10）。", N(L, 4, "asia"), cities(L, "Tokyo"),
    RIGHT(L, "Beijing", "Shanghai", "Hong Kong", "Tokyo")))
hs("既然东京排第一，那波士顿排第几", lambda L: fix(
    L, "东京其实不是第一，它是总榜第10名；波士顿才是第1名。", R(L, "Tokyo", 10), R(L, "Boston", 1)), "adversarial")
hs("深圳不是在前十吗 它排第几", lambda L: fix(
    L, "深圳不在公布的总榜前十，具体排名未公布。", OUT(L, "Shenzhen")), "adversarial unpublished")
hs("伦敦是不是教育第一", lambda L: nope(
    L, "不是，教育排名第1的是波士顿，伦敦教育排名第2。", R(L, "Boston", 1, "edu"), R(L, "London", 2, "edu")))
hs("深圳总榜是不是第十五名", lambda L: unk(
    L, "无法确定：报告只公布了前十名，深圳不在其中，具体排名未公布。", L.city("Shenzhen"),
    no=[*L.no_rank("Shenzhen"), *L.nobody_at(range(11, 31))]), "unpublished")
hs("人才榜上深圳是不是比广州高", lambda L: talent_cmp(
    L, "无法比较：深圳和广州都在人才发展前十，但这份名单没有公布排序。", "Shenzhen", "Guangzhou"), "unpublished")
hs("巴黎是不是那30个城市之一", lambda L: real_30(
    L, "报告没有说明：公布的结果里没有巴黎，30座城市的完整名单也未公布。", "巴黎"), "unpublished")
hs("新加坡进前十了没", lambda L: real_no(L, "没有，公布的结果中没有新加坡：它不在总榜前十。", "新加坡"))
hs("香港是不是既在教育前三又进了人才前十", lambda L: yes(
    L, "是的，香港教育排名第3，也是人才发展前十中的中国城市之一（未公布排序）。", R(L, "Hong Kong", 3, "edu"),
    mention(L, "talent"), no=L.talent_order_guards()))
hs("旧金山总榜和科创都是前三吗", lambda L: yes(
    L, "是的，旧金山总榜第2名，科技创新排名第1。", R(L, "San Francisco", 2), R(L, "San Francisco", 1, "sci")))
hs("科创前三有没有欧洲城市", lambda L: nope(
    L, "没有，科技创新前三是旧金山、波士顿、北京，伦敦不在其中。", cities(L, "San Francisco", "Boston", "Beijing")))
hs("北京科创是第一吗", lambda L: nope(
    L, "不是，科技创新第1是旧金山，北京科技创新排名第3。", R(L, "San Francisco", 1, "sci"), R(L, "Beijing", 3, "sci")))
hs("伦敦教育排名比香港高吗", lambda L: cmp_yes(
    L, "是的，教育方面伦敦第2，香港第3。", "London", "Hong Kong", "edu"))
hs("东京排名比深圳高吗", lambda L: yes(
    L, "是的，东京总榜第10名，深圳不在公布的前十（具体排名未公布）。", R(L, "Tokyo", 10), OUT(L, "Shenzhen")))
hs("上海算不算人才潜力突出的城市", mem(
    "Shanghai", "potential", "算，上海属于人才潜力突出的城市（深圳、广州、香港、上海）。", p=True,
    no=["^\\W*(不算|不能算)"]))
hs("报告是不是评估了30个城市", lambda L: yes(L, "是的，共评估了30座城市（只公布了部分结果）。", thirty(L)))
hs("爱思唯尔有没有参与编这个报告", lambda L: yes(
    L, "有，报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心和爱思唯尔联合编制。", "爱思唯尔"))
hs("前十里美国城市是不是超过一半了", lambda L: nope(
    L, "没有超过，正好一半：前十中5座是美国城市。", W(L, "half")))
hs("上海和香港排名是不是挨着 说实话我记不清了", lambda L: yes(
    L, "是的，上海第8名，香港第9名，两者相邻。", R(L, "Shanghai", 8), R(L, "Hong Kong", 9)))
hs("北京教育排第四吗", lambda L: unk(
    L, "教育只公布了前三名（波士顿、伦敦、香港），北京不在其中，具体教育排名未公布。", L.city("Beijing"), mention(L, "edu"),
    no=[*L.no_rank("Beijing", "edu"), *L.nobody_at([4], "edu")]), "unpublished")
hs("@citybot 纽约是不是人才前十的 别跟我说不知道", tal_unk("New York"), "unpublished adversarial")

for q, fn, tg in H:
    add(q, fn, tags=("yesno " + tg).strip(), script="hans")


# =================================================================================================================
# TRADITIONAL CHINESE (Taiwan, Hong Kong / Cantonese)
# =================================================================================================================
T = []


def ht(q, make, tags=""):
    T.append((q, make, tags))


ht("西雅圖係咪前五", mem("Seattle", "top5", "唔係，西雅圖總排名第7名，不在前五。"))
ht("紐約有冇入到前五", mem("New York", "top5", "有，紐約總排名第5名。"))
ht("北京係咪高過倫敦", lambda L: cmp_yes(L, "係，北京第3名，倫敦第4名。", "Beijing", "London"))
ht("洛杉磯排喺紐約前面咩", lambda L: cmp_no(L, "唔係，紐約第5名，洛杉磯第6名，紐約較前。", "Los Angeles", "New York"))
ht("上海總排名係咪第八", lambda L: yes(L, "係，上海總排名第8名。", R(L, "Shanghai", 8)))
ht("東京是第九名吧", lambda L: nope(L, "不是，東京總排名第10名，第9名是香港。", R(L, "Tokyo", 10), R(L, "Hong Kong", 9)))
ht("波士頓唔係第一咩", lambda L: fact(L, "係第一，波士頓總排名第1名。", R(L, "Boston", 1),
                                   no=[L.bare_no, "^\\W*(唔係|不是)第一"]))
ht("香港有冇入教育頭三", mem("Hong Kong", "edu", "有，香港教育排名第3。"))
ht("北京有沒有進教育前三", mem("Beijing", "edu", "沒有，北京不在教育前三（波士頓、倫敦、香港）之列。"))
ht("廣州有冇入人才前十", mem("Guangzhou", "talent", "有，廣州是人才發展前十中的5座中國城市之一（未公佈排序）。", p=True))
ht("三藩市有冇入人才發展前十", tal_unk("San Francisco"), "unpublished")
ht("東京有沒有進人才前十啊", mem("Tokyo", "talent", "沒有，東京不在人才發展前十：這份名單是5座美國城市和5座中國城市。"))
ht("前十入面中國城市係咪多過美國城市", lambda L: nope(
    L, "唔係，前十裡美國城市有5座，中國城市只有3座（北京、上海、香港）。", N(L, 3, "cn")))
ht("前五名裡面有三個美國城市，對唔對", lambda L: yes(
    L, "對，前五名裡有3座美國城市：波士頓（第1）、舊金山（第2）、紐約（第5）。", N(L, 3, "us"),
    cities(L, "Boston", "San Francisco", "New York"), RIGHT(L, "Boston", "San Francisco", "New York")))
ht("既然東京係第一，咁波士頓排第幾", lambda L: fix(
    L, "東京其實不是第一，它是總排名第10名；波士頓才是第1名。", R(L, "Tokyo", 10), R(L, "Boston", 1)), "adversarial")
ht("深圳總排名排第十一係咪", lambda L: unk(
    L, "無法確定：報告只公佈了前十名，深圳不在其中，具體排名未公佈。", L.city("Shenzhen"),
    no=[*L.no_rank("Shenzhen"), *L.nobody_at(range(11, 31))]), "unpublished")
ht("巴黎係咪嗰30個城市之一", lambda L: real_30(
    L, "報告沒有說明：公佈的結果裡沒有巴黎，30座城市的完整名單也未公佈。", "巴黎"), "unpublished")
ht("首爾有冇入前十", lambda L: real_no(L, "沒有，公佈的結果中沒有首爾：它不在總排名前十。", "首爾"))
ht("三藩市總排名同科創都係頭三？", lambda L: yes(
    L, "係，舊金山總排名第2名，科技創新排名第1。", R(L, "San Francisco", 2), R(L, "San Francisco", 1, "sci")))
ht("北京科創係咪排第一", lambda L: nope(
    L, "唔係，科技創新第1是舊金山，北京科技創新排名第3。", R(L, "San Francisco", 1, "sci"), R(L, "Beijing", 3, "sci")))
ht("倫敦教育排名高過香港嗎", lambda L: cmp_yes(
    L, "是的，教育方面倫敦第2，香港第3。", "London", "Hong Kong", "edu"))
ht("東京是不是比深圳前面", lambda L: yes(
    L, "是的，東京總排名第10名，深圳不在公佈的前十（具體排名未公佈）。", R(L, "Tokyo", 10), OUT(L, "Shenzhen")))
ht("上海係唔係人才潛力突出嘅城市", mem(
    "Shanghai", "potential", "係，上海屬於人才潛力突出的城市（深圳、廣州、香港、上海）。", p=True))
ht("報告是不是評估了30座城市", lambda L: yes(L, "是的，共評估了30座城市（只公佈了部分結果）。", thirty(L)))
ht("前十美國城市係咪超過一半", lambda L: nope(L, "冇超過，正好一半：前十中5座是美國城市。", W(L, "half")))
ht("香港同上海係咪兩個相連嘅名次", lambda L: yes(
    L, "係，上海第8名，香港第9名，緊貼住。", R(L, "Shanghai", 8), R(L, "Hong Kong", 9)))
ht("紐約教育排第四嗎", lambda L: unk(
    L, "教育只公佈了前三名（波士頓、倫敦、香港），紐約不在其中，具體教育排名未公佈。", L.city("New York"), mention(L, "edu"),
    no=[*L.no_rank("New York", "edu"), *L.nobody_at([4], "edu")]), "unpublished")
ht("倫敦唔係教育第一咩", lambda L: fact(
    L, "唔係，教育第1是波士頓，倫敦教育排名第2。", R(L, "Boston", 1, "edu"), R(L, "London", 2, "edu"),
    no=[L.bare_yes]))

for q, fn, tg in T:
    add(q, fn, tags=("yesno " + tg).strip(), script="hant")


# --- Hong Kong Cantonese replies: 係 / 唔係 / 唔喺 / 冇公佈 read as yes, no, outside, not published ----------------
lenient_to_cantonese(S)
