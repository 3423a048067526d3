"""The FastAPI app: pages, static files and the API routers, over one Library and one job queue."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from store.library import Library
from zongjie.web.guards import Guards
from zongjie.web.jobs import Jobs
from zongjie.web.messages import invalid_input
from zongjie.web.settings import LOOPBACK, Settings

PAGES = ("upload", "review", "compare", "draft")


def _static_dir() -> str:
    return str(resources.files("zongjie.web").joinpath("static"))


def create_app(settings: Settings) -> FastAPI:
    """The workbench over ``settings.db``; uploads and outputs under ``settings.data_dir``."""
    from fastapi.middleware.trustedhost import TrustedHostMiddleware

    from zongjie.web import api_compare, api_draft, api_review, api_upload

    for folder in (settings.uploads, settings.outputs):
        folder.mkdir(parents=True, exist_ok=True)
    library = Library(settings.db)
    jobs = Jobs(library)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.stop()
        library.close()  # flushes what is buffered; the store file is free for the CLI again

    app = FastAPI(title="zongjie 总结工作台", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.library = library
    app.state.jobs = jobs
    for router in (api_upload.router, api_review.router, api_compare.router, api_draft.router):
        app.include_router(router, prefix="/api")
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": invalid_input(exc.errors())}, status_code=422)

    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/upload")

    for page in PAGES:
        app.add_api_route(f"/{page}", _page(f"{static}/{page}.html"), methods=["GET"], include_in_schema=False)

    # A page on the internet that resolves its own name to 127.0.0.1 (DNS rebinding) must not reach us.
    if settings.host in LOOPBACK:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*LOOPBACK, "[::1]", "testserver"])
    app.add_middleware(Guards, max_body=settings.max_upload_bytes, limit_label=settings.limit_label)
    return app


def _page(path: str):  # type: ignore[no-untyped-def]
    def page() -> FileResponse:
        return FileResponse(path, media_type="text/html; charset=utf-8")

    return page
