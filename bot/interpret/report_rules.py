"""Rules for chat, for questions about the report itself (who made it, when, what it measures)
and its editions, and for questions that name nothing the report knows."""

from __future__ import annotations

from bot.interpret.base import Rules
from bot.interpret.kinds import CHAT_CUES, CUE_KIND, META_OPS, every_list, plural
from bot.language.features import Features
from bot.query import Query

# cues that may come with the report's name in a question asking what the report is
ABOUT_REPORT_CUES = frozenset({"report_word", "which", "identity", "profile", "what_is", "yes_no_start", "pronoun",
                               "evaluated", "claim_verb", "question_zh", "request", "this_year", "in_word",
                               "list_word", "rank"})
# the only cues of a bare "how many cities (are there / in all)?": the cities the report evaluated
BARE_COUNT_CUES = frozenset({"how_many", "cities_word", "city_word", "total", "there", "yes_no_start", "question_zh",
                             "followup"})


class ReportRules(Rules):
    def _chat(self, f: Features, lang: str) -> Query | None:
        if f.has("out_of_scope") and not (f.lists or f.has("rank", "top_word", "best")):
            return Query("out_of_scope", lang, text=f.text)
        if self._answerable(f) or f.has("how_many", "rank", "best", "worst", "made", "when", "measure"):
            if (f.has("maker") or (f.has("made") and f.has("bot_word"))) and not (f.cities or f.lists):
                return Query("maker", lang, text=f.text)  # "so who actually built this bot?": the bot, not the report
            return None
        for cue in CHAT_CUES:
            if cue == "identity" and self._about_report(f):
                return None  # "what is this report?": the report, not the bot
            if f.has(cue):
                return Query(CUE_KIND.get(cue, cue), lang, text=f.text)
        return None

    @staticmethod
    def _about_report(f: Features) -> bool:
        """"What is this report?", "what's the study about", "tell me about the report", "这是什么报告",
        "what kind of ranking is this": the report named, asked what it is, and nothing else asked of it."""
        named = f.has("report_word") or (f.has("list_word", "rank") and f.has("identity", "what_is"))
        asked = f.has("which", "identity", "profile", "what_is") and f.cues <= ABOUT_REPORT_CUES
        return named and asked and not (f.cities or f.lists or f.counts or f.positions or f.places or f.numbers
                                        or f.years)

    def _meta(self, f: Features, lang: str, yesno: bool = False) -> Query | None:
        named_index = [it.value for it in f.reading.items if it.kind == "list" and _names_index(it.key)]
        ranking = f.cities or [lid for lid in f.lists if lid not in named_index] or f.counts or f.positions
        if self._about_report(f):
            return Query("about", lang, text=f.text)
        if f.has("compiler") and not f.cities:  # "is Elsevier behind it?", "so Elsevier was part of this?"
            yesno = self._yesno(f) or (f.ends_with_question_mark and not f.has("who", "which", "what_is"))
            return Query("meta", lang, op="who", yesno=yesno, text=f.text,
                         extra={"named": True, "only": f.has("only")})
        if f.has("when") and not ranking and not f.has("edition", "last_year", "next_year"):
            return Query("meta", lang, op="when", text=f.text)
        if f.has("list_kinds") and f.has("which", "how_many") and not (
                ranking or f.places or f.numbers or f.has("cities_word", "city_word", "most_lists", "several_lists")
                or every_list(f, self.index.default.lists)):  # (not "which cities are in all the lists")
            return Query("meta", lang, op="lists", text=f.text)  # "which lists are there?", "有几个榜单"
        others = ((bool(f.cities) and all(c.unknown for c in f.cities)) or f.has("other_maker")) and not (
            f.lists or f.counts or f.positions)  # "was it made by Harvard?", "这是哈佛做的报告吧"
        counted = (f.has("how_many") and f.has("cities_word") and f.has("evaluated", "measure")) or (
            f.has("named") and plural(f))  # "which cities did the report name?": not who made it
        claimed = (f.counts or f.numbers or [self._evaluated if f.evaluated_universe else None])[0]
        said_counted = f.has("evaluated") or f.evaluated_universe or (
            bool(f.counts) and f.has("cities_word") and f.has("rank", "there"))
        if said_counted and claimed is not None and not (f.cities or f.lists or f.places or f.positions) and not (
                f.has("second_level", "growth", "strength")) and not (
                f.has("request") and f.has("list_word")) and (  # ("can u just list all 30 cities": asked for)
                yesno or self._yesno(f) or f.has("only")):  # "am I right that only 10 cities were evaluated?",
            # "were 50 cities ranked?", "so 100 cities were in it yeah"
            return Query("meta", lang, op="count", yesno=True, text=f.text,  # ("was the full ranking of the 30
                         extra={"claimed": claimed, "full": f.has("full")})  # published?": no, only the top 10)
        if f.has("how_made") and not (ranking or others or f.has("who", "which", "maker", "bot_word", "yes_no_start")):
            return Query("meta", lang, op="measure", text=f.text)  # "how's the SET index put together"
        if f.has("made") and (not ranking or others) and not counted and not f.has(
                "best", "worst", "compare", "findings", "overview", "change", "not_disclosed") and (  # (not "did
                f.has("who", "which", "report_word", "index_word") or f.first_cues & {"made"}
                or (f.has("pronoun") and f.first_cues & {"yes_no_start"})  # "was it made by Harvard?"
                or (others and (self._yesno(f) or f.has("pronoun")))  # "was Harvard involved?", "so WIPO made this"
                or (f.zh_question and self._yesno(f) and any(it.kind == "word" for it in f.reading.items))):  # 哈佛
            return Query("meta", lang, op="who", text=f.text, yesno=self._yesno(f) or bool(others),  # a name of
                         extra={"others": True} if others else  # none of the makers: a no; "published by
                         {"reporter": True} if f.has("reporter") else {})  # Xinhua?": Xinhua only reported it
        if f.has("how_many") and f.has("published") and not (f.cities or f.lists or f.places or f.counts) and not f.has(
                "evaluated"):  # "… and how many were published?": the cities the report names
            return Query("aggregate", lang, op="named", text=f.text)
        bare_count = f.has("cities_word") and f.cues <= BARE_COUNT_CUES  # "how many cities?", "一共有几个城市"
        if f.has("how_many") and (f.has("evaluated", "report_word") or bare_count or (
                f.has("cities_word") and f.has("rank"))) \
                and not (f.places or f.lists or f.counts or f.cities) \
                and not f.has("named", "countries", "continents", "share", "second_level") \
                and (counted or not f.has("measure")):  # "how many cities did they evaluate?", not indicators
            return Query("meta", lang, op="count", text=f.text)
        if f.evaluated_universe and f.has("countries") and f.has("best", "most", "which", "how_many") and not (
                f.places or f.cities or f.lists):  # "among all 30, which country has the most cities?"
            return Query("aggregate", lang, op="countries", universe="evaluated", text=f.text)
        rest = self._evaluated - self.index.default.lists[0].published
        if f.has("rest") and rest > 0 and rest in (*f.numbers, *f.counts) and not (f.places or f.cities or f.lists):
            return Query("meta", lang, op="count_list", text=f.text)  # "那剩下的20个是哪些": not published
        if f.evaluated_universe and not f.places and not f.cities and not f.has("share") and not (
                f.has("how_many") and (f.negated_counts or f.negated_lists)):  # "list all 30 cities"
            return Query("meta", lang, op="count_list", text=f.text)
        if f.has("evaluated") and f.has("which", "countries", "continents") and not (f.cities or f.lists) and \
                not f.has("measure") and \
                not f.has("share", "how_many", "top_word") and (plural(f) or f.has("countries", "continents")):
            return Query("meta", lang, op="count", text=f.text)  # "which cities were evaluated?"
        weights = any(it.key.startswith(("weight", "权 重", "比 重")) for it in f.reading.items)
        if f.has("score") and not (f.cities or f.lists or f.counts or f.positions or f.places or weights):
            return Query("meta", lang, op="scores", text=f.text)  # "what were the scores?"
        if f.has("reporter") and not (f.cities or f.lists):  # "is it a Xinhua ranking?"
            return Query("meta", lang, op="who", text=f.text, yesno=self._yesno(f), extra={"reporter": True})
        if f.has("overview") and not (f.cities or f.lists or f.places):
            return Query("meta", lang, op="findings", text=f.text)
        if f.has("stands_for", "what_is") and f.lists and not (f.cities or f.counts or f.positions or f.places) and \
                not f.has("how_many") and not (f.has("average") and f.has("rank")) and \
                all(self._is_group(lst) for lst in f.lists):  # "what does talent potential mean": the group it names
            return self._base("top", f, lang)
        if f.has("stands_for") and (f.lists or f.has("index_word")) and not f.cities and not (
                f.has("average") and f.has("rank")):
            return Query("meta", lang, op="index", text=f.text)
        names_the_index = bool(named_index)
        if names_the_index and f.has("which", "what_is") and not (f.cities or f.counts or f.positions or f.places):
            return Query("meta", lang, op="index", text=f.text)  # "what is the SET Index (exactly)?"
        if f.has("reliability") and not (f.cities or f.lists or f.counts):  # "is it reliable?": who made it, from where
            return Query("about", lang, text=f.text)
        if f.has("data_origin") and not (f.cities or f.lists):  # "where does the data come from, scopus?"
            return Query("about", lang, text=f.text, extra={"data_unpublished": True})
        china = _about_china(f)  # "what do chinese cities need to do to innovate": the recommendation
        for cue, op in META_OPS:
            if f.has(cue) and not (f.cities or (f.lists and cue not in ("measure", "second_level", "not_disclosed")
                                                and not (cue == "recommend" and china))):
                if cue == "source" and f.has("findings"):
                    continue
                if cue == "title" and (f.positions or f.counts):
                    continue  # "排第十二的城市叫什么": the city at a place is asked, not the report's title
                if cue == "source":
                    return Query("about", lang, text=f.text)
                if cue == "recommend" and f.places:
                    return Query("meta", lang, op="china", places=tuple(f.places), text=f.text)
                if op == "growth" and yesno and not f.has("or", "compare"):  # "mainly about growth?": no, strength
                    return Query("meta", lang, op=op, text=f.text, yesno=True, extra={"claim": _growth_claim(f)})
                if op == "indicators" and (yesno or f.zh_question) and f.has("named", "title"):
                    return Query("meta", lang, op=op, text=f.text, yesno=True,  # "二级指标的名字公布了吗": no
                                 extra={"names_asked": True})
                return Query("meta", lang, op=op, text=f.text)
        what_index = f.has("what_is") and not (f.cities or f.counts or f.positions or f.places)  # "SET指数是什么"
        if f.has("index_word") and ((f.has("which", "title") and not ranking) or what_index):
            return Query("meta", lang, op="index", text=f.text)
        if f.places and f.has("findings", "how_doing") and not (f.cities or f.counts) and \
                _about_china(f):  # "what does the report say about Chinese cities in X?"
            return Query("meta", lang, op="china", places=tuple(f.places), lists=tuple(f.lists), text=f.text)
        if f.has("findings") and (f.has("report_word") or f.places or f.first_cues & {"findings"}) \
                and not (f.cities or f.lists or f.counts):
            if _about_china(f):
                return Query("meta", lang, op="china", places=tuple(f.places), text=f.text)
            return Query("meta", lang, op="findings", text=f.text)
        return None

    def _editions(self, f: Features, lang: str, change: tuple[str, str] | None, asked: int | None) -> Query | None:
        gap = len(f.cities) >= 2 and f.has("how_many", "distance")  # "how many spots would X climb to catch Y"
        against_last = f.has("this_year") and f.has("compare") and f.has("previous") and not f.cities
        if change is not None or f.has("history") or against_last or (f.has("change") and not gap and (
                f.years or f.has("last_year", "edition") or (
                len(self._years) == 1 and not (f.lists or f.positions or f.counts or f.places)))):
            return self._base("change", f, lang, cities=tuple(f.cities[:1]), extra={"reports": change},
                              asked_year=asked)
        asks_a_ranking = bool(f.cities or f.lists or f.positions or f.counts or f.places) or f.has(
            "rank", "best", "worst", "first_word", "top_word", "who", "which", "how_many")
        if (f.has("edition", "next_year") or (asked is not None and not asks_a_ranking)) and not f.cities:
            return Query("edition", lang, asked_year=asked, text=f.text,
                         op="next" if f.has("next_year") else "")
        if f.years and f.has("report_word") and self._yesno(f) and not (
                f.cities or f.lists or f.positions or f.counts or f.places) and not f.has(
                "made", "when", "evaluated", "findings", "who", "which", "how_many", "measure"):
            return Query("edition", lang, text=f.text)  # "是不是2025年的报告", "is this the 2025 report?"
        if f.has("this_year") and f.has("report_word", "edition") and not (f.cities or f.lists):
            return Query("edition", lang, text=f.text)
        return None

    def _names(self, f: Features, lang: str) -> Query | None:
        if f.has("pronoun", "pronoun_many") and f.has("rank", "profile", "yes_no_start", "compare") and not f.has(
                "evaluated", "report_word", "made", "when", "measure"):
            return Query("need_city", lang, text=f.text)
        if f.has("rank", "profile", "compare", "who", "which", "best", "worst", "how_many") and f.question_core:
            return Query("clarify", lang, text=f.text)
        return None

    def _is_group(self, list_id: str) -> bool:
        """A list the report names as a group of cities, without ranks or a size ("talent potential")."""
        report = self.index.default
        return report.has_list(list_id) and not report.list(list_id).ordered and not report.list(list_id).published


def _names_index(key: str) -> bool:
    """A list named by the index's name ("the SET index", "协同发展指数"): the report, not a ranking asked about."""
    return "index" in key or "指 数" in key or key.endswith(("cities", "城 市"))  # "the innovation cities report"


def _growth_claim(f: Features) -> str:
    """What a yes or no about the index's growth side claims: that growth is its main part ("mainly about growth?",
    "主要看增长速度吗"), that current strength is ("mostly current strength?"), or that growth counts at all."""
    if f.has("strength") and not f.has("growth"):
        return "strength_main"
    return "growth_main" if f.has("mainly") else "growth_counted"


def _about_china(f: Features) -> bool:
    """Chinese (or Asian) cities named: the places the report's statements are about."""
    return any(p.id in ("CN", "asia") for p in f.places)
