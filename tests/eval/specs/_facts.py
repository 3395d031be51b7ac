"""What a correct answer says about the report, as checks (Chk) in English, simplified or traditional Chinese.

Each helper takes the asker's language and returns the checks for one fact, with an ideal sentence.
"""

from __future__ import annotations

from casebook import EN, HANS, HANT, ZH, Chk
from vocab import (
    BALANCED,
    CHINA,
    EDU,
    EN_ORD,
    IN_THIS_SENTENCE_EN,
    IN_THIS_SENTENCE_ZH,
    NAMED,
    NO_LIST_AFTER_EN,
    NO_LIST_AFTER_ZH,
    OVERALL,
    POTENTIAL,
    RANKED,
    SCI,
    TALENT_CN,
    US,
    Lang,
    en_claim,
    near,
    seq,
    zh_numeral,
)

__all__ = [
    "BALANCED",
    "CHINA",
    "EDU",
    "EN",
    "HANS",
    "HANT",
    "NAMED",
    "OVERALL",
    "POTENTIAL",
    "SCI",
    "TALENT_CN",
    "US",
    "ZH",
    "Chk",
    "Lang",
    "near",
    "seq",
]

LISTS = ("overall", "edu", "sci", "talent")
MENTION = {  # the reply names the list it answers about
    "en": {
        "edu": "educ",
        "sci": "(sci|innov|tech)",
        "talent": "talent",
        "overall": "(overall|top[ -]?(10|ten)|rank)",
        "balanced": "balanced",
        "potential": "potential",
    },
    "hans": {
        "edu": "教育",
        "sci": "(科创|科技|创新)",
        "talent": "人才",
        "overall": "(总|综合|前十|前10|排名)",
        "balanced": "均衡",
        "potential": "潜力",
    },
    "hant": {
        "edu": "教育",
        "sci": "(科創|科技|創新)",
        "talent": "人才",
        "overall": "(總|綜合|前十|前10|排名)",
        "balanced": "均衡",
        "potential": "潛力",
    },
    "zh": {
        "edu": "教育",
        "sci": "(科创|科創|科技|创新|創新)",
        "talent": "人才",
        "overall": "(总|總|综合|綜合|前十|前10|排名)",
        "balanced": "均衡",
        "potential": "(潜力|潛力)",
    },
}
LIST_NAME = {
    "en": {"overall": "overall", "edu": "in education", "sci": "in sci-tech innovation", "talent": "in talent"},
    "hans": {"overall": "总榜", "edu": "教育", "sci": "科技创新", "talent": "人才发展"},
    "hant": {"overall": "總排名", "edu": "教育", "sci": "科技創新", "talent": "人才發展"},
    "zh": {"overall": "总榜", "edu": "教育", "sci": "科技创新", "talent": "人才发展"},
}
SIZE = {"overall": 10, "edu": 3, "sci": 3}
ORDER = {
    "en": "(order|rank)",
    "hans": "(排序|顺序|排名|名次|先后)",
    "hant": "(排序|順序|排名|名次|先後)",
    "zh": "(排序|顺序|順序|排名|名次|先后|先後)",
}


def zh_place(code: str, lst: str, n: int) -> str:
    """'总榜第3名' / '教育排名第2' / '科技創新排名第1'."""
    return f"{LIST_NAME[code][lst]}第{n}名" if lst == "overall" else f"{LIST_NAME[code][lst]}排名第{n}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def pos(city: str, lst: str = "overall") -> int | None:
    ranking = RANKED.get(lst, [])
    return ranking.index(city) + 1 if city in ranking else None


def names(L: Lang, cities, sep: str | None = None) -> str:
    """'Boston, London and Hong Kong' / '波士顿、伦敦、香港'."""
    shown = [L.name(c) for c in cities]
    if L.zh:
        return (sep or "、").join(shown)
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def mention(L: Lang, lst: str) -> str:
    return MENTION[L.code][lst]


def t(L: Lang, en: str, hans: str, hant: str) -> str:
    """The text in the asker's language (a question in shared characters gets the simplified one)."""
    return {"en": en, "hans": hans, "hant": hant, "zh": hans}[L.code]


def number_word(L: Lang, n: int) -> str:
    """A regex for a count n written as a digit or a word (English) / numeral (Chinese)."""
    words = {
        0: "zero|none|no",
        1: "one",
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
        12: "twelve",
    }
    if L.zh:
        return (
            f"((?<![\\d第.])(?<!前){n}(?![\\d.%])|(?<![第前]){zh_numeral(n) if n else '零'}(?![一二三四五六七八九十]))"
        )
    return f"(\\b{n}\\b|\\b({words.get(n, str(n))})\\b)"


def wrong_way(L: Lang, lo: str, hi: str) -> str:
    """Forbids saying the lower-ranked city is the higher one ('Tokyo is higher', '东京更高') -- in a sentence that
    names no other list (a card may say 'Education: ..., so Hong Kong is ahead')."""
    if L.code == "en":
        verb = "(?:is|ranks?|ranked|comes?|sits?|does|did)"
        return (
            f"{IN_THIS_SENTENCE_EN}\\b{lo}\\s+{verb}\\s+(?:\\w+\\s+)?(?:higher|better|ahead|above)\\b"
            f"(?!\\s+than\\s+(?!{hi})){NO_LIST_AFTER_EN}"
        )
    higher = "(?:更高|较高|較高|更强|更強|领先|領先|高于|高於|排在前面|更靠前)"
    return f"{IN_THIS_SENTENCE_ZH}{L.city(lo)}(?:排名|排得|的排名)?{higher}{NO_LIST_AFTER_ZH}"


def stated(L: Lang, city: str, n: int, lst: str = "overall") -> Chk:
    """CITY is said to be Nth in LIST, and no other rank is given for it there."""
    return Chk([L.at(city, n)], L.wrong_rank(city, n, lst))


# --- one city in one list --------------------------------------------------------------------


def rank(L: Lang, city: str, lst: str = "overall") -> Chk:
    """The answer to 'where does CITY rank (in LIST)?'."""
    c, n = L.name(city), pos(city, lst)
    if lst in RANKED:
        if n:
            must = [L.at(city, n)] + ([mention(L, lst)] if lst != "overall" else [])
            ideal = t(
                L,
                f"{c} is {ordinal(n)} {LIST_NAME['en'][lst]}.",
                f"{c}{zh_place('hans', lst, n)}。",
                f"{c}{zh_place('hant', lst, n)}。",
            )
            return Chk(must, L.wrong_rank(city, n, lst), ideal=ideal)
        top = names(L, RANKED[lst])
        ideal = {
            "overall": t(
                L,
                f"{c} isn't in the published overall top 10, so its exact rank wasn't published.",
                f"{c}不在公布的总榜前十，具体排名未公布。",
                f"{c}不在公佈的總榜前十，具體排名未公佈。",
            ),
            "edu": t(
                L,
                f"{c} isn't in the published education top 3 ({top}); its education rank wasn't published.",
                f"{c}不在公布的教育前三（{top}）之列，具体教育排名未公布。",
                f"{c}不在公佈的教育前三（{top}）之列，具體教育排名未公佈。",
            ),
            "sci": t(
                L,
                f"{c} isn't in the published sci-tech innovation top 3 ({top}); its rank there wasn't published.",
                f"{c}不在公布的科技创新前三（{top}）之列，具体排名未公布。",
                f"{c}不在公佈的科技創新前三（{top}）之列，具體排名未公佈。",
            ),
        }[lst]
        return Chk([L.outside(city, lst)], L.no_rank(city, lst), ideal=ideal)
    if lst == "talent":
        if city in TALENT_CN:
            ideal = t(
                L,
                f"{c} is in the talent top 10, but that list was published without an order, so it has no rank there.",
                f"{c}在人才发展前十之列，但这份名单没有公布排序，所以没有具体名次。",
                f"{c}在人才發展前十之列，但這份名單沒有公佈排序，所以沒有具體名次。",
            )
            return Chk([near(L.city(city), mention(L, "talent"), 80), L.notpub], L.talent_guards(), ideal=ideal)
        if city in US:
            return talent_unknown(L, city)
        ideal = t(
            L,
            f"{c} isn't in the talent top 10 — that list is five US cities and five Chinese cities.",
            f"{c}不在人才发展前十：这份名单是5座美国城市和5座中国城市。",
            f"{c}不在人才發展前十：這份名單是5座美國城市和5座中國城市。",
        )
        return Chk([L.outside(city, "talent")], [L.bare_yes, *L.talent_guards()], ideal=ideal)
    raise ValueError(lst)


def talent_unknown(L: Lang, city: str) -> Chk:
    """A US city and the talent top 10: the report does not say."""
    c = L.name(city)
    ideal = t(
        L,
        f"Not known: the talent top 10 includes five US cities, but the report doesn't name them, "
        f"so it doesn't say whether {c} is one of them.",
        f"不确定：人才发展前十有5座美国城市，但报告没有点名，所以无法确定{c}是否在其中。",
        f"不確定：人才發展前十有5座美國城市，但報告沒有點名，所以無法確定{c}是否在其中。",
    )
    return Chk([f"({L.city(city)}|{L.five_us()})", L.notpub], [*L.bare(), *L.talent_guards()], ideal=ideal)


def who_at(L: Lang, n: int, lst: str = "overall") -> Chk:
    """The answer to 'who is Nth (in LIST)?'."""
    ranking = RANKED.get(lst)
    if ranking and n <= len(ranking):
        city = ranking[n - 1]
        c = L.name(city)
        others = [x for x in NAMED if x != city]
        no = []
        if L.code == "en":
            alt = "(?:" + "|".join(others) + ")"
            lw = "" if lst == "overall" else "(?:\\s+(?:place\\s+)?(?:in|for)\\s+(?:the\\s+)?[\\w-]+)?"
            no.append(f"(?<![\\w.]){en_claim([n])}(?:\\s+place)?{lw}\\s*(?:is|was|goes to|:|—|–)\\s*{alt}\\b")
        ideal = t(
            L,
            f"{c} is {ordinal(n)} {LIST_NAME['en'][lst]}.",
            f"{LIST_NAME['hans'][lst]}第{n}名是{c}。",
            f"{LIST_NAME['hant'][lst]}第{n}名是{c}。",
        )
        # the city as the whole answer, after the list's name ("Education: Boston"), or said with its rank
        label = f"{mention(L, lst)}[^:：\\n]{{0,25}}[:：—–]\\s*{L.city(city)}"
        answer = f"(^\\W*{L.city(city)}|{label}|{L.at(city, n)})"
        must = [answer] + ([mention(L, lst)] if lst != "overall" else [])
        return Chk(must, no + L.wrong_rank(city, n, lst), ideal=ideal)
    if lst == "talent":
        ideal = t(
            L,
            "The talent top 10 was published without an order, so nobody is "
            f"{ordinal(n)} in it: it has five unnamed US cities and five Chinese ones ({names(L, TALENT_CN)}).",
            f"人才发展前十没有公布排序，所以没有第{n}名之说："
            f"其中有5座未点名的美国城市和5座中国城市（{names(L, TALENT_CN)}）。",
            f"人才發展前十沒有公佈排序，所以沒有第{n}名之說："
            f"其中有5座未點名的美國城市和5座中國城市（{names(L, TALENT_CN)}）。",
        )
        return Chk([L.notpub, mention(L, "talent")], L.talent_guards(), ideal=ideal)
    size = SIZE[lst]
    last = RANKED[lst][-1]
    word = "ten" if size == 10 else "three"
    extent = t(
        L,
        f"(top[ -]?({size}|{word})|first ({size}|{word})|{L.at(last, size)})",
        f"(前{size}|前{zh_numeral(size)}|{L.at(last, size)})",
        f"(前{size}|前{zh_numeral(size)}|{L.at(last, size)})",
    )
    ideal = {
        "overall": t(
            L,
            f"Not published: the report gives only the top 10 (Tokyo is 10th), not who is {ordinal(n)}.",
            f"报告只公布了前十名（第10名是东京），第{n}名未公布。",
            f"報告只公佈了前十名（第10名是東京），第{n}名未公佈。",
        ),
        "edu": t(
            L,
            f"Not published: only the education top 3 was released (Boston, London, Hong Kong), "
            f"so {ordinal(n)} place isn't known.",
            f"教育只公布了前三名（波士顿、伦敦、香港），第{n}名未公布。",
            f"教育只公佈了前三名（波士頓、倫敦、香港），第{n}名未公佈。",
        ),
        "sci": t(
            L,
            f"Not published: only the sci-tech innovation top 3 was released (San Francisco, Boston, Beijing), "
            f"so {ordinal(n)} place isn't known.",
            f"科技创新只公布了前三名（旧金山、波士顿、北京），第{n}名未公布。",
            f"科技創新只公佈了前三名（舊金山、波士頓、北京），第{n}名未公佈。",
        ),
    }[lst]
    return Chk([L.notpub, extent], L.nobody_at([n], lst) + L.wrong_rank(last, size, lst), ideal=ideal)


# --- neighbours and distances ------------------------------------------------------------------


def neighbour(L: Lang, city: str, k: int, lst: str = "overall") -> Chk:
    """The city k places after (k > 0) or before (k < 0) CITY in LIST."""
    n = pos(city, lst)
    c = L.name(city)
    if lst == "talent":
        ideal = t(
            L,
            f"The talent top 10 has no published order, so nothing comes before or after {c} in it.",
            "人才发展前十没有公布排序，所以谈不上谁在前谁在后。",
            "人才發展前十沒有公佈排序，所以談不上誰在前誰在後。",
        )
        return Chk([L.notpub, ORDER[L.code]], L.talent_guards(), ideal=ideal)
    if n is None:
        raise ValueError(f"{city} has no rank in {lst}")
    m = n + k
    ranking = RANKED[lst]
    if 1 <= m <= len(ranking):
        other = ranking[m - 1]
        o = L.name(other)
        where = {1: "right after", -1: "just ahead of"}.get(k) or f"{abs(k)} places {'behind' if k > 0 else 'ahead of'}"
        ideal = t(
            L,
            f"{o} — {ordinal(m)} {LIST_NAME['en'][lst]}, {where} {c} ({ordinal(n)}).",
            f"{c}{LIST_NAME['hans'][lst]}第{n}名，"
            f"{'后' if k > 0 else '前'}面{'一' if abs(k) == 1 else zh_numeral(abs(k))}位是{o}（第{m}名）。",
            f"{c}{LIST_NAME['hant'][lst]}第{n}名，"
            f"{'後' if k > 0 else '前'}面{'一' if abs(k) == 1 else zh_numeral(abs(k))}位是{o}（第{m}名）。",
        )
        return Chk(
            [L.at(other, m)] + ([mention(L, lst)] if lst != "overall" else []),
            L.wrong_rank(other, m, lst) + L.wrong_rank(city, n, lst),
            ideal=ideal,
        )
    if m < 1:
        top = t(
            L,
            f"{c} is {ordinal(n)} {LIST_NAME['en'][lst]} — nobody is ahead of it.",
            f"{c}{zh_place('hans', lst, n)}，前面没有城市了。",
            f"{c}{zh_place('hant', lst, n)}，前面沒有城市了。",
        )
        if n == 1:
            ahead = (
                (
                    f"(?:{'|'.join(x for x in NAMED if x != city)})\\s+(is|ranks?|ranked|comes?|sits?)\\s+(right\\s+|"
                    f"just\\s+)?(above|ahead of|before)\\s+{city}"
                )
                if L.code == "en"
                else None
            )
            return Chk([L.at(city, 1)], ([ahead] if ahead else []) + L.wrong_rank(city, 1, lst), ideal=top)
        return Chk([L.at(city, n)], L.wrong_rank(city, n, lst), ideal=top)
    # past the end of what was published
    size = len(ranking)
    ideal = t(
        L,
        f"{c} is {ordinal(n)} {LIST_NAME['en'][lst]}, "
        f"the last place published — the report doesn't say who comes next.",
        f"{c}{LIST_NAME['hans'][lst]}第{n}名，是公布的最后一名；之后的名次报告未公布。",
        f"{c}{LIST_NAME['hant'][lst]}第{n}名，是公佈的最後一名；之後的名次報告未公佈。",
    )
    no = L.nobody_at(range(size + 1, 31) if lst == "overall" else range(size + 1, 11), lst)
    no += after_guards(L, city)
    return Chk([L.at(city, n), L.notpub], no + L.wrong_rank(city, n, lst), ideal=ideal)


def after_guards(L: Lang, city: str) -> list[str]:
    """Nobody may be named as coming right after the last published city."""
    c, cities = L.city(city), L.all_cities()
    if L.code == "en":
        return [
            f"\\b(?:after|behind|below)\\s+{c}\\b[^.\\n]{{0,20}}?\\b(?:comes?|is|was|sits?|:)\\s+{cities}\\b",
            f"\\b{cities}\\s+(?:comes?|came|is|was|follows|sits)\\s+(?:right\\s+|just\\s+|next\\s+|"
            f"directly\\s+)?(?:after|behind|below)\\s+{c}\\b",
        ]
    return [f"{c}(?:后面|之后|後面|之後|下面|的下一名|后一名|後一名)(?:是|为|為|：|:|的是|紧跟着|緊跟著)\\s*{cities}"]


def distance(L: Lang, a: str, b: str, lst: str = "overall") -> Chk:
    """How many places apart two ranked cities are (and how many cities sit between them)."""
    na, nb = pos(a, lst), pos(b, lst)
    d = abs(na - nb)
    ranking = RANKED[lst]
    between = ranking[min(na, nb) : max(na, nb) - 1]
    ok = {d, d - 1}
    wrong = [x for x in range(0, 12) if x not in ok]
    if L.code == "en":
        count = "(" + "|".join(number_word(L, x) for x in sorted(ok)) + ")"
        bad = "(" + "|".join(number_word(L, x)[1:-1] for x in wrong if x > 0) + ")"
        no = [
            f"{bad}\\s+(places|spots|positions|ranks)\\s+(apart|behind|ahead|higher|lower|between|difference)",
            f"\\b{d}\\s+(cities|others|other cities)\\s+(in\\s+)?between",
        ]
        if d > 1:  # the cities between, said as the distance
            no.append(
                f"(?<![\\w.]){d - 1}\\s+(places|spots|positions|ranks)\\s+(apart|behind|ahead|higher|lower|"
                "difference|above|below)"
            )
        gap = ("no city" if d == 1 else f"{d - 1} cit{'y' if d == 2 else 'ies'}") + " in between"
        ideal = (
            f"{a} is {ordinal(na)} and {b} {ordinal(nb)} {LIST_NAME['en'][lst]}: {d} place{'s' if d > 1 else ''} "
            f"apart, with {gap}" + (f" ({names(L, between)})." if between else ".")
        )
    else:
        nums = "|".join(
            f"(?<![\\d第]){x}(?!\\d)|(?<!第){zh_numeral(x) if x else '零'}(?![一二三四五六七八九十])"
            for x in sorted(ok)
        )
        count = (
            f"((相差|差了?|相隔|隔了?|隔著|隔着|之间|之間|中间|中間|差距|距离|距離|高出|高了|低了|领先|領先|落后|"
            f"落後)[^。]{{0,8}}({nums})|紧挨|緊挨|相邻|相鄰)"
        )
        no = [f"(隔了?|中间有|中間有)\\s*{d}\\s*(个|個|座)(城市)?"]
        if d > 1:  # the cities between, said as the difference in rank
            no.append(f"(相差|差了?|差距|高出|高了|低了)\\s*{d - 1}\\s*(名|位|个名次|個名次)")
        gap = (
            (f"中间隔了{d - 1}个城市" if L.code != "hant" else f"中間隔了{d - 1}個城市")
            if d > 1
            else t(L, "", "两者相邻", "兩者相鄰")
        )
        listname = LIST_NAME[L.code][lst]
        ideal = (
            f"{listname}中{L.name(a)}第{na}名，{L.name(b)}第{nb}名，相差{d}位"
            + (f"，{gap}" if gap else "")
            + (f"（{names(L, between)}）。" if between else "。")
        )
    no += L.wrong_rank(a, na, lst) + L.wrong_rank(b, nb, lst)
    return Chk([L.city(a), L.city(b), L.rank(na), L.rank(nb), count], no, ideal=ideal)


# --- lists -----------------------------------------------------------------------------------


def top(L: Lang, lst: str, n: int) -> Chk:
    """The answer to 'top N (of LIST)'."""
    if lst == "talent":
        return talent_list(L)
    if lst in ("balanced", "potential"):
        return group(L, lst)
    ranking = RANKED[lst]
    shown = ranking[:n]
    order = [L.name(c) for c in shown]
    must: list[str] = []
    if L.code == "zh" or (L.code == "hant" and "San Francisco" in shown):
        must.append(seq(*[L.city(c) for c in shown]))
        order = []
    # asked for the top 5, the next city may be named as context, not the rest of the ten
    no: list[str] = [L.city(c) for c in ranking[n + 1 :]] if lst == "overall" else []
    listed = ", ".join(f"{i}. {L.name(c)}" for i, c in enumerate(shown, 1)) if L.code == "en" else names(L, shown)
    head = t(
        L,
        {"overall": f"Top {min(n, len(ranking))}", "edu": "Education top 3", "sci": "Sci-tech innovation top 3"}[lst]
        + ": ",
        {"overall": f"总榜前{min(n, len(ranking))}名：", "edu": "教育前三：", "sci": "科技创新前三："}[lst],
        {"overall": f"總排名前{min(n, len(ranking))}名：", "edu": "教育前三：", "sci": "科技創新前三："}[lst],
    )
    ideal = head + listed + t(L, ".", "。", "。")
    if n > len(ranking):
        size = len(ranking)
        must.append(L.notpub)
        if L.code == "en":
            must.append(f"\\b(only|just)\\b[^.\\n]{{0,40}}\\b({size}|{'ten' if size == 10 else 'three'})\\b")
        else:
            must.append(f"(只|仅|僅)[^。\\n]{{0,10}}(前{size}|前{zh_numeral(size)}|{size}|{zh_numeral(size)})")
        no += L.nobody_at(range(size + 1, min(n, 30) + 1), lst)
        more = t(
            L,
            f" Only the top {size} {'were' if size > 1 else 'was'} published.",
            f"报告只公布了前{zh_numeral(size)}名。",
            f"報告只公佈了前{zh_numeral(size)}名。",
        )
        ideal += more
    return Chk(must, no, order, ideal)


def talent_list(L: Lang) -> Chk:
    """Which cities are in the talent top 10: five unnamed US cities and the Chinese five, no order."""
    must = [L.city(c) for c in TALENT_CN] + [L.five_us()]
    ideal = t(
        L,
        f"The talent top 10: five US cities (not named in the report) and five Chinese cities — {names(L, TALENT_CN)}. "
        f"No order was published.",
        f"人才发展前十：5座美国城市（报告未点名）和5座中国城市——{names(L, TALENT_CN)}；没有公布排序。",
        f"人才發展前十：5座美國城市（報告未點名）和5座中國城市——{names(L, TALENT_CN)}；沒有公佈排序。",
    )
    return Chk(
        must,
        L.talent_guards() + ([] if L.zh else ["^\\s*(?:#\\s?)?1[.):]\\s*(?:" + "|".join(NAMED) + ")\\b"]),
        ideal=ideal,
    )


def group(L: Lang, grp: str) -> Chk:
    """The members of an unordered group."""
    members = BALANCED if grp == "balanced" else POTENTIAL
    must = [L.city(c) for c in members] + [mention(L, grp)]
    no = []
    if L.code == "en":
        no.append(
            f"(?<![\\w.])(?:1st|2nd|3rd|4th|first|second|third|fourth)\\s+(?:in|for|"
            f"among)\\s+(?:the\\s+)?(?:{'balanced' if grp == 'balanced' else 'talent potential|potential'})"
        )
        no.append("^\\s*1[.)]\\s")
    others = [c for c in NAMED if c not in members]
    if grp == "balanced":
        ideal = t(
            L,
            f"Cities with relatively balanced basic and higher education: {names(L, members)} — a group, "
            "not a ranking.",
            f"基础教育与高等教育发展较均衡的城市：{names(L, members)}（这是一组城市，不是排名）。",
            f"基礎教育與高等教育發展較均衡的城市：{names(L, members)}（這是一組城市，不是排名）。",
        )
    else:
        ideal = t(
            L,
            f"Cities with exceptional talent potential: {names(L, members)} — a group, not a ranking.",
            f"人才潜力突出的城市：{names(L, members)}（这是一组城市，不是排名）。",
            f"人才潛力突出的城市：{names(L, members)}（這是一組城市，不是排名）。",
        )
    if L.code == "en":
        head = "balanced" if grp == "balanced" else "potential"
        no.append(f"{head}[^.\\n]{{0,80}}:\\s*[^.\\n]*\\b(?:{'|'.join(others)})\\b")
    return Chk(must, no, ideal=ideal)


def range_(L: Lang, lo: int, hi: int, lst: str = "overall") -> Chk:
    """Places lo..hi of a list, saying where the published part ends."""
    ranking = RANKED[lst]
    if lo > len(ranking):
        beyond = who_at(L, lo, lst)
        beyond.no += L.nobody_at(range(lo, hi + 1), lst)
        beyond.ideal = t(
            L,
            f"Places {lo}–{hi} weren't published: the report gives only the top {len(ranking)}, "
            f"ending with {L.name(ranking[-1])} in {ordinal(len(ranking))}.",
            f"第{lo}到第{hi}名报告未公布，"
            f"只公布了前{zh_numeral(len(ranking))}名（第{len(ranking)}名是{L.name(ranking[-1])}）。",
            f"第{lo}到第{hi}名報告未公佈，"
            f"只公佈了前{zh_numeral(len(ranking))}名（第{len(ranking)}名是{L.name(ranking[-1])}）。",
        )
        return beyond
    shown = ranking[lo - 1 : min(hi, len(ranking))]
    order = [L.name(c) for c in shown]
    must: list[str] = []
    if L.code == "zh" or (L.code == "hant" and "San Francisco" in shown):
        must.append(seq(*[L.city(c) for c in shown]))
        order = []
    no = _not_listed(L, ranking, lo, min(hi, len(ranking)))
    if L.code == "en":
        listed = ", ".join(f"{ordinal(lo + i)} {L.name(c)}" for i, c in enumerate(shown))
    else:
        listed = "、".join(f"第{lo + i}名{L.name(c)}" for i, c in enumerate(shown))
    head = (
        ""
        if lst == "overall"
        else t(
            L,
            {"edu": "Education: ", "sci": "Sci-tech innovation: "}.get(lst, ""),
            {"edu": "教育：", "sci": "科技创新："}.get(lst, ""),
            {"edu": "教育：", "sci": "科技創新："}.get(lst, ""),
        )
    )
    ideal = head + listed + t(L, ".", "。", "。")
    if hi > len(ranking):
        must.append(L.notpub)
        no += L.nobody_at(range(len(ranking) + 1, hi + 1), lst)
        ideal += t(
            L,
            f" Places {len(ranking) + 1}–{hi} weren't published (only the top {len(ranking)}).",
            f"第{len(ranking) + 1}名以后未公布。",
            f"第{len(ranking) + 1}名以後未公佈。",
        )
    return Chk(must, no, order, ideal)


def _not_listed(L: Lang, ranking: list[str], lo: int, hi: int) -> list[str]:
    """Cities outside places lo..hi: not labelled with a number inside the range, and (two or more places
    away) not named at all."""
    no: list[str] = []
    for i, c in enumerate(ranking, 1):
        if lo <= i <= hi:
            continue
        if i < lo - 1 or i > hi + 1:
            no.append(L.city(c))
            continue
        nums = "|".join(str(x) for x in range(hi, lo - 1, -1))
        if L.code == "en":
            no.append(f"(?<![\\w.])(?:{nums})(?:st|nd|rd|th)?[.):]?\\s+{c}\\b")
        else:
            no.append(f"第\\s*(?:{nums})(?!\\d)\\s*(?:名|位)?\\s*(?:是|为|為|：|:)?\\s*{L.city(c)}")
    return no


# --- membership and yes / no ----------------------------------------------------------------------


def member(L: Lang, city: str, grp: str) -> Chk:
    """Is CITY in GROUP? grp: overall (top 10), edu / sci (top 3), talent, balanced, potential, or 'topN'."""
    c = L.name(city)
    if grp == "talent" and city in US:
        return talent_unknown(L, city)
    if grp == "talent":
        inside = city in TALENT_CN
    elif grp == "balanced":
        inside = city in BALANCED
    elif grp == "potential":
        inside = city in POTENTIAL
    elif grp.startswith("top"):
        k = int(grp[3:])
        n = pos(city)
        inside = n is not None and n <= k
    else:
        inside = city in RANKED[grp]
    lstword = grp if not grp.startswith("top") else "overall"
    if inside:
        if grp in RANKED or grp.startswith("top"):
            lst = "overall" if grp.startswith("top") else grp
            n = pos(city, lst)
            must = [L.at(city, n)] + ([mention(L, lst)] if lst != "overall" else [])
            ideal = t(
                L,
                f"Yes — {c} is {ordinal(n)} {LIST_NAME['en'][lst]}.",
                f"是的，{c}{zh_place('hans', lst, n)}。",
                f"是的，{c}{zh_place('hant', lst, n)}。",
            )
            return Chk(must, [L.bare_no, *L.wrong_rank(city, n, lst)], ideal=ideal)
        ideal = {
            "talent": t(
                L,
                f"Yes — {c} is one of the five Chinese cities in the talent top 10 (no order was published).",
                f"是的，{c}是人才发展前十中的5座中国城市之一（未公布排序）。",
                f"是的，{c}是人才發展前十中的5座中國城市之一（未公佈排序）。",
            ),
            "balanced": t(
                L,
                f"Yes — {c} is one of the cities with relatively balanced basic and higher education "
                f"({names(L, BALANCED)}).",
                f"是的，{c}属于基础教育与高等教育发展较均衡的城市（{names(L, BALANCED)}）。",
                f"是的，{c}屬於基礎教育與高等教育發展較均衡的城市（{names(L, BALANCED)}）。",
            ),
            "potential": t(
                L,
                f"Yes — {c} is one of the cities with exceptional talent potential ({names(L, POTENTIAL)}).",
                f"是的，{c}属于人才潜力突出的城市（{names(L, POTENTIAL)}）。",
                f"是的，{c}屬於人才潛力突出的城市（{names(L, POTENTIAL)}）。",
            ),
        }[grp]
        no = [L.bare_no] + (L.talent_order_guards() if grp == "talent" else [])
        return Chk([near(L.city(city), mention(L, grp), 80), L.yes], no, ideal=ideal)
    # certainly not inside
    if grp.startswith("top") and pos(city):
        n = pos(city)
        ideal = t(
            L,
            f"No — {c} is {ordinal(n)}, outside the top {grp[3:]}.",
            f"不在，{c}排第{n}名，不在前{grp[3:]}。",
            f"不在，{c}排第{n}名，不在前{grp[3:]}。",
        )
        return Chk([L.neg, L.at(city, n)], [L.bare_yes, *L.wrong_rank(city, n)], ideal=ideal)
    if grp.startswith("top"):
        return Chk(
            [L.neg, L.outside(city, "overall")],
            [L.bare_yes, *L.no_rank(city)],
            ideal=t(
                L,
                f"No — {c} isn't in the published top 10 at all; its rank wasn't published.",
                f"不在，{c}不在公布的总榜前十，具体排名未公布。",
                f"不在，{c}不在公佈的總榜前十，具體排名未公佈。",
            ),
        )
    no = [L.bare_yes]
    if grp in RANKED:
        no += L.no_rank(city, grp)
    if grp == "talent":
        no += L.talent_order_guards()
    ideal = {
        "overall": t(
            L,
            f"No — {c} isn't in the published overall top 10; its rank wasn't published.",
            f"不在，{c}不在公布的总榜前十，具体排名未公布。",
            f"不在，{c}不在公佈的總榜前十，具體排名未公佈。",
        ),
        "edu": t(
            L,
            f"No — {c} isn't in the education top 3 (Boston, London, Hong Kong).",
            f"不在，{c}不在教育前三（波士顿、伦敦、香港）之列。",
            f"不在，{c}不在教育前三（波士頓、倫敦、香港）之列。",
        ),
        "sci": t(
            L,
            f"No — {c} isn't in the sci-tech innovation top 3 (San Francisco, Boston, Beijing).",
            f"不在，{c}不在科技创新前三（旧金山、波士顿、北京）之列。",
            f"不在，{c}不在科技創新前三（舊金山、波士頓、北京）之列。",
        ),
        "talent": t(
            L,
            f"No — {c} isn't in the talent top 10: that list is five US cities and five Chinese cities.",
            f"不在，{c}不在人才发展前十：这份名单是5座美国城市和5座中国城市。",
            f"不在，{c}不在人才發展前十：這份名單是5座美國城市和5座中國城市。",
        ),
        "balanced": t(
            L,
            f"No — {c} isn't among the cities with balanced basic and higher education ({names(L, BALANCED)}).",
            f"不是，{c}不在基础教育与高等教育发展较均衡的城市之列（{names(L, BALANCED)}）。",
            f"不是，{c}不在基礎教育與高等教育發展較均衡的城市之列（{names(L, BALANCED)}）。",
        ),
        "potential": t(
            L,
            f"No — {c} isn't among the cities with exceptional talent potential ({names(L, POTENTIAL)}).",
            f"不是，{c}不在人才潜力突出的城市之列（{names(L, POTENTIAL)}）。",
            f"不是，{c}不在人才潛力突出的城市之列（{names(L, POTENTIAL)}）。",
        ),
    }[lstword]
    absent = L.outside(city, lstword)
    if lstword in ("edu", "sci"):  # "No. The education top 3 is Boston, London, Hong Kong" says it too
        absent = f"({absent}|{seq(*[L.city(x) for x in RANKED[lstword]], gap=30)})"
    return Chk([L.neg, absent], no, ideal=ideal)


# --- comparisons -------------------------------------------------------------------------------


def compare(L: Lang, a: str, b: str, lst: str = "overall") -> Chk:
    """Which of two cities ranks higher in LIST, as far as the published results say."""
    na, nb = pos(a, lst), pos(b, lst)
    A, B = L.name(a), L.name(b)
    if lst in RANKED and na and nb:
        hi, lo = (a, b) if na < nb else (b, a)
        d = abs(na - nb)
        no = [wrong_way(L, lo, hi)]
        ideal = t(
            L,
            f"{L.name(hi)} is higher {LIST_NAME['en'][lst]}: {A} is {ordinal(na)} and {B} {ordinal(nb)} ({d} "
            f"place{'s' if d > 1 else ''} apart).",
            f"{L.name(hi)}更高：{LIST_NAME['hans'][lst]}{A}第{na}名，{B}第{nb}名，相差{d}位。",
            f"{L.name(hi)}更高：{LIST_NAME['hant'][lst]}{A}第{na}名，{B}第{nb}名，相差{d}位。",
        )
        no += L.wrong_rank(a, na, lst) + L.wrong_rank(b, nb, lst)
        return Chk([L.at(a, na), L.at(b, nb)] + ([mention(L, lst)] if lst != "overall" else []), no, ideal=ideal)
    if lst in RANKED and (na or nb):
        ranked, other = (a, b) if na else (b, a)
        n = pos(ranked, lst)
        size = SIZE[lst]
        no = L.no_rank(other, lst)
        if L.code == "en":
            no.append(
                f"\\b{other}\\s+(?:is|ranks?|ranked|comes?|sits?|does|did)\\s+(?:\\w+\\s+)?(?:higher|better|ahead|"
                f"above)(?:\\s+than|\\s+of)?\\s+{ranked}"
            )
        ideal = t(
            L,
            f"{L.name(ranked)} is higher {LIST_NAME['en'][lst]}: it is {ordinal(n)}, "
            f"while {L.name(other)} isn't in the published top {size} (its exact rank wasn't published).",
            f"{L.name(ranked)}更高：{L.name(ranked)}{LIST_NAME['hans'][lst]}第{n}名，"
            f"{L.name(other)}不在公布的前{zh_numeral(size)}名之列（具体排名未公布）。",
            f"{L.name(ranked)}更高：{L.name(ranked)}{LIST_NAME['hant'][lst]}第{n}名，"
            f"{L.name(other)}不在公佈的前{zh_numeral(size)}名之列（具體排名未公佈）。",
        )
        return Chk([L.at(ranked, n), L.outside(other, lst)], no + L.wrong_rank(ranked, n, lst), ideal=ideal)
    if lst in RANKED:
        size = SIZE[lst]
        no = L.no_rank(a, lst) + L.no_rank(b, lst)
        if L.code == "en":
            no.append(
                f"\\b(?:{a}|{b})\\s+(?:is|ranks?|ranked|comes?|does|did)\\s+(?:\\w+\\s+)?(?:higher|better|ahead|above)"
            )
        ideal = t(
            L,
            f"Can't say: neither {A} nor {B} is in the published top {size}, and their exact ranks weren't published.",
            f"无法比较：{A}和{B}都不在公布的前{zh_numeral(size)}名之列，具体排名都未公布。",
            f"無法比較：{A}和{B}都不在公佈的前{zh_numeral(size)}名之列，具體排名都未公佈。",
        )
        return Chk([L.city(a), L.city(b), L.notpub], no, ideal=ideal)
    # talent: membership only
    ina = a in TALENT_CN
    inb = b in TALENT_CN
    known_out = {c for c in NAMED if c not in TALENT_CN and c not in US}
    if ina and inb:
        ideal = t(
            L,
            f"Can't say: {A} and {B} are both in the talent top 10, but no order was published for it.",
            f"无法比较：{A}和{B}都在人才发展前十，但这份名单没有公布排序。",
            f"無法比較：{A}和{B}都在人才發展前十，但這份名單沒有公佈排序。",
        )
        return Chk([L.city(a), L.city(b), L.notpub], [*L.bare(), *L.talent_guards()], ideal=ideal)
    if (ina and b in known_out) or (inb and a in known_out):
        winner, loser = (a, b) if ina else (b, a)
        ideal = t(
            L,
            f"{L.name(winner)}: it is in the talent top 10 (no order published), and {L.name(loser)} is not "
            "in the talent top 10.",
            f"{L.name(winner)}：它在人才发展前十（未公布排序），{L.name(loser)}不在人才发展前十。",
            f"{L.name(winner)}：它在人才發展前十（未公佈排序），{L.name(loser)}不在人才發展前十。",
        )
        return Chk(
            [near(L.city(winner), mention(L, "talent"), 80), L.outside(loser, "talent")],
            L.talent_order_guards(),
            ideal=ideal,
        )
    ideal = t(
        L,
        f"Can't say: the five US cities in the talent top 10 aren't named, and no order was published, "
        f"so the report doesn't compare {A} and {B} there.",
        f"无法比较：人才发展前十的5座美国城市没有点名，也没有公布排序，所以报告无法比较{A}和{B}。",
        f"無法比較：人才發展前十的5座美國城市沒有點名，也沒有公佈排序，所以報告無法比較{A}和{B}。",
    )
    return Chk([L.city(a), L.city(b), L.notpub], [*L.bare(), *L.talent_guards()], ideal=ideal)


# --- a city's profile -----------------------------------------------------------------------------


def profile(L: Lang, city: str) -> Chk:
    """Everything the report says about one city."""
    c = L.name(city)
    must: list[str] = []
    no: list[str] = []
    parts: list[str] = []
    n = pos(city)
    must.append(L.city(city))
    if n:  # a profile may be a card: "Boston ... • Overall: 1st of 30" -- the rank said with its list
        must.append(near(L.rank(n), mention(L, "overall"), 30))
        no += L.wrong_rank(city, n)
        parts.append(t(L, f"{ordinal(n)} overall", f"总榜第{n}名", f"總排名第{n}名"))
    else:
        must.append(L.outside(city, "overall"))
        no += L.no_rank(city)
        parts.append(
            t(
                L,
                "not in the published overall top 10 (rank not published)",
                "不在公布的总榜前十（具体排名未公布）",
                "不在公佈的總榜前十（具體排名未公佈）",
            )
        )
    for lst in ("edu", "sci"):
        k = pos(city, lst)
        if k:
            must.append(near(L.rank(k), mention(L, lst), 40))
            parts.append(
                t(
                    L,
                    f"{ordinal(k)} {LIST_NAME['en'][lst]}",
                    f"{LIST_NAME['hans'][lst]}第{k}名",
                    f"{LIST_NAME['hant'][lst]}第{k}名",
                )
            )
        else:
            no += L.no_rank(city, lst)
    if city in TALENT_CN:
        must.append(mention(L, "talent"))
        parts.append(
            t(
                L,
                "in the talent top 10 (no order published)",
                "在人才发展前十之列（未公布排序）",
                "在人才發展前十之列（未公佈排序）",
            )
        )
        no += L.talent_order_guards()
    elif city in US:
        no += L.talent_guards()
    else:
        no += L.talent_order_guards()
        no.append(
            f"{city}\\s+(is|was)\\s+(also\\s+)?(in|among|part of)\\s+the\\s+talent"
            if L.code == "en"
            else f"{L.city(city)}(也)?(在|进入了|進入了|入选|入選)人才(发展|發展)?前十"
        )
    if city in BALANCED:
        must.append(mention(L, "balanced"))
        parts.append(
            t(
                L,
                "one of the cities with balanced basic and higher education",
                "属于基础教育与高等教育发展较均衡的城市",
                "屬於基礎教育與高等教育發展較均衡的城市",
            )
        )
    if city in POTENTIAL:
        must.append(mention(L, "potential"))
        parts.append(t(L, "one of the cities with exceptional talent potential", "人才潜力突出", "人才潛力突出"))
    sep = t(L, "; ", "；", "；")
    ideal = t(L, f"{c}: ", f"{c}：", f"{c}：") + sep.join(parts) + t(L, ".", "。", "。")
    if city in US:
        ideal += t(
            L,
            " Whether it is among the five unnamed US cities in the talent top 10 isn't known.",
            "它是否属于人才发展前十中未点名的5座美国城市，报告没有说明。",
            "它是否屬於人才發展前十中未點名的5座美國城市，報告沒有說明。",
        )
    return Chk(must, no, ideal=ideal)


# --- places the results do not name, invented places, ordinary words ----------------------------


def real_outside(L: Lang, name: str, shown: str | None = None) -> Chk:
    """A real city the published results don't mention (Paris, 柏林 ...)."""
    shown = shown or name
    ideal = t(
        L,
        f"{shown} isn't in the published results — it's not in the overall top 10, and its rank wasn't published.",
        f"公布的结果中没有{shown}：它不在总榜前十，具体排名未公布。",
        f"公佈的結果中沒有{shown}：它不在總排名前十，具體排名未公佈。",
    )
    return Chk([name, L.not_in_results], L.real_outside_guards(name), ideal=ideal)


def invented(L: Lang, name: str, shown: str | None = None, suggest: str = "") -> Chk:
    """A place that does not exist: say it isn't a city the report knows; never a rank."""
    shown = shown or name
    ideal = t(
        L,
        f'I don\'t recognise "{shown}" as a city in the report.'
        + (f" Did you mean {suggest}?" if suggest else " Try e.g. London or Tokyo."),
        f"我不认识“{shown}”这个城市，报告里没有它。"
        + (f"你是想问{suggest}吗？" if suggest else "可以试试伦敦或东京。"),
        f"我不認識「{shown}」這個城市，報告裡沒有它。"
        + (f"你是想問{suggest}嗎？" if suggest else "可以試試倫敦或東京。"),
    )
    return Chk([name, L.unknown_place], L.invented_guards(name), ideal=ideal)


def year(L: Lang, city: str | None = None) -> Chk:
    """Another edition, or a change over time: only the 2025 edition is in the data."""
    ideal = t(
        L,
        "I only have the 2025 edition of the report, so I can't answer for other years or say how rankings changed.",
        "我只有2025年这一版报告的数据，无法回答其他年份或排名变化的问题。",
        "我只有2025年這一版報告的資料，無法回答其他年份或排名變化的問題。",
    )
    return Chk(["2025", L.only_2025], L.year_guards(city), ideal=ideal)


def name_list(L: Lang, cities) -> list[str]:
    return [L.city(c) for c in cities]


def claim_rank_en(ns) -> str:
    return en_claim(ns)


EN_ORDINALS = EN_ORD


# --- the report itself ----------------------------------------------------------------------------

MAKERS = {
    "en": ["(Tsinghua|CIDEG)", "Elsevier", "Shenzhen International"],
    "hans": ["(清华|CIDEG|产业发展与环境治理)", "(爱思唯尔|Elsevier)", "深圳国际科技信息中心"],
    "hant": ["(清華|CIDEG|產業發展與環境治理)", "(愛思唯爾|Elsevier)", "深圳國際科技信息中心"],
    "zh": [
        "(清华|清華|CIDEG|产业发展与环境治理|產業發展與環境治理)",
        "(爱思唯尔|愛思唯爾|Elsevier)",
        "(深圳国际科技信息中心|深圳國際科技信息中心)",
    ],
}


def makers(L: Lang) -> Chk:
    """Who compiled the report: all three."""
    ideal = t(
        L,
        "It was compiled by the Shenzhen International Science and Technology Information Center, "
        "Tsinghua University's Center for Industrial Development and Environmental Governance (CIDEG) and Elsevier.",
        "报告由深圳国际科技信息中心、清华大学产业发展与环境治理研究中心（CIDEG）和爱思唯尔（Elsevier）联合编制。",
        "報告由深圳國際科技信息中心、清華大學產業發展與環境治理研究中心（CIDEG）和愛思唯爾（Elsevier）聯合編製。",
    )
    return Chk(list(MAKERS[L.code]), ideal=ideal)


def thirty(L: Lang) -> Chk:
    """How many cities were evaluated: 30 (only part published)."""
    ideal = t(
        L,
        "30 cities were evaluated (only the results above were published, not the full list).",
        "共评估了30座城市（只公布了部分结果，完整名单未公布）。",
        "共評估了30座城市（只公佈了部分結果，完整名單未公佈）。",
    )
    no = (
        ["\\b(20|25|35|40|50|100)\\s+cities\\s+(were\\s+)?(evaluated|assessed|covered|ranked)"]
        if L.code == "en"
        else []
    )
    return Chk(["(?<![\\d.])30(?![\\d.])|thirty|三十"], no, ideal=ideal)


def released(L: Lang) -> Chk:
    """When the report came out: Friday 24 January 2025 (reported 25 January)."""
    ideal = t(
        L,
        "It was released on Friday 24 January 2025 (reported on 25 January 2025).",
        "报告于2025年1月24日（星期五）发布，1月25日见报。",
        "報告於2025年1月24日（星期五）發佈，1月25日見報。",
    )
    date = (
        "(24(th)?\\s+jan(uary|\\.)?,?\\s+2025|jan(uary|\\.)?\\s+24(th)?,?\\s+2025|2025-01-24|24/0?1/2025|0?1/24/2025)"
    )
    return Chk(
        [date if L.code == "en" else "(2025\\s*年\\s*1\\s*月\\s*24\\s*日|2025-01-24)"],
        ["\\b(2024|2023|2026)\\b(?!\\s*(edition|report|ranking))" if L.code == "en" else "(2024|2023|2026)\\s*年"],
        ideal=ideal,
    )


def without_bare(ck: Chk) -> Chk:
    """For one part of a message with several questions: a bare-yes/no guard applies only to a whole reply."""
    from vocab import BARE_NO_EN, BARE_NO_ZH, BARE_YES_EN, BARE_YES_ZH

    bare = {BARE_YES_EN, BARE_NO_EN, BARE_YES_ZH, BARE_NO_ZH}
    return Chk(ck.must, [x for x in ck.no if x not in bare], ck.order, ck.ideal)


def several(*parts: Chk) -> Chk:
    """A message with several questions: every part answered, in order. A part's 'this city must not be named
    at all' guard is dropped, since another part may name it."""
    total = Chk()
    for p in parts:
        total = total + without_bare(p)
    plain = {L.city(c) for L in (EN, HANS, HANT) for c in NAMED}
    total.no = [x for x in total.no if x not in plain]
    return total
