# -*- coding: utf-8 -*-
"""db_admin: SQL, server logs, client configs, ORM settings, awkward connection strings."""
import base64

from common import Group, jdump, pct

G = Group("db_admin", seed=20002)


@G.pos("pg_create_user")
def pg_create_user(g, i):
    pw, pw2 = g.password("rand"), g.password("phrase")
    pw = pw.replace("'", "")
    text = (
        "-- V42__service_roles.sql\n"
        "BEGIN;\n"
        "CREATE USER app_rw WITH LOGIN PASSWORD '%s' CONNECTION LIMIT 50;\n"
        "CREATE ROLE reporting_ro WITH LOGIN ENCRYPTED PASSWORD '%s' VALID UNTIL '2025-12-31';\n"
        "GRANT CONNECT ON DATABASE shop TO app_rw, reporting_ro;\n"
        "GRANT USAGE ON SCHEMA public TO reporting_ro;\n"
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting_ro;\n"
        "COMMIT;\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("psql_session")
def psql_session(g, i):
    pw = g.password("mixed")
    text = (
        "shop=# \\du analytics\n"
        "              List of roles\n"
        " Role name | Attributes | Member of\n"
        "-----------+------------+-----------\n"
        " analytics |            | {}\n\n"
        "shop=# ALTER ROLE analytics WITH PASSWORD '%s';\n"
        "ALTER ROLE\n"
        "shop=# \\q\n" % pw)
    return text, [pw]


@G.pos("mysql_grant")
def mysql_grant(g, i):
    pw = g.password("rand").replace("'", "")
    pw2 = g.password("alnum")
    text = (
        "mysql> GRANT SELECT, INSERT, UPDATE, DELETE ON shop.* TO 'shop'@'10.20.%%' IDENTIFIED BY '%s';\n"
        "Query OK, 0 rows affected, 1 warning (0.01 sec)\n\n"
        "mysql> GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%%' IDENTIFIED BY \"%s\";\n"
        "Query OK, 0 rows affected, 1 warning (0.00 sec)\n\n"
        "mysql> FLUSH PRIVILEGES;\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("mysql_set_password")
def mysql_set_password(g, i):
    pw, pw2 = g.password("phrase"), g.password("rand").replace("'", "")
    text = (
        "-- run on both nodes after failover\n"
        "SET PASSWORD FOR 'exporter'@'localhost' = PASSWORD('%s');\n"
        "ALTER USER 'backup'@'%%' IDENTIFIED WITH caching_sha2_password BY '%s' PASSWORD EXPIRE NEVER;\n"
        "SELECT user, host, plugin FROM mysql.user WHERE user IN ('exporter','backup');\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("pg_server_log")
def pg_server_log(g, i):
    pw = g.password("alnum")
    pid = g.ri(10000, 99999)
    text = (
        "2024-06-18 11:02:44.118 UTC [%d] postgres@shop LOG:  statement: ALTER USER reporting PASSWORD '%s';\n"
        "2024-06-18 11:02:44.121 UTC [%d] postgres@shop LOG:  duration: 3.012 ms\n"
        "2024-06-18 11:02:51.660 UTC [%d] reporting@shop FATAL:  password authentication failed for user \"reporting\"\n"
        "2024-06-18 11:02:51.660 UTC [%d] reporting@shop DETAIL:  Connection matched pg_hba.conf line 98: "
        "\"host all all 0.0.0.0/0 scram-sha-256\"\n" % (pid, pw, pid, pid + 7, pid + 7))
    return text, [pw]


@G.pos("mysql_general_log")
def mysql_general_log(g, i):
    pw = g.password("rand").replace("'", "")
    text = (
        "/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:\n"
        "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock\n"
        "Time                 Id Command    Argument\n"
        "2024-04-05T10:11:12.123456Z\t   17 Connect\troot@localhost on  using Socket\n"
        "2024-04-05T10:11:12.130941Z\t   17 Query\tCREATE USER 'etl'@'%%' IDENTIFIED BY '%s'\n"
        "2024-04-05T10:11:12.141002Z\t   17 Query\tGRANT SELECT ON crm.* TO 'etl'@'%%'\n"
        "2024-04-05T10:11:13.000210Z\t   17 Quit\n" % pw)
    return text, [pw]


@G.pos("pgpass")
def pgpass(g, i):
    pw1 = g.password("alnum") + ":" + g.s("abcdefghjkmnpqrstuvwxyz", 4)
    pw1_esc = pw1.replace(":", "\\:")
    pw2 = g.password("rand").replace(":", "").replace("\\", "")
    text = (
        "# ~/.pgpass  (chmod 0600)\n"
        "# hostname:port:database:username:password\n"
        "pg-primary.%s:5432:*:replicator:%s\n"
        "localhost:5433:metrics:grafana:%s\n" % (g.company(), pw1_esc, pw2))
    return text, [pw1_esc, pw2]


@G.pos("my_cnf")
def my_cnf(g, i):
    pw = g.password("awk").replace('"', "")
    text = (
        "# /root/.my.cnf\n"
        "[client]\n"
        "user=backup\n"
        "password=\"%s\"\n"
        "host=mysql-0.mysql.db.svc.cluster.local\n\n"
        "[mysqldump]\n"
        "single-transaction\n"
        "quick\n" % pw)
    return text, [pw]


@G.pos("redis_cli_session")
def redis_cli_session(g, i):
    pw, pw2 = g.password("hex"), g.password("b64")
    text = (
        "127.0.0.1:6379> PING\n"
        "(error) NOAUTH Authentication required.\n"
        "127.0.0.1:6379> AUTH default %s\n"
        "OK\n"
        "127.0.0.1:6379> CONFIG SET requirepass \"%s\"\n"
        "OK\n"
        "127.0.0.1:6379> CONFIG REWRITE\n"
        "OK\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("redis_cli_a")
def redis_cli_a(g, i):
    pw = g.password("alnum")
    pw2 = g.password("rand").replace("'", "").replace('"', "")
    text = (
        "$ redis-cli -h cache.%s -p 6380 --tls -a '%s' --no-auth-warning INFO replication\n"
        "# Replication\n"
        "role:master\n"
        "connected_slaves:2\n\n"
        "$ grep -E '^(requirepass|masterauth)' /etc/redis/redis.conf\n"
        "requirepass %s\n"
        "masterauth %s\n" % (g.company(), pw, pw, pw2))
    return text, [pw, pw2]


@G.pos("mongo_createuser")
def mongo_createuser(g, i):
    pw = g.password("rand").replace('"', "").replace("\\", "")
    text = (
        "rs0 [direct: primary] admin> db.createUser({\n"
        "...   user: \"reporting\",\n"
        "...   pwd: \"%s\",\n"
        "...   roles: [ { role: \"read\", db: \"orders\" }, { role: \"read\", db: \"catalog\" } ]\n"
        "... })\n"
        "{ ok: 1, '$clusterTime': { clusterTime: Timestamp({ t: 1718701234, i: 1 }) } }\n" % pw)
    return text, [pw]


@G.pos("mongosh_uri")
def mongosh_uri(g, i):
    pw = g.password("awk")
    enc = pct(pw)
    cl = g.s("abcdefghijklmnopqrstuvwxyz0123456789", 5)
    text = (
        "Hi team, mongosh can't connect from the new runner, any idea?\n\n"
        "$ mongosh \"mongodb+srv://admin:%s@cluster0.%s.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0\"\n"
        "Current Mongosh Log ID:\t6671d2a9f0c1e4b3a2d9c8e7\n"
        "Connecting to:\t\tmongodb+srv://<credentials>@cluster0.%s.mongodb.net/\n"
        "MongoServerSelectionError: connection <monitor> to 52.28.%d.%d:27017 closed\n"
        % (enc, cl, cl, g.ri(1, 254), g.ri(1, 254)))
    return text, [enc]


@G.pos("cassandra")
def cassandra(g, i):
    pw, pw2 = g.password("phrase"), g.password("alnum")
    text = (
        "cassandra@cqlsh> CREATE ROLE ingest WITH PASSWORD = '%s' AND LOGIN = true;\n"
        "cassandra@cqlsh> GRANT MODIFY ON KEYSPACE telemetry TO ingest;\n\n"
        "$ cat ~/.cassandra/cqlshrc\n"
        "[authentication]\n"
        "username = ingest\n"
        "password = %s\n\n"
        "[connection]\n"
        "hostname = cass-seed-1.%s\n"
        "port = 9042\n" % (pw, pw2, g.company()))
    return text, [pw, pw2]


@G.pos("neo4j")
def neo4j(g, i):
    pw = g.password("alnum")
    pw2 = g.password("mixed")
    text = (
        "services:\n"
        "  neo4j:\n"
        "    image: neo4j:5.19-enterprise\n"
        "    environment:\n"
        "      NEO4J_AUTH: neo4j/%s\n"
        "      NEO4J_ACCEPT_LICENSE_AGREEMENT: \"yes\"\n"
        "    ports: [\"7474:7474\", \"7687:7687\"]\n\n"
        "# later on the box:\n"
        "# neo4j-admin dbms set-initial-password '%s'\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("influxdb")
def influxdb(g, i):
    tok = g.influx()
    text = (
        "$ influx config create --config-name prod --host-url https://influx.%s:8086 "
        "--org sensors --token %s --active\n"
        "Active\tName\tURL\t\t\t\t\tOrg\n"
        "*\tprod\thttps://influx.%s:8086\tsensors\n" % (g.company(), tok, g.company()))
    return text, [tok]


@G.pos("clickhouse")
def clickhouse(g, i):
    pw = g.password("rand").replace("<", "").replace("&", "")
    pw2 = g.password("alnum")
    text = (
        "<!-- /etc/clickhouse-server/users.d/etl.xml -->\n"
        "<clickhouse>\n"
        "  <users>\n"
        "    <etl>\n"
        "      <password>%s</password>\n"
        "      <networks><ip>::/0</ip></networks>\n"
        "      <profile>default</profile>\n"
        "      <quota>default</quota>\n"
        "    </etl>\n"
        "  </users>\n"
        "</clickhouse>\n\n"
        "$ clickhouse-client --host ch-1 --user etl --password %s --query 'SELECT version()'\n"
        "24.3.2.23\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("elasticsearch")
def elasticsearch(g, i):
    pw = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*_+=", 20)
    kid, ksec = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 20), \
        g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 22)
    api = base64.b64encode(("%s:%s" % (kid, ksec)).encode()).decode()
    text = (
        "$ bin/elasticsearch-reset-password -u kibana_system -b\n"
        "Password for the [kibana_system] user successfully reset.\n"
        "New value: %s\n\n"
        "$ grep elasticsearch config/kibana.yml\n"
        "elasticsearch.hosts: [\"https://es01:9200\"]\n"
        "elasticsearch.username: \"kibana_system\"\n"
        "elasticsearch.password: \"%s\"\n\n"
        "$ curl -s -H \"Authorization: ApiKey %s\" https://es01:9200/_cat/indices?v\n" % (pw, pw, api))
    return text, [pw, api]


@G.pos("django_settings")
def django_settings(g, i):
    sk = g.django_key().replace("'", "")
    pw = g.password("rand").replace("'", "").replace("\\", "")
    text = (
        "# settings/production.py\n"
        "from .base import *  # noqa\n\n"
        "DEBUG = False\n"
        "SECRET_KEY = '%s'\n"
        "ALLOWED_HOSTS = ['portal.%s']\n\n"
        "DATABASES = {\n"
        "    'default': {\n"
        "        'ENGINE': 'django.db.backends.postgresql',\n"
        "        'NAME': 'portal',\n"
        "        'USER': 'portal',\n"
        "        'PASSWORD': '%s',\n"
        "        'HOST': 'pg-portal.internal',\n"
        "        'PORT': '5432',\n"
        "        'CONN_MAX_AGE': 60,\n"
        "    }\n"
        "}\n" % (sk, g.company(), pw))
    return text, [sk, pw]


@G.pos("rails_database_yml")
def rails_database_yml(g, i):
    pw = g.password("alnum")
    text = (
        "default: &default\n"
        "  adapter: postgresql\n"
        "  encoding: unicode\n"
        "  pool: <%%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %%>\n\n"
        "staging:\n"
        "  <<: *default\n"
        "  database: storefront_staging\n"
        "  username: storefront\n"
        "  password: %s\n"
        "  host: staging-db.%s\n\n"
        "production:\n"
        "  <<: *default\n"
        "  url: <%%= ENV[\"DATABASE_URL\"] %%>\n" % (pw, g.company()))
    return text, [pw]


@G.pos("laravel_env")
def laravel_env(g, i):
    ak = g.laravel_key()
    pw = g.password("rand").replace('"', "").replace("#", "").replace("$", "")
    mp = g.s("abcdefghijklmnopqrstuvwxyz", 16)
    text = (
        "APP_NAME=Lagerverwaltung\n"
        "APP_ENV=production\n"
        "APP_KEY=%s\n"
        "APP_DEBUG=false\n"
        "APP_URL=https://lager.%s\n\n"
        "DB_CONNECTION=mysql\n"
        "DB_HOST=127.0.0.1\n"
        "DB_PORT=3306\n"
        "DB_DATABASE=lager\n"
        "DB_USERNAME=lager\n"
        "DB_PASSWORD=\"%s\"\n\n"
        "MAIL_MAILER=smtp\n"
        "MAIL_HOST=smtp.gmail.com\n"
        "MAIL_PORT=587\n"
        "MAIL_PASSWORD=%s\n" % (ak, g.company(), pw, mp))
    return text, [ak, pw, mp]


@G.pos("sqlalchemy_url")
def sqlalchemy_url(g, i):
    pw = g.password("awk")
    enc = pct(pw)
    text = (
        "import sqlalchemy as sa\n\n"
        "# NOTE: password has @ and / in it, so it has to be url-quoted\n"
        "engine = sa.create_engine(\n"
        "    \"postgresql+psycopg2://svc_ingest:%s@pg-warehouse.%s:5432/warehouse\",\n"
        "    pool_pre_ping=True,\n"
        "    pool_size=10,\n"
        ")\n" % (enc, g.company()))
    return text, [enc]


@G.pos("prisma_schema")
def prisma_schema(g, i):
    pw = g.password("alnum")
    text = (
        "generator client {\n"
        "  provider = \"prisma-client-js\"\n"
        "}\n\n"
        "datasource db {\n"
        "  provider  = \"postgresql\"\n"
        "  url       = \"postgresql://prisma:%s@ep-quiet-%s-%d.eu-central-1.aws.neon.tech/neondb?sslmode=require\"\n"
        "  directUrl = env(\"DIRECT_URL\")\n"
        "}\n\n"
        "model User {\n"
        "  id    Int    @id @default(autoincrement())\n"
        "  email String @unique\n"
        "}\n" % (pw, g.pick(["river", "forest", "sunset"]), g.ri(100000, 999999)))
    return text, [pw]


@G.pos("typeorm_config")
def typeorm_config(g, i):
    pw = g.password("rand").replace('"', "").replace("\\", "")
    obj = {"type": "mysql", "host": "mysql.%s" % g.company(), "port": 3306, "username": "nest_api",
           "password": pw, "database": "nest_api", "synchronize": False, "logging": ["error"],
           "entities": ["dist/**/*.entity.js"], "migrations": ["dist/migrations/*.js"]}
    return "// ormconfig.json\n" + jdump(obj) + "\n", [pw]


@G.pos("sequelize_config")
def sequelize_config(g, i):
    pw1, pw2 = g.password("alnum"), g.password("phrase")
    obj = {"development": {"username": "root", "password": None, "database": "app_dev", "host": "127.0.0.1",
                           "dialect": "postgres"},
           "test": {"username": "ci", "password": pw1, "database": "app_test", "host": "pg-ci", "dialect": "postgres"},
           "production": {"username": "app", "password": pw2, "database": "app", "host": "pg.%s" % g.company(),
                          "dialect": "postgres", "dialectOptions": {"ssl": {"require": True}}}}
    return "config/config.json\n" + jdump(obj) + "\n", [pw1, pw2]


@G.pos("hibernate_props")
def hibernate_props(g, i):
    pw = g.password("rand").replace("<", "").replace("&", "")
    text = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\">\n"
        "  <persistence-unit name=\"ordersPU\" transaction-type=\"RESOURCE_LOCAL\">\n"
        "    <properties>\n"
        "      <property name=\"jakarta.persistence.jdbc.url\" value=\"jdbc:postgresql://pg-orders:5432/orders\"/>\n"
        "      <property name=\"jakarta.persistence.jdbc.user\" value=\"orders\"/>\n"
        "      <property name=\"jakarta.persistence.jdbc.password\" value=\"%s\"/>\n"
        "      <property name=\"hibernate.hbm2ddl.auto\" value=\"validate\"/>\n"
        "    </properties>\n"
        "  </persistence-unit>\n"
        "</persistence>\n" % pw.replace('"', ""))
    return text, [pw.replace('"', "")]


@G.pos("spring_yml")
def spring_yml(g, i):
    pw, rpw = g.password("alnum"), g.password("hex")
    text = (
        "spring:\n"
        "  datasource:\n"
        "    url: jdbc:mysql://mysql-billing:3306/billing?useSSL=true\n"
        "    username: billing\n"
        "    password: '%s'\n"
        "    hikari:\n"
        "      maximum-pool-size: 20\n"
        "  data:\n"
        "    redis:\n"
        "      host: redis-billing\n"
        "      password: %s\n"
        "  jpa:\n"
        "    open-in-view: false\n"
        "management:\n"
        "  endpoints.web.exposure.include: health,info,prometheus\n" % (pw, rpw))
    return text, [pw, rpw]


@G.pos("jdbc_sqlserver_braces")
def jdbc_sqlserver(g, i):
    pw = g.password("alnum")[:10] + ";" + g.s("abcdefghjk", 3) + "}" + g.password("alnum")[:5]
    esc = "{" + pw.replace("}", "}}") + "}"
    text = (
        "# application-prod.properties\n"
        "spring.datasource.url=jdbc:sqlserver://sql-prod-01.%s:1433;databaseName=Payroll;"
        "user=payroll_app;password=%s;encrypt=true;trustServerCertificate=false\n"
        "spring.datasource.driver-class-name=com.microsoft.sqlserver.jdbc.SQLServerDriver\n" % (g.company(), esc))
    return text, [pw.replace("}", "}}")]


@G.pos("dotnet_connstr")
def dotnet_connstr(g, i):
    pw = g.password("alnum")[:8] + " " + g.pick(["it's", "n'est"]) + " " + g.password("alnum")[:6]
    quoted = '"' + pw + '"'
    obj = {"Logging": {"LogLevel": {"Default": "Information"}},
           "ConnectionStrings": {
               "Default": "Server=tcp:sql-%s.database.windows.net,1433;Initial Catalog=Inventory;"
                          "Persist Security Info=False;User ID=inv_app;Password=%s;Encrypt=True;"
                          % (g.s("abcdefghijklmnopqrstuvwxyz", 6), quoted)},
           "AllowedHosts": "*"}
    text = "appsettings.Production.json:\n" + jdump(obj) + "\n"
    return text, [pw]


@G.pos("libpq_kv_quoted")
def libpq_kv(g, i):
    base = g.password("alnum")[:9]
    pw = base + "'s " + g.password("alnum")[:5]
    esc = pw.replace("'", "\\'")
    text = (
        "$ psql \"host=pg-ledger.%s port=5432 dbname=ledger user=ledger_admin password='%s' sslmode=verify-full\"\n"
        "psql (16.3)\n"
        "SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)\n"
        "ledger=>\n" % (g.company(), esc))
    return text, [esc]


@G.pos("oracle_sqlplus")
def oracle_sqlplus(g, i):
    pw = g.password("alnum")[:8] + "@" + g.password("alnum")[:6]
    text = (
        "[oracle@ora19 ~]$ sqlplus system/\"%s\"@//ora19.%s:1521/ORCLPDB1\n\n"
        "SQL*Plus: Release 19.0.0.0.0 - Production on Tue Jun 4 08:12:01 2024\n"
        "Version 19.22.0.0.0\n\n"
        "Connected to:\n"
        "Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production\n\n"
        "SQL> ALTER USER app_owner IDENTIFIED BY \"%s\" ACCOUNT UNLOCK;\n" % (pw, g.company(), pw + "2"))
    return text, [pw, pw + "2"]


@G.pos("snowflake_python")
def snowflake_python(g, i):
    pw = g.password("mixed")
    text = (
        "import snowflake.connector\n\n"
        "ctx = snowflake.connector.connect(\n"
        "    user=\"LOADER_SVC\",\n"
        "    password=\"%s\",\n"
        "    account=\"%s-%s\",\n"
        "    warehouse=\"LOAD_WH\",\n"
        "    database=\"RAW\",\n"
        "    schema=\"STRIPE\",\n"
        ")\n"
        "cs = ctx.cursor()\n"
        "cs.execute(\"SELECT CURRENT_VERSION()\")\n" % (pw, g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7), g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 7)))
    return text, [pw]


@G.pos("mssql_sqlcmd")
def mssql_sqlcmd(g, i):
    pw, pw2 = g.password("rand").replace("'", ""), g.password("mixed")
    text = (
        "PS> sqlcmd -S sql-reporting.corp.local -U sa -P '%s' -Q \"CREATE LOGIN [rpt_reader] WITH PASSWORD = N'%s', "
        "CHECK_POLICY = ON; USE ReportDB; CREATE USER [rpt_reader] FOR LOGIN [rpt_reader];\"\n"
        "Changed database context to 'ReportDB'.\n" % (pw, pw2))
    return text, [pw, pw2]


@G.pos("pg_dump_cron")
def pg_dump_cron(g, i):
    pw = g.password("alnum")
    text = (
        "# /etc/cron.d/pg-backup\n"
        "SHELL=/bin/bash\n"
        "30 2 * * * postgres PGPASSWORD='%s' pg_dump -h pg-main -U backup -Fc shop > /backup/shop-$(date +\\%%F).dump "
        "2>>/var/log/pg-backup.err\n" % pw)
    return text, [pw]


@G.pos("rabbitmq")
def rabbitmq(g, i):
    pw = g.password("alnum")
    pw2 = g.password("rand").replace("'", "")
    text = (
        "$ rabbitmqctl add_user orders-svc '%s'\n"
        "Adding user \"orders-svc\" ...\n"
        "$ rabbitmqctl set_permissions -p /orders orders-svc \".*\" \".*\" \".*\"\n\n"
        "# celery config\n"
        "broker_url = \"amqp://celery:%s@rabbit.%s:5672/tasks\"\n" % (pw, pct(pw2), g.company()))
    return text, [pw, pct(pw2)]


@G.pos("db_prompt_de")
def db_prompt_de(g, i):
    pw = g.password("awk")
    enc = pct(pw)
    text = (
        "Hallo, ich bekomme mit SQLAlchemy immer \"could not translate host name\" – der Host stimmt aber. "
        "Liegt es am Passwort? Hier meine Zeile:\n\n"
        "DATABASE_URL=postgresql://reporting:%s@db.%s:5432/reporting\n\n"
        "Das Passwort im Klartext ist übrigens %s, falls das hilft.\n" % (pw, g.company(), pw))
    return text, [pw]


@G.pos("memcached_sasl")
def memcached_sasl(g, i):
    pw = g.password("alnum")
    text = (
        "# /etc/sasl2/memcached-sasldb2 was created with:\n"
        "#   echo '%s' | saslpasswd2 -a memcached -c -p cacheuser\n"
        "$ memcached -S -vv -u memcache -m 512\n"
        "$ php -r '$m=new Memcached(); $m->setOption(Memcached::OPT_BINARY_PROTOCOL,true); "
        "$m->setSaslAuthData(\"cacheuser\",\"%s\"); $m->addServer(\"mc1\",11211); var_dump($m->getStats());'\n"
        % (pw, pw))
    return text, [pw]


# ------------------------------------------------------------- negatives
@G.neg("pg_create_user")
def n_pg(g, i):
    return ("-- V43__roles.sql  (passwords are set by the bootstrap job from Vault)\n"
            "CREATE ROLE app_rw WITH LOGIN;\n"
            "ALTER ROLE app_rw WITH PASSWORD NULL;\n"
            "\\set pw `cat /run/secrets/app_rw_password`\n"
            "ALTER ROLE app_rw WITH PASSWORD :'pw';\n"
            "-- interactive alternative: \\password app_rw\n")


@G.neg("my_cnf")
def n_mycnf(g, i):
    return ("# /etc/mysql/conf.d/client.cnf\n"
            "[client]\n"
            "user=backup\n"
            "# password is kept out of this file on purpose\n"
            "!include /etc/mysql/secrets/backup.cnf\n"
            "host=mysql-0.mysql.db.svc.cluster.local\n")


@G.neg("django_settings")
def n_django(g, i):
    return ("import os\n\n"
            "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n"
            "DATABASES = {\n"
            "    \"default\": {\n"
            "        \"ENGINE\": \"django.db.backends.postgresql\",\n"
            "        \"NAME\": os.getenv(\"DB_NAME\", \"portal\"),\n"
            "        \"USER\": os.getenv(\"DB_USER\", \"portal\"),\n"
            "        \"PASSWORD\": os.environ[\"DB_PASSWORD\"],\n"
            "        \"HOST\": os.getenv(\"DB_HOST\", \"localhost\"),\n"
            "    }\n"
            "}\n")


@G.neg("rails_database_yml")
def n_rails(g, i):
    return ("production:\n"
            "  adapter: postgresql\n"
            "  database: storefront\n"
            "  username: storefront\n"
            "  password: <%= ENV.fetch(\"STOREFRONT_DATABASE_PASSWORD\") %>\n"
            "  host: <%= ENV[\"DB_HOST\"] %>\n")


@G.neg("spring_yml")
def n_spring(g, i):
    return ("spring:\n"
            "  datasource:\n"
            "    url: jdbc:mysql://mysql-billing:3306/billing\n"
            "    username: ${DB_USER:billing}\n"
            "    password: ${DB_PASSWORD}\n"
            "  data:\n"
            "    redis:\n"
            "      password: ${REDIS_PASSWORD:}\n")


@G.neg("pg_server_log")
def n_pglog(g, i):
    return ("2024-06-18 11:02:51.660 UTC [48812] reporting@shop FATAL:  password authentication failed for user \"reporting\"\n"
            "2024-06-18 11:02:51.660 UTC [48812] reporting@shop DETAIL:  User \"reporting\" has an expired password.\n"
            "2024-06-18 11:03:10.002 UTC [48820] postgres@shop LOG:  statement: ALTER ROLE reporting VALID UNTIL 'infinity';\n")


@G.neg("redis_conf")
def n_redis(g, i):
    return ("################################## SECURITY ###################################\n"
            "# Warning: since Redis is pretty fast, an outside user can try up to\n"
            "# 1 million passwords per second against a modern box.\n"
            "#\n"
            "# requirepass foobared\n"
            "aclfile /etc/redis/users.acl\n")


@G.neg("mongosh_uri")
def n_mongo(g, i):
    return ("Connection string from the Atlas UI (replace the placeholders before use):\n"
            "mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority\n"
            "Tip: if the password contains @ or /, percent-encode it first.\n")
