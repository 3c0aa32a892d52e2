"""The symptom finder: everyday words find the right muscles; emergencies come first."""

import pytest

from pwa.search import get_index
from pwa.search_engine import search
from tests.search_queries import EMERGENCIES, HOSTILE, PLAIN, RANKED


@pytest.fixture(scope="module")
def index(app):
    with app.test_request_context():
        return get_index()


@pytest.mark.parametrize(("query", "expected"), RANKED)
def test_everyday_queries_rank_the_right_muscles_first(index, query, expected):
    top = [m["slug"] for m in search(index, query)["muscles"][:3]]
    assert expected & set(top), f"{query!r} gave {top}"


@pytest.mark.parametrize(("query", "title_word"), EMERGENCIES)
def test_emergency_queries_show_the_warning(index, query, title_word):
    results = search(index, query)
    assert any(title_word.lower() in e["title"].lower() for e in results["emergencies"])


@pytest.mark.parametrize("query", PLAIN)
def test_ordinary_queries_raise_no_alarm(index, query):
    assert search(index, query)["emergencies"] == []


def test_every_result_says_why(index):
    for query, _ in RANKED:
        for muscle in search(index, query)["muscles"]:
            assert muscle["why"], (query, muscle["slug"])


def test_emergency_warning_is_rendered_above_the_muscles(client):
    html = client.get("/search", query_string={"q": "worst headache ever, sudden"}).get_data(
        as_text=True)
    assert 'role="alert"' in html
    assert html.index('role="alert"') < html.index("Muscles worth checking")


def test_results_link_to_muscle_pages_and_guide_sections(client):
    html = client.get("/search", query_string={"q": "heel hurts when I get up"}).get_data(
        as_text=True)
    assert 'href="/muscles/soleus"' in html
    assert "In the guide" in html


@pytest.mark.parametrize("query", HOSTILE)
def test_empty_absurd_and_hostile_queries_get_a_helpful_page(client, query):
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html
    assert "What do you feel?" in html


def test_a_5000_character_query_is_cut_and_escaped(client):
    response = client.get("/search", query_string={"q": "<b>neck</b>" * 500})
    assert response.status_code == 200
    assert b"<b>neck</b>" not in response.data and b"&lt;b&gt;neck" in response.data


def test_nothing_matched_says_what_to_try(client):
    html = client.get("/search", query_string={"q": "zzzzqqqq"}).get_data(as_text=True)
    assert "Nothing matched that" in html and 'href="/map"' in html


def test_index_is_served_for_offline_search(client):
    response = client.get("/search-index.json")
    assert response.status_code == 200
    assert {"muscles", "sections", "synonyms", "emergencies"} <= set(response.get_json())


def test_examples_show_until_there_is_a_query(client):
    empty = client.get("/search").get_data(as_text=True)
    assert "data-examples>" in empty and "golfer&#39;s elbow" in empty
    with_query = client.get("/search?q=neck").get_data(as_text=True)
    assert "data-examples hidden>" in with_query
