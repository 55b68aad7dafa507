"""The shared ledger fixtures (tests/ledger_fixtures.py)."""

from ledger_fixtures import example_db  # noqa: F401
