"""A small helper for the fresh specs: the checks are built in the language and script the question is written in."""

from __future__ import annotations

from casebook import LANGS, Sheet, script_of
from probe_specs._common import either
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
