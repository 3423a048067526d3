"""`zongjie serve`: a local web workbench over the DuckDB store — upload, review, compare, draft.

The app only wires the layers: reading is ``corpus``, figures are ``extract`` (and its ``show``
renderer), tables, charts and audits are ``compare``, drafts are ``generate``. What lives here is the
edge: uploads made safe, the store shared between requests and the background reader, HTTP routes,
and the pages (plain HTML, CSS and JS served by the app itself: nothing is fetched from the internet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from zongjie.web.settings import Settings


def create_app(settings: Settings) -> FastAPI:
    from zongjie.web.app import create_app as create

    return create(settings)
