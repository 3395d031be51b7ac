"""Read and validate a data folder. Every problem becomes one DataError naming file, place, fault.

Countries, regions and cities here; each report in load_report.py; safe YAML reading in read.py.
Uses only PyYAML (a safe loader: data is never executed) and the csv module; the build step turns
the validated data into tables with pandas.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from index_core.checker import LANGS, Checker
from index_core.errors import DataError
from index_core.load_report import city_refs, load_report
from index_core.paths import data_files  # noqa: F401 - re-exported
from index_core.read import MAX_YAML_VALUES, _Loader, read_text, read_yaml  # noqa: F401 - re-exported
from index_core.text import fold

REGION_FIELDS = ("adjective", "aliases")
COUNTRY_FIELDS = ("adjective", "region", "aliases")
AREA_FIELDS = ("adjective", "country", "aliases")
CITY_FIELDS = ("country", "aliases", "mainland", "areas")


# --- countries and cities ----------------------------------------------------------------

def load_countries(path: Path) -> tuple[dict, dict, dict]:
    """Regions, countries and areas (parts of one country: "the West Coast", "粤港澳大湾区")."""
    doc = read_yaml(path)
    ck = Checker(path)
    ck.known(doc, ("regions", "countries", "areas"), "")
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
    areas_raw = ck.get(doc, "areas", "", dict, required=False, default={})
    areas: dict[str, dict] = {}
    for aid, body in areas_raw.items():
        where = f"areas.{aid}"
        ck.ident(aid, where)
        ck.known(body, (*LANGS, *AREA_FIELDS), where)
        country = ck.text(body, "country", where)
        if country not in countries:
            raise ck.fail(f"{where}.country", f"unknown country {country!r} (add it under countries:)")
        areas[aid] = {"names": ck.names(areas_raw, aid, "areas", extra=AREA_FIELDS), "country": country,
                      "adjective": ck.names(body, "adjective", where, required=False),
                      "aliases": _aliases(ck, body, where)}
    _check_place_clashes(ck, regions, countries, areas)
    return regions, countries, areas


def load_cities(path: Path, countries: dict, areas: dict | None = None) -> dict[str, dict]:
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
        in_areas = ck.get(body, "areas", where, list, required=False, default=[])
        for area in in_areas:
            if area not in (areas or {}):
                raise ck.fail(f"{where}.areas", f"unknown area {area!r} (add it under areas: in countries.yaml)")
            if areas[area]["country"] != country:
                raise ck.fail(f"{where}.areas", f"the area {area!r} lies in {areas[area]['country']}, "
                              f"not in this city's country {country}")
        cities[cid] = {"names": ck.names(raw, cid, "cities", extra=CITY_FIELDS), "country": country,
                       "aliases": _aliases(ck, body, where), "areas": list(in_areas),
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


def _check_place_clashes(ck: Checker, regions: dict, countries: dict, areas: dict) -> None:
    """One name or alias on two countries / regions / areas."""
    owner: dict[str, str] = {}
    for kind, table in (("regions", regions), ("countries", countries), ("areas", areas)):
        for key, body in table.items():
            for name in [*body["names"].values(), *body["aliases"]]:
                folded = fold(name)
                if folded and owner.setdefault(folded, f"{kind}.{key}") != f"{kind}.{key}":
                    raise ck.fail(f"{kind}.{key}", f"the name {name!r} already belongs to {owner[folded]}: "
                                  "a name or alias may belong to one place only")

def load_data(data_dir: Path) -> dict[str, Any]:
    """Validate a data folder and return its contents as plain Python data."""
    if not data_dir.is_dir():
        raise DataError(data_dir, "", "data folder not found")
    regions, countries, areas = load_countries(data_dir / "countries.yaml")
    cities = load_cities(data_dir / "cities.yaml", countries, areas)
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
    from index_core.paths import PROJECT_DATA, language_folder

    folder, own = language_folder(data_dir, "wording"), PROJECT_DATA / "wording"
    wording = load_wording(folder)
    if folder.resolve() != own.resolve() and own.is_dir():  # a copy made before newer phrases existed:
        wording = {**load_wording(own), **wording}  # the project's phrases fill its gaps, its own words win
    return {"regions": regions, "countries": countries, "areas": areas, "cities": cities, "reports": reports,
            "language": load_language(language_folder(data_dir, "language")), "wording": wording}

