"""What the probe specs add to the evaluation set's builders: medal words, yes / no wrappers.

Everything else comes from tests/eval/specs/_facts.py and vocab.py, so a probe case holds a reply to the
same rules as a dev case.
"""

from __future__ import annotations

from casebook import Chk
from specs._facts import RANKED, Lang, near, range_, who_at
from vocab import en_claim, zh_claim_nums

MEDAL = {
    "en": {1: "(champion|gold|winner|top spot|leads?|tops)", 2: "(runner.?up|silver)", 3: "(bronze)"},
    "zh": {1: "(冠军|冠軍|榜首|第一)", 2: "(亚军|亞軍)", 3: "(季军|季軍)"},
}


def medal(L: Lang, n: int, lst: str = "overall") -> Chk:
    """who_at(), also accepting the medal word of the question next to the city ('Runner-up: San Francisco')."""
    ck = who_at(L, n, lst)
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
