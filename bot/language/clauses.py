"""Splitting a message into clauses: sentences, and the parts of a sentence that are questions
of their own ("top 3 in education and top 3 in innovation", "where are Beijing and Tokyo, and
who's first?", "北京总排名第几？教育和科创呢？").

A sentence is cut at a comma, or at "and"/"but" (and their Chinese counterparts), only where
what follows starts a question of its own — a question word, a yes/no verb, a request, a
follow-up cue — so "in both the top 10 and the talent top 10" stays one clause. Chinese
commas always cut: the question words of a Chinese clause come at its end.
"""

from __future__ import annotations

import re

from bot.language.lexicon import Lexicon
from bot.language.tokens import keys

_SENTENCE = re.compile(r"(?<=[?!？！。；;…\n])|(?<=[^\s.][^\sA-Z.]\.)(?!(?<=\b[Nn][Oo]\.)\s+\d)(?=\s+\S)"  # not "no. 7"
                       r"|\s+[+/]\s+|(?<=\w):\s+")
_ZH_JOINERS = ("以及", "还有", "還有", "另外", "然后", "然後", "仲有", "同埋", "顺便", "順便")
_SOFT = re.compile(r"\s*,\s*|\s+(?:and|but|also|plus|then|&)\s+|\s*[，、]\s*"
                   r"|(?<=[\u3400-\u9fff])(?:" + "|".join(_ZH_JOINERS) + ")")
STARTERS = frozenset({"who", "which", "where", "when", "how_many", "rank", "yes_no_start", "request", "followup",
                      "profile", "compare", "whether", "top_word", "made", "measure", "verify", "thanks", "greet",
                      "bottom"})
CONNECTORS = frozenset({"and", "but", "also", "plus", "so", "then", "ok", "okay", "oh", "well", "now", "the", "a"})
MAX_CLAUSES = 40  # a long paragraph still reaches its question at the end


def sentences(text: str) -> list[str]:
    parts: list[str] = []
    last = 0
    for m in _SENTENCE.finditer(text):
        if m.group().strip() in ("+", "/") and text[:m.start()].count("(") > text[:m.start()].count(")"):
            continue  # "(education + sci-tech)": lists in brackets, not a second question
        if m.group().startswith(":") and len(text[last:m.start()].split()) <= 3:
            continue  # "rank these: tokyo, beijing", "quick q: …": a lead-in, not a question of its own
        parts.append(text[last:m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


_ENUMERATOR = re.compile(r"(?:^|(?<=\s))(?:\(?\d{1,2}[)）]|（\d{1,2}）|[①-⑩])\s*")  # "1) … 2) …", "①"


def clauses(text: str, lexicon: Lexicon) -> list[str]:
    out: list[str] = []
    numbered = [p for p in _ENUMERATOR.split(text) if p.strip()]  # each numbered part is a question of its own
    for sentence in (s for part in numbered for s in sentences(part)):
        out.extend(_cut(sentence, lexicon))
        if len(out) >= MAX_CLAUSES:
            break
    return out[:MAX_CLAUSES]


def _cut(sentence: str, lexicon: Lexicon) -> list[str]:
    pieces: list[str] = []
    last = 0
    for m in _SOFT.finditer(sentence):
        if m.start() == 0 or m.end() >= len(sentence):
            continue
        sep = m.group().strip()
        if sep == "、":  # an enumeration ("北京、上海"), never a new clause
            continue
        before = sentence[m.start() - 1] if m.start() > 0 else ""
        chinese_comma = sep == "，" or (sep == "," and "\u3400" <= before <= "\u9fff")
        left = sentence[last:m.start()]
        if sentence[:m.start()].count("(") > sentence[:m.start()].count(")"):
            continue  # "(education + sci-tech)": an aside inside brackets is no clause of its own
        if chinese_comma and _only_names(list(keys(left)), lexicon) and _cues(
                list(keys(sentence[m.end():m.end() + 20])), 0, lexicon) & {"which", "who", "compare", "better"}:
            continue  # "东京还是香港，哪个排名高": the names belong to the question after them
        if sep in _ZH_JOINERS and (not _asks(left, lexicon) or _who_else(sentence[m.end():], lexicon)):
            continue  # "它后面还有谁", "前十还有哪些": "who else", not a second question
        if _dangling(left, lexicon):
            continue  # "who is ahead of and behind London": "ahead of" waits for its city
        if sep == "also" and (not _asks(left, lexicon) or _cues(list(keys(sentence[m.end():])), 0, lexicon) & {
                "made", "in_word", "named"}):
            continue  # "chinese talent cities that also made the top 10", "how many … also make": one set
        if sep == "also" and _cues(list(keys(sentence[m.end():])), 0, lexicon) <= {
                "top_word", "best", "better", "first_word", "bottom", "worst"}:
            continue  # "was boston also top in 2024": "also" inside the question, not a second one
        zh_joined = sep in _ZH_JOINERS and _asks(sentence[m.end():], lexicon, "followup")  # "前三是谁然后上海呢"
        if sep == "and" and _superlative_start(left, lexicon) and _superlative_start(sentence[m.end():], lexicon):
            if len([w for w in keys(left) if w not in ("the", "a")]) == 1:
                continue  # "highest and lowest chinese city": one question about both ends
            pieces.append(sentence[last:m.start()])  # "best us city and best chinese city": two questions
            last = m.end()
            continue
        if chinese_comma or zh_joined or _starts_question(sentence[m.end():], lexicon, left):
            pieces.append(sentence[last:m.start()])
            last = m.end()
    pieces.append(sentence[last:])
    return [p.strip(" ,，、") for p in pieces if p.strip(" ,，、")]


def _starts_question(rest: str, lexicon: Lexicon, before: str) -> bool:
    words = [w for k in keys(rest[:80]) for w in lexicon.spellings.get(k, (k,))]  # "whats" is "what is"
    while words and words[0] in CONNECTORS:
        words = words[1:]
    if not words:
        return False
    cues = _cues(words, 0, lexicon)
    if cues & {"which", "who"} and _only_names(list(keys(before)), lexicon):
        return False  # "tokyo or hong kong, which ranks higher?": the names are the question's own
    width, _meanings = lexicon.longest(words, 0)
    if "in_order" in cues and width >= len([w for w in words if w not in ("please", "pls")]):
        return False  # "give me the full 30, ranked", "the standings, top to bottom": how, not a new question
    if cues & {"top_word", "bottom"} and not cues & (STARTERS - {"top_word", "bottom"}):
        # "which cities are in the top 10 and the top 3 for education": one question about two lists
        left = list(keys(before))
        said = set().union(*(_cues(left, i, lexicon) for i in range(len(left))))
        if "both" in said or (said & {"which", "who"} and "in_word" in said):
            return False
    return bool(cues & STARTERS)


def _superlative_start(text: str, lexicon: Lexicon) -> bool:
    """The piece begins with a superlative ("best us city", "the lowest asian one")."""
    words = [w for w in keys(text) if w not in ("the", "a")]
    return bool(words) and bool(_cues(words, 0, lexicon) & {"best", "worst"}) and "top_word" not in _cues(
        words, 0, lexicon)


def _only_names(words: list[str], lexicon: Lexicon) -> bool:
    """Cities (or lists) joined by "or"/"and"/"vs" and nothing else."""
    i = 0
    named = False
    while i < len(words):
        width, meanings = lexicon.longest(words, i)
        kinds = {kind for kind, _value in meanings}
        cues = {value for kind, value in meanings if kind == "cue"}
        if width and kinds & {"city", "list"}:
            named = True
        elif not (width and cues and cues <= {"or", "compare"}) and words[i] not in (
                "or", "and", "vs", "versus", "和", "或", "与", "跟"):
            return False
        i += max(width, 1)
    return named
def _dangling(text: str, lexicon: Lexicon) -> bool:
    """A piece ending in a word of side that has no city after it yet ("who is ahead of")."""
    words = list(keys(text))
    for start in range(max(0, len(words) - 3), len(words)):
        width, meanings = lexicon.longest(words, start)
        if start + width == len(words) and {v for k, v in meanings if k == "cue"} & {"before", "after"}:
            return words[-1].isascii()  # a Chinese word of side follows its city: "上海后面，…" is whole
    return False


def _who_else(rest: str, lexicon: Lexicon) -> bool:
    """What follows "还有" is only a question word ("谁", "哪些", "哪些城市"): "who else"."""
    words = [w for w in keys(rest) if w not in ("吗", "呢", "么", "啊", "呀")]
    if not words:
        return False
    width, meanings = lexicon.longest(words, 0)
    cues = {v for k, v in meanings if k == "cue"}
    return width == len(words) and bool(cues & {"who", "which"})


def _asks(text: str, lexicon: Lexicon, *also: str) -> bool:
    """Whether a piece of a sentence asks something of its own (a question word, a rank, a yes/no …; or one of
    the cues `also`)."""
    words = list(keys(text))
    wanted = (STARTERS - {"followup"}) | set(also)
    return any(_cues(words, i, lexicon) & wanted for i in range(len(words)))


def _cues(words: list[str], i: int, lexicon: Lexicon) -> set[str]:
    _width, meanings = lexicon.longest(words, i)
    return {value for kind, value in meanings if kind == "cue"}
