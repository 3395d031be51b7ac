"""Probe: one city's rank in one list, in shapes the dev set does not use (slang, texting, HK / TW usage)."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, rank

SHEET = Sheet(
    "pr_ranks",
    "the rank of one city in one list, other wording",
    """
"where does sf sit", "what slot did beijing get", "how does london stack up", "第幾名", "排名多少", "喺第幾",
mixed English and Chinese. Where the list gives no rank for the city (outside a top 3 or the top 10, anywhere in
the unordered talent top 10, a US city and the talent list) the reply says so and invents none.
""",
)
S = SHEET
R = "rank"
RU = "rank unpublished"

# --- English: overall -------------------------------------------------------------------------------------
S.c("where does sf sit", rank(EN, "San Francisco"), tags=f"{R} typo")
S.c("how does london stack up overall", rank(EN, "London"), tags=R)
S.c("what slot did beijing get?", rank(EN, "Beijing"), tags=R)
S.c("NY's standing?", rank(EN, "New York"), tags=f"{R} typo")
S.c("seattle — what number?", rank(EN, "Seattle"), tags=R)
S.c("did shanghai place, and where", rank(EN, "Shanghai"), tags=R)
S.c("hong kong overall placing pls", rank(EN, "Hong Kong"), tags=R)
S.c("Tokyo sits where exactly?", rank(EN, "Tokyo"), tags=R)
S.c("boston's spot on the list", rank(EN, "Boston"), tags=R)
S.c("where'd shenzhen end up overall", rank(EN, "Shenzhen"), tags=RU)
S.c("Guangzhou's overall placement?", rank(EN, "Guangzhou"), tags=RU)
S.c("los angeles, what rank did it get", rank(EN, "Los Angeles"), tags=R)

# --- English: education, sci-tech, talent -------------------------------------------------------------------
S.c("how does hk fare in education", rank(EN, "Hong Kong", "edu"), tags=f"{R} typo")
S.c("london's education placing?", rank(EN, "London", "edu"), tags=R)
S.c("where does beijing land for education", rank(EN, "Beijing", "edu"), tags=RU)
S.c("SF in the education rankings?", rank(EN, "San Francisco", "edu"), tags=f"{RU} typo")
S.c("boston's sci-tech standing", rank(EN, "Boston", "sci"), tags=R)
S.c("shanghai — innovation placing?", rank(EN, "Shanghai", "sci"), tags=RU)
S.c("beijing's innovation placing — any good?", rank(EN, "Beijing", "sci"), tags=R)
S.c("new york's innovation spot", rank(EN, "New York", "sci"), tags=RU)
S.c("is shenzhen ranked for talent, and where?", rank(EN, "Shenzhen", "talent"), tags=f"{RU} adversarial")
S.c("boston talent placing", rank(EN, "Boston", "talent"), tags=RU)
S.c("london's talent standing", rank(EN, "London", "talent"), tags=R)
S.c("where does hk land on talent", rank(EN, "Hong Kong", "talent"), tags=f"{RU} typo")
S.c("seattle on talent?", rank(EN, "Seattle", "talent"), tags=RU)
S.c("tokyo talent spot", rank(EN, "Tokyo", "talent"), tags=R)

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("旧金山总榜上排老几", rank(HANS, "San Francisco"), tags=R)
S.c("伦敦能排到第几名", rank(HANS, "London"), tags=R)
S.c("纽约位列第几呀", rank(HANS, "New York"), tags=R)
S.c("洛杉矶在榜上什么位置", rank(HANS, "Los Angeles"), tags=R)
S.c("东京排在哪一位", rank(HANS, "Tokyo"), tags=R)
S.c("深圳总榜排多少名？", rank(HANS, "Shenzhen"), tags=RU)
S.c("广州综合排名多少？", rank(HANS, "Guangzhou"), tags=RU)
S.c("上海教育排名多少", rank(HANS, "Shanghai", "edu"), tags=RU)
S.c("波士顿教育是第几名", rank(HANS, "Boston", "edu"), tags=R)
S.c("北京在科创榜能排到哪", rank(HANS, "Beijing", "sci"), tags=R)
S.c("西雅图在科技创新上排多少", rank(HANS, "Seattle", "sci"), tags=RU)
S.c("香港人才排名是多少", rank(HANS, "Hong Kong", "talent"), tags=f"{RU} adversarial")
S.c("旧金山人才发展第几", rank(HANS, "San Francisco", "talent"), tags=RU)
S.c("东京有没有人才榜的名次", rank(HANS, "Tokyo", "talent"), tags=R)
S.c("Boston教育第几", rank(HANS, "Boston", "edu"), tags=f"{R} typo")
S.c("London总榜第几名", rank(HANS, "London"), tags=f"{R} typo")

S.c("香港在总榜上排在哪个位置", rank(HANS, "Hong Kong"), tags=R)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("北京總排名第幾名", rank(HANT, "Beijing"), tags=R)
S.c("上海喺第幾名", rank(HANT, "Shanghai"), tags=R, script="hant")
S.c("洛杉磯排名多少", rank(HANT, "Los Angeles"), tags=R)
S.c("紐約排第幾啊", rank(HANT, "New York"), tags=R)
S.c("廣州排得怎樣", rank(HANT, "Guangzhou"), tags=RU)
S.c("倫敦喺教育榜排第幾", rank(HANT, "London", "edu"), tags=R)
S.c("東京教育排名如何", rank(HANT, "Tokyo", "edu"), tags=RU)
S.c("三藩市科創第幾", rank(HANT, "San Francisco", "sci"), tags=R)
S.c("波士頓人才方面拿第幾", rank(HANT, "Boston", "talent"), tags=RU)
S.c("深圳喺人才發展排第幾", rank(HANT, "Shenzhen", "talent"), tags=RU)
S.c("HK科創第幾", rank(HANT, "Hong Kong", "sci"), tags=f"{RU} typo")
S.c("Seattle總排名幾多", rank(HANT, "Seattle"), tags=f"{R} typo")
