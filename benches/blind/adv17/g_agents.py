"""agents: LLM agent transcripts, tool calls, MCP configs, memory, multilingual chats."""
import json
import random

from common import (ALNUM, B64URL, DIGITS, HEX, LALNUM, UPPER, Collector, anthropic_key, aws_key_id, aws_secret,
                    b64u, crlf, github_fine, github_token, gitlab_pat, google_api, hexs, hf_token, openai_key,
                    password, rbytes, rs, sendgrid, slack_bot, stripe_live, uuid4)

SEED = 1706
GROUP = "agents"


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    def call_id():
        return "call_" + rs(rng, ALNUM, 24)

    def toolu():
        return "toolu_01" + rs(rng, ALNUM, 22)

    # ------------------------------------------------------------ tool-call JSON
    gh = github_token(rng)
    args = json.dumps({"method": "GET", "url": "https://api.github.com/repos/orbitly/web/actions/runs?status=failure",
                       "headers": {"Authorization": "Bearer " + gh, "Accept": "application/vnd.github+json"}})
    msgs = [{"role": "user", "content": "why is CI red on main?"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call_id(), "type": "function", "function": {"name": "http_request", "arguments": args}}]},
            {"role": "tool", "tool_call_id": "call_x", "content": "{\"total_count\": 3}"}]
    c.pos("tool_call", json.dumps(msgs, indent=2) + "\n", [gh])

    sk = stripe_live(rng)
    blk = {"type": "tool_use", "id": toolu(), "name": "stripe_refund",
           "input": {"api_key": sk, "charge": "ch_" + rs(rng, ALNUM, 24), "amount": 1299, "reason": "duplicate"}}
    c.pos("tool_call", "stop_reason=tool_use, content[1]:\n" + json.dumps(blk, indent=2) + "\n", [sk])

    sg = sendgrid(rng)
    c.pos("tool_call", f"""> Entering new AgentExecutor chain...
Invoking: `send_email` with `{{'to': 'ops-alerts@orbitly.io', 'subject': 'Nightly export done', 'body': 'rows=18231', 'sendgrid_api_key': '{sg}'}}`

{{"status": 202}}
> Finished chain.
""", [sg])

    # ------------------------------------------------------------ scratchpad
    ak = anthropic_key(rng)
    c.pos("scratchpad", f"""Thought: The user wants a summary of the 40 PDFs. The batch endpoint is cheaper. I'll use the key
{ak} from the .env I read earlier to call the Message Batches API.
Action: python
Action Input: client = anthropic.Anthropic(api_key="{ak}"); client.messages.batches.create(requests=reqs)
Observation: MessageBatch(id='msgbatch_01{rs(rng, ALNUM, 22)}', processing_status='in_progress')
""", [ak])

    kid, sec = aws_key_id(rng), aws_secret(rng)
    c.pos("scratchpad", f"""<thinking>
The deploy failed with AccessDenied on s3:PutObject. The credentials in ~/.aws/credentials are
aws_access_key_id={kid} and aws_secret_access_key={sec}. These look like the CI user, not the deploy role.
I should call sts get-caller-identity to confirm before retrying.
</thinking>
""", [kid, sec])

    # ------------------------------------------------------------ MCP configs
    ghf = github_fine(rng)
    sb = slack_bot(rng)
    pgpw = password(rng, 16, ALNUM)
    cfg = {"mcpServers": {
        "github": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN",
                                                 "ghcr.io/github/github-mcp-server"],
                   "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": ghf}},
        "slack": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-slack"],
                  "env": {"SLACK_BOT_TOKEN": sb, "SLACK_TEAM_ID": "T0" + rs(rng, UPPER + DIGITS, 9)}},
        "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres",
                                                "postgresql://readonly:%s@analytics.internal:5432/warehouse" % pgpw]}}}
    c.pos("mcp_config", "claude_desktop_config.json — slack server shows 'failed' in the logs, github works:\n\n"
          + json.dumps(cfg, indent=2) + "\n", [ghf, sb, pgpw])

    ntn = "ntn_" + rs(rng, DIGITS, 11) + rs(rng, ALNUM, 35)
    lin = "lin_api_" + rs(rng, ALNUM, 40)
    c.pos("mcp_config", json.dumps({"servers": {
        "notion": {"type": "stdio", "command": "npx", "args": ["-y", "@notionhq/notion-mcp-server"],
                   "env": {"OPENAPI_MCP_HEADERS": json.dumps({"Authorization": "Bearer " + ntn,
                                                              "Notion-Version": "2022-06-28"})}},
        "linear": {"type": "sse", "url": "https://mcp.linear.app/sse",
                   "headers": {"Authorization": "Bearer " + lin}}}}, indent=2) + "\n", [ntn, lin])

    gl = gitlab_pat(rng)
    c.pos("mcp_config", f"""# ~/.codex/config.toml
[mcp_servers.gitlab]
command = "npx"
args = ["-y", "@modelcontextprotocol/server-gitlab"]
env = {{ GITLAB_PERSONAL_ACCESS_TOKEN = "{gl}", GITLAB_API_URL = "https://gitlab.com/api/v4" }}
""", [gl])

    # ------------------------------------------------------------ vector store metadata
    rec = {"id": uuid4(rng), "values": "[1536 floats]", "metadata": {
        "source": "zendesk/tickets/418822", "chunk": 2,
        "text": "Customer Nkechi Okafor (nkechi.okafor@yahoo.com, +234 803 555 0142) says the refund for order "
                "#88231 never arrived. Card ending 4417.",
        "created_at": "2025-02-27T16:40:11Z"}}
    c.pos("vector_meta", "pinecone upsert payload (one of 2k):\n" + json.dumps(rec, indent=2) + "\n",
          ["Nkechi Okafor", "nkechi.okafor@yahoo.com", "+234 803 555 0142"])

    pw = password(rng, 14, ALNUM + "!")
    c.pos("vector_meta", f""">>> collection.get(where={{"source": "confluence/OPS/runbooks"}}, limit=2)["documents"]
['## Restart the payment worker\\n1. ssh ops@pay-worker-1\\n2. sudo systemctl restart payworker',
 '## RabbitMQ admin\\nURL: https://mq.internal:15672  user: admin  password: {pw}\\nOnly use for queue purges.']
""", [pw])

    # ------------------------------------------------------------ prompt templates (filled)
    c.pos("prompt_filled", """SYSTEM: You are a helpful retention agent for Fernwood Bank. Be concise.
CONTEXT:
  customer_name: Layla Haddad
  customer_email: layla.haddad@gmail.com
  phone: +961 3 418 227
  mailing_address: Rue Gouraud 44, Gemmayzeh, Beirut
  last_4_of_account: 8812
  churn_risk: high
USER: I want to close my account, the fees are too high.
""", ["Layla Haddad", "layla.haddad@gmail.com", "+961 3 418 227", "Rue Gouraud 44"])

    gk = google_api(rng)
    c.pos("prompt_filled", f"""[prompt rendered] template=weather_agent.j2 vars={{"city":"Porto","units":"metric"}}
You can call the `geocode` tool. When you call it, pass the header X-Goog-Api-Key: {gk}.
Answer in the user's language. Today is 2025-03-11.
""", [gk])

    # ------------------------------------------------------------ memory
    kid, sec = aws_key_id(rng), aws_secret(rng)
    c.pos("memory", f"""# MEMORY.md (auto-saved by assistant)
- User: Graham Pettigrew, lives at 9 Marchmont Crescent, Edinburgh EH9 1HN
- Prefers British spelling; works at a small logistics firm
- AWS profile "graham-personal": key {kid} / secret {sec}
- Daughter's school run is 8:15, avoid scheduling before 9
""", ["Graham Pettigrew", "9 Marchmont Crescent", kid, sec])

    hf = hf_token(rng)
    c.pos("memory", json.dumps({"memories": [
        {"id": uuid4(rng), "memory": "User trains models on a rented A100", "created_at": "2025-03-01T10:00:00Z"},
        {"id": uuid4(rng), "memory": "User's Hugging Face write token is %s" % hf, "created_at": "2025-03-02T08:11:40Z"},
        {"id": uuid4(rng), "memory": "Prefers PyTorch over JAX", "created_at": "2025-03-02T08:12:02Z"}]},
        indent=2) + "\n", [hf])

    # ------------------------------------------------------------ multilingual chats
    langs = []
    sk = stripe_live(rng)
    langs.append(("es", f"""Usuario: Hola, me da error 401 al crear un PaymentIntent desde el backend. Esta es mi clave secreta: {sk}
¿Puede ser que esté usando la del modo de prueba? Ya la revisé dos veces.""", [sk]))
    gh = github_token(rng)
    langs.append(("pt", f"""Oi! Tô tentando clonar um repositório privado no servidor e dá "Authentication failed".
Gerei esse token agora há pouco: {gh}
Precisa marcar o escopo repo inteiro ou só read?""", [gh]))
    kid, sec = aws_key_id(rng), aws_secret(rng)
    langs.append(("de", f"""Moin, mein Terraform-Apply bricht mit "InvalidClientTokenId" ab. Ich habe die Zugangsdaten so gesetzt:
export AWS_ACCESS_KEY_ID={kid}
export AWS_SECRET_ACCESS_KEY={sec}
Muss ich noch eine Region angeben oder liegt es am Key?""", [kid, sec]))
    oa = openai_key(rng)
    langs.append(("fr", f"""Bonjour, mon script Python renvoie "insufficient_quota" alors que j'ai bien du crédit.
Voici la clé que j'utilise : {oa}
Est-ce qu'il faut la régénérer après avoir ajouté un moyen de paiement ?""", [oa]))
    sb = slack_bot(rng)
    langs.append(("ja", f"""Slackボットがチャンネルに投稿できません。not_in_channel エラーになります。
トークンはこれです：{sb}
スコープは chat:write を付けています。何が足りないでしょうか？""", [sb]))
    ak = anthropic_key(rng)
    langs.append(("ko", f"""API 호출할 때 계속 authentication_error가 나요. 제 키는 {ak} 입니다.
헤더 이름이 x-api-key 맞나요?""", [ak]))
    pw = password(rng, 14, ALNUM)
    langs.append(("hi", f"""नमस्ते, मेरा MySQL कनेक्शन बार-बार "Access denied for user 'root'@'localhost'" दे रहा है।
मैंने पासवर्ड {pw} रखा है, my.cnf में भी यही डाला है। क्या गलत हो सकता है?""", [pw]))
    gk = google_api(rng)
    langs.append(("ar", f"""مرحبًا، خرائط Google لا تظهر في تطبيقي وتظهر رسالة "This page can't load Google Maps correctly".
هذا هو مفتاح الـ API الخاص بي: {gk}
هل يجب تفعيل الفوترة أولاً؟""", [gk]))
    gl = gitlab_pat(rng)
    langs.append(("tr", f"""Selam, GitLab CI'da private registry'den image çekemiyorum, "denied: access forbidden" diyor.
Kişisel erişim tokenım şu: {gl}
read_registry yetkisi yeterli mi?""", [gl]))
    tw_sid, tw_tok = "AC" + hexs(rng, 32), hexs(rng, 32)
    langs.append(("vi", f"""Chào bạn, mình gửi SMS bằng Twilio bị lỗi 20003. Account SID là {tw_sid}, auth token là {tw_tok}.
Mình đang dùng tài khoản trả phí rồi, sao vẫn lỗi vậy?""", [tw_tok]))
    dbpw = password(rng, 16, ALNUM)
    langs.append(("pl", f"""Cześć, Django nie może połączyć się z bazą na produkcji. W settings.py mam:
DATABASES = {{"default": {{"ENGINE": "django.db.backends.postgresql", "NAME": "sklep", "USER": "sklep_app", "PASSWORD": "{dbpw}", "HOST": "db.internal"}}}}
Lokalnie wszystko działa. Co sprawdzić?""", [dbpw]))
    hf = hf_token(rng)
    langs.append(("it", f"""Ciao, quando faccio push del modello su Hugging Face ricevo 403 Forbidden.
Ho fatto login con huggingface-cli login --token {hf}
Il token è di tipo "write", quindi non capisco.""", [hf]))
    for i, (lang, text, secrets) in enumerate(langs):
        t = text + "\n"
        if i % 3 == 1:
            t = crlf(t)
        c.pos("chat_" + lang, t, secrets)

    # ------------------------------------------------------------ split across turns
    oa = openai_key(rng)
    a, b = oa[:90], oa[90:]
    c.pos("split_turns", f"""[user] the key is too long for the mobile chat box so here's the first part: {a}
[assistant] Got it — please send the rest and I'll put together the curl command.
[user] {b}
[assistant] Thanks. Here's the command: curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"
""", [a, b])

    kid, sec = aws_key_id(rng), aws_secret(rng)
    c.pos("split_turns", json.dumps([
        {"role": "user", "content": "aws cli says SignatureDoesNotMatch. key id " + kid},
        {"role": "assistant", "content": "That error usually means the secret is wrong or has a trailing character. "
                                         "Can you double-check how you exported AWS_SECRET_ACCESS_KEY?"},
        {"role": "user", "content": "export AWS_SECRET_ACCESS_KEY=" + sec[:20]},
        {"role": "user", "content": "oops sent too early, rest is " + sec[20:]}], indent=2, ensure_ascii=False)
          + "\n", [kid, sec[:20], sec[20:]])

    # ------------------------------------------------------------ traces
    oa = openai_key(rng)
    run = {"id": uuid4(rng), "name": "ChatOpenAI", "run_type": "llm", "inputs": {
        "messages": [[{"lc": 1, "type": "constructor", "id": ["langchain", "schema", "messages", "HumanMessage"],
                       "kwargs": {"content": "summarise ticket 4412"}}]]},
           "extra": {"invocation_params": {"model": "gpt-4o-mini", "openai_api_key": oa, "temperature": 0}},
           "start_time": "2025-03-10T12:01:09.112Z"}
    c.pos("trace", json.dumps(run, indent=1) + "\n", [oa])

    pgpw = password(rng, 18, ALNUM)
    rk = "rk_live_51" + rs(rng, ALNUM, 97)
    res = {"type": "tool_result", "tool_use_id": toolu(), "content": (
        "$ env | sort | grep -v ^LS_COLORS\nDATABASE_URL=postgres://checkout:%s@pg-primary.internal:5432/checkout\n"
        "HOME=/home/app\nNODE_ENV=production\nSTRIPE_RESTRICTED_KEY=%s\n" % (pgpw, rk))}
    c.pos("tool_result", json.dumps(res, indent=2) + "\n", [pgpw, rk])

    ghf = github_fine(rng)
    c.pos("tool_result", f"""● Bash(cat ~/.config/gh/hosts.yml)
  ⎿  github.com:
         users:
             release-bot:
                 oauth_token: {ghf}
         git_protocol: https
         user: release-bot
● The gh CLI is authenticated as release-bot, so `gh release create` should work from this shell.
""", [ghf])

    # ------------------------------------------------------------ negatives
    c.neg("tool_call", json.dumps([
        {"role": "assistant", "content": [
            {"type": "text", "text": "Let me check the failing workflow runs."},
            {"type": "tool_use", "id": toolu(), "name": "http_request",
             "input": {"url": "https://api.github.com/repos/orbitly/web/actions/runs",
                       "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": toolu(), "content": "{\"total_count\":3}"}]}],
        indent=2) + "\nmsg id: msg_01" + rs(rng, ALNUM, 22) + "  request-id: req_01" + rs(rng, ALNUM, 22) + "\n")

    c.neg("mcp_config", json.dumps({"mcpServers": {"github": {
        "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
        "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>"}},
        "brave-search": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"],
                         "env": {"BRAVE_API_KEY": "${env:BRAVE_API_KEY}"}}}}, indent=2) + "\n")

    c.neg("prompt_template", """SYSTEM_TEMPLATE = \"\"\"You are a support agent for {company_name}.
Greet {customer_name} by first name. Never reveal {internal_notes}.
If the user pastes an API key or password, tell them to rotate it and do not repeat it back.
Tools: lookup_order(order_id: str), refund(order_id: str, amount_cents: int)
\"\"\"
prompt = ChatPromptTemplate.from_messages([("system", SYSTEM_TEMPLATE), ("human", "{input}")])
""")

    c.neg("chat_es", crlf("""Usuario: ¿Cómo roto la clave secreta de Stripe sin cortar los pagos en curso?
Asistente: Crea una clave restringida nueva en el Dashboard, despliega con la nueva variable STRIPE_SECRET_KEY,
y cuando el tráfico ya use la nueva, revoca la anterior desde Developers > API keys.
"""))

    c.neg("vector_meta", json.dumps({"id": uuid4(rng), "score": 0.8123, "metadata": {
        "source": "docs/architecture/token-bucket.md", "chunk": 4, "sha256": hexs(rng, 64),
        "text": "The rate limiter uses a token bucket: each API key gets 100 tokens, refilled at 10 tokens/s."}},
        indent=2) + "\n")

    c.neg("chat_ja", """ユーザー：APIキーを環境変数に入れる方法を教えてください。
アシスタント：.env ファイルに OPENAI_API_KEY=... と書き、python-dotenv で読み込んでください。
キー自体はチャットに貼らないでください。
""")
    return c.cases
