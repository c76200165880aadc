"""Extra provider coverage: CI logs, IaC, k8s, curl snippets with less common token formats."""
import base64
import json

from common import ALNUM, LO, DIG, UP

G = "devops"


def openssh_ed25519_body(g):
    raw = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           + b"\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
           + bytes(g.r.getrandbits(8) for _ in range(32))
           + b"\x00\x00\x00\x88" + bytes(g.r.getrandbits(8) for _ in range(8))
           + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
           + bytes(g.r.getrandbits(8) for _ in range(32)) + b"\x00\x00\x00\x40"
           + bytes(g.r.getrandbits(8) for _ in range(64)) + b"\x00\x00\x00\x0edeploy@ci-host\x01\x02\x03\x04\x05")
    b = base64.b64encode(raw).decode()
    return [b[i:i + 70] for i in range(0, len(b), 70)]


def build(c, g):
    # ---------------- CI logs ----------------
    npm = g.npm()
    c.pos(G, "ci-log", f"""Run cat ~/.npmrc && npm publish --access public
//registry.npmjs.org/:_authToken={npm}
@acme:registry=https://registry.npmjs.org/
npm notice 📦  @acme/ui-kit@3.4.1
npm ERR! code E403
npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui-kit - You cannot publish over the previously published versions: 3.4.1.
Error: Process completed with exit code 1.""", [npm])

    pypi = g.pypi()
    c.pos(G, "ci-log", f"""+ export TWINE_USERNAME=__token__
+ TWINE_USERNAME=__token__
+ export TWINE_PASSWORD={pypi}
+ TWINE_PASSWORD={pypi}
+ python -m twine upload dist/*
Uploading distributions to https://upload.pypi.org/legacy/
ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/
         File already exists.""", [pypi])

    glrt, dck = g.gitlab_runner(), g.dockerhub()
    c.pos(G, "ci-log", f"""$ sudo gitlab-runner register --non-interactive --url https://gitlab.com --token {glrt} --executor docker --docker-image alpine:3.20
Runtime platform                                    arch=amd64 os=linux pid=4121 revision=3153ccc6 version=17.7.0
Verifying runner... is valid                        runner=t3_Xk9pQ
$ echo "{dck}" | docker login -u acmebuild --password-stdin
Login Succeeded""", [glrt, dck])

    # ---------------- Terraform ----------------
    do, cf = g.digitalocean(), g.cloudflare_token()
    tfc = g.tfc()
    c.pos(G, "terraform", f"""# terraform.tfvars (gitignored... except it wasn't)
do_token             = "{do}"
cloudflare_api_token = "{cf}"
zone_id              = "{g.hex(32)}"

# ~/.terraform.d/credentials.tfrc.json
{{
  "credentials": {{
    "app.terraform.io": {{ "token": "{tfc}" }}
  }}
}}""", [do, cf, tfc])

    # ---------------- Kubernetes ----------------
    iat = g.intr(1700000000, 1730000000)
    sat = g.jwt({"aud": ["https://kubernetes.default.svc"], "exp": iat + 31536000, "iat": iat,
                 "iss": "https://kubernetes.default.svc", "kubernetes.io": {"namespace": "ci",
                 "serviceaccount": {"name": "deployer", "uid": g.uuid()}}, "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")
    ec = ("-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(g.pem_body(121)) + "\n-----END EC PRIVATE KEY-----\n")
    ckd = base64.b64encode(ec.encode()).decode()
    c.pos(G, "kubeconfig", f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkK
    server: https://k8s.staging.internal:6443
  name: staging
users:
- name: deployer
  user:
    token: {sat}
- name: admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
    client-key-data: {ckd}
contexts:
- context: {{cluster: staging, user: deployer}}
  name: staging""", [sat, ckd])

    kp = g.password("random")
    kpb = base64.b64encode(kp.encode()).decode()
    lin = g.linear()
    c.pos(G, "k8s-secret", f"""kubectl apply says the secret is fine but the pod gets the wrong password. Manifest:

apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
  namespace: prod
type: Opaque
data:
  DB_PASSWORD: {kpb}
stringData:
  LINEAR_API_KEY: {lin}""", [kpb, lin])

    # ---------------- PEM keys ----------------
    body = openssh_ed25519_body(g)
    c.pos(G, "pem-key", "The deploy key for the runner, ssh says \"invalid format\":\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n"
          + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----\n", body)

    p8 = base64.b64encode(bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
                          + bytes(g.r.getrandbits(8) for _ in range(32))
                          + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
                          + bytes(g.r.getrandbits(8) for _ in range(65))).decode()
    p8l = [p8[i:i + 64] for i in range(0, len(p8), 64)]
    kid = g.s(10, UP + DIG)
    c.pos(G, "pem-key", f"""// PushService.swift test fixture -- APNs auth key AuthKey_{kid}.p8, team {g.s(10, UP + DIG)}
let apnsKey = \"\"\"
-----BEGIN PRIVATE KEY-----
{chr(10).join(p8l)}
-----END PRIVATE KEY-----
\"\"\"""", p8l)

    # ---------------- curl snippets ----------------
    nt, at = g.notion(), g.airtable()
    c.pos(G, "curl", f"""curl -X POST https://api.notion.com/v1/databases/{g.hex(32)}/query \\
  -H 'Authorization: Bearer {nt}' \\
  -H 'Notion-Version: 2022-06-28'

curl "https://api.airtable.com/v0/app{g.s(14)}/Leads?maxRecords=3" \\
  -H "Authorization: Bearer {at}"

both return 401 from the office network but work at home??""", [nt, at])

    atl, fg = g.atlassian(), g.figma()
    c.pos(G, "curl", f"""curl -s -u jira-bot@acme-example.com:{atl} \\
  "https://acme-example.atlassian.net/rest/api/3/search?jql=project=OPS" | jq '.total'
curl -s -H "X-Figma-Token: {fg}" "https://api.figma.com/v1/files/{g.s(22)}" | jq .name""", [atl, fg])

    # ---------------- observability ----------------
    nr, sn, gf = g.newrelic(), g.sentry_auth(), g.grafana_sa()
    c.pos(G, "observability", f"""# .github/workflows/release.yml (env section)
env:
  NEW_RELIC_API_KEY: {nr}
  SENTRY_AUTH_TOKEN: {sn}
  SENTRY_ORG: acme-labs
  GRAFANA_TOKEN: {gf}
  GRAFANA_URL: https://grafana.acme-example.net""", [nr, sn, gf])

    # ---------------- Vault / Doppler ----------------
    vt, dp = g.vault(), g.doppler()
    c.pos(G, "secrets-manager", f"""$ export VAULT_ADDR=https://vault.corp.example:8200
$ vault login {vt}
Success! You are now authenticated.
$ doppler configure set token {dp} --scope /srv/api
$ doppler run -- ./start.sh
Doppler Error: Unable to fetch secrets: 403 Forbidden""", [vt, dp])

    ops, bws = g.ops_token(), g.bws_token()
    c.pos(G, "secrets-manager", f"""jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      OP_SERVICE_ACCOUNT_TOKEN: {ops}
      BWS_ACCESS_TOKEN: {bws}
    steps:
      - uses: 1password/load-secrets-action@v2""", [ops, bws])

    # ---------------- payments / comms ----------------
    sq, bt, tw = g.square(), g.braintree(), g.hex(32)
    tsid = g.twilio_sid()
    c.pos(G, "payments", f"""// config/production.js
module.exports = {{
  square: {{ accessToken: '{sq}', environment: 'production' }},
  braintree: {{ accessToken: '{bt}' }},
  twilio: {{ accountSid: '{tsid}', authToken: '{tw}', from: '+15005550006' }},
}};""", [sq, bt, tw])

    mc, bv, hs, rs = g.mailchimp(), g.brevo(), g.hubspot(), g.resend()
    c.pos(G, "marketing", f"""# marketing-sync/.env
MAILCHIMP_API_KEY={mc}
BREVO_API_KEY={bv}
HUBSPOT_PRIVATE_APP_TOKEN={hs}
RESEND_API_KEY={rs}
SYNC_INTERVAL_MIN=15""", [mc, bv, hs, rs])

    # ---------------- China clouds ----------------
    ali, alis, tid, tks = g.alibaba_id(), g.s(30, ALNUM), g.tencent_id(), g.s(32, ALNUM)
    c.pos(G, "cloud-cn", f"""from alibabacloud_oss_v2 import credentials
from tencentcloud.common import credential

ali_cred = credentials.StaticCredentialsProvider("{ali}", "{alis}")
tc_cred = credential.Credential("{tid}", "{tks}")
# TODO move to env before pushing""", [ali, alis, tid, tks])

    # ---------------- Microsoft / Okta ----------------
    aad, ado, okta = g.azure_ad_secret(), g.azure_devops(), g.okta()
    c.pos(G, "enterprise", f"""appsettings.Production.json:
{{
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{g.uuid()}",
    "ClientId": "{g.uuid()}",
    "ClientSecret": "{aad}"
  }},
  "Okta": {{ "OrgUrl": "https://acme.okta.com", "ApiToken": "{okta}" }}
}}
and the build agent clones with: git clone https://build:{ado}@dev.azure.com/acme/Platform/_git/api""", [aad, okta, ado])

    # ---------------- data / quality tools ----------------
    db, sq2, bk = g.databricks(), g.sonar(), g.buildkite()
    c.pos(G, "data-tools", f"""$ cat ~/.databrickscfg
[DEFAULT]
host  = https://adb-{g.digits(16, True)}.7.azuredatabricks.net
token = {db}

$ sonar-scanner -Dsonar.projectKey=api -Dsonar.host.url=https://sonar.acme.example -Dsonar.token={sq2}
$ cat ~/.buildkite/config.yml
token: {bk}""", [db, sq2, bk])

    # ---------------- assorted SaaS ----------------
    pm, cfp, mb = g.postman(), g.contentful(), g.mapbox()
    env = {"id": g.uuid(), "name": "prod", "values": [
        {"key": "postman_api_key", "value": pm, "type": "secret", "enabled": True},
        {"key": "contentful_cma_token", "value": cfp, "type": "secret", "enabled": True},
        {"key": "mapbox_secret", "value": mb, "type": "secret", "enabled": True},
        {"key": "base_url", "value": "https://api.acme-example.com", "type": "default", "enabled": True}],
        "_postman_variable_scope": "environment"}
    c.pos(G, "postman-env", "prod.postman_environment.json, someone shared it in the public workspace:\n" + json.dumps(env, indent=2),
          [pm, cfp, mb])

    dbx, jf, bb, cci = g.dropbox(), g.jfrog(), g.bitbucket(), g.circleci()
    c.pos(G, "assorted", f"""Inventory of tokens found by the leak scan on the old Jenkins box (all to be revoked):
- /var/lib/jenkins/.dropbox_token: {dbx}
- ~/.jfrog/jfrog-cli.conf apiKey: {jf}
- ~/.git-credentials: https://ci-acme:{bb}@bitbucket.org
- ~/.circleci/cli.yml token: {cci}""", [dbx, jf, bb, cci])

    ps, sb, pul = g.planetscale(), g.supabase(), g.pulumi()
    c.pos(G, "assorted", f"""DATABASE_URL='mysql://{g.s(12, LO + DIG)}:{ps}@aws.connect.psdb.cloud/shop?sslaccept=strict'
SUPABASE_ACCESS_TOKEN={sb} supabase link --project-ref {g.s(20, LO)}
PULUMI_ACCESS_TOKEN={pul} pulumi up --stack prod --yes""", [ps, sb, pul])

    ak, eth = g.age(), g.eth_key()
    c.pos(G, "assorted", f"""# hardhat.config.ts
const config: HardhatUserConfig = {{
  solidity: "0.8.24",
  networks: {{
    sepolia: {{ url: "https://sepolia.infura.io/v3/{g.hex(32)}", accounts: ["{eth}"] }},
  }},
}};
# and the sops key I use for the repo: cat ~/.config/sops/age/keys.txt
# created: 2024-10-02T11:52:10+02:00
# public key: age1{g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
{ak}""", [eth, ak])

    fb = "EAAG" + g.s(180, ALNUM)
    scw, scws = g.scaleway_access(), g.uuid()
    c.pos(G, "assorted", f"""curl -G "https://graph.facebook.com/v19.0/me/accounts" -d "access_token={fb}"

scw init access-key={scw} secret-key={scws} organization-id={g.uuid()}""", [fb, scw, scws])

    hk = g.uuid()
    c.pos(G, "netrc", f"""$ cat ~/.netrc
machine api.heroku.com
  login ops@acme-example.com
  password {hk}
machine git.heroku.com
  login ops@acme-example.com
  password {hk}""", [hk])

    xp, hook = g.slack_user(), g.slack_webhook()
    c.pos(G, "alerting", f"""# alertmanager.yml
receivers:
  - name: slack-oncall
    slack_configs:
      - api_url: '{hook}'
        channel: '#oncall'
        send_resolved: true
# and the cleanup script still uses a user token:
#   client = WebClient(token="{xp}")""", [hook, xp])
