"""Group code_literals: hard-coded secrets in source code of many languages."""
import random

from common import Collector, Gen

SEED = 220707
G = "code_literals"


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    def pw_plain():
        # no quotes/backslashes/dollars/braces so the value is literal in every language
        while True:
            v = g.password()
            if not any(ch in v for ch in "\"'\\$`{}#@%"):
                return v

    # 1 Go const DSN + sql.Open
    pw = g.url_safe_pw()
    c.pos("go", "package store\n\nimport (\n\t\"database/sql\"\n\t_ \"github.com/lib/pq\"\n)\n\nconst dsn = \"postgres://orders_rw:%s@pg-orders.prod:5432/orders?sslmode=require\"\n\n"
          "func Open() (*sql.DB, error) {\n\treturn sql.Open(\"postgres\", dsn)\n}" % pw, [pw])

    # 2 Go struct literal with static credentials provider
    kid, sec = g.aws_key_id(), g.aws_secret()
    c.pos("go", "cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion(\"eu-west-1\"),\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(\n"
          "\t\t\"%s\",\n\t\t\"%s\",\n\t\t\"\",\n\t)),\n)\nif err != nil {\n\tlog.Fatal(err)\n}" % (kid, sec), [kid, sec])

    # 3 Rust raw string r#"..."#
    tok = g.github_fine()
    c.pos("rust_raw_string", "#[cfg(test)]\nmod tests {\n    const FIXTURE: &str = r#\"{\"owner\":\"acme\",\"token\":\"%s\"}\"#;\n\n"
          "    #[test]\n    fn parses_fixture() {\n        let cfg: Config = serde_json::from_str(FIXTURE).unwrap();\n        assert_eq!(cfg.owner, \"acme\");\n    }\n}" % tok, [tok])

    # 4 Rust byte string HMAC key
    key = g.alnum(32)
    c.pos("rust_byte_string", "use hmac::{Hmac, Mac};\nuse sha2::Sha256;\n\nconst WEBHOOK_HMAC_KEY: &[u8] = b\"%s\";\n\n"
          "pub fn verify(body: &[u8], sig: &[u8]) -> bool {\n    let mut mac = Hmac::<Sha256>::new_from_slice(WEBHOOK_HMAC_KEY).unwrap();\n    mac.update(body);\n    mac.verify_slice(sig).is_ok()\n}" % key, [key])

    # 5 Kotlin OkHttp Credentials.basic + builder
    pw = pw_plain()
    c.pos("kotlin_builder", "val client = OkHttpClient.Builder()\n    .authenticator { _, response ->\n        response.request.newBuilder()\n"
          "            .header(\"Authorization\", Credentials.basic(\"mobile-sync\", \"%s\"))\n            .build()\n    }\n    .build()" % pw, [pw])

    # 6 Swift URLRequest header
    ak = g.anthropic()
    c.pos("swift", "import Foundation\n\nenum Secrets {\n    static let anthropicKey = \"%s\"\n}\n\nvar req = URLRequest(url: URL(string: \"https://api.anthropic.com/v1/messages\")!)\n"
          "req.setValue(Secrets.anthropicKey, forHTTPHeaderField: \"x-api-key\")\nreq.setValue(\"2023-06-01\", forHTTPHeaderField: \"anthropic-version\")" % ak, [ak])

    # 7 C# verbatim string connection string
    pw = pw_plain().replace(";", "")
    c.pos("csharp_verbatim", "public static class Db\n{\n    private const string Conn = @\"Server=tcp:sql-erp.database.windows.net,1433;\n"
          "        Initial Catalog=erp;User ID=erp_app;Password=%s;Encrypt=True;\";\n\n    public static SqlConnection Open() => new SqlConnection(Conn);\n}" % pw, [pw])

    # 8 C# interpolated string with webhook token
    tk = g.alnum(40)
    c.pos("csharp_interpolated", "var host = _config[\"Hooks:Host\"];\nvar url = $\"https://{host}/api/v1/hooks/ingest?token=%s&source={Environment.MachineName}\";\n"
          "using var resp = await _http.PostAsync(url, content);\nresp.EnsureSuccessStatusCode();" % tk, [tk])

    # 9 PHP heredoc with mail config
    pw = pw_plain()
    mg = g.mailgun_new()
    c.pos("php_heredoc", "<?php\n$ini = <<<INI\n[mail]\ntransport = smtp\nhost = smtp.eu.mailgun.org\nusername = postmaster@mg.shop.example\npassword = %s\napi_key = %s\nINI;\n"
          "$cfg = parse_ini_string($ini, true);" % (pw, mg), [pw, mg])

    # 10 PHP nowdoc + new PDO(dsn, user, "pw")
    pw = pw_plain()
    c.pos("php_pdo", "<?php\n$dsn = <<<'DSN'\nmysql:host=db-main.internal;dbname=shop;charset=utf8mb4\nDSN;\n"
          "$pdo = new PDO($dsn, 'shop_app', \"%s\", [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);" % pw, [pw])

    # 11 Ruby %q{} and Stripe.api_key
    sk = g.stripe("sk_live_")
    c.pos("ruby_percent_q", "# config/initializers/stripe.rb\nSTRIPE_SECRET = %%q{%s}.freeze\nStripe.api_key = STRIPE_SECRET\nStripe.max_network_retries = 2" % sk, [sk])

    # 12 Elixir sigil + Repo config
    pw = pw_plain()
    pk = g.hex(64)
    c.pos("elixir", "import Config\n\nconfig :billing, Billing.Repo,\n  username: \"billing\",\n  password: \"%s\",\n  hostname: \"pg-billing\",\n  pool_size: 10\n\n"
          "config :billing, :signing_salt, ~s(%s)" % (pw, pk), [pw, pk])

    # 13 Scala triple-quoted HOCON
    pw = pw_plain()
    c.pos("scala", "val conf = ConfigFactory.parseString(\n  \"\"\"\n    |db {\n    |  url = \"jdbc:postgresql://pg-events:5432/events\"\n    |  user = \"events\"\n"
          "    |  password = \"%s\"\n    |}\n    |\"\"\".stripMargin)\nval ds = Database.forConfig(\"db\", conf)" % pw, [pw])

    # 14 Dart / Flutter Dio headers
    tk = g.supabase_pat()
    c.pos("dart", "const String _mgmtToken = '%s';\n\nfinal dio = Dio(BaseOptions(\n  baseUrl: 'https://api.supabase.com/v1',\n"
          "  headers: {'Authorization': 'Bearer $_mgmtToken'},\n));" % tk, [tk])

    # 15 Lua long bracket string in OpenResty
    tk = g.hex(48)
    c.pos("lua_long_string", "-- access_by_lua_block\nlocal UPSTREAM_TOKEN = [[%s]]\nngx.req.set_header(\"X-Upstream-Auth\", UPSTREAM_TOKEN)\n"
          "if ngx.var.remote_user == nil then\n  return ngx.exit(401)\nend" % tk, [tk])

    # 16 Perl q{} + DBI
    pw = pw_plain()
    c.pos("perl_q", "use strict;\nuse DBI;\n\nmy $user = 'legacy_rw';\nmy $pass = q{%s};\nmy $dbh = DBI->connect('dbi:Oracle:host=ora01;sid=LEGACY', $user, $pass, { RaiseError => 1 })\n"
          "  or die $DBI::errstr;" % pw, [pw])

    # 17 R Sys.setenv + dbConnect
    oa = g.openai_legacy()
    pw = pw_plain()
    c.pos("r", "library(DBI)\nSys.setenv(OPENAI_API_KEY = \"%s\")\n\ncon <- dbConnect(RPostgres::Postgres(), dbname = \"survey\", host = \"pg-research\",\n"
          "                 user = \"analyst\", password = \"%s\")\nres <- dbGetQuery(con, \"SELECT count(*) FROM responses\")" % (oa, pw), [oa, pw])

    # 18 Julia ENV assignment
    hf = g.huggingface()
    c.pos("julia", "using HTTP, JSON3\n\nENV[\"HF_TOKEN\"] = \"%s\"\nresp = HTTP.get(\"https://huggingface.co/api/whoami-v2\";\n    headers = [\"Authorization\" => \"Bearer \" * ENV[\"HF_TOKEN\"]])" % hf, [hf])

    # 19 Haskell record update
    pw = pw_plain()
    c.pos("haskell", "{-# LANGUAGE OverloadedStrings #-}\nmodule Db where\n\nimport Database.PostgreSQL.Simple\n\nconnInfo :: ConnectInfo\n"
          "connInfo = defaultConnectInfo\n  { connectHost = \"pg-ledger\"\n  , connectUser = \"ledger\"\n  , connectPassword = \"%s\"\n  , connectDatabase = \"ledger\"\n  }" % pw, [pw])

    # 20 Zig const
    tk = g.digitalocean()
    c.pos("zig", "const std = @import(\"std\");\n\nconst do_token = \"%s\";\n\npub fn main() !void {\n    var client = std.http.Client{ .allocator = std.heap.page_allocator };\n"
          "    defer client.deinit();\n    _ = do_token;\n}" % tk, [tk])

    # 21 Nim db_postgres.open
    pw = pw_plain()
    c.pos("nim", "import db_connector/db_postgres\n\nlet db = open(\"pg-metrics\", \"metrics\", \"%s\", \"metrics\")\ndefer: db.close()\n"
          "for row in db.fastRows(sql\"SELECT name FROM series LIMIT 10\"):\n  echo row[0]" % pw, [pw])

    # 22 C char array
    pw = pw_plain()
    c.pos("c_char_array", "#include <string.h>\n#include \"auth.h\"\n\nstatic char ADMIN_PW[] = \"%s\";\n\nint check_admin(const char *input) {\n"
          "    return strcmp(input, ADMIN_PW) == 0;\n}" % pw, [pw])

    # 23 C #define
    sec = g.hex(64)
    c.pos("c_define", "#ifndef LICENSE_SERVER_H\n#define LICENSE_SERVER_H\n\n#define LICENSE_SERVER_URL \"https://lic.acme-cad.example/v2\"\n"
          "#define LICENSE_HMAC_SECRET \"%s\"\n#define LICENSE_TIMEOUT_MS 5000\n\n#endif" % sec, [sec])

    # 24 C++ constexpr + raw string
    xb = g.slack_bot()
    hook = g.slack_webhook()
    c.pos("cpp_constexpr", "#include <string_view>\n\nnamespace alerts {\nconstexpr std::string_view kSlackToken = \"%s\";\n"
          "inline const char* kWebhook = R\"(%s)\";\n}  // namespace alerts" % (xb, hook), [xb, hook])

    # 25 Fortran parameter
    ak = g.alnum(32)
    c.pos("fortran", "module weather_api\n  implicit none\n  character(len=*), parameter :: api_base = 'https://api.openweathermap.org/data/2.5'\n"
          "  character(len=*), parameter :: api_key = '%s'\ncontains\n  subroutine fetch(city)\n    character(len=*), intent(in) :: city\n  end subroutine fetch\nend module weather_api" % ak, [ak])

    # 26 COBOL VALUE clause
    pw = g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12)
    c.pos("cobol", "       WORKING-STORAGE SECTION.\n       01  WS-DB-USER        PIC X(08) VALUE 'BATCH01'.\n       01  WS-DB-PASSWORD    PIC X(12) VALUE '%s'.\n"
          "       01  WS-SQLCODE        PIC S9(9) COMP.\n       PROCEDURE DIVISION.\n           EXEC SQL CONNECT :WS-DB-USER IDENTIFIED BY :WS-DB-PASSWORD END-EXEC." % pw, [pw])

    # 27 VB.NET connection string
    pw = pw_plain().replace(";", "")
    c.pos("vbnet", "Imports System.Data.SqlClient\n\nModule Reports\n    Private Const ConnStr As String = \"Data Source=SQL02;Initial Catalog=Reports;User Id=rpt;Password=%s;\"\n\n"
          "    Sub Main()\n        Using cn As New SqlConnection(ConnStr)\n            cn.Open()\n        End Using\n    End Sub\nEnd Module" % pw, [pw])

    # 28 PowerShell here-string + ConvertTo-SecureString
    pw = pw_plain()
    cs = g.azure_client_secret()
    c.pos("powershell_herestring", "$body = @'\n{\n  \"grant_type\": \"client_credentials\",\n  \"client_secret\": \"%s\"\n}\n'@\n"
          "$sec = ConvertTo-SecureString \"%s\" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_deploy', $sec)" % (cs, pw), [cs, pw])

    # 29 Bash associative array
    sk = g.stripe("rk_live_")
    tw = g.twilio_token()
    c.pos("bash_array", "#!/usr/bin/env bash\nset -euo pipefail\ndeclare -A KEYS=(\n  [stripe]=\"%s\"\n  [twilio]=\"%s\"\n)\n"
          "for k in \"${!KEYS[@]}\"; do\n  echo \"configuring $k\"\ndone" % (sk, tw), [sk, tw])

    # 30 SQL procedure with linked server login / scoped credential
    pw1 = pw_plain().replace("'", "")
    sas = g.azure_sas_sig()
    c.pos("sql_procedure", "CREATE PROCEDURE dbo.setup_remote AS\nBEGIN\n  EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY01', @useself = 'FALSE',\n"
          "       @rmtuser = N'sa_link', @rmtpassword = N'%s';\n  CREATE DATABASE SCOPED CREDENTIAL BlobCred WITH IDENTITY = 'SHARED ACCESS SIGNATURE',\n"
          "       SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rl&sig=%s';\nEND" % (pw1, sas), [pw1, sas])

    # 31 Java @Value with default
    sk = g.stripe("sk_live_")
    c.pos("java_annotation", "@Service\npublic class PaymentService {\n\n    @Value(\"${stripe.secret-key:%s}\")\n    private String stripeKey;\n\n"
          "    @PostConstruct\n    void init() { Stripe.apiKey = stripeKey; }\n}" % sk, [sk])

    # 32 Java builder chain .password("...")
    pw = pw_plain()
    c.pos("java_builder", "@Bean\nDataSource reportingDataSource() {\n    return DataSourceBuilder.create()\n        .url(\"jdbc:mysql://mysql-rpt:3306/rpt\")\n"
          "        .username(\"rpt_reader\")\n        .password(\"%s\")\n        .build();\n}" % pw, [pw])

    # 33 Jenkinsfile environment block
    pw = pw_plain()
    c.pos("groovy_jenkinsfile", "pipeline {\n  agent any\n  environment {\n    NEXUS_USER = 'ci'\n    NEXUS_PASSWORD = '%s'\n  }\n  stages {\n"
          "    stage('Publish') { steps { sh './gradlew publish' } }\n  }\n}" % pw, [pw])

    # 34 TypeScript S3Client
    kid, sec = g.aws_key_id(), g.aws_secret()
    c.pos("typescript", "import { S3Client } from \"@aws-sdk/client-s3\";\n\nexport const s3 = new S3Client({\n  region: \"us-east-2\",\n  credentials: {\n"
          "    accessKeyId: \"%s\",\n    secretAccessKey: \"%s\",\n  },\n});" % (kid, sec), [kid, sec])

    # 35 Objective-C NSString constant
    sec = g.alnum(40)
    c.pos("objective_c", "#import \"APIClient.h\"\n\nNSString * const kAPIClientID = @\"ios-app-7781\";\nNSString * const kAPIClientSecret = @\"%s\";\n\n"
          "@implementation APIClient\n@end" % sec, [sec])

    # 36 OCaml quoted string literal
    tk = g.gitlab_pat()
    c.pos("ocaml", "let gitlab_token = {|%s|}\n\nlet headers =\n  Cohttp.Header.of_list [ (\"PRIVATE-TOKEN\", gitlab_token) ]\n\nlet () = Lwt_main.run (fetch_projects headers)" % tk, [tk])

    # ---------------------------------------------------------------- negatives
    c.neg("go", "func Open() (*sql.DB, error) {\n\tu := &url.URL{\n\t\tScheme:   \"postgres\",\n\t\tUser:     url.UserPassword(os.Getenv(\"DB_USER\"), os.Getenv(\"DB_PASSWORD\")),\n"
                "\t\tHost:     \"pg-orders.prod:5432\",\n\t\tPath:     \"orders\",\n\t\tRawQuery: \"sslmode=require\",\n\t}\n\treturn sql.Open(\"postgres\", u.String())\n}")
    c.neg("rust_raw_string", "let token = std::env::var(\"GITHUB_TOKEN\").expect(\"GITHUB_TOKEN not set\");\nlet fixture = r#\"{\"owner\":\"acme\",\"token\":\"<redacted>\"}\"#;")
    c.neg("csharp_verbatim", "var conn = _configuration.GetConnectionString(\"Erp\");\nvar stripeKey = _configuration[\"Stripe:SecretKey\"];\n// keys come from Azure Key Vault via AddAzureKeyVault()")
    c.neg("groovy_jenkinsfile", "withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASSWORD')]) {\n"
                                "  sh './gradlew publish'\n}")
    c.neg("java_annotation", "@Value(\"${stripe.secret-key}\")\nprivate String stripeKey;\n\n@Value(\"${spring.datasource.password:}\")\nprivate String dbPassword;")
    c.neg("c_define", "#define API_SECRET_LEN 64\n#define PW_MAX 128\n\nstatic char admin_pw[PW_MAX];\nint load_pw(void) { return read_secret(\"/run/secrets/admin_pw\", admin_pw, PW_MAX); }")
    c.neg("php_pdo", "<?php\n$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));\n$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);")
    c.neg("kotlin_builder", "val client = OkHttpClient.Builder()\n    .authenticator { _, response ->\n        response.request.newBuilder()\n"
                            "            .header(\"Authorization\", Credentials.basic(BuildConfig.SYNC_USER, BuildConfig.SYNC_PASSWORD))\n            .build()\n    }\n    .build()")
    return c.items
