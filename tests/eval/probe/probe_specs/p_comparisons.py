"""Probe: two cities compared ("stack up against", "which one leads", "who wins", 領先, 贏, 邊個高啲)."""

from casebook import Sheet
from specs._facts import EN, HANS, HANT, compare

SHEET = Sheet(
    "pr_comparisons",
    "comparisons of two cities, other wording",
    """
Which of two cities ranks higher, as far as the published results say: both ranked (both ranks, the right one
higher), one outside the list (its rank not published), neither ranked (can't say), the talent top 10 (members
have no order; a member beats a known non-member; a US city is unknown).
""",
)
S = SHEET
C = "compare"


def talent_member_beats(L, member: str, outsider: str):
    """compare() in the talent list, also accepting the outsider's absence said after the list's name
    ('人才發展：廣州位列前10、倫敦不在前10名')."""
    ck = compare(L, member, outsider, "talent")
    strict = L.outside(outsider, "talent")
    o = L.city(outsider)
    lenient = (
        f"人才[^。\\n]{{0,30}}{o}[^。\\n，,、]{{0,4}}(不在|沒有進|沒進|未進|未入|並未|没有进|没进|未进|并未)"
        f"|{o}[^。\\n]{{0,4}}(不在|沒有進|沒進|未進|未入|並未|没有进|没进|未进|并未)[^。\\n]{{0,6}}人才"
    )
    ck.must = [f"({strict}|{lenient})" if m == strict else m for m in ck.must]
    return ck


CU = "compare unpublished"

# --- English ----------------------------------------------------------------------------------------
S.c("how does shanghai stack up against tokyo", compare(EN, "Shanghai", "Tokyo"), tags=C)
S.c("NY or SF — which one leads?", compare(EN, "New York", "San Francisco"), tags=f"{C} typo")
S.c("does boston or beijing come out on top", compare(EN, "Boston", "Beijing"), tags=C)
S.c("london vs beijing: who wins?", compare(EN, "London", "Beijing"), tags=C)
S.c("hk or seattle, who's higher up", compare(EN, "Hong Kong", "Seattle"), tags=f"{C} typo")
S.c("which is ranked better: LA or london", compare(EN, "Los Angeles", "London"), tags=f"{C} typo")
S.c("shenzhen or tokyo, which is higher?", compare(EN, "Shenzhen", "Tokyo"), tags=CU)
S.c("guangzhou against seattle?", compare(EN, "Guangzhou", "Seattle"), tags=CU)
S.c("education: london vs hong kong", compare(EN, "London", "Hong Kong", "edu"), tags=C)
S.c("boston vs SF for sci-tech, who edges it", compare(EN, "Boston", "San Francisco", "sci"), tags=f"{C} typo")
S.c("beijing vs london in innovation", compare(EN, "Beijing", "London", "sci"), tags=CU)
S.c("new york vs tokyo in education", compare(EN, "New York", "Tokyo", "edu"), tags=CU)
S.c("hk vs shenzhen on talent", compare(EN, "Hong Kong", "Shenzhen", "talent"), tags=f"{CU} typo")
S.c("tokyo vs guangzhou, talent-wise", compare(EN, "Tokyo", "Guangzhou", "talent"), tags=C)
S.c("LA vs beijing for talent development", compare(EN, "Los Angeles", "Beijing", "talent"), tags=f"{CU} adversarial")

# --- simplified Chinese -------------------------------------------------------------------------------
S.c("上海跟东京比怎么样", compare(HANS, "Shanghai", "Tokyo"), tags=C)
S.c("纽约和旧金山哪个更牛", compare(HANS, "New York", "San Francisco"), tags=C)
S.c("北京和伦敦谁赢了", compare(HANS, "Beijing", "London"), tags=C)
S.c("香港与西雅图排名谁靠前", compare(HANS, "Hong Kong", "Seattle"), tags=C)
S.c("广州和东京哪个排得高", compare(HANS, "Guangzhou", "Tokyo"), tags=CU)
S.c("教育上波士顿跟香港比呢", compare(HANS, "Boston", "Hong Kong", "edu"), tags=C)
S.c("科创方面北京和伦敦谁强", compare(HANS, "Beijing", "London", "sci"), tags=CU)
S.c("人才方面深圳和广州谁更厉害", compare(HANS, "Shenzhen", "Guangzhou", "talent"), tags=f"{CU} adversarial")
S.c("人才上西雅图和伦敦谁强", compare(HANS, "Seattle", "London", "talent"), tags=CU)

S.c("上海和香港到底谁厉害", compare(HANS, "Shanghai", "Hong Kong"), tags=C)

# --- traditional Chinese -------------------------------------------------------------------------------
S.c("東京同上海邊個高啲", compare(HANT, "Tokyo", "Shanghai"), tags=C)
S.c("波士頓跟舊金山，誰領先", compare(HANT, "Boston", "San Francisco"), tags=C)
S.c("紐約贏得了倫敦嗎", compare(HANT, "New York", "London"), tags=C)
S.c("深圳和西雅圖哪個排名前面", compare(HANT, "Shenzhen", "Seattle"), tags=CU)
S.c("教育方面香港和北京比較", compare(HANT, "Hong Kong", "Beijing", "edu"), tags=CU)
S.c("人才上廣州和倫敦邊個強", talent_member_beats(HANT, "Guangzhou", "London"), tags=C)
