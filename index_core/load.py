"""Read and validate a data folder. Every problem becomes one DataError naming file, place, fault.

Uses only PyYAML (a safe loader: data is never executed; see `_Loader`) and the csv module; the
build step turns the validated data into tables with pandas.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

import yaml

from index_core.errors import DataError
from index_core.paths import data_files  # noqa: F401 - re-exported
from index_core.sources import RefError, parse_ref
from index_core.text import fold

LANGS = ("en", "zh-Hans", "zh-Hant")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LIST_KINDS = ("ranking", "group")
REGION_FIELDS = ("adjective", "aliases")
COUNTRY_FIELDS = ("adjective", "region", "aliases")
CITY_FIELDS = ("country", "aliases", "mainland")
REPORT_FIELDS = ("id", "default", "title", "short_title", "index_name", "released", "reported",
                 "cities_evaluated", "compilers", "structure", "source", "sources", "lists", "statements")
RANKING_FIELDS = ("id", "name", "kind", "published", "entries", "entries_file", "source")
GROUP_FIELDS = ("id", "name", "kind", "members", "size", "complete", "composition", "source")
STATEMENT_FIELDS = ("id", "topic", "source", *LANGS)
SOURCE_FIELDS = ("title", "url", "language", "paragraphs")  # besides the citation in each language


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when available

#: The most values a data file may hold once its aliases (`*name`) are expanded. The largest real
#: file holds under 2,000; a 400-byte "alias bomb" expands to billions, which later steps would walk.
MAX_YAML_VALUES = 200_000


class _AliasRefused(yaml.YAMLError):
    def __init__(self, where: str, what: str) -> None:
        self.where, self.what = where, what
        super().__init__(what)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading, plus: duplicate keys are errors, only true/false are booleans (YAML 1.2, so
    the country code NO stays text), an impossible date stays text for validation to report, and
    aliases may neither refer to themselves nor expand past MAX_YAML_VALUES values."""

    def get_single_node(self) -> yaml.Node | None:
        node = super().get_single_node()
        if node is not None:
            _check_expansion(node, MAX_YAML_VALUES)
        return node

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            seen: dict[tuple[str, str], yaml.Node] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    first = seen.setdefault((key_node.tag, key_node.value), key_node)
                    if first is not key_node:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key {key_node.value!r} (already on line "
                            f"{first.start_mark.line + 1})", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # e.g. 2025-13-45: matches the pattern but is no date
            return self.construct_scalar(node)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_expansion(root: yaml.Node, limit: int) -> None:
    """Refuse a document whose aliases form a loop or expand to more than `limit` values.

    An alias is the very node its anchor names, so the document is a graph; this counts the
    values of the tree it stands for, each shared node once (linear in the file's size)."""
    sizes: dict[int, int] = {}
    entered: set[int] = set()  # the nodes on the path from the root to the current one
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        children = _children(node)
        if finished:
            entered.discard(key)
            size = sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if size > limit:
                raise _AliasRefused("", f"its aliases (*name) expand it to more than {limit:,} values: refused "
                                        "(an alias bomb?); write the values out or use fewer aliases")
            continue
        if key in sizes:
            continue
        entered.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in entered:
                raise _AliasRefused(f"line {child.start_mark.line + 1}",
                                    "a recursive alias: an anchor (&name) is used (*name) inside itself; refused")
            if id(child) not in sizes:
                stack.append((child, False))


def _line_of(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def read_text(path: Path, *, encoding: str = "utf-8", missing: str = "file is missing") -> str:
    """A data file's text; a missing, unreadable or non-UTF-8 file is a DataError."""
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise DataError(path, "", missing) from None
    except OSError as exc:
        raise DataError(path, "", f"cannot be read ({exc.strerror})") from None
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DataError(path, f"line {_line_of(raw, exc.start)}",
                        "not valid UTF-8 text: save the file with the UTF-8 encoding") from None


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors name the line and column."""
    text = read_text(path)
    try:
        doc = yaml.load(text, Loader=_Loader)  # a safe loader (see _Loader)
    except _AliasRefused as exc:
        raise DataError(path, exc.where, exc.what) from None
    except RecursionError:
        raise DataError(path, "", "nested too deeply to read") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "syntax error"
        lines = text.splitlines()
        line = lines[mark.line] if mark and mark.line < len(lines) else ""
        if problem.startswith("duplicate key"):
            what = problem
        elif "\t" in line[: (mark.column + 1) if mark else 0]:
            what = "invalid YAML: a tab character; indent with spaces, not tabs"
        else:
            what = f"invalid YAML: {problem}" + (f" ({exc.context})" if exc.context and exc.problem else "")
            what += "; check the indentation, colons, brackets and quotes on this line and the one before"
        raise DataError(path, where, what) from None
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

    def names(self, obj: dict | list, key: str | int, where: str, *, required: bool = True,
              extra: tuple[str, ...] = ()) -> dict[str, str] | None:
        """A mapping of language → text; English is required. `extra`: other fields allowed beside."""
        here = _join(where, key)
        value = self.get(obj, key, where, dict, required=required)
        if value is None:
            return None
        out: dict[str, str] = {}
        for lang in value:
            if lang not in LANGS and lang not in extra:
                allowed = ", ".join(map(str, (*LANGS, *extra)))
                raise self.fail(f"{here}.{lang}", f"unknown field or language {lang!r} (expected: {allowed})")
            if lang in LANGS:
                out[lang] = self.text(value, lang, here)
        if "en" not in out:
            raise self.fail(f"{here}.en", "missing required field (the English text)")
        return out

    def known(self, body: Any, allowed: tuple[str, ...], where: str) -> None:
        """Reject fields this place does not have (a misspelt field would otherwise be ignored)."""
        if not isinstance(body, dict):
            raise self.fail(where or "(top)", f"expected a mapping, found {_kind(body)}")
        for key in body:
            if key not in allowed:
                raise self.fail(_join(where, str(key)),
                                f"unknown field {key!r} (expected one of: {', '.join(allowed)})")

    def text(self, obj: dict, key: str, where: str, *, required: bool = True) -> str | None:
        value = self.get(obj, key, where, (str, int, float), required=required)
        if value is None:
            return None
        if isinstance(value, bool):
            raise self.fail(_join(where, key), f"expected text, found true/false ({value})")
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
    return {"dict": "a mapping", "list": "a list", "str": "text", "int": "a whole number",
            "bool": "true or false", "date or str": "a date"}.get(name, name)


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


# --- countries and cities ----------------------------------------------------------------

def load_countries(path: Path) -> tuple[dict, dict]:
    doc = read_yaml(path)
    ck = Checker(path)
    ck.known(doc, ("regions", "countries"), "")
    regions_raw = ck.get(doc, "regions", "", dict)
    regions: dict[str, dict] = {}
    for rid, body in regions_raw.items():
        where = f"regions.{rid}"
        ck.ident(rid, where)
        regions[rid] = {"names": ck.names(regions_raw, rid, "regions", extra=REGION_FIELDS),
                        "adjective": ck.names(body, "adjective", where, required=False),
                        "aliases": _aliases(ck, body, where)}
    countries_raw = ck.get(doc, "countries", "", dict)
    countries: dict[str, dict] = {}
    for code, body in countries_raw.items():
        where = f"countries.{code}"
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            raise ck.fail(where, f"invalid country code {code!r}: use two capital letters (ISO 3166)")
        ck.known(body, (*LANGS, *COUNTRY_FIELDS), where)
        region = ck.text(body, "region", where)
        if region not in regions:
            raise ck.fail(f"{where}.region", f"unknown region {region!r} (known: {', '.join(regions)})")
        countries[code] = {"names": ck.names(countries_raw, code, "countries", extra=COUNTRY_FIELDS),
                           "region": region,
                           "adjective": ck.names(body, "adjective", where, required=False),
                           "aliases": _aliases(ck, body, where)}
    _check_place_clashes(ck, regions, countries)
    return regions, countries


def load_cities(path: Path, countries: dict) -> dict[str, dict]:
    doc = read_yaml(path)
    ck = Checker(path)
    ck.known(doc, ("cities",), "")
    raw = ck.get(doc, "cities", "", dict)
    if not raw:
        raise ck.fail("cities", "no cities defined")
    cities: dict[str, dict] = {}
    for cid, body in raw.items():
        where = f"cities.{cid}"
        ck.ident(cid, where)
        ck.known(body, (*LANGS, *CITY_FIELDS), where)
        country = ck.text(body, "country", where)
        if country not in countries:
            raise ck.fail(f"{where}.country", f"unknown country {country!r} (add it to countries.yaml)")
        cities[cid] = {"names": ck.names(raw, cid, "cities", extra=CITY_FIELDS), "country": country,
                       "aliases": _aliases(ck, body, where),
                       "mainland": ck.get(body, "mainland", where, bool, required=False, default=True)}
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
    """One name or alias on two cities (compared as the bot compares them: case, accents,
    punctuation and traditional/simplified Chinese folded)."""
    owner: dict[str, str] = {}
    for cid, city in cities.items():
        for field, name in [*city["names"].items(), *(("aliases", a) for a in city["aliases"])]:
            key = fold(name)
            if key and owner.setdefault(key, cid) != cid:
                raise ck.fail(f"cities.{cid}.{field}", f"the name {name!r} already belongs to the city "
                              f"{owner[key]!r}: a name or alias may belong to one city only")


def _check_place_clashes(ck: Checker, regions: dict, countries: dict) -> None:
    """One name or alias on two countries / regions."""
    owner: dict[str, str] = {}
    for kind, table in (("regions", regions), ("countries", countries)):
        for key, body in table.items():
            for name in [*body["names"].values(), *body["aliases"]]:
                folded = fold(name)
                if folded and owner.setdefault(folded, f"{kind}.{key}") != f"{kind}.{key}":
                    raise ck.fail(f"{kind}.{key}", f"the name {name!r} already belongs to {owner[folded]}: "
                                  "a name or alias may belong to one place only")


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
    report["structure"] = ck.names(doc, "structure", "", extra=("source",)) if structure else None
    if structure and "source" in structure:
        _source(ck, structure, "structure", sources)

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


def _source(ck: Checker, body: dict, where: str, sources: dict) -> str:
    """A fact's `source`: a key of `sources`, and if it names paragraphs (¶N) of a source that holds
    paragraph text, paragraphs it holds."""
    src = ck.text(body, "source", where)
    here = _join(where, "source")
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
        raise ck.fail(where, f"expected a city id or name, found {_kind(ref)} {ref!r:.40}")
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

def load_data(data_dir: Path) -> dict[str, Any]:
    """Validate a data folder and return its contents as plain Python data."""
    if not data_dir.is_dir():
        raise DataError(data_dir, "", "data folder not found")
    regions, countries = load_countries(data_dir / "countries.yaml")
    cities = load_cities(data_dir / "cities.yaml", countries)
    refs = city_refs(cities)
    folders = sorted(p for p in (data_dir / "reports").glob("*") if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise DataError(data_dir / "reports", "", "no reports found (expected reports/<id>/report.yaml)")
    reports = []
    for folder in folders:
        path = folder / "report.yaml"
        if not path.is_file():
            raise DataError(path, "", "file is missing (every folder under reports/ holds one report.yaml)")
        report = load_report(path, cities, countries, refs)
        if report["id"] in {r["id"] for r in reports}:
            raise DataError(path, "id", f"duplicate report id {report['id']!r}")
        reports.append(report)
    if sum(r["default"] for r in reports) > 1:
        raise DataError(data_dir / "reports", "", "more than one report says default: true")
    from index_core.load_language import load_language, load_wording
    from index_core.paths import language_folder

    return {"regions": regions, "countries": countries, "cities": cities, "reports": reports,
            "language": load_language(language_folder(data_dir, "language")),
            "wording": load_wording(language_folder(data_dir, "wording"))}
