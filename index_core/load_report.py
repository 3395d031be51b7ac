"""Reading one report file (its lists, groups, statements, sources and article) against the cities and
countries already read; every problem one DataError naming file, place and fault."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

from index_core.checker import LANGS, Checker, join_path, kind_of
from index_core.errors import DataError
from index_core.read import read_text, read_yaml
from index_core.sources import RefError, parse_ref
from index_core.text import fold

LIST_KINDS = ("ranking", "group")
REPORT_FIELDS = ("id", "default", "title", "short_title", "index_name", "released", "reported",
                 "cities_evaluated", "compilers", "structure", "source", "sources", "lists", "statements")
RANKING_FIELDS = ("id", "name", "kind", "published", "entries", "entries_file", "source")
GROUP_FIELDS = ("id", "name", "kind", "members", "size", "complete", "composition", "source")
STATEMENT_FIELDS = ("id", "topic", "source", *LANGS)
SOURCE_FIELDS = ("title", "url", "language", "paragraphs")  # besides the citation in each language


# --- reports ------------------------------------------------------------------------------

def load_report(path: Path, cities: dict, countries: dict, refs: dict[str, str] | None = None) -> dict:
    """One report.yaml. `refs`: folded city names → id (from `city_refs`), computed if not given."""
    doc = read_yaml(path)
    ck = Checker(path)
    ck.known(doc, REPORT_FIELDS, "")
    refs = city_refs(cities) if refs is None else refs
    report: dict[str, Any] = {"id": ck.ident(ck.get(doc, "id", "", str), "id")}
    report["title"] = ck.names(doc, "title", "")
    report["short_title"] = ck.names(doc, "short_title", "", required=False) or report["title"]
    report["index_name"] = ck.names(doc, "index_name", "")
    report["released"] = _date(ck, doc, "released")
    report["reported"] = _date(ck, doc, "reported", required=False)
    report["default"] = bool(ck.get(doc, "default", "", bool, required=False, default=False))
    evaluated = ck.get(doc, "cities_evaluated", "", int)
    if evaluated < 1:
        raise ck.fail("cities_evaluated", f"must be at least 1, found {evaluated}")
    report["cities_evaluated"] = evaluated
    sources = ck.get(doc, "sources", "", dict)
    if not sources:
        raise ck.fail("sources", "define at least one source")
    report["sources"] = {str(key): ck.names(sources, key, "sources", extra=SOURCE_FIELDS) for key in sources}
    report["articles"] = {str(key): _article(ck, sources[key], f"sources.{key}") for key in sources}
    report["source"] = _source(ck, doc, "", sources)
    compilers = ck.get(doc, "compilers", "", list)
    if not compilers:
        raise ck.fail("compilers", "must name at least one compiler")
    report["compilers"] = [ck.names(compilers, i, "compilers") for i in range(len(compilers))]
    structure = ck.get(doc, "structure", "", dict, required=False)
    report["structure"] = ck.names(doc, "structure", "", extra=("source", "mainly", "supplement")) \
        if structure else None
    if structure and "source" in structure:
        _source(ck, structure, "structure", sources)
    report["structure_focus"] = {key: _focus(ck, structure, key) for key in ("mainly", "supplement")
                                 if structure and key in structure}

    lists = ck.get(doc, "lists", "", list)
    if not lists:
        raise ck.fail("lists", "a report needs at least one list")
    report["lists"] = []
    seen: dict[str, int] = {}
    for i, body in enumerate(lists):
        item = _list(ck, body, f"lists[{i}]", path.parent, cities, refs, countries, sources, evaluated)
        if item["id"] in seen:
            raise ck.fail(f"lists[{i}].id", f"duplicate list id {item['id']!r} (also lists[{seen[item['id']]}])")
        seen[item["id"]] = i
        report["lists"].append(item)

    report["statements"] = []
    ids: dict[str, int] = {}
    for i, body in enumerate(ck.get(doc, "statements", "", list, required=False, default=[])):
        where = f"statements[{i}]"
        ck.known(body, STATEMENT_FIELDS, where)
        sid = ck.ident(ck.get(body, "id", where, str), f"{where}.id")
        if sid in ids:
            raise ck.fail(f"{where}.id", f"duplicate statement id {sid!r} (also statements[{ids[sid]}])")
        ids[sid] = i
        report["statements"].append({
            "id": sid,
            "topic": ck.text(body, "topic", where),
            "texts": _statement_texts(ck, body, where),
            "source": _source(ck, body, where, sources),
        })
    return report


def _statement_texts(ck: Checker, body: dict, where: str) -> dict[str, str]:
    """A statement holds its text per language at its top level; English is required."""
    texts = {lang: ck.text(body, lang, where, required=lang == "en") for lang in LANGS}
    return {lang: text for lang, text in texts.items() if text}


def _date(ck: Checker, doc: dict, key: str, *, required: bool = True) -> str | None:
    value = ck.get(doc, key, "", (dt.date, str), required=required)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ck.fail(key, f"expected a date written year-month-day like 2025-01-24, found {value!r}") from None
    return value.isoformat()


def _article(ck: Checker, body: dict, where: str) -> dict[str, Any]:
    """What a source holds besides its citation: the article's title, address (URL), language and
    the text of its paragraphs (keyed by number, as `source: KEY ¶N` points at them)."""
    url = ck.text(body, "url", where, required=False)
    if url is not None and not re.match(r"^https?://\S+$", url):
        raise ck.fail(f"{where}.url", f"expected an address starting with http:// or https://, found {url!r:.60}")
    language = ck.text(body, "language", where, required=False) or "en"
    if language not in LANGS:
        raise ck.fail(f"{where}.language", f"unknown language {language!r} (expected: {', '.join(LANGS)})")
    paragraphs: dict[str, dict[str, str]] = {}
    raw = ck.get(body, "paragraphs", where, dict, required=False, default={})
    for number in raw:
        here = f"{where}.paragraphs"
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ck.fail(f"{here}.{number}", f"a paragraph is numbered 1, 2, 3 ..., found {number!r}")
        texts = ck.names({str(number): raw[number]}, str(number), here)  # placed as paragraphs.4, not [4]
        if language not in texts:
            raise ck.fail(f"{here}.{number}.{language}", f"missing the text in the article's language ({language})")
        paragraphs[str(number)] = texts
    return {"title": ck.names(body, "title", where, required=False), "url": url, "language": language,
            "paragraphs": dict(sorted(paragraphs.items(), key=lambda item: int(item[0])))}


FOCUS = ("strength", "growth")  # what an index's structure weighs: current strength, growth


def _focus(ck: Checker, structure: dict, key: str) -> str:
    """structure.mainly / structure.supplement: what the index mainly measures, and what it adds."""
    value = structure[key]
    if value not in FOCUS:
        raise ck.fail(f"structure.{key}", f"expected one of: {', '.join(FOCUS)} (found {value!r})")
    return str(value)


def _source(ck: Checker, body: dict, where: str, sources: dict) -> str:
    """A fact's `source`: a key of `sources`, and if it names paragraphs (¶N) of a source that holds
    paragraph text, paragraphs it holds."""
    src = ck.text(body, "source", where)
    here = join_path(where, "source")
    try:
        key, numbers = parse_ref(src)
    except RefError as exc:
        raise ck.fail(here, str(exc)) from None
    if key not in sources:
        raise ck.fail(here, f"unknown source {key!r}: a source starts with a key defined "
                      f"under `sources` in report.yaml (known: {', '.join(map(str, sources))})")
    held = (sources[key].get("paragraphs") or {}) if isinstance(sources[key], dict) else {}
    for n in numbers:
        if held and n not in held:  # (a source without paragraph text is a citation: ¶N is only a place in it)
            raise ck.fail(here, f"{src!r} points at paragraph {n}, but sources.{key}.paragraphs holds only "
                          f"{_numbers(sorted(held))}")
    return src


def _numbers(numbers: list[int]) -> str:
    """1, 2, 3, 5 → '1–3 and 5'."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def city_refs(cities: dict[str, dict]) -> dict[str, str]:
    """Folded name or alias → city id: how a list may refer to a city besides its id."""
    refs: dict[str, str] = {}
    for cid, city in cities.items():
        for name in (*city["names"].values(), *city["aliases"]):
            refs.setdefault(fold(name), cid)
    return refs


def _city(ck: Checker, cities: dict, refs: dict[str, str], ref: Any, where: str) -> str:
    """A city named in a list: its id, or else one of its names or aliases."""
    if isinstance(ref, str) and ref in cities:
        return ref
    if not isinstance(ref, (str, int)) or isinstance(ref, bool):
        raise ck.fail(where, f"expected a city id or name, found {kind_of(ref)} {ref!r:.40}")
    ref = str(ref).strip()
    cid = ref if ref in cities else refs.get(fold(ref))
    if cid:
        return cid
    close = difflib.get_close_matches(ref.lower(), list(cities), n=3)
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
    raise ck.fail(where, f"unknown city {ref!r} (add it to cities.yaml){hint}")


def _list(ck: Checker, body: Any, where: str, folder: Path, cities: dict, refs: dict[str, str],
          countries: dict, sources: dict, evaluated: int) -> dict:
    lid = ck.ident(ck.get(body, "id", where, str), f"{where}.id")
    kind = ck.text(body, "kind", where)
    if kind not in LIST_KINDS:
        raise ck.fail(f"{where}.kind", f"unknown kind {kind!r} (use one of {', '.join(LIST_KINDS)})")
    ck.known(body, RANKING_FIELDS if kind == "ranking" else GROUP_FIELDS, where)
    item: dict[str, Any] = {"id": lid, "kind": kind, "names": ck.names(body, "name", where),
                            "source": _source(ck, body, where, sources)}
    if kind == "ranking":
        item.update(_ranking(ck, body, where, folder, cities, refs, evaluated), complete=True, composition={})
    else:
        item.update(_group(ck, body, where, cities, refs, countries, evaluated))
    return item


def _ranking(ck: Checker, body: dict, where: str, folder: Path, cities: dict, refs: dict[str, str],
             evaluated: int) -> dict:
    published = ck.get(body, "published", where, int)
    if not 1 <= published <= evaluated:
        raise ck.fail(f"{where}.published", f"must be between 1 and cities_evaluated ({evaluated}), "
                      f"found {published}")
    if "entries_file" in body and "entries" in body:
        raise ck.fail(where, "give either `entries` or `entries_file`, not both")
    rows: list[tuple[int, Any, str, str]] = []  # rank, city, where the rank is, where the city is
    if "entries_file" in body:
        csv_path = folder / ck.text(body, "entries_file", where)
        source = Checker(csv_path)
        rows = [(rank, city, f"line {n}", f"line {n}") for rank, city, n in _csv_entries(csv_path)]
    else:
        source = ck
        for j, entry in enumerate(ck.get(body, "entries", where, list)):
            here = f"{where}.entries[{j}]"
            ck.known(entry, ("rank", "city"), here)
            rows.append((ck.get(entry, "rank", here, int), ck.get(entry, "city", here, (str, int)),
                         f"{here}.rank", f"{here}.city"))
    ranks: dict[int, str] = {}
    listed: dict[str, int] = {}
    for rank, ref, at_rank, at_city in rows:
        city = _city(source, cities, refs, ref, at_city)
        if rank < 1:
            raise source.fail(at_rank, f"rank must be 1 or more, found {rank}")
        if rank > published:
            raise source.fail(at_rank, f"rank {rank} is beyond the published {published} "
                              f"(`published: {published}` in the list says how many ranks were published)")
        if rank in ranks:
            raise source.fail(at_rank, f"rank {rank} is given twice ({ranks[rank]!r} and {city!r})")
        if city in listed:
            raise source.fail(at_city, f"city {city!r} is listed twice (ranks {listed[city]} and {rank})")
        ranks[rank] = city
        listed[city] = rank
    missing = [r for r in range(1, published + 1) if r not in ranks]
    if missing:
        shown = ", ".join(map(str, missing[:5])) + (", ..." if len(missing) > 5 else "")
        raise ck.fail(f"{where}.published", f"says {published} ranks were published, but no city is given for "
                      f"rank {shown}" + (f" (in {body['entries_file']})" if "entries_file" in body else ""))
    return {"order": [ranks[r] for r in range(1, published + 1)], "published": published}


def _group(ck: Checker, body: dict, where: str, cities: dict, refs: dict[str, str], countries: dict,
           evaluated: int) -> dict:
    members: list[str] = []
    listed: set[str] = set()
    for j, ref in enumerate(ck.get(body, "members", where, list)):
        city = _city(ck, cities, refs, ref, f"{where}.members[{j}]")
        if city in listed:
            raise ck.fail(f"{where}.members[{j}]", f"city {city!r} is listed twice")
        listed.add(city)
        members.append(city)
    size = ck.get(body, "size", where, int, required=False, default=0)
    if "size" in body and size < 1:
        raise ck.fail(f"{where}.size", f"must be at least 1, found {size}")
    complete = ck.get(body, "complete", where, bool)
    composition = ck.get(body, "composition", where, dict, required=False, default={})
    for code, count in composition.items():
        here = f"{where}.composition.{code}"
        if code not in countries:
            raise ck.fail(here, f"unknown country {code!r} (add it to countries.yaml)")
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise ck.fail(here, f"expected a whole number, found {count!r}")
        named = sum(1 for c in members if cities[c]["country"] == code)
        if named > count:
            raise ck.fail(here, f"the composition allows {count} cities from {code}, but {named} of the "
                          f"named members are from {code}")
    if composition:
        for j, city in enumerate(members):
            if cities[city]["country"] not in composition:
                raise ck.fail(f"{where}.members[{j}]", f"{city!r} is from {cities[city]['country']}, which "
                              f"the composition ({', '.join(map(str, composition))}) does not include")
        total = sum(composition.values())
        if size and total != size:
            raise ck.fail(f"{where}.composition", f"adds up to {total} but size is {size}")
        size = size or total
    if size and len(members) > size:
        raise ck.fail(f"{where}.members", f"{len(members)} members named but size is {size}")
    if complete and size and len(members) != size:
        raise ck.fail(f"{where}.complete", f"says complete but names {len(members)} of {size} members")
    if size > evaluated:
        raise ck.fail(f"{where}.size", f"{size} is more than cities_evaluated ({evaluated})")
    return {"members": members, "published": size, "complete": complete, "composition": dict(composition)}


def _csv_entries(path: Path) -> list[tuple[int, str, int]]:
    """(rank, city, line number) of each row of a `rank,city` CSV (a spreadsheet export)."""
    text = read_text(path, encoding="utf-8-sig", missing="file is missing (named by entries_file in report.yaml)")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise DataError(path, "", "file is empty")
    header = [h.strip().lower() for h in rows[0]]
    if "rank" not in header or "city" not in header:
        raise DataError(path, "line 1", f"the first line must name the columns rank and city, found "
                        f"{', '.join(rows[0]) or 'nothing'}")
    ri, ci = header.index("rank"), header.index("city")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(ri, ci):
            raise DataError(path, f"line {n}", f"expected {len(header)} columns, found {len(row)}")
        try:
            rank = int(row[ri].strip())
        except ValueError:
            raise DataError(path, f"line {n}", f"rank must be a whole number, found {row[ri]!r}") from None
        out.append((rank, row[ci].strip(), n))
    return out


# --- the whole folder -----------------------------------------------------------------------
