"""Bad data: each kind gets one DataError naming the file, the place in it and what is wrong.

Every case copies the real data folder, breaks one thing, and checks the error exactly: the
file, the place (key path or line), and a message a non-programmer can act on.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from index_support import TWO_REPORTS, edit_yaml

from index_core.errors import DataError
from index_core.load import load_data

REPORT = "reports/set-2025/report.yaml"
CSV = "reports/set-2025/overall.csv"
ROOT = Path(__file__).resolve().parents[2]


def _pos(data: Path, list_id: str) -> int:
    """Where a list sits in the report's `lists` (so the cases survive reordering)."""
    from index_core.load import read_yaml

    return [item["id"] for item in read_yaml(data / REPORT)["lists"]].index(list_id)


def _list(doc: dict, list_id: str) -> dict:
    return next(item for item in doc["lists"] if item["id"] == list_id)


def _edit_list(data: Path, list_id: str, change: Callable[[dict], object]) -> str:
    where = f"lists[{_pos(data, list_id)}]"
    edit_yaml(data / REPORT, lambda doc: change(_list(doc, list_id)))
    return where


def _replace(path: Path, old: str, new: str, *, encoding: str = "utf-8") -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_bytes(text.replace(old, new, 1).encode(encoding))


# --- the cases: each breaks the copy and returns (file, where, what pattern) ----------------------

def yaml_syntax(data: Path):
    lines = (data / "cities.yaml").read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.strip() == "boston:") + 1  # 0-based → line after
    lines.insert(n, "    en: [Boston")
    (data / "cities.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "cities.yaml", re.compile(rf"line {n + 2}, column \d+"), r"invalid YAML: .*check the indentation"


def tab_indentation(data: Path):
    text = (data / "countries.yaml").read_text(encoding="utf-8")
    (data / "countries.yaml").write_text(text.replace("  US:", "\tUS:", 1), encoding="utf-8")
    line = text.splitlines().index("  US:") + 1
    return "countries.yaml", re.compile(rf"line {line}, column 1"), r"invalid YAML: .*tab"


def empty_file(data: Path):
    (data / "cities.yaml").write_text("# nothing here yet\n", encoding="utf-8")
    return "cities.yaml", "", r"^file is empty$"


def missing_field(data: Path):
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["boston"].pop("country"))
    return "cities.yaml", "cities.boston.country", r"^missing required field$"


def missing_english_name(data: Path):
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["tokyo"].pop("en"))
    return "cities.yaml", "cities.tokyo.en", r"missing required field \(the English text\)"


def wrong_type_number(data: Path):
    edit_yaml(data / REPORT, lambda doc: doc.update(cities_evaluated="thirty"))
    return REPORT, "cities_evaluated", r"expected a whole number, found text 'thirty'"


def wrong_type_boolean(data: Path):
    where = _edit_list(data, "talent", lambda item: item.update(complete="yes"))
    return REPORT, f"{where}.complete", r"expected true or false, found text 'yes'"


def wrong_type_list(data: Path):
    where = _edit_list(data, "balanced-education", lambda item: item.update(members="london, beijing"))
    return REPORT, f"{where}.members", r"expected a list, found text"


def unknown_city_in_a_ranking(data: Path):
    where = _edit_list(data, "education", lambda item: item["entries"][0].update(city="atlantis"))
    return REPORT, f"{where}.entries[0].city", r"unknown city 'atlantis' \(add it to cities\.yaml\)"


def misspelt_city_in_a_group(data: Path):
    where = _edit_list(data, "talent-potential", lambda item: item["members"].__setitem__(1, "guangzou"))
    return REPORT, f"{where}.members[1]", r"unknown city 'guangzou'.*did you mean 'guangzhou'\?"


def duplicate_rank(data: Path):
    where = _edit_list(data, "education", lambda item: item["entries"][1].update(rank=1))
    return REPORT, f"{where}.entries[1].rank", r"rank 1 is given twice \('boston' and 'london'\)"


def rank_beyond_published(data: Path):
    where = _edit_list(data, "innovation", lambda item: item["entries"][2].update(rank=4))
    return REPORT, f"{where}.entries[2].rank", r"rank 4 is beyond the published 3"


def missing_rank(data: Path):
    where = _edit_list(data, "education", lambda item: item.update(published=4))
    return REPORT, f"{where}.published", r"says 4 ranks were published, but no city is given for rank 4"


def city_twice_in_a_ranking(data: Path):
    where = _edit_list(data, "education", lambda item: item["entries"][2].update(city="boston"))
    return REPORT, f"{where}.entries[2].city", r"city 'boston' is listed twice \(ranks 1 and 3\)"


def city_twice_in_a_group(data: Path):
    where = _edit_list(data, "balanced-education", lambda item: item["members"].append("london"))
    return REPORT, f"{where}.members[4]", r"city 'london' is listed twice"


def one_alias_on_two_cities(data: Path):
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["london"]["aliases"].append("bos"))
    return "cities.yaml", "cities.london.aliases", r"the name 'bos' already belongs to the city 'boston'"


def alias_clash_after_folding(data: Path):
    # "S.F." and "sf" are the same to the bot (case and dots folded)
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["seattle"]["aliases"].append("S.F"))
    return "cities.yaml", "cities.seattle.aliases", r"the name 'S\.F' already belongs to the city 'san-francisco'"


def composition_allows_fewer_than_named(data: Path):
    where = _edit_list(data, "talent", lambda item: item.update(composition={"US": 6, "CN": 4}))
    return REPORT, f"{where}.composition.CN", r"the composition allows 4 cities from CN, but 5 of the named members"


def member_outside_the_composition(data: Path):
    where = _edit_list(data, "talent", lambda item: item["members"].append("tokyo"))
    return (REPORT, f"{where}.members[5]",
            r"'tokyo' is from JP, which the composition \(US, CN\) does not include")


def composition_sum_differs_from_size(data: Path):
    where = _edit_list(data, "talent", lambda item: item.update(size=12))
    return REPORT, f"{where}.composition", r"adds up to 10 but size is 12"


def complete_group_missing_members(data: Path):
    where = _edit_list(data, "balanced-education", lambda item: item.update(size=5))
    return REPORT, f"{where}.complete", r"says complete but names 4 of 5 members"


def unknown_country_code(data: Path):
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["tokyo"].update(country="XX"))
    return "cities.yaml", "cities.tokyo.country", r"unknown country 'XX' \(add it to countries\.yaml\)"


def invalid_country_code(data: Path):
    edit_yaml(data / "countries.yaml", lambda doc: doc["countries"].update(Japan={"en": "Japan", "region": "asia"}))
    return "countries.yaml", "countries.Japan", r"invalid country code 'Japan': use two capital letters"


def unknown_country_in_composition(data: Path):
    where = _edit_list(data, "talent", lambda item: item.update(composition={"US": 5, "CN": 5, "ZZ": 0}))
    return REPORT, f"{where}.composition.ZZ", r"unknown country 'ZZ'"


def unknown_region(data: Path):
    edit_yaml(data / "countries.yaml", lambda doc: doc["countries"]["JP"].update(region="antarctica"))
    return "countries.yaml", "countries.JP.region", r"unknown region 'antarctica' \(known: .*asia"


def unknown_area(data: Path):
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["tokyo"].update(areas=["kanto"]))
    return "cities.yaml", "cities.tokyo.areas", r"unknown area 'kanto' \(add it under areas: in countries\.yaml\)"


def area_of_another_country(data: Path):
    edit_yaml(data / "cities.yaml", lambda doc: doc["cities"]["tokyo"].update(areas=["us-west-coast"]))
    return "cities.yaml", "cities.tokyo.areas", r"the area 'us-west-coast' lies in US, not in this city's country JP"


def duplicate_list_id(data: Path):
    first, second = _pos(data, "overall"), _pos(data, "education")
    assert first < second
    _edit_list(data, "education", lambda item: item.update(id="overall"))
    return REPORT, f"lists[{second}].id", rf"duplicate list id 'overall' \(also lists\[{first}\]\)"


def unknown_source_key(data: Path):
    where = _edit_list(data, "overall", lambda item: item.update(source="reuters ¶4"))
    return REPORT, f"{where}.source", r"unknown source 'reuters'.*known: xinhua, stdaily"


def unknown_list_kind(data: Path):
    where = _edit_list(data, "talent", lambda item: item.update(kind="top-list"))
    return REPORT, f"{where}.kind", r"unknown kind 'top-list' \(use one of ranking, group\)"


def misspelt_field(data: Path):
    where = _edit_list(data, "talent", lambda item: item.update(sise=10))
    return REPORT, f"{where}.sise", r"unknown field 'sise' \(expected one of: .*size"


def bad_date(data: Path):
    _replace(data / REPORT, "released: 2025-01-24", "released: 2025-13-45")
    return REPORT, "released", r"expected a date written year-month-day like 2025-01-24, found '2025-13-45'"


def date_in_another_format(data: Path):
    _replace(data / REPORT, "released: 2025-01-24", "released: 24/01/2025")
    return REPORT, "released", r"found '24/01/2025'"


def csv_bad_header(data: Path):
    _replace(data / CSV, "rank,city", "position,town")
    return CSV, "line 1", r"the first line must name the columns rank and city, found position, town"


def csv_rank_not_a_number(data: Path):
    _replace(data / CSV, "3,beijing", "third,beijing")
    return CSV, "line 4", r"rank must be a whole number, found 'third'"


def csv_unknown_city(data: Path):
    _replace(data / CSV, "5,new-york", "5,new-yrok")
    return CSV, "line 6", r"unknown city 'new-yrok'.*did you mean 'new-york'\?"


def csv_duplicate_rank(data: Path):
    _replace(data / CSV, "7,seattle", "6,seattle")
    return CSV, "line 8", r"rank 6 is given twice \('los-angeles' and 'seattle'\)"


def csv_missing_file(data: Path):
    (data / CSV).unlink()
    return CSV, "", r"file is missing \(named by entries_file in report\.yaml\)"


def csv_not_utf8(data: Path):
    _replace(data / CSV, "4,london", "4,londön", encoding="latin-1")
    return CSV, "line 5", r"not valid UTF-8 text: save the file with the UTF-8 encoding"


def yaml_not_utf8(data: Path):
    text = (data / "cities.yaml").read_text(encoding="utf-8")
    line = text.splitlines().index("    en: Boston") + 1
    (data / "cities.yaml").write_bytes(text.replace("    en: Boston", "    en: Böston").encode("utf-8")
                                       .replace("Böston".encode(), "Böston".encode("latin-1")))
    return "cities.yaml", f"line {line}", r"not valid UTF-8"


def missing_report_yaml(data: Path):
    (data / REPORT).unlink()
    return REPORT, "", r"file is missing \(every folder under reports/ holds one report\.yaml\)"


def no_reports_at_all(data: Path):
    shutil.rmtree(data / "reports")
    return "reports", "", r"no reports found"


def missing_countries_file(data: Path):
    (data / "countries.yaml").unlink()
    return "countries.yaml", "", r"^file is missing$"


def duplicate_yaml_key(data: Path):
    text = (data / "cities.yaml").read_text(encoding="utf-8")
    first = text.splitlines().index("  boston:") + 1
    extra = "  boston:\n    en: Boston again\n    country: US\n"
    (data / "cities.yaml").write_text(text.rstrip("\n") + "\n" + extra, encoding="utf-8")
    line = len(text.rstrip("\n").splitlines()) + 1
    return "cities.yaml", f"line {line}, column 3", rf"duplicate key 'boston' \(already on line {first}\)"


def top_level_not_a_mapping(data: Path):
    (data / "cities.yaml").write_text("- boston\n- london\n", encoding="utf-8")
    return "cities.yaml", "(top)", r"expected a mapping, found a list"


def duplicate_statement_id(data: Path):
    edit_yaml(data / REPORT, lambda doc: doc["statements"][1].update(id=doc["statements"][0]["id"]))
    return REPORT, "statements[1].id", r"duplicate statement id .* \(also statements\[0\]\)"


def group_bigger_than_evaluated(data: Path):
    where = _edit_list(data, "talent-potential", lambda item: item.update(size=31))
    return REPORT, f"{where}.size", r"31 is more than cities_evaluated \(30\)"


def published_beyond_evaluated(data: Path):
    where = _edit_list(data, "education", lambda item: item.update(published=40))
    return REPORT, f"{where}.published", r"must be between 1 and cities_evaluated \(30\), found 40"


def unknown_structure_focus(data: Path):
    edit_yaml(data / REPORT, lambda doc: doc["structure"].update(mainly="speed"))
    return REPORT, "structure.mainly", r"expected one of: strength, growth \(found 'speed'\)"


CASES = [yaml_syntax, tab_indentation, empty_file, missing_field, missing_english_name, wrong_type_number,
         wrong_type_boolean, wrong_type_list, unknown_city_in_a_ranking, misspelt_city_in_a_group, duplicate_rank,
         rank_beyond_published, missing_rank, city_twice_in_a_ranking, city_twice_in_a_group, one_alias_on_two_cities,
         alias_clash_after_folding, composition_allows_fewer_than_named, member_outside_the_composition,
         composition_sum_differs_from_size, complete_group_missing_members, unknown_country_code,
         invalid_country_code, unknown_country_in_composition, unknown_region, unknown_area, area_of_another_country,
         duplicate_list_id,
         unknown_source_key, unknown_list_kind, misspelt_field, bad_date, date_in_another_format, csv_bad_header,
         csv_rank_not_a_number, csv_unknown_city, csv_duplicate_rank, csv_missing_file, csv_not_utf8, yaml_not_utf8,
         missing_report_yaml, no_reports_at_all, missing_countries_file, duplicate_yaml_key, top_level_not_a_mapping,
         duplicate_statement_id, group_bigger_than_evaluated, published_beyond_evaluated, unknown_structure_focus]


def test_the_real_data_is_valid():
    """The project's own data folder, whatever reports it holds (this one reads `data/` on purpose)."""
    from index_core.paths import PROJECT_DATA

    data = load_data(PROJECT_DATA)
    assert "set-2025" in [r["id"] for r in data["reports"]]


def test_the_frozen_copy_is_valid(data_copy):
    data = load_data(data_copy)
    assert [r["id"] for r in data["reports"]] == ["set-2025"]


@pytest.mark.parametrize("case", CASES, ids=[case.__name__ for case in CASES])
def test_bad_data(data_copy, case):
    file, where, what = case(data_copy)
    with pytest.raises(DataError) as raised:
        load_data(data_copy)
    err = raised.value
    assert Path(err.file) == data_copy / file
    if isinstance(where, re.Pattern):
        assert where.fullmatch(err.where), err
    elif where is not None:
        assert err.where == where, err
    assert re.search(what, err.what), err
    text = str(err)  # one line: file, place, fault
    assert text.startswith(str(data_copy / file)) and "\n" not in text
    assert "Traceback" not in text and "Error" not in text.replace("DataError", "")


def test_missing_data_folder(tmp_path):
    with pytest.raises(DataError) as raised:
        load_data(tmp_path / "no-such-folder")
    assert (raised.value.file, raised.value.what) == (str(tmp_path / "no-such-folder"), "data folder not found")


def test_norway_needs_no_quotes(data_copy):
    """YAML 1.1 reads a bare NO as false; the data is read so that country codes stay text."""
    with (data_copy / "countries.yaml").open("a", encoding="utf-8") as out:
        out.write("  NO:\n    en: Norway\n    region: europe\n")
    with (data_copy / "cities.yaml").open("a", encoding="utf-8") as out:
        out.write("  oslo:\n    en: Oslo\n    country: NO\n")
    data = load_data(data_copy)
    assert data["cities"]["oslo"]["country"] == "NO" and "NO" in data["countries"]


def test_a_ranking_may_name_cities_by_name(data_copy):
    _replace(data_copy / CSV, "2,san-francisco", "2,San Francisco")
    _replace(data_copy / CSV, "9,hong-kong", "9,HK")
    order = next(item for item in load_data(data_copy)["reports"][0]["lists"] if item["id"] == "overall")["order"]
    assert order[1] == "san-francisco" and order[8] == "hong-kong"


# --- the command line -------------------------------------------------------------------------

def _one_stderr_line(stderr: str, file: Path) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("citybot: bad data: ") and str(file) in lines[0], stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_cli_build_index_reports_bad_data_in_one_line(data_copy, capsys):
    from bot.cli import main

    edit_yaml(data_copy / "cities.yaml", lambda doc: doc["cities"]["tokyo"].update(country="XX"))
    assert main(["--data", str(data_copy), "build-index", "--no-gazetteer"]) == 2
    captured = capsys.readouterr()
    line = _one_stderr_line(captured.err, data_copy / "cities.yaml")
    assert line.endswith("cities.tokyo.country: unknown country 'XX' (add it to countries.yaml)")
    assert captured.out == ""


def test_cli_process_exits_2_without_traceback(data_copy, isolated):
    _replace(data_copy / REPORT, "released: 2025-01-24", "released: 2025-13-45")  # once a crash in PyYAML
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "--data", str(data_copy), "build-index",
                           "--no-gazetteer"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    line = _one_stderr_line(proc.stderr, data_copy / REPORT)
    assert line.endswith(": released: expected a date written year-month-day like 2025-01-24, found '2025-13-45'")
    assert proc.stdout == "" and not list(isolated.glob("*.json"))


def test_cli_build_index_on_good_data(capsys, isolated):
    from bot.cli import main

    assert main(["--data", str(TWO_REPORTS), "build-index", "--no-gazetteer"]) == 0
    out = capsys.readouterr().out
    assert "report demo-2026 (default)" in out and str(isolated) in out
    assert len(list(isolated.glob("index-*.json"))) == 1
