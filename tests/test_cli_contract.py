"""The command-line contract (docs/CONTRACT.md): ask, ask --jsonl, exit codes, --version, python -m bot."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli_answer import answer_stream

CLI = [sys.executable, "-m", "bot.cli"]


def run(*args: str, stdin: str | bytes | None = None, cli: list[str] = CLI) -> subprocess.CompletedProcess:
    text = not isinstance(stdin, bytes)
    return subprocess.run([*cli, *args], input=stdin, capture_output=True, text=text, timeout=120)


def jsonl(stdin: str | bytes) -> list[dict]:
    proc = run("ask", "--jsonl", stdin=stdin)
    out, err = (proc.stdout, proc.stderr) if isinstance(proc.stdout, str) else (
        proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace"))  # output is valid UTF-8, or this fails
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    return [json.loads(line) for line in out.splitlines()]


def test_ask_prints_the_plain_text_reply() -> None:
    proc = run("ask", "where does Shanghai rank?")
    assert proc.returncode == 0
    assert "Shanghai" in proc.stdout and "8th" in proc.stdout
    assert "<b>" not in proc.stdout


def test_jsonl_keeps_order_and_context_per_chat() -> None:
    lines = [
        {"chat": "a", "text": "where does Beijing rank?"},
        {"chat": "b", "text": "top 3"},
        {"chat": "a", "text": "and in innovation?"},
        "plain text line: rank of tokyo",
        "{not json",
        {"chat": "c", "text": 5},
    ]
    stdin = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    out = jsonl(stdin)
    assert len(out) == len(lines)
    assert out[0]["chat"] == "a" and "3rd" in out[0]["reply"] and out[0]["intent"] == "rank"
    assert out[1]["chat"] == "b" and out[1]["reply"].index("Boston") < out[1]["reply"].index("Beijing")
    assert "Beijing" in out[2]["reply"] and "innovation" in out[2]["reply"]
    assert "Tokyo" in out[3]["reply"]
    assert "error" in out[4] and "line 5" in out[4]["error"]
    assert "error" in out[5]
    for obj in out[:4]:
        assert {"chat", "text", "intent", "lang", "reply"} <= obj.keys()


def test_a_blank_line_gets_an_error_object_in_its_place() -> None:
    out = jsonl('top 3\n\n   \n{"chat": "x", "text": "  "}\nrank of tokyo\n')
    assert len(out) == 5
    assert out[1] == {"chat": None, "text": "", "error": out[1]["error"]} and out[1]["error"].startswith("line 2: ")
    assert "empty line" in out[1]["error"] and out[2]["error"].startswith("line 3: ")
    assert out[3]["chat"] == "x" and out[3]["error"].startswith("line 4: ")
    assert "Tokyo" in out[4]["reply"] and "reply" not in out[1]


def test_a_text_of_lone_surrogates_only_gets_an_error_object_and_the_next_line_is_answered() -> None:
    out = jsonl(b'{"text": "\\ud800"}\n{"text": " \\udc00 "}\nwhere does Shanghai rank?\n')
    assert [("error" in o, "reply" in o) for o in out] == [(True, False), (True, False), (False, True)]
    assert out[0]["error"].startswith("line 1: ") and out[1]["error"].startswith("line 2: ")
    assert "Shanghai" in out[2]["reply"]


def test_odd_lines_each_get_an_object_and_the_stream_goes_on() -> None:
    odd = [
        b'{"chat": "s", "text": "\\ud800 where does Shanghai rank?"}',  # a lone surrogate: not a character
        b'{"chat": "s", "text": "\\udfff\\ud83d"}',
        b"\xff\xfe not UTF-8",
        b'{"chat": 1' + b"0" * 5000 + b', "text": "top 3"}',  # more digits than Python reads by default
        b"[" * 100_000 + b"]" * 100_000,  # not starting with {: a plain text message
        b"{" + b'"a":{' * 100_000 + b"}" * 100_001,
        b'{"chat": {"nested": 1}, "text": "top 3"}',
        b'{"chat": true, "text": "top 3"}',
        b'{"text": "top 3", "chat": 7}',
        b'{"chat": "z"}',  # no text
        b"\x00\x01\x1b[31m",
        b"top 3\r",
    ]
    out = jsonl(b"\n".join(odd) + b"\n")
    assert len(out) == len(odd)
    assert "Shanghai" in out[0]["reply"] and out[0]["text"].startswith("\ufffd")
    assert out[1]["error"].startswith("line 2: the text holds no character") and "reply" not in out[1]
    assert out[1]["text"] == "\ufffd\ufffd" and out[1]["chat"] == "s"
    assert out[2]["error"].startswith("line 3: not valid UTF-8")
    for i in (3, 5, 6, 7):
        assert out[i]["error"].startswith(f"line {i + 1}: "), out[i]
    assert "reply" in out[4]
    assert out[8]["chat"] == "7" and "Boston" in out[8]["reply"]
    assert "error" in out[9] and "reply" in out[10]
    assert out[11]["text"] == "top 3"


class _Engine:
    """Answers like an engine; fails on one message, as a bug would."""

    def answer(self, text, state):
        if "boom" in text:
            raise RuntimeError("a bug")
        from bot.reply import Reply

        state["n"] = state.get("n", 0) + 1
        return Reply(text=f"echo {text}", html="", intent="echo", lang="en")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=60) | st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass"))
                | st.builds(lambda t, c: json.dumps({"chat": c, "text": t}).encode(), st.text(max_size=30),
                            st.none() | st.integers() | st.text(max_size=5) | st.booleans() | st.floats()),
                max_size=8))
def test_any_input_gives_exactly_one_valid_json_object_a_line(chunks):
    lines = [chunk.replace(b"\n", b" ") + b"\n" for chunk in [*chunks, b"boom"]]
    out = io.BytesIO()
    answer_stream(_Engine(), lines, out)
    written = out.getvalue().decode("utf-8").splitlines()  # strict UTF-8
    assert len(written) == len(lines)
    for n, line in enumerate(written, start=1):
        obj = json.loads(line)
        assert ("reply" in obj) != ("error" in obj), obj
        assert "error" not in obj or obj["error"].startswith(f"line {n}: ")
    assert "internal error" in json.loads(written[-1])["error"]


def test_bad_usage_exits_2_with_one_line() -> None:
    for args in (("ask",), ("ask", "--jsonl", "top 3"), ("ask", "--nope", "x")):
        proc = run(*args)
        assert proc.returncode == 2, args
        assert len(proc.stderr.strip().splitlines()) <= 2 and "Traceback" not in proc.stderr


def test_missing_data_folder_is_one_clear_line() -> None:
    proc = run("--data", "/nonexistent/folder", "ask", "top 3")
    assert proc.returncode == 2
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "/nonexistent/folder" in err[0] and "Traceback" not in proc.stderr


def test_bytes_that_are_not_utf8_in_the_question_are_answered() -> None:
    proc = subprocess.run([*CLI, "ask", b"where does shanghai rank \xff?"], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Shanghai" in proc.stdout.decode("utf-8")


def test_python_m_bot_is_the_citybot_command() -> None:
    as_module = run("ask", "top 3", cli=[sys.executable, "-m", "bot"])
    assert as_module.returncode == 0 and as_module.stdout == run("ask", "top 3").stdout
    version = run("--version", cli=[sys.executable, "-m", "bot"])
    assert version.returncode == 0 and version.stdout.startswith("citybot ") and version.stdout.count("\n") == 1


def test_the_help_names_the_report_from_the_data(tmp_path) -> None:
    from frozen_data import frozen_copy

    proc = run("--help")
    assert proc.returncode == 0 and "Global Innovation Cities report 2025" in " ".join(proc.stdout.split())
    data = frozen_copy(tmp_path / "data")
    report = data / "reports" / "set-2025" / "report.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("en: Global Innovation Cities report 2025",
                                                                  "en: Innovation Cities report 2031"),
                      encoding="utf-8")
    proc = subprocess.run([*CLI, "--help"], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "CITYBOT_DATA": str(data)})
    assert "Innovation Cities report 2031" in " ".join(proc.stdout.split())
