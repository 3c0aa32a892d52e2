"""What one red-flag check costs: the server's engine (Python) and the browser's (Node), over
hostile texts (made-up words, one long word, a word repeated) and the probes people type
(`tests/triage_queries.py`). Measured here, not asserted in the tests: a timing depends on the
machine and on what else it runs. Run alone with `python -m benchmarks.triage_cost`.
"""

import json

from pwa import create_app
from pwa.engine_data import get_rules
from pwa.engines import triage
from tests.triage_queries import HOSTILE, QUERIES

from .budgets import TRIAGE_WORST_MS
from .node import node_json
from .timing import cpu_ms, row, summary

ROUNDS = 5
REAL = [query for query, _ in QUERIES]


def _best_ms(rules, text):
    """The best of ROUNDS rounds of ten checks: the cost of the text, not of a busy machine."""
    triage.answer(rules, text)  # the look-up tables are built once
    return min(cpu_ms(lambda: [triage.answer(rules, text) for _ in range(10)]) / 10
               for _ in range(ROUNDS))


def _node_times(rules, texts):
    return node_json("triage_cost.mjs", [triage.read_by_browser(rules), texts], ROUNDS)


def measure():
    """{engine: {hostile|real: {median_ms, worst_ms}}} for the server's and the browser's."""
    app = create_app({"TESTING": True})
    with app.test_request_context():
        rules = get_rules()
    results = {"server": {"hostile": summary([_best_ms(rules, t) for t in HOSTILE]),
                          "real": summary([_best_ms(rules, t) for t in REAL])}}
    node = _node_times(rules, HOSTILE + REAL)
    if node is not None:
        results["browser"] = {"hostile": summary(node[:len(HOSTILE)]),
                              "real": summary(node[len(HOSTILE):])}
    return results


def rows(results):
    """(measure, result, target) rows for the benchmark table."""
    labels = {"server": "Red-flag check, server",
              "browser": "Red-flag check, browser engine (Node)"}
    return [row(f"{labels[engine]}: {name} texts", figures, TRIAGE_WORST_MS)
            for engine in labels if engine in results
            for name, figures in results[engine].items()]


if __name__ == "__main__":
    measured = measure()
    print(json.dumps(measured, indent=2))
    for row in rows(measured):
        print(" | ".join(row))
