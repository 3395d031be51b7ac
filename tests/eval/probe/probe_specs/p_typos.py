"""Probe: typos and abbreviations of cities and lists, texting style, mixed English and Chinese."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, compare, rank, talent_list, top
from specs.typos import calm_en

from probe_specs._common import member_p

SHEET = Sheet(
    "pr_typos",
    "typos and abbreviations, other ones",
    """
Misspellings the dev set does not use (beijng, tokyoo, loondon, sanfrancisco, seattel, los angelos, new yourk,
guangzhoo, shen zhen, bostin, tallent, educashun, innvoation), Chinese homophone slips (波士敦, 纽哟, 西牙图, 舊金杉,
洛衫磯, 洛山矶, 背景 for 北京), nicknames (沪, 鹏城) and mixed scripts. The reply answers about the intended
city; it never treats the typo as unknown.
""",
)
S = SHEET
T = "typo"

# --- English ----------------------------------------------------------------------------------------
S.c(
    "beijng vs shanghi",
    compare(EN, "Beijing", "Shanghai"),
    no=calm_en("beijng") + calm_en("shanghi"),
    tags=f"{T} compare",
)
S.c("tokyoo rank", rank(EN, "Tokyo"), no=calm_en("tokyoo"), tags=f"{T} rank")
S.c("loondon educatoin", rank(EN, "London", "edu"), no=calm_en("loondon"), tags=f"{T} rank")
S.c("sanfrancisco inovation rank", rank(EN, "San Francisco", "sci"), no=calm_en("sanfrancisco"), tags=f"{T} rank")
S.c("hongkong overall?", rank(EN, "Hong Kong"), no=calm_en("hongkong"), tags=f"{T} rank")
S.c("seattel vs los angelos", compare(EN, "Seattle", "Los Angeles"), tags=f"{T} compare")
S.c("guangzhoo in the talent top 10?", member_p(EN, "Guangzhou", "talent"), no=calm_en("guangzhoo"), tags=f"{T} yesno")
S.c("shen zhen overall", rank(EN, "Shenzhen"), no=calm_en("shen zhen"), tags=f"{T} rank unpublished")
S.c("bostin edu", rank(EN, "Boston", "edu"), no=calm_en("bostin"), tags=f"{T} rank")
S.c("new yourk rank", rank(EN, "New York"), no=calm_en("new yourk"), tags=f"{T} rank")
S.c("whos in the tallent top ten", talent_list(EN), tags=f"{T} top unpublished")
S.c("educashun podium", top(EN, "edu", 3), tags=f"{T} top")
S.c("top 3 sci tech innvoation", top(EN, "sci", 3), tags=f"{T} top")
S.c("shanghia vs hongkong", compare(EN, "Shanghai", "Hong Kong"), tags=f"{T} compare")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("波士敦排第几", rank(HANS, "Boston"), tags=f"{T} rank", script="hans")
S.c("纽哟排名多少", rank(HANS, "New York"), tags=f"{T} rank", script="hans")
S.c("西牙图排第几名", rank(HANS, "Seattle"), tags=f"{T} rank", script="hans")
S.c("沪在总榜第几", rank(HANS, "Shanghai"), tags=f"{T} rank", script="hans")
S.c("背景科创排名", rank(HANS, "Beijing", "sci"), tags=f"{T} rank", script="hans")
S.c("tokyo和上海哪个高", compare(HANS, "Tokyo", "Shanghai"), tags=f"{T} compare", script="hans")
S.c("LA和纽约谁排前面", compare(HANS, "Los Angeles", "New York"), tags=f"{T} compare")
S.c("鹏城人才前十有吗", member_p(HANS, "Shenzhen", "talent"), tags=f"{T} yesno", script="hans")

S.c("洛山矶排第几", rank(HANS, "Los Angeles"), tags=f"{T} rank", script="hans")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("舊金杉排第幾", rank(HANT, "San Francisco"), tags=f"{T} rank")
S.c("洛衫磯總排名", rank(HANT, "Los Angeles"), tags=f"{T} rank")
S.c("NYC排名幾多", rank(HANT, "New York"), tags=f"{T} rank", script="hant")
S.c("hongkong教育第幾", rank(HANT, "Hong Kong", "edu"), tags=f"{T} rank")
S.c("深圳同GZ邊個人才強啲", compare(HANT, "Shenzhen", "Guangzhou", "talent"), tags=f"{T} compare unpublished")
