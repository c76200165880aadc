# -*- coding: utf-8 -*-
"""vcs_review: diffs, commit messages, git config, review comments, patches, blame."""
import base64

from common import Group, jdump, pct

G = Group("vcs_review", seed=20003)


def sha(g, n=40):
    return g.hex(n)


def author(g):
    p = g.person(g.pick(["us", "de", "gb", "nl", "pl", "fr"]))
    return p["full"], p["email"]


@G.pos("diff_env_add")
def diff_env_add(g, i):
    sk = g.stripe()
    wh = g.stripe("whsec")
    text = (
        "diff --git a/.env.staging b/.env.staging\n"
        "index %s..%s 100644\n"
        "--- a/.env.staging\n"
        "+++ b/.env.staging\n"
        "@@ -3,6 +3,8 @@ APP_URL=https://staging.%s\n"
        " LOG_LEVEL=debug\n"
        " QUEUE_DRIVER=redis\n"
        "+STRIPE_SECRET_KEY=%s\n"
        "+STRIPE_WEBHOOK_SECRET=%s\n"
        " FEATURE_NEW_CHECKOUT=true\n"
        " SENTRY_ENVIRONMENT=staging\n" % (sha(g, 7), sha(g, 7), g.company(), sk, wh))
    return text, [sk, wh]


@G.pos("diff_yaml_remove")
def diff_yaml_remove(g, i):
    pw = g.password("rand")
    text = (
        "diff --git a/deploy/values-prod.yaml b/deploy/values-prod.yaml\n"
        "--- a/deploy/values-prod.yaml\n"
        "+++ b/deploy/values-prod.yaml\n"
        "@@ -18,9 +18,9 @@ postgresql:\n"
        "   auth:\n"
        "     username: ledger\n"
        "-    password: \"%s\"\n"
        "+    existingSecret: ledger-db\n"
        "+    secretKeys:\n"
        "+      userPasswordKey: password\n"
        "   primary:\n"
        "     persistence:\n"
        "       size: 50Gi\n" % pw.replace('"', ""))
    return text, [pw.replace('"', "")]


@G.pos("git_show")
def git_show(g, i):
    ak, sk = g.aws_akid(), g.aws_secret()
    name, mail = author(g)
    text = (
        "commit %s\n"
        "Author: %s <%s>\n"
        "Date:   Thu Mar 7 16:41:09 2024 +0100\n\n"
        "    quick fix for s3 uploads on the demo box\n\n"
        "diff --git a/uploader/config.py b/uploader/config.py\n"
        "index %s..%s 100644\n"
        "--- a/uploader/config.py\n"
        "+++ b/uploader/config.py\n"
        "@@ -1,5 +1,7 @@\n"
        " BUCKET = \"demo-uploads-eu\"\n"
        " REGION = \"eu-central-1\"\n"
        "+AWS_ACCESS_KEY_ID = \"%s\"\n"
        "+AWS_SECRET_ACCESS_KEY = \"%s\"\n"
        " MAX_UPLOAD_MB = 25\n" % (sha(g), name, mail, sha(g, 7), sha(g, 7), ak, sk))
    return text, [ak, sk]


@G.pos("gh_review_comment")
def gh_review_comment(g, i):
    key = g.google_api()
    name, _ = author(g)
    text = (
        "**%s** commented on `src/maps/client.ts` line 14\n\n"
        "> ```ts\n"
        "> const MAPS_KEY = '%s';\n"
        "> export const client = new Client({ key: MAPS_KEY });\n"
        "> ```\n\n"
        "This key is unrestricted (no HTTP referrer restriction) and it's now in the PR history. "
        "Can you move it to `process.env.MAPS_KEY` and ping #sec so they rotate it? "
        "Squashing won't help since the branch was already pushed.\n" % (name, key))
    return text, [key]


@G.pos("gitlab_mr_note")
def gitlab_mr_note(g, i):
    tok = g.slack_bot()
    text = (
        "Overview · Commits 4 · Pipelines 3 · Changes 7\n\n"
        "Thread on `ci/notify.sh` (line 9)\n"
        "```diff\n"
        "+curl -s -X POST -H \"Authorization: Bearer %s\" \\\n"
        "+  -H 'Content-type: application/json' --data \"{\\\"channel\\\":\\\"#deploys\\\",\\\"text\\\":\\\"$MSG\\\"}\" \\\n"
        "+  https://slack.com/api/chat.postMessage\n"
        "```\n"
        "@backend-lead: please use the masked CI variable `$SLACK_BOT_TOKEN` here instead. Resolving once fixed.\n" % tok)
    return text, [tok]


@G.pos("commit_msg_rotate")
def commit_msg_rotate(g, i):
    wh = g.slack_webhook()
    name, mail = author(g)
    text = (
        "$ git log -1 --format=fuller %s\n"
        "commit %s\n"
        "Author:     %s <%s>\n"
        "AuthorDate: Mon Apr 15 09:02:11 2024 +0200\n"
        "Commit:     %s <%s>\n"
        "CommitDate: Mon Apr 15 09:02:11 2024 +0200\n\n"
        "    alerts: rotate Slack webhook\n\n"
        "    The old one leaked in a screenshot, it was\n"
        "    %s\n"
        "    New URL lives in the ALERT_WEBHOOK secret.\n" % (sha(g, 8), sha(g), name, mail, name, mail, wh))
    return text, [wh.rsplit("/", 1)[1]]


@G.pos("git_config")
def git_config(g, i):
    tok = g.github("ghs")
    text = (
        "$ cat .git/config\n"
        "[core]\n"
        "\trepositoryformatversion = 0\n"
        "\tfilemode = true\n"
        "\tbare = false\n"
        "[remote \"origin\"]\n"
        "\turl = https://x-access-token:%s@github.com/%s/platform-api.git\n"
        "\tfetch = +refs/heads/*:refs/remotes/origin/*\n"
        "[branch \"main\"]\n"
        "\tremote = origin\n"
        "\tmerge = refs/heads/main\n" % (tok, g.pick(["acme-corp", "northwind", "fernhill"])))
    return text, [tok]


@G.pos("git_remote_v")
def git_remote_v(g, i):
    tok = g.gitlab()
    user = g.pick(["mhofmann", "jsmit", "p.nowak"])
    text = (
        "$ git remote -v\n"
        "origin\thttps://%s:%s@gitlab.%s/data/etl-jobs.git (fetch)\n"
        "origin\thttps://%s:%s@gitlab.%s/data/etl-jobs.git (push)\n"
        "upstream\thttps://github.com/apache/airflow.git (fetch)\n"
        "upstream\thttps://github.com/apache/airflow.git (push)\n" % (user, tok, "corp.net", user, tok, "corp.net"))
    return text, [tok]


@G.pos("git_credentials")
def git_credentials(g, i):
    t1, t2 = g.github(), g.gitlab()
    pw = g.password("awk")
    text = (
        "$ cat ~/.git-credentials\n"
        "https://dkowalski:%s@github.com\n"
        "https://oauth2:%s@gitlab.com\n"
        "https://build:%s@bitbucket.%s\n" % (t1, t2, pct(pw), g.company()))
    return text, [t1, t2, pct(pw)]


@G.pos("git_log_p")
def git_log_p(g, i):
    old, new = g.twilio_key(), g.twilio_key()
    so, sn = g.hex(32), g.hex(32)
    text = (
        "$ git log -p -S TWILIO_API_SECRET -- config/sms.yml\n"
        "commit %s\n"
        "Date:   Tue Feb 20 11:14:52 2024 +0000\n\n"
        "    sms: switch to API key auth\n\n"
        "--- a/config/sms.yml\n"
        "+++ b/config/sms.yml\n"
        "@@ -1,4 +1,4 @@\n"
        " provider: twilio\n"
        "-api_key_sid: %s\n"
        "-api_key_secret: %s\n"
        "+api_key_sid: %s\n"
        "+api_key_secret: %s\n" % (sha(g), old, so, new, sn))
    return text, [so, sn, old, new]


@G.pos("merge_conflict")
def merge_conflict(g, i):
    d1, d2 = g.sentry_dsn(), g.sentry_dsn()
    k1 = d1.split("//")[1].split("@")[0]
    k2 = d2.split("//")[1].split("@")[0]
    text = (
        "$ git diff --name-only --diff-filter=U\n"
        "config/production.env\n"
        "$ sed -n '10,18p' config/production.env\n"
        "CACHE_TTL=300\n"
        "<<<<<<< HEAD\n"
        "SENTRY_DSN=%s\n"
        "SENTRY_TRACES_SAMPLE_RATE=0.1\n"
        "=======\n"
        "SENTRY_DSN=%s\n"
        ">>>>>>> feature/observability-v2\n"
        "RATE_LIMIT=120\n" % (d1, d2))
    return text, [k1, k2]


@G.pos("gerrit_comment")
def gerrit_comment(g, i):
    tok = g.hex(32)
    text = (
        "Patch Set 3:\n\n"
        "(2 comments)\n\n"
        "File services/sms/src/main/resources/application.properties:\n\n"
        "Line 12:\n"
        "> twilio.auth-token=%s\n\n"
        "Please do not commit the real auth token, use ${TWILIO_AUTH_TOKEN}.\n\n"
        "Line 20:\n"
        "> twilio.retry=5\n\n"
        "Nit: 3 is enough.\n" % tok)
    return text, [tok]


@G.pos("phabricator_inline")
def phabricator_inline(g, i):
    key = g.sendgrid()
    text = (
        "D%d: Send weekly digest via SendGrid\n\n"
        "INLINE COMMENTS\n\n"
        "> mailer/digest.py:7\n"
        "> SENDGRID_KEY = \"%s\"\n\n"
        "This will end up in the mirror on the public GitHub org. Please read from the secrets service "
        "and request changes again when done.\n\n"
        "REPOSITORY\n"
        "  rMAIL mailer\n" % (g.ri(1000, 9999), key))
    return text, [key]


@G.pos("patch_email")
def patch_email(g, i):
    pem, lines = g.ec_pem()
    name, mail = author(g)
    body = "".join("+%s\n" % ln for ln in pem.strip().split("\n"))
    text = (
        "From %s Mon Sep 17 00:00:00 2001\n"
        "From: %s <%s>\n"
        "Date: Wed, 22 May 2024 14:03:27 +0200\n"
        "Subject: [PATCH 2/3] tls: add signing key for local testing\n\n"
        "---\n"
        " certs/dev-signing.key | 5 +++++\n"
        " 1 file changed, 5 insertions(+)\n"
        " create mode 100644 certs/dev-signing.key\n\n"
        "diff --git a/certs/dev-signing.key b/certs/dev-signing.key\n"
        "new file mode 100644\n"
        "--- /dev/null\n"
        "+++ b/certs/dev-signing.key\n"
        "@@ -0,0 +1,5 @@\n"
        "%s"
        "-- \n"
        "2.45.1\n" % (sha(g), name, mail, body))
    return text, [lines[1][8:], lines[2]]


@G.pos("git_blame")
def git_blame(g, i):
    skb = g.rails_secret()
    name, _ = author(g)
    s = sha(g, 8)
    text = (
        "$ git blame -L 1,6 config/secrets.yml\n"
        "^%s (%s 2021-11-02 14:22:10 +0100 1) production:\n"
        "^%s (%s 2021-11-02 14:22:10 +0100 2)   secret_key_base: %s\n"
        "%s (%s 2023-01-19 09:40:55 +0100 3)   active_storage_service: amazon\n"
        "%s (%s 2023-01-19 09:40:55 +0100 4)   cdn_host: https://cdn.%s\n"
        % (s[:7], name, s[:7], name, skb, sha(g, 8), name, sha(g, 8), name, g.company()))
    return text, [skb]


@G.pos("diff_service_account")
def diff_service_account(g, i):
    kid = g.hex(40)
    pem, lines = g.rsa_pem()
    pk = pem.replace("\n", "\\n")
    text = (
        "diff --git a/secrets/gcp-ci.json b/secrets/gcp-ci.json\n"
        "--- a/secrets/gcp-ci.json\n"
        "+++ b/secrets/gcp-ci.json\n"
        "@@ -1,6 +1,6 @@\n"
        " {\n"
        "   \"type\": \"service_account\",\n"
        "   \"project_id\": \"ci-runner-%d\",\n"
        "-  \"private_key_id\": \"%s\",\n"
        "-  \"private_key\": \"%s\",\n"
        "+  \"private_key_id\": \"REDACTED\",\n"
        "+  \"private_key\": \"REDACTED\",\n" % (g.ri(100000, 999999), kid, pk))
    return text, [kid, lines[5], lines[12], lines[20]]


@G.pos("diff_terraform")
def diff_terraform(g, i):
    ak, sk = g.aws_akid(), g.aws_secret()
    text = (
        "diff --git a/envs/sandbox/provider.tf b/envs/sandbox/provider.tf\n"
        "@@ -1,6 +1,8 @@\n"
        " provider \"aws\" {\n"
        "   region     = \"eu-west-1\"\n"
        "+  access_key = \"%s\"\n"
        "+  secret_key = \"%s\"\n"
        "   default_tags {\n"
        "     tags = { team = \"platform\" }\n"
        "   }\n"
        " }\n" % (ak, sk))
    return text, [ak, sk]


@G.pos("diff_gh_workflow")
def diff_gh_workflow(g, i):
    tok = g.github()
    text = (
        "--- a/.github/workflows/release.yml\n"
        "+++ b/.github/workflows/release.yml\n"
        "@@ -30,7 +30,8 @@ jobs:\n"
        "       - name: Upload assets\n"
        "-        run: gh release upload ${{ github.ref_name }} dist/*\n"
        "+        run: |\n"
        "+          curl -sSf -H \"Authorization: token %s\" -H \"Accept: application/vnd.github+json\" \\\n"
        "+            https://api.github.com/repos/${{ github.repository }}/releases/latest\n" % tok)
    return text, [tok]


@G.pos("review_suggestion")
def review_suggestion(g, i):
    tok = g.hf()
    text = (
        "```diff\n"
        "-    model = AutoModel.from_pretrained(\"org/internal-llm-7b\", token=\"%s\")\n"
        "+    model = AutoModel.from_pretrained(\"org/internal-llm-7b\", token=os.environ[\"HF_TOKEN\"])\n"
        "```\n\n"
        "👍 Suggested change applied in 9c1e2f0. Note the removed line still exists in commit a81f3b2 on this branch, "
        "so we should rewrite the branch before merging.\n" % tok)
    return text, [tok]


@G.pos("git_stash_show")
def git_stash_show(g, i):
    tok = g.shopify()
    text = (
        "$ git stash show -p stash@{0}\n"
        "diff --git a/shopify.app.toml b/shopify.app.toml\n"
        "--- a/shopify.app.toml\n"
        "+++ b/shopify.app.toml\n"
        "@@ -4,3 +4,4 @@ name = \"inventory-sync\"\n"
        " application_url = \"https://inventory-sync.%s\"\n"
        " embedded = true\n"
        "+admin_api_access_token = \"%s\"\n" % (g.company(), tok))
    return text, [tok]


@G.pos("bitbucket_pr")
def bitbucket_pr(g, i):
    tok = g.atlassian()
    text = (
        "Pull request #%d: Add Jira sync step\n\n"
        "bitbucket-pipelines.yml\n"
        "```yaml\n"
        "- step:\n"
        "    name: Sync Jira\n"
        "    script:\n"
        "      - export JIRA_USER=ci-bot\n"
        "      - export JIRA_API_TOKEN=%s\n"
        "      - python tools/jira_sync.py --project OPS\n"
        "```\n"
        "Reviewer: needs work — token must come from repository variables (secured).\n" % (g.ri(100, 999), tok))
    return text, [tok]


@G.pos("commit_msg_revert")
def commit_msg_revert(g, i):
    pw = g.password("mixed")
    s = sha(g)
    text = (
        "commit %s\n"
        "Date:   Fri Jun 7 18:22:40 2024 +0200\n\n"
        "    Revert \"temp: hardcode smtp creds for demo\"\n\n"
        "    This reverts commit %s.\n\n"
        "    (the demo SMTP account user was noreply-demo, password %s — rotated since)\n"
        % (s, sha(g), pw))
    return text, [pw]


@G.pos("secret_scanner_report")
def secret_scanner_report(g, i):
    tok = g.pypi()
    key = g.openai("svc")
    text = (
        "Finding:     PYPI_TOKEN=%s\n"
        "Secret:      %s\n"
        "RuleID:      pypi-upload-token\n"
        "Entropy:     5.731209\n"
        "File:        .github/workflows/publish.yml\n"
        "Line:        22\n"
        "Commit:      %s\n\n"
        "Finding:     client = OpenAI(api_key=\"%s\")\n"
        "Secret:      %s\n"
        "RuleID:      openai-api-key\n"
        "File:        notebooks/eval.ipynb\n"
        "Line:        41\n\n"
        "WRN leaks found: 2\n" % (tok, tok, sha(g), key, key))
    return text, [tok, key]


@G.pos("diff_npmrc")
def diff_npmrc(g, i):
    tok = g.npm()
    text = (
        "diff --git a/.npmrc b/.npmrc\n"
        "new file mode 100644\n"
        "--- /dev/null\n"
        "+++ b/.npmrc\n"
        "@@ -0,0 +1,3 @@\n"
        "+@acme:registry=https://registry.npmjs.org/\n"
        "+//registry.npmjs.org/:_authToken=%s\n"
        "+always-auth=true\n" % tok)
    return text, [tok]


@G.pos("diff_docker_config")
def diff_docker_config(g, i):
    pat = g.github()
    auth = base64.b64encode(("ci-bot:%s" % pat).encode()).decode()
    obj = {"auths": {"ghcr.io": {"auth": auth}}}
    body = "".join("+" + ln + "\n" for ln in jdump(obj, 2).split("\n"))
    text = (
        "diff --git a/ci/docker-config.json b/ci/docker-config.json\n"
        "new file mode 100644\n"
        "--- /dev/null\n"
        "+++ b/ci/docker-config.json\n"
        "@@ -0,0 +1,7 @@\n" + body)
    return text, [auth]


@G.pos("cherry_pick_conflict")
def cherry_pick_conflict(g, i):
    k1, k2 = g.django_key().replace("'", ""), g.django_key().replace("'", "")
    text = (
        "error: could not apply %s... settings: split prod/stage\n"
        "hint: after resolving the conflicts, mark the corrected paths\n"
        "$ git diff\n"
        "diff --cc portal/settings.py\n"
        "@@@ -12,7 -12,7 +12,11 @@@\n"
        "  DEBUG = False\n"
        "++<<<<<<< HEAD\n"
        " +SECRET_KEY = '%s'\n"
        "++=======\n"
        "+ SECRET_KEY = '%s'\n"
        "++>>>>>>> %s (settings: split prod/stage)\n" % (sha(g, 7), k1, k2, sha(g, 7)))
    return text, [k1, k2]


@G.pos("commit_msg_ja")
def commit_msg_ja(g, i):
    key = g.anthropic()
    text = (
        "$ git log --oneline -3\n"
        "%s (HEAD -> feature/summarizer) 要約APIの呼び出しを追加\n"
        "%s APIキーを一時的にハードコード（あとで消す）: %s\n"
        "%s README更新\n" % (sha(g, 7), sha(g, 7), key, sha(g, 7)))
    return text, [key]


@G.pos("review_de")
def review_de(g, i):
    key = g.google_api()
    pw = g.password("phrase")
    text = (
        "Review zu !%d (Geocoding-Service)\n\n"
        "- `geocode.py`, Zeile 8: Bitte den Schlüssel entfernen: `%s` – der ist im Projekt *maps-prod* "
        "aktiv und nicht eingeschränkt.\n"
        "- `docker-compose.yml`: `POSTGRES_PASSWORD: %s` gehört in die `.env`, die nicht eingecheckt wird.\n"
        "- Sonst LGTM, danke!\n" % (g.ri(100, 999), key, pw))
    return text, [key, pw]


@G.pos("diff_k8s_secret")
def diff_k8s_secret(g, i):
    pw = g.password("alnum")
    tok = g.vault()
    text = (
        "--- /dev/null\n"
        "+++ b/k8s/overlays/prod/app-secrets.yaml\n"
        "@@ -0,0 +1,10 @@\n"
        "+apiVersion: v1\n"
        "+kind: Secret\n"
        "+metadata:\n"
        "+  name: app-secrets\n"
        "+  namespace: prod\n"
        "+type: Opaque\n"
        "+stringData:\n"
        "+  DB_PASSWORD: %s\n"
        "+  VAULT_TOKEN: %s\n" % (pw, tok))
    return text, [pw, tok]


@G.pos("diff_properties")
def diff_properties(g, i):
    pw = g.password("rand")
    text = (
        "Index: src/main/resources/application-prod.properties\n"
        "===================================================================\n"
        "--- src/main/resources/application-prod.properties\t(revision 1042)\n"
        "+++ src/main/resources/application-prod.properties\t(working copy)\n"
        "@@ -7,3 +7,5 @@\n"
        " mail.smtp.host=smtp.office365.com\n"
        " mail.smtp.port=587\n"
        "+mail.smtp.user=noreply-portal\n"
        "+mail.smtp.password=%s\n" % pw)
    return text, [pw]


@G.pos("word_diff")
def word_diff(g, i):
    a, b = g.mailchimp(), g.mailchimp()
    text = (
        "$ git diff --word-diff HEAD~1 -- newsletter/settings.ini\n"
        "@@ -2,4 +2,4 @@\n"
        "[mailchimp]\n"
        "api_key = [-%s-]{+%s+}\n"
        "list_id = 4f2e9a1c7b\n" % (a, b))
    return text, [a, b]


@G.pos("hg_export")
def hg_export(g, i):
    tok = g.hex(64)
    name, mail = author(g)
    text = (
        "# HG changeset patch\n"
        "# User %s <%s>\n"
        "# Date 1715000000 -7200\n"
        "# Node ID %s\n"
        "# Parent  %s\n"
        "add linode token for dns updater\n\n"
        "diff -r %s -r %s dns/updater.cfg\n"
        "--- a/dns/updater.cfg\n"
        "+++ b/dns/updater.cfg\n"
        "@@ -1,2 +1,3 @@\n"
        " [linode]\n"
        " domain_id = 1849203\n"
        "+token = %s\n" % (name, mail, sha(g), sha(g), sha(g, 12), sha(g, 12), tok))
    return text, [tok]


@G.pos("pr_description_log")
def pr_description_log(g, i):
    jwt = g.jwt({"iss": "https://auth.%s/" % g.company(), "sub": "auth0|%s" % g.hex(24), "aud": "orders-api",
                 "iat": 1716200000, "exp": 1716286400, "scope": "orders:read orders:write"}, "RS256",
                kid=g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22))
    text = (
        "## Fix 401 on /orders after token refresh\n\n"
        "Repro log from my machine:\n\n"
        "```\n"
        "DEBUG http: GET /orders?page=2\n"
        "DEBUG http: > Authorization: Bearer %s\n"
        "DEBUG http: < 401 {\"error\":\"invalid_token\",\"error_description\":\"jwt audience invalid\"}\n"
        "```\n\n"
        "Root cause: audience mismatch after the tenant migration. Closes #812.\n" % jwt)
    return text, [jwt]


@G.pos("gitlab_ci_diff")
def gitlab_ci_diff(g, i):
    pw = g.password("alnum")
    tok = g.gitlab()
    text = (
        "diff --git a/.gitlab-ci.yml b/.gitlab-ci.yml\n"
        "@@ -12,6 +12,9 @@ deploy:\n"
        "   stage: deploy\n"
        "   script:\n"
        "+    - docker login -u deploy -p %s registry.%s\n"
        "+    - 'curl --header \"PRIVATE-TOKEN: %s\" \"https://gitlab.com/api/v4/projects/4821/releases\"'\n"
        "     - ./deploy.sh\n" % (pw, g.company(), tok))
    return text, [pw, tok]


# ------------------------------------------------------------- negatives
@G.neg("diff_env_add")
def n_diff(g, i):
    return ("diff --git a/payments/client.py b/payments/client.py\n"
            "--- a/payments/client.py\n"
            "+++ b/payments/client.py\n"
            "@@ -3,5 +3,5 @@ import os\n"
            "-STRIPE_KEY = \"<redacted>\"\n"
            "+STRIPE_KEY = os.environ[\"STRIPE_SECRET_KEY\"]\n"
            " client = stripe.StripeClient(STRIPE_KEY)\n")


@G.neg("commit_msg_rotate")
def n_commit(g, i):
    return ("commit %s\n"
            "Date:   Mon Apr 15 09:02:11 2024 +0200\n\n"
            "    alerts: rotate Slack webhook\n\n"
            "    The URL is now read from Vault (secret/data/alerts/slack).\n"
            "    Old credentials were revoked in the Slack admin console.\n" % sha(g))


@G.neg("git_config")
def n_gitconfig(g, i):
    return ("[remote \"origin\"]\n"
            "\turl = https://github.com/fernhill/platform-api.git\n"
            "\tfetch = +refs/heads/*:refs/remotes/origin/*\n"
            "[credential]\n"
            "\thelper = osxkeychain\n"
            "[credential \"https://gitlab.corp.net\"]\n"
            "\tusername = oauth2\n")


@G.neg("git_blame")
def n_blame(g, i):
    s = sha(g, 8)
    return ("$ git blame -L 10,13 portal/settings.py\n"
            "%s (Robin Achterberg 2023-09-12 10:01:44 +0200 10) SECRET_KEY = env(\"DJANGO_SECRET_KEY\")\n"
            "%s (Robin Achterberg 2023-09-12 10:01:44 +0200 11) DEBUG = env.bool(\"DEBUG\", default=False)\n"
            "%s (Robin Achterberg 2023-09-12 10:01:44 +0200 12) ALLOWED_HOSTS = env.list(\"ALLOWED_HOSTS\")\n"
            % (s, s, s))


@G.neg("merge_conflict")
def n_merge(g, i):
    return ("<<<<<<< HEAD\n"
            "SENTRY_DSN=${SENTRY_DSN}\n"
            "SENTRY_TRACES_SAMPLE_RATE=0.1\n"
            "=======\n"
            "SENTRY_DSN=${SENTRY_DSN_V2}\n"
            ">>>>>>> feature/observability-v2\n")


@G.neg("gh_review_comment")
def n_review(g, i):
    return ("**reviewer** commented on `.gitignore`\n\n"
            "> ```\n> .env\n> ```\n\n"
            "Could you also add `.env.*` and `!.env.example`? Last week someone nearly committed "
            "`.env.local`. The pre-commit hook with gitleaks would catch it too.\n")


@G.neg("diff_authorized_keys")
def n_authkeys(g, i):
    key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43)
    return ("--- a/ansible/files/authorized_keys\n"
            "+++ b/ansible/files/authorized_keys\n"
            "@@ -2,3 +2,4 @@\n"
            " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6cG8kq2yD3vPz0TQ1wXr7Lm5NsJ4bVa9cE2fK8uQhR deploy-2022\n"
            "+ssh-ed25519 %s deploy-2024\n" % key)


@G.neg("git_remote_v")
def n_remote(g, i):
    return ("$ git remote -v\n"
            "origin\thttps://gitlab.corp.net/data/etl-jobs.git (fetch)\n"
            "origin\thttps://gitlab.corp.net/data/etl-jobs.git (push)\n"
            "upstream\thttps://github.com/apache/airflow.git (fetch)\n"
            "upstream\thttps://github.com/apache/airflow.git (push)\n")
