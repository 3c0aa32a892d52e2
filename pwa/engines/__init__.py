"""The logic the pages run on, apart from Flask: search, red-flag triage, routine matching."""
