"""The fresh (held-out) set is sound: well-formed, every ideal reply passes its own checks, and replies that are
obviously wrong (silence, "I don't recognise that city", the generic help text, a shifted rank, the other script) fail.

This does not run the bot: it checks the yardstick, not what is measured with it.
"""

from __future__ import annotations

import collections
import importlib.util
import re
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent
FIELDS = {"q", "chat", "must", "must_not", "order", "ideal", "tags"}
CATEGORIES = [
    "neighbour",
    "distance",
    "range",
    "at_rank",
    "superlative",
    "filter",
    "setop",
    "aggregate",
    "yesno",
    "multi",
    "chatty",
    "unknown_word",
    "meta",
    "year",
    "followup",
    "command",
    "smalltalk",
    "rank",
    "top",
    "compare",
    "profile",
    "typo",
]
MODIFIERS = {"zh", "zh_hant", "group_chat", "unpublished", "adversarial"}
HANT_GUARD_START = "[這們個"  # the script guard of a simplified case forbids these traditional characters first


def _load() -> list[dict]:
    cases = []
    for path in sorted(HERE.glob("fr_*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            cases.append({**case, "_file": path, "_where": f"{path.name}#{i + 1}"})
    return cases


ALL = _load()


def grade(reply: str, case: dict) -> list[str]:
    """The checker's rules: every must matches, no must_not matches (case-insensitive, multiline), order holds,
    and an empty reply fails."""
    if not reply:
        return ["no reply"]
    problems = [f"missing /{p}/" for p in case.get("must") or [] if not re.search(p, reply, re.I | re.M)]
    problems += [f"forbidden /{p}/" for p in case.get("must_not") or [] if re.search(p, reply, re.I | re.M)]
    pos = -1
    for word in case.get("order") or []:
        m = re.compile(re.escape(word), re.I).search(reply, pos + 1)
        if not m:
            problems.append(f"order: {word!r}")
            break
        pos = m.start()
    return problems


def lang(case: dict) -> str:
    """en, hans, hant, or zh: a Chinese question in characters both scripts share (no script guard)."""
    tags = case["tags"]
    if "zh" not in tags:
        return "en"
    if "zh_hant" in tags:
        return "hant"
    return "hans" if any(p.startswith(HANT_GUARD_START) for p in case.get("must_not") or []) else "zh"


def ids(cases):
    return [c["_where"] for c in cases]


# --- size and coverage --------------------------------------------------------------------------


def test_the_set_is_big_enough_and_mostly_english_then_simplified_then_traditional() -> None:
    assert len(ALL) >= 200, len(ALL)  # target 450-550: the other topics are still to be written
    share = collections.Counter(lang(c) for c in ALL)
    en, hans, hant = (share[k] / len(ALL) for k in ("en", "hans", "hant"))
    assert 0.45 <= en <= 0.55, share
    assert 0.25 <= hans + share["zh"] / len(ALL) <= 0.35, share
    assert 0.15 <= hant <= 0.25, share


def test_every_category_it_asks_is_asked_in_every_language() -> None:
    """So far the basics (rank, top, compare, profile, typo); each in English, simplified and traditional."""
    count = collections.Counter((t, lang(c)) for c in ALL for t in c["tags"] if t in CATEGORIES)
    asked = {t for t, _ in count}
    missing = [(p, lg, count[p, lg]) for p in sorted(asked) for lg in ("en", "hans", "hant") if count[p, lg] < 2]
    assert not missing, missing
    assert sum("unpublished" in c["tags"] for c in ALL) >= 60


def test_no_question_is_asked_twice() -> None:
    def norm(q: str) -> str:
        return re.sub(r"[\W_]+", "", q.lower())

    seen = collections.Counter(norm(c["q"]) for c in ALL if "chat" not in c)
    assert not [q for q, n in seen.items() if n > 1]


def test_fresh_questions_appear_in_no_other_eval_set() -> None:
    """A held-out set: not one question of tests/eval/dev/, tests/eval/probe/ or tests/eval/holdout/ again."""

    def norm(q: str) -> str:
        return re.sub(r"[\W_]+", "", q.lower())

    asked: dict[str, str] = {}
    for folder in ("dev", "probe", "holdout"):
        for p in sorted((HERE.parent / folder).glob("*.yaml")):
            for c in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
                asked.setdefault(norm(c["q"]), f"{folder}/{p.name}")
    same = [(c["_where"], asked[norm(c["q"])]) for c in ALL if len(norm(c["q"])) > 6 and norm(c["q"]) in asked]
    assert not same, same


# --- format -------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_case_is_well_formed(case: dict) -> None:
    keys = set(case) - {"_file", "_where"}
    assert keys <= FIELDS, keys - FIELDS
    assert isinstance(case["q"], str) and case["q"].strip()
    assert isinstance(case["ideal"], str) and case["ideal"].strip()
    assert case.get("must") or case.get("order"), "a case must check something positive"
    for key in ("must", "must_not", "order"):
        value = case.get(key, [])
        assert isinstance(value, list) and all(isinstance(x, str) and x for x in value), key
    for pattern in (case.get("must") or []) + (case.get("must_not") or []):
        re.compile(pattern, re.I | re.M)
    tags = case["tags"]
    assert isinstance(tags, list) and tags and tags[0] in CATEGORIES, f"first tag must be a category: {tags}"
    assert set(tags) <= set(CATEGORIES) | MODIFIERS, set(tags) - set(CATEGORIES) - MODIFIERS
    assert len(tags) == len(set(tags))
    chinese = bool(re.search(r"[\u3400-\u9fff]", case["q"]))
    assert chinese == ("zh" in tags), "tag zh exactly when the question is Chinese"
    if "zh_hant" in tags:
        assert "zh" in tags
    if case["q"].lstrip().startswith("@") or re.search(r"^/\w+@", case["q"]):
        assert "group_chat" in tags


def test_file_names_cannot_collide_with_the_dev_and_held_out_files() -> None:
    assert ALL
    assert all(c["_file"].name.startswith("fr_") for c in ALL)


def test_chat_ids_are_sensible() -> None:
    where = collections.defaultdict(set)
    members = collections.defaultdict(list)
    for c in ALL:
        if "chat" in c:
            chat = str(c["chat"])
            assert re.fullmatch(r"fr-[a-z0-9-]+", chat), f"{chat}: fresh chat ids start with fr-"
            where[chat].add(c["_file"])
            members[chat].append(c)
    assert all(len(files) == 1 for files in where.values()), {k: v for k, v in where.items() if len(v) > 1}
    assert all(len(m) >= 2 for m in members.values()), [k for k, m in members.items() if len(m) < 2]
    for c in ALL:
        if "followup" in c["tags"]:
            assert "chat" in c, c["_where"]
            assert members[str(c["chat"])][0] is not c, f"{c['_where']} follows nothing"


def test_committed_yaml_is_exactly_the_generator_output() -> None:
    if not (HERE.parent / "casebook.py").exists():
        pytest.skip("the evaluation set's builders (tests/eval/casebook.py) are not in this checkout")
    spec = importlib.util.spec_from_file_location("citybot_fresh_build", HERE / "build_fresh.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("citybot_fresh_build", build)
    spec.loader.exec_module(build)
    files = build.render_all()
    on_disk = {p: p.read_text(encoding="utf-8") for p in HERE.glob("fr_*.yaml")}
    on_disk[build.README] = build.README.read_text(encoding="utf-8")
    assert set(files) == set(on_disk)
    stale = [p.name for p in files if files[p] != on_disk[p]]
    assert not stale, f"run python tests/eval/fresh/build_fresh.py: {stale}"


# --- the checks judge replies as they should -------------------------------------------------------


@pytest.mark.parametrize("case", ALL, ids=ids(ALL))
def test_ideal_reply_passes_its_own_checks(case: dict) -> None:
    assert grade(case["ideal"], case) == []


HELP = {  # two generic help texts: example questions, and a line about the report and its year
    "en": [
        'Ask me e.g. "where does Shanghai rank?", "top 3 in education" or "compare Beijing and Tokyo".',
        "I answer questions about the Global Innovation Cities report 2025 ranking. Try for example: where does "
        "Shanghai rank? / top 3 in education / compare Beijing and Tokyo",
    ],
    "hans": [
        "你可以问我，比如“上海排第几？”“教育前三”“北京和东京比较”。",
        "我可以回答关于2025全球创新城市报告排名的问题，例如：上海排第几？教育前三是哪些城市？北京和东京比较",
    ],
    "hant": [
        "你可以問我，例如「上海排第幾？」「教育前三」「北京和東京比較」。",
        "我可以回答關於2025全球創新城市報告排名的問題，例如：上海排第幾？教育前三是哪些城市？北京和東京比較",
    ],
}
WRONG = {
    "empty": {"en": "", "hans": "", "hant": ""},
    "not recognised": {
        "en": "I don't recognise that city.",
        "hans": "我不认识这个城市。",
        "hant": "我不認識這個城市。",
    },
    "evasive": {"en": "Sorry, I don't know.", "hans": "抱歉，我不知道。", "hant": "抱歉，我不知道。"},
    "bare yes": {"en": "Yes.", "hans": "是的。", "hant": "是的。"},
    "bare no": {"en": "No.", "hans": "不是。", "hant": "不是。"},
    "error": {"en": "Something went wrong, please try again.", "hans": "出错了，请重试。", "hant": "出錯了，請重試。"},
    "wrong language": {"en": "上海总榜第8名。", "hans": "Shanghai is 8th overall.", "hant": "Shanghai is 8th overall."},
}


def reply_lang(case: dict) -> str:
    return "hans" if lang(case) == "zh" else lang(case)


@pytest.mark.parametrize("kind", sorted(WRONG))
def test_obviously_wrong_replies_fail_every_case(kind: str) -> None:
    passed = [c["_where"] for c in ALL if not grade(WRONG[kind][reply_lang(c)], c)]
    assert not passed, passed


@pytest.mark.parametrize("variant", [0, 1])
def test_the_generic_help_text_passes_only_everyday_talk(variant: int) -> None:
    passed = [c for c in ALL if not grade(HELP[reply_lang(c)][variant], c)]
    wrongly = [c["_where"] for c in passed if "smalltalk" not in c["tags"]]
    assert not wrongly, wrongly


MISREAD = {
    "en": ' I don\'t recognise "please" as a city in the report.',
    "hans": "我不认识“请问”这个城市，报告中没有它。",
    "hant": "我不認識「請問」這個城市，報告中沒有它。",
}


def test_a_word_of_the_question_taken_for_a_city_fails() -> None:
    """Even a right answer fails when it also reads an ordinary word as an unknown city (outside the cases that ask
    about unknown places)."""
    cases = [c for c in ALL if "unknown_word" not in c["tags"]]
    passed = [c["_where"] for c in cases if not grade(c["ideal"] + MISREAD[reply_lang(c)], c)]
    assert not passed, passed


_EN_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ZH_NUMS = "一二三四五六七八九十"


def shift_ranks(text: str) -> str:
    """The same reply with every rank from 1 to 10 moved one place (10 becomes 1): a reply with wrong facts."""

    def digit(m: re.Match) -> str:
        return str(int(m.group(0)) % 10 + 1)

    def word(m: re.Match) -> str:
        w = m.group(0)
        new = _EN_WORDS[(_EN_WORDS.index(w.lower()) + 1) % 10]
        return new.capitalize() if w[0].isupper() else new

    def zh(m: re.Match) -> str:
        return "第" + _ZH_NUMS[(_ZH_NUMS.index(m.group(1)) + 1) % 10]

    text = re.sub(
        r"(?<![\d.,/])(?<!top )(?<!top-)(?<!前)(?<!first )(10|[1-9])"
        r"(?![\d.,/%]|\s*(?:of|out of|cities|US|Chinese|座|个|個|位|places?|spots?))",
        digit,
        text,
    )
    text = re.sub(r"\b(" + "|".join(_EN_WORDS) + r")\b", word, text, flags=re.I)
    text = re.sub(r"第([一二三四五六七八九十])(?![一二三四五六七八九十])", zh, text)
    return text.replace("前一", "前二").replace("最后一名", "倒数第二名").replace("最後一名", "倒數第二名")


RANK_FACTS = {
    "rank",
    "neighbour",
    "at_rank",
    "compare",
    "superlative",
    "filter",
    "profile",
    "typo",
    "followup",
    "range",
}


def test_an_ideal_with_its_ranks_shifted_fails() -> None:
    checked, survived = 0, []
    for c in ALL:
        if c["tags"][0] not in RANK_FACTS or ("at_rank" in c["tags"] and "unpublished" in c["tags"]):
            continue  # (an unpublished place is only echoed from the question)
        wrong = shift_ranks(c["ideal"])
        if wrong == c["ideal"]:
            continue
        checked += 1
        if not grade(wrong, c):
            survived.append(c["_where"])
    assert checked >= 80, checked
    assert not survived, survived


def test_an_ideal_in_the_other_chinese_script_fails() -> None:
    opencc = pytest.importorskip("opencc")
    to_hant, to_hans = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    checked, survived = 0, []
    for c in ALL:
        if lang(c) not in ("hans", "hant"):
            continue
        other = (to_hans if "zh_hant" in c["tags"] else to_hant).convert(c["ideal"])
        if other == c["ideal"]:
            continue
        checked += 1
        if not grade(other, c):
            survived.append(c["_where"])
    assert checked >= 80, checked
    assert not survived, survived


def test_a_question_in_shared_characters_accepts_either_script() -> None:
    opencc = pytest.importorskip("opencc")
    to_hant = opencc.OpenCC("s2t")
    failed = [c["_where"] for c in ALL if lang(c) == "zh" and grade(to_hant.convert(c["ideal"]), c)]
    assert not failed, failed
