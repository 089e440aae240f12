"""``python -m factcheck``: the same CLI as the ``factcheck`` command."""

from __future__ import annotations

from .cli import app

if __name__ == "__main__":
    app()
