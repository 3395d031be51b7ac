"""The cases of the evaluation set as the specs write them: Case, Sheet and the script of a question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vocab import HANS_CHARS, HANT_CHARS, Lang

EN, HANS, HANT = Lang("en"), Lang("hans"), Lang("hant")
LANGS = {"en": EN, "hans": HANS, "hant": HANT}

_CJK = re.compile(r"[\u3400-\u9fff]")
_TRAD_ONLY = set(HANT_CHARS.strip("[]")) | set("創潛點區邊見觀實寫聽讀證認識議謝請總綜體較強聯網頁電腦號碼條單類別"
                                                "嗨嘛鍵"
                                                "歡覺麼們還寶貝勝輸贏錯誤聰邏輯響樂隊換變歷屆屆亞歐洲紀錄較專導")
_SIMP_ONLY = set(HANS_CHARS.strip("[]")) | set("创潜点区边见观实写听读证认识议谢请总综体较强联网页电脑号码条单类别"
                                                "欢觉么们还宝贝胜输赢错误聪逻辑响乐队换变历届亚欧纪较专导")
_TRAD_ONLY -= {"嗨", "嘛", "洲"}  # shared by both scripts


def script_of(text: str) -> str | None:
    """'en', 'hans' or 'hant' for a question; None when Chinese but written only in shared characters."""
    if not _CJK.search(text):
        return "en"
    trad = sum(ch in _TRAD_ONLY for ch in text)
    simp = sum(ch in _SIMP_ONLY for ch in text)
    if trad and not simp:
        return "hant"
    if simp and not trad:
        return "hans"
    return None


@dataclass
class Chk:
    """Part of a case: what a correct reply to (part of) a question must and must not say, and how it reads."""

    must: list[str] = field(default_factory=list)
    no: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    ideal: str = ""

    def __add__(self, other: Chk) -> Chk:
        return Chk(self.must + other.must, self.no + other.no, self.order + other.order,
                   join(self.ideal, other.ideal))


def join(a: str, b: str) -> str:
    """Two sentences of an ideal reply, spaced as their script is."""
    if not a or not b:
        return a or b
    return a + ("" if _CJK.search(a[-1]) or a[-1] in "。！？；：，）」』" else " ") + b


@dataclass
class Case:
    q: str
    must: list[str]
    must_not: list[str]
    order: list[str]
    ideal: str
    tags: list[str]
    chat: str | None = None

    def as_dict(self) -> dict:
        d: dict = {"q": self.q}
        if self.chat:
            d["chat"] = self.chat
        if self.must:
            d["must"] = self.must
        if self.must_not:
            d["must_not"] = self.must_not
        if self.order:
            d["order"] = self.order
        d["ideal"] = self.ideal
        d["tags"] = self.tags
        return d


@dataclass
class Sheet:
    """The cases of one topic: dev cases and their held-out paraphrases, in file order."""

    name: str
    title: str
    about: str = ""
    dev: list[Case] = field(default_factory=list)
    holdout: list[Case] = field(default_factory=list)

    def _make(self, q, parts, no, order, ideal, tags, chat, script) -> Case:
        must: list[str] = []
        part_no: list[str] = []
        part_order: list[str] = []
        ideals = []
        for p in parts:
            if isinstance(p, Chk):
                must += p.must
                part_no += p.no
                part_order += p.order
                ideals.append(p.ideal)
            else:
                must.append(p)
        no, order = part_no + list(no), part_order + list(order)
        if ideal is None:
            ideal = ""
            for text in ideals:
                ideal = join(ideal, text)
        if not ideal:
            raise ValueError(f"{self.name}: no ideal reply for {q!r}")
        lang = script or script_of(q)
        if lang is None:
            raise ValueError(f"{self.name}: say which script {q!r} is written in (script='hans' or 'hant')")
        tag_list = tags.split() if isinstance(tags, str) else list(tags)
        if (q.lstrip().startswith("@") or re.match(r"\s*/\w+@", q)) and "group_chat" not in tag_list:
            tag_list.append("group_chat")
        if lang != "en":
            tag_list += [t for t in ("zh", "zh_hant" if lang == "hant" else None) if t and t not in tag_list]
        must_not = list(dict.fromkeys(no))
        guard = LANGS[lang].script_guard
        if guard and guard not in must_not:
            must_not.append(guard)
        return Case(q=q, must=list(dict.fromkeys(must)), must_not=must_not, order=list(order), ideal=ideal,
                    tags=tag_list, chat=chat)

    def c(self, q: str, *must: str | Chk, no=(), order=(), ideal: str | None = None, tags,
          chat: str | None = None, script: str | None = None, ho=()) -> Case:
        """A dev case; `ho` lists paraphrases with the same answer, which go to the held-out set."""
        case = self._make(q, must, no, order, ideal, tags, chat, script)
        self.dev.append(case)
        lang = script or script_of(q)
        if ho and chat:
            raise ValueError(f"{self.name}: paraphrase a conversation case by case with h(), not with ho=")
        for p in ho:
            if (script_of(p) or lang) != lang:
                raise ValueError(f"{self.name}: paraphrase {p!r} is not in the script of {q!r}")
            self.holdout.append(self._make(p, must, no, order, ideal, tags, None, lang))
        return case

    def h(self, q: str, *must: str | Chk, no=(), order=(), ideal: str | None = None, tags,
          chat: str | None = None, script: str | None = None) -> Case:
        """A held-out case written on its own (a paraphrase whose checks differ, or a chat of its own)."""
        case = self._make(q, must, no, order, ideal, tags, chat, script)
        self.holdout.append(case)
        return case
