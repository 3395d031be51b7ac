"""Expand the compact specs in tests/eval/fresh/fresh_specs/ into the fresh (held-out) set's YAML files.

    python tests/eval/fresh/build_fresh.py           # rewrite tests/eval/fresh/fr_*.yaml and the README's counts
    python tests/eval/fresh/build_fresh.py --check   # exit 1 if the committed files differ from what the specs give

The checks are built with the evaluation set's own builders (tests/eval/casebook.py, vocab.py and
specs/_facts.py), so the fresh set holds replies to exactly the same rules as the dev set. The YAML is the
set: test_fresh_set.py reads only the YAML.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
for path in (EVAL, EVAL / "probe", HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from build_probe import SpecSet  # noqa: E402  (the probe set's builder, laid out for this folder)

TOPICS = [
    "ranks",
    "neighbours",
    "filters",
    "yesno",
    "multi",
    "unknown",
    "report",
    "followups",
    "talk",
    # part C, written blind on 2026-12-03 after parts A and B had been read
    "c_places",
    "c_sets",
    "c_messages",
    "c_report",
    "c_followups",
    # part D, written blind on 2026-12-03 after part C1 had been read
    "d_lists",
    "d_filters",
    "d_yesno",
    "d_talk",
    "d_convo",
    # part E, written blind on 2026-12-06 after part D1 had been read
    "e_ranks",
    "e_sets",
    "e_yesno",
    "e_convo",
    "e_messages",
]
FRESH = SpecSet(HERE, "fresh_specs", "f_", "fr_", tuple(TOPICS),
                "Fresh set: HELD OUT. Measured only with `citybot eval --summary tests/eval/fresh`, never tuned on.",
                "build_fresh.py", optional=True)
README = FRESH.readme
render_all = FRESH.render_all


def main(argv: list[str] | None = None) -> int:
    return FRESH.main(argv, __doc__ or "")


if __name__ == "__main__":
    sys.exit(main())
