"""What the probe specs add to the evaluation set's builders: medal words, yes / no wrappers.

Everything else comes from tests/eval/specs/_facts.py and vocab.py, so a probe case holds a reply to the
same rules as a dev case.
"""

from __future__ import annotations

from casebook import Chk
from specs._facts import RANKED, Lang, member, mention, near, neighbour, pos, range_, who_at
from specs.positions import last_of_all
from vocab import en_claim, zh_claim_nums

LABEL_COLON = "[:：—–]\\s*"
SAFE_LABEL_COLON = "(?<!例如)(?<!比如)(?<!e\\.g\\.)(?<!example)(?<!instance)[:：—–]\\s*"
MEDAL = {
    "en": {1: "(champ|champion|gold|winner|top spot|leads?|tops)", 2: "(runner.?up|silver)", 3: "(bronze)"},
    "zh": {1: "(冠军|冠軍|榜首|第一)", 2: "(亚军|亞軍)", 3: "(季军|季軍)"},
}


def medal(L: Lang, n: int, lst: str = "overall") -> Chk:
    """who_at_p(), also accepting the medal word of the question next to the city ('Runner-up: San Francisco')."""
    ck = who_at_p(L, n, lst)
    city = RANKED[lst][n - 1]
    word = MEDAL["en" if L.code == "en" else "zh"][n]
    ck.must[0] = f"({ck.must[0]}|{near(L.city(city), word, 30)})"
    return ck


def no_because(L: Lang, ideal: str, *must: str, no=()) -> Chk:
    """A no (a false premise corrected): the reason is stated; a bare yes fails."""
    return Chk([L.neg, *must], [L.bare_yes, *no], ideal=ideal)


def yes_because(L: Lang, ideal: str, *must: str, no=()) -> Chk:
    return Chk([L.yes, *must], [L.bare_no, *no], ideal=ideal)


def cannot_say(L: Lang, ideal: str, *must: str, no=()) -> Chk:
    """The report does not give the answer: the reply says so, never a bare yes or no."""
    return Chk([L.notpub, *must], [*L.bare(), *no], ideal=ideal)


def ranged(L: Lang, lo: int, hi: int, lst: str = "overall") -> Chk:
    """range_(), and no city of the range labelled with another place ('6th New York', '第7名纽约').

    (L.wrong_rank() would misread a list such as '5th New York, 6th Los Angeles', whose comma reads as
    'New York, 6th'; only a number written before the city is checked here.)"""
    ck = range_(L, lo, hi, lst)
    ranking = RANKED[lst]
    for n in range(lo, min(hi, len(ranking)) + 1):
        city = ranking[n - 1]
        wrong = [k for k in range(1, 31) if k != n]
        if L.code == "en":
            ck.no.append(f"(?<![\\w.]){en_claim(wrong)}(?:\\s+place)?\\s*[:—–-]?\\s*{L.city(city)}\\b")
        else:
            ck.no.append(
                f"第\\s*{zh_claim_nums(wrong)}(?![\\d一二三四五六七八九十])\\s*(?:名|位)?\\s*[:：—-]?\\s*{L.city(city)}"
            )
    return ck


def either(*alternatives: str) -> str:
    """One of several regexes."""
    return "(" + "|".join(f"(?:{a})" for a in alternatives) + ")"


def ahead(L: Lang, city: str) -> str:
    """The reply says CITY is the higher one ('Boston is ahead', 'so Beijing ranks higher', '波士顿领先')."""
    c = L.city(city)
    if L.code == "en":
        return (
            f"({c}[^.?!\\n]{{0,40}}?\\b(is|ranks?|ranked|comes?|sits?|places?|stays?)\\s+(\\w+\\s+)?(higher|ahead|above|"
            f"better|in front|first)\\b|{c}\\s+(leads|beats|outranks|edges out|wins|is ahead|comes out ahead))"
        )
    return f"{c}(排名|排得|的排名)?(更高|较高|較高|更强|更強|领先|領先|高于|高於|排在前面|更靠前|在前|胜出|勝出|赢|贏)"


def member_p(L: Lang, city: str, grp: str) -> Chk:
    """member(), where a member of a group may be confirmed without the word 'yes' ('Guangzhou is in the talent
    top 10, but ...'): a plain positive statement about the city does as well."""
    ck = member(L, city, grp)
    if L.yes in ck.must:
        c = L.city(city)
        if L.code == "en":
            verb = "(is|are|was|ranks|ranked|made|makes|sits|appears|belongs)"
            positive = f"{c}[^.\\n]{{0,20}}\\b{verb}\\b(?![^.\\n]{{0,15}}\\bnot\\b)"
        else:
            positive = (
                f"{c}[^。\\n，,]{{0,6}}(?<!不)(?<!没)(?<!沒)(?<!未)(在|进入|進入|入选|入選|位列|属于|屬於|是)(?!否)"
            )
        ck.must = [either(L.yes, positive) if m == L.yes else m for m in ck.must]
    return ck


def last_of_all_p(L: Lang) -> Chk:
    """last_of_all(); in Chinese, Tokyo's 10th place may also be the last line of a numbered list ('10. 东京')."""
    ck = last_of_all(L)
    if L.zh:
        at = L.at("Tokyo", 10)
        ck.must = [either(at, f"^\\s*10\\s*[.)．、]\\s*{L.city('Tokyo')}") if m == at else m for m in ck.must]
    return ck


def who_at_p(L: Lang, n: int, lst: str = "overall") -> Chk:
    """who_at(); past the end of the education or sci-tech top 3 the reply also names the list it is about (so
    "only the education top 3 was published" does not pass for 4th place in sci-tech)."""
    ck = who_at(L, n, lst)
    if lst in ("edu", "sci") and n > len(RANKED[lst]):
        ck.must.append(mention(L, lst))
    # 'Overall: Shanghai' answers; '... ranking questions, for example: Shanghai ...' (a help text) does not
    ck.must = [m.replace(LABEL_COLON, SAFE_LABEL_COLON) for m in ck.must]
    return ck


def neighbour_p(L: Lang, city: str, k: int, lst: str = "overall") -> Chk:
    """neighbour(); in the education or sci-tech list, the city's neighbour in the overall ranking is not given as
    the answer ('Just ahead of Hong Kong (9th) is Shanghai, 8th overall' for the education list)."""
    ck = neighbour(L, city, k, lst)
    n = pos(city)
    if lst in ("edu", "sci") and n and 1 <= n + k <= 10:
        m = n + k
        other = RANKED["overall"][m - 1]
        if other not in RANKED[lst]:
            o = L.city(other)
            if L.code == "en":
                ck.no += [
                    f"\\b{o}\\b[^.\\n]{{0,20}}\\b{m}(st|nd|rd|th)\\b",
                    f"\\b{m}(st|nd|rd|th)\\b[^.\\n]{{0,12}}\\b{o}\\b",
                ]
            else:
                ck.no += [f"{o}[^。\\n]{{0,8}}第\\s*{m}(?!\\d)", f"第\\s*{m}(?!\\d)[^。\\n]{{0,4}}{o}"]
    return ck


def count_p(L: Lang, n: int, what_en: str, what_zh: str, ideal: str, first: str, wrong=()) -> Chk:
    """specs.aggregates.count(), also accepting the number followed by the list it counts ('Three: Boston, San
    Francisco and New York'), FIRST being the first city of that list."""
    from specs.aggregates import count

    ck = count(L, n, what_en, what_zh, ideal, wrong)
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    if L.code == "en":
        listed = f"(\\b{n}\\b|\\b{words[n]}\\b)\\s*[:—–-]\\s*(the\\s+)?{L.city(first)}\\b"
    else:
        listed = (
            f"((?<![\\d第前]){n}|(?<![第前]){'零一二三四五六七八九十'[n]})\\s*(个|個|座)?\\s*[:：—]\\s*{L.city(first)}"
        )
    ck.must = [either(ck.must[0], listed), *ck.must[1:]]
    return ck
