"""The `citybot` command: ask, chat, run, build-index, eval, card. See CONTRACT.md."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot.errors import UsageError
from index_core.errors import DataError


def _build_index(args: argparse.Namespace) -> int:
    from index_core.paths import data_dir
    from index_core.store import build_index
    from index_core.summary import describe

    folder = data_dir(args.data)
    path, doc = build_index(folder, gazetteer=not args.no_gazetteer)
    print(describe(doc, path))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="citybot", description="Answers questions about the 2025 global "
                                     "innovation cities ranking, on the command line and on Telegram.")
    parser.add_argument("--data", metavar="DIR", help="data folder (default: $CITYBOT_DATA or the project's data/)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from bot import cli_answer

    cli_answer.add_parsers(sub)

    build = sub.add_parser("build-index", help="validate the data and build the index")
    build.add_argument("--no-gazetteer", action="store_true", help="leave out the world-city gazetteer")
    build.set_defaults(func=_build_index)

    for module, adder in (("bot.telegram.cli_run", "add_run_parser"), ("bot.cards.cli_card", "add_card_parser")):
        try:
            __import__(module)
        except ModuleNotFoundError:
            continue
        getattr(sys.modules[module], adder)(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
    except UsageError as exc:
        print(f"citybot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
