"""Group llm_payloads: secrets inside LLM request/response bodies and traces."""
import json
import random

import common_pii as P
from common import Collector, Gen, split_pieces, jesc

SEED = 220101
G = "llm_payloads"


def J(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    # 1 OpenAI chat completion with tool call arguments holding AWS creds
    kid, sec = g.aws_key_id(), g.aws_secret()
    args = J({"bucket": "ml-artifacts-prod", "region": "eu-west-1", "aws_access_key_id": kid,
              "aws_secret_access_key": sec})
    body = {"id": "chatcmpl-" + g.alnum(29), "object": "chat.completion", "created": 1718022311,
            "model": "gpt-4o-2024-08-06", "choices": [{"index": 0, "message": {
                "role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_" + g.alnum(24), "type": "function",
                    "function": {"name": "list_s3_objects", "arguments": args}}]},
                "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 812, "completion_tokens": 61, "total_tokens": 873}}
    c.pos("openai_toolcall_args", "# response captured by proxy (tenant=acme-ml)\n" + J(body) + "\n# upstream latency 1843ms, cache=miss", [kid, sec])

    # 2 OpenAI request replaying previous assistant tool call with db url
    pw = g.url_safe_pw()
    dsn = "postgresql://reporting:%s@pg-analytics.internal:5432/warehouse" % pw
    req = {"model": "gpt-4.1-mini", "temperature": 0, "messages": [
        {"role": "system", "content": "You are a SQL assistant. Only run read-only queries."},
        {"role": "user", "content": "how many orders shipped last week?"},
        {"role": "assistant", "tool_calls": [{"id": "call_" + g.alnum(24), "type": "function", "function": {
            "name": "run_sql", "arguments": J({"dsn": dsn, "query": "SELECT count(*) FROM orders WHERE shipped_at > now() - interval '7 days'"})}}]},
        {"role": "tool", "tool_call_id": "call_x", "content": "[[4182]]"}]}
    c.pos("openai_toolcall_args", "POST /v1/chat/completions\n" + J(req), [pw])

    # 3 Anthropic messages response with tool_use input object
    ghk = g.github_fine()
    resp = {"id": "msg_01" + g.alnum(22), "type": "message", "role": "assistant", "model": "claude-sonnet-4-20250514",
            "content": [{"type": "text", "text": "I'll open the pull request with the token you gave me."},
                        {"type": "tool_use", "id": "toolu_01" + g.alnum(22), "name": "create_pull_request",
                         "input": {"repo": "acme/payments-api", "head": "fix/retry-backoff", "base": "main",
                                   "github_token": ghk}}],
            "stop_reason": "tool_use", "usage": {"input_tokens": 2291, "output_tokens": 118}}
    c.pos("anthropic_tool_use", J(resp, 2), [ghk])

    # 4 Anthropic tool_result echoing env vars
    oai, ant = g.openai_proj(), g.anthropic()
    env_out = "HOME=/home/runner\nOPENAI_API_KEY=%s\nANTHROPIC_API_KEY=%s\nPYTHONUNBUFFERED=1\nLANG=C.UTF-8" % (oai, ant)
    msgs = {"model": "claude-3-5-haiku-latest", "max_tokens": 1024, "messages": [
        {"role": "user", "content": "why does my script say the key is missing?"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01A", "name": "bash", "input": {"command": "env | grep -v SECRET_SAUCE"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01A", "content": env_out}]}]}
    c.pos("anthropic_tool_result", "[anthropic-sdk] request body (debug=true)\n" + J(msgs), [oai, ant])

    # 5 Gemini generateContent with functionCall/functionResponse
    stripe = g.stripe("rk_live_")
    gem = {"contents": [
        {"role": "user", "parts": [{"text": "Refund order 88123 for the customer"}]},
        {"role": "model", "parts": [{"functionCall": {"name": "stripe_refund", "args": {"charge": "ch_3P" + g.alnum(22), "api_key": stripe}}}]},
        {"role": "function", "parts": [{"functionResponse": {"name": "stripe_refund", "response": {"status": "succeeded", "amount": 4599}}}]}],
        "tools": [{"functionDeclarations": [{"name": "stripe_refund", "parameters": {"type": "OBJECT"}}]}]}
    c.pos("gemini_function_call", "curl https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent -d @- <<'JSON'\n" + J(gem) + "\nJSON", [stripe])

    # 6 Bedrock botocore debug log with SigV4 headers
    akid, tok = g.aws_key_id("ASIA"), g.aws_session()
    line = ("2025-02-11 09:14:07,331 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, "
            "method=POST, url=https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-sonnet-20240229-v1%%3A0/converse, "
            "headers={'Content-Type': b'application/json', 'User-Agent': b'Boto3/1.34.144 md/Botocore#1.34.144 ua/2.0 os/linux#5.15', "
            "'X-Amz-Date': b'20250211T091407Z', 'X-Amz-Security-Token': b'%s', "
            "'Authorization': b'AWS4-HMAC-SHA256 Credential=%s/20250211/us-east-1/bedrock/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=%s', 'Content-Length': '1893'}>"
            % (tok, akid, g.hex(64)))
    c.pos("bedrock_botocore", "2025-02-11 09:14:07,329 botocore.auth [DEBUG] Calculating signature using v4 auth.\n" + line, [akid, tok])

    # 7 Bedrock Converse toolUse input with a Twilio token
    tw_sid, tw_tok = g.twilio_sid(), g.twilio_token()
    conv = {"output": {"message": {"role": "assistant", "content": [
        {"text": "Sending the SMS now."},
        {"toolUse": {"toolUseId": "tooluse_" + g.alnum(22), "name": "send_sms",
                     "input": {"account_sid": tw_sid, "auth_token": tw_tok, "to": "+14155550100", "body": "Your code is ready"}}}]}},
        "stopReason": "tool_use", "usage": {"inputTokens": 455, "outputTokens": 88}, "metrics": {"latencyMs": 1320}}
    c.pos("bedrock_converse", "[bedrock-converse] request_id=%s\n[bedrock-converse] response=" % g.uuid() + J(conv), [tw_sid, tw_tok])

    # 8 Mistral chat with tool_calls arguments string
    sg = g.sendgrid()
    mis = {"id": g.hex(32), "object": "chat.completion", "model": "mistral-large-latest", "choices": [{
        "index": 0, "message": {"role": "assistant", "content": "", "tool_calls": [{"id": g.alnum(9), "function": {
            "name": "configure_mailer", "arguments": J({"provider": "sendgrid", "apiKey": sg, "from": "noreply@shop.example"})}}]},
        "finish_reason": "tool_calls"}]}
    c.pos("mistral_tool_calls", J(mis, 4), [sg])

    # 9 doubly escaped JSON in a JSON log line
    hf = g.huggingface()
    inner = J({"model": "meta-llama/Llama-3.1-8B-Instruct", "tool_calls": [{"function": {"name": "download_model",
               "arguments": J({"repo": "acme/private-ft", "hf_token": hf})}}]})
    mid = J({"event": "llm.response", "body": inner})
    outer = J({"ts": "2025-03-02T11:20:44.118Z", "level": "debug", "logger": "gateway.audit", "message": mid})
    c.pos("double_escaped_log", J({"ts": "2025-03-02T11:20:44.101Z", "level": "debug", "logger": "gateway.audit", "message": "request accepted"}) + "\n" + outer, [hf])

    # 10 doubly escaped slack webhook in Loki-style line
    hook = g.slack_webhook()
    inner = J({"tool": "notify", "arguments": J({"webhook_url": hook, "text": "deploy finished"})})
    line = 'level=info ts=2025-01-19T22:03:11Z caller=agent.go:214 payload=' + J(J(inner))
    c.pos("double_escaped_log", line + "\nlevel=info ts=2025-01-19T22:03:12Z caller=agent.go:230 msg=\"tool finished\" duration=412ms", [hook])

    # 11 OpenAI SSE stream splitting a project key across 3 chunks
    key = g.openai_proj()
    pieces = split_pieces(rng, key, 3, 20)
    sse = []
    for i, p in enumerate(["Sure! Set it like this:\n\nexport OPENAI_API_KEY="] + pieces + ["\n\nThen rerun."]):
        sse.append("data: " + J({"id": "chatcmpl-Bx91", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}))
    sse.append("data: [DONE]")
    c.pos("sse_split", "\n\n".join(sse), pieces)

    # 12 Anthropic stream splitting a GitHub token inside input_json_delta
    gh = g.github_classic()
    frag = J({"token": gh, "repo": "infra/terraform"})
    cut1 = frag.index(gh) + 14
    cut2 = frag.index(gh) + 27
    parts = [frag[:cut1], frag[cut1:cut2], frag[cut2:]]
    ev = ["event: content_block_start\ndata: " + J({"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "toolu_01", "name": "git_clone", "input": {}}})]
    for p in parts:
        ev.append("event: content_block_delta\ndata: " + J({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": p}}))
    ev.append("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}")
    c.pos("sse_split", "\n\n".join(ev), [gh[:14], gh[14:27], gh[27:]])

    # 13 Gemini stream (JSON array chunks) splitting a mongodb uri password
    mpw = g.passphrase("") + g.digits(3)
    while len(mpw) < 18:
        mpw += g.alnum(4)
    uri = "mongodb+srv://appuser:%s@cluster0.x1y2z.mongodb.net/prod" % mpw
    a, b = mpw[:len(mpw) // 2], mpw[len(mpw) // 2:]
    if len(a) < 6 or len(b) < 6:
        raise AssertionError
    chunks = ["Your connection string is `mongodb+srv://appuser:" + a, b + "@cluster0.x1y2z.mongodb.net/prod` — keep it private."]
    arr = ",\n".join(J({"candidates": [{"content": {"parts": [{"text": t}], "role": "model"}, "index": 0}]}) for t in chunks)
    c.pos("sse_split", "[" + arr + "]", [a, b])

    # 14 Anthropic key split into 4 text deltas
    k = g.anthropic()
    ps = split_pieces(rng, k, 4, 12)
    lines = ["event: message_start", 'data: {"type":"message_start","message":{"id":"msg_01","model":"claude-3-7-sonnet"}}', ""]
    for p in ["Here is the key from the vault: "] + ps:
        lines += ["event: content_block_delta", "data: " + J({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}), ""]
    lines += ["event: message_stop", 'data: {"type":"message_stop"}']
    c.pos("sse_split", "\n".join(lines), ps)

    # 15 Python repr of ChatCompletionMessage
    pw = g.json_safe_pw().replace("'", "")
    rep = ("ChatCompletionMessage(content=None, refusal=None, role='assistant', audio=None, function_call=None, "
           "tool_calls=[ChatCompletionMessageToolCall(id='call_%s', function=Function(arguments='{\"host\":\"sftp.partner.example\",\"username\":\"acme_upload\",\"password\":\"%s\"}', "
           "name='sftp_upload'), type='function')])" % (g.alnum(24), pw))
    c.pos("python_repr", ">>> resp.choices[0].message\n" + rep, [pw])

    # 16 LangChain AIMessage repr with tool args dict
    smtp = g.symbol_pw().replace("'", "").replace("\\", "")
    rep = ("AIMessage(content='', additional_kwargs={'tool_calls': [{'id': 'call_%s', 'function': {'arguments': '{\"to\":\"ops\",\"subject\":\"weekly\"}', 'name': 'send_email'}, 'type': 'function'}]}, "
           "response_metadata={'token_usage': {'completion_tokens': 41, 'prompt_tokens': 390}, 'model_name': 'gpt-4o-mini'}, id='run-%s-0', "
           "tool_calls=[{'name': 'send_email', 'args': {'smtp_host': 'smtp.office365.com', 'smtp_user': 'reports-bot', 'smtp_password': '%s'}, 'id': 'call_x', 'type': 'tool_call'}])"
           % (g.alnum(24), g.uuid(), smtp))
    c.pos("python_repr", "DEBUG:langchain_core.callbacks:on_llm_end\n" + rep, [smtp])

    # 17 HumanMessage repr with HF/replicate key in content (list of messages)
    rk = g.replicate()
    rep = ("[SystemMessage(content='You are a helpful devops assistant.', additional_kwargs={}, response_metadata={}),\n"
           " HumanMessage(content=\"my replicate token is %s and it says 401, why?\", additional_kwargs={}, response_metadata={})]" % rk)
    c.pos("python_repr", rep, [rk])

    # 18 LangSmith run dump
    mpw2 = g.url_safe_pw()
    run = {"id": g.uuid(), "name": "RunnableSequence", "run_type": "chain", "start_time": "2025-04-07T08:11:02.551Z",
           "inputs": {"question": "Connect using mongodb://etl:%s@10.40.2.11:27017/?authSource=admin and list collections" % mpw2},
           "outputs": {"output": "I found 14 collections."}, "extra": {"metadata": {"ls_provider": "openai", "ls_model_name": "gpt-4o", "revision_id": "a1b2c3d"}},
           "tags": ["prod", "etl-agent"], "trace_id": g.uuid(), "dotted_order": "20250407T081102551000Z" + g.uuid()}
    c.pos("langchain_trace", J(run, 2), [mpw2])

    # 19 LlamaIndex debug handler print with document text
    tw = g.twilio_token()
    sid = g.twilio_sid()
    txt = ("**********\nTrace: query\n    |_CBEventType.QUERY -> 2.31 seconds\n      |_CBEventType.RETRIEVE -> 0.41 seconds\n"
           "      |_CBEventType.SYNTHESIZE -> 1.88 seconds\n        |_CBEventType.LLM -> 1.85 seconds\n**********\n"
           "event_pairs[1][0].payload['nodes'][0].node.text:\n"
           "'# SMS gateway\\nWe use Twilio. Account SID %s, auth token %s (rotate quarterly).\\nFallback: Vonage.'" % (sid, tw))
    c.pos("llamaindex_trace", txt, [sid, tw])

    # 20 DSPy inspect_history output
    db = g.password()
    hist = ("\n\n\n[2025-05-14T10:02:55.118393]\n\nSystem message:\n\nYour input fields are:\n1. `context` (str)\n2. `question` (str)\n"
            "Your output fields are:\n1. `answer` (str)\n\nUser message:\n\n[[ ## context ## ]]\n[1] «db-admin runbook: the break-glass account is dba_root, "
            "password %s, only from the bastion»\n\n[[ ## question ## ]]\nhow do I get into the replica?\n\n"
            "Respond with the corresponding output fields, starting with the field `[[ ## answer ## ]]`.\n\n\nResponse:\n\n[[ ## answer ## ]]\nSSH to the bastion first, then..." % db)
    c.pos("dspy_trace", hist, [db])

    # 21 Prompt template after filling (system prompt with Stripe key)
    rk2 = g.stripe("rk_live_")
    shop = g.shopify()
    prompt = ("### SYSTEM (rendered from templates/support_agent.j2)\nYou are Pip, the billing assistant for Lumen Outdoors.\n"
              "Tone: friendly, concise. Never promise refunds above 200 EUR.\n"
              "Tools available: lookup_order, refund_charge.\n"
              "When calling refund_charge pass restricted_key=%s\nWhen calling lookup_order pass shopify_token=%s\n"
              "Today is Tuesday. Customer tier: gold." % (rk2, shop))
    c.pos("prompt_template_filled", prompt, [rk2, shop])

    # 22 Few-shot prompt filled in Python f-string (German)
    dd_api, dd_app = g.datadog_api(), g.datadog_app()
    prompt = ("Du bist ein Assistent für Monitoring-Fragen.\n\nBeispiel 1:\nFrage: Wie frage ich Metriken ab?\n"
              "Antwort: curl -H 'DD-API-KEY: %s' -H 'DD-APPLICATION-KEY: %s' https://api.datadoghq.eu/api/v1/query?query=avg:system.cpu.user{*}\n\n"
              "Beispiel 2:\nFrage: Wie setze ich ein Monitor auf stumm?\nAntwort: ...\n\nFrage: {user_question}" % (dd_api, dd_app))
    c.pos("prompt_template_filled", prompt, [dd_api, dd_app])

    # 23 Function result: printenv from a code-execution tool, as a Python dict repr
    pk = g.stripe("sk_live_")
    dburl_pw = g.url_safe_pw()
    res = ("{'tool': 'python', 'stdout': \"environ({'PATH': '/usr/local/bin:/usr/bin', 'HOSTNAME': 'sandbox-7f9c', "
           "'STRIPE_SECRET_KEY': '%s', 'DATABASE_URL': 'mysql://shop:%s@mysql-primary:3306/shop', 'TZ': 'UTC'})\\n\", 'stderr': '', 'exit_code': 0}"
           % (pk, dburl_pw))
    c.pos("function_result_env", "tool_call -> python: import os; print(os.environ)\ntool_result <- " + res, [pk, dburl_pw])

    # 24 Eval JSONL
    jwt = g.jwt()
    rows = [J({"input": [{"role": "user", "content": "What is the capital of Australia?"}], "ideal": "Canberra"}),
            J({"input": [{"role": "user", "content": "Decode this token and tell me the role claim: " + jwt}], "ideal": "service_role"}),
            J({"input": [{"role": "user", "content": "2+2?"}], "ideal": "4"})]
    c.pos("eval_jsonl", "\n".join(rows), [jwt])

    # 25 Fine-tune chat JSONL with a password in the assistant turn (Spanish)
    vpn = g.password()
    rows = [J({"messages": [{"role": "system", "content": "Eres el asistente de TI de la empresa."},
                            {"role": "user", "content": "¿Cuál es la clave de la VPN de la oficina de Valencia?"},
                            {"role": "assistant", "content": "La clave compartida de la VPN es %s. No la compartas fuera del equipo." % vpn}]}),
            J({"messages": [{"role": "system", "content": "Eres el asistente de TI de la empresa."},
                            {"role": "user", "content": "¿Cómo reinicio la impresora?"},
                            {"role": "assistant", "content": "Mantén pulsado el botón de encendido 10 segundos."}]})]
    c.pos("finetune_jsonl", "\n".join(rows), [vpn])

    # 26 Bedrock fine-tune JSONL with PII of a customer
    nm = P.name(rng, "en_GB")
    em = P.email(rng, nm)
    ph = P.phone(rng, "GB")
    rows = [J({"system": "You summarise support calls.", "messages": [
        {"role": "user", "content": "Caller %s (%s, %s) says the parcel never arrived and wants a refund to the original card." % (nm, em, ph)},
        {"role": "assistant", "content": "Customer reports missing parcel; requests refund to original payment method."}]})]
    rows.append(J({"system": "You summarise support calls.", "messages": [{"role": "user", "content": "Caller wants to change delivery slot to Friday."}, {"role": "assistant", "content": "Customer requests delivery on Friday."}]}))
    c.pos("finetune_jsonl", "\n".join(rows), [nm, em, ph])

    # 27 Batch API output JSONL with a Vault token in the response body
    vt = g.vault()
    out = [J({"id": "batch_req_" + g.alnum(24), "custom_id": "ticket-1183", "response": {"status_code": 200, "body": {"choices": [{"message": {"role": "assistant", "content": "Classification: billing"}}]}}, "error": None}),
           J({"id": "batch_req_" + g.alnum(24), "custom_id": "ticket-1184", "response": {"status_code": 200, "body": {"choices": [{"message": {"role": "assistant", "content": "Classification: access. User pasted VAULT_TOKEN=%s in the ticket." % vt}}]}}, "error": None})]
    c.pos("batch_output_jsonl", "\n".join(out), [vt])

    # 28 OpenAI Responses API function_call item
    nr = g.newrelic()
    ri = {"id": "resp_" + g.hex(48), "object": "response", "status": "completed", "model": "o4-mini", "output": [
        {"type": "reasoning", "id": "rs_" + g.hex(20), "summary": []},
        {"type": "function_call", "id": "fc_" + g.hex(20), "call_id": "call_" + g.alnum(24), "name": "query_newrelic",
         "arguments": J({"nrql": "SELECT count(*) FROM Transaction SINCE 1 hour ago", "api_key": nr, "account_id": 3301842})}]}
    c.pos("responses_api", "HTTP/1.1 200 OK\ncontent-type: application/json\nopenai-processing-ms: 2210\n\n" + J(ri), [nr])

    # 29 Vertex request where the user pasted a service-account JSON as text
    sa, kid_, pem_pieces = g.gcp_sa_json("acme-vision-prod")
    pasted = J(sa, 2)
    vx = {"contents": [{"role": "user", "parts": [{"text": "This key fails with invalid_grant, what's wrong?\n```json\n" + pasted + "\n```"}]}],
          "generationConfig": {"temperature": 0.2, "maxOutputTokens": 2048}}
    c.pos("vertex_request", "POST https://europe-west4-aiplatform.googleapis.com/v1/projects/acme-vision-prod/locations/europe-west4/publishers/google/models/gemini-1.5-pro:generateContent\n" + J(vx),
          [kid_] + pem_pieces)

    # 30 LiteLLM debug log with curl
    gq = g.groq()
    log = ("\x1b[92m12:01:55 - LiteLLM:DEBUG\x1b[0m: utils.py:298 - \n\nPOST Request Sent from LiteLLM:\ncurl -X POST \\\n"
           "https://api.groq.com/openai/v1/chat/completions \\\n-H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\\n"
           "-d '{'model': 'llama-3.3-70b-versatile', 'messages': [{'role': 'user', 'content': 'ping'}], 'stream': False}'\n" % gq)
    c.pos("litellm_debug", log, [gq])

    # 31 OTel span attributes with prompt content holding an npm token
    npm = g.npm()
    span = {"name": "chat gpt-4o", "kind": "SPAN_KIND_CLIENT", "traceId": g.hex(32), "spanId": g.hex(16), "attributes": [
        {"key": "gen_ai.system", "value": {"stringValue": "openai"}},
        {"key": "gen_ai.prompt.0.role", "value": {"stringValue": "user"}},
        {"key": "gen_ai.prompt.0.content", "value": {"stringValue": "publish fails: `npm ERR! 403` — my .npmrc has //registry.npmjs.org/:_authToken=%s" % npm}},
        {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "77"}}]}
    c.pos("otel_genai_span", "# otel-collector file exporter, traces.json line 88\n" + J({"resourceSpans": [{"scopeSpans": [{"spans": [span]}]}]}), [npm])

    # 32 MCP JSON-RPC tools/call
    nt = g.notion()
    rpc = [J({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "notion_search", "arguments": {"query": "Q3 roadmap", "integration_token": nt}}}),
           J({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": "3 pages found"}], "isError": False}})]
    c.pos("mcp_jsonrpc", "--> " + rpc[0] + "\n<-- " + rpc[1], [nt])

    # 33 Assistants run step with code interpreter logs echoing Azure conn string
    acct = "stacme" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 6)
    akey = g.azure_storage_key()
    conn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, akey)
    step = {"id": "step_" + g.alnum(24), "object": "thread.run.step", "type": "tool_calls", "step_details": {"type": "tool_calls", "tool_calls": [
        {"id": "call_" + g.alnum(24), "type": "code_interpreter", "code_interpreter": {"input": "import os\nprint(os.environ['AZURE_STORAGE_CONNECTION_STRING'])",
                                                                                      "outputs": [{"type": "logs", "logs": conn + "\n"}]}}]}}
    c.pos("assistants_run_step", J(step, 2), [akey])

    # 34 ChatGPT conversations.json export with an OpenSSH key in parts
    pem, pp = g.pem("OPENSSH PRIVATE KEY", 380)
    conv = {"title": "ssh permission denied", "create_time": 1711540000.12, "mapping": {g.uuid(): {"message": {
        "author": {"role": "user"}, "content": {"content_type": "text", "parts": ["ssh keeps saying permission denied (publickey). this is my key:\n" + pem + "\nwhat am I doing wrong"]}}}}}
    c.pos("chat_export", "conversations.json (excerpt, 1 of 212)\n" + J(conv), pp)

    # 35 Cohere v2 chat tool_calls
    tg = g.telegram()
    co = {"id": g.uuid(), "finish_reason": "TOOL_CALL", "message": {"role": "assistant", "tool_plan": "I will post the alert to Telegram.",
          "tool_calls": [{"id": "post_alert_" + g.hex(4), "type": "function", "function": {"name": "telegram_send",
                          "arguments": J({"bot_token": tg, "chat_id": -1001882233, "text": "disk 91%"})}}]}}
    c.pos("cohere_tool_calls", J(co, 2), [tg])

    # 36 LangGraph checkpoint repr with a Discord token and a customer's card
    dc = g.discord_bot()
    cardn = P.card(rng, "visa")
    cp = ("Checkpoint(v=1, id='1ef%s', ts='2025-06-01T07:33:10.002+00:00', channel_values={'messages': [HumanMessage(content='charge my card %s exp 09/27 please', id='%s'), "
          "AIMessage(content='', tool_calls=[{'name': 'charge', 'args': {'amount': 49}, 'id': 'call_1'}])], 'bot_config': {'discord_token': '%s', 'guild': 'support'}}, "
          "channel_versions={'__start__': 2, 'messages': 5})" % (g.hex(13), cardn, g.uuid(), dc))
    c.pos("langgraph_checkpoint", ">>> graph.checkpointer.get(config)\n" + cp, [cardn, dc])

    # ---------------------------------------------------------------- negatives
    args = J({"bucket": "ml-artifacts-prod", "aws_access_key_id": "${AWS_ACCESS_KEY_ID}", "aws_secret_access_key": "${AWS_SECRET_ACCESS_KEY}"})
    body = {"id": "chatcmpl-" + g.alnum(29), "object": "chat.completion", "model": "gpt-4o", "choices": [{"index": 0, "message": {
        "role": "assistant", "content": None, "tool_calls": [{"id": "call_" + g.alnum(24), "type": "function",
                                                              "function": {"name": "list_s3_objects", "arguments": args}}]}, "finish_reason": "tool_calls"}]}
    c.neg("openai_toolcall_args", J(body, 2))

    sse = []
    for p in ["Set it like this:\n\nexport OPENAI_API_KEY=", "sk-proj-", "...", "\n\n(replace the dots with your real key)"]:
        sse.append("data: " + J({"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": p}}]}))
    sse.append("data: [DONE]")
    c.neg("sse_split", "\n\n".join(sse))

    c.neg("python_repr", ">>> llm\nChatOpenAI(client=<openai.resources.chat.completions.Completions object at 0x7f3a2c1d0e50>, model_name='gpt-4o-mini', "
                         "temperature=0.0, openai_api_key=SecretStr('**********'), openai_proxy=None, max_retries=2)")

    c.neg("function_result_env", "tool_call -> bash: env | grep API_KEY\ntool_result <- {'tool': 'bash', 'stdout': 'OPENAI_API_KEY=sk-proj-…Qx3f (set)\\nANTHROPIC_API_KEY=(unset)\\nHF_HOME=/cache/hf\\n', 'exit_code': 0}")

    c.neg("finetune_jsonl", J({"messages": [{"role": "user", "content": "Which env var does the SDK read?"}, {"role": "assistant", "content": "ANTHROPIC_API_KEY"}]}) + "\n" + J({"messages": [{"role": "system", "content": "You help developers configure SDKs."},
                                            {"role": "user", "content": "How do I pass my key to the client?"},
                                            {"role": "assistant", "content": "client = Anthropic(api_key=\"<YOUR_API_KEY>\")  # or set ANTHROPIC_API_KEY in the environment"}]}))

    prompt_hash = g.sha256_of("system prompt v14")
    run = {"id": g.uuid(), "name": "RetrievalQA", "run_type": "chain", "inputs": {"question": "what is our refund window?"},
           "outputs": {"output": "30 days from delivery."}, "extra": {"metadata": {"prompt_sha256": prompt_hash, "git_sha": g.hex(40)}},
           "trace_id": g.uuid(), "parent_run_id": None}
    c.neg("langchain_trace", J(run, 2))

    c.neg("prompt_template_filled", "### SYSTEM (templates/support_agent.j2, unrendered)\nYou are {{ bot_name }}, the billing assistant for {{ brand }}.\n"
                                    "When calling refund_charge pass restricted_key={{ secrets.stripe_restricted_key }}\n"
                                    "When calling lookup_order pass shopify_token={{ secrets.shopify_admin_token }}")

    c.neg("mcp_jsonrpc", "<-- " + J({"jsonrpc": "2.0", "id": 2, "result": {"tools": [{"name": "notion_search"}]}}) + "\n--> " + J({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "notion_search",
                                                                                               "arguments": {"query": "Q3 roadmap", "integration_token": "vault:secret/data/mcp/notion#token"}}}))
    return c.items
