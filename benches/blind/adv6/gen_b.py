"""Groups 4-6: space-aligned / CLI output, YAML flow, URIs."""
import base64 as _b64
from gen_lib import *
from gen_a import add

# ====================================================================== 4. space aligned / CLI
pp = [pw() for _ in range(4)]
add('spaced/plain', f"""Cleaning up the old shared creds file before we move to Bitwarden. It looks like this:

SERVICE        USERNAME       PASSWORD               NOTES
jenkins        admin          {pp[0]:<22} rotated 2024-03
grafana        admin          {pp[1]:<22}
portainer      admin          {pp[2]:<22} local auth only
minio          minioadmin     {pp[3]:<22} console + S3

Can you write the Bitwarden CSV import file from this?
""", pp)

pp = [pw(sym='!%^*-_=+.?@~'), pw(sym='!%^*-_=+.?@~')]
add('spaced/column-t', f"""$ column -t creds.txt
host                   user       password
mq-01.prod.internal    rabbit     {pp[0]}
mq-02.prod.internal    rabbit     {pp[1]}
$ ./check_mq.sh creds.txt
check_mq.sh: line 12: [: too many arguments

what's wrong with line 12? it is: if [ $(cut -d' ' -f3 <<< "$line") == "" ]; then
""", pp)

pv = pw(20)
add('spaced/vault', f"""$ vault kv get secret/prod/payments-db
====== Secret Path ======
secret/data/prod/payments-db

======= Metadata =======
Key                Value
---                -----
created_time       2024-05-21T09:41:27.118394Z
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            6

====== Data ======
Key         Value
---         -----
password    {pv}
username    payments_rw

How do I fetch only the password field as raw text for a script?
""", [pv])

vp = vault_pw()
add('spaced/vault', f"""$ vault read database/creds/readonly
Key                Value
---                -----
lease_id           database/creds/readonly/{rs(24)}
lease_duration     1h
lease_renewable    true
password           {vp}
username           v-token-readonly-{rs(20, LOW + DIG)}-1718000000

Then psql with that user works for about an hour and then fails. Is that the lease_duration? can I renew it?
""", [vp])

kp = pw(18)
add('spaced/kubectl', f"""$ kubectl -n prod get secret pg-app -o jsonpath='{{.data.password}}' | base64 -d
{kp}
$ kubectl -n prod exec deploy/api -- printenv DB_PASSWORD
{kp}
They match, but the app still says password authentication failed. The Postgres operator rotated something last night maybe?
""", [kp])

kp = pw(18)
kb = _b64.b64encode(kp.encode()).decode()
add('spaced/kubectl-yaml', f"""$ kubectl get secret db-credentials -n prod -o yaml
apiVersion: v1
data:
  password: {kb}
  username: YXBw
kind: Secret
metadata:
  creationTimestamp: "2024-05-02T10:11:12Z"
  name: db-credentials
  namespace: prod
  resourceVersion: "918273"
  uid: {uuid()}
type: Opaque

How do I mount only the password key as a file at /run/secrets/db_password?
""", [kb])

ep, es = pw(sym='!%^*-_=+.?@~'), stripe()
add('spaced/kubectl-env', f"""$ kubectl exec -it api-7d9f8c6b5-x2kqp -- env | sort
DB_HOST=pg-prd.internal
DB_PASSWORD={ep}
DB_USER=api
HOSTNAME=api-7d9f8c6b5-x2kqp
KUBERNETES_PORT=tcp://10.96.0.1:443
NODE_ENV=production
STRIPE_SECRET_KEY={es}
$ 
why is NODE_OPTIONS not there? I set it in the deployment spec under env
""", [ep, es])

dp, dk = pw(sym='!%^*-_=+.?@~'), sendgrid()
add('spaced/docker-inspect', f"""$ docker inspect --format '{{{{json .Config.Env}}}}' api | jq .
[
  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  "DATABASE_PASSWORD={dp}",
  "SENDGRID_API_KEY={dk}",
  "NODE_VERSION=20.12.2",
  "YARN_VERSION=1.22.19"
]
The container ignores my --env-file, these values are from the image. Which takes precedence?
""", [dp, dk])

cp = pw(sym='!%^*-_=+.?@~')
add('spaced/compose-config', f"""$ docker compose config
name: shop
services:
  db:
    environment:
      POSTGRES_DB: shop
      POSTGRES_PASSWORD: {cp}
      POSTGRES_USER: shop
    image: postgres:16
    networks:
      default: null
  web:
    depends_on:
      db:
        condition: service_started
        required: true
    environment:
      DATABASE_URL: postgres://shop:{cp}@db:5432/shop
    image: shop-web:latest

web starts before db accepts connections, how do I add a healthcheck condition?
""", [cp])

hu, hp, hr, hs = 'u' + rs(13, LOW + DIG), heroku_pw(), 'p' + hexs(63), hexs(128)
sg = sendgrid()
add('spaced/heroku', f"""$ heroku config -a acme-api
=== acme-api Config Vars
DATABASE_URL:     postgres://{hu}:{hp}@ec2-54-163-31-92.compute-1.amazonaws.com:5432/d{rs(13, LOW + DIG)}
REDIS_URL:        rediss://:{hr}@ec2-3-219-44-10.compute-1.amazonaws.com:25070
SECRET_KEY_BASE:  {hs}
SENDGRID_API_KEY: {sg}
WEB_CONCURRENCY:  3

rediss:// with the self-signed cert fails in redis-py with CERTIFICATE_VERIFY_FAILED. What's the recommended ssl_cert_reqs setting for heroku redis?
""", [hp, hr, hs, sg])

a, sa = akia(), aws_secret()
add('spaced/aws-cli', f"""$ aws iam create-access-key --user-name ci-deployer --output text
ACCESSKEY\t{a}\t2024-06-11T09:14:22+00:00\t{sa}\tActive\tci-deployer
$ aws configure --profile ci
AWS Access Key ID [None]:

I want to pipe the text output directly into aws configure set, can you write the one-liner with awk?
""", [a, sa])

op_ = pw(24)
add('spaced/1password', f"""$ op item get "Prod Postgres" --vault Infrastructure --reveal
ID:          {rs(26, LOW + DIG)}
Title:       Prod Postgres
Vault:       Infrastructure ({rs(26, LOW + DIG)})
Created:     8 months ago
Updated:     3 weeks ago by Jane Doe
Favorite:    false
Version:     4
Category:    DATABASE
Fields:
  type:        postgresql
  server:      db-prod.internal
  port:        5432
  database:    app
  username:    app_owner
  password:    {op_}

how do I get just the password with op read? what's the secret reference syntax?
""", [op_])

ps_ = pw(20)
add('spaced/pass', f"""$ pass show work/aws-console
{ps_}
login: jdoe@acme.io
url: https://acme-prod.signin.aws.amazon.com/console
otpauth://totp/AWS:jdoe?secret=<removed>&issuer=AWS

My browserpass extension fills the first line as the username instead of the password. Is the file format wrong?
""", [ps_])

az = azure_secret()
add('spaced/az-cli', f"""$ az ad sp create-for-rbac --name gh-actions-deployer --role contributor --scopes /subscriptions/{uuid()}/resourceGroups/rg-web
Creating 'contributor' role assignment under scope '/subscriptions/.../resourceGroups/rg-web'
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.
{{
  "appId": "{uuid()}",
  "displayName": "gh-actions-deployer",
  "password": "{az}",
  "tenant": "{uuid()}"
}}
Which of these go into the AZURE_CREDENTIALS secret for azure/login@v2?
""", [az])

gt = gho()
add('spaced/gh-cli', f"""$ gh auth status --show-token
github.com
  ✓ Logged in to github.com account octo-dev (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: {gt}
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'

git push still asks me for a password. how do I make git use the gh credential helper?
""", [gt])

rp = pw(32, sym='')
add('spaced/redis-cli', f"""127.0.0.1:6379> AUTH default wrongpass
(error) WRONGPASS invalid username-password pair or user is disabled.
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) "{rp}"

Wait, how could CONFIG GET work before AUTH succeeded? Is protected mode off?
""", [rp])

mp = pw(14, sym='!%^*-_=+.?@~')
add('spaced/ps', f"""$ ps aux | grep mysqldump
root      48213  2.1  0.4 142836 38220 ?        S    02:00   0:41 mysqldump -h db-prod.internal -u backup -p{mp} --single-transaction --routines shop
root      48290  0.0  0.0   6432   724 pts/0    S+   02:03   0:00 grep --color=auto mysqldump

the backup has been running for 3 hours, it usually takes 20 min. how do I see what it's waiting on?
""", [mp])

hk, np_ = uuid(), pw(sym='')
add('spaced/netrc', f"""My ~/.netrc (chmod 600):

machine api.heroku.com
  login jdoe@acme.io
  password {hk}
machine git.acme.internal login ci-bot password {np_}

curl -n https://git.acme.internal/api/v4/projects still returns 401. does curl read netrc entries on a single line?
""", [hk, np_])

wp = pw(14, sym='')
add('spaced/nmcli', f"""$ nmcli device wifi show-password
SSID: Office-5G
Security: WPA
Password: {wp}

I need the same network on a headless Pi, what's the nmcli command to connect with this?
""", [wp])

sk = rs(40)
add('spaced/security', f"""$ security find-generic-password -s "jenkins-api" -a "jdoe" -w
{sk}
$ curl -u jdoe:$(security find-generic-password -s jenkins-api -a jdoe -w) https://ci.acme.io/api/json
Authentication required

Why would the same token work in the browser-generated curl but not here?
""", [sk])

wk = b64s(43) + '='
add('spaced/wg', f"""$ sudo wg showconf wg0
[Interface]
ListenPort = 51820
FwMark = 0xca6c
PrivateKey = {wk}

[Peer]
PublicKey = {b64s(43)}=
AllowedIPs = 10.8.0.2/32
Endpoint = 203.0.113.7:51820

Handshake never completes. Is the FwMark thing related?
""", [wk])

# --- spaced negatives
add('spaced/kubectl', """$ kubectl get secrets -n prod
NAME                  TYPE                                  DATA   AGE
db-credentials        Opaque                                2      41d
regcred               kubernetes.io/dockerconfigjson        1      210d
tls-api               kubernetes.io/tls                     2      12d
why doesn't the default service account token show up here anymore on 1.29?
""")

add('spaced/kubectl', """$ kubectl describe secret db-credentials -n prod
Name:         db-credentials
Namespace:    prod
Labels:       app=api
Annotations:  <none>

Type:  Opaque

Data
====
password:  24 bytes
username:  3 bytes
""")

add('spaced/fly', """$ fly secrets list -a acme-api
NAME              DIGEST              CREATED AT
DATABASE_URL      a1b2c3d4e5f60718    2024-05-11T10:22:01Z
SENTRY_DSN        9f8e7d6c5b4a3021    2024-03-02T08:00:45Z
STRIPE_API_KEY    0c1d2e3f4a5b6c7d    2024-05-30T16:12:19Z
Is the digest a hash of the value? Can I use it to check whether staging and prod have the same secret?
""")

add('spaced/terraform', """$ terraform output
db_endpoint = "acme-prod.cluster-c9xq2.eu-west-1.rds.amazonaws.com"
db_password = <sensitive>
db_username = "app_admin"
redis_auth_token = <sensitive>
""")

add('spaced/gh-cli', """$ gh auth status
github.com
  ✓ Logged in to github.com account octo-dev (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: gho_************************************
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'
""")

add('spaced/docker', """$ docker secret ls
ID                          NAME              DRIVER    CREATED        UPDATED
k1v7g3p0x2m9q4r8t6w5y1z3a   db_password                 3 weeks ago    3 weeks ago
n4b8c2d6f0h1j5k9l3m7p2q6s   stripe_api_key              2 days ago     2 days ago
""")

add('spaced/wg', """$ sudo wg show
interface: wg0
  public key: 6dFhK2oTqP0xVbN8mYc3Lr5sZ7uA1eW9gJ4iH0kQ2nM=
  private key: (hidden)
  listening port: 51820

peer: Qm7rT2xB9vK4nP1sL8cZ5yW0eJ3hF6gD2aU7iO4tR1k=
  endpoint: 203.0.113.7:51820
  allowed ips: 10.8.0.2/32
  latest handshake: (none)
""")

add('spaced/plain', """$ rabbitmqctl list_users
Listing users ...
user        tags
admin       [administrator]
monitoring  [monitoring]
app         []
""")

# ====================================================================== 5. YAML flow
YS = '!%^*-_=+.?@~'  # safe-ish symbols for plain/quoted yaml scalars
p = pw(sym='*-_=+.~')
add('yaml/flow-map', f"""database: {{host: db.internal, port: 5432, user: app, password: {p}, name: app_prod}}
cache: {{host: redis.internal, port: 6379}}

PyYAML loads this fine but our Go service using gopkg.in/yaml.v3 says "did not find expected ',' or '}}'". Why?
""", [p])

p = pw(sym=YS)
add('yaml/flow-env', f"""      containers:
        - name: api
          image: ghcr.io/acme/api:2.3.1
          env: [{{name: DB_HOST, value: pg-prd}}, {{name: DB_PASSWORD, value: "{p}"}}, {{name: LOG_LEVEL, value: info}}]

kubectl apply says: error converting YAML to JSON: yaml: line 4: did not find expected key. What's wrong with line 4?
""", [p])

t = hexs(40)
add('yaml/flow-list-item', f"""          env:
            - {{name: PORT, value: "8080"}}
            - {{name: API_TOKEN, value: {t}}}
            - {{name: FEATURE_FLAGS, value: "beta,new-checkout"}}
Is it valid to mix flow mappings inside a block sequence like this? It works but my linter complains.
""", [t])

p = [pw(sym='-_=+.~') for _ in range(2)]
add('yaml/ansible', f"""mysql_users: [{{name: app, host: "%", password: "{p[0]}", priv: "app.*:ALL"}}, {{name: report, host: "10.0.%", password: "{p[1]}", priv: "app.*:SELECT"}}]

The community.mysql.mysql_user task with loop: "{{{{ mysql_users }}}}" changes the password every run. How do I make it idempotent?
""", p)

p = pw(sym='-_=+.~')
add('yaml/compose', f"""services:
  db:
    image: postgres:16-alpine
    environment: {{POSTGRES_USER: keycloak, POSTGRES_PASSWORD: {p}, POSTGRES_DB: keycloak}}
    volumes: [pgdata:/var/lib/postgresql/data]
Keycloak can't connect; do flow mappings in environment behave the same as the list form?
""", [p])

t = ghp()
add('yaml/gha-with', f"""      - uses: actions/checkout@v4
        with: {{repository: acme/shared-config, token: {t}, path: shared}}
I know I should use a secret here, just testing. Why does checkout fail with "Repository not found"?
""", [t])

a, sa = akia(), aws_secret()
add('yaml/flow-map', f"""aws: {{aws_access_key_id: {a}, aws_secret_access_key: "{sa}", region: us-west-2}}
""", [a, sa])

mp = pw(sym='-_=+.~')
add('yaml/flow-multiline', f"""mailer:
  smtp: {{
    host: smtp.mailgun.org,
    port: 587,
    user: postmaster@mg.acme.io,
    pass: '{mp}'
  }}
Nodemailer gives "Invalid login: 535 Authentication failed". Is the single-quoted pass parsed literally?
""", [mp])

cs = [rs(32), rs(32)]
add('yaml/nested-flow', f"""oauth:
  clients: [{{id: web, secret: {cs[0]}, redirect: "https://app.acme.io/cb"}}, {{id: cli, secret: {cs[1]}, redirect: "http://127.0.0.1:8765/cb"}}]
""", cs)

sk_ = stripe()
add('yaml/flow-list-item', f"""        env:
        - {{name: STRIPE_PUBLISHABLE_KEY, value: pk_live_{rs(40)}}}
        - {{name: STRIPE_SECRET_KEY, value: {sk_}}}
which of these is safe to expose to the frontend?
""", [sk_])

st = slack()
add('yaml/serverless', f"""functions:
  notify:
    handler: handler.notify
    environment: {{SLACK_BOT_TOKEN: {st}, SLACK_CHANNEL: "#alerts"}}
serverless deploy says the channel is not found, the # is maybe parsed as comment?
""", [st])

bp = pw(sym='-_=+.~')
add('yaml/prometheus', f"""scrape_configs:
  - job_name: node
    basic_auth: {{username: prom, password: {bp}}}
    static_configs: [{{targets: ["10.0.1.5:9100", "10.0.1.6:9100"]}}]
promtool check config passes but the targets are DOWN with 401.
""", [bp])

jt = jwt()
add('yaml/flow-map', f"""datasources:
  - {{name: backend, url: "https://api.acme.io/graphql", auth: {{type: bearer, token: {jt}}}}}
""", [jt])

u = [pw(sym='-_=+.~'), pw(sym='-_=+.~')]
add('yaml/flow-list', f"""users: [{{login: alice, pass: {u[0]}, admin: true}}, {{login: bob, pass: {u[1]}, admin: false}}]
How do I iterate this in a Helm template and create one htpasswd line per user?
""", u)

hp = pw(sym='-_.~')
add('yaml/helm-inline', f"""auth: {{enabled: true, rootPassword: "{hp}", replicaSetKey: {hexs(32)}}}
^ my values override for bitnami/mongodb. the pods crashloop with "Authentication failed". Does the rootPassword get reused from the existing PVC?
""", [hp])

ak = anthropic()
add('yaml/flow-map', f"""llm: {{provider: anthropic, model: claude-3-5-sonnet-latest, api_key: '{ak}', max_tokens: 1024}}
Why does the SDK ignore the api_key from this config and read ANTHROPIC_API_KEY instead?
""", [ak])

# --- YAML negatives
add('yaml/flow-env', """          env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db-credentials, key: password}}}, {name: LOG_LEVEL, value: info}]
Is the nested flow style here going to trip up kustomize patches?
""")

add('yaml/flow-map', """resources: {limits: {cpu: 500m, memory: 256Mi}, requests: {cpu: 100m, memory: 128Mi}}
ports: [{containerPort: 8080, name: http}, {containerPort: 9090, name: metrics}]
""")

add('yaml/flow-map', """database: {host: "${DB_HOST}", user: "${DB_USER}", password: "${DB_PASSWORD}", name: app}
Does docker compose interpolate these inside a flow mapping?
""")

add('yaml/flow-list', """tags: [web, prod, eu-west-1, team-payments]
regions: [eu-west-1, eu-central-1]
""")

add('yaml/flow-map', """password_policy: {min_length: 12, require_symbol: true, require_digit: true, max_age_days: 0}
""")

add('yaml/flow-list-item', """          env:
            - {name: API_TOKEN, value: ""}
            - {name: API_URL, value: "https://api.example.com"}
The token is injected later by the sidecar; is an empty value OK or should I omit it?
""")

add('yaml/ansible', """mysql_users: [{name: app, host: "%", password: "{{ vault_mysql_app_password }}", priv: "app.*:ALL"}]
""")

# ====================================================================== 6. URIs
def enc_pw():
    raw = pw(sym='@#:/!$*~')
    enc = raw.replace('%', '%25').replace('@', '%40').replace('#', '%23').replace(':', '%3A').replace('/', '%2F')
    return enc

e = enc_pw()
add('uri/postgres', f"""sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.2.15), port 5432 failed: FATAL:  password authentication failed for user "app"

engine = create_engine("postgresql+psycopg2://app:{e}@db.internal:5432/app")

I percent-encoded the password, is that what's breaking it?
""", [e])

raw = pw(14, sym='#!$') + '#' + rs(4)
add('uri/mysql-raw-hash', f"""Why does this fail with "invalid port number"? The password contains a # character.

DATABASE_URL=mysql://root:{raw}@127.0.0.1:3306/shop
""", [raw])

mp = pw(sym='~()!*-_.')
add('uri/mongodb-srv', f"""const uri = "mongodb+srv://admin:{mp}@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0";
MongoServerSelectionError: connection <monitor> to 34.240.12.8:27017 closed
Is it my IP allowlist or the URI?
""", [mp])

rp = rs(8) + '%2F' + rs(12)
add('uri/redis-emptyuser', f"""celery -A proj worker --loglevel=INFO
[2024-06-12 10:01:55,332: ERROR/MainProcess] consumer: Cannot connect to redis://:**@redis:6379/0: Authentication required.

CELERY_BROKER_URL = "redis://:{rp}@redis:6379/0"

The log masks it as ** so I can't tell whether the password even got passed.
""", [rp])

ap = pw(sym='-_.~!*')
add('uri/amqp', f"""amqp://orders:{ap}@rabbit-01.internal:5672/%2F
^ broker url for our pika consumer. The vhost %2F means "/", right? Connection resets after 60s.
""", [ap])

jp = pw(sym='-_.~!*')
add('uri/jdbc-query', f"""spring.datasource.url=jdbc:postgresql://pg-prd.internal:5432/billing?user=billing_app&password={jp}&sslmode=require
spring.jpa.hibernate.ddl-auto=validate

HikariPool-1 - Exception during pool initialization. Does Spring still need spring.datasource.password if it's in the URL?
""", [jp])

sp = pw(sym='!#%^*-_=+.?@~$')
add('uri/adonet', f"""Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=Orders;Persist Security Info=False;User ID=orders_app;Password={sp};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;

EF Core migration says "Login failed for user 'orders_app'". The password works in SSMS.
""", [sp])

gs = ghs()
add('uri/git-https', f"""$ git clone https://x-access-token:{gs}@github.com/acme/infra-live.git
Cloning into 'infra-live'...
remote: Write access to repository not granted.
fatal: unable to access 'https://github.com/acme/infra-live.git/': The requested URL returned error: 403

This is in a GitHub App workflow, only clone is needed, why does it mention write access?
""", [gs])

fp = pw(sym='-_.~!*')
add('uri/ftp', f"""lftp -e "mirror -R ./dist /public_html; bye" ftp://deploy:{fp}@ftp.hosting-provider.net
mirror: Access failed: 550 /public_html: No such file or directory
""", [fp])

sg = sendgrid()
add('uri/smtp', f"""MAILER_DSN=smtp://apikey:{sg}@smtp.sendgrid.net:587
Symfony mailer: "Expected response code 250 but got code 535, with message 535 Authentication failed: Bad username / password". Do I need to urlencode the key?
""", [sg])

dp = pw(sym='-_.~!*')
add('uri/dotenv', f"""# .env
APP_ENV=production
DATABASE_URL="postgresql://app_user:{dp}@pg-prod.c9akciq32.eu-central-1.rds.amazonaws.com:5432/app?serverVersion=16&charset=utf8"
MESSENGER_TRANSPORT_DSN=doctrine://default
""", [dp])

sp_raw = rs(5) + ' ' + rs(6)
sp = sp_raw.replace(' ', '%20') + '!'
add('uri/space-encoded', f"""The DBA gave me a password with a space in it, I encoded it as %20:

psql "postgresql://analyst:{sp}@warehouse.internal:5432/dwh?sslmode=require"
psql: error: connection to server failed: FATAL:  password authentication failed for user "analyst"
""", [sp])

raw = rs(3) + '@' + rs(4) + '@' + rs(5) + '1'
add('uri/raw-at', f"""Getting "could not translate host name ... to address: Name or service not known" from psycopg with:

postgres://admin:{raw}@db.internal/app

the password really is {raw}, do I have to escape the @?
""", [raw])

cp = pw(sym='-_.~!*')
add('uri/clickhouse', f"""clickhouse-client --host ch-01.internal --secure --port 9440 --user default --password '{cp}'
vs
clickhouse://default:{cp}@ch-01.internal:9440/analytics?secure=true

The CLI works but the Go driver with the URL times out.
""", [cp])

ep = pw(20, sym='')
add('uri/elastic', f"""curl -k https://elastic:{ep}@es01.internal:9200/_cluster/health?pretty
{{
  "cluster_name" : "logs-prod",
  "status" : "yellow",
  "number_of_nodes" : 1,
  "unassigned_shards" : 12
}}
why yellow with one node?
""", [ep])

pt = pypi()
add('uri/pip-index', f"""pip install --index-url https://__token__:{pt}@upload.pypi.org/legacy/ acme-utils
ERROR: Could not find a version that satisfies the requirement acme-utils (from versions: none)
I'm pointing at the upload URL, that's wrong for install right?
""", [pt])

xp = rs(6) + '2024%21'
add('uri/proxy', f"""export https_proxy=http://CORP%5Cjdoe:{xp}@proxy.corp.local:8080
npm install hangs at "idealTree: timing idealTree". curl through the proxy works.
""", [xp])

cp = rs(9) + '%3A' + rs(6)
add('uri/colon-encoded', f"""The password contains a colon so I encoded it:
REDIS_URL=redis://cache_user:{cp}@redis.internal:6379/2
ioredis: ReplyError: WRONGPASS invalid username-password pair
""", [cp])

# --- URI negatives
add('uri/placeholder', """To connect, set DATABASE_URL like this:

    postgres://user:password@localhost:5432/mydb

and run `npm run migrate`. Why does prisma say "P1001: Can't reach database server"?
""")

add('uri/placeholder', """Connection string format (from our README):

postgresql://<user>:<password>@<host>:5432/<database>?sslmode=require
""")

add('uri/placeholder', """DATABASE_URL=postgres://${DB_USER}:${DB_PASS}@${DB_HOST}:5432/app
The variables aren't expanded inside the .env file when docker compose reads it. Why?
""")

add('uri/placeholder', """Syntax: mysql://USERNAME:PASSWORD@HOST:PORT/DATABASE
""")

add('uri/placeholder', """r = redis.from_url("redis://user:pass@localhost:6379/0")  # example from the docs
""")

add('uri/masked', """2024-06-12T08:14:03.551Z INFO  db: connecting to postgres://app:****@db.internal:5432/app (pool=10)
2024-06-12T08:14:33.552Z ERROR db: connection timeout after 30000ms
""")

add('uri/docs-syntax', """The standard format is:
mongodb://[username:password@]host1[:port1][,...hostN[:portN]][/[defaultauthdb][?options]]
""")

add('uri/no-creds', """$ git remote -v
origin  https://github.com/acme/web.git (fetch)
origin  git@github.com:acme/web.git (push)
Why are fetch and push different here?
""")

add('uri/format-string', """DSN = "postgresql://%s:%s@%s:%d/%s" % (user, password, host, port, dbname)
DSN2 = f"postgresql://{user}:{password}@{host}:{port}/{dbname}"
Which one handles special characters in the password correctly? Neither?
""")

add('uri/empty', """spring.datasource.url=jdbc:mysql://localhost:3306/test?user=root&password=&useSSL=false
Local dev uses an empty root password; Hikari still fails with Access denied.
""")

add('uri/masked', """Sentry breadcrumb: GET https://admin:xxxxxxxx@internal-metrics.acme.io/api/v1/query -> 401
""")
