"""Group infra_configs: secrets in infrastructure / deployment configuration."""
from common import *  # noqa: F401,F403


def _cert_b64(r):
    body = "MIIC" + b64s(r, 900) + "="
    pemtxt = "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"
    return b64enc(pemtxt)


def build():
    g = Group("infra_configs")
    r = g.r

    # ------------------------------------------------------------ k8s secrets
    dbpw, apik = password(r, "random"), stripe_key(r)
    b1, b2 = b64enc(dbpw), b64enc(apik)
    g.p("k8s_secret", f"""apiVersion: v1
kind: Secret
metadata:
  name: checkout-secrets
  namespace: shop-prod
  labels:
    app.kubernetes.io/name: checkout
type: Opaque
data:
  DB_USER: {b64enc("checkout_app")}
  DB_PASSWORD: {b1}
  STRIPE_SECRET_KEY: {b2}
""", [b1, b2])

    redis_pw = password(r, "random", symbols="-_.")
    slackhook = slack_webhook(r)
    g.p("k8s_secret", f"""# kubectl apply -f alerting-secret.yaml   (why is alertmanager not picking this up??)
apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-extra
  namespace: monitoring
type: Opaque
stringData:
  redis-password: "{redis_pw}"
  slack-webhook: {slackhook}
  smtp_auth_username: alerts-relay
""", [redis_pw, slackhook.rsplit("/", 1)[1]])

    g.n("k8s_secret", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: checkout-secrets
  namespace: shop-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: checkout-secrets
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/checkout/db
        property: password
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/checkout/stripe
        property: secret_key
""")

    # ------------------------------------------------------------ helm
    pgpw, pgadm, rdpw = password(r, "random", "-_"), password(r, "random", "-_"), password(r, "human", "-_")
    g.p("helm_values", f"""# values-prod.yaml for bitnami/postgresql + our api chart
postgresql:
  auth:
    username: orders
    password: {pgpw}
    postgresPassword: {pgadm}
    database: orders
  primary:
    persistence:
      size: 50Gi
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "{rdpw}"
api:
  replicaCount: 3
  image:
    tag: 2.14.1
""", [pgpw, pgadm, rdpw])

    ghs = github_token(r, "ghp_")
    oidc = alnum(r, 40)
    g.p("helm_values", f"""helm upgrade --install argocd argo/argo-cd -n argocd \\
  --set configs.repositories.infra.url=https://github.com/acme/infra-gitops \\
  --set configs.repositories.infra.password={ghs} \\
  --set configs.repositories.infra.username=argocd-bot \\
  --set configs.secret.extra."oidc\\.azure\\.clientSecret"={oidc} \\
  --version 6.7.3
Error: UPGRADE FAILED: cannot patch "argocd-secret" with kind Secret""", [ghs, oidc])

    smtp = password(r, "random", "!#%*-_")
    gadm = password(r, "human", "-_")
    g.p("helm_values", f"""grafana:
  adminUser: admin
  adminPassword: {gadm}
  grafana.ini:
    smtp:
      enabled: true
      host: smtp.office365.com:587
      user: noreply-grafana
      password: "{smtp}"
      from_name: Grafana
""", [gadm, smtp])

    # ------------------------------------------------------------ kustomize
    jwtsec = alnum(r, 48)
    mpw = password(r, "random", "-_.")
    g.p("kustomize", f"""# kustomization.yaml
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: identity
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: auth-service-env
    literals:
      - JWT_SIGNING_SECRET={jwtsec}
      - MONGO_URI=mongodb+srv://auth_svc:{mpw}@cluster0.{rs(r, LOWER + DIGITS, 5)}.mongodb.net/auth?retryWrites=true
      - LOG_LEVEL=info
generatorOptions:
  disableNameSuffixHash: true
""", [jwtsec, mpw])

    sentry = "sntrys_" + b64url_nopad('{"iat":%d,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"acme-web"}' % (1710000000 + r.randrange(10**7))) + "_" + b64u(r, 43)
    algolia = hexs(r, 32)
    g.p("kustomize", f"""overlays/prod/kustomization.yaml:
  secretGenerator:
    - name: web-env
      envs:
        - secrets.env

overlays/prod/secrets.env:
  SENTRY_AUTH_TOKEN={sentry}
  ALGOLIA_ADMIN_KEY={algolia}
  NEXT_PUBLIC_ALGOLIA_APP_ID=Q{rs(r, UPPER + DIGITS, 9)}

why does `kustomize build overlays/prod` say "secrets.env: no such file" when it's right there?""", [sentry, algolia])

    # ------------------------------------------------------------ terraform
    dotok, cftok = do_token(r), cloudflare_token(r)
    g.p("terraform", f"""# terraform.tfvars  (prod)
region            = "fra1"
droplet_size      = "s-2vcpu-4gb"
do_token          = "{dotok}"
cloudflare_token  = "{cftok}"
zone_id           = "{hexs(r, 32)}"
ssh_key_ids       = [{digits(r, 8)}, {digits(r, 8)}]
""", [dotok, cftok])

    akid, asec = aws_key_id(r), aws_secret(r)
    g.p("terraform", f"""can you refactor this so it uses profiles instead? terraform plan works but I feel like this is wrong

provider "aws" {{
  region     = "eu-west-1"
  access_key = "{akid}"
  secret_key = "{asec}"

  default_tags {{
    tags = {{ Owner = "data-platform", Env = "prod" }}
  }}
}}""", [akid, asec])

    dd_api, dd_app = datadog_api(r), hexs(r, 40)
    g.p("terraform", f"""provider "datadog" {{
  api_key = "{dd_api}"
  app_key = "{dd_app}"
  api_url = "https://api.datadoghq.eu/"
}}

resource "datadog_monitor" "api_latency" {{
  name    = "p95 latency > 800ms"
  type    = "metric alert"
  query   = "avg(last_5m):p95:trace.http.request.duration{{service:api}} > 0.8"
  message = "@pagerduty-platform"
}}""", [dd_api, dd_app])

    rdspw = password(r, "random", "!#%*-_")
    g.p("terraform", f"""$ terraform state pull | jq '.resources[] | select(.type=="aws_db_instance")'
{{
  "mode": "managed",
  "type": "aws_db_instance",
  "name": "main",
  "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
  "instances": [
    {{
      "schema_version": 2,
      "attributes": {{
        "allocated_storage": 100,
        "engine": "postgres",
        "engine_version": "15.5",
        "identifier": "main-prod",
        "username": "dbadmin",
        "password": "{rdspw}",
        "port": 5432
      }},
      "sensitive_attributes": [[{{"type": "get_attr", "value": "password"}}]]
    }}
  ]
}}""", [rdspw])

    g.n("terraform", """variable "db_password" {
  description = "Master password for the RDS instance (set via TF_VAR_db_password in CI)"
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier        = "main-prod"
  engine            = "postgres"
  username          = "dbadmin"
  password          = var.db_password
  allocated_storage = 100
}
""")

    # ------------------------------------------------------------ pulumi / cdk
    pw = password(r, "random", "-_!#")
    g.p("pulumi_cdk", f"""// index.ts (Pulumi) - why does `pulumi up` want to replace the DB every time?
import * as aws from "@pulumi/aws";

const db = new aws.rds.Instance("orders", {{
    engine: "postgres",
    instanceClass: "db.t4g.medium",
    allocatedStorage: 50,
    username: "orders_admin",
    password: "{pw}",
    skipFinalSnapshot: false,
}});
export const endpoint = db.endpoint;""", [pw])

    tok = github_token(r)
    whs = stripe_whsec(r)
    g.p("pulumi_cdk", f"""from aws_cdk import Stack, SecretValue, aws_secretsmanager as sm, aws_codepipeline_actions as cpa
from constructs import Construct

class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kw) -> None:
        super().__init__(scope, id, **kw)
        source = cpa.GitHubSourceAction(
            action_name="Source",
            owner="acme", repo="storefront", branch="main",
            oauth_token=SecretValue.unsafe_plain_text("{tok}"),
            output=source_output,
        )
        sm.Secret(self, "StripeWebhook",
                  secret_string_value=SecretValue.unsafe_plain_text("{whs}"))
""", [tok, whs])

    g.n("pulumi_cdk", """from aws_cdk import Stack, SecretValue, aws_secretsmanager as sm, aws_codepipeline_actions as cpa

class PipelineStack(Stack):
    def __init__(self, scope, id, **kw):
        super().__init__(scope, id, **kw)
        token = SecretValue.secrets_manager("github/storefront-oauth", json_field="token")
        db = sm.Secret.from_secret_name_v2(self, "DbSecret", "prod/orders/db")
        cpa.GitHubSourceAction(action_name="Source", owner="acme", repo="storefront",
                               branch="main", oauth_token=token, output=source_output)
""")

    # ------------------------------------------------------------ nomad / consul / vault
    rmq = password(r, "random", "-_")
    sg = sendgrid_key(r)
    g.p("nomad_consul_vault", f"""job "notifier" {{
  datacenters = ["dc1"]
  type        = "service"

  group "workers" {{
    count = 2
    task "notifier" {{
      driver = "docker"
      config {{
        image = "registry.acme.internal/notifier:1.9.0"
      }}
      env {{
        AMQP_URL         = "amqps://notifier:{rmq}@mq.service.consul:5671/prod"
        SENDGRID_API_KEY = "{sg}"
        LOG_FORMAT       = "json"
      }}
    }}
  }}
}}""", [rmq, sg])

    mgmt, agent_tok = uuid4(r), uuid4(r)
    g.p("nomad_consul_vault", f"""# /etc/consul.d/consul.hcl
datacenter = "eu-west"
data_dir   = "/opt/consul"
server     = true
bootstrap_expect = 3
encrypt    = "{b64s(r, 43)}="
acl {{
  enabled        = true
  default_policy = "deny"
  tokens {{
    initial_management = "{mgmt}"
    agent              = "{agent_tok}"
  }}
}}""", [mgmt, agent_tok])
    last = g.cases[-1]
    last["secrets"].append(last["text"].split('encrypt    = "')[1].split('"')[0])

    kid, ksec = aws_key_id(r), aws_secret(r)
    g.p("nomad_consul_vault", f"""# vault.hcl - server keeps failing to auto-unseal, log says AccessDeniedException
storage "raft" {{
  path    = "/opt/vault/data"
  node_id = "vault-1"
}}
seal "awskms" {{
  region     = "eu-central-1"
  access_key = "{kid}"
  secret_key = "{ksec}"
  kms_key_id = "{uuid4(r)}"
}}
listener "tcp" {{
  address     = "[::]:8200"
  tls_disable = "false"
}}""", [kid, ksec])

    # ------------------------------------------------------------ systemd
    pw = password(r, "random", "-_.")
    mk = mailgun_key(r)
    g.p("systemd", f"""# /etc/systemd/system/invoice-worker.service
[Unit]
Description=Invoice PDF worker
After=network-online.target

[Service]
User=invoices
WorkingDirectory=/srv/invoice-worker
Environment=DATABASE_URL=postgres://invoices:{pw}@localhost/invoices
Environment="MAILGUN_API_KEY={mk}" "MAILGUN_DOMAIN=mg.acme-billing.com"
ExecStart=/srv/invoice-worker/.venv/bin/python -m worker
Restart=on-failure

[Install]
WantedBy=multi-user.target""", [pw, mk])

    tg = telegram_bot_token(r)
    g.p("systemd", f"""$ sudo systemctl edit backup-notify.service
### Editing /etc/systemd/system/backup-notify.service.d/override.conf
[Service]
Environment="TELEGRAM_BOT_TOKEN={tg}"
Environment="TELEGRAM_CHAT_ID=-100{digits(r, 10)}"

$ systemctl show backup-notify -p Environment""", [tg])

    g.n("systemd", """[Unit]
Description=Invoice PDF worker
After=network-online.target

[Service]
User=invoices
EnvironmentFile=/etc/invoice-worker/env
LoadCredential=db-password:/etc/credstore/invoice-db-password
ExecStart=/srv/invoice-worker/.venv/bin/python -m worker --db-password-file=${CREDENTIALS_DIRECTORY}/db-password
Restart=on-failure
""")

    # ------------------------------------------------------------ crontab
    mysqlpw = password(r, "random", "-_.!#")
    hc = uuid4(r)
    g.p("crontab", f"""# m h  dom mon dow   command
15 2 * * * mysqldump -u backup -p'{mysqlpw}' --single-transaction shop | gzip > /var/backups/shop-$(date +\\%F).sql.gz
20 2 * * * curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/{hc}
*/5 * * * * /usr/local/bin/queue-watch --quiet""", [mysqlpw])

    rsyncpw = password(r, "human", "-_.")
    hook = slack_webhook(r)
    g.p("crontab", f"""root@files01:~# crontab -l
MAILTO=""
0 3 * * * RSYNC_PASSWORD='{rsyncpw}' rsync -az /srv/share/ backup@nas01::nightly/ && curl -s -X POST -d '{{"text":"backup ok"}}' {hook}
30 4 * * 0 /usr/sbin/logrotate -f /etc/logrotate.conf""", [rsyncpw, hook.rsplit("/", 1)[1]])

    # ------------------------------------------------------------ docker
    pw = password(r, "random", "-_")
    oa = openai_key(r)
    g.p("docker", f"""docker run -d --name chatbot --restart unless-stopped \\
  -p 8080:8080 \\
  -e POSTGRES_PASSWORD={pw} \\
  -e OPENAI_API_KEY={oa} \\
  -e LOG_LEVEL=debug \\
  ghcr.io/acme/chatbot:0.9.2

container exits immediately with code 137, any idea?""", [pw, oa])

    mpw, mkey = password(r, "random", "-_"), alnum(r, 40)
    g.p("docker", f"""services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-15T01-07-19Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin-{rs(r, LOWER, 4)}
      MINIO_ROOT_PASSWORD: {mpw}
  app:
    build: .
    environment:
      - S3_ENDPOINT=http://minio:9000
      - S3_SECRET_KEY={mkey}
    depends_on: [minio]""", [mpw, mkey])

    hk = heroku_key(r)
    stripe = stripe_key(r)
    g.p("docker", f"""Procfile:
web: gunicorn app:app --workers 3
worker: celery -A tasks worker -l info

$ heroku config:set STRIPE_SECRET_KEY={stripe} -a shop-api-prod
Setting STRIPE_SECRET_KEY and restarting ⬢ shop-api-prod... done, v212
$ HEROKU_API_KEY={hk} heroku releases -a shop-api-prod""", [stripe, hk])

    g.n("docker", """services:
  app:
    image: ghcr.io/acme/chatbot:0.9.2
    env_file: .env
    environment:
      OPENAI_API_KEY: ${OPENAI_API_KEY:?set it in .env}
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

    # ------------------------------------------------------------ proxies
    bt = user_jwt(r)
    g.p("proxy_configs", f"""# /etc/nginx/conf.d/partner-api.conf
upstream partner_api {{
    server partner-gw.acme-partners.net:443;
    keepalive 16;
}}
server {{
    listen 443 ssl http2;
    server_name api.shop.example-retail.de;
    location /partner/ {{
        proxy_pass https://partner_api/;
        proxy_set_header Authorization "Bearer {bt}";
        proxy_set_header Host partner-gw.acme-partners.net;
    }}
}}""", [bt])

    k = hexs(r, 40)
    g.p("proxy_configs", f"""backend geo_api
    mode http
    http-request set-header X-Api-Key {k}
    server geo1 geo.vendor-maps.io:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt
# haproxy -c -f /etc/haproxy/haproxy.cfg says config valid but vendor returns 403""", [k])

    cf = cloudflare_token(r)
    g.p("proxy_configs", f"""# traefik docker-compose (DNS challenge)
  traefik:
    image: traefik:v3.0
    command:
      - --certificatesresolvers.le.acme.dnschallenge.provider=cloudflare
      - --certificatesresolvers.le.acme.storage=/letsencrypt/acme.json
    environment:
      - CF_DNS_API_TOKEN={cf}
    volumes:
      - ./letsencrypt:/letsencrypt""", [cf])

    g.n("proxy_configs", """server {
    listen 443 ssl http2;
    server_name status.internal;
    ssl_certificate     /etc/ssl/status/fullchain.pem;
    ssl_certificate_key /etc/ssl/status/privkey.pem;
    auth_basic           "restricted";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / {
        proxy_pass http://localhost:3000;
        proxy_set_header X-Request-Id $request_id;
        proxy_set_header Authorization $http_authorization;
    }
}""")

    # ------------------------------------------------------------ netrc
    hp = password(r, "random", "-_")
    gh = github_token(r, "gho_")
    g.p("netrc", f"""$ cat ~/.netrc
machine api.heroku.com
  login deploy-bot
  password {hp}
machine github.com
  login x-access-token
  password {gh}
$ git push   # still asks for a password??""", [hp, gh])

    pypi = pypi_token(r)
    art = password(r, "random", "-_")
    g.p("netrc", f"""~/.pypirc
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {pypi}

[internal]
repository = https://artifactory.acme.internal/api/pypi/pypi-local
username = ci-publisher
password = {art}""", [pypi, art])

    # ------------------------------------------------------------ aws credentials
    k1, s1, k2, s2 = aws_key_id(r), aws_secret(r), aws_key_id(r, "ASIA"), aws_secret(r)
    st = aws_session_token(r)
    g.p("aws_credentials", f"""$ cat ~/.aws/credentials
[default]
aws_access_key_id = {k1}
aws_secret_access_key = {s1}

[prod-admin]
aws_access_key_id = {k2}
aws_secret_access_key = {s2}
aws_session_token = {st}
region = us-east-1""", [k1, s1, k2, s2, st])

    s3 = aws_secret(r)
    k3 = aws_key_id(r)
    g.p("aws_credentials", f"""PS C:\\Users\\jwhitaker> type $env:USERPROFILE\\.aws\\credentials
[terraform]
aws_access_key_id={k3}
aws_secret_access_key={s3}
PS C:\\Users\\jwhitaker> aws sts get-caller-identity --profile terraform
An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation""", [k3, s3])

    g.n("aws_credentials", """$ cat ~/.aws/config
[default]
region = eu-west-1
output = json

[profile prod-admin]
sso_session = acme
sso_account_id = 4{0}
sso_role_name = AdministratorAccess
region = us-east-1

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access""".format(digits(r, 11)))

    # ------------------------------------------------------------ kubeconfig
    sat = k8s_sa_jwt(r, "ci", "gitlab-deployer")
    g.p("kubeconfig", f"""apiVersion: v1
kind: Config
clusters:
- name: prod-aks
  cluster:
    certificate-authority-data: {_cert_b64(r)}
    server: https://prod-aks-{hexs(r, 8)}.hcp.westeurope.azmk8s.io:443
users:
- name: gitlab-deployer
  user:
    token: {sat}
contexts:
- name: prod
  context: {{cluster: prod-aks, user: gitlab-deployer, namespace: ci}}
current-context: prod""", [sat])

    keypem, lines = pem(r, "RSA1")
    ckd = b64enc(keypem + "\n")
    g.p("kubeconfig", f"""why does kubectl say "x509: certificate signed by unknown authority"? my config:
apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://k3s.home.lan:6443
    insecure-skip-tls-verify: false
  name: default
users:
- name: default
  user:
    client-certificate-data: {_cert_b64(r)}
    client-key-data: {ckd}
contexts:
- context: {{cluster: default, user: default}}
  name: default
current-context: default""", [ckd])

    g.n("kubeconfig", f"""apiVersion: v1
kind: Config
clusters:
- name: arn:aws:eks:eu-west-1:4{digits(r, 11)}:cluster/platform
  cluster:
    certificate-authority-data: {_cert_b64(r)}
    server: https://{hexs(r, 32).upper()}.gr7.eu-west-1.eks.amazonaws.com
users:
- name: eks-platform
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "platform", "--region", "eu-west-1"]
contexts:
- name: platform
  context: {{cluster: "arn:aws:eks:eu-west-1:cluster/platform", user: eks-platform}}
current-context: platform""")

    # ------------------------------------------------------------ rclone / restic / s3cmd
    rk, rsk = aws_key_id(r), aws_secret(r)
    b2id, b2key = "005" + hexs(r, 22), "K005" + alnum(r, 27)
    g.p("rclone_restic", f"""[wasabi]
type = s3
provider = Wasabi
access_key_id = {rk}
secret_access_key = {rsk}
endpoint = s3.eu-central-1.wasabisys.com

[b2-photos]
type = b2
account = {b2id}
key = {b2key}
hard_delete = false""", [rk, rsk, b2key])

    rpw = password(r, "phrase")
    b2key2 = "K005" + alnum(r, 27)
    g.p("rclone_restic", f"""# /root/.restic-env  (sourced by the backup timer)
export RESTIC_REPOSITORY="b2:acme-backups:/hosts/web01"
export RESTIC_PASSWORD="{rpw}"
export B2_ACCOUNT_ID="005{hexs(r, 22)}"
export B2_ACCOUNT_KEY="{b2key2}"
# restic snapshots -> "Fatal: wrong password or no key found" ???""", [rpw, b2key2])

    sk, ss = aws_key_id(r), aws_secret(r)
    gpgp = password(r, "random", "-_")
    g.p("rclone_restic", f"""$ cat ~/.s3cfg
[default]
access_key = {sk}
secret_key = {ss}
bucket_location = EU
gpg_passphrase = {gpgp}
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True""", [sk, ss, gpgp])

    g.n("rclone_restic", """# /root/.restic-env  (sourced by the backup timer)
export RESTIC_REPOSITORY="b2:acme-backups:/hosts/web01"
export RESTIC_PASSWORD_COMMAND="pass show infra/restic/web01"
export B2_ACCOUNT_ID="$(pass show infra/b2/key-id)"
export B2_ACCOUNT_KEY="$(pass show infra/b2/app-key)"
""")

    return g.cases
