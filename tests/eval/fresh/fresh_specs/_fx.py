"""Helpers the fresh specs share: checks built in the language and script the question is written in, and the small
checks several topics use (a regex in the reply's script, "shows what can be asked", ranks that must not be said)."""

from __future__ import annotations

from casebook import LANGS, Sheet, script_of
from probe_specs._common import either
from specs._facts import pos, rank, talent_unknown
from vocab import BARE_NO_ZH, BARE_YES_ZH, NEG_ZH, NOTPUB_ZH, YES_ZH

#: Hong Kong Cantonese for the standard written checks: 冇公佈 (not published), 係 (yes), 唔 / 冇 (not)
CANTO = {
    NOTPUB_ZH: either(NOTPUB_ZH, "冇公佈|冇公布|未有公佈|冇點名|冇排序|冇講|冇話|唔知|唔清楚|講唔到|話唔到|冇得比"),
    YES_ZH: either(YES_ZH, "係[，,。！!]|係呀|係嘅|係啊|冇錯|啱|有呀|有嘅"),
    NEG_ZH: either(NEG_ZH, "唔|冇"),
}


def adder(sheet: Sheet):
    """add(q, make, tags=..., script=None, **kw): make(L) returns the checks (a Chk or a list of Chk / regex)."""

    def add(q: str, make, *, tags: str, script: str | None = None, **kw):
        if script_of(q) == "zh" and not kw.get("chat"):
            script = None  # shared characters only: either script may answer
        L = LANGS[script or script_of(q)]
        parts = make(L)
        if not isinstance(parts, (list, tuple)):
            parts = [parts]
        return sheet.c(q, *parts, tags=tags, script=script, **kw)

    return add


def lenient_to_cantonese(sheet: Sheet, *, within: bool = True) -> None:
    """Hong Kong Cantonese replies (係 / 唔係 / 唔喺 / 冇公佈) read as yes, no, outside and not published in the
    traditional-script cases of `sheet`: the standard checks are widened inside each regex (`within`), or only
    where a check is exactly one of them; a bare Cantonese yes or no is forbidden where a bare one is."""
    for case in sheet.dev:
        if "zh_hant" not in case.tags:
            continue
        if within:
            must = []
            for m in case.must:
                for plain, canto in CANTO.items():
                    m = m.replace(plain, canto)
                must.append(m.replace("(不在|没有进|", "(不在|唔喺|唔在|冇入|冇進|冇喺|没有进|"))
            case.must = must
        else:
            case.must = [CANTO.get(m, m) for m in case.must]
        if BARE_YES_ZH in case.must_not:
            case.must_not.append("^\\W*(係|係呀|係啊|啱|冇錯)\\s*([，,。.！!：:]|$)")
        if BARE_NO_ZH in case.must_not:
            case.must_not.append("^\\W*(唔係|唔喺|冇)\\s*([，,。.！!：:]|$)")


# --- checks the specs share -------------------------------------------------------------------------
def R(L, en, hans, hant):
    """A regex in the reply's language; a question in shared characters accepts either script."""
    if L.code == "zh":
        return f"(?:{hans}|{hant})"
    return {"en": en, "hans": hans, "hant": hant}[L.code]


def topic(L):
    """The reply shows what can be asked: it names the ranking, a list or a kind of question."""
    return R(
        L,
        "(\\brank|\\btop\\b|compar|educat|innovat|talent|\\bcit(y|ies)\\b|report)",
        "(排名|排第|前三|前十|比较|教育|城市|报告|榜)",
        "(排名|排第|前三|前十|比較|教育|城市|報告|榜)",
    )


def bot_words(L):
    return R(L, "(\\bbot\\b|citybot|\\bI(.m| am)\\b|\\bme\\b)", "(机器人|citybot|我)", "(機器人|機械人|citybot|我)")


def not_the_report_makers(L):
    """'who made you' is about the bot: the report's compilers are not said to have made it."""
    if L.code == "en":
        return [
            "(made|built|created|developed|written|programmed|run)\\s+(me\\s+)?by[^.\\n]{0,60}(Elsevier|Tsinghua|"
            "CIDEG|Shenzhen International|Xinhua)",
            "\\b(Elsevier|Tsinghua|CIDEG|Xinhua)\\b[^.\\n]{0,40}\\b(made|built|created|developed|programmed)\\s+me\\b",
            "^\\W*(the report|it) was (compiled|published|made|produced) by",
        ]
    org = "(清华|清華|爱思唯尔|愛思唯爾|深圳国际|深圳國際|新华|新華|Elsevier)"
    return [
        f"我(是)?(由|被)[^。\\n]{{0,20}}{org}",
        f"{org}[^。\\n]{{0,20}}(开发|開發|制作|製作|做|整|创造|創造)(了|咗)?我",
        "^\\W*(报告|報告|这份报告|這份報告)(是)?由",
    ]


def rank_of(city, lst="overall"):
    """A maker of the check that the reply gives the city's published rank in the list."""
    return lambda L: rank(L, city, lst)


def no_ranks_for(L, members, lst="overall"):
    """Checks that no member is given a rank other than its own."""
    out = []
    for c in members:
        out += L.wrong_rank(c, pos(c, lst), lst)
    return out


def tal_unk(city, ideal=None):
    """A maker of the check that the city's place in the talent top 10 is said to be not known."""

    def make(L):
        ck = talent_unknown(L, city)
        if ideal:
            ck.ideal = ideal
        return ck

    return make


def count_guard(L, n, noun, hi=12):
    """A wrong count said right before the noun ('four US cities', '4座美国城市')."""
    wrong = [k for k in range(0, hi + 1) if k != n]
    if L.code == "en":
        words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve"]
        alt = "|".join([str(k) for k in wrong] + [words[k] for k in wrong if k])
        return [f"(?<![\\w.#])(?:{alt})\\s+(?:of\\s+(?:the|them)\\s+(?:\\w+\\s+){{0,2}}(?:are|were)\\s+)?{noun}"]
    zh = "零一二三四五六七八九十"
    alt = "|".join([str(k) for k in wrong] + [zh[k] if k <= 10 else "十" + zh[k - 10] for k in wrong if k])
    return [f"(?<![\\d第前十])(?:{alt})(?![\\d十])\\s*(?:座|个|個|位|名)?\\s*(?:是)?{noun}"]
