"""More counts, shares, ratios and averages over the published lists: written case by case (no
held-out paraphrases), each judged by the facts and the honesty of the reply, not its wording."""

from __future__ import annotations

from casebook import Case, Sheet, scripted_case

NOT_PUB = (r"(not (been )?(published|known|named)|isn.t known|doesn.t (say|name)|unknown"
           r"|无法确定|無法確定|没有公布|沒有公佈|未公布|未公佈)")
FIVE = r"(?<![\d.])5(?![\d.]|st|nd|rd|th)"

SHEET = Sheet(
    "aggregates_more",
    "more counts, shares, ratios and averages over the published lists",
    about="""
Averages of a group's overall ranks (balanced education: 5), of a whole top N (top 10: 5.5), of cities named;
ratios of two countries' counts (US:China 5:3); counts per region; the cities evaluated outside a top N
(30 - 10 = 20); the sizes of lists (a group of unstated size is said to be so); a country's cities named across
all lists. A share of the 30 is never given, only that it is not known (and a lower bound).
""",
)


def case(q: str, must: list[str], must_not: tuple[str, ...] | list[str] = (), ideal: str = "",
         tags: tuple[str, ...] = ("aggregate",)) -> Case:
    return scripted_case(q, must, must_not, ideal, tags)


C = SHEET.dev
# the overall ranks of a group, averaged (pr #5, #21): London 4, Beijing 3, Shanghai 8, New York 5 -> 5
EN_AVG5 = "The average overall rank is 5: (4+3+8+5)/4 — London 4th, Beijing 3rd, Shanghai 8th, New York 5th."
for q, ideal, tags in [("average overall rank of the balanced education group", EN_AVG5, ()),
                       ("what is the mean ranking of the cities with balanced basic and higher education", EN_AVG5, ()),
                       ("avg position overall for the balanced-ed cities", EN_AVG5, ()),
                       ("均衡发展组的平均综合排名", "平均综合排名是5：伦敦第4、北京第3、上海第8、纽约第5。", ("zh",)),
                       ("均衡發展的城市平均排第幾", "平均綜合排名是5：倫敦第4、北京第3、上海第8、紐約第5。",
                        ("zh", "zh_hant"))]:
    C.append(case(q, [r"(average|mean|平均)[^.\n。]{0,100}" + FIVE + r"(\.0+)?(?![\d])"],
                  [r"\b(4\.5|5\.5|2\.5|6)\b(?!th)", r"(no ranks to average|无法计算|無法計算)"],
                  ideal, ("aggregate", *tags)))
# the average of a whole top N (pr #7, #25)
for q, must, ideal, tags in [
        ("average rank of the top 5", r"(average|mean)[^.\n]{0,80}(?<![\d.])3(?![\d.]|rd)",
         "The average rank is 3: (1+2+3+4+5)/5.", ()),
        ("what is the mean position of the top ten cities", r"5\.5", "5.5: (1+…+10)/10.", ()),
        ("前五名的平均名次", r"(平均)[^。\n]{0,20}(?<![\d.第])3(?![\d.])", "平均名次是3。", ("zh",)),
        ("前十名平均排第幾", r"5\.5", "平均5.5名。", ("zh", "zh_hant"))]:
    C.append(case(q, [must], [r"(top|前)\s*(3|三)\b[^\n]{0,30}(1\.|1st)"], ideal, ("aggregate", *tags)))
# the countries of a list that is partly unnamed (pr #8): China and the US
EN_TWO = "Two countries: China (5, named) and the US (5, not named)."
for q, ideal, tags in [("how many countries are covered by the talent top 10", EN_TWO, ()),
                       ("how many different nations does the talent top ten span", EN_TWO, ()),
                       ("人才前十來自幾個國家", "2個國家：中國5座、美國5座（未具名）。", ("zh", "zh_hant"))]:
    C.append(case(q, [r"((\b2\b|\btwo\b)[^.\n]{0,40}countr|(2|两|兩)\s*(个|個)\s*(国|國))"],
                  [r"\b(1|one|3|three|4|four)\s+countr", r"(evaluated 30|评估了30|評估了30)"],
                  ideal, ("aggregate", *tags)))
# the ratio of two countries' counts (pr #9)
for q, must, ideal, tags in [
        ("what is the ratio of american to chinese cities in the top ten", r"\b5\s*(:|to)\s*3\b", "5:3.", ()),
        ("ratio of US to European cities in the top 10", r"\b5\s*(:|to)\s*1\b",
         "5:1 — five US cities, one European.", ()),
        ("前十名中美国和中国城市之比是多少", r"5\s*[:：比]\s*3", "5:3。", ("zh",))]:
    C.append(case(q, [must], [r"\b(8|eight) of the 10", r"80\s?%"], ideal, ("aggregate", *tags)))
# the share of the cities evaluated: not published, at least (pr #12)
for q, tags in [("what share of the evaluated cities are chinese", ()),
                ("what percentage of the cities assessed are japanese", ()),
                ("评估的城市中中国城市占多少比例", ("zh",))]:
    C.append(case(q, [NOT_PUB, r"(30|thirty|三十)"], [r"\b(50|30|10)\s?%", r"(占|佔)\s*(50|30|10)\s*%"],
                  "Not known: the full list of 30 wasn't published; at least the named ones.",
                  ("aggregate", "unpublished", *tags)))
# the cities evaluated outside a top N: by arithmetic (pr #13, #24)
for q, n, tags in [("how many of the 30 cities missed the top 10", 20, ()),
                   ("how many cities evaluated are not in the top ten", 20, ()),
                   ("how many cities didnt make the top 5", 25, ()),
                   ("有多少座城市没有进入前十名", 20, ("zh",)),
                   ("有幾多城市冇入前十", 20, ("zh", "zh_hant"))]:
    C.append(case(q, [rf"(?<![\d.])({n})(?![\d.])"],
                  [r"(?<![\d.])(10|5) of the 30 (cities )?(evaluated )?are not"],
                  f"{n}: 30 evaluated, {30 - n} in the top.", ("aggregate", *tags)))
# counts per region, each (pr #15)
C.append(case("how many top 10 cities does each of asia, europe and north america have",
              [r"(Asia[^\n]{0,20}\b(4|four)\b|\b(4|four)\b[^\n]{0,25}Asia)",
               r"(Europe[^\n]{0,20}\b(1|one)\b|\b(1|one)\b[^\n]{0,25}Europe)",
               r"((North America|American)[^\n]{0,30}\b(5|five)\b|\b(5|five)\b[^\n]{0,30}(North America|American))"],
              [r"\b10 (Asian|European)"], "Asia 4, Europe 1, North America 5."))
C.append(case("north america, asia, europe - number of top ten cities from each?",
              [r"\b(4|four)\b[^\n]{0,25}Asia", r"\b(1|one)\b[^\n]{0,25}Europe",
               r"\b(5|five)\b[^\n]{0,30}North America"],
              [r"\b10 (Asian|European|North American)"], "5 in North America, 4 in Asia, 1 in Europe."))
C.append(case("前十名中亚洲、欧洲、北美各有几个城市", [r"4\s*座亚洲", r"1\s*座欧洲", r"5\s*座北美"], [r"10\s*座"],
              "4座亚洲城市、1座欧洲城市、5座北美城市。", ("aggregate", "zh")))
# the cities of a country the report names across its lists (pr #16, #26)
US5 = r"\b(5|five)\b[^.\n]{0,30}(US|American)"
EN_US5 = "Five US cities: Boston, San Francisco, New York, Los Angeles and Seattle."
for q, must, ideal, tags in [
        ("how many US cities does the report mention in total", [US5], EN_US5, ()),
        ("how many american cities are named in the report altogether", [US5], EN_US5, ()),
        ("報告一共提到幾個美國城市", [r"5\s*座美國"], "5座美國城市：波士頓、舊金山、紐約、洛杉磯、西雅圖。",
         ("zh", "zh_hant")),
        ("报告总共提到了多少个亚洲城市", [r"6\s*座亚洲", "深圳", "广州", "东京"],
         "6座亚洲城市：北京、上海、香港、东京、深圳、广州。", ("zh",))]:
    C.append(case(q, must, [r"(evaluated 30|评估了30|評估了30)"], ideal, ("aggregate", *tags)))
# the sizes of lists and groups, one of unstated size (pr #17)
for q, must, ideal, tags in [
        ("how big is the balanced group compared with the education top 3, size of each",
         [r"(4|four)[^.\n]{0,80}(3|three)"], "4 and 3.", ()),
        ("sizes of the talent potential group and the balanced education group",
         [NOT_PUB, r"(4|four)[^.\n]{0,120}(4|four)"],
         "Talent potential: size not published (4 named); balanced: 4.", ()),
        ("均衡组和教育前三各有多少个城市", [r"4\s*座", r"3\s*座"], "均衡发展组4座，教育前三3座。", ("zh",)),
        ("人才潛力組同均衡組嘅規模", [NOT_PUB, r"4\s*座"], "人才潛力組未公佈規模（點名4座），均衡組4座。",
         ("zh", "zh_hant"))]:
    C.append(case(q, must, [r"talent potential[^.\n]{0,20}\bhas \d+ cities"], ideal, ("aggregate", *tags)))
# the average of cities named (pr #31)
for q, must, ideal, tags in [
        ("average rank of boston, london and tokyo", r"(?<![\d.])5(?![\d.]|th)", "5: (1+4+10)/3.", ()),
        ("what's the mean overall position of new york and los angeles", r"5\.5", "5.5.", ()),
        ("波士顿、伦敦和东京的平均排名", r"平均[^。\n]{0,10}(?<![\d.第])5(?![\d.])", "平均5名。", ("zh",)),
        ("紐約同洛杉磯嘅平均名次係幾多", r"5\.5", "5.5。", ("zh", "zh_hant"))]:
    C.append(case(q, [must], [], ideal, ("aggregate", *tags)))
# the difference of two places' counts: 5 US - 3 Chinese = 2
for q, must, ideal, tags in [
        ("how many more US cities than chinese cities are in the top 10", [r"\b(2|two) more\b"],
         "2 more: 5 US cities, 3 Chinese.", ()),
        ("how many fewer european than asian cities in the top ten", [r"\b(3|three) more Asian\b|\b(3|three) fewer"],
         "3 fewer: 1 European city, 4 Asian.", ()),
        ("前十名中美国城市比中国城市多几个", [r"多\s*(2|两)\s*(座|个)"], "美国城市多2座（5座对3座）。", ("zh",))]:
    C.append(case(q, must, [r"\b(8|eight) of the 10"], ideal, ("aggregate", *tags)))
