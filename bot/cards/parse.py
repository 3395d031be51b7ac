"""A small parser from card arguments to a CardSpec, until the language engine supplies specs.

Shapes (the bot's /top, /rank and /compare arguments, with or without the command word):
    "top 10", "top 3 education", "education", "前3 教育"       → a list card
    "rank shanghai", "shanghai", "上海"                          → a city card
    "compare beijing tokyo", "beijing tokyo london", "北京 vs 东京" → a comparison card
City names are the index's names and aliases (folded with index_core.text.fold); a near miss
of a city name (one clear fuzzy match) is accepted. List names: the language layer's list words
(data/nlu/lexicon.yaml, when the index has them) and the few below.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.cards.spec import CardError, CardSpec, validate
from index_core.text import fold, is_cjk, to_simplified

if TYPE_CHECKING:
    from index_core.index import Index

LIST_WORDS = {
    "overall": ["overall", "total", "set", "set index", "综合", "总榜"],
    "education": ["education", "edu", "教育"],
    "innovation": ["innovation", "sci tech", "scitech", "science", "tech", "科技", "创新", "科技创新"],
    "talent": ["talent", "talents", "人才", "人才发展"],
    "balanced-education": ["balanced", "balanced education", "balance", "均衡", "均衡发展"],
    "talent-potential": ["potential", "talent potential", "人才潜力", "潜力"],
}
TOP_WORDS = {"top", "best", "list", "前"}
RANK_WORDS = {"rank", "ranking", "city", "where", "profile", "排名", "排行"}
COMPARE_WORDS = {"compare", "comparison", "vs", "versus", "v", "对比", "比较"}
FILLER = {"a", "card", "picture", "and", "with", "in", "the", "of", "is", "does", "cities", "和", "与", "跟", "同",
          "在", "名", "的", "城市", "榜", "榜单"}
ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
FUZZY_CUTOFF = 86
_TOKENS = re.compile(r"[0-9]+|[a-z]+|[\u3400-\u9fff\uf900-\ufaff]+")


def detect_lang(text: str) -> str:
    """"en", or the Chinese script the text is written in (simplified when it cannot tell)."""
    han = "".join(ch for ch in text if is_cjk(ch))
    if not han:
        return "en"
    return "zh-Hant" if to_simplified(han) != han else "zh-Hans"


class _Vocabulary:
    def __init__(self, index: Index) -> None:
        self.cities: dict[str, str] = dict(index.aliases)  # folded name → city id
        for city_id in index.city_ids():
            for name in index.city(city_id).names.values():
                self.cities.setdefault(fold(name), city_id)
        self.lists: dict[str, str] = {}
        lexicon = (index.nlu.get("lexicon") or {}).get("lists") or {}
        for source in (lexicon, LIST_WORDS):
            for list_id, words in source.items():
                if index.default.has_list(list_id):
                    for word in words:
                        self.lists.setdefault(fold(str(word)), list_id)
        keywords = TOP_WORDS | RANK_WORDS | COMPARE_WORDS | FILLER | set(ZH_NUMBERS)
        self.phrases = set(self.cities) | set(self.lists) | keywords
        self.longest = max(len(p.split()) for p in self.phrases)

    def split_han(self, run: str) -> list[str]:
        """A run of Chinese characters, cut greedily into known phrases (unknown characters alone)."""
        out, i = [], 0
        while i < len(run):
            for j in range(len(run), i, -1):
                if run[i:j] in self.phrases:
                    out.append(run[i:j])
                    i = j
                    break
            else:
                out.append(run[i])
                i += 1
        return out


def parse_card_request(index: Index, text: str, lang: str | None = None) -> CardSpec:
    """The card that `text` asks for, validated; CardError (one plain line) when there is none."""
    lang = lang or detect_lang(text)
    vocab = _Vocabulary(index)
    tokens: list[str] = []
    for token in _TOKENS.findall(fold(text.lstrip("/"))):
        tokens.extend(vocab.split_han(token) if is_cjk(token[0]) else [token])
    command, cities, lists, numbers, unknown = None, [], [], [], []
    i = 0
    while i < len(tokens):
        for width in range(min(vocab.longest, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + width])
            if phrase in vocab.cities:
                cities.append(vocab.cities[phrase])
                break
            if phrase in vocab.lists:
                lists.append(vocab.lists[phrase])
                break
        else:
            token, width = tokens[i], 1
            if token.isdigit():
                numbers.append(int(token))
            elif token in ZH_NUMBERS:
                numbers.append(ZH_NUMBERS[token])
            elif token in TOP_WORDS and command is None:
                command = "top"
            elif token in RANK_WORDS and command is None:
                command = "rank"
            elif token in COMPARE_WORDS:
                command = command or "compare"
            elif token not in FILLER | TOP_WORDS | RANK_WORDS:
                city = _near_city(vocab, token)
                if city:
                    cities.append(city)
                else:
                    unknown.append(token)
        i += width
    if unknown:
        raise CardError(_unknown_message(index, vocab, unknown[0]))
    cities = list(dict.fromkeys(cities))
    if command == "top" or (command is None and not cities and (lists or numbers)):
        if cities:
            raise CardError("a top-list card takes a list and a number, not a city")
        n = numbers[0] if numbers else None
        return validate(index, CardSpec.top(lists[0] if lists else "overall", n, lang))
    if command == "compare" or len(cities) > 1:
        if len(cities) < 2:
            raise CardError("a comparison needs two to four cities")
        return validate(index, CardSpec.compare(tuple(cities), lang))
    if len(cities) == 1:
        return validate(index, CardSpec.city(cities[0], lang))
    raise CardError('say which list or city: e.g. "top 10", "top 3 education", "shanghai", "beijing tokyo"')


def spec_for_question(index: Index, text: str, lang: str | None = None) -> CardSpec | None:
    """The card for a question or for /card arguments, or None when the text names no card."""
    try:
        return parse_card_request(index, text, lang)
    except CardError:
        return None


def _near_city(vocab: _Vocabulary, token: str) -> str | None:
    """The city a misspelt Latin name clearly means ("shangai" → shanghai), if exactly one."""
    if len(token) < 4 or not token.isascii():
        return None
    from rapidfuzz import fuzz, process

    hits = process.extract(token, list(vocab.cities), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
    ids = {vocab.cities[name] for name, _, _ in hits}
    return ids.pop() if len(ids) == 1 else None


def _unknown_message(index: Index, vocab: _Vocabulary, word: str) -> str:
    world = index.world_city(word)
    if world:
        return f'no card for "{world[0]}": the published results do not name it (it is not in the overall top 10)'
    from rapidfuzz import fuzz, process

    names = {index.city(cid).name("en") for cid in vocab.cities.values()}
    hits = process.extract(word, sorted(names), scorer=fuzz.WRatio, score_cutoff=60, limit=3) if len(word) > 2 else []
    hint = f" (did you mean {', '.join(name for name, _, _ in hits)}?)" if hits else ""
    return f'unknown city or list "{word}"{hint}'
