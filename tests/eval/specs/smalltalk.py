"""Issue 11, point 13: everyday talk gets a short friendly reply, never an unknown-city error."""

from casebook import Sheet

SHEET = Sheet(
    "smalltalk",
    "everyday talk (issue 11, point 13)",
    """
Greetings, thanks, praise, "who made you" (about the bot, not the report), out-of-scope questions,
nonsense and emoji: a short friendly reply that shows what can be asked. Never "I don't recognise 'love' as
a city", never a "did you mean", never weather or other facts the bot does not have.
""",
)
S = SHEET

EXAMPLES_EN = "(rank|top|compare|education|innovation|talent|e\\.g\\.)"
EXAMPLES_ZH = "(排名|前十|排第几|排第幾|比较|比較|例如|比如|试试|試試|可以问|可以問)"
NOT_A_CITY_EN = [
    "((did|do) you mean|you meant|perhaps you mean|maybe you mean|were you looking for)",
    "(don.t|do not|didn.t|couldn.t|can.t|cannot)\\s+recogni[sz]e",
    "(isn.t|is not|not)\\s+(in|among)\\s+the\\s+(published\\s+)?(results|top)",
]
NOT_A_CITY_ZH = [
    "(你是(不是)?(想|要)?(说|說|找|问|問|指)|您是(不是)?(想|要)?(说|說|找|问|問|指)|是不是指|是否指|你指的是)",
    "(不认识|不認識|无法识别|無法識別|找不到)",
    "(不在|没有|沒有)[^。\\n]{0,6}(前十|结果|結果|榜单|榜單)",
]
NO_WEATHER_EN = ["\\b\\d+\\s*(°|degrees|celsius|fahrenheit)", "\\b(sunny|rainy|cloudy|snowing|humid)\\b"]
NO_WEATHER_ZH = ["\\d+\\s*(°|度|摄氏|攝氏)", "(晴天|多云|多雲|下雨|小雨|大雨|阴天|陰天|下雪)"]
NOT_THE_REPORTS_BOT_EN = (
    "\\b(I was|I.m|I am|we were)\\s+(made|built|created|developed|written|programmed)\\s+by\\s+(the\\s+)?(Shenzhen|"
    "Tsinghua|Elsevier|CIDEG|Xinhua)"
)
NOT_THE_REPORTS_BOT_ZH = (
    "(我|本机器人|機器人|机器人)(是)?由\\s*(深圳国际|深圳國際|清华|清華|爱思唯尔|愛思唯爾|新华|新華)"
)
TAGS = "smalltalk"

# --- English ----------------------------------------------------------------------------------------
S.c(
    "i love this bot",
    "(thank|glad|happy|love|aw|kind|nice|great)",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal='Thank you! Ask me anything about the 2025 ranking, e.g. "top 10" or "where does Shanghai rank?".',
    tags=f"{TAGS} adversarial",
    ho=["love this bot lol", "you're awesome"],
)
S.c(
    "who made you",
    "(bot|citybot|I am|I.m|assistant)",
    no=[NOT_THE_REPORTS_BOT_EN, *NOT_A_CITY_EN],
    ideal="I'm citybot, "
    "a chat bot that answers questions about the 2025 global innovation cities ranking. (The report itself was "
    "compiled by the Shenzhen International Science and Technology Information Center, "
    "Tsinghua University's CIDEG and Elsevier.)",
    tags=f"{TAGS} adversarial",
    ho=["who built this bot?"],
)
S.c(
    "thanks!",
    "(welcome|glad|happy|no problem|anytime|any time|pleasure)",
    no=NOT_A_CITY_EN,
    ideal='You\'re welcome! Ask any time — e.g. "top 3 in education" or "who comes after London?".',
    tags=TAGS,
    ho=["thx", "thank you so much"],
)
S.c(
    "hi",
    "(hello|\\bhi\\b|hey|welcome)",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal="Hi! I answer questions about the 2025 global innovation cities ranking — "
    'try "top 10" or "where does Tokyo rank?".',
    tags=TAGS,
    ho=["hello there", "hey"],
)
S.c(
    "good morning",
    "(morning|hello|\\bhi\\b|hey)",
    no=NOT_A_CITY_EN,
    ideal='Good morning! Ask me e.g. "top 10" or "compare Beijing and Tokyo".',
    tags=TAGS,
)
S.c(
    "what can you do?",
    "(rank|top)",
    "(compare|education|talent|innovation)",
    no=NOT_A_CITY_EN,
    ideal="I answer questions about the 2025 global innovation cities ranking, "
    'e.g. "top 10", "where does Shanghai rank?", "compare Beijing and Tokyo" or "top 3 in education".',
    tags=TAGS,
    ho=["what do you do"],
)
S.c(
    "are you a human?",
    "(bot|not a human|not human|program|automated)",
    no=NOT_A_CITY_EN,
    ideal="No, I'm a bot — I answer questions about the 2025 innovation cities ranking.",
    tags=TAGS,
)
S.c("lol", EXAMPLES_EN, no=NOT_A_CITY_EN, ideal='😄 Ask me something about the ranking, e.g. "top 5".', tags=TAGS)
S.c(
    "asdfgh",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN[:1],
    ideal='I didn\'t catch that. Try e.g. "top 10", "where does Shanghai rank?" or "compare Beijing and Tokyo".',
    tags=f"{TAGS} adversarial",
)
S.c(
    "what's the weather in Beijing",
    "(weather|forecast|can.t|cannot|don.t|only)",
    "(rank|report|index)",
    no=NO_WEATHER_EN,
    ideal="I can't tell you the weather — I only know the 2025 innovation cities ranking (Beijing is 3rd there).",
    tags=f"{TAGS} adversarial",
    ho=["is it raining in london today"],
)
S.c(
    "tell me a joke",
    "(rank|top|ranking|joke)",
    no=NOT_A_CITY_EN,
    ideal='I\'m better at rankings than jokes — try "top 10" or "who comes after London?".',
    tags=TAGS,
)
S.c(
    "good bot",
    "(thank|glad|happy)",
    no=NOT_A_CITY_EN,
    ideal="Thanks! Happy to help with the ranking any time.",
    tags=TAGS,
)
S.c(
    "bye",
    "(bye|see you|later|take care|anytime|any time)",
    no=NOT_A_CITY_EN,
    ideal="Bye! Come back any time.",
    tags=TAGS,
)
S.c(
    "👍",
    "(glad|great|happy|😊|👍|rank|top|ask)",
    no=NOT_A_CITY_EN,
    ideal='👍 Ask me anything about the ranking, e.g. "top 3 in innovation".',
    tags=TAGS,
)
S.c(
    "are you chatgpt?",
    "(bot|citybot)",
    no=NOT_A_CITY_EN,
    ideal="I'm citybot, a bot for questions about the 2025 global innovation cities ranking.",
    tags=TAGS,
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "嗨，你是谁",
    "(我是|citybot|机器人|助手)",
    no=NOT_A_CITY_ZH,
    ideal="嗨！我是citybot，一个回答2025年全球创新城市排名问题的机器人。你可以问“前十名”或“上海排第几”。",
    tags=TAGS,
    ho=["你好，请问你是谁"],
)
S.c(
    "你好",
    "(你好|您好|嗨|欢迎|歡迎|哈喽|哈嘍|哈囉)",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="你好！我可以回答2025年全球创新城市排名的问题，比如“前十名”“上海排第几”“北京和东京比较”。",
    tags=TAGS,
    script="zh",
)
S.c(
    "谢谢",
    "(不客气|不用谢|很高兴|乐意|随时|客气)",
    no=NOT_A_CITY_ZH,
    ideal="不客气！还可以问我：“前十名”“伦敦排第几”。",
    tags=TAGS,
    ho=["多谢啦"],
)
S.c(
    "我爱这个机器人",
    "(谢谢|开心|高兴|喜欢)",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="谢谢！你可以问我2025年全球创新城市排名，比如“前十名”“上海排第几”或“北京和东京比较”。",
    tags=f"{TAGS} adversarial",
)
S.c(
    "你能做什么",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="我可以回答2025年全球创新城市排名的问题，比如“前十名”“上海排第几”“教育前三”。",
    tags=TAGS,
)
S.c(
    "谁开发了你",
    "(我是|机器人|citybot|程序)",
    no=[NOT_THE_REPORTS_BOT_ZH, *NOT_A_CITY_ZH],
    ideal="我是citybot，一个回答全球创新城市排名问题的聊天机器人。（报告本身由深圳国际科技信息中心、"
    "清华大学CIDEG和爱思唯尔编制。）",
    tags=f"{TAGS} adversarial",
)
S.c(
    "今天北京天气怎么样",
    "(天气|无法|不能|只能)",
    "(排名|报告|榜)",
    no=NO_WEATHER_ZH,
    ideal="我查不了天气，只能回答2025年全球创新城市排名的问题（北京总榜第3）。",
    tags=f"{TAGS} adversarial",
)
S.c(
    "哈哈哈",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="😄 想了解排名的话，可以问“前十名”或“北京排第几”。",
    tags=TAGS,
    script="zh",
)
S.c("晚安", "(晚安|再见|再見|好梦|好夢)", no=NOT_A_CITY_ZH, ideal="晚安！有排名问题随时来问。", tags=TAGS, script="zh")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "你好，你是誰",
    "(我是|citybot|機器人|助手)",
    no=NOT_A_CITY_ZH,
    ideal="你好！我是citybot，回答2025年全球創新城市排名問題的機器人，可以問「前十名」或「東京排第幾」。",
    tags=TAGS,
    ho=["嗨，請問你是誰"],
)
S.c(
    "謝謝你",
    "(不客氣|不用謝|很高興|樂意|隨時|客氣)",
    no=NOT_A_CITY_ZH,
    ideal="不客氣！也可以問「教育前三」或「倫敦排第幾」。",
    tags=TAGS,
)
S.c(
    "我很喜歡這個機器人",
    "(謝謝|開心|高興|喜歡)",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="謝謝！你可以問我全球創新城市排名，例如「前十名」或「北京和東京比較」。",
    tags=f"{TAGS} adversarial",
)
S.c(
    "誰做了你",
    "(我是|機器人|citybot|程式|程序)",
    no=[NOT_THE_REPORTS_BOT_ZH, *NOT_A_CITY_ZH],
    ideal="我是citybot，一個回答全球創新城市排名問題的聊天機器人。（報告本身由深圳國際科技信息中心、"
    "清華大學CIDEG和愛思唯爾編製。）",
    tags=f"{TAGS} adversarial",
)
S.c(
    "今天台北天氣如何",
    "(天氣|無法|不能|只能)",
    "(排名|報告|榜)",
    no=NO_WEATHER_ZH,
    ideal="我查不了天氣，只能回答2025年全球創新城市排名的問題。",
    tags=f"{TAGS} adversarial",
    script="hant",
)
S.c(
    "你能幫我做什麼",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="我可以回答全球創新城市排名的問題，例如「前十名」「上海排第幾」。",
    tags=TAGS,
)
S.c("掰掰", "(再見|再见|掰|拜拜|隨時|随时)", no=NOT_A_CITY_ZH, ideal="掰掰！有问题随时再来问。", tags=TAGS, script="zh")
S.c("早安", "(早安|你好|早)", no=NOT_A_CITY_ZH, ideal="早安！想看排名可以问“前十名”。", tags=TAGS, script="zh")

# --- held out only -------------------------------------------------------------------------------------
S.h(
    "who's your creator?",
    "(bot|citybot|I am|I.m)",
    no=[NOT_THE_REPORTS_BOT_EN, *NOT_A_CITY_EN],
    ideal="I'm citybot, a bot that answers questions about the 2025 ranking.",
    tags=f"{TAGS} adversarial",
)
S.h(
    "哈喽",
    "(你好|您好|嗨|欢迎|歡迎|哈喽|哈嘍|哈囉)",
    no=NOT_A_CITY_ZH,
    ideal="哈喽！可以问我“前十名”或“上海排第几”。",
    tags=TAGS,
    script="zh",
)
S.h("這個機器人好棒", "(謝謝|開心|高興)", no=NOT_A_CITY_ZH, ideal="謝謝！歡迎繼續問排名的問題。", tags=TAGS)
S.h(
    "你是机器人吗",
    "(机器人|程序|citybot|不是人)",
    no=NOT_A_CITY_ZH,
    ideal="是的，我是citybot，一个回答全球创新城市排名问题的机器人。",
    tags=TAGS,
)
S.h(
    "謝啦",
    "(不客氣|不用謝|很高興|樂意|隨時|客氣)",
    no=NOT_A_CITY_ZH,
    ideal="不客氣！隨時再問。",
    tags=TAGS,
    script="hant",
)
