"""The `citybot` command: ask, chat, run, build-index, eval, card (the contract: docs/CONTRACT.md).

`python -m bot` and `python -m bot.cli` run the same command. Each subcommand lives in its own
module, which registers its parser here; none of them imports this module back.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from bot import cli_answer, cli_chat, cli_eval
from bot.errors import UsageError
from index_core.errors import BuildToolsMissing, DataError

GENERIC = "the published ranking of the world's innovation cities"


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("citybot")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


def describe_data() -> str:
    """What the bot answers about, from the data (the default report's short title), for --help."""
    from index_core.paths import data_dir
    from index_core.summary import default_report_title

    title = default_report_title(data_dir(None))
    return f"the {title}" if title else GENERIC


class _Parser(argparse.ArgumentParser):
    """The top-level parser: its description names the report in the data, read only when help is shown."""

    def format_help(self) -> str:
        if self.description is None:
            self.description = (f"Answers questions about {describe_data()}, on the command line and on "
                                "Telegram.")
        return super().format_help()


class _Version(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit", **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"citybot {version()}")
        parser.exit()


def _build_index(args: argparse.Namespace) -> int:
    from index_core.paths import data_dir
    from index_core.store import build_index
    from index_core.summary import describe

    folder = data_dir(args.data)
    path, doc = build_index(folder, gazetteer=not args.no_gazetteer)
    print(describe(doc, path))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="citybot")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--data", metavar="DIR", help="data folder (default: $CITYBOT_DATA or the project's data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_answer.add_parser(sub)
    cli_chat.add_parser(sub)
    cli_eval.add_parser(sub)
    build = sub.add_parser("build-index", help="validate the data and build the index")
    build.add_argument("--no-gazetteer", action="store_true", help="leave out the world-city gazetteer")
    build.set_defaults(func=_build_index)
    from bot.cards.cli_card import add_card_parser
    from bot.telegram.cli_run import add_run_parser  # neither imports python-telegram-bot nor matplotlib

    add_run_parser(sub)
    add_card_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show a character gets "?", not a crash
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except DataError as exc:
        print(f"citybot: bad data: {exc}", file=sys.stderr)
        return 2
    except (UsageError, BuildToolsMissing) as exc:
        print(f"citybot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # nobody reads any more: leave quietly (and let the exit's flush go nowhere)
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: still one line (CITYBOT_DEBUG=1 shows the traceback)
        if os.environ.get("CITYBOT_DEBUG", "").strip() not in ("", "0"):
            raise
        message = " ".join(str(exc).split())[:300]
        print(f"citybot: internal error (a bug; CITYBOT_DEBUG=1 shows where): {type(exc).__name__}: {message}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
