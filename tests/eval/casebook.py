"""The cases of the evaluation set as the specs write them: Case, Sheet and the script of a question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vocab import HANS_CHARS, HANT_CHARS, Lang

EN, HANS, HANT = Lang("en"), Lang("hans"), Lang("hant")
ZH = Lang("zh")  # a Chinese question written only in characters both scripts share: either script may answer
LANGS = {"en": EN, "hans": HANS, "hant": HANT, "zh": ZH}

_CJK = re.compile(r"[\u3400-\u9fff]")
# characters that exist in one script only (checked once against OpenCC's tables)
_SIMP_ONLY = set(HANS_CHARS.strip("[]")) | set(
    "给讲这么们说话见现样还过时长问间门东车马书买卖乐节级纪红绿蓝银钱铁钟错请让认识谁该读写听语词课试题热电脑网络线页头点"
    "灯爱来对个实业务产师备体验邮递发开关闭国图园圆场员边运进远连选经结统续总综织组细终绍绝绩帮带币广庆应库张弹强归当录彻"
    "径忆忧怀态怜恶恋悬惊惯愿戏战户扩扫扬扰执报拥择担拟换挥损据捡练较辆辈轻载辉辑输达迁迈违迟适逻遗邓郑鉴钢链锋锐键闪闲"
    "闻阅阔队阳阴阵阶际陆陈险随隐难雾静顶顺须顾顿颁预领频颗额风飞饭饮饱馆驶驾骗鱼鲜鸟鸡黄齐齿龙创潜区观证议谢号码条单类"
    "别欢觉宝贝胜输赢误聪辑响换变历届亚欧专导乌气况厅"
)
_TRAD_ONLY = set(HANT_CHARS.strip("[]")) | set(
    "給講這麼們說話見現樣還過時長問間門東車馬書買賣樂節級紀紅綠藍銀錢鐵鐘錯請讓認識誰該讀寫聽語詞課試題熱電腦網絡線頁頭點"
    "燈愛來對個實業務產師備體驗郵遞發開關閉國圖園圓場員邊運進遠連選經結統續總綜織組細終紹絕績幫帶幣廣慶應庫張彈強歸當錄徹"
    "徵徑憶憂懷態憐惡戀懸驚慣願戲戰戶擴掃揚擾執報擁擇擔擬換揮損據撿練較輛輩輕載輝輯輸達遷邁違遲適邏遺鄧鄭鑑鋼鏈鋒銳鍵閃閒"
    "聞閱闊隊陽陰陣階際陸陳險隨隱難霧靜頂順須顧頓頒預領頻顆額風飛飯飲飽館駛駕騙魚鮮鳥雞黃齊齒龍臺創潛區觀證議謝號碼條單類"
    "別歡覺寶貝勝輸贏誤聰輯響換變歷屆亞歐專導烏氣況廳"
)
assert not _SIMP_ONLY & _TRAD_ONLY


def script_of(text: str) -> str | None:
    """'en', 'hans' or 'hant' for a question; 'zh' when it is Chinese written only in characters both scripts
    share; None when it mixes the two scripts."""
    if not _CJK.search(text):
        return "en"
    trad = sum(ch in _TRAD_ONLY for ch in text)
    simp = sum(ch in _SIMP_ONLY for ch in text)
    if trad and simp:
        return None
    return "hant" if trad else "hans" if simp else "zh"


@dataclass
class Chk:
    """Part of a case: what a correct reply to (part of) a question must and must not say, and how it reads."""

    must: list[str] = field(default_factory=list)
    no: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    ideal: str = ""

    def __add__(self, other: Chk) -> Chk:
        return Chk(self.must + other.must, self.no + other.no, self.order + other.order, join(self.ideal, other.ideal))


def join(a: str, b: str) -> str:
    """Two sentences of an ideal reply, spaced as their script is."""
    if not a or not b:
        return a or b
    return a + ("" if _CJK.search(a[-1]) or a[-1] in "。！？；：，）」』" else " ") + b


def scripted_case(q: str, must: list[str], must_not: tuple[str, ...] | list[str] = (), ideal: str = "",
                  tags: tuple[str, ...] = ()) -> Case:
    """A case checked by hand-written regexes, whose reply must also be in the question's script: a
    traditional question is answered in traditional characters, and a simplified one in simplified."""
    no = list(must_not)
    if "zh_hant" in tags:
        no.append(HANS_CHARS)
    elif "zh" in tags:
        no.append(HANT_CHARS)
    return Case(q, list(must), no, [], ideal, list(tags))


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
            raise ValueError(f"{self.name}: {q!r} mixes simplified and traditional characters")
        if script and script_of(q) not in ("zh", script):
            raise ValueError(f"{self.name}: {q!r} is not written in {script}")
        if script in ("hans", "hant") and script_of(q) == "zh" and not chat:
            raise ValueError(
                f"{self.name}: {q!r} could be either script; build its checks with ZH or add a character "
                "that only one script has"
            )
        if lang == "zh" and chat and not script:
            raise ValueError(f"{self.name}: say which script the conversation of {q!r} is in")
        tag_list = tags.split() if isinstance(tags, str) else list(tags)
        if (q.lstrip().startswith("@") or re.match(r"\s*/\w+@", q)) and "group_chat" not in tag_list:
            tag_list.append("group_chat")
        if lang != "en":
            tag_list += [t for t in ("zh", "zh_hant" if lang == "hant" else None) if t and t not in tag_list]
        if not _CJK.search(q):
            tag_list = [t for t in tag_list if t not in ("zh", "zh_hant")]
        must_not = list(dict.fromkeys(no))
        guard = LANGS[lang].script_guard
        if guard and guard not in must_not:
            must_not.append(guard)
        return Case(
            q=q,
            must=list(dict.fromkeys(must)),
            must_not=must_not,
            order=list(order),
            ideal=ideal,
            tags=tag_list,
            chat=chat,
        )

    def c(
        self,
        q: str,
        *must: str | Chk,
        no=(),
        order=(),
        ideal: str | None = None,
        tags,
        chat: str | None = None,
        script: str | None = None,
        ho=(),
    ) -> Case:
        """A dev case; `ho` lists paraphrases with the same answer, which go to the held-out set."""
        case = self._make(q, must, no, order, ideal, tags, chat, script)
        self.dev.append(case)
        lang = script or script_of(q)
        if ho and chat:
            raise ValueError(f"{self.name}: paraphrase a conversation case by case with h(), not with ho=")
        for p in ho:
            if script_of(p) != lang:
                raise ValueError(f"{self.name}: paraphrase {p!r} is not in the script of {q!r} ({lang})")
            self.holdout.append(self._make(p, must, no, order, ideal, tags, None, lang))
        return case

    def h(
        self,
        q: str,
        *must: str | Chk,
        no=(),
        order=(),
        ideal: str | None = None,
        tags,
        chat: str | None = None,
        script: str | None = None,
    ) -> Case:
        """A held-out case written on its own (a paraphrase whose checks differ, or a chat of its own)."""
        case = self._make(q, must, no, order, ideal, tags, chat, script)
        self.holdout.append(case)
        return case
