"""The vocabulary of the evaluation set: the report's facts and the regexes its checks are built from.

Every check in tests/eval/*/*.yaml is written with these builders, so one rule is written once:
lenient about wording (3rd / third / #3 / No. 3 / 第3 / 第三; the many ways to say "not published"),
strict about facts (a rank where none was published, an order inside the talent top 10, a named US
member of the talent top 10, a claim about the 30 evaluated cities, a bare yes/no).

The facts are those of the published 2025 report and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- the facts -------------------------------------------------------------------------------

OVERALL = [
    "Boston",
    "San Francisco",
    "Beijing",
    "London",
    "New York",
    "Los Angeles",
    "Seattle",
    "Shanghai",
    "Hong Kong",
    "Tokyo",
]
EDU = ["Boston", "London", "Hong Kong"]
SCI = ["San Francisco", "Boston", "Beijing"]
TALENT_CN = ["Beijing", "Shenzhen", "Hong Kong", "Guangzhou", "Shanghai"]  # the other five: unnamed US cities
BALANCED = ["London", "Beijing", "Shanghai", "New York"]  # balanced basic and higher education (a group)
POTENTIAL = ["Shenzhen", "Guangzhou", "Hong Kong", "Shanghai"]  # exceptional talent potential (a group)
US = ["Boston", "San Francisco", "New York", "Los Angeles", "Seattle"]
CHINA = ["Beijing", "Shanghai", "Hong Kong", "Shenzhen", "Guangzhou"]
NAMED = [*OVERALL, "Shenzhen", "Guangzhou"]
RANKED = {"overall": OVERALL, "edu": EDU, "sci": SCI}

ZH_NAMES = {  # (simplified, traditional) as users of each script write them
    "Boston": ("波士顿", "波士頓"),
    "San Francisco": ("旧金山", "舊金山"),
    "Beijing": ("北京", "北京"),
    "London": ("伦敦", "倫敦"),
    "New York": ("纽约", "紐約"),
    "Los Angeles": ("洛杉矶", "洛杉磯"),
    "Seattle": ("西雅图", "西雅圖"),
    "Shanghai": ("上海", "上海"),
    "Hong Kong": ("香港", "香港"),
    "Tokyo": ("东京", "東京"),
    "Shenzhen": ("深圳", "深圳"),
    "Guangzhou": ("广州", "廣州"),
}
HANT_ALIASES = {"San Francisco": "三藩市"}  # Hong Kong usage

# real cities the published results do not mention, as they appear in replies
OTHER_REAL = [
    "Singapore",
    "Paris",
    "Seoul",
    "Toronto",
    "Berlin",
    "Chicago",
    "Sydney",
    "Munich",
    "Amsterdam",
    "Zurich",
    "Stockholm",
    "Melbourne",
    "Osaka",
    "Washington",
    "Houston",
    "San Diego",
    "Philadelphia",
    "Cambridge",
    "Oxford",
    "Taipei",
    "Moscow",
    "Austin",
    "Atlanta",
    "Tel Aviv",
    "Bangalore",
    "Hangzhou",
    "Wuhan",
    "Nanjing",
    "Chengdu",
    "Suzhou",
    "Tianjin",
    "Chongqing",
    "Dubai",
    "Mumbai",
    "Madrid",
    "Montreal",
    "Vancouver",
    "Boulder",
    "Pittsburgh",
    "Geneva",
    "Kyoto",
    "Xi'an",
    "Hefei",
]
OTHER_REAL_ZH = [
    "新加坡",
    "巴黎",
    "首尔",
    "首爾",
    "多伦多",
    "多倫多",
    "柏林",
    "芝加哥",
    "悉尼",
    "雪梨",
    "大阪",
    "台北",
    "臺北",
    "慕尼黑",
    "华盛顿",
    "華盛頓",
    "杭州",
    "武汉",
    "武漢",
    "南京",
    "成都",
    "苏州",
    "蘇州",
    "天津",
    "重庆",
    "重慶",
    "西安",
    "合肥",
    "迪拜",
    "杜拜",
    "孟买",
    "孟買",
    "莫斯科",
    "剑桥",
    "劍橋",
    "京都",
    "墨尔本",
    "墨爾本",
    "首都",
]

# --- small regex pieces ----------------------------------------------------------------------

EN_ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    20: "twentieth",
    30: "thirtieth",
}
_ZH_DIGIT = "一二三四五六七八九"


def zh_numeral(n: int) -> str:
    """1..30 written in Chinese numerals (一, 十, 十一, 二十, 二十五, 三十)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGIT[tens - 1] + "十")
    return head + ("" if ones == 0 else _ZH_DIGIT[ones - 1])


def _alt(items) -> str:
    return "(?:" + "|".join(items) + ")"


def _nums_desc(ns) -> str:
    return "|".join(str(n) for n in sorted(ns, reverse=True))


def en_claim(ns) -> str:
    """A stated rank in English: '7th', '#7', 'No. 7', 'number 7', 'seventh' (for every n in ns)."""
    ns = sorted(set(ns))
    nums = _nums_desc(ns)
    words = [EN_ORD[n] for n in ns if n in EN_ORD]
    parts = [f"(?:{nums})(?:st|nd|rd|th)\\b", f"(?:#\\s?|no\\.\\s?|number\\s)(?:{nums})\\b"]
    if words:
        parts.append(_alt(words) + "\\b")
    return "(?:" + "|".join(parts) + ")"


def en_claim_bare(ns) -> str:
    """Like en_claim, and also a bare number ('is 15') -- used only for numbers above 10."""
    return "(?:" + en_claim(ns)[3:-1] + f"|(?:{_nums_desc(ns)})\\b)"


def zh_claim_nums(ns) -> str:
    """The number after 第 for every n in ns, in digits or Chinese numerals."""
    ns = sorted(set(ns), reverse=True)
    return "(?:" + "|".join(str(n) for n in ns) + "|" + "|".join(zh_numeral(n) for n in ns) + ")"


ALL_RANKS = range(1, 31)
BEYOND = range(11, 31)

FILLER_EN = (
    "(?:(?:also|then|right|just|exactly|ranked|placed|at|in|the|place|position|spot|number|overall|a|solid|only)\\s+)*"
)
VERB_EN = (
    "(?:'s|’s|\\s+(?:is|was|ranks?|ranked|comes?|came|sits?|placed|places|finish(?:es|ed)?|stands?|lands?|takes?|took|"
    "holds?|held|gets?|got|at))"
)
NOT_HEDGED_EN = "(?<!whether )(?<!if )(?<!whether or not )"
NOT_HEDGED_ZH = "(?<!是否|能否)(?<!不知道)(?<!无法确定|無法確定)(?<!不确定|不確定)"


def not_after(words) -> str:
    """Negative look-behinds for these literal words, one per length (Python needs fixed-width look-behinds)."""
    by_len: dict[int, list[str]] = {}
    for w in dict.fromkeys(words):
        by_len.setdefault(len(w), []).append(w)
    return "".join(f"(?<!{'|'.join(ws)})" for _, ws in sorted(by_len.items()))


# a bare number that counts places or cities is not a rank ("1 place apart", "相差1位")
NOT_A_COUNT_EN = "(?!\\s*(?:places?|spots?|positions?|ranks?|cities|of)\\b)"
NOT_A_GAP_ZH = not_after(
    [
        "差",
        "隔",
        "差了",
        "隔了",
        "高",
        "低",
        "高了",
        "低了",
        "领先",
        "領先",
        "落后",
        "落後",
        "相差",
        "相隔",
        "前进",
        "後退",
        "后退",
    ]
)

# a rank said after naming another list ("In education, London is 2nd") is not an overall rank
NOT_IN_A_LIST_EN = not_after(
    f"{w}{sep}" for w in ("education", "innovation", "sci-tech", "talent", "edu") for sep in (", ", " ", ": ")
)
NOT_IN_A_LIST_ZH = not_after(
    f"{w}{sep}"
    for w in ("教育", "科创", "科創", "创新", "創新", "人才", "教育方面", "教育上", "科技创新", "科技創新")
    for sep in ("，", ",", "", "：", "中", "里", "裡")
)
# from the start of the sentence (or line) up to here, no other list is named: "Education: ..., Hong Kong 3rd"
LISTS_EN = "(?:educat|\\bedu\\b|innovat|sci-?tech|science|\\btech\\b|R&D|talent)"
LISTS_ZH = "(?:教育|科创|科創|科技|创新|創新|人才)"
IN_THIS_SENTENCE_EN = f"(?:^|(?<=[.!?;\\n]))(?:(?!{LISTS_EN})[^.!?;\\n])*?"
IN_THIS_SENTENCE_ZH = f"(?:^|(?<=[。！？!?；;\\n]))(?:(?!{LISTS_ZH})[^。！？!?；;\\n])*?"
# ... and none is named after it in the same sentence either
NO_LIST_AFTER_EN = f"(?![^.!?;\\n]*{LISTS_EN})"
NO_LIST_AFTER_ZH = f"(?![^。！？!?；;\\n]*{LISTS_ZH})"
NOT_A_QUESTION_ZH = "(?![^。，,\\n]{0,6}[吗嗎？?])"
NOT_A_RANGE_ZH = "(?!\\s*(?:名|位)?\\s*(?:至|到|-|–|—|~|～|和|或))"

LISTWORD_EN = {
    "edu": "(?:education|edu\\b|educational)",
    "sci": "(?:sci-?tech|science|innovation|innov\\b|tech\\b|R&D)",
    "talent": "(?:talent)",
}
LISTWORD_ZH = {
    "edu": "(?:教育)",
    "sci": "(?:科创|科創|科技创新|科技創新|创新|創新|科技)",
    "talent": "(?:人才(?:发展|發展)?)",
}
ALL_CITIES_EN = _alt([*NAMED, *OTHER_REAL])

NOTPUB_EN = (
    "(not (been |yet )?(published|released|disclosed|given|named|listed|stated|specified|available|public|known|"
    "reported|ranked|ordered|provided|included|covered|identified)|(wasn.t|weren.t|isn.t|aren.t|hasn.t|"
    "haven.t) (been )?(published|released|disclosed|given|named|listed|stated|specified|available|public|known|"
    "reported|ranked|ordered|provided|included|covered|identified)|(doesn.t|does not|didn.t|did not|don.t|do not) (say|"
    "give|list|name|publish|rank|specify|state|mention|disclose|reveal|provide|include|order|identify|know|have)|"
    "unpublished|unknown|unnamed|unranked|unordered|not in (any )?order|without (an? |any )?(order|ranking|ranks)|"
    "no (order|ranking|ranks|published|data|information|details)|only (the )?([\\w-]+ ){0,2}(top|published|first|\\d+|"
    "ten|three|membership)|nothing (was |is |has been )?(published|known|given)|can.t (say|tell|know|compare|"
    "be compared)|cannot (say|tell|know|compare|be compared)|impossible to (say|tell|compare)|(neither|"
    "none of them)\\b[^.\\n]{0,60}\\b(published|ranked|ranks?)|n/a)"
)
NOTPUB_ZH = (
    "(未公布|未公佈|没有公布|沒有公布|沒有公佈|没公布|沒公布|未披露|没有披露|沒有披露|未列出|没有列出|沒有列出|未给出|"
    "未給出|没有给出|沒有給出|未提及|没有提到|沒有提到|不详|不詳|未知|不清楚|不知道|无从|無從|无法(确定|得知|判断|说|"
    "知道|比较)|無法(確定|得知|判斷|說|知道|比較)|未说明|未說明|没有说明|沒有說明|未排序|没有排序|沒有排序|不分先后|"
    "不分先後|未标明|未標明|只公布|只公佈|仅公布|僅公佈|只列出|仅列出|僅列出|未点名|未點名|没有点名|沒有點名|未具名|"
    "未注明|未註明|没有排名|沒有排名|没有名次|沒有名次|没有顺序|沒有順序|未公开|未公開|没有公开|沒有公開|只给出|只給出|"
    "仅给出|僅給出)"
)
NEG_EN = "(\\bno\\b|\\bnot\\b|n.t\\b|\\bnope\\b|\\bneither\\b|\\bnor\\b)"
NEG_ZH = "(不是|不在|不|没有|沒有|并非|並非|未|没|沒)"
YES_EN = "(\\byes\\b|\\byeah\\b|\\byep\\b|\\bcorrect\\b|\\bindeed\\b|\\btrue\\b)"
YES_ZH = "(是的|是，|是。|对|對|没错|沒錯|有的|有，|有。|进了|進了|在的|都在|确实|確實|正确|正確)"
BARE_YES_EN = "^\\W*(yes|yeah|yep|yup|correct|true|indeed|exactly|sure)\\b"
BARE_NO_EN = "^\\W*(no|nope|nah)\\s*([,.!—–:;-]|$)"
BARE_YES_ZH = "^\\W*(是的|对的|對的|没错|沒錯|对啊|對啊|正确|正確|是|对|對|有|在)\\s*([，,。.！!：:]|$)"
BARE_NO_ZH = "^\\W*(不是|不对|不對|没有|沒有|不在|否|不)\\s*([，,。.！!：:]|$)"
DID_YOU_MEAN_EN = "((did|do) you mean|you meant|perhaps you mean|maybe you mean|were you looking for)"
DID_YOU_MEAN_ZH = (
    "(你是(不是)?(想|要)?(说|說|找|问|問|指)|您是(不是)?(想|要)?(说|說|找|问|問|指)|是不是指|是否指|你指的是)"
)
NOT_RECOGNISED_EN = "(don.t|do not|didn.t|couldn.t|can.t|cannot)\\s+(know|recogni[sz]e|find)"
NOT_RECOGNISED_ZH = "(不认识|不認識|无法识别|無法識別|找不到|识别不了|識別不了|不是(一个|一個)?(城市|地名))"
UNKNOWN_PLACE_EN = (
    "((don.t|do not|didn.t|did not|couldn.t|could not|can.t|cannot)\\s+(know|recogni[sz]e|find|identify|match|place)|"
    "not (a |an )?(city|cities|place|known|recogni[sz]ed)|isn.t (a |an )?(city|known|recogni[sz]ed|one of)|unknown|"
    "unrecogni[sz]ed|no (city|match)|fictional|imaginary|made.up|not a real|not (in|among|part of|"
    "one of)[^.\\n]{0,30}(results|cities|list|data|report))"
)
UNKNOWN_PLACE_ZH = "(不认识|不認識|无法识别|無法識別|找不到|没有这个|沒有這個|不是|未收录|未收錄|不在|没有|沒有|查不到)"
NOT_IN_RESULTS_EN = (
    "((isn.t|is not|not|aren.t|wasn.t|was not)\\s+(\\w+\\s+){0,3}(in|among|part of|on|included in|listed in|"
    "mentioned in|named in|covered by)\\s+(the\\s+|its\\s+)?(published\\s+|report.s\\s+)?(overall\\s+)?(top[ -]?(10|"
    "ten)|results|list|ranking|rankings|report|data|cities|named cities|ranked cities)|(published\\s+)?(results|list|"
    "ranking|report|top[ -]?10)\\s+(don.t|doesn.t|do not|does not|didn.t|did not)\\s+(include|mention|list|name|"
    "feature|contain|cover)|(doesn.t|does not|didn.t|did not)\\s+(appear|feature|show up)\\s+(anywhere\\s+)?(in|"
    "on)\\s+(the\\s+)?(published\\s+)?(results|list|ranking|report|top)|no (published )?(rank|ranking|data|information|"
    "results?)\\s+(for|on|about)\\b)"
)
NOT_IN_RESULTS_ZH = (
    "((不在|没有|沒有|未|不包括|不包含|未包含|未列入|未进入|未進入|没进|沒進|没有出现|沒有出現)[^。\\n]{0,12}(前十|"
    "前10|结果|結果|榜单|榜單|名单|名單|排名|报告|報告)|(结果|結果|榜单|榜單|名单|名單|报告|報告)[^。\\n]{0,6}(没有|"
    "沒有|不包括|不包含|未包含|未列|未提及|没有提到|沒有提到))"
)
ONLY_2025_EN = (
    "(only|just|no (data|information|other|earlier|previous|later|2024|2023|2026)|(don.t|do not|doesn.t|"
    "does not) (have|cover|include)|not (available|covered|included|published|in my data))"
)
ONLY_2025_ZH = (
    "(只有|仅有|僅有|只提供|只包含|只收录|只收錄|没有去年|沒有去年|没有2024|沒有2024|没有其他|沒有其他|没有往年|"
    "沒有往年|没有.{0,6}(数据|數據|资料|資料)|沒有.{0,6}(數據|資料)|不包括|不在|仅限|僅限|只限)"
)
# forbids: in a simplified reply, traditional characters; in a traditional reply, simplified ones
HANT_CHARS = (
    "[這們個沒東廣倫紐頓磯圖舊為爲發報數學術國華開問題間說對時會來過還進關業產機構級標項長幾麼嗎誰樣門員經濟環際愛爾後"
    "與設計覽統資視應該讓現實錄於裡裏佈總約評創潛點區邊見觀寫聽讀證認識議謝請綜體較強聯網頁電腦號碼條單類別歡覺寶勝輸贏"
    "錯誤聰響樂隊換變歷屆亞歐紀專導萬億礎價擇將優勢鄰]"
)
HANS_CHARS = (
    "[这们个没东广伦纽顿矶图旧为发报数学术国华开问题间说对时会来过还进关业产机构级标项长几么吗谁样门员经济环际爱尔后与"
    "设计览统资视应该让现实录总约评创潜点区边见观写听读证认识议谢请综体较强联网页电脑号码条单类别欢觉宝胜输赢错误聪响乐"
    "队换变历届亚欧纪专导万亿础价择将优势邻]"
)
TSINGHUA_EN = "(Tsinghua|CIDEG)"
ELSEVIER_EN = "Elsevier"
SZ_CENTRE_EN = "Shenzhen International"
RELEASE_DATE_EN = (
    "(24(th)?\\s+jan(uary|\\.)?,?\\s+2025|jan(uary|\\.)?\\s+24(th)?,?\\s+2025|2025-01-24|24/0?1/2025|0?1/24/2025)"
)
RELEASE_DATE_ZH = "(2025\\s*年\\s*1\\s*月\\s*24\\s*日|1\\s*月\\s*24\\s*日)"


def seq(*items: str, gap: int = 80) -> str:
    """A regex: the given regexes in this order, each within `gap` characters of the previous one."""
    return f"[\\s\\S]{{0,{gap}}}?".join(group(x) for x in items)


def group(x: str) -> str:
    """x as one regex atom: bare words and already-grouped alternatives are left as they are."""
    if all(ch.isalnum() or ch in " '-" for ch in x):
        return x
    if x.startswith("(") and x.endswith(")"):
        depth = 0
        for i, ch in enumerate(x):
            if ch == "\\":
                continue
            depth += (ch == "(") - (ch == ")")
            if depth == 0 and i < len(x) - 1:
                break
        else:
            if "\\)" not in x and "\\(" not in x:
                return x
    return f"(?:{x})"


def near(a: str, b: str, gap: int = 60) -> str:
    """a and b in either order within gap characters, with no '?' or '!' between (one statement)."""
    a, b = group(a), group(b)
    return f"({a}[^?!？！]{{0,{gap}}}?{b}|{b}[^?!？！]{{0,{gap}}}?{a})"


# --- one language's builders -------------------------------------------------------------------


@dataclass(frozen=True)
class Lang:
    code: str  # "en", "hans", "hant", or "zh" (a question in shared characters: either script may answer)

    @property
    def zh(self) -> bool:
        return self.code != "en"

    # names ------------------------------------------------------------------------------------
    def name(self, city: str) -> str:
        """How an ideal reply writes the city."""
        if self.code == "en":
            return city
        return ZH_NAMES[city][1 if self.code == "hant" else 0]

    def city(self, city: str) -> str:
        """A regex for the city's name in a reply in this language."""
        if self.code == "en":
            return city
        if self.code == "hant" and city in HANT_ALIASES:
            return f"(?:{ZH_NAMES[city][1]}|{HANT_ALIASES[city]})"
        if self.code == "zh":
            forms = [*dict.fromkeys(ZH_NAMES[city])] + ([HANT_ALIASES[city]] if city in HANT_ALIASES else [])
            return forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")"
        return self.name(city)

    def all_cities(self) -> str:
        if self.code == "en":
            return ALL_CITIES_EN
        names = sorted(
            {n for pair in ZH_NAMES.values() for n in pair} | {"三藩市"} | set(OTHER_REAL_ZH),
            key=lambda s: (-len(s), s),
        )
        return _alt(names)

    def us_cities(self) -> str:
        if self.code == "en":
            return "(?:Boston|San Francisco|New York|Los Angeles|Seattle|SF|NYC)"
        return "(?:波士顿|波士頓|旧金山|舊金山|三藩市|纽约|紐約|洛杉矶|洛杉磯|西雅图|西雅圖)"

    # ranks ------------------------------------------------------------------------------------
    def rank(self, n: int) -> str:
        """A regex for 'rank n' however it is written."""
        if self.code == "en":
            if n == 1:
                return (
                    f"((?<![\\w.])(?<!top )(?<!top-)1(st\\b|\\b{NOT_A_COUNT_EN})|\\bfirst\\b|number one|\\btop spot\\b|"
                    "\\btops\\b|\\bleads?\\b|\\bat the top\\b|\\btop of\\b)"
                )
            if n == 10:
                return (
                    "(\\b10th\\b|\\btenth\\b|#\\s?10\\b|\\bno\\.\\s?10\\b|\\bnumber (10|ten)\\b|\\b(place|position|"
                    "spot|rank(ed|s)?( at| as)?)\\s*#?\\s*10\\b|\\b(10|ten) out of\\b|^\\s*10[.)]\\s|\\blast\\b|"
                    "\\brounds? out\\b|\\bbottom\\b)"
                )
            return f"((?<![\\w.])(?<!top )(?<!top-){n}((st|nd|rd|th)\\b|\\b{NOT_A_COUNT_EN})|\\b{EN_ORD[n]}\\b)"
        cn = zh_numeral(n)
        body = (
            f"第\\s*{n}(?!\\d)|第{cn}(?![一二三四五六七八九十])|"
            f"{NOT_A_GAP_ZH}(?<![\\d.前])(?<!前\\s){n}(?![\\d.%])\\s*(名|位)|(排名|名次|"
            f"排)\\s*[:：]?\\s*{n}(?![\\d.%])|(?<![\\w.])(?<!top ){n}(st|nd|rd|th)?(?![\\w.%])"
        )
        if n == 1:
            body += "|榜首|首位|冠军|冠軍|居首"
        if n == 10:
            body += "|最后一|最後一|末位"
        return f"({body})"

    def at(self, city: str, n: int) -> str:
        """The city and its rank stated together: within 60 characters, no '?' or '!' between."""
        return near(self.city(city), self.rank(n))

    def wrong_rank(self, city: str, n: int | None, lst: str = "overall") -> list[str]:
        """Forbids stating, for this city in this list, any rank other than n (n=None: any rank at all):
        'Seattle is 8th', 'Seattle (8th)', '8th: Seattle', '西雅图第8名', '西雅图（第8名）', '第8名是西雅图'."""
        wrong = [k for k in ALL_RANKS if k != n]
        c = self.city(city)
        if self.code == "en":
            claim = en_claim(wrong)
            if lst == "overall":
                other = "|".join(LISTWORD_EN.values())
                tail = (
                    f"(?!\\s*(?:-|–|—|to|and|or)\\s*\\d)(?!\\s+(?:place\\s+|spot\\s+|position\\s+)?(?:in|for|"
                    f"on)\\s+(?:the\\s+)?(?:{other}))"
                )
                return [
                    f"{IN_THIS_SENTENCE_EN}{NOT_HEDGED_EN}\\b{c}{VERB_EN}\\s+{FILLER_EN}{claim}{tail}",
                    f"{IN_THIS_SENTENCE_EN}\\b{c}\\s*(?:\\(|:|—|–|,)\\s*(?:is\\s+|ranked\\s+|ranks\\s+)?{claim}{tail}"
                    "(?!\\s*(?:place\\s+)?(?:is|was|goes to|:)\\s)",
                    # "8th: Shanghai" -- not "8th — Beijing is higher", where the dash starts a new clause
                    f"(?<![\\w.]){claim}(?:\\s+(?:place|spot|position))?(?:\\s+overall)?\\s*(?:is|was|goes to|"
                    f"belongs to|:|=)\\s*{c}\\b",
                ]
            lw = LISTWORD_EN[lst]
            return [
                f"{NOT_HEDGED_EN}\\b{c}{VERB_EN}\\s+{FILLER_EN}{claim}\\s+(?:place\\s+|spot\\s+|position\\s+)?(?:in|"
                f"for|on)\\s+(?:the\\s+)?{lw}",
                f"\\b{c}\\s*(?:\\(|:|—|–|-|,)\\s*{claim}\\s*(?:place\\s+)?(?:in|for)\\s+(?:the\\s+)?{lw}",
                f"(?<![\\w.]){claim}\\s+(?:place\\s+|spot\\s+|position\\s+)?(?:in|for|"
                f"on)\\s+(?:the\\s+)?{lw}[\\w-]*(?:\\s+(?:innovation|development|ranking|list))?\\s*(?:is|was|goes to|"
                f":|—|–|-)\\s*{c}\\b",
            ]
        nums = zh_claim_nums(wrong)
        if lst == "overall":
            return [
                f"{IN_THIS_SENTENCE_ZH}{NOT_HEDGED_ZH}{c}(?:(?:总榜|總榜|总排名|總排名|综合排名|綜合排名|综合|綜合|"
                f"整体|整體|排名|排在|排|位列|位居|名列|位于|位於|是|为|為|在|居|处于|處於|上|的|中|里|裡|（|\\(|：|:|"
                f"—|，|,)\\s*){{0,4}}第\\s*{nums}(?![\\d]){NOT_A_RANGE_ZH}{NOT_A_QUESTION_ZH}(?!\\s*(?:名|"
                f"位)?\\s*(?:是|为|為))",
                f"(?:^|[。；;，,\\n（(：:]|总榜|總榜|总排名|總排名|综合排名|"
                f"綜合排名)\\s*第\\s*{nums}(?![\\d一二三四五六七八九十])\\s*(?:名|位)?\\s*(?:是|为|為|：|:)\\s*{c}",
            ]
        lw = LISTWORD_ZH[lst]
        top = "|榜首|首位" if 1 in wrong else ""
        return [
            f"{NOT_HEDGED_ZH}{c}[，,]?(?:在)?(?:的)?{lw}(?:方面|上|排名|榜|榜单|榜單)?(?:中|里|裡)?(?:的)?(?:排名?|"
            f"排在|位列|位居|名列|是|为|為|居|（|\\(|：|:)?(?:第\\s*{nums}(?![\\d]){top}){NOT_A_QUESTION_ZH}",
            f"{lw}(?:排名|榜|榜单|榜單)?(?:中|里|裡|上)?(?:的)?第\\s*{nums}(?![\\d一二三四五六七八九十])\\s*(?:名|"
            f"位)?\\s*(?:是|为|為|：|:)\\s*{c}",
            f"{NOT_HEDGED_ZH}{lw}(?:方面|上|排名|榜|榜单|榜單|中|里|裡|，|,|：|:)*{c}(?:排名?|排在|位列|是|为|為|"
            f"居)?第\\s*{nums}(?![\\d]){NOT_A_QUESTION_ZH}",
        ]

    def no_rank(self, city: str, lst: str = "overall") -> list[str]:
        """Forbids any stated rank for a city whose rank in this list was not published."""
        return self.wrong_rank(city, None, lst)

    def nobody_at(self, ranks, lst: str = "overall") -> list[str]:
        """Forbids naming any city at these (unpublished) positions of a list."""
        cities = self.all_cities()
        if self.code == "en":
            listpart = (
                "" if lst == "overall" else f"\\s+(?:place\\s+)?(?:in|for|on)\\s+(?:the\\s+)?{LISTWORD_EN[lst]}[\\w-]*"
            )
            claim = en_claim_bare(ranks) if min(ranks) > 10 else en_claim(ranks)
            out = [
                f"(?<![\\w.]){claim}(?:\\s+(?:place|spot|position))?(?:\\s+overall)?{listpart}\\s*(?:is|was|goes to|"
                f"belongs to|:|=|–|—)\\s*{cities}\\b"
            ]
            if lst == "overall":
                out.append(
                    f"{NOT_HEDGED_EN}\\b{cities}{VERB_EN}\\s+{FILLER_EN}{claim}(?!\\s*(?:-|–|—|to|and|"
                    f"or)\\s*\\d)(?!\\s+(?:place\\s+|spot\\s+|position\\s+)?(?:in|for|"
                    f"on)\\s+(?:the\\s+)?(?:{'|'.join(LISTWORD_EN.values())}))"
                )
            else:
                out.append(
                    f"{NOT_HEDGED_EN}\\b{cities}{VERB_EN}\\s+{FILLER_EN}{claim}\\s+(?:place\\s+|spot\\s+|"
                    f"position\\s+)?(?:in|for|on)\\s+(?:the\\s+)?{LISTWORD_EN[lst]}"
                )
            return out
        nums = zh_claim_nums(ranks)
        listpart = "" if lst == "overall" else f"{LISTWORD_ZH[lst]}(?:排名|榜|榜单|榜單)?(?:中|里|裡|上)?(?:的)?"
        out = [
            f"{listpart}第\\s*{nums}(?![\\d一二三四五六七八九十])\\s*(?:名|位)?\\s*(?:是|为|為|：|:|—|-)?\\s*{cities}"
        ]
        if lst == "overall":
            out.append(
                f"{NOT_HEDGED_ZH}{cities}(?:(?:总榜|總榜|总排名|總排名|综合排名|綜合排名|综合|綜合|整体|整體|排名|排在|"
                f"排|位列|位居|名列|位于|位於|是|为|為|在|居|处于|處於|上|的|中|里|"
                f"裡)\\s*){{0,4}}第\\s*{nums}(?![\\d]){NOT_A_RANGE_ZH}{NOT_A_QUESTION_ZH}"
            )
        else:
            out.append(
                f"{NOT_HEDGED_ZH}{cities}(?:在)?(?:的)?{LISTWORD_ZH[lst]}(?:方面|上|排名|榜|榜单|榜單)?(?:中|里|"
                f"裡)?(?:的)?(?:排名?|排在|位列|位居|名列|是|为|為|居)?第\\s*{nums}(?![\\d]){NOT_A_QUESTION_ZH}"
            )
        return out

    # not published, yes / no -------------------------------------------------------------------
    @property
    def notpub(self) -> str:
        return NOTPUB_ZH if self.zh else NOTPUB_EN

    @property
    def neg(self) -> str:
        return NEG_ZH if self.zh else NEG_EN

    @property
    def yes(self) -> str:
        return YES_ZH if self.zh else YES_EN

    @property
    def bare_yes(self) -> str:
        return BARE_YES_ZH if self.zh else BARE_YES_EN

    @property
    def bare_no(self) -> str:
        return BARE_NO_ZH if self.zh else BARE_NO_EN

    def bare(self) -> list[str]:
        """A reply must not open with a bare yes or no (for questions whose answer is not known)."""
        return [self.bare_yes, self.bare_no]

    @property
    def did_you_mean(self) -> str:
        return DID_YOU_MEAN_ZH if self.zh else DID_YOU_MEAN_EN

    @property
    def only_2025(self) -> str:
        return ONLY_2025_ZH if self.zh else ONLY_2025_EN

    @property
    def not_in_results(self) -> str:
        return NOT_IN_RESULTS_ZH if self.zh else NOT_IN_RESULTS_EN

    @property
    def unknown_place(self) -> str:
        return UNKNOWN_PLACE_ZH if self.zh else UNKNOWN_PLACE_EN

    @property
    def script_guard(self) -> str | None:
        return {"hans": HANT_CHARS, "hant": HANS_CHARS}.get(self.code)

    # the talent top 10: five unnamed US cities and five named Chinese ones, no order -------------------
    def talent_us_guards(self) -> list[str]:
        """Forbids naming a US city as in, or as not in, the talent top 10."""
        us = self.us_cities()
        if self.code == "en":
            h = NOT_HEDGED_EN
            return [
                f"{h}\\b{us}\\s+(?:is|was|are|were|also|appears?|features?|makes?|made|sits?|ranks?|"
                f"ranked)\\s+(?:also\\s+|"
                "likely\\s+|probably\\s+|definitely\\s+|surely\\s+)?(?:in|among|on|part of|one of|inside|"
                "included in)\\s+(?:the\\s+)?(?:five\\s+|5\\s+)?(?:US\\s+|U\\.S\\.\\s+|"
                "American\\s+)?(?:cities\\s+)?(?:in\\s+the\\s+)?talent",
                f"{h}\\b{us}\\s+(?:is|was|are|were)\\s+not\\s+(?:in|among|on|part of|one of)\\s+(?:the\\s+)?talent",
                f"{h}\\b{us}\\s+(?:isn.t|wasn.t|aren.t|weren.t)\\s+(?:in|among|on|part of|"
                f"one of)\\s+(?:the\\s+)?talent",
                f"\\btalent[^.\\n]{{0,30}}\\b(?:include|includes|including|are|is|"
                f":)\\s+(?:five US cities\\s*)?\\(?{us}\\b(?!\\s+(?:is\\s+)?(?:not known|unknown|isn.t known|may|might|"
                f"could))",
                f"\\b(?:five|5)\\s+(?:US|U\\.S\\.|American)\\s+(?:cities\\s+)?(?:are|were|is|:|—|–|-|"
                f"\\()\\s*(?:the same as\\s+)?{us}\\b",
                f"\\b{us}\\b[^.;\\n]{{0,80}}(?:,|\\band|;)\\s+(?:is\\s+)?(?:also\\s+)?(?:in|"
                f"among)\\s+the\\s+talent\\s+top",
            ]
        h = NOT_HEDGED_ZH
        return [
            f"{h}{us}(?:也|同样|同樣|亦|都)?(?:进入|進入|入选|入選|位列|跻身|躋身|属于|屬於|是|在|进|"
            f"進)(?:了)?人才{NOT_A_QUESTION_ZH}",
            f"{h}{us}(?:并|並)?(?:不在|没有进入|沒有進入|未进入|未進入|未入选|未入選|没进|沒進)(?:了)?人才",
            f"人才(?:发展|發展)?(?:前十|前10|"
            f"榜)[^。\\n]{{0,10}}(?<!不一定)(?<!不一定就)(?<!未必)(?<!未必就)(?<!是否)(?<!可能)(?<!可能會)(?<!可能会)"
            f"(?:包括|包含|有|是|为|為|：|:)\\s*{us}",
            f"(?:5|五)\\s*(?:座|个|個)\\s*(?:美国|美國)城市\\s*(?:是|为|為|就是)?\\s*(?:：|:|（|\\()?\\s*{us}",
        ]

    def talent_order_guards(self) -> list[str]:
        """Forbids any rank or order inside the talent top 10."""
        if self.code == "en":
            c = _alt(NAMED)
            r = en_claim(range(1, 11))
            h = NOT_HEDGED_EN
            return [
                f"{h}\\b{c}{VERB_EN}\\s+{FILLER_EN}{r}\\s+(?:place\\s+|spot\\s+|position\\s+)?(?:in|for|on)\\s+"
                "(?:the\\s+)?(?:talent)",
                f"(?<![\\w.]){r}\\s+(?:place\\s+|spot\\s+|position\\s+)?(?:in|for|"
                f"on)\\s+(?:the\\s+)?(?:talent)[\\w-]*(?:\\s+(?:innovation|development|ranking|list))?\\s*(?:is|was|"
                f"goes to|:|—|–|-)\\s*{c}\\b",
                f"\\b{c}\\s*(?:\\(|:|—|–|-|,)\\s*{r}\\s*(?:place\\s+)?(?:in|for)\\s+(?:the\\s+)?(?:talent)",
                f"{h}\\b{c}\\s+(?:leads|tops|topped|led|heads)\\s+(?:the\\s+)?talent",
                "\\btalent\\s+(?:development\\s+)?(?:rank(?:ing)?|position|place)\\s*(?:is|:|of)?\\s*(?:#|"
                "no\\.?\\s?)?\\d",
                "(?<!no )(?<!not )(?<!who.s )(?<!who is )(?<!who was )(?<![\\w.])(?:1st|2nd|3rd|[4-9]th|10th|first|"
                "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:place\\s+)?(?:in|for|"
                "on)\\s+(?:the\\s+)?talent",
                f"{h}\\b{c}\\s+(?:is|was|ranks?|ranked|comes?|leads?)\\s+(?:the\\s+)?(?:1st|first|top|best|highest|"
                f"#\\s?1\\b|number one|strongest|leading)\\b[^.;\\n]{{0,25}}talent",
            ]
        zc = (
            "(?:波士顿|波士頓|旧金山|舊金山|三藩市|北京|伦敦|倫敦|纽约|紐約|洛杉矶|洛杉磯|西雅图|西雅圖|上海|香港|东京|"
            "東京|深圳|广州|廣州)"
        )
        h = NOT_HEDGED_ZH
        return [
            f"{h}{zc}(?:在)?人才(?:发展|發展)?(?:方面|榜|榜单|榜單|前十|前10)?(?:中|里|裡|上)?(?:的)?(?:排名?|排在|"
            f"位列|位居|名列|是|为|為|居)?(?:第\\s*(?:\\d+|[一二三四五六七八九十]+)|榜首|首位){NOT_A_QUESTION_ZH}",
            f"人才(?:发展|發展)?(?:方面|榜|榜单|榜單|前十|前10)?(?:中|里|裡)?(?:的)?(?:第一|第\\s*1(?!\\d)|榜首|冠军|"
            f"冠軍|首位)(?:名)?(?:是|为|為|：|:)\\s*{zc}",
            f"人才(?:发展|發展)?(?:方面|榜|榜单|榜單|前十|前10)?(?:中|里|裡)?(?:的)?(?:最强|最強|最好|"
            f"最高)(?:的)?(?:城市)?(?:是|为|為|：|:)\\s*{zc}",
        ]

    def talent_guards(self) -> list[str]:
        return self.talent_us_guards() + self.talent_order_guards()

    def five_us(self) -> str:
        """'five US cities' said of the talent top 10."""
        if self.code == "en":
            return (
                "(five|5)\\s+(unnamed\\s+|un-named\\s+|unidentified\\s+)?(US\\b|U\\.S\\.|American|United States|"
                "cities (from|in) (the )?(US\\b|U\\.S\\.|United States|America))"
            )
        return "((5|五)\\s*(座|个|個|名)?[^，。,\\n]{0,4}(美国|美國))"

    # outside a list --------------------------------------------------------------------------
    def outside(self, city: str, lst: str = "overall") -> str:
        """The city is said to be outside the published list."""
        c = self.city(city)
        if self.code == "en":
            scope = {
                "overall": "(overall|top[ -]?(10|ten))",
                "edu": "(top[ -]?(3|three)|education|edu)",
                "sci": "(top[ -]?(3|three)|sci|innovation|tech)",
                "talent": "(talent)",
                "balanced": "(balanced)",
                "potential": "(potential)",
            }[lst]
            neg = (
                "(\\bnot\\b|isn.t|aren.t|wasn.t|\\bnor\\b|outside|doesn.t (make|appear in|feature in)|didn.t (make|"
                "get into)|missing from|absent from|no place in|nowhere in)"
            )
            others = "(?<!and )(?<!or )(?<!, )(?<!& )" + _alt(
                x for x in NAMED if x != city
            )  # "London and Tokyo are not"
            return (
                f"({c}(?:(?!{others})[^?!]){{0,100}}?{neg}[^?!]{{0,40}}?{scope}|{scope}[^?!]{{0,60}}?(doesn.t|does not|"
                f"didn.t|did not) (include|list|name|contain|feature)[^?!]{{0,40}}?{c}|"
                f"{neg}[^?!.]{{0,40}}?{scope}[^?!.]{{0,12}}:[^?!]{{0,40}}{c}|\\b(neither|"
                f"nor)\\b[^?!.]{{0,60}}?{c}[^?!.]{{0,60}}?{scope}|{scope}[^.\\n]{{0,60}}?{c}[^.\\n]{{0,20}}?{neg})"
            )
        scope = {
            "overall": "(前十|前10|总榜|總榜|总排名|總排名|十强|十強|综合|綜合)",
            "edu": "(前三|前3|教育)",
            "sci": "(前三|前3|科创|科創|创新|創新|科技)",
            "talent": "(人才)",
            "balanced": "(均衡)",
            "potential": "(潜力|潛力)",
        }[lst]
        neg = (
            "(不在|没有进|没进|未进|未入|并未|沒有進|沒進|未進|並未|不属于|不屬於|不是|没能|沒能|无缘|無緣|未能|"
            "没有出现在|沒有出現在|未列入|没有入选|沒有入選|未入选|未入選|落选|落選)"
        )
        others = "(?<![和、与與及跟])" + _alt(
            n
            for x in NAMED
            if x != city  # "伦敦和东京都不在" may name both
            for n in dict.fromkeys([*ZH_NAMES[x], HANT_ALIASES.get(x, "")])
            if n
        )
        return (
            f"({c}(?:(?!{others})[^？?！!。]){{0,40}}?{neg}[^？?！!]{{0,20}}?{scope}|{scope}[^。？?]{{0,10}}(没有|沒有|"
            f"不包括|不含|未包括|並不包括|并不包括)[^。？?]{{0,12}}{c}|"
            f"{scope}[^。\\n]{{0,10}}{c}[^。\\n，,、]{{0,6}}?{neg})"
        )

    # real cities outside the results, invented places, ordinary words ---------------------------
    def real_outside_guards(self, city_re: str) -> list[str]:
        """For a real city the results do not mention: no rank, no 'did you mean', no claim about the 30."""
        if self.code == "en":
            h = NOT_HEDGED_EN
            return [
                DID_YOU_MEAN_EN,
                f"{h}\\b{city_re}{VERB_EN}\\s+{FILLER_EN}{en_claim_bare(ALL_RANKS)}(?!\\s*(?:-|–|—|to|and|or)\\s*\\d)",
                f"(?<![\\w.]){en_claim(ALL_RANKS)}(?:\\s+(?:place|spot|position))?(?:\\s+overall)?\\s*(?:is|was|"
                f"goes to|belongs to|:|=|–|—)\\s*{city_re}\\b",
                f"{h}\\b(?:{city_re}|it)\\s+(?:was|is|wasn.t|isn.t|was not|is not|was never)\\s+(?:one of|among|"
                f"part of|"
                "included in|in)\\s+(?:the\\s+)?(?:30|thirty)\\b",
                f"{h}\\b(?:{city_re}|it)\\s+(?:was|is|were)\\s+(?:not\\s+|never\\s+)?(?:evaluated|assessed|studied|"
                "included in the (?:study|evaluation|assessment))\\b",
                f"{h}\\b(?:{city_re}|it)\\s+(?:wasn.t|isn.t|was not|is not)\\s+(?:evaluated|assessed|studied)\\b",
                f"(?:did\\s+not|didn.t|does\\s+not|doesn.t)\\s+(?:evaluate|assess|study)\\s+{city_re}",
                f"(?:30|thirty)\\s+(?:evaluated\\s+|assessed\\s+)?cities\\s+(?:do\\s+not|don.t|did\\s+not|"
                f"didn.t)\\s+include\\s+{city_re}",
                f"(?:30|thirty)\\s+(?:evaluated\\s+|assessed\\s+)?cities\\s+(?:include|included)\\s+{city_re}",
                f"(\\(|（)\\s*(from|you typed|for)\\s*[\"“'‘]?\\s*{city_re}",
                f"(interpret|read|took|taking|assum)\\w*\\s+[\"“'‘]?{city_re}[\"”'’]?\\s+(as|to mean)",
            ]
        h = NOT_HEDGED_ZH
        nums = "(?:\\d+|[一二三四五六七八九十]+)"
        return [
            DID_YOU_MEAN_ZH,
            f"{h}{city_re}(?:(?:总榜|總榜|总排名|總排名|综合排名|綜合排名|综合|綜合|整体|整體|排名|排在|排|位列|位居|"
            f"名列|位于|位於|是|为|為|在|居|处于|處於|上|的|中|里|"
            f"裡)\\s*){{0,4}}第\\s*{nums}(?![\\d]){NOT_A_RANGE_ZH}{NOT_A_QUESTION_ZH}",
            f"{h}(?:{city_re}|它)(?:并|並)?(?:不在|不属于|不屬於|没有被|沒有被|未被|没被|沒被|没有|沒有|未)(?:这|這|"
            f"那)?"
            "(?:\\s*30|三十)",
            f"{h}(?:{city_re}|它)(?:并|並)?(?:没有被|沒有被|未被|没被|沒被|没有|沒有|未|不曾)(?:参与|參與)?"
            "(?:评估|評估|参评|參評|评价|評價)",
            f"{h}(?:{city_re}|它)(?:是|为|為|属于|屬於|在)(?:这|這)?(?:\\s*30|三十)\\s*(?:个|個|"
            f"座)?[^。，\\n]{{0,8}}(?:之一|之中|当中|當中|中|里|裡|内|內){NOT_A_QUESTION_ZH}",
            f"(?:30|三十)\\s*(?:个|個|座)(?:被)?(?:评估|評估)?(?:的)?城市(?:中|里|裡|内|內)?(?:并|並)?(?:不包括|不包含|"
            f"没有|沒有|包括|包含|有)\\s*(?:{city_re}|它)",
        ]

    def word_not_city(self, word: str) -> list[str]:
        """An ordinary word of the question must not be treated as a city."""
        w = word
        if self.code == "en":
            return [
                DID_YOU_MEAN_EN,
                NOT_RECOGNISED_EN,
                f"[\"“'‘]{w}[\"”'’]\\s+(?:as|is not|isn.t)\\s+(?:a\\s+)?(?:city|place|known)",
                f"(?:city|place)\\s+(?:called|named)\\s+[\"“'‘]?{w}\\b",
            ]
        return [DID_YOU_MEAN_ZH, NOT_RECOGNISED_ZH, f'["“「『]{w}["”」』]']

    def invented_guards(self, name_re: str) -> list[str]:
        """For an invented place: no rank stated for it."""
        if self.code == "en":
            return [
                f"{NOT_HEDGED_EN}\\b{name_re}{VERB_EN}\\s+{FILLER_EN}{en_claim_bare(ALL_RANKS)}",
                f"(?<![\\w.]){en_claim(ALL_RANKS)}(?:\\s+(?:place|spot|position))?\\s*(?:is|was|:|=|–|"
                f"—)\\s*{name_re}\\b",
            ]
        return [
            f"{NOT_HEDGED_ZH}{name_re}(?:(?:总榜|總榜|总排名|總排名|排名|排在|排|位列|位居|名列|是|为|為|在|居|上|的|"
            f"中)\\s*){{0,4}}第\\s*(?:\\d+|[一二三四五六七八九十]+){NOT_A_QUESTION_ZH}"
        ]

    # years -----------------------------------------------------------------------------------
    def year_guards(self, city: str | None = None) -> list[str]:
        """Forbids answering about another edition or a change over time from the 2025 data."""
        if self.code == "en":
            other = (
                "(?:in\\s+(?:2024|2023|2022|2021|2026)|last\\s+year|the\\s+year\\s+before|previously|before\\s+that)"
            )
            c = self.city(city) if city else ALL_CITIES_EN
            return [
                f"\\b{c}\\s+(?:was|ranked|placed|came|finished|stood)\\s+{FILLER_EN}(?:\\d+(?:st|nd|rd|th)|first|"
                f"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+{other}",
                f"{other}[^.;—–\\-\\n]{{0,12}}\\b{c}\\s+(?:was|ranked|placed|came|finished)\\b",
                "\\b(?:rose|fell|climbed|dropped|jumped|slipped|moved\\s+(?:up|down)|went\\s+(?:up|down)|gained|lost|"
                "improved\\s+by|declined\\s+by)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine)\\s+(?:places?|"
                "spots?|positions?|ranks?)",
                "\\b(?:unchanged|the same)\\s+(?:as|from|since)\\s+(?:last\\s+year|2024|2023|the\\s+previous)",
            ]
        return [
            "(去年|前年|2024\\s*年|2023\\s*年|2022\\s*年|2026\\s*年|上一?届|上一?屆|往年|以前)[^。，,；;\\n]{0,6}"
            f"({self.all_cities()})?[^。，,；;\\n]{{0,4}}(排名?|排在|位列|是)?第\\s*\\d",
            "(上升|下降|提升|下滑|进步|退步|進步|前进|前進|后退|後退|升|降)了?\\s*(\\d+|[一二三四五六七八九十])\\s*(名|"
            "位|个名次|個名次)",
            "(排名|名次)(没有变化|沒有變化|不变|不變|保持不变|保持不變)",
        ]
