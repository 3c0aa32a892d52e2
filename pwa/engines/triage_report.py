"""How the triage does on a table of queries: per level, how many raised their level or a more
severe one, how many ordinary complaints raised anything.

    python -m pwa.engines.triage_report tests/triage_blind_tune.json [--misses]

A table is a JSON list of {"text", "level", "condition"}; level null means "must raise no
warning". Run it on a table nobody tuned the rules on to know how they generalise.
"""

import argparse
import json
import sys

from ..models import LEVELS

SEVERITY = {level: rank for rank, level in enumerate(LEVELS)}  # 0 is the most severe


def raised_level(rules, text):
    """The most severe level a text raises, or None."""
    from .triage import assess

    warnings = assess(rules, text)
    return warnings[0]["level"] if warnings else None


def passes(expected, got):
    """A red flag passes at its level or a more severe one; an ordinary complaint with none."""
    if expected is None:
        return got is None
    return got is not None and SEVERITY[got] <= SEVERITY[expected]


def report(rules, table):
    """{level or "none": {"total", "passed", "missed" (no warning), "under" (too mild)}}, and the
    queries that failed, as (query, what it raised)."""
    figures, failures = {}, []
    for row in table:
        expected = row["level"]
        got = raised_level(rules, row["text"])
        entry = figures.setdefault(expected or "none",
                                   {"total": 0, "passed": 0, "missed": 0, "under": 0})
        entry["total"] += 1
        if passes(expected, got):
            entry["passed"] += 1
        else:
            entry["missed" if got is None else "under"] += expected is not None
            failures.append((row, got))
    return figures, failures


def _rules():
    from .. import create_app
    from ..views.red_flags import get_rules

    app = create_app()
    with app.test_request_context():
        return get_rules()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", help="JSON list of {text, level, condition}")
    parser.add_argument("--misses", action="store_true", help="list every failing query")
    args = parser.parse_args(argv)
    with open(args.table, encoding="utf-8") as file:
        table = json.load(file)
    figures, failures = report(_rules(), table)
    for level in (*LEVELS, "none"):
        entry = figures.get(level)
        if not entry:
            continue
        if level == "none":
            print(f"ordinary complaints: {entry['total']}, no warning {entry['passed']}, "
                  f"false alarms {entry['total'] - entry['passed']}")
        else:
            print(f"{level}: {entry['total']}, at this level or more severe {entry['passed']},"
                  f" too mild {entry['under']}, missed {entry['missed']}")
    if args.misses:
        for row, got in failures:
            print(f"  [{row.get('condition', '')}] expected {row['level']}, got {got}: "
                  f"{row['text']}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
