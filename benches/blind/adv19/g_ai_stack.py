"""Group ai_stack: LLM / ML tooling keys in code, notebooks, configs, agent traces and prompts."""
from common import *  # noqa: F401,F403
import json


def build():
    g = Group("ai_stack")
    r = g.r

    # ------------------------------------------------------------ SDK code
    ak = anthropic_key(r)
    g.p("sdk_code", f"""import anthropic

client = anthropic.Anthropic(api_key="{ak}")

msg = client.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=1024,
    messages=[{{"role": "user", "content": "Summarise the attached contract"}}],
)
print(msg.content[0].text)""", [ak])

    ok, gq = openai_key(r), groq_key(r)
    g.p("sdk_code", f"""// lib/ai.ts
import {{ createOpenAI }} from '@ai-sdk/openai';
import {{ createGroq }} from '@ai-sdk/groq';

export const openai = createOpenAI({{ apiKey: '{ok}', compatibility: 'strict' }});
export const groq = createGroq({{ apiKey: "{gq}" }});
// TODO: this works in dev but on Vercel I get "API key is missing" ??""", [ok, gq])

    az = azure_openai_key(r)
    g.p("sdk_code", f"""from openai import AzureOpenAI

client = AzureOpenAI(
    api_key="{az}",
    api_version="2024-06-01",
    azure_endpoint="https://acme-oai-swedencentral.openai.azure.com/",
)
resp = client.chat.completions.create(model="gpt-4o-deploy", messages=[{{"role": "user", "content": "ping"}}])
# openai.NotFoundError: Error code: 404 - {{'error': {{'code': 'DeploymentNotFound'}}}}""", [az])

    ch, pc = cohere_key(r), pinecone_key(r)
    g.p("sdk_code", f"""import cohere
from pinecone import Pinecone

co = cohere.ClientV2("{ch}")
pc = Pinecone(api_key="{pc}")
index = pc.Index("support-articles")

def search(q):
    emb = co.embed(texts=[q], model="embed-multilingual-v3.0", input_type="search_query", embedding_types=["float"])
    return index.query(vector=emb.embeddings.float_[0], top_k=5, include_metadata=True)""", [ch, pc])

    mk = mistral_key(r)
    g.p("sdk_code", f"""from mistralai import Mistral
mistral=Mistral(api_key='{mk}')
r=mistral.chat.complete(model="mistral-large-latest",messages=[{{"role":"user","content":"Bonjour"}}])""", [mk])

    el, aa, dg = elevenlabs_key(r), assemblyai_key(r), deepgram_key(r)
    g.p("sdk_code", f"""// voice-pipeline.js
import {{ ElevenLabsClient }} from "elevenlabs";
import {{ AssemblyAI }} from "assemblyai";
import {{ createClient }} from "@deepgram/sdk";

const tts = new ElevenLabsClient({{ apiKey: "{el}" }});
const stt = new AssemblyAI({{ apiKey: "{aa}" }});
const live = createClient("{dg}");""", [el, aa, dg])

    st = stability_key(r)
    g.p("sdk_code", f"""import requests
resp = requests.post(
    "https://api.stability.ai/v2beta/stable-image/generate/core",
    headers={{"authorization": f"Bearer {st}", "accept": "image/*"}},
    files={{"none": ""}},
    data={{"prompt": "isometric cozy bookshop, evening light", "output_format": "webp"}},
)
print(resp.status_code, resp.text[:200])""", [st])

    xk = xai_key(r)
    g.p("sdk_code", f"""use async_openai::{{config::OpenAIConfig, Client}};

let config = OpenAIConfig::new()
    .with_api_base("https://api.x.ai/v1")
    .with_api_key("{xk}");
let client = Client::with_config(config);""", [xk])

    g.n("sdk_code", """import os
import anthropic
from pinecone import Pinecone

client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY from the environment
pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])
index = pc.Index("support-articles")
print(client.models.list().data[0].id, index.describe_index_stats())""")

    # ------------------------------------------------------------ notebooks
    ok = openai_key(r)
    nb = {"cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "os.environ[\"OPENAI_API_KEY\"] = \"%s\"\n" % ok, "from langchain_openai import ChatOpenAI"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["content='Hello! How can I help?'\n"]}],
         "source": ["llm = ChatOpenAI(model=\"gpt-4o-mini\")\n", "print(llm.invoke(\"hi\"))"]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}
    g.p("notebook", json.dumps(nb, indent=1), [ok])

    hf, wb = hf_token(r), wandb_key(r)
    g.p("notebook", f"""# Colab cell 1
!pip install -q transformers datasets wandb
!huggingface-cli login --token {hf} --add-to-git-credential

# Colab cell 2
import wandb
wandb.login(key="{wb}")
run = wandb.init(project="llama-sft", config={{"lr": 2e-5, "epochs": 3}})
# wandb: ERROR Error while calling W&B API: permission denied (<Response [403]>)""", [hf, wb])

    cm, rp = comet_key(r), replicate_key(r)
    g.p("notebook", f"""In [3]: import comet_ml, replicate
In [4]: comet_ml.login(api_key="{cm}", project_name="sdxl-finetune")
COMET INFO: Comet API key is valid
In [5]: replicate_client = replicate.Client(api_token="{rp}")
In [6]: out = replicate_client.run("stability-ai/sdxl", input={{"prompt": "a red fox, watercolor"}})
ReplicateError: You did not pass a valid authentication token""", [cm, rp])

    g.n("notebook", """# Colab cell 1
from google.colab import userdata
from getpass import getpass
import os
os.environ["HF_TOKEN"] = userdata.get("HF_TOKEN")
os.environ["WANDB_API_KEY"] = getpass("W&B key: ")
# W&B key: ··········""")

    # ------------------------------------------------------------ .env
    tg, fw, ds, xa = together_key(r), fireworks_key(r), deepseek_key(r), xai_key(r)
    g.p("dotenv", f"""# .env  (do NOT commit)
TOGETHER_API_KEY={tg}
FIREWORKS_API_KEY={fw}
DEEPSEEK_API_KEY={ds}
XAI_API_KEY="{xa}"
DEFAULT_MODEL=deepseek-chat
MAX_TOKENS=4096""", [tg, fw, ds, xa])

    ls, orr = langsmith_key(r), openrouter_key(r)
    g.p("dotenv", f"""# .env.local
LANGSMITH_TRACING=true
LANGSMITH_ENDPOINT="https://eu.api.smith.langchain.com"
LANGSMITH_API_KEY="{ls}"
LANGSMITH_PROJECT="support-agent-prod"
OPENROUTER_API_KEY={orr}
NEXT_PUBLIC_APP_NAME=HelpDeskAI""", [ls, orr])

    lfp, lfs = langfuse_public(r), langfuse_secret(r)
    g.p("dotenv", f"""LANGFUSE_PUBLIC_KEY={lfp}
LANGFUSE_SECRET_KEY={lfs}
LANGFUSE_HOST=https://cloud.langfuse.com
# traces don't show up in the UI, is the host wrong for EU?""", [lfs])

    wb, hf = wandb_key(r), hf_token(r)
    g.p("dotenv", f"""~/.zshrc (tail)
export PATH="$HOME/.local/bin:$PATH"
export HF_TOKEN={hf}
export WANDB_API_KEY={wb}
export HF_HUB_ENABLE_HF_TRANSFER=1
alias gpu='watch -n1 nvidia-smi'""", [hf, wb])

    g.n("dotenv", """# .env.example — copy to .env and fill in
OPENAI_API_KEY=
ANTHROPIC_API_KEY=
LANGSMITH_API_KEY=
LANGSMITH_TRACING=false
DEFAULT_MODEL=gpt-4o-mini
MAX_TOKENS=4096""")

    # ------------------------------------------------------------ LiteLLM
    az, gq = azure_openai_key(r), groq_key(r)
    master = "sk-" + b64u(r, 32)
    g.p("litellm_config", f"""# litellm proxy config.yaml
model_list:
  - model_name: gpt-4o
    litellm_params:
      model: azure/gpt-4o-prod
      api_base: https://acme-oai-eastus2.openai.azure.com/
      api_key: {az}
      api_version: "2024-08-01-preview"
  - model_name: llama-3.3-70b
    litellm_params:
      model: groq/llama-3.3-70b-versatile
      api_key: "{gq}"
general_settings:
  master_key: {master}
  database_url: postgresql://litellm:{url_password(r)}@litellm-db:5432/litellm""", [az, gq, master])
    last = g.cases[-1]
    last["secrets"].append(last["text"].split("postgresql://litellm:")[1].split("@")[0])

    vk = "sk-" + b64u(r, 22)
    g.p("litellm_config", f"""$ curl http://litellm.internal:4000/chat/completions \\
    -H "Authorization: Bearer {vk}" \\
    -H "Content-Type: application/json" \\
    -d '{{"model": "gpt-4o", "messages": [{{"role": "user", "content": "hi"}}]}}'
{{"error":{{"message":"Authentication Error, Invalid proxy server token passed. Received API Key = sk-...{vk[-4:]}","type":"auth_error","code":"401"}}}}""", [vk])

    g.n("litellm_config", """model_list:
  - model_name: gpt-4o
    litellm_params:
      model: azure/gpt-4o-prod
      api_base: os.environ/AZURE_API_BASE
      api_key: os.environ/AZURE_API_KEY
  - model_name: claude-sonnet
    litellm_params:
      model: anthropic/claude-3-5-sonnet-latest
      api_key: os.environ/ANTHROPIC_API_KEY
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY""")

    # ------------------------------------------------------------ Continue
    cs, ak = mistral_key(r), anthropic_key(r)
    cfg = {"models": [{"title": "Claude 3.5 Sonnet", "provider": "anthropic", "model": "claude-3-5-sonnet-latest", "apiKey": ak}],
           "tabAutocompleteModel": {"title": "Codestral", "provider": "mistral", "model": "codestral-latest", "apiKey": cs},
           "allowAnonymousTelemetry": False}
    g.p("continue_config", "~/.continue/config.json — autocomplete is not working, chat is fine:\n" + json.dumps(cfg, indent=2), [ak, cs])

    gm = google_api_key(r)
    g.p("continue_config", f"""# ~/.continue/config.yaml
name: my-assistant
version: 0.0.1
models:
  - name: Gemini 2.0 Flash
    provider: gemini
    model: gemini-2.0-flash
    apiKey: {gm}
    roles: [chat, edit]""", [gm])

    # ------------------------------------------------------------ Cursor / VS Code MCP
    gh, br = github_token(r), "BSA" + alnum(r, 28)
    mcp = {"mcpServers": {
        "github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
                   "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": gh}},
        "brave-search": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"],
                         "env": {"BRAVE_API_KEY": br}}}}
    g.p("cursor_mcp", ".cursor/mcp.json (the github tools show as red in Cursor settings):\n" + json.dumps(mcp, indent=2), [gh, br])

    pp = perplexity_key(r)
    g.p("cursor_mcp", f"""// .vscode/settings.json
{{
  "editor.formatOnSave": true,
  "mcp": {{
    "servers": {{
      "perplexity": {{
        "type": "stdio",
        "command": "uvx",
        "args": ["perplexity-mcp", "--api-key", "{pp}"]
      }}
    }}
  }}
}}""", [pp])

    g.n("cursor_mcp", """// .vscode/mcp.json
{
  "inputs": [
    { "type": "promptString", "id": "github_token", "description": "GitHub Personal Access Token", "password": true }
  ],
  "servers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${input:github_token}" }
    }
  }
}""")

    # ------------------------------------------------------------ Claude Desktop
    pw, sl = url_password(r), slack_token(r, "xoxb")
    cd = {"mcpServers": {
        "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres",
                                                "postgresql://readonly:%s@analytics-db.acme.internal:5432/analytics" % pw]},
        "slack": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-slack"],
                  "env": {"SLACK_BOT_TOKEN": sl, "SLACK_TEAM_ID": "T0" + rs(r, UPPER + DIGITS, 8)}}}}
    g.p("claude_desktop", "%APPDATA%\\Claude\\claude_desktop_config.json\n" + json.dumps(cd, indent=2), [pw, sl])

    nt, lin = notion_token(r), linear_key(r)
    g.p("claude_desktop", f"""~/Library/Application Support/Claude/claude_desktop_config.json
{{
  "mcpServers": {{
    "notion": {{
      "command": "npx",
      "args": ["-y", "@notionhq/notion-mcp-server"],
      "env": {{ "OPENAPI_MCP_HEADERS": "{{\\"Authorization\\": \\"Bearer {nt}\\", \\"Notion-Version\\": \\"2022-06-28\\"}}" }}
    }},
    "linear": {{ "command": "npx", "args": ["-y", "linear-mcp", "--token={lin}"] }}
  }}
}}
Claude says "MCP notion: Server disconnected". what's wrong?""", [nt, lin])

    g.n("claude_desktop", """{
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/shared/projects", "/Users/shared/notes"]
    },
    "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"] }
  }
}""")

    # ------------------------------------------------------------ agent tool calls
    k = hexs(r, 32)
    call = {"id": "call_" + alnum(r, 24), "type": "function", "function": {"name": "http_request", "arguments": json.dumps(
        {"method": "GET", "url": "https://api.openweathermap.org/data/3.0/onecall?lat=52.52&lon=13.40",
         "headers": {"x-api-key": k}})}}
    g.p("agent_toolcall", "assistant message from the run log:\n" + json.dumps({"role": "assistant", "content": None, "tool_calls": [call]}, indent=2), [k])

    sk = stripe_key(r)
    blk = {"type": "tool_use", "id": "toolu_01" + alnum(r, 22), "name": "run_shell",
           "input": {"command": "curl https://api.stripe.com/v1/balance -u %s:" % sk}}
    g.p("agent_toolcall", json.dumps({"role": "assistant", "content": [
        {"type": "text", "text": "I'll check the balance with the key you gave me."}, blk]}, indent=2), [sk])

    tok = alnum(r, 40)
    g.p("agent_toolcall", f"""> Entering new AgentExecutor chain...
Thought: I need to look up the ticket in Zendesk.
Action: requests_get
Action Input: {{"url": "https://acme.zendesk.com/api/v2/tickets/88412.json", "headers": {{"Authorization": "Bearer {tok}"}}}}
Observation: {{"error": "Couldn't authenticate you"}}
Thought: The token seems invalid.""", [tok])

    dd = datadog_api(r)
    run = {"id": uuid4(r), "name": "triage_agent", "run_type": "tool",
           "inputs": {"tool": "query_metrics", "args": {"query": "avg:system.cpu.user{env:prod}", "dd_api_key": dd}},
           "outputs": {"error": "403 Forbidden"}, "start_time": "2024-03-11T12:01:44.120Z"}
    g.p("agent_toolcall", "exported run from the tracing UI:\n" + json.dumps(run, indent=2), [dd])

    gl = gitlab_pat(r)
    rpc = {"jsonrpc": "2.0", "id": 17, "method": "tools/call",
           "params": {"name": "gitlab_create_mr", "arguments": {
               "project": "platform/api", "source_branch": "fix/retry", "target_branch": "main",
               "private_token": gl}}}
    g.p("agent_toolcall", "MCP inspector, outgoing message:\n" + json.dumps(rpc), [gl])

    g.n("agent_toolcall", json.dumps({"role": "assistant", "tool_calls": [{"id": "call_8Qk2vXn0", "type": "function", "function": {
        "name": "http_request", "arguments": json.dumps({"method": "GET", "url": "https://api.openweathermap.org/data/3.0/onecall?lat=52.52&lon=13.40",
                                                         "headers": {"x-api-key": "{{secrets.OPENWEATHER_KEY}}"}})}}]}, indent=2))

    # ------------------------------------------------------------ prompts
    ak = anthropic_key(r)
    g.p("prompt_paste", f"hey claude, quick one: my key is {ak} and every request gives 401 invalid x-api-key. I copied it from the console just now. what am I doing wrong??", [ak])

    pp = perplexity_key(r)
    g.p("prompt_paste", f"""Kannst du mir ein Python-Skript schreiben, das die Perplexity API abfragt und die Quellen als Markdown-Liste ausgibt? Mein Schlüssel ist {pp}, Modell sonar. Danke!""", [pp])

    el = elevenlabs_key(r)
    vid = alnum(r, 20)
    g.p("prompt_paste", f"""write me a node script that reads chapters/*.txt and turns each one into an mp3 with elevenlabs.
voice id {vid}, api key {el}
keep it under 50 lines pls""", [el])

    ds = deepseek_key(r)
    g.p("prompt_paste", f"""帮我看一下这段代码为什么报 401：
client = OpenAI(api_key="{ds}", base_url="https://api.deepseek.com")
resp = client.chat.completions.create(model="deepseek-chat", messages=[{{"role":"user","content":"你好"}}])
谢谢！""", [ds])

    hf = hf_token(r)
    g.p("prompt_paste", f"""User: I'm getting "401 Client Error: Unauthorized for url: https://huggingface.co/api/repos/create" when I push my fine-tuned model. Token: {hf} (write access I think?) Repo: acme-labs/ticket-router-v2
Assistant: """, [hf])

    g.n("prompt_paste", """User: My Anthropic key starts with sk-ant- and the console shows it as "sk-ant-api03-...QAA", but the SDK says invalid x-api-key. I regenerated it twice. What else could it be?
Assistant: Check that the environment variable actually reaches the process (print its length, not its value), that there are no quotes or trailing newlines in your .env, and that the key belongs to the workspace you expect.""")

    # ------------------------------------------------------------ Vertex / Gemini service accounts
    sa, lines = gcp_sa(r, "acme-genai-%s" % digits(r, 6))
    g.p("vertex_sa", "vertex-sa.json (gcloud auth activate-service-account --key-file=vertex-sa.json fails with invalid_grant):\n" + sa,
        pem_secrets(lines))

    pemtxt, lines = pem(r, "RSA")
    info_key = pemtxt.replace("\n", "\\n")
    g.p("vertex_sa", f"""from google.oauth2 import service_account
import vertexai
from vertexai.generative_models import GenerativeModel

creds = service_account.Credentials.from_service_account_info({{
    "type": "service_account",
    "project_id": "acme-rag-prod",
    "private_key_id": "{hexs(r, 40)}",
    "private_key": "{info_key}\\n",
    "client_email": "gemini-batch@acme-rag-prod.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}})
vertexai.init(project="acme-rag-prod", location="europe-west4", credentials=creds)
print(GenerativeModel("gemini-1.5-pro").generate_content("ping").text)""", pem_secrets(lines))

    return g.cases
