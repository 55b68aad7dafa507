"""The shared ledger fixtures (tests/ledger_fixtures.py)."""

from ledger_fixtures import demo_db, example_db  # noqa: F401
