"""Theme 6: SQL dumps, user DDL and migration-tool connection settings."""
import json

from common import G, P, N


def bcrypt(g):
    return "$2b$12$" + g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def sqlpw(g):
    return g.pw().replace("'", "")


def cases():
    g = G("sql")
    out = []
    F = "sql/"

    rows, lst = [], []
    for i, user in enumerate(("admin", "jsmith", "support")):
        em, pw = g.email(*g.person(), domain="corp-lab.net"), sqlpw(g)
        lst += [em, pw]
        rows.append("(%d, '%s', '%s', '%s', NOW())" % (i + 1, em, user, pw))
    out.append(P(F + "insert-plaintext", "-- legacy CMS seed, imported 2016\nINSERT INTO users (id, email, username, password, created_at) VALUES\n"
                 + ",\n".join(rows) + ";\n", lst))

    pw, em = sqlpw(g), g.email(*g.person())
    e1, e2, e4 = g.email(*g.person()), g.email(*g.person()), g.email(*g.person())
    out.append(P(F + "insert-mixed", f"""INSERT INTO `accounts` (`id`,`email`,`password_hash`,`password_plain`,`migrated`) VALUES
(4101,'{e1}','{bcrypt(g)}',NULL,1),
(4102,'{e2}','{bcrypt(g)}',NULL,1),
(4103,'{em}',NULL,'{pw}',0),
(4104,'{e4}','{bcrypt(g)}',NULL,1);
""", [pw, em, e1, e2, e4]))

    sk, sg, sl = g.stripe(), g.sendgrid(), g.slack_bot()
    out.append(P(F + "insert-apikeys", f"""-- db/seeds/integrations.sql
INSERT INTO integrations (tenant_id, provider, api_key, enabled) VALUES
  (1, 'stripe',   '{sk}', true),
  (1, 'sendgrid', '{sg}', true),
  (1, 'slack',    '{sl}', false);
""", [sk, sg, sl]))

    gh, wh = g.gh(), g.hx(40)
    out.append(P(F + "insert-apikeys", f"""INSERT INTO public.api_tokens (id, user_id, token, scopes, created_at) VALUES ('{g.uuid()}', 77, '{gh}', '{{repo,read:org}}', '2024-04-02 11:20:00+00');
INSERT INTO public.webhooks (id, url, signing_secret) VALUES (12, 'https://hooks.corp-lab.net/github', '{wh}');
""", [gh, wh]))

    s1, s2 = g.gocspx(), g.hx(40)
    out.append(P(F + "pg-dump-copy", f"""--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: ledger
--

COPY public.oauth_clients (id, provider, client_id, client_secret, redirect_uri) FROM stdin;
1\tgoogle\t{g.digits(12)}-{g.s(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}.apps.googleusercontent.com\t{s1}\thttps://ledger.corp-lab.net/auth/google/callback
2\tgithub\tIv1.{g.hx(16)}\t{s2}\thttps://ledger.corp-lab.net/auth/github/callback
\\.

""", [s1, s2]))

    sg2 = g.sendgrid()
    out.append(P(F + "mysqldump", f"""--
-- Dumping data for table `smtp_settings`
--

LOCK TABLES `smtp_settings` WRITE;
/*!40000 ALTER TABLE `smtp_settings` DISABLE KEYS */;
INSERT INTO `smtp_settings` VALUES (1,'smtp.sendgrid.net',587,'apikey','{sg2}','no-reply@corp-lab.net','2024-03-18 09:00:00');
/*!40000 ALTER TABLE `smtp_settings` ENABLE KEYS */;
UNLOCK TABLES;
""", [sg2]))

    p1, p2 = sqlpw(g), sqlpw(g)
    out.append(P(F + "alter-user-pg", f"""BEGIN;
ALTER USER app_rw WITH PASSWORD '{p1}';
ALTER ROLE reporting WITH LOGIN PASSWORD '{p2}' VALID UNTIL '2025-06-30';
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting;
COMMIT;
""", [p1, p2]))

    p1, p2 = sqlpw(g), sqlpw(g)
    out.append(P(F + "alter-user-mysql", f"""mysql> ALTER USER 'ledger'@'%' IDENTIFIED BY '{p1}';
Query OK, 0 rows affected (0.02 sec)

mysql> CREATE USER 'repl'@'10.20.%' IDENTIFIED WITH mysql_native_password BY '{p2}';
Query OK, 0 rows affected (0.01 sec)

mysql> GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.20.%';
""", [p1, p2]))

    p1 = sqlpw(g).replace('"', "")
    out.append(P(F + "create-user-oracle", f"""-- 01_create_schema_owner.sql
CREATE USER ledger_app IDENTIFIED BY "{p1}"
  DEFAULT TABLESPACE users
  QUOTA 2G ON users;
GRANT CREATE SESSION, CREATE TABLE, CREATE SEQUENCE TO ledger_app;
""", [p1]))

    p1 = sqlpw(g)
    out.append(P(F + "create-login-mssql", f"""USE [master];
GO
CREATE LOGIN [etl_svc] WITH PASSWORD = N'{p1}', DEFAULT_DATABASE = [Staging], CHECK_EXPIRATION = OFF, CHECK_POLICY = OFF;
GO
USE [Staging];
CREATE USER [etl_svc] FOR LOGIN [etl_svc];
ALTER ROLE db_datawriter ADD MEMBER [etl_svc];
GO
""", [p1]))

    p1 = sqlpw(g)
    out.append(P(F + "snowflake-user", f"""use role securityadmin;
create user if not exists dbt_runner
  password = '{p1}'
  default_role = transformer
  default_warehouse = transforming
  must_change_password = false;
grant role transformer to user dbt_runner;
""", [p1]))

    em, pw = g.email(*g.person(), domain="corp-lab.net"), sqlpw(g)
    out.append(P(F + "migration-seed", f"""// migrations/20240301120000_seed_admin.js
exports.up = async function (knex) {{
  await knex('users').insert({{
    email: '{em}',
    password: '{pw}', // hashed on first login by the auth service
    role: 'superadmin',
  }});
}};
""", [em, pw]))

    p1 = g.pw()
    out.append(P(F + "flyway-conf", f"""# conf/flyway.conf
flyway.url=jdbc:postgresql://ledger-prod.c1k9z2m4q7xw.eu-west-2.rds.amazonaws.com:5432/ledger
flyway.user=flyway
flyway.password={p1}
flyway.schemas=public,audit
flyway.locations=filesystem:sql/migrations
""", [p1]))

    p1 = g.pw_url()
    out.append(P(F + "flyway-cli", f"""$ flyway -url=jdbc:mysql://127.0.0.1:3306/shop -user=root -password={p1} migrate
Flyway Community Edition 10.15.0 by Redgate
Database: jdbc:mysql://127.0.0.1:3306/shop (MySQL 8.0)
Successfully validated 23 migrations (execution time 00:00.041s)
Current version of schema `shop`: 22
Migrating schema `shop` to version "23 - add order notes"
Successfully applied 1 migration to schema `shop`, now at version v23 (execution time 00:00.087s)
""", [p1]))

    p1 = g.pw()
    out.append(P(F + "liquibase-properties", f"""changeLogFile: db/changelog/db.changelog-master.yaml
url: jdbc:oracle:thin:@//ora-prod-scan.corp-lab.net:1521/LEDGERPDB
username: LEDGER_OWNER
password: {p1}
liquibase.secureParsing: true
""", [p1]))

    p1 = sqlpw(g)
    out.append(P(F + "liquibase-changelog", f"""<changeSet id="20240522-3" author="rmoreau">
    <comment>create read-only reporting user</comment>
    <sql splitStatements="true">
        CREATE USER reporting_ro WITH PASSWORD '{p1}';
        GRANT pg_read_all_data TO reporting_ro;
    </sql>
</changeSet>
""", [p1]))

    p1 = g.pw_url()
    out.append(P(F + "alembic-ini", f"""[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = postgresql+psycopg2://alembic:{p1}@pg-primary.internal:5432/billing

[loggers]
keys = root,sqlalchemy,alembic
""", [p1]))

    p1 = g.pw_url()
    out.append(P(F + "alembic-env", f"""# migrations/env.py
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
config.set_main_option("sqlalchemy.url", "mysql+pymysql://root:{p1}@127.0.0.1:3306/catalog")
""", [p1]))

    p1, p2 = g.pw_url(), g.pw_url()
    out.append(P(F + "prisma-env", f"""# Environment variables declared in this file are automatically made available to Prisma.
# See the documentation for more detail: https://pris.ly/d/prisma-schema#accessing-environment-variables-from-the-schema

DATABASE_URL="postgresql://prisma:{p1}@ep-cold-sun-a2b9k1m3.eu-central-1.aws.neon.tech/shop?sslmode=require"
SHADOW_DATABASE_URL="postgresql://prisma:{p2}@localhost:5433/shop_shadow"
""", [p1, p2]))

    p1 = g.pw_url()
    out.append(P(F + "prisma-cli", f"""$ npx prisma db execute --url "postgresql://admin:{p1}@10.40.2.15:5432/shop" --file ./hotfix/2024-06-11-fix-currency.sql
Script executed successfully.
""", [p1]))

    p1 = g.pw_url()
    out.append(P(F + "golang-migrate", f"""$ migrate -path db/migrations -database "postgres://orders:{p1}@orders-db.internal:5432/orders?sslmode=disable" up
20240601093012/u add_refunds_table (41.82ms)
20240607151244/u refunds_idx (12.40ms)
""", [p1]))

    p1 = g.pw()
    out.append(P(F + "dbt-profiles", f"""corp_lab:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xq41822.eu-west-1
      user: DBT_RUNNER
      password: "{p1}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
""", [p1]))

    p1 = g.pw()
    out.append(P(F + "sequelize-config", json.dumps({
        "development": {"username": "root", "password": None, "database": "shop_dev", "host": "127.0.0.1", "dialect": "mysql"},
        "production": {"username": "shop_app", "password": p1, "database": "shop", "host": "shop-db.corp-lab.net", "dialect": "mysql"},
    }, indent=2) + "\n", [p1]))

    # ---------------- negatives ----------------
    out.append(N(F + "schema-migration", """-- V12__users_and_tokens.sql
CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    email          citext      NOT NULL UNIQUE,
    password_hash  text        NOT NULL,
    password_set_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE api_tokens (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     bigint NOT NULL REFERENCES users(id),
    token_prefix varchar(8) NOT NULL,
    token_sha256 bytea NOT NULL,
    last_used_at timestamptz
);
CREATE INDEX api_tokens_prefix_idx ON api_tokens (token_prefix);
"""))
    out.append(N(F + "alter-user-pg", """-- run with: psql -v app_password="$APP_DB_PASSWORD" -f 03_roles.sql
CREATE ROLE app_rw LOGIN PASSWORD :'app_password';
ALTER ROLE app_rw SET statement_timeout = '30s';
GRANT USAGE ON SCHEMA public TO app_rw;
"""))
    out.append(N(F + "flyway-conf", """flyway.url=jdbc:postgresql://${env.DB_HOST}:5432/ledger
flyway.user=${env.FLYWAY_USER}
flyway.password=${env.FLYWAY_PASSWORD}
flyway.placeholders.tenant=core
flyway.baselineOnMigrate=true
"""))
    out.append(N(F + "alembic-ini", """# A generic, single database configuration.

[alembic]
script_location = migrations
# the output encoding used when revision files are written from script.py.mako
# output_encoding = utf-8

sqlalchemy.url = driver://user:pass@localhost/dbname
"""))
    out.append(N(F + "prisma-schema", """datasource db {
  provider          = "postgresql"
  url               = env("DATABASE_URL")
  shadowDatabaseUrl = env("SHADOW_DATABASE_URL")
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id           Int      @id @default(autoincrement())
  email        String   @unique
  passwordHash String
  createdAt    DateTime @default(now())
}
"""))
    return out
