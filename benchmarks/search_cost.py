"""What one search costs the server (and the browser's engine in Node): median and worst CPU
time over adversarial queries and real ones. Run alone with `python -m benchmarks.search_cost`.
"""

import json
import statistics

from werkzeug.test import EnvironBuilder

from pwa import create_app
from pwa.engines import search_engine
from pwa.views.search import get_index, get_prepared
from tests.search_queries import ADVERSARIAL, RANKED

from .budgets import SEARCH_WORST_MS
from .node import node_json
from .timing import cpu_ms, row, summary

ROUNDS = 5
REAL = [query for query, _ in RANKED]


def _rank_times(prepared, queries):
    """Each query's median over ROUNDS, each round with no corrections remembered."""
    times = []
    for query in queries:
        samples = []
        for _ in range(ROUNDS):
            prepared.corrector.cache.clear()
            samples.append(cpu_ms(lambda q=query: search_engine.search(prepared, q)))
        times.append(statistics.median(samples))
    return times


def _request_times(app, prepared, queries):
    """A whole /search request through the WSGI app, from parsing the query string to the
    last byte of the page, with no corrections remembered."""
    times = []
    for query in queries:
        environ = EnvironBuilder(path="/search", query_string={"q": query}).get_environ()
        samples = []
        for _ in range(ROUNDS):
            prepared.corrector.cache.clear()
            samples.append(cpu_ms(lambda e=environ: b"".join(
                app(dict(e), lambda status, headers: None))))
        times.append(statistics.median(samples))
    return times


def _node_times(index, queries):
    return node_json("search_cost.mjs", [index, queries], ROUNDS)


def measure():
    """{kind: {queries: {median_ms, worst_ms}}} for the server's ranking, a whole /search
    request, and the browser's ranking in Node."""
    app = create_app({"TESTING": True})
    with app.app_context():
        index, prepared = get_index(), get_prepared()
    sets = {"adversarial": ADVERSARIAL, "real": REAL}
    results = {"rank": {}, "request": {}}
    for name, queries in sets.items():
        results["rank"][name] = summary(_rank_times(prepared, queries))
        results["request"][name] = summary(_request_times(app, prepared, queries))
    node = _node_times(index, ADVERSARIAL + REAL)
    if node is not None:
        times = node["times"]
        results["node"] = {"adversarial": summary(times[:len(ADVERSARIAL)]),
                           "real": summary(times[len(ADVERSARIAL):]),
                           "prepare_ms": round(node["prepareMs"], 3)}
    return results


def rows(results):
    """(measure, result, target) rows for the benchmark table."""
    labels = {"rank": "Search ranking, server", "request": "Search request, server (/search)",
              "node": "Search ranking, browser engine (Node)"}
    return [row(f"{label}: {name} queries", results[kind][name],
                SEARCH_WORST_MS if kind != "request" else None)
            for kind, label in labels.items() if kind in results
            for name in ("adversarial", "real")]


if __name__ == "__main__":
    measured = measure()
    print(json.dumps(measured, indent=2))
    for row in rows(measured):
        print(" | ".join(row))
