"""The size and speed budgets `make bench` reports against (docs/performance.md).

The sizes are bytes, not timings, so the tests hold the critical paths to theirs as well
(tests/test_own_routine_pages.py); the timings are only measured, never asserted.
"""

# Pages whose critical path has a budget: home, and the timer with the own-routine pages.
CRITICAL_PAGES = ["/", "/timer", "/routines/new", "/routines/shared"]
CRITICAL_KB, PRECACHE_KB, OFFLINE_MS, RATIO = 14, 400, 100, 0.9
# The worst query's ranking (server and browser engine) and the worst text's red-flag check.
SEARCH_WORST_MS, TRIAGE_WORST_MS = 5, 20
