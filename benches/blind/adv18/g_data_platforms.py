"""data_platforms: hosted databases and data/vector platforms."""
import json
import random

from common import (Collector, crlf, rs, hexs, b62, digits, uuid4, b64, jwt,
                    password, rbytes, pem_block, ALNUM, LOWALNUM, UPALNUM, B64URL, LOWER)

SEED = 18001
GROUP = "data_platforms"


def dapi(rng, suffix=False):
    return "dapi" + hexs(rng, 32) + ("-2" if suffix else "")


def npg(rng):
    return "npg_" + b62(rng, 12)


def pscale(rng, kind):
    return "pscale_%s_%s" % (kind, rs(rng, ALNUM + "_", 43))


def turso_jwt(rng):
    return jwt(rng, {"alg": "EdDSA", "typ": "JWT"},
               {"a": "rw", "iat": 1718000000 + rng.randrange(10 ** 7),
                "id": uuid4(rng), "rid": uuid4(rng)}, 64)


def upstash_rest_token(rng):
    raw = bytes([0x01, rng.randrange(256), rng.randrange(256), 0x01, 0x24, 0x20]) + \
        uuid4(rng).encode() + hexs(rng, 32).encode()
    return b64(raw)


def qstash_token(rng):
    return b64(json.dumps({"UserID": uuid4(rng), "Password": hexs(rng, 32)},
                          separators=(",", ":")))


def ch_secret(rng):
    return "4b1d" + b62(rng, 38)


def pinecone(rng):
    return "pcsk_%s_%s" % (b62(rng, rng.choice([5, 6])), b62(rng, 63))


def astra(rng):
    return "AstraCS:%s:%s" % (rs(rng, ALNUM, 24), hexs(rng, 64))


def elastic_apikey(rng):
    ident = rs(rng, B64URL, 20)
    key = rs(rng, B64URL, 22)
    return b64("%s:%s" % (ident, key))


def neon_host(rng):
    words = ["cool", "dry", "round", "blue", "young", "muddy", "super", "still"]
    nouns = ["shadow", "meadow", "bread", "morning", "darkness", "dew", "river", "sound"]
    return "ep-%s-%s-%s-pooler.%s.aws.neon.tech" % (
        rng.choice(words), rng.choice(nouns), rs(rng, LOWALNUM, 8),
        rng.choice(["us-east-2", "eu-central-1", "ap-southeast-1", "us-west-2"]))


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # 1 dbt profiles.yml - snowflake password
    for _ in range(2):
        pw = password(rng, rng.choice([14, 18, 22]))
        acct = "%s-%s" % (rs(rng, UPALNUM, 7), rs(rng, UPALNUM, 7))
        txt = """analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: %s
      user: DBT_TRANSFORMER
      password: "%s"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: dbt_prod
      threads: 8
      client_session_keep_alive: false
""" % (acct, pw)
        if _ == 1:
            txt = "why does dbt debug say 'Incorrect username or password was specified'?? my profile:\n\n```yaml\n" + \
                txt.replace('"%s"' % pw, "'%s'" % pw) + "```\n"
        c.pos("dbt_snowflake", txt, [pw])

    # 2 dbt databricks token
    tok = dapi(rng)
    host = "dbc-%s-%s.cloud.databricks.com" % (hexs(rng, 8), hexs(rng, 4))
    c.pos("dbt_databricks", """# ~/.dbt/profiles.yml
lakehouse:
  target: dev
  outputs:
    dev:
      type: databricks
      catalog: main
      schema: dbt_%s
      host: %s
      http_path: /sql/1.0/warehouses/%s
      token: %s
      threads: 4
""" % (rs(rng, LOWER, 6), host, hexs(rng, 16), tok), [tok])

    # 3 Neon .env
    for i in range(2):
        pw = npg(rng)
        h = neon_host(rng)
        if i == 0:
            txt = "DATABASE_URL=postgresql://neondb_owner:%s@%s/neondb?sslmode=require&channel_binding=require\nDIRECT_URL=postgresql://neondb_owner:%s@%s/neondb?sslmode=require\nNEXT_PUBLIC_APP_URL=http://localhost:3000\n" % (pw, h, pw, h.replace("-pooler", ""))
            c.pos("neon_env", crlf(txt), [pw])
        else:
            txt = "prisma migrate keeps timing out against neon, here's what I have in schema.prisma + env:\n\ndatasource db {\n  provider  = \"postgresql\"\n  url       = env(\"DATABASE_URL\")\n}\n\n# .env.local\nDATABASE_URL=\"postgres://app_rw:%s@%s/shop?sslmode=require&connect_timeout=15\"\n" % (pw, h)
            c.pos("neon_env", txt, [pw])

    # 4 PlanetScale password + service token
    pw = pscale(rng, "pw")
    c.pos("planetscale_url", """spring.datasource.url=jdbc:mysql://aws.connect.psdb.cloud/inventory?sslMode=VERIFY_IDENTITY
spring.datasource.username=%s
spring.datasource.password=%s
spring.jpa.hibernate.ddl-auto=none
""" % (rs(rng, LOWALNUM, 12), pw), [pw])
    tid = rs(rng, LOWALNUM, 12)
    tk = pscale(rng, "tkn")
    c.pos("planetscale_cli", """$ export PLANETSCALE_SERVICE_TOKEN_ID=%s
$ export PLANETSCALE_SERVICE_TOKEN=%s
$ pscale deploy-request create inventory add-sku-index --org acme-retail
Error: unable to create deploy request: Not Found
""" % (tid, tk), [tk])
    pw2 = pscale(rng, "pw")
    c.pos("planetscale_url", "DATABASE_URL='mysql://%s:%s@aws.connect.psdb.cloud/blog?sslaccept=strict'\n" % (rs(rng, LOWALNUM, 12), pw2), [pw2])

    # 5 Turso
    tok = turso_jwt(rng)
    c.pos("turso", """// drizzle.config.ts
import type { Config } from "drizzle-kit";

export default {
  schema: "./src/db/schema.ts",
  out: "./migrations",
  dialect: "turso",
  dbCredentials: {
    url: "libsql://notes-%s.turso.io",
    authToken: "%s",
  },
} satisfies Config;
""" % (rs(rng, LOWER, 8), tok), [tok])
    tok = turso_jwt(rng)
    c.pos("turso", """$ turso db tokens create edge-cache --expiration none
%s
$ turso db shell libsql://edge-cache-%s.turso.io
""" % (tok, rs(rng, LOWER, 7)), [tok])

    # 6 Upstash Redis
    t = upstash_rest_token(rng)
    sub = "%s-%s-%s" % (rng.choice(["usw1", "eu2", "apn1", "us1"]), rng.choice(["fond", "smart", "brave", "calm"]), rng.choice(["lynx", "eagle", "panda", "hare"]))
    c.pos("upstash_redis", """UPSTASH_REDIS_REST_URL="https://%s-%s.upstash.io"
UPSTASH_REDIS_REST_TOKEN="%s"
RATE_LIMIT_PER_MINUTE=60
""" % (sub, digits(rng, 5), t), [t])
    pw = b62(rng, 32)
    c.pos("upstash_redis", """>>> import redis
>>> r = redis.from_url("rediss://default:%s@%s-%s.upstash.io:6379")
>>> r.ping()
True
""" % (pw, sub, digits(rng, 5)), [pw])

    # 7 QStash
    t = qstash_token(rng)
    k1, k2 = "sig_" + b62(rng, 28), "sig_" + b62(rng, 28)
    c.pos("upstash_qstash", """QSTASH_URL=https://qstash.upstash.io
QSTASH_TOKEN=%s
QSTASH_CURRENT_SIGNING_KEY=%s
QSTASH_NEXT_SIGNING_KEY=%s
""" % (t, k1, k2), [t, k1, k2])

    # 8 Snowflake JDBC
    pw = password(rng, 16)
    acct = rs(rng, LOWER, 2) + digits(rng, 5)
    c.pos("snowflake_jdbc", "2024-06-11 08:14:02 ERROR c.a.etl.Loader - connect failed url=jdbc:snowflake://%s.eu-central-1.snowflakecomputing.com/?user=ETL_SVC&password=%s&warehouse=LOAD_WH&db=RAW&role=LOADER\nnet.snowflake.client.jdbc.SnowflakeSQLException: JWT token is invalid.\n" % (acct, pw), [pw])

    # 9 Snowflake in notebook JSON
    pw = password(rng, 15)
    cell = {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
            "source": ["import snowflake.connector\n",
                       "conn = snowflake.connector.connect(\n",
                       "    user='ANALYST_RO',\n",
                       "    password='%s',\n" % pw,
                       "    account='%s-%s',\n" % (rs(rng, UPALNUM, 7), rs(rng, UPALNUM, 7)),
                       "    warehouse='ADHOC_XS')\n"]}
    c.pos("notebook", json.dumps({"cells": [cell], "nbformat": 4, "nbformat_minor": 5}, indent=1), [pw])

    # 10 Databricks curl / ODBC
    tok = dapi(rng, suffix=True)
    ws = digits(rng, 16)
    c.pos("databricks_curl", """curl -s -H "Authorization: Bearer %s" \\
  https://adb-%s.%d.azuredatabricks.net/api/2.0/clusters/list | jq '.clusters[].cluster_name'
""" % (tok, ws, rng.randrange(1, 20)), [tok])
    tok = dapi(rng)
    c.pos("databricks_odbc", "Driver=/opt/simba/spark/lib/64/libsparkodbc_sb64.so;Host=adb-%s.%d.azuredatabricks.net;Port=443;HTTPPath=/sql/1.0/warehouses/%s;SSL=1;ThriftTransport=2;AuthMech=3;UID=token;PWD=%s\n" % (digits(rng, 16), rng.randrange(1, 20), hexs(rng, 16), tok), [tok])
    tok = dapi(rng)
    c.pos("databricks_cfg", crlf("""[DEFAULT]
host  = https://dbc-%s-%s.cloud.databricks.com
token = %s

[staging]
host  = https://dbc-%s-%s.cloud.databricks.com
token = %s
""" % (hexs(rng, 8), hexs(rng, 4), tok, hexs(rng, 8), hexs(rng, 4), "dapi" + hexs(rng, 32))), [tok])
    # the last line's token is also a secret; record it
    last = c.cases[-1]
    last["secrets"].append(last["text"].split("token = ")[2].split("\r\n")[0])

    # 11 ClickHouse Cloud
    kid, sec = b62(rng, 20), ch_secret(rng)
    c.pos("clickhouse", """curl --user '%s:%s' \\
  https://api.clickhouse.cloud/v1/organizations/%s/services
""" % (kid, sec, uuid4(rng)), [sec])
    pw = b62(rng, 14) + "~" + b62(rng, 3)
    c.pos("clickhouse", "clickhouse client --host %s.europe-west4.gcp.clickhouse.cloud --secure --port 9440 --user default --password '%s' --query \"SELECT count() FROM events\"\n" % (rs(rng, LOWALNUM, 10), pw), [pw])

    # 12 MongoDB Atlas SRV
    for i in range(2):
        pw = b62(rng, 10) + "%40" + b62(rng, 6)
        cl = "cluster%d.%s.mongodb.net" % (rng.randrange(3), rs(rng, LOWALNUM, 5))
        if i == 0:
            txt = "const uri = \"mongodb+srv://orders-api:%s@%s/?retryWrites=true&w=majority&appName=Cluster0\";\nconst client = new MongoClient(uri, { serverApi: ServerApiVersion.v1 });\n" % (pw, cl)
        else:
            txt = "Hallo zusammen, ich bekomme beim Verbinden mit Compass immer 'bad auth : authentication failed'. Der String:\nmongodb+srv://reporting:%s@%s/analytics?authSource=admin\nWas mache ich falsch?\n" % (pw, cl)
        c.pos("mongodb_srv", txt, [pw])
    priv = uuid4(rng)
    c.pos("mongodb_atlas_api", """# ~/.config/atlascli/config.toml
[default]
  org_id = "%s"
  output = "json"
  private_api_key = "%s"
  public_api_key = "%s"
  service = "cloud"
""" % (hexs(rng, 24), priv, rs(rng, LOWER, 8)), [priv])

    # 13 Pinecone
    for i in range(2):
        k = pinecone(rng)
        if i == 0:
            txt = "from pinecone import Pinecone\n\npc = Pinecone(api_key=\"%s\")\nindex = pc.Index(host=\"https://docs-%s.svc.aped-4627-b74a.pinecone.io\")\nprint(index.describe_index_stats())\n" % (k, rs(rng, LOWALNUM, 7))
        else:
            txt = "PINECONE_API_KEY=%s\nPINECONE_INDEX=support-articles\nEMBED_DIM=1536\n" % k
        c.pos("pinecone", txt, [k])

    # 14 Weaviate / Qdrant
    k = b62(rng, 40)
    c.pos("weaviate", """import weaviate
from weaviate.classes.init import Auth

client = weaviate.connect_to_weaviate_cloud(
    cluster_url="https://%s.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("%s"),
)
""" % (rs(rng, LOWALNUM, 20), k), [k])
    qk = jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"access": "m", "exp": 1767225600}, 32)
    c.pos("qdrant", """qdrant:
  url: https://%s-%s-%s.us-east4-0.gcp.cloud.qdrant.io:6333
  api_key: %s
  collection: product_embeddings
""" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 12), qk), [qk])
    qk2 = b62(rng, 48)
    c.pos("qdrant", "curl -X GET 'https://%s.eu-central-1-0.aws.cloud.qdrant.io:6333/collections' \\\n  --header 'api-key: %s'\n" % (uuid4(rng), qk2), [qk2])

    # 15 Elastic Cloud
    ak = elastic_apikey(rng)
    cid = "search-prod:" + b64("europe-west1.gcp.cloud.es.io:443$%s$%s" % (hexs(rng, 32), hexs(rng, 32)))
    c.pos("elastic", """from elasticsearch import Elasticsearch

es = Elasticsearch(
    cloud_id="%s",
    api_key="%s",
)
""" % (cid, ak), [ak])
    ak = elastic_apikey(rng)
    c.pos("elastic", "POST /_bulk 401 Unauthorized\nrequest headers: {'Authorization': 'ApiKey %s', 'Content-Type': 'application/x-ndjson'}\n" % ak, [ak])

    # 16 Redis ACL URL
    pw = password(rng, 20)
    c.pos("redis_acl", """# config/initializers/sidekiq.rb
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://sidekiq-writer:%s@redis-%s.c%d.us-east-1-3.ec2.redns.redis-cloud.com:%s/0" }
end
""" % (pw, digits(rng, 5), rng.randrange(1, 300), digits(rng, 5)), [pw])
    pw = b62(rng, 24)
    c.pos("redis_acl", """services:
  cache:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "%s", "--appendonly", "yes"]
""" % pw, [pw])

    # 17 Astra
    t = astra(rng)
    c.pos("astra", """export ASTRA_DB_API_ENDPOINT="https://%s-us-east1.apps.astra.datastax.com"
export ASTRA_DB_APPLICATION_TOKEN="%s"
python ingest.py --collection docs_v2
""" % (uuid4(rng), t), [t])
    cid, csec, t = rs(rng, ALNUM, 24), rs(rng, ALNUM + ",.-+_", 100), astra(rng)
    c.pos("astra", json.dumps({"clientId": cid, "secret": csec, "token": t}, indent=2), [csec, t])
    t = astra(rng)
    c.pos("astra", "cqlsh -u token -p %s -b secure-connect-telemetry.zip -k metrics\n" % t, [t])

    # 18 BigQuery service account JSON
    pkid = hexs(rng, 40)
    pem = pem_block(rng, "PRIVATE KEY", 480)
    body = pem.split("\n")[1:-1]
    sa = {"type": "service_account", "project_id": "acme-analytics-%s" % digits(rng, 6),
          "private_key_id": pkid, "private_key": pem + "\n",
          "client_email": "bq-loader@acme-analytics.iam.gserviceaccount.com",
          "client_id": digits(rng, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token"}
    c.pos("bigquery_sa", json.dumps(sa, indent=2), [pkid] + body)

    # 19 Airbyte / Fivetran
    pw = password(rng, 18)
    c.pos("airbyte", json.dumps({"sourceDefinitionId": uuid4(rng), "name": "orders-pg",
                                 "connectionConfiguration": {"host": "orders-db.internal", "port": 5432,
                                                             "database": "orders", "username": "airbyte_ro",
                                                             "password": pw, "ssl_mode": {"mode": "require"},
                                                             "replication_method": {"method": "CDC"}}}), [pw])
    fk, fs = b62(rng, 16), b62(rng, 32)
    basic = b64("%s:%s" % (fk, fs))
    c.pos("fivetran", """POST https://api.fivetran.com/v1/connectors HTTP/1.1
Authorization: Basic %s
Content-Type: application/json

{"service": "snowflake", "group_id": "%s", "config": {"host": "%s.snowflakecomputing.com", "user": "FIVETRAN", "password": "%s"}}
""" % (basic, rs(rng, LOWER, 12) + "_" + rs(rng, LOWER, 6), rs(rng, LOWER, 2) + digits(rng, 5), (pw2 := password(rng, 16))), [basic, pw2])

    # 20 Snowflake key-pair passphrase
    pp = password(rng, 20)
    pem = pem_block(rng, "ENCRYPTED PRIVATE KEY", 360)
    c.pos("snowflake_keypair", """snowflake_prod:
  outputs:
    ci:
      type: snowflake
      account: %s
      user: CI_DEPLOYER
      private_key: |
%s
      private_key_passphrase: %s
""" % (rs(rng, LOWER, 2) + digits(rng, 5), "\n".join("        " + l for l in pem.split("\n")), pp),
        [pp] + pem.split("\n")[1:-1])

    # 21 Supabase service role
    ref = rs(rng, LOWER, 20)
    sr = jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1712000000, "exp": 2027576000}, 32)
    c.pos("supabase", "SUPABASE_URL=https://%s.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=%s\n" % (ref, sr), [sr])

    # 22 ODBC ini / connection dialog
    pw = password(rng, 13)
    c.pos("odbc_ini", crlf("""[SnowflakeDSII]
Description=Snowflake DSII
Driver=/usr/lib64/snowflake/odbc/lib/libSnowflake.so
Locale=en-US
Server=%s.snowflakecomputing.com
uid=BI_READER
pwd=%s
role=BI
warehouse=BI_WH
""" % (rs(rng, LOWER, 2) + digits(rng, 5), pw)), [pw])
    pw = password(rng, 12)
    c.pos("connection_dialog", """Hola, no puedo conectar DBeaver a la base de datos de staging. Estos son los datos que puse:

Host: %s
Puerto: 5432
Base de datos: staging
Usuario: app_staging
Contraseña: %s

Me sale "FATAL: password authentication failed". ¿Alguna idea?
""" % (neon_host(rng), pw), [pw])

    # 23 Turso in Rust / libsql
    tok = turso_jwt(rng)
    c.pos("turso", """let db = libsql::Builder::new_remote(
    "libsql://metrics-%s.turso.io".to_string(),
    "%s".to_string(),
).build().await?;
""" % (rs(rng, LOWER, 6), tok), [tok])

    # 24 Neon API key in CLI
    nk = rs(rng, LOWALNUM, 64)
    c.pos("neon_api", "neonctl branches create --project-id %s-%s-%s --name preview/pr-%d --api-key %s\n" % (
        rng.choice(["late", "snowy", "wild"]), rng.choice(["cake", "glade", "pine"]), digits(rng, 8), rng.randrange(100, 999), nk), [nk])

    # ---------------- negatives
    c.neg("dbt_envvar", """analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: TRANSFORMING
      threads: 8
""")
    c.neg("placeholder_uri", """# .env.example - copy to .env and fill in
DATABASE_URL=postgresql://${PGUSER}:${PGPASSWORD}@${PGHOST}/neondb?sslmode=require
MONGODB_URI=mongodb+srv://<username>:<password>@<cluster-host>/?retryWrites=true
PINECONE_API_KEY=<YOUR_PINECONE_API_KEY>
UPSTASH_REDIS_REST_TOKEN=
""")
    c.neg("ids_only", """Databricks job run 1f failed on cluster 0611-082204-%s (DBR 14.3 LTS).
warehouse_id=%s  statement_id=01ef27c4-%s-%s-%s
pinecone index host: https://support-%s.svc.aped-4627-b74a.pinecone.io (dimension 1536, metric cosine)
""" % (rs(rng, LOWALNUM, 8), hexs(rng, 16), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12), rs(rng, LOWALNUM, 7)))
    c.neg("masked", """Token list (workspace settings):
  name          created     expires     token
  ci-deploy     2024-03-02  2024-09-02  dapi************************3f1a
  airflow       2024-05-19  never       dapi************************90bc
Use `databricks tokens revoke --token-id <id>` to remove one.
""")
    c.neg("sa_redacted", json.dumps({"type": "service_account", "project_id": "acme-analytics",
                                     "private_key_id": "<redacted>",
                                     "private_key": "-----BEGIN PRIVATE KEY-----\n...REDACTED...\n-----END PRIVATE KEY-----\n",
                                     "token_uri": "https://oauth2.googleapis.com/token"}, indent=2))
    return c.cases
