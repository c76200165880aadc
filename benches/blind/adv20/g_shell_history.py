# -*- coding: utf-8 -*-
"""shell_history: history files, traces, env dumps, process listings."""
from common import Group, jdump, b64, pct

G = Group("shell_history", seed=20001)


@G.pos("bash_history", n=2)
def bash_history(g, i):
    tok = g.github() if i == 0 else g.gitlab()
    pw = g.password("rand")
    host = "db-%02d.%s" % (g.ri(1, 9), g.company())
    if i == 0:
        text = (
            "cd ~/src/billing-api\n"
            "git pull --rebase\n"
            "export GITHUB_TOKEN=%s\n"
            "gh pr list --state open --limit 20\n"
            "mysql -h %s -u billing_ro -p'%s' -e 'select count(*) from invoices where status=\"open\"'\n"
            "ls -la\n"
            "vim .env\n"
            "make test\n"
            "history | tail -n 30\n" % (tok, host, pw))
    else:
        text = (
            "sudo apt update && sudo apt upgrade -y\n"
            "git clone https://oauth2:%s@gitlab.%s/platform/terraform-modules.git\n"
            "cd terraform-modules/\n"
            "tf init -backend-config=envs/stage.hcl\n"
            "PGPASSWORD='%s' psql -h %s -U tf_state -d tfstate -c '\\dt'\n"
            "tf plan -out plan.bin\n"
            "exit\n" % (tok, g.company(), pw, host))
    return text, [tok, pw]


@G.pos("zsh_extended", n=3)
def zsh_extended(g, i):
    t = g.epoch()
    if i == 0:
        key = g.openai()
        lines = ["cd ~/projects/rag-bot", "source .venv/bin/activate",
                 "export OPENAI_API_KEY=%s" % key, "python -m ragbot.ingest --src docs/",
                 "python -m ragbot.serve --port 8080", "open http://localhost:8080"]
        sec = [key]
    elif i == 1:
        akid, sk = g.aws_akid(), g.aws_secret()
        lines = ["aws sts get-caller-identity", "aws configure set aws_access_key_id %s --profile ci" % akid,
                 "aws configure set aws_secret_access_key %s --profile ci" % sk,
                 "aws s3 ls --profile ci", "aws s3 sync ./dist s3://static-assets-prod/app/ --profile ci --delete"]
        sec = [akid, sk]
    else:
        tok = g.dockerhub()
        lines = ["docker ps -a", "echo %s | docker login -u buildbot-eu --password-stdin" % tok,
                 "docker buildx build --platform linux/amd64,linux/arm64 -t buildbot/agent:1.9.2 --push .",
                 "docker logout"]
        sec = [tok]
    out = []
    for ln in lines:
        out.append(": %d:%d;%s" % (t, g.ri(0, 40), ln))
        t += g.ri(3, 400)
    return "\n".join(out) + "\n", sec


@G.pos("fish_history", n=2)
def fish_history(g, i):
    t = g.epoch()
    if i == 0:
        key = g.anthropic()
        cmds = ["cd ~/work/agent-sandbox", "set -Ux ANTHROPIC_API_KEY %s" % key, "uv run agent.py --model claude",
                "git status"]
        sec = [key]
    else:
        tok = g.github_pat()
        cmds = ["gh auth status", "echo %s | gh auth login --with-token" % tok,
                "gh repo clone infra/dotfiles", "funcsave ll"]
        sec = [tok]
    out = []
    for c in cmds:
        out.append("- cmd: %s\n  when: %d" % (c, t))
        if c.startswith("cd "):
            out.append("  paths:\n    - %s" % c[3:])
        t += g.ri(5, 300)
    return "\n".join(out) + "\n", sec


@G.pos("psreadline")
def psreadline(g, i):
    cs = g.azure_client_secret()
    pw = g.password("mixed")
    tid, appid = g.uuid(), g.uuid()
    text = (
        "Get-ChildItem Env:\n"
        "$env:AZURE_TENANT_ID = \"%s\"\n"
        "$env:AZURE_CLIENT_ID = \"%s\"\n"
        "$env:AZURE_CLIENT_SECRET = \"%s\"\n"
        "Connect-AzAccount -ServicePrincipal -Tenant $env:AZURE_TENANT_ID -Credential (New-Object "
        "System.Management.Automation.PSCredential($env:AZURE_CLIENT_ID, (ConvertTo-SecureString "
        "$env:AZURE_CLIENT_SECRET -AsPlainText -Force)))\n"
        "$pw = ConvertTo-SecureString \"%s\" -AsPlainText -Force\n"
        "New-LocalUser -Name \"svc_backup\" -Password $pw -PasswordNeverExpires\n"
        "Add-LocalGroupMember -Group \"Backup Operators\" -Member svc_backup\n"
        "cls\n" % (tid, appid, cs, pw))
    return text, [cs, pw]


@G.pos("history_numbered")
def history_numbered(g, i):
    tok = g.dockerhub()
    pw = g.password("phrase")
    n = g.ri(400, 1900)
    cmds = ["docker compose down", "docker login -u deploybot -p %s registry-1.docker.io" % tok,
            "docker compose pull", "docker compose up -d",
            "htpasswd -b -c /etc/nginx/.htpasswd grafana '%s'" % pw,
            "sudo systemctl reload nginx", "history"]
    out = ["%5d  %s" % (n + k, c) for k, c in enumerate(cmds)]
    return "$ history | tail -7\n" + "\n".join(out) + "\n", [tok, pw]


@G.pos("set_x_trace", n=2)
def set_x_trace(g, i):
    if i == 0:
        jwt = g.jwt({"sub": "svc-deployer", "scope": "deploy:write", "iat": g.epoch(), "exp": g.epoch() + 86400})
        vt = g.vault()
        text = (
            "+ set -euo pipefail\n"
            "++ date +%%s\n"
            "+ START=%d\n"
            "+ export VAULT_ADDR=https://vault.%s:8200\n"
            "+ VAULT_ADDR=https://vault.%s:8200\n"
            "+ export VAULT_TOKEN=%s\n"
            "+ VAULT_TOKEN=%s\n"
            "++ vault kv get -field=jwt secret/deploy/api\n"
            "+ API_JWT=%s\n"
            "+ curl -sS -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer %s' "
            "https://deploy.internal/api/v2/releases -d '{\"service\":\"checkout\",\"tag\":\"v4.12.0\"}'\n"
            "{\"id\":8812,\"status\":\"queued\"}\n" % (g.epoch(), g.company(), g.company(), vt, vt, jwt, jwt))
        return text, [jwt, vt]
    tok = g.npm()
    text = (
        "2024-05-14T09:12:03.1180240Z ##[group]Run ./scripts/publish.sh\n"
        "2024-05-14T09:12:03.1182317Z + cd packages/ui-kit\n"
        "2024-05-14T09:12:03.1190021Z + echo //registry.npmjs.org/:_authToken=%s\n"
        "2024-05-14T09:12:03.1195512Z + npm publish --access public\n"
        "2024-05-14T09:12:07.8801923Z npm notice Publishing to https://registry.npmjs.org/ with tag latest\n"
        "2024-05-14T09:12:08.9920115Z + @acme/ui-kit@3.8.1\n" % tok)
    return text, [tok]


@G.pos("env_dump")
def env_dump(g, i):
    sl = g.slack_bot()
    pw = g.password("awk")
    pwe = pct(pw)
    text = (
        "$ env\n"
        "SHELL=/bin/bash\n"
        "HOSTNAME=worker-7f9c6d5b8-xk2lp\n"
        "LANG=C.UTF-8\n"
        "PWD=/srv/app\n"
        "HOME=/home/app\n"
        "SLACK_BOT_TOKEN=%s\n"
        "DATABASE_URL=postgresql://app_rw:%s@pg-main.%s:5432/app?sslmode=require\n"
        "CELERY_CONCURRENCY=8\n"
        "TERM=xterm\n"
        "SHLVL=1\n"
        "PATH=/srv/app/.venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
        "_=/usr/bin/env\n" % (sl, pwe, g.company()))
    return text, [sl, pwe]


@G.pos("printenv_sorted")
def printenv_sorted(g, i):
    sk, sg = g.stripe(), g.sendgrid()
    wh = g.stripe("whsec")
    text = (
        "root@web-2:/srv/shop# printenv | sort | grep -v -e LS_COLORS\n"
        "APP_ENV=production\n"
        "HOME=/root\n"
        "NODE_OPTIONS=--max-old-space-size=2048\n"
        "SENDGRID_API_KEY=%s\n"
        "STRIPE_SECRET_KEY=%s\n"
        "STRIPE_WEBHOOK_SECRET=%s\n"
        "TZ=Europe/Berlin\n"
        "USER=root\n" % (sg, sk, wh))
    return text, [sk, sg, wh]


@G.pos("export_p", n=2)
def export_p(g, i):
    if i == 0:
        sid, tok = g.twilio_sid(), g.hex(32)
        text = (
            "$ export -p | grep -i -e twilio -e sms\n"
            "declare -x SMS_PROVIDER=\"twilio\"\n"
            "declare -x TWILIO_ACCOUNT_SID=\"%s\"\n"
            "declare -x TWILIO_AUTH_TOKEN=\"%s\"\n"
            "declare -x TWILIO_FROM=\"+1%d%07d\"\n" % (sid, tok, g.ri(201, 989), g.ri(2000000, 9999999)))
        return text, [tok]
    dd, ddapp = g.datadog_api(), g.hex(40)
    text = (
        "%% export -p\n"
        "typeset -x COLORTERM=truecolor\n"
        "typeset -x DD_API_KEY=%s\n"
        "typeset -x DD_APP_KEY=%s\n"
        "typeset -x DD_SITE=datadoghq.eu\n"
        "typeset -x EDITOR=nvim\n"
        "typeset -x LOGNAME=mkowalski\n" % (dd, ddapp))
    return text, [dd, ddapp]


@G.pos("ps_auxww")
def ps_auxww(g, i):
    pw = g.password("rand")
    key = g.hex(40)
    pid = g.ri(1000, 40000)
    text = (
        "USER         PID %%CPU %%MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
        "root           1  0.0  0.0 167744 11808 ?        Ss   Apr02   0:41 /sbin/init\n"
        "app        %5d 12.4  9.8 6012344 1612220 ?     Sl   Apr02 512:07 /usr/lib/jvm/java-17-openjdk/bin/java "
        "-Xms2g -Xmx4g -Dspring.profiles.active=prod -Dspring.datasource.username=orders "
        "-Dspring.datasource.password=%s -jar /opt/orders/orders-service.jar --mq.api-key=%s\n"
        "app        %5d  0.1  0.2 231468 34112 ?        S    Apr02   3:55 /usr/bin/python3 /opt/agent/heartbeat.py\n"
        "postfix    %5d  0.0  0.0  90412  6640 ?        S    10:41   0:00 pickup -l -t unix -u -c\n"
        % (pid, pw, key, pid + g.ri(5, 80), pid + g.ri(100, 900)))
    return text, [pw, key]


@G.pos("proc_cmdline", n=2)
def proc_cmdline(g, i):
    pid = g.ri(2000, 60000)
    if i == 0:
        tok = g.hf()
        args = ["python3", "-u", "serve.py", "--model", "mistral-7b-instruct", "--hf-token", tok, "--port", "7860"]
        text = "$ cat /proc/%d/cmdline\n%s\x00\n" % (pid, "\x00".join(args))
        return text, [tok]
    tok = g.telegram()
    args = ["node", "/srv/bot/index.js", "--token=%s" % tok, "--webhook", "https://bot.%s/tg" % g.company()]
    text = ("# tr '\\0' ' ' < /proc/%d/cmdline; echo\n%s \n# ls -l /proc/%d/exe\n"
            "lrwxrwxrwx 1 bot bot 0 May  3 12:01 /proc/%d/exe -> /usr/bin/node\n" % (pid, " ".join(args), pid, pid))
    return text, [tok]


@G.pos("docker_inspect")
def docker_inspect(g, i):
    pgpw = g.password("alnum")
    rpw = g.password("hex")
    ms = g.mailgun()
    env = ["POSTGRES_USER=wiki", "POSTGRES_PASSWORD=%s" % pgpw, "REDIS_URL=redis://:%s@redis:6379/0" % rpw,
           "MAILGUN_API_KEY=%s" % ms, "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
           "NODE_VERSION=20.12.2"]
    obj = {"Config": {"Hostname": g.hex(12), "User": "node", "Env": env,
                      "Cmd": ["node", "server/index.js"], "Image": "ghcr.io/requarks/wiki:2",
                      "WorkingDir": "/wiki"}}
    text = "$ docker inspect wiki --format '{{json .Config}}' | jq '{Config: .}'\n" + jdump(obj) + "\n"
    return text, [pgpw, rpw, ms]


@G.pos("docker_inspect_cmd")
def docker_inspect_cmd(g, i):
    pw = g.password("rand")
    text = ("$ docker inspect -f '{{.Path}} {{join .Args \" \"}}' mongo-backup\n"
            "mongodump --uri mongodb://backup:%s@mongo-0.mongo,mongo-1.mongo/?replicaSet=rs0&authSource=admin "
            "--gzip --archive=/backup/nightly.gz\n" % pct(pw, safe=""))
    return text, [pct(pw, safe="")]


@G.pos("kubectl_describe", n=2)
def kubectl_describe(g, i):
    if i == 0:
        key, sec = g.google_api(), g.password("rand")
        text = (
            "Name:             geo-api-6d8f7c9b5-q4wz2\n"
            "Namespace:        maps\n"
            "Priority:         0\n"
            "Node:             gke-prod-pool-2-3f1a9c2d-8m1z/10.128.0.41\n"
            "Status:           Running\n"
            "Containers:\n"
            "  geo-api:\n"
            "    Image:          europe-docker.pkg.dev/maps-prod/geo/geo-api:2.14.1\n"
            "    Port:           8080/TCP\n"
            "    Environment:\n"
            "      GOOGLE_MAPS_API_KEY:   %s\n"
            "      SESSION_SECRET:        %s\n"
            "      DB_PASSWORD:           <set to the key 'password' in secret 'geo-db'>  Optional: false\n"
            "      LOG_LEVEL:             info\n"
            "    Mounts:\n"
            "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)\n" % (key, sec))
        return text, [key, sec]
    data_b64 = b64(g.password("rand").encode())
    plain = __import__("base64").b64decode(data_b64).decode()
    text = (
        "$ kubectl -n payments get secret psp-credentials -o jsonpath='{.data.api-secret}'\n"
        "%s\n"
        "$ kubectl -n payments get secret psp-credentials -o jsonpath='{.data.api-secret}' | base64 -d; echo\n"
        "%s\n" % (data_b64, plain))
    return text, [data_b64, plain]


@G.pos("systemctl_show")
def systemctl_show(g, i):
    dsn = g.sentry_dsn()
    mk = g.mailgun()
    text = (
        "$ systemctl show ticketd.service -p Environment -p ExecStart --no-pager\n"
        "Environment=NODE_ENV=production PORT=3100 SENTRY_DSN=%s MAILGUN_API_KEY=%s MAILGUN_DOMAIN=mg.%s\n"
        "ExecStart={ path=/usr/bin/node ; argv[]=/usr/bin/node /opt/ticketd/dist/main.js ; ignore_errors=no ; "
        "start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }\n" % (dsn, mk, g.company()))
    return text, [dsn.split("//")[1].split("@")[0], mk]


@G.pos("systemctl_cat")
def systemctl_cat(g, i):
    tok = g.telegram()
    text = (
        "# systemctl cat alertbot\n"
        "# /etc/systemd/system/alertbot.service\n"
        "[Unit]\n"
        "Description=Prometheus -> Telegram alert relay\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "User=alertbot\n"
        "Environment=\"TELEGRAM_BOT_TOKEN=%s\"\n"
        "Environment=\"TELEGRAM_CHAT_ID=-100%d\"\n"
        "ExecStart=/usr/local/bin/alertbot --listen :9087\n"
        "Restart=on-failure\n\n"
        "[Install]\n"
        "WantedBy=multi-user.target\n" % (tok, g.ri(1000000000, 1999999999)))
    return text, [tok]


@G.pos("sudo_log")
def sudo_log(g, i):
    pw = g.password("mixed")
    pw2 = g.password("rand")
    text = (
        "May 12 22:14:01 db-backup-1 sudo:   tkrause : TTY=pts/1 ; PWD=/home/tkrause ; USER=root ; "
        "COMMAND=/usr/bin/mysql -u root -p%s -e SHOW SLAVE STATUS\\G\n"
        "May 12 22:14:01 db-backup-1 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by tkrause(uid=1001)\n"
        "May 12 22:14:02 db-backup-1 sudo: pam_unix(sudo:session): session closed for user root\n"
        "May 12 22:19:40 db-backup-1 sudo:   tkrause : TTY=pts/1 ; PWD=/home/tkrause ; USER=root ; "
        "COMMAND=/usr/sbin/chpasswd <<< backup:%s\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("tmux_scrollback")
def tmux_scrollback(g, i):
    k1 = g.postman()
    k2 = g.newrelic()
    text = (
        "\x1b[1;32mdeploy@bastion\x1b[0m:\x1b[1;34m~/apps/api\x1b[0m$ cat .env.production\n"
        "NEW_RELIC_LICENSE_KEY=%s\n"
        "POSTMAN_API_KEY=%s\n"
        "FEATURE_FLAGS=checkout_v2,fast_search\n"
        "\x1b[1;32mdeploy@bastion\x1b[0m:\x1b[1;34m~/apps/api\x1b[0m$ tmux capture-pane -pS -200 > /tmp/pane.txt\n"
        % (k2, k1))
    return text, [k1, k2]


@G.pos("windows_set")
def windows_set(g, i):
    acct = "st" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 12)
    key = g.azure_storage_key()
    text = (
        "C:\\Users\\build>set\n"
        "ALLUSERSPROFILE=C:\\ProgramData\n"
        "APPDATA=C:\\Users\\build\\AppData\\Roaming\n"
        "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;"
        "EndpointSuffix=core.windows.net\n"
        "COMPUTERNAME=BUILD-AGENT-04\n"
        "ComSpec=C:\\Windows\\system32\\cmd.exe\n"
        "NUMBER_OF_PROCESSORS=8\n"
        "OS=Windows_NT\n"
        "Path=C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\Git\\cmd;C:\\hostedtoolcache\\windows\\node\\20.12.2\\x64\n"
        "PROCESSOR_ARCHITECTURE=AMD64\n"
        "USERNAME=build\n" % (acct, key))
    return text, [key]


@G.pos("heredoc_pgpass")
def heredoc_pgpass(g, i):
    pw1, pw2 = g.password("rand"), g.password("alnum")
    text = (
        "  871  cat > ~/.pgpass <<'EOF'\n"
        "  872  pg-primary.%s:5432:*:replicator:%s\n"
        "  873  pg-analytics.%s:5432:warehouse:loader:%s\n"
        "  874  EOF\n"
        "  875  chmod 600 ~/.pgpass\n"
        "  876  pg_basebackup -h pg-primary -U replicator -D /var/lib/postgresql/16/main -P -R\n"
        % (g.company(), pw1, g.company(), pw2))
    return text, [pw1, pw2]


@G.pos("powershell_transcript")
def powershell_transcript(g, i):
    key = g.s("abcdef0123456789", 32)
    tok = g.atlassian()
    text = (
        "**********************\n"
        "Windows PowerShell transcript start\n"
        "Start time: 20240611093012\n"
        "Username: CORP\\a.meier\n"
        "Machine: WS-4471 (Microsoft Windows NT 10.0.22631.0)\n"
        "**********************\n"
        "PS C:\\work> $h = @{ \"X-Api-Key\" = \"%s\"; \"Accept\" = \"application/json\" }\n"
        "PS C:\\work> Invoke-RestMethod -Uri https://status.%s/api/v1/incidents -Headers $h | Select -First 3\n"
        "PS C:\\work> $pair = \"a.meier:%s\"\n"
        "PS C:\\work> $b = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n"
        "PS C:\\work> Invoke-RestMethod https://corp.atlassian.net/rest/api/3/myself -Headers @{Authorization=\"Basic $b\"}\n"
        % (key, g.company(), tok))
    return text, [key, tok]


@G.pos("ps_eww")
def ps_eww(g, i):
    tok = g.hf()
    wb = g.s("abcdef0123456789", 40)
    pid = g.ri(3000, 90000)
    text = (
        "$ ps eww -p %d\n"
        "  PID TTY      STAT   TIME COMMAND\n"
        "%5d pts/3    Sl+   41:12 python train.py --config configs/llama-lora.yaml "
        "CUDA_VISIBLE_DEVICES=0,1 HF_TOKEN=%s WANDB_API_KEY=%s HOME=/home/researcher "
        "LANG=en_US.UTF-8 PATH=/opt/conda/bin:/usr/bin:/bin\n" % (pid, pid, tok, wb))
    return text, [tok, wb]


@G.pos("journal_args")
def journal_args(g, i):
    pw = g.password("rand")
    text = (
        "Jun 03 04:00:01 nas systemd[1]: Starting restic-backup.service - Nightly restic backup...\n"
        "Jun 03 04:00:01 nas restic-wrapper[88121]: exec: env RESTIC_REPOSITORY=s3:https://s3.eu-central-2.wasabisys.com/nas-backup "
        "RESTIC_PASSWORD=%s restic backup /srv/photos --exclude-caches\n"
        "Jun 03 04:00:03 nas restic-wrapper[88121]: using parent snapshot 3f1c0a9e\n"
        "Jun 03 04:12:47 nas restic-wrapper[88121]: Added to the repository: 1.284 GiB (1.101 GiB stored)\n" % pw)
    return text, [pw]


@G.pos("openssl_history")
def openssl_history(g, i):
    pw = g.password("phrase")
    pw2 = g.password("rand")
    text = (
        " 2012  openssl genrsa -aes256 -passout pass:%s -out ca.key 4096\n"
        " 2013  openssl req -x509 -new -key ca.key -passin pass:%s -days 3650 -subj '/CN=Lab Root CA' -out ca.crt\n"
        " 2014  openssl pkcs12 -export -in client.crt -inkey client.key -out client.p12 -passout 'pass:%s'\n"
        " 2015  keytool -importkeystore -srckeystore client.p12 -srcstoretype PKCS12 -destkeystore client.jks\n"
        % (pw, pw, pw2))
    return text, [pw, pw2]


@G.pos("crontab")
def crontab(g, i):
    tok = g.cloudflare()
    user = "ddns"
    pw = g.password("alnum")
    text = (
        "$ crontab -l\n"
        "# m h  dom mon dow   command\n"
        "*/5 * * * * curl -fsS -X PUT \"https://api.cloudflare.com/client/v4/zones/%s/dns_records/%s\" "
        "-H \"Authorization: Bearer %s\" -H \"Content-Type: application/json\" --data @/home/pi/ddns.json >/dev/null\n"
        "15 3 * * 0 curl -u %s:%s -fsS https://dyndns.%s/nic/update?hostname=home.%s\n"
        % (g.hex(32), g.hex(32), tok, user, pw, g.company(), g.company()))
    return text, [tok, pw]


@G.pos("doskey_history")
def doskey_history(g, i):
    pw1, pw2 = g.password("mixed"), g.password("rand")
    text = (
        "C:\\>doskey /history\n"
        "net use Z: \\\\fs01\\finance /user:CORP\\svc_reports %s /persistent:no\n"
        "cmdkey /add:sql-reporting.corp.local /user:CORP\\svc_reports /pass:%s\n"
        "runas /savecred /user:CORP\\svc_reports \"C:\\Tools\\report.exe\"\n"
        "doskey /history\n" % (pw1, pw2))
    return text, [pw1, pw2]


@G.pos("strace_execve")
def strace_execve(g, i):
    tok = g.digitalocean()
    text = (
        "$ strace -f -e trace=execve -s 256 ./sync-dns.sh 2>&1 | grep execve\n"
        "execve(\"./sync-dns.sh\", [\"./sync-dns.sh\"], 0x7ffd2f4a3e10 /* 31 vars */) = 0\n"
        "[pid 41231] execve(\"/usr/bin/curl\", [\"curl\", \"-s\", \"-H\", \"Authorization: Bearer %s\", "
        "\"https://api.digitalocean.com/v2/domains/example.net/records\"], 0x55d3c1e0 /* 31 vars */) = 0\n"
        "[pid 41232] execve(\"/usr/bin/jq\", [\"jq\", \".domain_records[].name\"], 0x55d3c1e0 /* 31 vars */) = 0\n" % tok)
    return text, [tok]


@G.pos("helm_trace")
def helm_trace(g, i):
    pw = g.password("rand")
    text = (
        "+ helm repo add internal https://charts.%s --username ci-bot --password %s\n"
        "\"internal\" has been added to your repositories\n"
        "+ helm upgrade --install ledger internal/ledger -n finance --set image.tag=5.2.0 --wait\n"
        "Release \"ledger\" has been upgraded. Happy Helming!\n" % (g.company(), pw))
    return text, [pw]


@G.pos("screen_log_ru")
def screen_log_ru(g, i):
    pw = g.password("rand")
    text = (
        "# лог из screen, сессия 'migr' — не могу понять, почему падает импорт\n"
        "root@srv-msk-3:~# export PGPASSWORD='%s'\n"
        "root@srv-msk-3:~# pg_restore -h localhost -U crm -d crm_new /tmp/crm_2024-06-01.dump\n"
        "pg_restore: error: could not execute query: ERROR:  role \"crm_reader\" does not exist\n"
        "Command was: GRANT SELECT ON TABLE public.clients TO crm_reader;\n" % pw)
    return text, [pw]


@G.pos("kubectl_exec_env")
def kubectl_exec_env(g, i):
    k = g.databricks()
    s = g.azure_client_secret()
    text = (
        "$ kubectl exec -it etl-runner-0 -- env | grep -E 'DATABRICKS|ARM_'\n"
        "DATABRICKS_HOST=https://adb-%d.%d.azuredatabricks.net\n"
        "DATABRICKS_TOKEN=%s\n"
        "ARM_CLIENT_ID=%s\n"
        "ARM_CLIENT_SECRET=%s\n"
        "ARM_TENANT_ID=%s\n" % (g.ri(10 ** 15, 9 * 10 ** 15), g.ri(1, 19), k, g.uuid(), s, g.uuid()))
    return text, [k, s]


# ------------------------------------------------------------- negatives
@G.neg("bash_history")
def n_bash(g, i):
    return ("cd ~/src/billing-api\n"
            "export GITHUB_TOKEN=$(gh auth token)\n"
            "read -rs DB_PASSWORD && export DB_PASSWORD\n"
            "mysql -h db-03.internal -u billing_ro -p -e 'select 1'\n"
            "op run --env-file=.env.tpl -- make test\n"
            "git log --oneline -5\n")


@G.neg("zsh_extended")
def n_zsh(g, i):
    t = g.epoch()
    cmds = ["aws sso login --profile dev", "aws sts get-caller-identity --profile dev",
            "export AWS_PROFILE=dev", "terraform -chdir=envs/dev plan"]
    return "\n".join(": %d:0;%s" % (t + k * 37, c) for k, c in enumerate(cmds)) + "\n"


@G.neg("env_dump")
def n_env(g, i):
    return ("$ env | sort\n"
            "HOME=/home/app\n"
            "SLACK_BOT_TOKEN=***\n"
            "STRIPE_SECRET_KEY=[MASKED]\n"
            "DATABASE_URL_FILE=/run/secrets/database_url\n"
            "LANG=C.UTF-8\n"
            "PATH=/usr/local/bin:/usr/bin:/bin\n")


@G.neg("ps_auxww")
def n_ps(g, i):
    return ("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
            "postgres    2231  0.0  0.4 218812 30720 ?        Ss   Apr02   0:12 /usr/lib/postgresql/16/bin/postgres "
            "-D /var/lib/postgresql/16/main -c config_file=/etc/postgresql/16/main/postgresql.conf\n"
            "app        18812  1.4  3.1 990412 250112 ?       Sl   Apr02  62:10 /srv/api/bin/api "
            "--db-password-file=/run/secrets/db_password --api-key-env=API_KEY\n")


@G.neg("kubectl_describe")
def n_kubectl(g, i):
    return ("Containers:\n"
            "  ledger:\n"
            "    Image:          ghcr.io/acme/ledger:5.2.0\n"
            "    Environment:\n"
            "      DB_PASSWORD:      <set to the key 'password' in secret 'ledger-db'>  Optional: false\n"
            "      STRIPE_API_KEY:   <set to the key 'stripe-key' in secret 'psp'>      Optional: false\n"
            "      LOG_LEVEL:        debug\n"
            "    Environment Variables from:\n"
            "      ledger-config  ConfigMap  Optional: false\n")


@G.neg("set_x_trace")
def n_setx(g, i):
    return ("2024-05-14T09:12:03.1182317Z + curl -sS -H 'Authorization: Bearer ***' https://deploy.internal/api/v2/releases\n"
            "2024-05-14T09:12:03.1190021Z + echo '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'\n"
            "2024-05-14T09:12:04.0020031Z {\"id\":8813,\"status\":\"queued\"}\n")


@G.neg("docker_inspect")
def n_docker(g, i):
    obj = {"Config": {"Env": ["POSTGRES_USER=wiki", "POSTGRES_PASSWORD_FILE=/run/secrets/pg_password",
                              "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                              "NODE_VERSION=20.12.2"], "Image": "ghcr.io/requarks/wiki:2"}}
    return "$ docker inspect wiki | jq '.[0] | {Config}'\n" + jdump(obj) + "\n"


@G.neg("windows_set")
def n_winset(g, i):
    return ("C:\\Users\\build>set AZ\n"
            "AZURE_CONFIG_DIR=C:\\Users\\build\\.azure\n"
            "AZURE_STORAGE_AUTH_MODE=login\n"
            "AZURE_CORE_OUTPUT=table\n")
