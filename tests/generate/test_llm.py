"""The fluency pass through the real ``openai`` client against a local OpenAI-compatible server."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generate.data import Quantity
from generate.errors import LLMError
from generate.llm import OpenAIChat, polish
from generate.plan import Block, Draft, TextBuilder

KEY = "sk-test-secret-0123456789"


def _reply(content: str) -> dict:
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


class Server:
    """Answers /v1/chat/completions with whatever ``script`` returns for the n-th request."""

    def __init__(self, script: Callable[[int, str], tuple[int, object]]) -> None:
        self.script = script
        self.calls: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.calls.append(self.headers.get("Authorization", ""))
                status, payload = outer.script(len(outer.calls), body["messages"][-1]["content"])
                raw = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    servers: list[Server] = []

    def start(script):
        s = Server(script)
        servers.append(s)
        return s

    yield start
    for s in servers:
        s.close()


def _model(server: Server, **kw) -> OpenAIChat:
    return OpenAIChat("test-model", base_url=server.url, api_key=KEY, timeout=5, backoff=0, **kw)


def _draft() -> Draft:
    q1 = Quantity("新建工会组织", 38, "家", topic="组织建设")
    q2 = Quantity("发放慰问金", 41, "万元", topic="帮扶")
    b1 = (
        TextBuilder()
        .add("上半年，")
        .add_figure(q1, "新建工会组织38家", 6, 8)
        .add("，组织覆盖面扩大。")
        .build()
    )
    b2 = TextBuilder().add("节日期间，").add_figure(q2, "发放慰问金41万元", 5, 7).add("。").build()
    return Draft(
        (
            Block("title", "某工会2025年上半年工作总结"),
            Block("body", b1[0], b1[1], "组织建设"),
            Block("body", b2[0], b2[1], "帮扶"),
        )
    )


def test_fluent_reply_kept_and_regrounded(serve):
    rewrites = {
        "上半年，新建工会组织38家，组织覆盖面扩大。": "上半年，全区新建工会组织38家，工会组织覆盖面进一步扩大。",
        "节日期间，发放慰问金41万元。": "节日期间，各级工会共发放慰问金41万元。",
    }
    server = serve(lambda n, text: (200, _reply(rewrites[text])))
    out = polish(_draft(), _model(server))
    assert out.blocks[1].text == rewrites["上半年，新建工会组织38家，组织覆盖面扩大。"]
    assert not out.notes
    for p in out.placed:
        assert out.text[p.start : p.end] == str(p.figure.value)
    assert server.calls[0] == f"Bearer {KEY}"


def test_guard_rejects_a_changed_number(serve):
    server = serve(lambda n, text: (200, _reply(text.replace("38家", "48家").replace("41万元", "41万元"))))
    out = polish(_draft(), _model(server))
    assert out.blocks[1].text == _draft().blocks[1].text  # template text kept
    assert any("changed a figure" in n and "组织建设" in n for n in out.notes)
    assert out.blocks[2].text == _draft().blocks[2].text  # unchanged reply is accepted as is


def test_rate_limit_then_success(serve):
    server = serve(
        lambda n, text: (429, {"error": {"message": "slow down"}}) if n == 1 else (200, _reply(text))
    )
    slept: list[float] = []
    model = OpenAIChat("m", base_url=server.url, api_key=KEY, timeout=5, backoff=0.25, sleep=slept.append)
    assert (
        model.complete([{"role": "user", "content": "上半年，新建工会组织38家。"}])
        == "上半年，新建工会组织38家。"
    )
    assert slept == [0.25] and len(server.calls) == 2


@pytest.mark.parametrize(
    ("status", "payload", "why"),
    [
        (200, {"id": "x", "object": "chat.completion", "choices": []}, "malformed"),
        (200, "this is not json", "malformed"),
        (503, {"error": {"message": "overloaded"}}, "HTTP 503"),
    ],
)
def test_bad_replies_give_up_after_bounded_retries(serve, status, payload, why):
    server = serve(lambda n, text: (status, payload))
    model = _model(server, retries=2)
    with pytest.raises(LLMError, match=why) as e:
        model.complete([{"role": "user", "content": "x"}])
    assert len(server.calls) == 3
    assert KEY not in str(e.value)


def test_client_error_is_not_retried_and_key_not_shown(serve):
    server = serve(lambda n, text: (401, {"error": {"message": f"bad key {KEY}"}}))
    with pytest.raises(LLMError, match="HTTP 401") as e:
        _model(server).complete([{"role": "user", "content": "x"}])
    assert len(server.calls) == 1 and KEY not in str(e.value)


def test_failing_model_falls_back_with_notes(serve):
    server = serve(lambda n, text: (500, {"error": {"message": "boom"}}))
    out = polish(_draft(), _model(server, retries=0))
    assert out.text == _draft().text
    assert len(out.notes) == 2 and all("kept the template text" in n for n in out.notes)


def test_model_from_env_reads_the_environment(monkeypatch, serve):
    from generate.llm import model_from_env

    server = serve(lambda n, text: (200, _reply("好")))
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    assert model_from_env("m").complete([{"role": "user", "content": "x"}]) == "好"
    assert server.calls == [f"Bearer {KEY}"]


def _three() -> Draft:
    qs = [
        Quantity("新建工会组织", 38, "家", topic="组织建设"),
        Quantity("走访企业", 46, "家", topic="组织建设"),
        Quantity("参赛职工", 3400, "人次", approx="about", topic="组织建设"),
    ]
    b = TextBuilder().add("上半年，")
    b.add_figure(qs[0], "新建工会组织38家", 6, 8).add("，")
    b.add_figure(qs[1], "走访企业46家", 4, 6).add("，")
    b.add_figure(qs[2], "参赛职工约3400人次", 5, 9).add("。")
    text, pieces = b.build()
    return Draft((Block("title", "某工会2025年上半年工作总结"), Block("body", text, pieces, "组织建设")))


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("上半年，全区新建工会组织46家，走访企业38家，参赛职工约3400人次。", "别的指标"),  # swapped
        ("上半年，全区新建工会组织三十八家，走访企业46家，参赛职工约3400人次。", "写法"),
        ("上半年，全区新建工会组织38家，走访企业46家，参赛职工3400余人次。", "约数"),
        ("全年，全区新建工会组织38家，走访企业46家，参赛职工约3400人次。", "时间"),
    ],
)
def test_guard_refuses_what_keeps_the_numbers_but_not_the_facts(serve, reply, why):
    server = serve(lambda n, text: (200, _reply(reply)))
    out = polish(_three(), _model(server))
    assert out.blocks[1].text == _three().blocks[1].text
    assert len(out.notes) == 1 and why in out.notes[0], out.notes


def test_guard_keeps_a_faithful_rewrite(serve):
    reply = "上半年，全区上下共新建工会组织38家，深入走访企业46家，参赛职工约3400人次。"
    server = serve(lambda n, text: (200, _reply(reply)))
    out = polish(_three(), _model(server))
    assert out.blocks[1].text == reply and not out.notes
    assert [out.text[p.start : p.end] for p in out.placed] == ["38", "46", "3400"]
