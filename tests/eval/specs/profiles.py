"""The basics: everything the report says about one city."""

from casebook import Sheet

from specs._facts import EN, HANS, HANT, NAMED, profile

SHEET = Sheet(
    "profiles",
    "a city's profile (basics)",
    """
"Tell me about X": its overall rank (or that it is outside the published top 10), its education and sci-tech
ranks where published, talent top 10 membership (known for the Chinese five and London / Tokyo, unknown for
the US five), and the two groups. Nothing the report did not say.
""",
)
S = SHEET
EN_SHAPES = [
    "tell me about {c}",
    "{c} profile",
    "what do you know about {c}",
    "everything on {c}",
    "{c} summary pls",
    "give me the full picture for {c}",
    "how does {c} do across the lists",
    "{c} at a glance",
    "info on {c}",
    "{c}: all rankings",
    "what does the report say about {c}",
    "{c}?",
]
HANS_SHAPES = [
    "介绍一下{c}",
    "{c}的情况",
    "{c}各项排名",
    "说说{c}",
    "{c}在报告里表现怎么样",
    "{c}的全部排名",
    "关于{c}报告说了什么",
    "{c}综合情况",
]
HANT_SHAPES = [
    "介紹一下{c}",
    "{c}的情況",
    "{c}各項排名",
    "說說{c}",
    "{c}在報告裡表現如何",
    "給我{c}的全部排名",
    "關於{c}報告說了什麼",
    "{c}綜合情況",
]
HO_SHAPES = {"en": "what's the deal with {c} in this report", "hans": "给我讲讲{c}", "hant": "跟我講講{c}"}

for i, city in enumerate(NAMED):
    c = city if i % 2 else city.lower()
    S.c(
        EN_SHAPES[i].format(c=c),
        profile(EN, city),
        tags="profile" + (" unpublished" if city in ("Shenzhen", "Guangzhou") else ""),
        script="en",
    )
for i, city in enumerate(["Beijing", "Shanghai", "Hong Kong", "Shenzhen", "Guangzhou", "London", "Boston", "Tokyo"]):
    S.c(HANS_SHAPES[i].format(c=HANS.name(city)), profile(HANS, city), tags="profile", script="hans")
for i, city in enumerate(
    ["Hong Kong", "San Francisco", "New York", "Guangzhou", "Seattle", "Beijing", "Shanghai", "Los Angeles"]
):
    S.c(HANT_SHAPES[i].format(c=HANT.name(city)), profile(HANT, city), tags="profile", script="hant")
for i, city in enumerate(NAMED):
    code, L = [("en", EN), ("hans", HANS), ("hant", HANT)][i % 3]
    S.h(
        HO_SHAPES[code].format(c=L.name(city) if code != "en" else city.lower()),
        profile(L, city),
        tags="profile",
        script=code,
    )
