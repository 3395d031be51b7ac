"""Reading the facts a reply states, to hold them against the index.

Each claim names a city, a list and what is said of the city there: an exact rank, that it is a
member (of a group, or of an unordered top N), or that it is not in the published list. The list a
claim is about is the one named in the claim, else the nearest list named before it in the reply
("Just behind Seattle (7th)" after "ranks 8th overall"), else the report's main list.

The patterns follow the wording in data/wording/; `test_fact_audit` checks that they keep finding
claims, so a change of wording cannot make the audit pass by reading nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index_core.index import Index, ReportIndex


@dataclass(frozen=True)
class Claim:
    city: str  # city id
    list_id: str
    kind: str  # "rank" | "member" | "outside"
    rank: int = 0
    text: str = ""  # where it was read


class ClaimReader:
    def __init__(self, index: Index, report: ReportIndex | None = None) -> None:
        self.index = index
        self.report = report or index.default
        self.names: dict[str, str] = {}  # a city's name in any language → id
        for cid in index.city_ids():
            for name in index.city(cid).names.values():
                self.names[name] = cid
        self.lists: dict[str, str] = {}  # a list's name (as replies write it) → id
        for info in self.report.lists:
            for lang, name in info.names.items():
                self.lists[name] = info.id
                if lang == "en":
                    self.lists[name[:1].upper() + name[1:]] = info.id
        main = self.report.lists[0].id
        self.lists.update({"overall": main, "Overall": main, "综合排名": main, "綜合排名": main})
        city = "|".join(sorted(map(re.escape, self.names), key=len, reverse=True))
        lists = "|".join(sorted(map(re.escape, self.lists), key=len, reverse=True))
        self._list_mention = re.compile(f"({lists})")
        ordinal = r"(\d+)(?:st|nd|rd|th)"
        self._en = [
            # "Shanghai ranks 8th overall", "Beijing is 3rd in sci-tech innovation", "Beijing (3rd overall)"
            re.compile(rf"({city})(?: \(from \"[^\"]*\"\))?(?: \([A-Za-z ]+\))?,? (?:ranks|is|placed|comes) "
                       rf"{ordinal}(?: (?:overall|in ({lists})))?"),
            re.compile(rf"({city}) \({ordinal}(?: (?:overall|in ({lists})))?\)"),
            # a profile: "Hong Kong (China): 9th overall"
            re.compile(rf"({city}) \([A-Za-z ]+\): {ordinal}(?: (?:overall|in ({lists})))?"),
            # "Overall: Beijing 3rd and Tokyo 10th", "Shanghai: 8th → 3rd"
            re.compile(rf"({city}) {ordinal}\b()"),
            # "comes New York, 5th overall", "is Seattle, 7th in ..."
            re.compile(rf"({city}), {ordinal}(?: (?:overall|in ({lists})))?"),
        ]
        self._zh = [
            re.compile(rf"({city})在({lists})中位列第(\d+)"),
            re.compile(rf"({city})（第(\d+)）()"),
            re.compile(rf"({lists})第(\d+)名是({city})"),
            re.compile(rf"({city})({lists})?第(\d+)(?!\d)"),
            re.compile(rf"是({city})，位列第(\d+)()"),
            re.compile(rf"是({city})，({lists})第(\d+)"),
        ]
        self._lines = re.compile(r"^(\d+)\. (.+)$", re.MULTILINE)
        self._member_en = re.compile(rf"({city}) is in the ({lists}) top \d+")
        self._member_group_en = re.compile(rf"(?<!whether )({city}) is among the cities with ({lists})")
        self._outside_en = re.compile(rf"({city}) is not in the published ({lists}) top \d+")
        self._outside_overall_en = re.compile(rf"({city}) is not in the published overall top \d+")

    def _list_before(self, text: str, at: int) -> str:
        """The list a claim at `at` is about: the one named in its sentence (the last before it, else the
        first after it), else the last one named before it in the paragraph, else the main list."""
        start = max(text.rfind(". ", 0, at), text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
        ends = [i for i in (text.find(". ", at), text.find("。", at), text.find("\n", at)) if i >= 0]
        end = min(ends) if ends else len(text)
        before = [m.group(1) for m in self._list_mention.finditer(text, start, at)]
        after = [m.group(1) for m in self._list_mention.finditer(text, at, end)]
        if before or after:
            return self.lists[(before[-1:] or after[:1])[0]]
        paragraph = text.rfind("\n\n", 0, at) + 1
        earlier = [m.group(1) for m in self._list_mention.finditer(text, paragraph, at)]
        return self.lists[earlier[-1]] if earlier else self.report.lists[0].id

    def claims(self, text: str, lang: str) -> list[Claim]:
        out: list[Claim] = []
        if lang == "en":
            for pattern in self._en:
                for m in pattern.finditer(text):
                    city, rank, named = m.group(1), int(m.group(2)), m.group(3)
                    list_id = self.lists[named] if named else self._list_before(text, m.start())
                    if "overall" in m.group(0) and not named:
                        list_id = self.report.lists[0].id
                    out.append(Claim(self.names[city], list_id, "rank", rank, m.group(0)))
            for m in self._member_en.finditer(text):
                out.append(Claim(self.names[m.group(1)], self.lists[m.group(2)], "member", text=m.group(0)))
            for m in self._member_group_en.finditer(text):
                out.append(Claim(self.names[m.group(1)], self.lists[m.group(2)], "member", text=m.group(0)))
            for m in self._outside_en.finditer(text):
                out.append(Claim(self.names[m.group(1)], self.lists[m.group(2)], "outside", text=m.group(0)))
            for m in self._outside_overall_en.finditer(text):
                out.append(Claim(self.names[m.group(1)], self.report.lists[0].id, "outside", text=m.group(0)))
        else:
            for i, pattern in enumerate(self._zh):
                for m in pattern.finditer(text):
                    groups = m.groups()
                    if i == 2:
                        list_name, rank, city = groups
                    elif i == 0 or i in (3, 5):
                        city, list_name, rank = groups
                    else:
                        city, rank, list_name = groups
                    list_id = self.lists[list_name] if list_name else self._list_before(text, m.start())
                    out.append(Claim(self.names[city], list_id, "rank", int(rank), m.group(0)))
        for m in self._lines.finditer(text):  # "1. Boston" under a heading that names the list
            name = m.group(2).strip()
            if name in self.names:
                out.append(Claim(self.names[name], self._list_before(text, m.start()), "rank", int(m.group(1)),
                                 m.group(0)))
        return out

    def problem(self, claim: Claim) -> str | None:
        """What is wrong with a claim, by the index (None if the index bears it out)."""
        if not self.report.has_list(claim.list_id):
            return f"{claim.text!r}: no list {claim.list_id}"
        p = self.report.placement(claim.list_id, claim.city)
        certainty = p.certainty.value
        if claim.kind == "rank":
            if certainty != "exact" or p.rank != claim.rank:
                return f"{claim.text!r}: {claim.city} in {claim.list_id} is {certainty} {p.rank or ''}".strip()
        elif claim.kind == "member":
            if certainty not in ("exact", "member"):
                return f"{claim.text!r}: {claim.city} in {claim.list_id} is {certainty}"
        elif claim.kind == "outside" and certainty != "outside":
            return f"{claim.text!r}: {claim.city} in {claim.list_id} is {certainty}"
        return None
