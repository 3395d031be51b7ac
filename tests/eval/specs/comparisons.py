"""The basics: comparisons of two cities, overall and in each list, as far as the published results say."""

from casebook import Chk, Sheet

from specs._facts import EN, HANS, HANT, compare, rank

SHEET = Sheet(
    "comparisons",
    "comparisons of two cities (basics)",
    """
Which of two cities ranks higher: both ranked (both ranks stated, the right one higher); one ranked and one
outside the list (the ranked one is higher; the other's rank not published); neither ranked (can't say); in the
talent top 10 (members can't be ordered; a member beats a known non-member; a US city is unknown).
""",
)
S = SHEET

# --- English ----------------------------------------------------------------------------------------
S.c("compare Beijing and Tokyo", compare(EN, "Beijing", "Tokyo"), tags="compare", ho=["beijing or tokyo?"])
S.c("LA vs NYC", compare(EN, "Los Angeles", "New York"), tags="compare typo", ho=["nyc vs la who wins"])
S.c("which is higher, shanghai or hong kong", compare(EN, "Shanghai", "Hong Kong"), tags="compare")
S.c("boston vs san francisco", compare(EN, "Boston", "San Francisco"), tags="compare")
S.c("London or Seattle, who ranks better?", compare(EN, "London", "Seattle"), tags="compare")
S.c(
    "tokyo vs shenzhen",
    compare(EN, "Tokyo", "Shenzhen"),
    tags="compare unpublished",
    ho=["is tokyo or shenzhen ranked higher"],
)
S.c("shenzhen vs guangzhou", compare(EN, "Shenzhen", "Guangzhou"), tags="compare unpublished")
S.c("compare boston and london in education", compare(EN, "Boston", "London", "edu"), tags="compare")
S.c("hong kong vs beijing in education", compare(EN, "Hong Kong", "Beijing", "edu"), tags="compare unpublished")
S.c("shanghai vs tokyo for education", compare(EN, "Shanghai", "Tokyo", "edu"), tags="compare unpublished")
S.c("sf vs beijing in innovation", compare(EN, "San Francisco", "Beijing", "sci"), tags="compare typo")
S.c("boston or london in sci-tech", compare(EN, "Boston", "London", "sci"), tags="compare unpublished")
S.c(
    "beijing vs shanghai in talent",
    compare(EN, "Beijing", "Shanghai", "talent"),
    tags="compare unpublished",
    ho=["who's better for talent, beijing or shanghai"],
)
S.c("shenzhen vs london for talent", compare(EN, "Shenzhen", "London", "talent"), tags="compare")
S.c("boston vs beijing talent", compare(EN, "Boston", "Beijing", "talent"), tags="compare unpublished adversarial")
S.c("seattle vs new york talent wise", compare(EN, "Seattle", "New York", "talent"), tags="compare unpublished")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("北京和香港哪个排名高", compare(HANS, "Beijing", "Hong Kong"), tags="compare", ho=["北京跟香港比谁排前面"])
S.c("纽约和洛杉矶比较", compare(HANS, "New York", "Los Angeles"), tags="compare")
S.c("东京和深圳哪个高", compare(HANS, "Tokyo", "Shenzhen"), tags="compare unpublished")
S.c("深圳和广州谁排名更高", compare(HANS, "Shenzhen", "Guangzhou"), tags="compare unpublished")
S.c("教育方面伦敦和香港谁强", compare(HANS, "London", "Hong Kong", "edu"), tags="compare")
S.c("科创上北京和上海比呢", compare(HANS, "Beijing", "Shanghai", "sci"), tags="compare unpublished")
S.c("人才方面北京和上海谁更强", compare(HANS, "Beijing", "Shanghai", "talent"), tags="compare unpublished")
S.c("旧金山和波士顿对比一下", compare(HANS, "San Francisco", "Boston"), tags="compare")

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("北京跟上海比，哪個比較強", compare(HANT, "Beijing", "Shanghai"), tags="compare", ho=["北京和上海誰排名高"])
S.c("倫敦和紐約比較", compare(HANT, "London", "New York"), tags="compare")
S.c("西雅圖和廣州哪個高", compare(HANT, "Seattle", "Guangzhou"), tags="compare unpublished")
S.c("教育上波士頓和倫敦誰第一", compare(HANT, "Boston", "London", "edu"), tags="compare")
S.c("科創方面舊金山和北京比較", compare(HANT, "San Francisco", "Beijing", "sci"), tags="compare")
S.c("人才方面香港和深圳誰強", compare(HANT, "Hong Kong", "Shenzhen", "talent"), tags="compare unpublished")
S.c("人才上東京和上海比呢", compare(HANT, "Tokyo", "Shanghai", "talent"), tags="compare")
S.c("洛杉磯和香港比一下", compare(HANT, "Los Angeles", "Hong Kong"), tags="compare")

# --- three or more cities put in order: each rank, best first where the reply orders them -----------------
S.c("rank these: tokyo, beijing, london", rank(EN, "Tokyo") + rank(EN, "Beijing") + rank(EN, "London"),
    tags="compare")
S.c("sort tokyo beijing london by rank", Chk([], [], ["Beijing 3rd", "London 4th", "Tokyo 10th"],
    ideal="Overall: Beijing 3rd, London 4th, Tokyo 10th."), tags="compare")

# --- held out only -------------------------------------------------------------------------------------
S.h("seattle or shanghai higher?", compare(EN, "Seattle", "Shanghai"), tags="compare")
S.h("香港和东京哪个排前面", compare(HANS, "Hong Kong", "Tokyo"), tags="compare")
S.h("深圳跟廣州誰比較高", compare(HANT, "Shenzhen", "Guangzhou"), tags="compare unpublished")
S.h("上海和西雅图谁高", compare(HANS, "Shanghai", "Seattle"), tags="compare")
S.h("東京跟深圳誰排名高", compare(HANT, "Tokyo", "Shenzhen"), tags="compare unpublished")
