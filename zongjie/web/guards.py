"""ASGI guards around the whole app: request size, cross-site writes, response headers.

- A request body larger than the limit gets 413 and a Chinese message, whether it announced its
  length or not (the body is counted as it arrives, and the app's answer replaced).
- A write (POST …) whose ``Origin`` is another site is refused: a page on the internet must not be
  able to make the user's browser upload to, or correct figures in, the local workbench.
- Every response says ``nosniff``; pages get a Content-Security-Policy that only allows the app's own
  scripts and styles (no CDN, nothing inline unless the route names its hash).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'self'; form-action 'self'"
)
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class _TooLarge(Exception):
    pass


async def _reply(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()), (b"connection", b"close")],
    })
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


class Guards:
    def __init__(self, app: ASGIApp, *, max_body: int, limit_label: str) -> None:
        self.app = app
        self.max_body = max_body
        self.too_large = f"上传内容超过 {limit_label} 的上限，请分批上传或压缩后再试。"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in _SAFE_METHODS and not _same_origin(scope):
            await _reply(send, 403, "跨站请求已拒绝：只接受本机页面的提交。")
            return
        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await _reply(send, 413, self.too_large)
            return
        received = 0
        exceeded = replied = False

        async def counted() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    exceeded = True
                    raise _TooLarge
            return message

        async def guarded(message: Message) -> None:
            nonlocal replied
            if exceeded:  # whatever the app answered (a parse error, say), the user is told why
                if not replied:
                    replied = True
                    await _reply(send, 413, self.too_large)
                return
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", PAGE_POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except _TooLarge:
            if not replied:
                replied = True
                await _reply(send, 413, self.too_large)


def _same_origin(scope: Scope) -> bool:
    """No Origin (same-origin form posts in some browsers, scripts, tests) or the app's own host."""
    origin = _header(scope, b"origin")
    if origin is None:
        return True
    host = _header(scope, b"host") or ""
    return urlsplit(origin).netloc == host
