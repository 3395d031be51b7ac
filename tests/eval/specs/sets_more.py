"""More set questions across lists: written case by case (no held-out paraphrases), each judged by the
members a reply must name, those it must not, and its honesty where a list is named only in part."""

from __future__ import annotations

from casebook import Case, Sheet, scripted_case

NOT_KNOWN = (r"(not known|isn.t known|unknown|doesn.t name|无法确定|無法確定|没有列出|沒有列出|没有点名|沒有點名"
             r"|未具名)")

SHEET = Sheet(
    "sets_more",
    "more unions, intersections and differences of the published lists",
    about="""
Intersections with a place ("Chinese talent cities also in the top 10": Beijing, Shanghai, Hong Kong),
the cities named somewhere but not in the top 10 (Shenzhen, Guangzhou), whether a group named in part is
inside a list (the named ones are, the rest is not known), unions counted once (the education and sci-tech
top 3s: 5 cities), and overlaps said in other words.
""",
)


def case(q: str, must: list[str], must_not: tuple[str, ...] | list[str] = (), ideal: str = "",
         tags: tuple[str, ...] = ("setop",)) -> Case:
    return scripted_case(q, must, must_not, ideal, tags)


C = SHEET.dev
# the cities of a place in one list that are also in another (pr #12, #28)
EN_CN3 = "Beijing (3rd), Shanghai (8th) and Hong Kong (9th); Shenzhen and Guangzhou are not in the top 10."
for q, must, no, ideal, tags in [
        ("talent top 10 chinese cities which are also in the overall top 10", ["Beijing", "Shanghai", "Hong Kong"],
         [r"Shenzhen[^.]{0,40}\bare in\b", r"\b5 Chinese cities are"], EN_CN3, ()),
        ("人才前十的中国城市里，哪些也在总榜前十", ["北京", "上海", "香港"], [r"5\s*座中国城市"],
         "北京、上海、香港；深圳、广州不在总榜前十。", ("zh",)),
        ("综合前十的中国城市，哪些也进了人才前十", ["北京", "上海", "香港"], [r"5\s*座中国城市[:：]"],
         "北京、上海、香港都在人才前十。", ("zh",)),
        ("總榜前十的美國城市，哪些也在教育前三", ["波士頓"], ["紐約[^。]{0,20}在", "舊金山[^。]{0,20}在"],
         "只有波士頓。", ("zh", "zh_hant")),
        ("总榜前十的亚洲城市，哪些也在教育前三", ["香港"], ["北京[^。]{0,20}在", "东京[^。]{0,20}在"],
         "只有香港。", ("zh",))]:
    C.append(case(q, must, no, ideal, ("setop", *tags)))
# named somewhere in the report but not in the overall top 10 (pr #14, #23, #30)
for q, ideal, tags in [
        ("cities named anywhere in the report but outside the overall top 10", "Shenzhen and Guangzhou.", ()),
        ("which cities does the report mention that are not in the top ten", "Shenzhen and Guangzhou.", ()),
        ("報告提到但不在總榜前十的城市", "深圳、廣州。", ("zh", "zh_hant")),
        ("哪些城市被报告提到了但没进综合前十", "深圳、广州。", ("zh",))]:
    shen, guang = ("深圳", "廣州") if "zh_hant" in tags else ("深圳", "广州") if tags else ("Shenzhen", "Guangzhou")
    C.append(case(q, [shen, guang], [r"\bin\s+but not\b", "在但不在", "Tokyo", "東京", "东京"], ideal,
                  ("setop", *tags)))
# a group named in part, inside a list: the named ones are, the rest is not known (pr #20)
for q, ideal, tags in [
        ("are all the talent potential cities in the talent top 10?",
         "The four it names are (Shenzhen, Guangzhou, Hong Kong, Shanghai); the rest of the group isn't known.", ()),
        ("is every city of the talent potential group in the talent top ten",
         "The named four are; for the others it isn't known.", ()),
        ("人才潛力組的城市是不是都在人才前十", "點名的四座都在；其餘無法確定。", ("zh", "zh_hant")),
        ("人才潜力组的城市都进了人才前十吗", "点名的四座都在；其余无法确定。", ("zh",))]:
    every = r"(every city the report names|the (four|4) (it names|named)|named (four|4)|都在)"
    C.append(case(q, [every, NOT_KNOWN], [r"^\s*(Yes|No)\b", r"^\s*(是的|不是)"], ideal, ("setop", *tags)))
# unions counted once (pr #25)
for q, ideal, tags in [
        ("how many distinct cities are in the education top 3 and the innovation top 3 combined",
         "5: Boston, London, Hong Kong, San Francisco and Beijing.", ()),
        ("how many different cities are on the education and sci-tech podiums together",
         "5 cities: Boston, London, Hong Kong, San Francisco and Beijing.", ()),
        ("教育前三和科创前三加起来有多少个不同的城市", "5座：波士顿、伦敦、香港、旧金山、北京。", ("zh",)),
        ("兩個前三榜單合起來有幾個不同的城市", "5座：波士頓、倫敦、香港、舊金山、北京。", ("zh", "zh_hant"))]:
    five = r"(\b5 cities|\(5 cities\)|5\s*座|\b5:|five)"
    C.append(case(q, [five], [r"\b(6|4|3) cities\b", r"(共|有)\s*(6|4|3)\s*座"], ideal, ("setop", *tags)))
# overlaps said in other words (pr #31)
for q, must, no, ideal, tags in [
        ("what do the balanced group and the education top 3 overlap on", [r"(only|just)[^.]{0,20}London"],
         ["Boston[^.]{0,30}in both", "Hong Kong[^.]{0,30}in both"], "Only London.", ()),
        ("均衡发展组和教育前三重叠的城市是哪个", [r"只有[^。]{0,6}伦敦"], ["波士顿", "香港"], "只有伦敦。", ("zh",)),
        ("均衡組同科創前三重疊嘅城市", [r"只有[^。]{0,6}北京"], ["舊金山", "波士頓"], "只有北京。", ("zh", "zh_hant")),
        ("where do the talent potential group and the education top 3 overlap", ["Hong Kong", NOT_KNOWN],
         [r"\bLondon\b[^.]{0,30}\bis in both", r"\bBoston\b[^.]{0,30}\bis in both"],
         "Hong Kong, as far as the report names the group; not known for Boston and London.", ())]:
    C.append(case(q, must, no, ideal, ("setop", *tags)))
# lists said by kind: any podium, some top 3, no other list (pr #9)
for q, must, no, ideal, tags in [
        ("which top ten cities are not on any podium", ["New York", "Los Angeles", "Seattle", "Shanghai", "Tokyo"],
         [r"\b(Boston|London|Beijing|Hong Kong)\b[^.]{0,200}\bbut not\b"],
         "New York, Los Angeles, Seattle, Shanghai and Tokyo.", ()),
        ("how many top 10 cities are on at least one podium", [r"(\b5 cities|\(5 cities\)|\bfive\b)"],
         [r"\b(Tokyo|Seattle)\b[^.]{0,200}\bone of\b"], "5 cities: Boston, San Francisco, Beijing, London, Hong Kong.",
         ()),
        ("前十名里既不在均衡组也不在任何前三榜单的城市", ["洛杉矶", "西雅图", "东京"], ["波士顿（", "香港（", "纽约（"],
         "洛杉矶、西雅图、东京。", ("zh",)),
        ("前十名裏哪些城市上過任何一個前三", [r"(5|五)\s*座", "倫敦", "香港"], ["東京（", "紐約（"],
         "5座：波士頓、舊金山、北京、倫敦、香港。", ("zh", "zh_hant")),
        ("which top 10 cities are in no other ranking", ["Tokyo", NOT_KNOWN],
         [r"\b(Boston|London|Beijing|Hong Kong|New York|Shanghai)\b[^.]{0,20}\bis (certainly )?in\b"],
         "None for certain: Los Angeles, Seattle and Tokyo are not known (the report doesn't name every member).",
         ())]:
    C.append(case(q, must, no, ideal, ("setop", *tags)))
# in how many lists each city is: the most lists, more than one (counted over the cities named)
for q, must, no, ideal, tags in [
        ("which city appears in the most lists", ["Beijing", "Shanghai", "Hong Kong", NOT_KNOWN],
         [r"^\s*(Boston|London|Tokyo) (appears|is) in the most"],
         "Beijing, Shanghai and Hong Kong are certainly in 4 of the 6; Boston could be in as many (not known).", ()),
        ("哪个城市出现在最多的榜单上", ["北京", "上海", "香港", NOT_KNOWN], [r"^\s*(波士顿|伦敦|东京)出现在最多"],
         "北京、上海、香港确定在6个榜单中的4个；波士顿等是否更多无法确定。", ("zh",)),
        ("how many cities appear in more than one list", [r"\b9 cities\b", NOT_KNOWN], [r"\b12 cities are"],
         "9 cities for certain (Beijing, Shanghai, Hong Kong, Boston, London, San Francisco, New York, Shenzhen, "
         "Guangzhou); not known for Los Angeles, Seattle and Tokyo.", ()),
        ("有几个城市同时出现在两个以上的榜单", [r"9\s*座", NOT_KNOWN], [r"12\s*座"],
         "确定的有9座；洛杉矶、西雅图、东京无法确定。", ("zh",)),
        ("which cities are in three or more lists", ["Beijing", "Shanghai", "Hong Kong", "Boston", "London"],
         [r"\bTokyo \("], "Beijing, Shanghai, Hong Kong (4 each), Boston and London (3).", ())]:
    C.append(case(q, must, no, ideal, ("setop", *tags)))
# "in total", "unique": each city counted once across the lists
for q, ideal, tags in [
        ("how many unique cities are in the education and sci-tech top 3s",
         "5 cities: Boston, London, Hong Kong, San Francisco and Beijing.", ()),
        ("教育前三和科创前三一共涉及几个城市", "5座：波士顿、伦敦、香港、旧金山、北京。", ("zh",))]:
    C.append(case(q, [r"(\b5 cities|\(5 cities\)|5\s*座)"], [r"\b(6|4|3|1) cit", r"(共|有)\s*(6|4|3|1)\s*座", "只有"],
                  ideal, ("setop", *tags)))
# the lists taken together named in brackets (pr #7)
for q, ideal in [
        ("how many different cities are on both top-3 lists put together (edu + innovation)?",
         "5 cities: Boston, London, Hong Kong, San Francisco and Beijing."),
        ("number of distinct cities across the two podiums (education / sci-tech) combined",
         "5 cities: Boston, London, Hong Kong, San Francisco and Beijing.")]:
    C.append(case(q, [r"(\b5 cities|\(5 cities\)|\bfive\b)", "London", "San Francisco"], [r"\b(6|4|3|1) cit"], ideal))
