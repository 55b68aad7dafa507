"""The web UI and HTTP API over a ledger (``newsledger serve``)."""

from .app import create_app, stopping

__all__ = ["create_app", "stopping"]
