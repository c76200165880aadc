"""A fake OpenAI API on 127.0.0.1 for the wrapper tests.

It records every request body and answers OpenAI-shaped JSON or SSE
streams. The "model" echoes the vault tokens of the last user message
("Noted: [DENY_LIST_1], [EMAIL_ADDRESS_1]."), so a test can check both
what left the process and what the caller reads. Streams cut the answer
into 4-character pieces, so tokens are split across chunks.

Request header ``x-fake: no-finish`` ends a stream without
``finish_reason`` (chat) or ``*.done`` events (responses);
``x-fake: mangle`` writes the first token as the models sometimes do
(lower case, no brackets).
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional

TOKEN = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
PIECE = 4


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def answer_for(user_text: str, mangle: bool = False) -> str:
    """What the fake model writes for the last user message."""
    tokens = list(dict.fromkeys(TOKEN.findall(user_text)))
    if mangle and tokens:
        tokens[0] = tokens[0].strip("[]").lower()
    return "Noted: " + ", ".join(tokens) + "." if tokens else "Noted."


def pieces(text: str) -> list[str]:
    return [text[i : i + PIECE] for i in range(0, len(text), PIECE)]


class FakeOpenAI:
    """The server: ``url`` is the base URL (``.../v1``), ``requests`` the
    recorded JSON bodies, ``raw`` the bodies as received."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.raw: list[str] = []
        self.paths: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls per response

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                body = json.loads(raw)
                fake.raw.append(raw)
                fake.requests.append(body)
                fake.paths.append(self.path)
                mode = self.headers.get("x-fake", "")
                if self.path.endswith("/chat/completions"):
                    fake._chat(self, body, mode)
                elif self.path.endswith("/responses"):
                    fake._responses(self, body, mode)
                else:
                    self._send(404, "application/json", json.dumps({"error": {"message": "no such path"}}))

            def _send(self, status: int, kind: str, text: str) -> None:
                data = text.encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._handler = Handler
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def clear(self) -> None:
        self.requests.clear()
        self.raw.clear()
        self.paths.clear()

    # chat.completions -------------------------------------------------------

    def _chat(self, handler: Any, body: dict[str, Any], mode: str) -> None:
        users = [m for m in body["messages"] if m.get("role") == "user"]
        text = answer_for(_text_of(users[-1]["content"]) if users else "", mode == "mangle")
        n = body.get("n") or 1
        texts = [text if i == 0 else f"#{i} {text}" for i in range(n)]
        tool = body["tools"][0]["function"]["name"] if body.get("tools") else None
        base = {"id": "chatcmpl-1", "created": int(time.time()), "model": body.get("model", "fake")}
        if not body.get("stream"):
            choices = []
            for i, t in enumerate(texts):
                message: dict[str, Any] = {"role": "assistant", "content": t, "refusal": None}
                if tool:
                    message["content"] = None
                    message["tool_calls"] = [
                        {"id": f"call_{i}", "type": "function", "function": {"name": tool, "arguments": _args(t)}}
                    ]
                choices.append({"index": i, "message": message, "finish_reason": "tool_calls" if tool else "stop"})
            usage = {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}
            handler._send(200, "application/json", json.dumps(dict(base, object="chat.completion", choices=choices, usage=usage)))
            return
        events = []

        def chunk(choices: list[dict[str, Any]], **extra: Any) -> None:
            events.append("data: " + json.dumps(dict(base, object="chat.completion.chunk", choices=choices, **extra)) + "\n\n")

        for i in range(n):
            delta: dict[str, Any] = {"role": "assistant", "content": "" if not tool else None}
            if tool:
                delta["tool_calls"] = [
                    {"index": 0, "id": f"call_{i}", "type": "function", "function": {"name": tool, "arguments": ""}}
                ]
            chunk([{"index": i, "delta": delta, "finish_reason": None}])
        split = [pieces(_args(t) if tool else t) for t in texts]
        for step in range(max(len(s) for s in split)):
            for i, s in enumerate(split):
                if step < len(s):
                    if tool:
                        delta = {"tool_calls": [{"index": 0, "function": {"arguments": s[step]}}]}
                    else:
                        delta = {"content": s[step]}
                    chunk([{"index": i, "delta": delta, "finish_reason": None}])
        if mode != "no-finish":
            for i in range(n):
                chunk([{"index": i, "delta": {}, "finish_reason": "tool_calls" if tool else "stop"}])
        if (body.get("stream_options") or {}).get("include_usage"):
            chunk([], usage={"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10})
        events.append("data: [DONE]\n\n")
        handler._send(200, "text/event-stream", "".join(events))

    # responses --------------------------------------------------------------

    def _responses(self, handler: Any, body: dict[str, Any], mode: str) -> None:
        items = body.get("input")
        if isinstance(items, str):
            user_text = items
        else:
            users = [i for i in items or [] if isinstance(i, dict) and i.get("role") == "user"]
            user_text = _text_of(users[-1].get("content")) if users else ""
        text = answer_for(user_text, mode == "mangle")
        tool = body["tools"][0]["name"] if body.get("tools") else None
        if tool:
            item: dict[str, Any] = {
                "type": "function_call", "id": "fc_1", "call_id": "call_1", "name": tool,
                "arguments": _args(text), "status": "completed",
            }
        else:
            item = {
                "type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
            }
        response = {
            "id": "resp_1", "object": "response", "created_at": int(time.time()), "model": body.get("model", "fake"),
            "status": "completed", "output": [item], "instructions": body.get("instructions"),
            "parallel_tool_calls": True, "tool_choice": "auto", "tools": body.get("tools") or [],
            "usage": {"input_tokens": 5, "output_tokens": 5, "total_tokens": 10,
                      "input_tokens_details": {"cached_tokens": 0}, "output_tokens_details": {"reasoning_tokens": 0}},
        }
        if not body.get("stream"):
            handler._send(200, "application/json", json.dumps(response))
            return
        events = []
        seq = 0

        def event(kind: str, **fields: Any) -> None:
            nonlocal seq
            events.append(f"event: {kind}\ndata: " + json.dumps(dict(fields, type=kind, sequence_number=seq)) + "\n\n")
            seq += 1

        event("response.created", response=dict(response, status="in_progress", output=[]))
        if tool:
            event("response.output_item.added", output_index=0, item=dict(item, arguments="", status="in_progress"))
            for p in pieces(item["arguments"]):
                event("response.function_call_arguments.delta", item_id="fc_1", output_index=0, delta=p)
            if mode != "no-finish":
                event("response.function_call_arguments.done", item_id="fc_1", output_index=0,
                      arguments=item["arguments"], name=tool)
        else:
            empty = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
            event("response.output_item.added", output_index=0, item=dict(item, content=[], status="in_progress"))
            event("response.content_part.added", item_id="msg_1", output_index=0, content_index=0, part=empty)
            for p in pieces(text):
                event("response.output_text.delta", item_id="msg_1", output_index=0, content_index=0, delta=p, logprobs=[])
            if mode != "no-finish":
                event("response.output_text.done", item_id="msg_1", output_index=0, content_index=0, text=text, logprobs=[])
                event("response.content_part.done", item_id="msg_1", output_index=0, content_index=0,
                      part=item["content"][0])
        if mode != "no-finish":
            event("response.output_item.done", output_index=0, item=item)
            event("response.completed", response=response)
        handler._send(200, "text/event-stream", "".join(events))


def _args(text: str) -> str:
    """Tool call arguments naming the tokens of ``text``."""
    return json.dumps({"to": TOKEN.findall(text) or text, "note": text})


_server: Optional[FakeOpenAI] = None


def server() -> FakeOpenAI:
    """The process's one fake server (started on first use)."""
    global _server
    if _server is None:
        _server = FakeOpenAI()
    return _server
