"""Theme 3: terminal captures: ANSI colour, 80-column wraps, OCR, asciinema."""
import json

from common import G, P, N, B64URL

E = "\x1b"
GREP_HI = E + "[01;31m" + E + "[K"
GREP_END = E + "[m" + E + "[K"
GREP_FILE = E + "[35m" + E + "[K"
GREP_SEP = E + "[m" + E + "[K" + E + "[36m" + E + "[K:" + E + "[m" + E + "[K"
PROMPT = E + "[01;32mdev@build-07" + E + "[00m:" + E + "[01;34m~/src/ledger" + E + "[00m$ "


def wrap80(logical, secret, fillers):
    """Hard-wrap one logical terminal line at 80 columns (like tmux
    capture-pane without -J), choosing the first filler that keeps the
    secret on a single physical row."""
    for f in fillers:
        line = logical.replace("{F}", f)
        rows = [line[i:i + 80] for i in range(0, len(line), 80)]
        if any(secret in r for r in rows):
            return "\n".join(rows)
    raise RuntimeError("no filler keeps secret intact")


FILL = ["api", "api-01", "api-blue", "worker", "worker-eu", "ledger-sync", "ledger-sync-2",
        "payments-api", "payments-api-b", "reconcile", "reconciler-01", "nightly-export",
        "nightly-export-3", "x", "ab", "abc", "ingest-main", "queue-drainer-02"]


def cases():
    g = G("term")
    out = []
    F = "term/"

    gh = g.gh()
    out.append(P(F + "ansi-grep", f"""{PROMPT}env | grep --color=always -i token
GITHUB_{GREP_HI}TOKEN{GREP_END}={gh}
NPM_CONFIG_{GREP_HI}TOKEN{GREP_END}_FILE=/run/secrets/npm
""", [gh]))

    body1, body2 = g.s(24), g.s(24)
    out.append(P(F + "ansi-grep", f"""{PROMPT}grep -rn --color=always sk_live_ deploy/
{GREP_FILE}deploy/prod.env{GREP_SEP}{E}[32m{E}[K14{E}[m{E}[K{E}[36m{E}[K:{E}[m{E}[KSTRIPE_KEY={GREP_HI}sk_live_{GREP_END}{body1}
{GREP_FILE}deploy/eu.env{GREP_SEP}{E}[32m{E}[K9{E}[m{E}[K{E}[36m{E}[K:{E}[m{E}[KSTRIPE_KEY={GREP_HI}sk_live_{GREP_END}{body2}
""", [body1, body2]))

    sg = g.sendgrid()
    out.append(P(F + "ansi-kv", f"""{E}[1;36m==>{E}[0m Provisioning mail relay for {E}[1mtenant 42{E}[0m
{E}[1;33mAPI key:{E}[0m {E}[32m{sg}{E}[0m
{E}[2m(store this now, it will not be shown again){E}[0m
""", [sg]))

    at, rt = g.ya29(), "1//0g" + g.s(98, B64URL)
    k = lambda s: f'{E}[34;1m"{s}"{E}[0m{E}[1;39m:'
    v = lambda s: f' {E}[0;32m"{s}"{E}[0m'
    out.append(P(F + "ansi-jq", f"""$ curl -s https://oauth2.googleapis.com/token -d @refresh.json | jq -C .
{E}[1;39m{{
  {k("access_token")}{v(at)}{E}[1;39m,
  {k("expires_in")} {E}[0;39m3599{E}[0m{E}[1;39m,
  {k("refresh_token")}{v(rt)}{E}[1;39m,
  {k("scope")}{v("https://www.googleapis.com/auth/drive.readonly")}{E}[1;39m,
  {k("token_type")}{v("Bearer")}{E}[1;39m
{E}[1;39m}}{E}[0m
""", [at, rt]))

    dpw = g.pw_url()
    out.append(P(F + "ansi-compose-logs", f"""{E}[36mapi-1     |{E}[0m [boot] config loaded from env
{E}[36mapi-1     |{E}[0m [boot] DATABASE_URL=postgres://ledger:{dpw}@db:5432/ledger
{E}[33mdb-1      |{E}[0m 2024-06-11 09:14:03.118 UTC [1] LOG:  database system is ready to accept connections
{E}[36mapi-1     |{E}[0m [http] listening on :8080
""", [dpw]))

    kpw = g.pw()
    out.append(P(F + "ansi-prompt", f"""{E}[38;5;39m~/infra{E}[0m on {E}[1;35m main{E}[0m via {E}[1;34m⎈ prod-eu{E}[0m
{E}[1;32m❯{E}[0m kubectl get secret ledger-db -o jsonpath='{{.data.password}}' | base64 -d
{kpw}{E}[7m%{E}[27m
""", [kpw]))

    sk, wh = g.stripe(modern=True), g.whsec()
    ln = lambda n: f"{E}[38;2;117;113;94m{n:>4}{E}[0m {E}[38;2;117;113;94m│{E}[0m "
    out.append(P(F + "ansi-bat", f"""{E}[38;2;117;113;94m───────┬────────────────────────────────────────────{E}[0m
       {E}[38;2;117;113;94m│ {E}[0mFile: {E}[1m.env.production{E}[0m
{E}[38;2;117;113;94m───────┼────────────────────────────────────────────{E}[0m
{ln(1)}{E}[38;2;249;38;114mNODE_ENV{E}[0m{E}[38;2;248;248;242m={E}[0m{E}[38;2;230;219;116mproduction{E}[0m
{ln(2)}{E}[38;2;249;38;114mSTRIPE_SECRET_KEY{E}[0m{E}[38;2;248;248;242m={E}[0m{E}[38;2;230;219;116m{sk}{E}[0m
{ln(3)}{E}[38;2;249;38;114mSTRIPE_WEBHOOK_SECRET{E}[0m{E}[38;2;248;248;242m={E}[0m{E}[38;2;230;219;116m{wh}{E}[0m
{E}[38;2;117;113;94m───────┴────────────────────────────────────────────{E}[0m
""", [sk, wh]))

    tpw = g.pw()
    out.append(P(F + "ansi-terraform", f"""{E}[0m{E}[1m{E}[32mApply complete! Resources: 3 added, 0 changed, 0 destroyed.{E}[0m
{E}[0m{E}[1m{E}[32m
Outputs:

{E}[0mdb_endpoint = "ledger-prod.c1k9z2m4q7xw.eu-west-2.rds.amazonaws.com:5432"
db_password = <sensitive>
$ terraform output -raw db_password
{tpw}
""", [tpw]))

    old, new = g.aws_secret(), g.aws_secret()
    out.append(P(F + "ansi-word-diff", f"""{E}[1mdiff --git a/deploy/ci.env b/deploy/ci.env{E}[m
{E}[1mindex {g.hx(7)}..{g.hx(7)} 100644{E}[m
{E}[1m--- a/deploy/ci.env{E}[m
{E}[1m+++ b/deploy/ci.env{E}[m
{E}[36m@@ -3,4 +3,4 @@{E}[m {E}[mREGION=eu-west-1{E}[m
AWS_SECRET_ACCESS_KEY={E}[31m[-{old}-]{E}[m{E}[32m{{+{new}+}}{E}[m
""", [old, new]))

    oa = g.openai()
    out.append(P(F + "ansi-prompt", f"""{E}[48;5;31m{E}[38;5;255m dev {E}[48;5;237m{E}[38;5;31m{E}[38;5;250m ~/notebooks {E}[0m{E}[38;5;237m{E}[0m export OPENAI_API_KEY={oa}
{E}[48;5;31m{E}[38;5;255m dev {E}[48;5;237m{E}[38;5;31m{E}[38;5;250m ~/notebooks {E}[0m{E}[38;5;237m{E}[0m jupyter lab --no-browser
""", [oa]))

    gh2 = g.gh()
    line = ('dev@build-07:~/src/{F}$ curl -sS -H "Accept: application/vnd.github+json" -H "Authorization: token '
            + gh2 + '" https://api.github.com/repos/corp-lab/ledger/actions/runs?per_page=5 | jq ".workflow_runs[].status"')
    out.append(P(F + "tmux-wrap", wrap80(line, gh2, FILL) + '\n"completed"\n"in_progress"\n', [gh2]))

    ppw = g.pw_url(22)
    line = ('analyst@bastion:~/{F}$ psql "postgresql://analytics_ro:' + ppw
            + '@warehouse.c4n2k9x1m3zq.us-east-1.redshift.amazonaws.com:5439/prod?sslmode=require" -c "select count(*) from events"')
    out.append(P(F + "tmux-wrap", wrap80(line, ppw, FILL) + "\n  count\n---------\n 9184412\n(1 row)\n", [ppw]))

    sl = g.slack_bot()
    line = ("ops@runner-3:~/{F}$ docker run -d --name alertbot -e SLACK_CHANNEL=#ops-alerts -e SLACK_BOT_TOKEN="
            + sl + " ghcr.io/corp-lab/alertbot:1.8.2")
    out.append(P(F + "tmux-wrap", wrap80(line, sl, FILL) + "\n" + g.hx(64) + "\n", [sl]))

    ak, asec = g.aws_akid(), g.aws_secret()
    out.append(P(F + "screen-hardcopy", f"""ubuntu@ip-10-0-3-17:~$ cat ~/.aws/credentials
[default]
aws_access_key_id = {ak}
aws_secret_access_key = {asec}
region = eu-west-1
ubuntu@ip-10-0-3-17:~$




 0$ bash  1-$ bash  2*$ bash                              ip-10-0-3-17 | 14:22
""", [asec]))

    sk2 = g.stripe()
    out.append(P(F + "ocr-screenshot", f"""[OCR text, image: Screenshot 2024-06-11 at 10.14.22.png]
© stripe   Q Search                              | Developers  ~ Test mode (_)
API keys
Standard keys   Learn more about API authentication ->
NAME              TOKEN                                   LAST USED    CREATED
Publishable key   pk_live_•••••••••••••••••••••7Hq         Jun 10       Mar 3       ...
Secret key        {sk2}          Jun 11       Mar 3       ...
   Hide live key
""", [sk2]))

    spw = g.human_pw()
    out.append(P(F + "ocr-screenshot", f"""[text recognised from slack-thread.jpg]
Jamie Ortiz  10:42 AM
@Priya here you go, staging db creds (rotate after the demo pls)
user: app_staging
pass: {spw}
© 3 replies   Last reply today at 10:51 AM
""", [spw]))

    dk, mpw = g.dckr(), g.pw()
    out.append(P(F + "ocr-screenshot", f"""-- OCR (tesseract 5.3.4, eng) of terminal.png --
® ®@ @ ubuntu@ip-10-0-3-17: ~/deploy
ubuntu@ip-10-0-3-17:~/deploy$ cat .env
DOCKERHUB_USER=corplabci
DOCKERHUB_TOKEN={dk}
MYSQL_ROOT_PASSWORD={mpw}
ubuntu@ip-10-0-3-17:~/deploy$ |
""", [dk, mpw]))

    gl = g.glpat()
    header = {"version": 2, "width": 120, "height": 32, "timestamp": 1718099012,
              "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}}
    frames = [[0.412, "o", "\u001b[1m\u001b[7m%\u001b[27m\u001b[1m\u001b[0m \r \r"],
              [1.093, "o", "\u001b[32m➜\u001b[0m  \u001b[36mmirror\u001b[0m "],
              [3.871, "o", "export GITLAB_TOKEN=" + gl],
              [4.402, "o", "\r\n"],
              [5.117, "o", "./sync.sh --group platform\r\n"],
              [6.980, "o", "synced 14 projects\r\n"]]
    out.append(P(F + "asciinema", json.dumps(header) + "\n" + "\n".join(json.dumps(f) for f in frames) + "\n", [gl]))

    nt = g.npm()
    frames = [[0.2, "o", "$ npm token create --read-only\r\n"],
              [2.91, "o", "\u001b[32m✔\u001b[39m Created read-only token\r\n"],
              [2.92, "o", "┌────────────────┬──────────────────────────────────────────┐\r\n│ token          │ " + nt + "     │\r\n│ readonly       │ true                                     │\r\n└────────────────┴──────────────────────────────────────────┘\r\n"]]
    out.append(P(F + "asciinema", json.dumps({"version": 2, "width": 100, "height": 28}) + "\n"
                 + "\n".join(json.dumps(f, ensure_ascii=False) for f in frames) + "\n", [nt]))

    hf = g.hf()
    out.append(P(F + "ansi-progress", f"""Fetching 4 files:  25%|{E}[32m██▌       {E}[0m| 1/4 [00:01<00:03,  1.02s/it]\r{E}[KFetching 4 files: 100%|{E}[32m██████████{E}[0m| 4/4 [00:04<00:00,  1.10s/it]
{E}[2m[debug] hub token resolved from HF_TOKEN={hf}{E}[0m
""", [hf]))

    v1, v2 = g.pw(), g.twilio_api()
    out.append(P(F + "ansi-doppler", f"""$ doppler secrets --project ledger --config prd
┌────────────────────┬──────────────────────────────────────┐
│ {E}[1mNAME{E}[0m               │ {E}[1mVALUE{E}[0m                                │
├────────────────────┼──────────────────────────────────────┤
│ DOPPLER_CONFIG     │ prd                                  │
│ PG_PASSWORD        │ {v1}{' ' * (37 - len(v1))}│
│ TWILIO_API_KEY     │ {v2}   │
└────────────────────┴──────────────────────────────────────┘
""", [v1, v2]))

    a1, a2 = g.anthropic(), g.pw()
    out.append(P(F + "vim-capture", f"""  1 # local overrides, never commit
  2 ANTHROPIC_API_KEY={a1}
  3 REDIS_URL=redis://localhost:6379/0
  4 ADMIN_BOOTSTRAP_PASSWORD={a2}
~
~
~
".env.local" 4L, 196B                                         2,19          All
""", [a1, a2]))

    mpw2 = g.pw()
    out.append(P(F + "ansi-history", f"""{E}[1;34m$ {E}[0mhistory | tail -4
 1998  cd ~/src/ledger
 1999  {E}[33mmysql{E}[0m -h 127.0.0.1 -u root -p'{mpw2}' ledger < dump.sql
 2000  git status
 2001  history | tail -4
""", [mpw2]))

    # ---------------- negatives ----------------
    shas = [g.hx(7) for _ in range(4)]
    out.append(N(F + "ansi-git-log", f"""{E}[33m{shas[0]}{E}[m{E}[33m ({E}[m{E}[1;36mHEAD -> {E}[m{E}[1;32mmain{E}[m{E}[33m){E}[m fix rounding in fx conversion
{E}[33m{shas[1]}{E}[m bump serde to 1.0.203
{E}[33m{shas[2]}{E}[m {E}[33m({E}[m{E}[1;33mtag: v2.3.0{E}[m{E}[33m){E}[m release 2.3.0
{E}[33m{shas[3]}{E}[m add reconcile job metrics
"""))
    line = ("   Compiling ledger-core v2.3.0 (/home/dev/src/ledger/crates/ledger-core) warning: unused import: `std::collections::BTreeMap` --> crates/ledger-core/src/fx.rs:4:5")
    out.append(N(F + "tmux-wrap", "\n".join(line[i:i + 80] for i in range(0, len(line), 80))
                 + "\n    Finished `release` profile [optimized] target(s) in 41.27s\n"))
    frames = [[0.31, "o", "$ git status\r\n"],
              [0.44, "o", "On branch main\r\nYour branch is up to date with 'origin/main'.\r\n\r\nnothing to commit, working tree clean\r\n"],
              [2.10, "o", "$ ls\r\n"],
              [2.12, "o", "\u001b[0m\u001b[01;34mcrates\u001b[0m  Cargo.lock  Cargo.toml  README.md\r\n"]]
    out.append(N(F + "asciinema", json.dumps({"version": 2, "width": 80, "height": 24, "timestamp": 1718000000}) + "\n"
                 + "\n".join(json.dumps(f) for f in frames) + "\n"))
    out.append(N(F + "ocr-screenshot", """[OCR text, image: settings.png]
© Settings  >  API keys
API keys allow other apps to access your workspace. | + Create key
You have not created any keys yet.
Last used: never     Expires: —
"""))
    return out
