"""`citybot chat` as a person uses it in a terminal: Ctrl-C drops the line and gives a fresh prompt,
Ctrl-D ends on a fresh line, replies fit the terminal's width without broken words, and an
edited data file is answered from at the next question."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
import unicodedata
from pathlib import Path

import pytest
from frozen_data import frozen_copy

from bot.cli_chat import wrap

ROOT = Path(__file__).resolve().parents[1]


def cells(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


# --- wrapping -------------------------------------------------------------------------------------

REPLY = ("Shanghai ranks 8th overall among the 30 cities evaluated. Just behind Seattle (7th) and ahead of "
         "Hong Kong (9th).\n• 5 Chinese cities: Beijing, Shenzhen, Hong Kong, Guangzhou and Shanghai, all of "
         "them named in the report\nSource: Xinhua, 25 January 2025")
ZH = ("上海在综合排名中位列第8（共评估30座城市）。紧随西雅图（第7）之后，领先于香港（第9）。"
      "另外：位列人才发展前10（未公布排序）。")


@pytest.mark.parametrize("width", [24, 40, 61, 80])
def test_lines_fit_the_width_and_no_word_is_broken(width):
    wrapped = wrap(REPLY, width)
    assert all(cells(line) <= width for line in wrapped.split("\n"))
    assert wrapped.split() == REPLY.split()  # the same words, in order, none cut in two


def test_a_bullet_continues_under_its_text():
    lines = wrap(REPLY, 40).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("• "))
    assert lines[start + 1].startswith("  ") and not lines[start + 1].startswith("   ")


@pytest.mark.parametrize("width", [20, 33, 50])
def test_chinese_breaks_between_characters_never_inside_a_number_or_before_a_comma(width):
    lines = wrap(ZH, width).split("\n")
    assert len(lines) > 1 and all(cells(line) <= width for line in lines)
    assert "".join(lines) == ZH
    assert not any(line[0] in "，。、）：" for line in lines)
    joined = "|".join(lines)
    assert "3|0" not in joined and "1|0" not in joined


def test_short_replies_and_narrow_widths_are_left_alone():
    assert wrap("top 3:\n• Boston", 80) == "top 3:\n• Boston"
    assert wrap(REPLY, 0) == REPLY


# --- a real terminal --------------------------------------------------------------------------------

class Terminal:
    """`citybot chat` in a pseudo-terminal of a given size, read and typed into like a person would."""

    def __init__(self, columns: int, env: dict[str, str] | None = None) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the terminal is its controlling terminal, so ^C is SIGINT
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-m", "bot", "chat"], {**os.environ, **(env or {})})
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        self.seen = ""

    def read_until(self, text: str, timeout: float = 60.0, *, since: int = 0) -> str:
        """Read until `text` appears (after position `since` of what was seen)."""
        deadline = time.monotonic() + timeout
        while text not in self.seen[since:]:
            left = deadline - time.monotonic()
            assert left > 0, f"never saw {text!r} in:\n{self.seen}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536).decode("utf-8", "replace")
                except OSError:  # the child is gone
                    break
        return self.seen

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def interrupt(self) -> None:
        """Ctrl-C, as a person presses it: a moment after the screen shows what they typed. (Python
        notices a SIGINT that lands in the microseconds between readline drawing the prompt and
        waiting for a key only at the next key.)"""
        time.sleep(0.2)
        self.type("\x03")

    def exit_status(self, timeout: float = 30.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("citybot chat did not end")

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


@pytest.fixture
def terminal(tmp_path):
    made: list[Terminal] = []

    def start(columns: int = 80, **env: str) -> Terminal:
        term = Terminal(columns, {"CITYBOT_STATE_DIR": str(tmp_path / "state"), **env})
        made.append(term)
        return term

    yield start
    for term in made:
        term.close()


def test_ctrl_c_drops_the_line_and_gives_a_fresh_prompt_and_ctrl_d_ends(terminal):
    term = terminal()
    term.read_until("> ")
    start = len(term.seen)
    term.type("where does Tok")  # half a question ...
    term.read_until("where does Tok", since=start)
    term.interrupt()  # ... and Ctrl-C
    term.read_until("\n> ", since=start)
    term.type("top 3\r")
    term.read_until("3. Beijing")
    typed = term.seen[start:].replace("\r", "")
    assert typed.startswith("where does Tok\n> top 3\n")  # the line dropped, a fresh prompt on a new line
    assert "Tokyo" not in typed and "Traceback" not in typed
    mark = term.seen.rindex("3. Beijing")
    term.read_until("\n> ", since=mark)
    mark = len(term.seen)
    term.interrupt()  # Ctrl-C at an empty prompt does not end the conversation either
    term.read_until("\n> ", since=mark)
    term.type("rank of tokyo\r")
    term.read_until("Tokyo ranks", since=mark)
    term.read_until("\n> ", since=term.seen.rindex("Tokyo ranks"))
    mark = len(term.seen)
    term.type("\x04")  # Ctrl-D
    assert term.exit_status() == 0
    term.read_until("\n", timeout=5, since=mark)
    assert term.seen[mark:].replace("\r", "") == "\n"  # ends on a fresh line, saying nothing more


def test_replies_wrap_at_the_terminal_width(terminal):
    term = terminal(columns=44)
    term.read_until("> ")
    start = len(term.seen)
    term.type("where does Shanghai rank?\r")
    term.read_until("Source:", since=start)
    term.read_until("\n> ", since=term.seen.rindex("Source:"))
    reply = term.seen[start:].replace("\r", "").split("\n")[1:-2]
    assert len(reply) > 4 and all(0 < cells(line) <= 44 for line in reply), reply
    assert " ".join(" ".join(reply).split()).startswith("Shanghai ranks 8th overall among the 30 cities evaluated.")
    assert reply[-1] == "Source: Xinhua, 25 January 2025"


# --- reloading -------------------------------------------------------------------------------------

class PipedChat:
    """`citybot chat` on pipes, answering from its own copy of the data (`--data DIR`); started by
    the first question."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.data = frozen_copy(tmp_path / "data")
        self._proc: subprocess.Popen[str] | None = None

    @property
    def proc(self) -> subprocess.Popen[str]:
        if self._proc is None:
            env = {**os.environ, "CITYBOT_INDEX_DIR": str(self.tmp_path / "index"), "CITYBOT_NO_GAZETTEER": "1",
                   "CITYBOT_STATE_DIR": str(self.tmp_path / "state")}
            self._proc = subprocess.Popen([sys.executable, "-m", "bot", "--data", str(self.data), "chat"],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                          text=True, env=env, cwd=self.tmp_path)
        return self._proc

    def ask(self, question: str) -> str:
        """The first line of the reply (a reply stating a fact ends with its source)."""
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(question + "\n")
        self.proc.stdin.flush()
        lines = [self.proc.stdout.readline()]
        while not lines[-1].startswith("Source:"):
            assert lines[-1], "the chat ended"
            lines.append(self.proc.stdout.readline())
        return lines[0]

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.data / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    def swap_first_two(self) -> None:
        """Boston and San Francisco change places in the overall ranking."""
        self.edit("reports/set-2025/overall.csv", "1,boston\n2,san-francisco\n", "1,san-francisco\n2,boston\n")

    def end(self) -> list[str]:
        """Ctrl-D; the lines written on stderr."""
        _out, err = self.proc.communicate("", timeout=60)
        assert self.proc.returncode == 0 and "Traceback" not in err, err
        return err.strip().splitlines()

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()


@pytest.fixture
def piped_chat(tmp_path):
    chat = PipedChat(tmp_path)
    yield chat
    chat.close()


def test_a_data_change_is_answered_from_at_the_next_question(piped_chat):
    assert "Boston" in piped_chat.ask("who is first?")
    piped_chat.swap_first_two()
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]
    cities = piped_chat.data / "cities.yaml"
    cities.write_text(cities.read_text(encoding="utf-8") + "  [broken\n", encoding="utf-8")
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]  # the data before keeps answering
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]  # and the problem is said once
    notes = piped_chat.end()
    assert len(notes) == 2 and "reloaded" in notes[0]
    assert "cannot be loaded" in notes[1] and "cities.yaml" in notes[1] and "line " in notes[1]


def test_the_conversation_goes_on_across_a_reload(piped_chat):
    assert piped_chat.ask("where does Shanghai rank?").startswith("Shanghai ranks 8th")
    piped_chat.swap_first_two()
    assert "Hong Kong" in piped_chat.ask("and who comes after it?")  # "it" is still Shanghai
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]
    assert len(piped_chat.end()) == 1


def test_sighup_reloads_even_a_change_the_file_times_do_not_show(piped_chat):
    assert "Boston" in piped_chat.ask("who is first?")
    overall = piped_chat.data / "reports" / "set-2025" / "overall.csv"
    before = overall.stat()
    piped_chat.swap_first_two()
    os.utime(overall, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same time, same file
    assert "Boston" in piped_chat.ask("who is first?")  # nothing looks changed: not read again
    piped_chat.proc.send_signal(signal.SIGHUP)
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]
    piped_chat.proc.send_signal(signal.SIGHUP)  # nothing changed since: nothing to say
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]
    notes = piped_chat.end()
    assert len(notes) == 1 and "reloaded" in notes[0]


def test_a_data_folder_with_an_older_copy_of_the_wording_still_hears_of_a_reload(piped_chat):
    chat_words = piped_chat.data / "wording" / "chat.yaml"
    older = [line for line in chat_words.read_text(encoding="utf-8").splitlines() if not line.startswith("chat_")]
    chat_words.write_text("\n".join(older) + "\n", encoding="utf-8")  # copied before these phrases existed
    assert "Boston" in piped_chat.ask("who is first?")
    piped_chat.swap_first_two()
    assert "San Francisco" in piped_chat.ask("who is first?").split(".")[0]
    notes = piped_chat.end()
    assert len(notes) == 1 and "reloaded" in notes[0]
