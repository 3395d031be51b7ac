"""Read and validate a data folder. Every problem becomes one DataError naming file, place, fault.

Uses only PyYAML (safe_load: data is never executed) and the csv module; the build step turns
the validated data into tables with pandas.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from index_core.errors import DataError

LANGS = ("en", "zh-Hans", "zh-Hant")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LIST_KINDS = ("ranking", "group")


def data_files(data_dir: Path) -> list[Path]:
    """Every file the index depends on, in a stable order."""
    return sorted(p for p in data_dir.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".csv")
                  and not any(part.startswith(".") for part in p.relative_to(data_dir).parts))


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors name the line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(path, "", "file is missing") from None
    except UnicodeDecodeError as exc:
        raise DataError(path, f"byte {exc.start}", "not valid UTF-8") from None
    except OSError as exc:
        raise DataError(path, "", f"cannot be read ({exc.strerror})") from None
    try:
        doc = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise DataError(path, where, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise DataError(path, "", f"invalid YAML: {exc}") from None
    if doc is None:
        raise DataError(path, "", "file is empty")
    return doc


class Checker:
    """Typed access to one parsed document, raising DataError with the key path on any fault."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, what: str) -> DataError:
        return DataError(self.path, where, what)

    def get(self, obj: dict | list, key: str | int, where: str, typ: type | tuple[type, ...], *,
            required: bool = True, default: Any = None) -> Any:
        here = _join(where, key)
        if isinstance(key, int) and isinstance(obj, list):
            obj = dict(enumerate(obj))
        elif not isinstance(obj, dict):
            raise self.fail(where or "(top)", f"expected a mapping, found {_kind(obj)}")
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(here, "missing required field")
            return default
        value = obj[key]
        if (typ is int and isinstance(value, bool)) or not isinstance(value, typ):
            expected = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
            raise self.fail(here, f"expected {_typename(expected)}, found {_kind(value)} {value!r:.40}")
        return value

    def names(self, obj: dict | list, key: str | int, where: str, *,
              required: bool = True) -> dict[str, str] | None:
        """A mapping of language → text; English is required."""
        here = _join(where, key)
        value = self.get(obj, key, where, dict, required=required)
        if value is None:
            return None
        out: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in LANGS and lang not in ("source", "aliases", "region", "country"):
                raise self.fail(f"{here}.{lang}", f"unknown language {lang!r} (use one of {', '.join(LANGS)})")
            if lang in LANGS:
                out[lang] = self.text(value, lang, here)
        if "en" not in out:
            raise self.fail(f"{here}.en", "missing required field")
        return out

    def text(self, obj: dict, key: str, where: str, *, required: bool = True) -> str | None:
        value = self.get(obj, key, where, (str, int, float), required=required)
        if value is None:
            return None
        value = str(value).strip()
        if not value:
            raise self.fail(f"{where}.{key}" if where else key, "must not be empty")
        return value

    def ident(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not ID_RE.match(value):
            raise self.fail(where, f"invalid id {value!r}: use lowercase letters, digits and dashes")
        return value


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _typename(name: str) -> str:
    return {"dict": "a mapping", "list": "a list", "str": "text", "int": "a whole number"}.get(name, name)


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


# --- countries and cities ----------------------------------------------------------------

def load_countries(path: Path) -> tuple[dict, dict]:
    doc = read_yaml(path)
    ck = Checker(path)
    regions_raw = ck.get(doc, "regions", "", dict)
    regions: dict[str, dict] = {}
    for rid, body in regions_raw.items():
        where = f"regions.{rid}"
        ck.ident(rid, where)
        regions[rid] = {"names": ck.names(regions_raw, rid, "regions"),
                        "aliases": _aliases(ck, body, where)}
    countries_raw = ck.get(doc, "countries", "", dict)
    countries: dict[str, dict] = {}
    for code, body in countries_raw.items():
        where = f"countries.{code}"
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            raise ck.fail(where, f"invalid country code {code!r}: use two capital letters (ISO 3166)")
        region = ck.text(body, "region", where)
        if region not in regions:
            raise ck.fail(f"{where}.region", f"unknown region {region!r} (known: {', '.join(regions)})")
        countries[code] = {"names": ck.names(countries_raw, code, "countries"), "region": region,
                           "aliases": _aliases(ck, body, where)}
    return regions, countries


def load_cities(path: Path, countries: dict) -> dict[str, dict]:
    doc = read_yaml(path)
    ck = Checker(path)
    raw = ck.get(doc, "cities", "", dict)
    if not raw:
        raise ck.fail("cities", "no cities defined")
    cities: dict[str, dict] = {}
    for cid, body in raw.items():
        where = f"cities.{cid}"
        ck.ident(cid, where)
        country = ck.text(body, "country", where)
        if country not in countries:
            raise ck.fail(f"{where}.country", f"unknown country {country!r} (add it to countries.yaml)")
        cities[cid] = {"names": ck.names(raw, cid, "cities"), "country": country,
                       "aliases": _aliases(ck, body, where)}
    _check_alias_clashes(ck, cities)
    return cities


def _aliases(ck: Checker, body: dict, where: str) -> list[str]:
    aliases = ck.get(body, "aliases", where, list, required=False, default=[])
    out = []
    for i, alias in enumerate(aliases):
        if not isinstance(alias, (str, int)) or not str(alias).strip():
            raise ck.fail(f"{where}.aliases[{i}]", f"expected a non-empty name, found {alias!r}")
        out.append(str(alias).strip())
    return out


def _check_alias_clashes(ck: Checker, cities: dict[str, dict]) -> None:
    owner: dict[str, str] = {}
    for cid, city in cities.items():
        for name in [*city["names"].values(), *city["aliases"]]:
            key = name.casefold()
            if owner.setdefault(key, cid) != cid:
                raise ck.fail(f"cities.{cid}.aliases", f"name {name!r} already belongs to city {owner[key]!r}")


# --- reports ------------------------------------------------------------------------------

def load_report(path: Path, cities: dict, countries: dict) -> dict:
    doc = read_yaml(path)
    ck = Checker(path)
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
    report["sources"] = {key: ck.names(sources, key, "sources") for key in sources}
    report["source"] = _source(ck, doc, "", sources)
    compilers = ck.get(doc, "compilers", "", list)
    if not compilers:
        raise ck.fail("compilers", "must name at least one compiler")
    report["compilers"] = [ck.names(compilers, i, "compilers") for i in range(len(compilers))]
    structure = ck.get(doc, "structure", "", dict, required=False)
    report["structure"] = ck.names(doc, "structure", "") if structure else None

    lists = ck.get(doc, "lists", "", list)
    if not lists:
        raise ck.fail("lists", "a report needs at least one list")
    report["lists"] = []
    seen: set[str] = set()
    for i, body in enumerate(lists):
        item = _list(ck, body, f"lists[{i}]", path.parent, cities, countries, sources, evaluated)
        if item["id"] in seen:
            raise ck.fail(f"lists[{i}].id", f"duplicate list id {item['id']!r}")
        seen.add(item["id"])
        report["lists"].append(item)

    report["statements"] = []
    for i, body in enumerate(ck.get(doc, "statements", "", list, required=False, default=[])):
        where = f"statements[{i}]"
        report["statements"].append({
            "id": ck.ident(ck.get(body, "id", where, str), f"{where}.id"),
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
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise ck.fail(key, f"expected a date like 2025-01-24, found {value!r}") from None
    return value.isoformat()


def _source(ck: Checker, body: dict, where: str, sources: dict) -> str:
    src = ck.text(body, "source", where)
    key = src.split()[0]
    if key not in sources:
        raise ck.fail(f"{where}.source" if where else "source",
                      f"unknown source {key!r} (define it under `sources`)")
    return src


def _list(ck: Checker, body: Any, where: str, folder: Path, cities: dict, countries: dict,
          sources: dict, evaluated: int) -> dict:
    lid = ck.ident(ck.get(body, "id", where, str), f"{where}.id")
    kind = ck.text(body, "kind", where)
    if kind not in LIST_KINDS:
        raise ck.fail(f"{where}.kind", f"unknown kind {kind!r} (use one of {', '.join(LIST_KINDS)})")
    item: dict[str, Any] = {"id": lid, "kind": kind, "names": ck.names(body, "name", where),
                            "source": _source(ck, body, where, sources)}
    if kind == "ranking":
        published = ck.get(body, "published", where, int)
        if not 1 <= published <= evaluated:
            raise ck.fail(f"{where}.published", f"must be between 1 and cities_evaluated ({evaluated})")
        if "entries_file" in body and "entries" in body:
            raise ck.fail(where, "give either `entries` or `entries_file`, not both")
        if "entries_file" in body:
            entries = _csv_entries(folder / ck.text(body, "entries_file", where))
            ck_entries, base = Checker(folder / body["entries_file"]), "row"
        else:
            entries = ck.get(body, "entries", where, list)
            ck_entries, base = ck, f"{where}.entries"
        ranks: dict[int, str] = {}
        for j, entry in enumerate(entries):
            here = entry.pop("_where", None) if isinstance(entry, dict) else None
            here = here or f"{base}[{j}]"
            rank = ck_entries.get(entry, "rank", here, int)
            city = ck_entries.text(entry, "city", here)
            if city not in cities:
                raise ck_entries.fail(f"{here}.city", f"unknown city {city!r} (add it to cities.yaml)")
            if not 1 <= rank <= published:
                raise ck_entries.fail(f"{here}.rank", f"rank {rank} is beyond the published {published}")
            if rank in ranks:
                raise ck_entries.fail(f"{here}.rank", f"duplicate rank {rank} ({ranks[rank]} and {city})")
            if city in ranks.values():
                raise ck_entries.fail(f"{here}.city", f"city {city!r} is listed twice")
            ranks[rank] = city
        missing = [r for r in range(1, published + 1) if r not in ranks]
        if missing:
            raise ck.fail(f"{where}", f"published {published} but rank {missing[0]} has no city")
        item["order"] = [ranks[r] for r in range(1, published + 1)]
        item["published"] = published
        item["complete"] = True
        item["composition"] = {}
    else:
        members = ck.get(body, "members", where, list)
        for j, city in enumerate(members):
            if city not in cities:
                raise ck.fail(f"{where}.members[{j}]", f"unknown city {city!r} (add it to cities.yaml)")
            if members.index(city) != j:
                raise ck.fail(f"{where}.members[{j}]", f"city {city!r} is listed twice")
        size = ck.get(body, "size", where, int, required=False, default=0)
        complete = ck.get(body, "complete", where, bool)
        composition = ck.get(body, "composition", where, dict, required=False, default={})
        for code, count in composition.items():
            if code not in countries:
                raise ck.fail(f"{where}.composition.{code}", f"unknown country {code!r}")
            if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                raise ck.fail(f"{where}.composition.{code}", f"expected a whole number, found {count!r}")
            named = sum(1 for c in members if cities[c]["country"] == code)
            if named > count:
                raise ck.fail(f"{where}.composition.{code}",
                              f"says {count} from {code} but {named} members from {code} are named")
        if composition:
            for j, city in enumerate(members):
                if cities[city]["country"] not in composition:
                    raise ck.fail(f"{where}.members[{j}]", f"{city!r} is from {cities[city]['country']}, "
                                  "which the composition does not include")
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
        item.update(members=list(members), published=size,
                    complete=complete, composition=dict(composition))
    return item


def _csv_entries(path: Path) -> list[dict]:
    """Rows of a `rank,city` CSV (a spreadsheet export) as entries; errors name the line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(path, "", "file is missing (named by entries_file)") from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise DataError(path, "", "file is empty")
    header = [h.strip().lower() for h in rows[0]]
    if "rank" not in header or "city" not in header:
        raise DataError(path, "line 1", f"header must have columns rank and city, found {rows[0]}")
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
        out.append({"rank": rank, "city": row[ci].strip(), "_where": f"line {n}"})
    return out


# --- language data --------------------------------------------------------------------------

def load_nlu(folder: Path) -> dict[str, Any]:
    """The language layer's YAML files (intents, lexicon), checked for shape only."""
    out: dict[str, Any] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        doc = read_yaml(path)
        if not isinstance(doc, dict):
            raise DataError(path, "(top)", f"expected a mapping, found {_kind(doc)}")
        _check_strings(path, doc, "")
        out[path.stem] = doc
    return out


def _check_strings(path: Path, node: Any, where: str) -> None:
    """Phrases must be text: YAML reads a bare `no` or `yes` as true/false, which is never meant here."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_strings(path, value, _join(where, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _check_strings(path, value, _join(where, i))
    elif isinstance(node, bool) or node is None:
        raise DataError(path, where, f"expected text, found {node!r} (put quotes around words like \"no\")")


# --- the whole folder -----------------------------------------------------------------------

def load_data(data_dir: Path) -> dict[str, Any]:
    """Validate a data folder and return its contents as plain Python data."""
    if not data_dir.is_dir():
        raise DataError(data_dir, "", "data folder not found")
    regions, countries = load_countries(data_dir / "countries.yaml")
    cities = load_cities(data_dir / "cities.yaml", countries)
    report_files = sorted((data_dir / "reports").glob("*/report.yaml"))
    if not report_files:
        raise DataError(data_dir / "reports", "", "no reports found (expected reports/<id>/report.yaml)")
    reports = []
    for path in report_files:
        report = load_report(path, cities, countries)
        if report["id"] in {r["id"] for r in reports}:
            raise DataError(path, "id", f"duplicate report id {report['id']!r}")
        reports.append(report)
    if sum(r["default"] for r in reports) > 1:
        raise DataError(data_dir / "reports", "", "more than one report says default: true")
    return {"regions": regions, "countries": countries, "cities": cities, "reports": reports,
            "nlu": load_nlu(data_dir / "nlu")}
