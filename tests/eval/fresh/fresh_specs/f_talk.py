"""Fresh: commands (also /cmd@citybot and after other turns) and everyday talk."""

from casebook import Chk, Sheet
from specs._facts import compare, makers, rank, t, top

from fresh_specs._fx import adder

SHEET = Sheet(
    "fr_talk",
    "commands and everyday talk",
    """
/rank, /top, /compare, /help, /about, /start -- in private chats, in groups (/rank@citybot tokyo) and after
earlier turns of a conversation, where a command is still a command; everyday talk (thanks, i love this bot, who
made you, 嗨你是谁, 多謝晒) gets a short friendly reply and no word of it is taken for a city.
""",
)
S = SHEET
add = adder(S)
ERR_EN = "(went wrong|try again|\\berror\\b)"
ERR_ZH = "(出错|出錯|重试|重試)"

EN = {
    "greet": "(\\bhi\\b|hello|hey|welcome|good (morning|evening|afternoon|day)|\\bask\\b|rank|top|report|help)",
    "thanks": "(welcome|glad|happy|pleasure|anytime|no problem|no worries|\\bnp\\b|you bet|sure thing|cheers|\\bask\\b|👍|😊|🙂)",
    "love": "(thank|glad|happy|appreciate|kind|nice|😊|❤|🙂|\\bask\\b)",
    "who": "(\\bbot\\b|citybot|assistant|\\bI(?:'m| am)\\b|developer|project|built|created)",
    "can": "(rank|top|compare|report|cit(y|ies)|education|innovation|talent)",
    "bye": "(bye|see you|later|take care|anytime|good ?night|cheers|👋|welcome|come back|\\bask\\b)",
    "scope": "(rank|top|compare|report|cit(y|ies)|can.t|cannot|only|\\bask\\b)",
    "ok": "(😊|🙂|👍|\\bask\\b|anything else|rank|top|report|help|glad|great|cool|:\\))",
}
ZH = {
    "greet": "(你好|您好|嗨|哈喽|哈囉|欢迎|歡迎|早|问我|問我|排名|报告|報告|可以)",
    "thanks": "(不客气|不客氣|不用谢|不用謝|客气|客氣|乐意|樂意|高兴|高興|开心|開心|随时|隨時|唔使|唔駛|唔洗|冇問題|没问题|沒問題|问我|問我|😊|🙂|👍)",
    "love": "(谢谢|謝謝|多谢|多謝|高兴|高興|开心|開心|😊|❤|🙂|问我|問我)",
    "who": "(机器人|機器人|助手|助理|bot|citybot|我是|我係)",
    "can": "(排名|排第|前三|前十|比较|比較|报告|報告|城市)",
    "bye": "(再见|再見|拜拜|下次|晚安|随时|隨時|欢迎|歡迎|👋|问我|問我)",
    "scope": "(排名|报告|報告|城市|只能|只可以|无法|無法|不能|问我|問我)",
    "ok": "(😊|🙂|👍|问我|問我|排名|报告|報告|还有|還有|好的|高兴|高興)",
}
IDEAL = {
    "greet": ("Hi! Ask me about the 2025 innovation-cities ranking, e.g. \"where does Tokyo rank?\"",
              "你好！可以问我2025年全球创新城市排名的问题，比如“东京排第几？”",
              "你好！可以問我2025年全球創新城市排名的問題，例如「東京排第幾？」"),
    "thanks": ("You're welcome! Ask me anything else about the ranking.",
               "不客气！关于排名还有问题随时问我。",
               "不客氣！關於排名還有問題隨時問我。"),
    "love": ("Thanks, glad it helps! Ask me anything about the 2025 ranking.",
             "谢谢，很高兴能帮上忙！排名的问题随时问我。",
             "謝謝，很高興能幫上忙！排名的問題隨時問我。"),
    "who": ("I'm citybot, a bot built by this project's developers to answer questions about the 2025 innovation-cities ranking.",
            "我是citybot，一个由本项目开发者做的机器人，专门回答2025年全球创新城市排名的问题。",
            "我是citybot，一個由本項目開發者做的機器人，專門回答2025年全球創新城市排名的問題。"),
    "can": ("I answer questions about the 2025 ranking: a city's rank, the top 10, education or innovation top 3, comparisons.",
            "我可以回答2025年排名的问题：城市排第几、前十名、教育或科创前三、两个城市比较。",
            "我可以回答2025年排名的問題：城市排第幾、前十名、教育或科創前三、兩個城市比較。"),
    "bye": ("Bye! Come back anytime with questions about the ranking.",
            "再见！有排名的问题随时再来问我。",
            "再見！有排名的問題隨時再來問我。"),
    "scope": ("I can only answer questions about the 2025 innovation-cities ranking — try \"top 3 in education\".",
              "我只能回答2025年全球创新城市排名的问题，比如“教育前三是谁”。",
              "我只能回答2025年全球創新城市排名的問題，例如「教育前三是誰」。"),
    "ok": ("👍 Ask me anything else about the ranking.",
           "好的👍 还有排名的问题随时问我。",
           "好的👍 還有排名的問題隨時問我。"),
}
WHO_NO_EN = ["^\\W*(the |this )?report (was|is) (compiled|made|produced|published|put together)", "^\\W*it was compiled"]
WHO_NO_ZH = ["^\\W*(该|該|这份|這份)?(报告|報告)(由|是由)"]


def talk(L, kind):
    if L.code == "en":
        return Chk([EN[kind]], [ERR_EN, *(WHO_NO_EN if kind == "who" else [])], ideal=IDEAL[kind][0])
    return Chk([ZH[kind]], [ERR_ZH, *(WHO_NO_ZH if kind == "who" else [])], ideal=t(L, *IDEAL[kind]))


def help_cmd(L):
    return Chk(["/(rank|top|compare|about)"], [ERR_EN if L.code == "en" else ERR_ZH], ideal=t(
        L,
        "Commands: /rank <city>, /top <n>, /compare <city> <city>, /about. Or just ask, e.g. \"who is 3rd?\"",
        "命令：/rank 城市、/top 数字、/compare 城市 城市、/about。也可以直接问，比如“谁排第三？”",
        "指令：/rank 城市、/top 數字、/compare 城市 城市、/about。也可以直接問，例如「誰排第三？」",
    ))


# --- everyday talk -------------------------------------------------------------------------------------------
TALK_EN = [
    ("hey there", "greet"), ("good morning citybot", "greet"), ("yo", "greet"), ("hello??", "greet"),
    ("@citybot hi", "greet"),
    ("thanks!!", "thanks"), ("thx mate", "thanks"), ("ty that helped", "thanks"), ("thank u so much", "thanks"),
    ("@citybot cheers for that", "thanks"), ("awesome, thanks a lot", "thanks"),
    ("honestly i love this little bot", "love"), ("this bot is great honestly", "love"), ("you're pretty smart", "love"),
    ("nice one bot", "love"),
    ("who made u tho", "who"), ("who built this bot anyway", "who"), ("are you a bot or a person", "who"),
    ("r u chatgpt or something", "who"), ("what's your name", "who"), ("@citybot who created you", "who"),
    ("so what can you actually do", "can"), ("how do i use this", "can"), ("what kind of questions can i ask", "can"),
    ("bye", "bye"), ("good night!", "bye"), ("gotta go, see ya", "bye"),
    ("hows the weather in beijing today", "scope"), ("tell me something funny", "scope"), ("can you book me a flight to london", "scope"),
    ("ok", "ok"), ("lol", "ok"), ("cool cool", "ok"), ("👍", "ok"), ("how are you doing", "greet"),
]
for q, k in TALK_EN:
    add(q, lambda L, k=k: talk(L, k), tags="smalltalk")
TALK_HANS = [
    ("嗨，你是谁", "who"), ("谢谢啦", "thanks"), ("多谢多谢", "thanks"), ("你是机器人吗", "who"), ("谁开发的你", "who"),
    ("你能干嘛", "can"), ("你叫什么名字", "who"), ("拜拜", "bye"), ("太棒了，谢谢你", "thanks"), ("我很喜欢这个机器人", "love"),
    ("北京今天天气怎么样", "scope"), ("给我讲个笑话", "scope"), ("怎么用这个机器人", "can"), ("晚安啦", "bye"),
    ("@citybot 你好呀", "greet"),
]
for q, k in TALK_HANS:
    add(q, lambda L, k=k: talk(L, k), tags="smalltalk", script="hans")
TALK_ZH = [("你好", "greet"), ("早安", "greet"), ("哈哈哈", "ok"), ("好的", "ok")]
for q, k in TALK_ZH:
    add(q, lambda L, k=k: talk(L, k), tags="smalltalk")
TALK_HANT = [
    ("多謝晒", "thanks"), ("唔該晒你", "thanks"), ("你係邊個", "who"), ("邊個整你出嚟㗎", "who"), ("你識做咩", "can"),
    ("早晨", "greet"), ("你好叻呀", "love"), ("我好鍾意呢個bot", "love"), ("謝謝你的回答", "thanks"), ("掰掰", "bye"),
    ("今日香港會唔會落雨", "scope"), ("你是誰做的", "who"),
]
for q, k in TALK_HANT:
    add(q, lambda L, k=k: talk(L, k), tags="smalltalk", script="hant")

# /start is a greeting
for q in ["/start"]:
    add(q, lambda L: talk(L, "greet"), tags="smalltalk command")

# --- commands ---------------------------------------------------------------------------------------------
CMD_RANK = [
    ("/rank boston", "Boston"), ("/rank hk", "Hong Kong"), ("/rank san francisco", "San Francisco"), ("/rank SF", "San Francisco"),
    ("/rank@citybot hong kong", "Hong Kong"), ("/rank@citybot nyc", "New York"), ("/rank guangzhou", "Guangzhou"),
    ("/rank Los Angeles", "Los Angeles"), ("/rank@citybot guangzhou", "Guangzhou"),
]
for q, c in CMD_RANK:
    add(q, lambda L, c=c: rank(L, c), tags="command")
for q, c in [("/rank 上海", "Shanghai"), ("/rank 深圳", "Shenzhen"), ("/rank@citybot 香港", "Hong Kong")]:
    add(q, lambda L, c=c: rank(L, c), tags="command")
for q, c in [("/rank 东京", "Tokyo"), ("/rank 伦敦", "London"), ("/rank 广州", "Guangzhou"), ("/rank@citybot 纽约", "New York")]:
    add(q, lambda L, c=c: rank(L, c), tags="command", script="hans")
for q, c in [("/rank 倫敦", "London"), ("/rank 舊金山", "San Francisco"), ("/rank 洛杉磯", "Los Angeles"), ("/rank@citybot 東京", "Tokyo")]:
    add(q, lambda L, c=c: rank(L, c), tags="command", script="hant")
for q, lst, n in [("/top 5", "overall", 5), ("/top 3", "overall", 3), ("/top@citybot 10", "overall", 10), ("/top 7", "overall", 7)]:
    add(q, lambda L, ls=lst, k=n: top(L, ls, k), tags="command")
for q, a, b in [("/compare tokyo  hong kong", "Tokyo", "Hong Kong"), ("/compare boston sf", "Boston", "San Francisco"),
                ("/compare@citybot london nyc", "London", "New York"), ("/compare seattle shanghai", "Seattle", "Shanghai"),
                ("/compare LA hk", "Los Angeles", "Hong Kong")]:
    add(q, lambda L, x=a, y=b: compare(L, x, y), tags="command")
for q, a, b, sc in [("/compare 东京 上海", "Tokyo", "Shanghai", "hans"), ("/compare 伦敦 上海", "London", "Shanghai", "hans"),
                    ("/compare@citybot 纽约 香港", "New York", "Hong Kong", "hans"),
                    ("/compare 東京 北京", "Tokyo", "Beijing", "hant"), ("/compare 紐約 倫敦", "New York", "London", "hant"),
                    ("/compare@citybot 波士頓 香港", "Boston", "Hong Kong", "hant")]:
    add(q, lambda L, x=a, y=b: compare(L, x, y), tags="command", script=sc)
for q in ["/help"]:
    add(q, lambda L: help_cmd(L), tags="command")
for q in ["/about"]:
    add(q, lambda L: makers(L), tags="command")

# --- commands after other turns: a command is still a command -------------------------------------------------
CHATS = [
    ("fr-tk-cmp1", "en", [("where does seattle rank", lambda L: rank(L, "Seattle"), "rank command"),
                          ("/compare beijing seattle", lambda L: compare(L, "Beijing", "Seattle"), "command")]),
    ("fr-tk-cmp2", "en", [("who are the edu top three btw", lambda L: top(L, "edu", 3), "top command"),
                          ("/compare london seattle", lambda L: compare(L, "London", "Seattle"), "command"),
                          ("/rank new york", lambda L: rank(L, "New York"), "command")]),
    ("fr-tk-cmp3", "en", [("hi", lambda L: talk(L, "greet"), "smalltalk"),
                          ("/top 3", lambda L: top(L, "overall", 3), "command"),
                          ("/compare la boston", lambda L: compare(L, "Los Angeles", "Boston"), "command")]),
    ("fr-tk-cmp4", "en", [("how's hong kong doing in education", lambda L: rank(L, "Hong Kong", "edu"), "rank command"),
                          ("/rank shanghai", lambda L: rank(L, "Shanghai"), "command")]),
    ("fr-tk-cmp5", "en", [("/rank beijing", lambda L: rank(L, "Beijing"), "command"),
                          ("/compare@citybot shanghai la", lambda L: compare(L, "Shanghai", "Los Angeles"), "command"),
                          ("thanks", lambda L: talk(L, "thanks"), "smalltalk")]),
    ("fr-tk-cmp6", "hans", [("上海排第几", lambda L: rank(L, "Shanghai"), "rank command"),
                            ("/compare 北京 伦敦", lambda L: compare(L, "Beijing", "London"), "command"),
                            ("谢谢", lambda L: talk(L, "thanks"), "smalltalk")]),
    ("fr-tk-cmp7", "hans", [("你好", lambda L: talk(L, "greet"), "smalltalk"),
                            ("/rank 西雅图", lambda L: rank(L, "Seattle"), "command")]),
    ("fr-tk-cmp8", "hant", [("香港教育排第幾", lambda L: rank(L, "Hong Kong", "edu"), "rank command"),
                            ("/compare 北京 倫敦", lambda L: compare(L, "Beijing", "London"), "command"),
                            ("多謝", lambda L: talk(L, "thanks"), "smalltalk")]),
    ("fr-tk-cmp9", "hant", [("你好呀", lambda L: talk(L, "greet"), "smalltalk"),
                            ("/rank 紐約", lambda L: rank(L, "New York"), "command")]),
]
for chat, sc, turns in CHATS:
    for q, make, tg in turns:
        add(q, make, tags=tg, chat=chat, script=None if sc == "en" else sc)
