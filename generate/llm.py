"""Optional fluency pass by a language model, behind a faithfulness guard.

``LanguageModel`` is the one protocol (``complete(messages) -> text``); ``OpenAIChat`` the one
implementation, for any OpenAI-compatible server; ``model_from_env`` the one place the environment
(``OPENAI_BASE_URL``, ``OPENAI_API_KEY``) is read. ``polish`` sends the draft paragraph by paragraph;
``guard`` reads each reply with the extractor (``extract.figures_in``) and keeps it only if

- its figures — values and units, as a multiset — are exactly those of the paragraph sent;
- each figure is still bound to its indicator (a reply that swaps 46家 and 38家 between 新建工会组织
  and 走访企业 has the same multiset, and is refused);
- each number is written as it was (38家 never becomes 三十八家) with the same approximation (约3400人
  never 3400余人);
- the period words are the same (上半年 never becomes 全年, 2025年 never 2024年).

Otherwise, and whenever the model fails, the template paragraph stays and a note says why.
Drafting never needs a model.
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from generate.errors import LLMError
from generate.plan import Block, Draft, Piece

SYSTEM_PROMPT = (
    "你是机关公文写作助手。请对用户给出的一段工作总结进行润色，使语句更加通顺、规范，符合工作总结的文风。"
    "必须保留原文中的每一个数字及其单位，不得增加、删除或改动任何数字，不得添加原文没有的事实。只输出润色后的这一段文字。"
)
_POLISHED_KINDS = frozenset({"opening", "body"})
_PERIOD_WORDS = re.compile(
    r"\d{4}年|[上下]半年|全年|[一二三四]季度|今年以来|今年|去年|上年|同期|年初|年底|年末|\d{1,2}月(?:\d{1,2}日)?|[一二三四五六七八九十]+月"
)


class LanguageModel(Protocol):
    name: str

    def complete(self, messages: Sequence[dict[str, str]]) -> str: ...


class OpenAIChat:
    """Chat completions on an OpenAI-compatible server, with bounded retries and backoff.

    Retried: timeouts, connection errors, 429 and 5xx, and replies without text. Not retried: other
    4xx (a wrong model name or key will not get better). The API key never enters a message.
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.name = model
        self._base_url = base_url
        self._api_key = api_key
        self._timeout = timeout
        self._retries = retries
        self._backoff = backoff
        self._sleep = sleep
        self._client = None

    def _openai(self):  # type: ignore[no-untyped-def]
        if self._client is None:
            import openai  # heavy, and only needed with --llm

            self._client = openai.OpenAI(
                base_url=self._base_url,
                api_key=self._api_key or "not-needed",
                timeout=self._timeout,
                max_retries=0,  # retries are ours: bounded, with backoff, and counted
            )
        return self._client

    def _why(self, exc: Exception) -> str:
        status = getattr(exc, "status_code", None)
        why = f"HTTP {status}" if status else type(exc).__name__
        return why.replace(self._api_key, "***") if self._api_key else why

    def complete(self, messages: Sequence[dict[str, str]]) -> str:
        import openai

        client = self._openai()
        last = ""
        for attempt in range(self._retries + 1):
            if attempt:
                self._sleep(self._backoff * 2 ** (attempt - 1))
            try:
                # plain role/content dicts are what the endpoint takes; openai types them as TypedDicts
                reply = client.chat.completions.create(model=self.name, messages=list(messages))  # pyright: ignore[reportArgumentType]
            except (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError) as exc:
                last = self._why(exc)
                continue
            except openai.APIStatusError as exc:
                last = self._why(exc)
                if exc.status_code >= 500:
                    continue
                raise LLMError(f"model {self.name}: {last}") from None
            except (openai.OpenAIError, ValueError) as exc:  # a body that is not JSON, or not a completion
                last = f"malformed reply ({type(exc).__name__})"
                continue
            text = _reply_text(reply)
            if text:
                return text
            last = "malformed reply (no message text)"
        raise LLMError(f"model {self.name}: gave up after {self._retries + 1} attempts: {last}")


def _reply_text(reply: object) -> str | None:
    choices = getattr(reply, "choices", None)
    if not choices:
        return None
    message = getattr(choices[0], "message", None)
    content = getattr(message, "content", None)
    return content.strip() if isinstance(content, str) and content.strip() else None


def model_from_env(model: str, **options: float | int) -> OpenAIChat:
    """The one factory reading ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY``."""
    return OpenAIChat(
        model,
        base_url=os.environ.get("OPENAI_BASE_URL") or None,
        api_key=os.environ.get("OPENAI_API_KEY") or None,
        **options,  # type: ignore[arg-type]
    )


def figure_multiset(text: str) -> Counter[tuple[float, str]]:
    """(value, unit) of every figure in ``text``, as the extractor reads it."""
    from extract import figures_in

    return Counter(
        (float(f.value), f.unit) for f in figures_in(text) if f.value is not None and not f.placeholder
    )


def _regrounded(block: Block, text: str) -> tuple[Piece, ...] | None:
    """The block's pieces moved to where their numbers stand in ``text`` (None if one is missing)."""
    from extract import figures_in

    found = [(float(f.value), f) for f in figures_in(text) if f.value is not None]
    pieces = []
    for p in block.pieces:
        match = next(
            (pair for pair in found if pair[0] == float(p.figure.value) and pair[1].unit == p.figure.unit), None
        )
        if match is None:
            return None
        found.remove(match)
        pieces.append(Piece(p.figure, match[1].start, match[1].end))
    return tuple(pieces)


def guard(block: Block, reply: str) -> str | None:
    """Why the model's ``reply`` may not replace ``block`` (in the review's words), or None."""
    from extract import figures_in
    from generate.binding import THRESHOLD, agreement

    if figure_multiset(reply) != figure_multiset(block.text):
        return "润色稿改动了数字"
    if Counter(_PERIOD_WORDS.findall(reply)) != Counter(_PERIOD_WORDS.findall(block.text)):
        return "润色稿改动了时间（如上半年、全年、年份、日期）"
    before = {f.start: f for f in figures_in(block.text) if f.value is not None}
    after = [f for f in figures_in(reply) if f.value is not None and not f.placeholder]
    for p in block.pieces:
        mine = before.get(p.start)
        written = block.text[p.start : p.end]
        found = [f for f in after if f.value is not None and float(f.value) == float(p.figure.value)
                 and f.unit == (mine.unit if mine else p.figure.unit)]
        if not found:
            return "润色稿里找不到原来的数字"
        if not any(reply[f.start : f.end] == written for f in found):
            return f"润色稿改写了数字的写法（{written}）"
        if not any(f.approx == (mine.approx if mine else p.figure.approx) for f in found):
            return f"润色稿改动了约数（{written}）"
        wording = mine.indicator if mine and mine.indicator else p.figure.indicator
        if not any(agreement(f.indicator or "", f.canonical, wording, mine.canonical if mine else p.figure.canonical) >= THRESHOLD for f in found):
            return f"润色稿把{written}{p.figure.unit}放到了别的指标下"
    return None


def polish(draft: Draft, model: LanguageModel) -> Draft:
    """Each opening/body paragraph rewritten by ``model``, kept only where its figures are unchanged."""
    blocks = list(draft.blocks)
    notes: list[str] = []
    for i, block in enumerate(blocks):
        if block.kind not in _POLISHED_KINDS:
            continue
        where = f"paragraph {i + 1} ({block.section or block.kind})"
        try:
            reply = model.complete(
                [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": block.text}]
            )
        except LLMError as exc:
            notes.append(f"{where}: kept the template text: {exc}")
            continue
        reply = " ".join(reply.split())
        why = guard(block, reply)
        if why is not None:
            label = "the model changed a figure" if why == "润色稿改动了数字" else why
            notes.append(f"{where}: {label}; kept the template text")
            continue
        pieces = _regrounded(block, reply)
        if pieces is None:
            notes.append(
                f"{where}: a figure could not be found again in the model's text; kept the template text"
            )
            continue
        blocks[i] = replace(block, text=reply, pieces=pieces)
    return replace(draft, blocks=tuple(blocks), notes=draft.notes + tuple(notes))
