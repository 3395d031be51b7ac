"""`citybot card "QUESTION" -o FILE.png`: draw the picture card of the engine's answer to QUESTION
(its list, city or comparison, from the edition the question asks about). Imports nothing heavy at
load time (bot/cli.py loads this module for every command); matplotlib comes in only to draw."""

from __future__ import annotations

import argparse
import sys

LANG_CHOICES = ("auto", "en", "zh-Hans", "zh-Hant")


def add_card_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "card", help="draw a picture card (PNG) for a list, a city or a comparison",
        description='Draw a picture card: the card of the answer to QUESTION, e.g. "top 10", '
                    '"top 3 in education", "tell me about Shenzhen", "beijing vs tokyo", "上海排第几".')
    parser.add_argument("question", metavar="QUESTION", help='e.g. "top 3 education", "shanghai", "beijing tokyo"')
    parser.add_argument("-o", "--output", metavar="FILE.png", required=True,
                        help='where to write the PNG ("-": standard output)')
    parser.add_argument("--lang", choices=LANG_CHOICES, default="auto",
                        help="card language (default: the question's language)")
    parser.set_defaults(func=run_card)
    return parser


def run_card(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from bot.cards import CardError, render, validate
    from bot.engine import Engine

    engine = Engine.load(args.data)
    reply = engine.answer(args.question)
    if reply.card is None:
        first = reply.text.split("\n")[0][:200]
        return _usage_error(f"no picture for {args.question!r}: {first}")
    spec = reply.card if args.lang == "auto" else replace(reply.card, lang=args.lang)
    try:
        spec = validate(engine.index, spec)
        png = render(engine.index, spec)
    except CardError as exc:
        return _usage_error(str(exc))
    if args.output == "-":
        sys.stdout.buffer.write(png)
        sys.stdout.buffer.flush()
        return 0
    try:
        with open(args.output, "wb") as fh:
            fh.write(png)
    except OSError as exc:
        return _usage_error(f"cannot write {args.output}: {exc.strerror or exc}")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    print(f"{args.output}: {spec.kind} card of {spec.report}, {width}×{height} px, {len(png) / 1024:.0f} KiB")
    return 0


def _usage_error(message: str) -> int:
    """One line on stderr and exit status 2. Printed here rather than raised as bot.cli.UsageError:
    under `python -m bot.cli` that class is `__main__.UsageError`, and an import of bot.cli would
    raise a different class that main() does not catch."""
    print(f"citybot: card: {message}", file=sys.stderr)
    return 2
