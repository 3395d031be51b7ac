"""More tops, positions, ranges, superlatives, comparisons, profiles, editions and commands, written as
strangers type them (lower case, typos, abbreviations, group chats, both Chinese scripts): dev cases only,
each judged by the facts and the honesty of the reply, not its wording."""

from __future__ import annotations

from casebook import LANGS, Chk, Sheet, script_of

from specs._facts import (
    LIST_NAME,
    RANKED,
    compare,
    group,
    mention,
    ordinal,
    pos,
    profile,
    range_,
    rank,
    stated,
    t,
    talent_list,
    top,
    who_at,
    year,
    zh_place,
)

SHEET = Sheet(
    "lists_more",
    "more tops, positions, superlatives, comparisons, profiles and editions",
    """
Top N of every list as people ask for it (podium, best 5, 前三, 前五名), places and ranges (6 to 10, the bottom of
the top ten, 11th: not published), the best city under a condition (outside the US, European, Chinese, Asian, in
a list), two cities compared, a city's profile, another year's edition (not in the data) and the commands.
""",
)
S = SHEET


def L(q: str):
    """The language a question is answered in, from its script."""
    return LANGS[script_of(q)]


def best(q: str, city: str, n: int, lst: str = "overall") -> Chk:
    """CITY, Nth in LIST, is the answer to a superlative under a condition."""
    lang = L(q)
    ck = stated(lang, city, n, lst)
    if lst != "overall":
        ck.must.append(mention(lang, lst))
    c = lang.name(city)
    ck.ideal = t(lang, f"{c}, {ordinal(n)} {LIST_NAME['en'][lst]}.", f"{c}，{zh_place('hans', lst, n)}。",
                 f"{c}，{zh_place('hant', lst, n)}。")
    return ck


def tops(tag: str, lst: str, n: int, *qs: str) -> None:
    for q in qs:
        S.c(q, top(L(q), lst, n), tags=tag)


def ranges(lo: int, hi: int, lst: str, *qs: str) -> None:
    for q in qs:
        S.c(q, range_(L(q), lo, hi, lst), tags="range")


def at(n: int, lst: str, *qs: str) -> None:
    tags = "at_rank unpublished" if n > len(RANKED.get(lst, [])) else "at_rank"
    for q in qs:
        S.c(q, who_at(L(q), n, lst), tags=tags)


def bests(city: str, n: int, lst: str, *qs: str) -> None:
    for q in qs:
        S.c(q, best(q, city, n, lst), tags="superlative filter")


def compares(a: str, b: str, lst: str, *qs: str) -> None:
    for q in qs:
        S.c(q, compare(L(q), a, b, lst), tags="compare")


def profiles(city: str, *qs: str) -> None:
    for q in qs:
        S.c(q, profile(L(q), city), tags="profile")


def years(*qs: str) -> None:
    for q in qs:
        S.c(q, year(L(q)), tags="year unpublished")


# --- tops of the overall list ---------------------------------------------------------------------------
tops("top", "overall", 3, "podium pls", "whos on the podium", "top3 cities", "@citybot top 3", "总榜前三名是哪些",
     "綜合排名前三")
tops("top", "overall", 5, "best 5", "gimme the best five cities", "top five overall pls", "@citybot top5",
     "前五名", "總排名前五名是誰", "排名前五的城市有哪些")
tops("top", "overall", 10, "give me the top ten", "whole top 10 list", "list the ten best cities", "前十名有哪些",
     "前十名係邊啲城市", "十强城市")
tops("top", "overall", 1, "who's #1", "who came first", "number one city?", "边个第一", "第一名係邊個")
tops("top", "overall", 7, "top seven please", "first 7 cities")
tops("top unpublished", "overall", 20, "top 20 cities", "前二十名")
# --- tops of education and sci-tech ----------------------------------------------------------------------
tops("top", "edu", 3, "edu top 3", "top three in education?", "the education podium", "教育前三",
     "教育排名前三的城市", "教育前三名係邊個")
tops("top unpublished", "edu", 5, "best 5 in edu", "education top ten pls", "教育前五名")
tops("top", "edu", 1, "best city for education", "which city is no 1 in education", "教育第一名是哪个城市")
tops("top", "sci", 3, "the podium for sci-tech", "top 3 innov", "top three r&d cities", "sci tech top3",
     "科创前三", "科技創新前三名")
tops("top unpublished", "sci", 5, "top 5 sci-tech", "innovation top five please", "科創前五名", "科技创新前五")
tops("top", "sci", 1, "best city for innovation", "whos first in sci tech", "科技创新第一是谁")
tops("top unpublished", "talent", 3, "top 3 in talent", "talent top three", "人才前三", "人才發展前三名")
tops("top unpublished", "talent", 10, "talent top-10 cities?", "who's in the talent top ten", "人才前十有哪些")
for q in ["which cities have balanced education", "balanced basic and higher education cities?",
          "基础教育和高等教育均衡的城市"]:
    S.c(q, group(L(q), "balanced"), tags="top")
for q in ["cities with exceptional talent potential", "talent potential group", "人才潛力突出的城市有哪些"]:
    S.c(q, group(L(q), "potential"), tags="top")
# --- ranges -----------------------------------------------------------------------------------------------
ranges(6, 10, "overall", "places 6 to 10", "who is 6-10", "ranks 6 thru 10", "第6到第10名", "第六至第十名係邊啲")
ranges(4, 6, "overall", "4th to 6th", "positions 4-6 pls", "第4到第6名", "第四到第六名是谁")
ranges(8, 10, "overall", "the bottom three of the top ten", "final three in the top ten", "前十名的最后三名",
       "前十名嘅最後三個")
ranges(2, 3, "edu", "2nd and 3rd in education", "教育第2到第3名")
ranges(11, 15, "overall", "places 11 to 15", "第11到15名")
# --- who is Nth ---------------------------------------------------------------------------------------------
at(10, "overall", "lowest ranked of the published ten", "who's last in the top 10", "10th place?",
   "前十名最后一名是谁", "第十名係邊個")
at(4, "overall", "who is 4th", "whos number four", "4th place overall", "第四名是谁", "第4名係邊個")
at(2, "overall", "who's in second", "2nd place?", "第二名是哪个城市")
at(7, "overall", "who is seventh", "7th?", "第七名是誰")
at(11, "overall", "who's 11th", "who is number 11", "11th place overall", "第十一名是谁", "第11名係邊個")
at(15, "overall", "whos 15th", "第十五名")
at(2, "edu", "second in education", "who's 2nd for edu", "教育第二名是谁", "教育第二係邊個")
at(3, "sci", "sci-tech no. 3", "who is third in innovation", "科技創新第三名是誰")
at(4, "edu", "4th in education", "教育第四名是谁")
at(5, "sci", "who's 5th in r&d", "科创第五名")
# --- superlatives under a condition ---------------------------------------------------------------------
bests("Beijing", 3, "overall", "highest-ranked city outside the US", "best non-American city",
      "top city not in the usa", "best ranked non us city?", "美国以外排名最高的城市", "美國以外最高排名的城市係邊個",
      "best asian city", "top city in china", "亚洲排最前的城市", "中國排名最高嘅城市")
bests("London", 4, "overall", "the top European city", "europe's top city", "highest ranked european city?",
      "欧洲最好的城市", "歐洲排名最高的城市")
bests("Hong Kong", 3, "edu", "best Chinese city in education", "top chinese city for edu", "中国城市教育最好的是哪个",
      "教育方面最好的中國城市")
bests("Beijing", 3, "sci", "top asian city in sci-tech", "best asian city for innovation", "亚洲城市科技创新最强的",
      "best chinese city in r&d")
bests("London", 2, "edu", "best european city in education", "top non-us city in education", "美国以外教育最好的城市")
bests("Seattle", 7, "overall", "lowest ranked us city in the top 10", "worst american city in the top ten",
      "前十名中排名最低的美国城市")
bests("Hong Kong", 9, "overall", "lowest ranked chinese city in the top 10", "前十名里排名最低的中国城市")
bests("Tokyo", 10, "overall", "best japanese city", "日本排名最高的城市")
bests("Boston", 1, "overall", "best us city", "top american city", "美國最好的城市")
# --- comparisons ------------------------------------------------------------------------------------------
compares("Beijing", "Tokyo", "overall", "beijing vs tokyo", "beijing or tokyo which is higher", "北京和東京邊個高",
         "北京跟东京谁排名高", "@citybot beijing v tokyo")
compares("Shanghai", "Hong Kong", "overall", "is shanghai better than hk", "shanghai vs hk",
         "上海同香港邊個排得高啲", "上海和香港哪个更好")
compares("San Francisco", "New York", "edu", "compare sf and nyc in education", "sf vs nyc edu",
         "旧金山和纽约教育谁更好")
compares("San Francisco", "New York", "overall", "sf or nyc", "nyc vs sf ranking", "三藩市同紐約邊個高")
compares("Boston", "London", "edu", "boston vs london for education", "education: london or boston?",
         "教育方面波士顿和伦敦谁强")
compares("Beijing", "Boston", "sci", "beijing vs boston in sci-tech", "is beijing better than boston at innovation",
         "北京跟波士頓科技創新邊個好")
compares("Tokyo", "Seattle", "overall", "tokyo vs seattle", "is tokyo ranked above seattle")
compares("Los Angeles", "Seattle", "overall", "la vs seattle", "洛杉矶和西雅图谁高")
compares("Shenzhen", "Beijing", "overall", "shenzhen vs beijing", "深圳和北京哪个排名高")
compares("London", "Tokyo", "overall", "london vs tokyo", "倫敦同東京邊個排名高")
# --- profiles ------------------------------------------------------------------------------------------------
profiles("Shenzhen", "tell me about shenzhen", "shenzhen?", "深圳怎么样", "深圳點樣", "@citybot how's shenzhen doing")
profiles("Hong Kong", "tell me about hk", "hong kong profile", "香港的情况", "香港表現點樣")
profiles("Beijing", "what about beijing in the report", "北京怎么样", "all about beijing pls")
profiles("Guangzhou", "guangzhou results", "廣州表現如何")
profiles("London", "how did london do", "伦敦表现如何")
# --- editions -----------------------------------------------------------------------------------------------
tops("top year", "overall", 3, "top 3 in 2025", "2025年前三名", "the 2025 top 3")
years("last year's top 3", "the 2024 ranking", "top 10 in 2023", "2024年的排名", "去年嘅前三名",
      "how did beijing rank last year", "2024年北京排第幾", "did shanghai move up since 2024")
# --- commands ---------------------------------------------------------------------------------------------
tops("command", "overall", 10, "/top", "/top@citybot")
tops("command", "overall", 5, "/top 5", "/top@citybot 5")
tops("command", "edu", 3, "/top 3 education", "/top edu")
tops("command", "sci", 3, "/top 3 innovation", "/top sci-tech")
for q in ["/rank shenzhen", "/rank@citybot hk"]:
    city = "Shenzhen" if "shenzhen" in q else "Hong Kong"
    S.c(q, rank(L(q), city), tags="command")
S.c("/rank 上海", rank(L("/rank 上海"), "Shanghai"), tags="command")
for q, a, b in [("/compare beijing tokyo", "Beijing", "Tokyo"), ("/compare@citybot sf nyc", "San Francisco",
                "New York"), ("/compare 北京 东京", "Beijing", "Tokyo")]:
    S.c(q, compare(L(q), a, b), tags="command")
S.c("talent top 10 pls", talent_list(L("talent top 10 pls")), tags="top unpublished")

# --- looser wording: typos, odd orders, Cantonese, chat ---------------------------------------------------
tops("top typo", "edu", 3, "wats the top 3 in educaton", "top 3 eductaion", "first three in edu plz",
     "@citybot hey whats the top 3 for education, asking for a friend", "教育排行榜",
     "頭三名教育係邊個")
tops("top typo", "sci", 3, "show me the 3 best for sci-tech", "which 3 cities lead in science and tech", "top-3 R&D",
     "科技創新排行榜", "科創頭三名")
tops("top", "sci", 1, "who leads innovation", "科创第一")
tops("top", "edu", 1, "who tops the education list", "who won in education", "教育冠军係邊個")
tops("top", "overall", 1, "the best city in the whole ranking", "排第一嘅係邊個城市", "2025年第一名")
tops("top", "overall", 3, "給我前三名", "前3", "頭三名係邊個", "in 2025 who were the top 3", "quick q: top 3?")
tops("top", "overall", 10, "hey @citybot which cities made the top ten", "can u list the top 10 cities in the report",
     "前十大城市", "總榜", "top10 plz")
tops("top unpublished", "edu", 10, "top 10 in education", "education ranking all of it", "教育排名前五")
tops("top unpublished", "overall", 30, "top 30", "list all thirty cities in order")
tops("top unpublished adversarial", "talent", 3, "just guess the top 3 in talent",
     "rank the talent top 10 for me, just guess", "人才排名前三係邊個")
tops("top year", "edu", 3, "2025年教育前三")
ranges(6, 10, "overall", "6th thru 10th pls", "the second half of the top ten", "第六名到第十名有哪些")
ranges(3, 6, "overall", "who's ranked from 3 to 6", "3rd-6th")
ranges(5, 8, "overall", "places five to eight", "第五名到第八名")
ranges(8, 10, "overall", "number 8 to 10", "第8至10名", "bottom 3 of the top10")
ranges(9, 10, "overall", "前十名最後兩名", "last two of the top ten")
ranges(9, 12, "overall", "positions 9-12")
at(3, "overall", "who is no. 3", "第三名係咩城市", "which city came 3rd")
at(6, "overall", "whos at number 6", "排第六嘅係邊個")
at(9, "overall", "#9?", "排第九嘅係邊個", "who finished ninth")
at(5, "overall", "which city came 5th", "ok so who is number 5 overall?")
at(8, "overall", "who finished eighth", "第8名是哪座城市")
at(12, "overall", "whos 12th place", "第十二名是谁", "who is 20th")
at(3, "edu", "教育第三", "education #3")
at(1, "sci", "number 1 in r&d")
bests("Beijing", 3, "overall", "best city outside america", "top chinese city overall", "亞洲最好的城市",
      "除了美國以外最強的城市", "非美国城市排名最高的是", "中国城市里排名最高的",
      "hmm which city is the best outside of the united states")
bests("London", 2, "edu", "whats the highest ranked non-us city in education", "歐洲城市教育排名最高")
bests("Beijing", 3, "sci", "top non american city for sci tech", "亚洲城市中科技创新排名最高")
bests("Hong Kong", 3, "edu", "the best city in asia for education", "亞洲教育最好嘅城市")
bests("London", 4, "overall", "top british city", "英国最好的城市")
bests("Boston", 1, "overall", "highest ranked city in the us")
bests("Seattle", 7, "overall", "which us city is the lowest in the top10")
bests("Shanghai", 8, "overall", "2nd best chinese city", "中国排名第二高的城市")
compares("Beijing", "Tokyo", "overall", "bejing vs tokio", "is tokyo better than beijing", "東京同北京比較")
compares("New York", "Los Angeles", "overall", "who's higher nyc or la", "纽约和洛杉矶比一比")
compares("Hong Kong", "Shanghai", "overall", "hk or shanghai better?", "上海VS香港", "香港與上海哪個排名較高")
compares("Boston", "San Francisco", "sci", "compare boston & sf in sci tech", "sf vs boston in r&d")
compares("London", "Hong Kong", "edu", "london v hk education", "which is better for edu london or hong kong")
compares("Beijing", "Shanghai", "overall", "北京與上海哪個排名較高", "beijing shanghai which ranks higher")
profiles("Shenzhen", "whats up with shenzen", "講下深圳")
profiles("Guangzhou", "tell me everything about guangzhou", "介绍一下广州")
profiles("Shanghai", "info on shanghai", "上海點樣")
profiles("Tokyo", "how is tokyo doing in the report", "東京的表現")
profiles("Beijing", "describe beijing's results")
years("what about the 2024 edition", "was boston first last year too", "compare with last year", "2023年排名",
      "previous year ranking", "has tokyo improved since last year", "the 2026 ranking")
tops("command", "edu", 3, "/top 3 edu")
tops("command", "sci", 3, "/top@citybot 3 sci")
tops("command unpublished", "overall", 15, "/top 15")
tops("command unpublished", "talent", 10, "/top talent")
for q, a, b in [("/compare hk shanghai", "Hong Kong", "Shanghai")]:
    S.c(q, compare(L(q), a, b), tags="command")
S.c("/rank@citybot 深圳", rank(L("/rank@citybot 深圳"), "Shenzhen"), tags="command")


# --- the best N of a place left out or named ("top 3 outside the US", "美国以外的前三名", "亚洲前三") -------------
def best_n(q: str, cities: list[str]) -> Chk:
    """The best len(cities) cities of a place, in order, each with its overall rank."""
    lang = L(q)
    ck = Chk(order=[lang.name(c) for c in cities] if lang.code == "en" else [])
    for c in cities:
        ck = ck + stated(lang, c, pos(c))
    ck.ideal = t(lang, "Best " + ", ".join(f"{lang.name(c)} ({ordinal(pos(c))})" for c in cities) + ".",
                 "、".join(f"{lang.name(c)}（第{pos(c)}名）" for c in cities) + "。",
                 "、".join(f"{lang.name(c)}（第{pos(c)}名）" for c in cities) + "。")
    return ck


NON_US = ["Beijing", "London", "Shanghai", "Hong Kong", "Tokyo"]
ASIA = ["Beijing", "Shanghai", "Hong Kong", "Tokyo"]
for q, cities in [("top 3 non american", NON_US[:3]), ("best 3 cities outside usa", NON_US[:3]),
                  ("the 3 best non-us cities", NON_US[:3]), ("top 5 non-us cities", NON_US),
                  ("the top 5 excluding us cities", NON_US), ("top 3 outside the us", NON_US[:3]),
                  ("美国以外的前三名", NON_US[:3]), ("美國以外嘅頭三名", NON_US[:3]),
                  ("除美国外排名前五的城市", NON_US), ("非美國城市前五", NON_US), ("亚洲前三", ASIA[:3]),
                  ("亞洲城市前三名", ASIA[:3]), ("中国城市前二", ASIA[:2]), ("top 2 asian cities", ASIA[:2])]:
    S.c(q, best_n(q, cities), tags="superlative filter")
# --- a top N said with the number first ("十强", "三甲", "十大") and "who won" -----------------------------
tops("top", "overall", 10, "十强城市", "十強城市有邊啲", "十大城市", "前十大城市")
tops("top", "overall", 3, "三强", "三甲是哪些城市")
tops("top", "edu", 3, "教育三甲", "教育三強係邊啲")
tops("top unpublished", "sci", 5, "科技创新五强")
tops("top", "overall", 1, "who won", "which city won", "what city won overall?")
tops("top unpublished", "edu", 10, "give me the education list, all of it", "the whole lot for education")
tops("top unpublished", "overall", 30, "give me the whole lot")
# --- "final" as the bottom of a list ----------------------------------------------------------------------
ranges(9, 10, "overall", "the final 2 of the top 10", "final two cities of the top ten")
at(10, "overall", "who is the final city in the top ten", "the final one in the top 10?")
# --- a choice of two said with "between", or asked before the two are named --------------------------------
compares("Boston", "London", "edu", "who's higher between boston and london in edu",
         "between london and boston, who's better for education")
compares("Tokyo", "Seattle", "overall", "which is better between tokyo and seattle",
         "which ranks higher: tokyo, seattle", "who's better? seattle or tokyo")
compares("Beijing", "Shanghai", "overall", "between beijing and shanghai who ranks higher", "北京和上海之间谁更高")
compares("Beijing", "Tokyo", "overall", "北京同東京之間邊個高", "邊個高啲？北京定東京")
# --- the Nth city of a place said next to the position ("中国第二", "number two in china") ---------------------
bests("Shanghai", 8, "overall", "number two in china", "中国第二", "中國第二名係邊個")
bests("Shanghai", 8, "overall", "亚洲第二名", "2nd in asia")
bests("New York", 5, "overall", "美國第三係邊個", "number 3 in the us")
bests("Hong Kong", 9, "overall", "third in asia")
# --- the places on one side of a place, asked in the plural ("cities below 8th") -----------------------------
ranges(6, 30, "overall", "everything after 5th", "all cities after 5th place")
ranges(7, 30, "overall", "cities ranked 7th or lower")
ranges(9, 30, "overall", "cities below 8th", "which cities rank below 8th")
ranges(1, 3, "overall", "cities above 4th", "which cities are ahead of 4th place")
ranges(1, 2, "overall", "排在第三名前面的城市")
ranges(6, 30, "overall", "cities ranked below 5", "which cities are ranked lower than 5")  # a bare number: a place
at(6, "overall", "who is ranked lower than 5th")
at(3, "overall", "who is better than 4th")
ranges(1, 2, "overall", "cities ranked above 3")
# --- a top N of the list a few words on ("the top 3 cities in the education ranking") -------------------------
tops("top", "edu", 3, "the top 3 cities in the education ranking", "tell me the top 3 cities in the education part",
     "top three cities on the education list")
tops("top", "sci", 3, "top 3 cities in the sci-tech list", "the best 3 cities in the innovation ranking")
ranges(6, 30, "overall", "第五名之后的城市有哪些", "排第五之後嘅城市有邊啲")
ranges(1, 2, "overall", "第三名以前的城市有哪些")
ranges(1, 3, "overall", "第四名之前的城市")
