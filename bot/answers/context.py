"""What every answer handler works with: the `Answer` it returns, and the `AnswerContext` —
the report asked about, the asker's language, the wording, and the ways the bot names cities,
lists, places and positions, so every family of answers says them the same way.

Every statement about a ranking follows the index's Certainty: an exact rank only where one
was published, "not in the published top N" where that is known, and "the report doesn't say"
where the data cannot tell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.cards.spec import CardSpec
from bot.query import CityRef, PlaceRef
from bot.reply import Button
from bot.wording.phrases import Wording
from bot.wording.rich import Rich, bold, join, plain
from index_core.index import Index, ReportIndex
from index_core.model import Certainty, City, ListInfo, Placement


@dataclass
class Answer:
    body: Rich
    buttons: list[Button] = field(default_factory=list)
    card: CardSpec | None = None
    sources: tuple[str, ...] = ()  # where the facts stated come from ("xinhua ¶4")
    title: str = ""
    focus: CityRef | None = None  # the city a follow-up such as "and the next one?" starts from


@dataclass
class AnswerContext:
    index: Index
    report: ReportIndex
    lang: str
    wording: Wording
    suggest: Callable[[str], list[str]]

    # --- wording ----------------------------------------------------------------------------
    def say(self, key: str, **values: str | int | Rich) -> Rich:
        return self.wording.say(key, self.lang, **values)

    def text(self, key: str, n: int | None = None) -> str:
        return self.wording.text(key, self.lang, n)

    def ordinal(self, n: int) -> str:
        return self.wording.ordinal(n, self.lang)

    def names(self, items: Iterable[str | Rich], conj: str = "and") -> Rich:
        return self.wording.names(items, self.lang, conj)

    def lines(self, parts: list[Rich]) -> Rich:
        return join([p for p in parts if p.plain], "\n")

    def sentences(self, parts: list[Rich]) -> Rich:
        """Sentences one after another: a space between them in English, none in Chinese."""
        return join([p for p in parts if p.plain], " " if self.lang == "en" else "")

    # --- names --------------------------------------------------------------------------------
    def city(self, city_id: str) -> City:
        return self.index.city(city_id)

    def city_name(self, city: City | str) -> str:
        c = self.index.city(city) if isinstance(city, str) else city
        return c.name(self.lang)

    def mention(self, ref: CityRef) -> Rich:
        """A city as the asker named it, in bold; shows the interpretation of a typo."""
        if ref.id:
            name = bold(self.city_name(ref.id))
            return self.say("fuzzy_note", name=name, typed=ref.text) if ref.fuzzy else name
        return bold(self.world_name(ref))

    def world_name(self, ref: CityRef) -> str:
        """Another real city's name: as the asker wrote it in Chinese, else its English name."""
        if self.lang != "en" and ref.text and not ref.text.isascii():
            return ref.text
        if ref.world:
            return ref.world[0]
        return ref.text

    def ref_name(self, ref: CityRef) -> str:
        return self.city_name(ref.id) if ref.id else self.world_name(ref)

    def list_info(self, list_id: str | None) -> ListInfo:
        report = self.report
        if list_id and report.has_list(list_id):
            return report.list(list_id)
        return report.lists[0]

    def list_name(self, info: ListInfo) -> str:
        return info.name(self.lang)

    def list_title(self, info: ListInfo) -> str:
        """A list's name at the start of a line: "Talent development", "人才发展"."""
        name = info.name(self.lang)
        return name[:1].upper() + name[1:] if self.lang == "en" else name

    def in_list(self, info: ListInfo) -> Rich:
        """"overall" / "in education" (English); the list's name (Chinese)."""
        if info.id == self.report.lists[0].id:
            return self.say("list_overall")
        return self.say("in_list", list=self.list_name(info))

    def top_of(self, info: ListInfo, n: int | None = None) -> Rich:
        """"the overall top 10", "the education top 3", "the talent development top 10"."""
        size = n or info.published
        if not size:  # a group of no stated size is no top N: "the cities with balanced ... education"
            return self.say("group_of", list=self.list_name(info))
        if info.id == self.report.lists[0].id:
            return self.say("overall_top_n", n=size)
        return self.say("list_top_n", list=self.list_name(info), n=size)

    def country_name(self, code: str) -> str:
        return self.index.country_name(code, self.lang)

    def country_in_sentence(self, code: str) -> str:
        """"the United States", "France", "中国": a country's name inside a sentence."""
        name = self.country_name(code)
        if self.lang == "en" and name.startswith(tuple(self.wording.items("countries_with_the", "en"))):
            return self.text("the_country").format(name=name)
        return name

    def adjective(self, code: str) -> str:
        """"Chinese", "US": how a country qualifies "cities"."""
        return self.index.place_adjective("country", code, self.lang) or self.country_name(code)

    def place_adjective(self, place: PlaceRef) -> str:
        if place.kind == "area":
            return self.index.place_adjective("area", place.id, self.lang) or self.index.area_name(place.id, self.lang)
        if place.kind == "region":
            return self.index.place_adjective("region", place.id, self.lang) or self.index.region_name(place.id,
                                                                                                      self.lang)
        return self.adjective(place.id)

    def place_name(self, place: PlaceRef) -> str:
        """A country's, region's or area's name inside a sentence ("the United States", "Asia", "the West Coast")."""
        if place.kind == "area":
            return self.say("the_area", name=self.index.area_name(place.id, self.lang)).plain
        if place.kind == "region":
            return self.index.region_name(place.id, self.lang)
        return self.country_in_sentence(place.id)

    def countries_of(self, place: PlaceRef) -> frozenset[str]:
        if place.kind == "area":
            return frozenset((self.index.area_country(place.id),))
        if place.kind == "region":
            return frozenset(self.index.countries_in_region(place.id))
        return frozenset((place.id,))

    def with_rank(self, city: City, rank: int) -> str:
        """"Beijing (3rd)" / "北京（第3）"; the bare name for an unordered member (rank 0)."""
        if not rank:
            return city.name(self.lang)
        return self.text("name_with_rank").format(city=city.name(self.lang), ordinal=self.ordinal(rank))

    def ranked_name(self, city: City, info: ListInfo) -> str:
        """"Tokyo (10th)" where the city has a place in the list, else its name ("Shenzhen")."""
        return self.with_rank(city, self.report.placement(info.id, city.id).rank or 0)

    # --- facts ----------------------------------------------------------------------------------
    def placement(self, list_id: str, ref: CityRef) -> Placement:
        """A city in a list; a real city the report doesn't name is placed by its country alone."""
        if ref.id:
            return self.report.placement(list_id, ref.id)
        return self.report.placement_by_country(list_id, ref.world[1] if ref.world else None)

    def source(self, *list_ids: str) -> tuple[str, ...]:
        refs = [self.report.list(lid).source for lid in list_ids if self.report.has_list(lid)]
        return tuple(dict.fromkeys(refs)) or (self.report.meta["source"],)

    @property
    def main_list(self) -> ListInfo:
        return self.report.lists[0]

    @property
    def evaluated(self) -> int:
        return int(self.report.meta["cities_evaluated"])

    def report_name(self) -> str:
        value = self.report.meta["short_title"]
        return value.get(self.lang) or value["en"]

    # --- one city in one list, in words ------------------------------------------------------------
    def place_word(self, p: Placement) -> str:
        """A city's standing in one list in a few words ("8th", "not in the top 3", "yes")."""
        info = p.list
        if not info.ordered and not info.published:  # a plain group
            return self.text({Certainty.MEMBER: "place_in_group", Certainty.OUTSIDE: "place_not_in_group"}.get(
                p.certainty, "place_unknown"))
        if p.certainty is Certainty.EXACT:
            return self.ordinal(p.rank or 0)
        if p.certainty is Certainty.MEMBER:
            return self.say("place_member", n=info.published).plain
        if p.certainty is Certainty.OUTSIDE:
            return self.say("place_outside", n=info.published).plain
        return self.text("place_unknown")

    def placement_sentence(self, p: Placement, who: Rich, *, with_total: bool = True,
                           country: str | None = None) -> Rich:
        """One sentence saying where a city stands in one list, as far as the report says (`country`:
        of a real city the report doesn't name)."""
        info = p.list
        lname = self.list_name(info)
        if p.certainty is Certainty.EXACT:
            key = "rank_exact" if with_total and info.id == self.main_list.id else "rank_exact_list"
            return self.say(key, city=who, ordinal=bold(self.ordinal(p.rank or 0)), in_list=self.in_list(info),
                            list=lname, evaluated=self.evaluated)
        if p.certainty is Certainty.MEMBER:
            if info.published:
                return self.say("rank_member", city=who, list=lname, n=info.published)
            return self.say("rank_member_group", city=who, list=lname)
        code = p.city.country if p.city else (country or "")
        if p.certainty is Certainty.OUTSIDE:
            if info.ordered:
                return self.say("rank_outside", city=who, top=self.top_of(info))
            if p.reason == "composition" and dict(info.composition).get(code):
                named = [c.name(self.lang) for c in self.report.members(info.id) if c.country == code]
                return self.say("rank_outside_named", city=who, list=lname, size=info.published, n=len(named),
                                adjective=self.adjective(code), members=self.names(named))
            if p.reason == "composition":
                return self.say("rank_outside_composition", city=who, list=lname, size=info.published,
                                composition=self.composition(info), country=self.country_in_sentence(code))
            members = self.names([c.name(self.lang) for c in self.report.members(info.id)])
            return self.say("rank_outside_group", city=who, list=lname, members=members)
        if p.reason == "unnamed-slot":
            n = dict(info.unnamed).get(code, 0)
            return self.say("rank_unknown_slot", city=who, list=lname, size=info.published, n=n,
                            adjective=self.adjective(code))
        members = self.names([c.name(self.lang) for c in self.report.members(info.id)])
        return self.say("rank_unknown_group", city=who, list=lname, members=members)

    def composition(self, info: ListInfo) -> Rich:
        """"5 US and 5 Chinese cities"."""
        parts = [self.say("composition_part", n=n, adjective=self.adjective(code)) for code, n in info.composition]
        return self.say("composition", parts=self.names(parts))

    def known_members(self, info: ListInfo) -> Rich:
        """What is known of a list's members: named ones by country, and those known only by country."""
        lines: list[Rich] = []
        by_country: dict[str, list[str]] = {}
        for c in self.report.members(info.id):
            by_country.setdefault(c.country, []).append(c.name(self.lang))
        for code, names in by_country.items():
            lines.append(plain("• ") + self.say("named_members", n=len(names), adjective=self.adjective(code),
                                                names=self.names(names)))
        for code, n in info.unnamed:
            lines.append(plain("• ") + self.say("unnamed_members", n=n, adjective=self.adjective(code)))
        return self.lines(lines)

    # --- buttons --------------------------------------------------------------------------------
    def ask_button(self, label_key: str, question_key: str, **values: str | int) -> Button:
        label = self.say(label_key, **values).plain
        question = self.say(question_key, **values).plain
        return Button(label[:40], _callback("q:" + question))

    def source_button(self) -> Button:
        return Button(self.text("btn_source"), "src")

    def examples(self) -> list[str]:
        return self.wording.items("examples", self.lang)


def _callback(data: str) -> str:
    """Callback data is at most 64 bytes."""
    while len(data.encode()) > 64:
        data = data[:-1]
    return data

