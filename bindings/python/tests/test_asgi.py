import json

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

import scrubline
from scrubline.asgi import OPENAI_PATHS, ScrubMiddleware

AWS = "AKIAQYLPMN5HHHFPZAM2"
CHAT = {
    "model": "gpt-4o",
    "user": "bob@example.com",
    "messages": [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": f"my key is {AWS}, mail bob@example.com"},
    ],
}


async def echo(request: Request):
    body = await request.body()
    report = getattr(request.state, "scrubline_report", None)
    return JSONResponse(
        {
            "seen": json.loads(body),
            "findings": report.findings if report else None,
            "redacted": getattr(request.state, "scrubline_redacted_body", None),
        }
    )


def client(**options) -> TestClient:
    app = Starlette(routes=[Route("/v1/chat/completions", echo, methods=["POST", "GET"])])
    app.add_middleware(ScrubMiddleware, **options)
    return TestClient(app)


def test_app_sees_redacted_body():
    seen = []
    r = client(on_report=seen.append).post("/v1/chat/completions", json=CHAT)
    assert r.status_code == 200
    body = r.json()
    assert body["seen"]["messages"][1]["content"] == "my key is [AWS_ACCESS_KEY_ID], mail [EMAIL_ADDRESS]"
    assert body["seen"]["user"] == "[EMAIL_ADDRESS]"
    assert body["findings"] == 3 and seen[0].findings == 3


def test_paths_limit_what_is_redacted():
    r = client(paths=OPENAI_PATHS).post("/v1/chat/completions", json=CHAT)
    body = r.json()
    assert body["seen"]["user"] == "bob@example.com"
    assert AWS not in json.dumps(body["seen"]["messages"])


def test_paths_are_selected_in_the_core_and_checked_at_setup():
    body = {"messages": [{"content": f"key {AWS}"}, {"content": [{"type": "text", "text": "bob@example.com"}]}], "user": AWS}
    seen = client(paths=["messages.*.content"]).post("/v1/chat/completions", json=body).json()["seen"]
    assert seen["messages"][0]["content"] == "key [AWS_ACCESS_KEY_ID]"
    assert seen["messages"][1]["content"][0]["text"] == "[EMAIL_ADDRESS]"
    assert seen["user"] == AWS
    with pytest.raises(scrubline.ConfigError):
        client(paths=["messages..content"]).post("/v1/chat/completions", json=body)


def test_block_mode_refuses_secrets_without_echoing_them():
    seen = []
    r = client(mode="block", on_report=seen.append).post("/v1/chat/completions", json=CHAT)
    assert r.status_code == 422
    assert r.json() == {
        "error": "request blocked: it contains sensitive data",
        "code": "blocked",
        "entities": {"AWS_ACCESS_KEY_ID": 1},
    }
    assert AWS not in r.text and "bob@" not in r.text and seen[0].findings == 3
    # PII alone does not block by default; it is redacted as in redact mode.
    only_pii = {"messages": [{"role": "user", "content": "mail bob@example.com"}]}
    r = client(mode="block").post("/v1/chat/completions", json=only_pii)
    assert r.status_code == 200
    assert r.json()["seen"]["messages"][0]["content"] == "mail [EMAIL_ADDRESS]"
    # Entities and categories choose what blocks; the status is configurable.
    r = client(mode="block", block=["EMAIL_ADDRESS"], block_status=400).post("/v1/chat/completions", json=only_pii)
    assert r.status_code == 400 and r.json()["entities"] == {"EMAIL_ADDRESS": 1}
    r = client(mode="block", block=["pii"]).post(
        "/v1/chat/completions", content=b"mail bob@example.com", headers={"content-type": "text/plain"}
    )
    assert r.status_code == 422 and r.json()["entities"] == {"EMAIL_ADDRESS": 1}


def test_log_only_keeps_body_and_offers_redacted_copy():
    r = client(mode="log_only").post("/v1/chat/completions", json=CHAT)
    body = r.json()
    assert body["seen"] == CHAT
    assert AWS not in json.dumps(body["redacted"])


def test_fails_closed_on_bad_or_huge_bodies():
    c = client()
    r = c.post("/v1/chat/completions", content=b"{not json " + AWS.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 400 and AWS not in r.text
    small = client(scrubber=scrubline.Scrubber(max_input_bytes=64))
    r = small.post("/v1/chat/completions", json={"content": "x" * 100})
    assert r.status_code == 413


async def raw(request: Request):
    return JSONResponse({"body": (await request.body()).decode("utf-8")})


def raw_client(**options) -> TestClient:
    app = Starlette(routes=[Route("/raw", raw, methods=["POST", "GET"])])
    app.add_middleware(ScrubMiddleware, **options)
    return TestClient(app)


def test_every_body_is_scanned_whatever_its_content_type():
    # Before: text/plain and untyped bodies were forwarded unredacted,
    # though Starlette's request.json() parses them.
    c = raw_client()
    for headers in ({"content-type": "text/plain"}, {}, {"content-type": "application/octet-stream"}):
        r = c.post("/raw", content=json.dumps(CHAT).encode(), headers=headers)
        body = r.json()["body"]
        assert AWS not in body and "bob@example.com" not in body, headers
        assert json.loads(body)["messages"][1]["content"] == "my key is [AWS_ACCESS_KEY_ID], mail [EMAIL_ADDRESS]"
    r = c.post("/raw", data={"password": "hunter2hunter2", "note": f"key {AWS}"})
    form = dict(__import__("urllib.parse").parse.parse_qsl(r.json()["body"]))
    assert AWS not in r.json()["body"] and form["note"] == "key [AWS_ACCESS_KEY_ID]"
    assert form["password"] != "hunter2hunter2"


def test_json_is_forwarded_reserialised_with_exact_numbers():
    c = raw_client()
    # Duplicate keys: only the scanned value can reach the app.
    dup = b'{"content": "key ' + AWS.encode() + b'", "content": "hello"}'
    r = c.post("/raw", content=dup, headers={"content-type": "application/json"})
    assert AWS not in r.json()["body"]
    r = c.post("/raw", content=b'{"n": 1.10, "big": 99999990999990000000, "t": "hi"}',
               headers={"content-type": "application/json"})
    body = r.json()["body"]
    assert '"n":1.10' in body and '"big":99999990999990000000' in body


def test_bad_mode_is_an_error():
    with pytest.raises(ValueError):
        ScrubMiddleware(lambda s, r, se: None, mode="maybe")


def test_evidence_records_carry_the_request_id_header():
    scrubber = scrubline.Scrubber(evidence={"service": "gateway"})
    c = client(scrubber=scrubber)
    c.post("/v1/chat/completions", json=CHAT, headers={"x-request-id": "req-42"})
    c.post("/v1/chat/completions", json=CHAT, headers={"x-request-id": "bad\u0001id"})
    first, second = [json.loads(line) for line in scrubber.take_evidence()]
    assert first["context"] == {"service": "gateway", "request_id": "req-42"}
    assert first["by_entity"] == {"AWS_ACCESS_KEY_ID": 1, "EMAIL_ADDRESS": 2}
    assert second["context"] == {"service": "gateway"}
