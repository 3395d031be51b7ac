"""Probe: everyday talk, out-of-scope requests and noise, in other words."""

from casebook import Sheet
from specs.smalltalk import EXAMPLES_EN, EXAMPLES_ZH, NOT_A_CITY_EN, NOT_A_CITY_ZH

SHEET = Sheet(
    "pr_smalltalk",
    "everyday talk, other wording",
    """
Greetings and thanks in slang, moods, out-of-scope requests (prices, bookings, songs), emoji and noise: a short
friendly reply that shows what can be asked. Never "I don't recognise ... as a city", never a "did you mean",
never a made-up price or booking.
""",
)
S = SHEET
T = "smalltalk"
GREET_EN = "(hello|\\bhi\\b|hey|welcome|\\byo\\b|morning|howdy)"
NO_PRICE_EN = ["\\$\\s?\\d", "\\b\\d[\\d,.]*\\s*(usd|dollars|k\\b)", "\\b(booked|reserved|your ticket)\\b"]

# --- English ----------------------------------------------------------------------------------------
S.c(
    "yo",
    GREET_EN,
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal='Hey! Ask me about the 2025 innovation cities ranking — e.g. "top 10" or "where does Tokyo rank?".',
    tags=T,
)
S.c(
    "cheers mate",
    "(welcome|cheers|glad|happy|no problem|anytime|any time|pleasure)",
    no=NOT_A_CITY_EN,
    ideal='Cheers! Ask any time — e.g. "who comes after London?".',
    tags=T,
)
S.c(
    "you're a lifesaver, ty",
    "(welcome|glad|happy|no problem|anytime|any time|pleasure)",
    no=NOT_A_CITY_EN,
    ideal="Glad I could help! Ask any time.",
    tags=T,
)
S.c(
    "how are you today?",
    "(good|well|fine|great|doing)",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal='Doing well, thanks! Want to know something about the ranking? Try "top 3 in education".',
    tags=T,
)
S.c(
    "sing me a song",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal='I can\'t sing, but I can rank: try "top 10" or "compare Beijing and Tokyo".',
    tags=f"{T} adversarial",
)
S.c(
    "what's bitcoin at right now",
    "(can.t|cannot|don.t|only|not able|unable)",
    "(rank|report|index)",
    no=NO_PRICE_EN + NOT_A_CITY_EN,
    ideal='I can\'t help with prices — I only know the 2025 innovation cities ranking. Try "top 10".',
    tags=f"{T} adversarial",
)
S.c(
    "🙏🙏",
    "(glad|great|happy|😊|🙏|rank|top|ask|welcome)",
    no=NOT_A_CITY_EN,
    ideal='🙏 Happy to help — ask me e.g. "top 5" or "where does Seoul rank?".',
    tags=T,
)
S.c(
    "gm ☀️",
    "(morning|hello|\\bhi\\b|hey|gm)",
    no=NOT_A_CITY_EN,
    ideal='Good morning! ☀️ Ask me e.g. "top 10" or "who is 3rd?".',
    tags=T,
)
S.c(
    "can you book me a flight to tokyo",
    "(can.t|cannot|don.t|only|not able|unable)",
    "(rank|report|index)",
    no=NO_PRICE_EN + NOT_A_CITY_EN[:2],
    ideal="I can't book flights — I only answer questions about the 2025 innovation cities ranking (Tokyo is 10th "
    "there).",
    tags=f"{T} adversarial",
)
S.c(
    "nvm",
    EXAMPLES_EN,
    no=NOT_A_CITY_EN,
    ideal='No worries! If you want, ask me e.g. "top 10" or "where does Boston rank?".',
    tags=T,
)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c(
    "在吗",
    "(在|你好|您好|嗨)",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="在的！你可以问我，比如“前十名”或“上海排第几”。",
    tags=T,
)
S.c(
    "辛苦了，谢谢你",
    "(不客气|不用谢|很高兴|乐意|随时|客气|不辛苦)",
    no=NOT_A_CITY_ZH,
    ideal="不客气！有排名问题随时问我。",
    tags=T,
)
S.c(
    "今天心情不太好，哎，陪我说说话吧",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="抱抱～要不要换换脑子？可以问我“前十名”或“北京排第几”。",
    tags=T,
)
S.c(
    "帮我订一张去上海的机票",
    "(不能|无法|只能|没办法|做不到)",
    "(排名|报告|榜)",
    no=NOT_A_CITY_ZH[:2],
    ideal="我没办法订机票，只能回答2025年全球创新城市排名的问题（上海总榜第8名）。",
    tags=f"{T} adversarial",
)
S.c(
    "给我讲个笑话吧",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="笑话我不太会😅，不过排名我很熟，比如可以问“前十名”或“伦敦排第几”。",
    tags=T,
)
S.c("啥意思？？？", EXAMPLES_ZH, no=NOT_A_CITY_ZH, ideal="有什么想问的吗？比如“前十名”“上海排第几”。", tags=T)

S.c("你真聪明", "(谢谢|开心|高兴|过奖|哈哈)", no=NOT_A_CITY_ZH, ideal="谢谢夸奖！还想知道什么排名尽管问。", tags=T)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c(
    "哈囉～",
    "(你好|您好|嗨|哈囉|歡迎)",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="哈囉！可以問我「前十名」或「香港排第幾」。",
    tags=T,
)
S.c("多謝晒", "(不客氣|不用謝|很高興|樂意|隨時|客氣|唔使)", no=NOT_A_CITY_ZH, ideal="不客氣！隨時再問。", tags=T)
S.c(
    "你識唔識講廣東話",
    "(我|可以|排名)",
    EXAMPLES_ZH,
    no=NOT_A_CITY_ZH,
    ideal="我主要用中文書面語回答，可以問我「前十名」或「香港排第幾」。",
    tags=T,
)
S.c(
    "你好叻呀，多謝",
    "(謝謝|多謝|開心|高興|過獎|不客氣)",
    no=NOT_A_CITY_ZH,
    ideal="多謝讚賞！有排名問題隨時問我。",
    tags=T,
)
S.c(
    "台北明天會不會下雨",
    "(天氣|無法|不能|只能)",
    "(排名|報告|榜)",
    no=["\\d+\\s*(°|度|攝氏)", "(晴天|多雲|下雨機率|小雨|大雨|陰天)", *NOT_A_CITY_ZH[:2]],
    ideal="我查不了天氣，只能回答2025年全球創新城市排名的問題。",
    tags=f"{T} adversarial",
)
