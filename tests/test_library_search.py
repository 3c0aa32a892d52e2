"""The symptom finder knows the muscles added to the library (see tests/library_queries.py)."""

import pytest

from pwa.engines.search_engine import search
from pwa.views.search import get_prepared
from tests.library_queries import KNOWN_MISSES, LIBRARY_RANKED


@pytest.fixture(scope="module")
def index(app):
    with app.app_context():
        return get_prepared()


def test_every_expected_muscle_is_in_the_library(content):
    for query, expected in LIBRARY_RANKED:
        assert expected <= set(content.muscles), query


@pytest.mark.parametrize(("query", "expected"), [
    pytest.param(query, expected, marks=pytest.mark.xfail(reason=KNOWN_MISSES[query]))
    if query in KNOWN_MISSES else (query, expected)
    for query, expected in LIBRARY_RANKED])
def test_new_muscles_rank_for_what_they_cause(index, query, expected):
    top = [m["slug"] for m in search(index, query)["muscles"][:3]]
    assert expected & set(top), f"{query!r} gave {top}"
