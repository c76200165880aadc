"""Group rare_lang_code: secrets assigned in less common languages / build files."""
from common import *  # noqa: F401,F403
import hashlib


def build():
    g = Group("rare_lang_code")
    r = g.r

    # ------------------------------------------------------------ Elixir
    pm, sk = uuid4(r), stripe_key(r)
    g.p("elixir", f"""# config/runtime.exs
import Config

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.Postmark,
  api_key: "{pm}"

config :stripity_stripe, api_key: ~s({sk})

config :shop, Shop.Repo, pool_size: 10""", [pm, sk])

    a = anthropic_key(r)
    cut = 40
    g.p("elixir", f"""defmodule Summarizer.Client do
  @base "https://api.anthropic.com/v1/messages"
  # TODO move to env before merging!!
  @key_a ~S"{a[:cut]}"
  @key_b ~c"{a[cut:]}"

  def headers, do: [{{"x-api-key", @key_a <> to_string(@key_b)}}, {{"anthropic-version", "2023-06-01"}}]
end""", [a[:cut], a[cut:]])

    g.n("elixir", """# config/runtime.exs
import Config

if config_env() == :prod do
  config :stripity_stripe, api_key: System.fetch_env!("STRIPE_SECRET_KEY")
  config :shop, Shop.Mailer, api_key: System.get_env("POSTMARK_API_KEY") || raise "POSTMARK_API_KEY missing"
end""")

    # ------------------------------------------------------------ Erlang
    pw, tok = password(r, "random", "-_!#"), slack_token(r, "xoxb")
    g.p("erlang", f"""%% sys.config
[
 {{kernel, [{{logger_level, info}}]}},
 {{chat_relay, [
    {{db, [{{host, "db.internal"}}, {{user, "relay"}}, {{password, "{pw}"}}]}},
    {{slack_token, <<"{tok}">>}},
    {{pool_size, 8}}
 ]}}
].""", [pw, tok])

    # ------------------------------------------------------------ Haskell
    gk = google_api_key(r)
    g.p("haskell", f"""{{-# LANGUAGE OverloadedStrings #-}}
module Geo where

import qualified Data.Text as T
import Network.HTTP.Simple

apiKey :: T.Text
apiKey = "{gk}"

geocode :: T.Text -> IO (Response LBS.ByteString)
geocode addr = httpLBS $ setRequestQueryString [("address", Just (encodeUtf8 addr)), ("key", Just (encodeUtf8 apiKey))]
  "GET https://maps.googleapis.com/maps/api/geocode/json"
-- why do I get REQUEST_DENIED??""", [gk])

    # ------------------------------------------------------------ OCaml
    tok = github_token(r)
    g.p("ocaml", f"""let github_token = {{|{tok}|}}

let headers =
  Cohttp.Header.of_list
    [ ("Authorization", "token " ^ github_token);
      ("User-Agent", "opam-release-bot") ]

let () = Lwt_main.run (release ~headers ~repo:"ocaml-community/yojson")""", [tok])

    # ------------------------------------------------------------ F#
    cs_pw = password(r, "random", "!#%*-_")
    sbk = azure_storage_key(r)[:43] + "="
    g.p("fsharp", f"""// Program.fs
let connectionString =
    @"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=ledger;User ID=ledger_app;Password={cs_pw};Encrypt=True;"

let serviceBus = \"\"\"Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={sbk}\"\"\"

[<EntryPoint>]
let main _ = 0""", [cs_pw, sbk])

    # ------------------------------------------------------------ Clojure
    pk, ps = langfuse_public(r), langfuse_secret(r)
    rk = replicate_key(r)
    g.p("clojure", f"""(ns scratch.core
  (:require [clj-http.client :as http]))

(def config
  {{:replicate/token "{rk}"
   :langfuse {{:public-key "{pk}"
              :secret-key "{ps}"}}}})

(defn predict [input]
  (http/post "https://api.replicate.com/v1/predictions"
             {{:headers {{"Authorization" (str "Bearer " (:replicate/token config))}}
              :form-params {{:input input}} :content-type :json}}))""", [rk, ps])

    # ------------------------------------------------------------ Scala
    kpw = password(r, "random", "-_")
    g.p("scala", f"""object KafkaSettings {{
  val user = "svc-orders"
  val secret = "{kpw}"
  val jaas =
    s\"\"\"org.apache.kafka.common.security.scram.ScramLoginModule required
       |username="$user" password="{kpw}";\"\"\".stripMargin
}}""", [kpw])

    # ------------------------------------------------------------ Gradle / Groovy
    opw = password(r, "random", "-_!")
    sgk = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBGX" + b64s(r, 57) + "\n" + "\n".join(b64s(r, 64) for _ in range(6)) + "\n=" + b64s(r, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----"
    lines = sgk.split("\n")
    g.p("gradle", f"""// build.gradle
publishing {{
    repositories {{
        maven {{
            url = "https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/"
            credentials {{
                username = 'acme-release'
                password = '{opw}'
            }}
        }}
    }}
}}
signing {{
    def signingKey = '''{sgk}'''
    useInMemoryPgpKeys(signingKey, '{password(r, "phrase")}')
}}""", [opw, lines[3], lines[5]])
    last = g.cases[-1]
    last["secrets"].append(last["text"].split("useInMemoryPgpKeys(signingKey, '")[1].split("'")[0])

    npmt = npm_token(r)
    g.p("gradle", f"""// Jenkinsfile
pipeline {{
  agent any
  environment {{
    NPM_TOKEN = "{npmt}"
  }}
  stages {{
    stage('publish') {{
      steps {{ sh 'echo "//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}" > .npmrc && npm publish' }}
    }}
  }}
}}""", [npmt])

    g.n("gradle", """// build.gradle.kts
publishing {
    repositories {
        maven {
            url = uri("https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/")
            credentials {
                username = findProperty("ossrhUsername") as String? ?: System.getenv("OSSRH_USERNAME")
                password = findProperty("ossrhPassword") as String? ?: System.getenv("OSSRH_PASSWORD")
            }
        }
    }
}
signing { useInMemoryPgpKeys(System.getenv("SIGNING_KEY"), System.getenv("SIGNING_PASSWORD")) }""")

    # ------------------------------------------------------------ Kotlin script
    fcm = "AAAA" + b64u(r, 7) + ":APA91b" + b64u(r, 134)
    g.p("kotlin_script", f"""#!/usr/bin/env kotlin
// send-push.main.kts
@file:DependsOn("com.squareup.okhttp3:okhttp:4.12.0")
import okhttp3.*

val serverKey = \"\"\"{fcm}\"\"\"
val req = Request.Builder()
    .url("https://fcm.googleapis.com/fcm/send")
    .header("Authorization", "key=$serverKey")
    .post(RequestBody.create(null, args[0]))
    .build()""", [fcm])

    # ------------------------------------------------------------ Julia
    hf = hf_token(r)
    wb = wandb_key(r)
    g.p("julia", f"""using HTTP, JSON3

const HF_TOKEN = raw"{hf}"
ENV["WANDB_API_KEY"] = "{wb}"

resp = HTTP.post("https://api-inference.huggingface.co/models/gpt2",
                 ["Authorization" => "Bearer $HF_TOKEN"], JSON3.write((inputs = "Hello",)))""", [hf, wb])

    # ------------------------------------------------------------ Fortran
    ow = hexs(r, 32)
    g.p("fortran", f"""program fetch_weather
  implicit none
  character(len=*), parameter :: api_key = '{ow[:16]}' // &
                                           '{ow[16:]}'
  character(len=256) :: url
  url = 'https://api.openweathermap.org/data/2.5/weather?q=Hamburg&appid=' // api_key
  call execute_command_line('curl -s "' // trim(url) // '" > out.json')
end program fetch_weather""", [ow[:16], ow[16:]])

    g.n("fortran", """program fetch_weather
  implicit none
  character(len=64) :: api_key
  integer :: stat
  call get_environment_variable('OWM_API_KEY', api_key, status=stat)
  if (stat /= 0) stop 'set OWM_API_KEY'
end program fetch_weather""")

    # ------------------------------------------------------------ VBA
    pw = password(r, "random", "!#%*-_")
    g.p("vba", f"""Sub RefreshFromWarehouse()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={{ODBC Driver 18 for SQL Server}};Server=sql-fin01;Database=Finance;" & _
            "Uid=excel_reader;Pwd={pw};" & _
            "TrustServerCertificate=yes;"
    Sheets("Data").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM v_monthly_close")
End Sub""", [pw])

    # ------------------------------------------------------------ AutoHotkey
    pw = password(r, "human", "!#%*")
    pin_pw = password(r, "random", "!#%-_")
    g.p("autohotkey", f"""#Requires AutoHotkey v2.0
; hotstrings for the helpdesk laptop
::@@vpn::{pw}
^!p:: {{
    SendText "{pin_pw}"
    Send "{{Enter}}"
}}""", [pw, pin_pw])

    # ------------------------------------------------------------ Nim
    dg = deepgram_key(r)
    g.p("nim", f"""import httpclient, json

const deepgramKey = r"{dg}"

let client = newHttpClient()
client.headers = newHttpHeaders({{"Authorization": "Token " & deepgramKey,
                                 "Content-Type": "audio/wav"}})
echo client.postContent("https://api.deepgram.com/v1/listen", body = readFile("call.wav"))""", [dg])

    # ------------------------------------------------------------ Zig
    k = groq_key(r)
    g.p("zig", f"""const std = @import("std");

const auth_header =
    \\\\Bearer {k}
;

pub fn main() !void {{
    var client = std.http.Client{{ .allocator = std.heap.page_allocator }};
    defer client.deinit();
    std.debug.print("{{s}}\\n", .{{auth_header}});
}}""", [k])

    # ------------------------------------------------------------ Crystal
    sh = shopify_token(r)
    g.p("crystal", f"""require "http/client"

TOKEN = <<-KEY
  {sh}
  KEY

headers = HTTP::Headers{{"X-Shopify-Access-Token" => TOKEN.strip}}
res = HTTP::Client.get("https://acme-store.myshopify.com/admin/api/2024-01/orders.json", headers)
puts res.status_code""", [sh])

    # ------------------------------------------------------------ Dart / Flutter
    gm = google_api_key(r)
    rc = "goog_" + alnum(r, 27)
    g.p("dart", f"""// lib/env.dart
class Env {{
  static const geminiKey = String.fromEnvironment('GEMINI_KEY', defaultValue: '{gm}');
  static const revenueCatKey = r'{rc}';
}}

// flutter run --dart-define=GEMINI_KEY=... works, but release builds use the default??""", [gm])

    g.n("dart", """// lib/env.dart
class Env {
  static const geminiKey = String.fromEnvironment('GEMINI_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN', defaultValue: '');
  static bool get hasGemini => geminiKey.isNotEmpty;
}""")

    # ------------------------------------------------------------ Lua
    pw = password(r, "random", "-_.")
    rt = hexs(r, 40)
    g.p("lua", f"""-- nginx/openresty: access_by_lua_block helper
local redis = require "resty.redis"
local red = redis:new()
local ok, err = red:connect("redis-master", 6379)
local res, err = red:auth([[{pw}]])
local upstream_token = [==[{rt}]==]
ngx.req.set_header("X-Upstream-Token", upstream_token)""", [pw, rt])

    g.n("lua", """local token = os.getenv("UPSTREAM_TOKEN")
if not token or token == "" then
  ngx.log(ngx.ERR, "UPSTREAM_TOKEN not set")
  return ngx.exit(500)
end
ngx.req.set_header("X-Upstream-Token", token)""")

    # ------------------------------------------------------------ Perl
    pw = password(r, "random", "-_!#")
    pp = perplexity_key(r)
    g.p("perl", f"""#!/usr/bin/perl
use strict; use warnings;
use DBI;
my $dbh = DBI->connect("dbi:mysql:database=crm;host=db01", "crm_batch", q{{{pw}}})
    or die $DBI::errstr;
my $cfg = <<'END_CFG';
[perplexity]
api_key = {pp}
model = sonar-pro
END_CFG""", [pw, pp])

    # ------------------------------------------------------------ Tcl
    pw = password(r, "random", "-_.")
    g.p("tcl", f"""# expect script used by the nightly switch backup
set timeout 20
set user backup
set pass {{{pw}}}
spawn ssh $user@core-sw1
expect "assword:"
send "$pass\\r"
expect "#"
send "show running-config\\r\"""", [pw])

    # ------------------------------------------------------------ R
    ok = openai_key(r)
    cut = 90
    g.p("r_lang", f"""library(httr2)
Sys.setenv(OPENAI_API_KEY = paste0("{ok[:cut]}",
                                   "{ok[cut:]}"))
req <- request("https://api.openai.com/v1/chat/completions") |>
  req_auth_bearer_token(Sys.getenv("OPENAI_API_KEY"))
# Error in `req_perform()`: HTTP 401 Unauthorized. why??""", [ok[:cut], ok[cut:]])

    ck = password(r, "random", "-_")
    g.p("r_lang", f"""# shinyapps deploy
rsconnect::setAccountInfo(name   = "acme-analytics",
                          token  = "{hexs(r, 32).upper()}",
                          secret = "{b64s(r, 40)}")
db <- DBI::dbConnect(RPostgres::Postgres(), dbname = "survey", user = "shiny", password = "{ck}")""", [ck])
    last = g.cases[-1]
    t = last["text"]
    last["secrets"] = [t.split('token  = "')[1].split('"')[0], t.split('secret = "')[1].split('"')[0], ck]

    # ------------------------------------------------------------ Solidity / Hardhat
    pk = "0x" + hexs(r, 64)
    alch = alnum(r, 32)
    eth = rs(r, UPPER + DIGITS, 34)
    g.p("solidity_hardhat", f"""// hardhat.config.ts
import {{ HardhatUserConfig }} from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";

const config: HardhatUserConfig = {{
  solidity: "0.8.24",
  networks: {{
    sepolia: {{
      url: "https://eth-sepolia.g.alchemy.com/v2/{alch}",
      accounts: ["{pk}"],
    }},
  }},
  etherscan: {{ apiKey: "{eth}" }},
}};
export default config;""", [pk, alch, eth])

    mn_words = ["abandon", "ripple", "orbit", "velvet", "glimpse", "harvest", "token", "jungle", "oyster",
                "sunset", "canvas", "fringe", "bamboo", "sketch", "enlist", "pumpkin", "wisdom", "tackle"]
    mn = " ".join(r.sample(mn_words, 12))
    g.p("solidity_hardhat", f"""// truffle-config.js
const HDWalletProvider = require("@truffle/hdwallet-provider");
const mnemonic = "{mn}";
module.exports = {{
  networks: {{
    polygon: {{
      provider: () => new HDWalletProvider(mnemonic, "https://polygon-mainnet.infura.io/v3/{hexs(r, 32)}"),
      network_id: 137,
    }},
  }},
}};""", [mn])
    last = g.cases[-1]
    last["secrets"].append(last["text"].split("/v3/")[1].split('"')[0])

    g.n("solidity_hardhat", """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract UpgradeableProxy {
    // EIP-1967 implementation slot: bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)
    bytes32 internal constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;
    address public constant WETH = 0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2;
}

// hardhat.config.ts
// accounts: [vars.get("DEPLOYER_PRIVATE_KEY")], etherscan: { apiKey: vars.get("ETHERSCAN_API_KEY") }""")

    # ------------------------------------------------------------ Apex
    cs = password(r, "random", "-_")
    g.p("apex", f"""public with sharing class ErpCallout {{
    private static final String CLIENT_ID = '3MVG9{b64u(r, 80)}';
    private static final String CLIENT_SECRET = '{hexs(r, 64).upper()}';

    public static HttpResponse push(String body) {{
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://erp.acme-corp.com/api/orders');
        req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('sf_sync:' + '{cs}')));
        req.setMethod('POST');
        return new Http().send(req);
    }}
}}""", [cs])
    last = g.cases[-1]
    last["secrets"].insert(0, last["text"].split("CLIENT_SECRET = '")[1].split("'")[0])

    # ------------------------------------------------------------ ABAP
    k = alnum(r, 40)
    g.p("abap", f"""REPORT zfx_rates_pull.
DATA: lo_client TYPE REF TO if_http_client,
      lv_key    TYPE string VALUE '{k[:20]}'.
CONCATENATE lv_key '{k[20:]}' INTO lv_key.
cl_http_client=>create_by_url( EXPORTING url = |https://api.fxfeed.io/v1/latest?apikey={{ lv_key }}|
                               IMPORTING client = lo_client ).""", [k[:20], k[20:]])

    # ------------------------------------------------------------ PL/SQL
    bt = hexs(r, 40)
    dbp = password(r, "random", "_#")
    g.p("plsql", f"""DECLARE
  l_req  utl_http.req;
  l_resp utl_http.resp;
BEGIN
  l_req := utl_http.begin_request('https://hooks.partner-crm.com/v2/leads', 'POST', 'HTTP/1.1');
  utl_http.set_header(l_req, 'Authorization', 'Bearer {bt}');
  utl_http.set_header(l_req, 'Content-Type', 'application/json');
  l_resp := utl_http.get_response(l_req);
END;
/
CREATE USER etl_loader IDENTIFIED BY "{dbp}";
GRANT CREATE SESSION TO etl_loader;""", [bt, dbp])

    # ------------------------------------------------------------ T-SQL
    lpw, rpw = password(r, "random", "!#%*-_"), password(r, "random", "!#%*-_")
    g.p("tsql", f"""USE master;
GO
CREATE LOGIN [svc_reporting] WITH PASSWORD = N'{lpw}', CHECK_POLICY = ON;
GO
EXEC sp_addlinkedserver @server = N'LEGACY_ERP', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'erp-sql02';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY_ERP', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'erp_ro', @rmtpassword = N'{rpw}';
GO""", [lpw, rpw])

    g.n("tsql", """-- rotate the reporting login password from the vault-provided parameter
DECLARE @pwd nvarchar(128) = $(ReportingPassword);   -- sqlcmd variable, supplied by the pipeline
DECLARE @sql nvarchar(max) = N'ALTER LOGIN [svc_reporting] WITH PASSWORD = ' + QUOTENAME(@pwd, '''');
EXEC sp_executesql @sql;
SELECT name, is_policy_checked, modify_date FROM sys.sql_logins WHERE name = N'svc_reporting';""")

    # ------------------------------------------------------------ Nix
    pw = password(r, "random", "-_")
    ts = "tskey-auth-k" + alnum(r, 11) + "CNTRL-" + alnum(r, 33)
    g.p("nix", f"""{{ config, pkgs, ... }}:
{{
  services.postgresql.initialScript = pkgs.writeText "init.sql" ''
    CREATE ROLE nextcloud WITH LOGIN PASSWORD '{pw}';
    CREATE DATABASE nextcloud OWNER nextcloud;
  '';
  services.tailscale.enable = true;
  services.tailscale.authKeyFile = pkgs.writeText "ts-key" "{ts}";
}}""", [pw, ts])

    g.n("nix", """{ config, ... }:
{
  age.secrets.nextcloud-db.file = ../secrets/nextcloud-db.age;
  services.nextcloud.config.dbpassFile = config.age.secrets.nextcloud-db.path;
  services.tailscale.authKeyFile = config.sops.secrets."tailscale/authkey".path;
  nix.settings.trusted-public-keys = [ "cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=" ];
}""")

    # ------------------------------------------------------------ Starlark / Bazel
    bb = alnum(r, 20)
    dk = datadog_api(r)
    g.p("starlark", f"""# .bazelrc
build:remote --remote_cache=grpcs://remote.buildbuddy.io
build:remote --remote_header=x-buildbuddy-api-key={bb}

# BUILD.bazel
sh_test(
    name = "smoke_test",
    srcs = ["smoke.sh"],
    env = {{"DD_API_KEY": "{dk}", "DD_SITE": "datadoghq.com"}},
)""", [bb, dk])

    # ------------------------------------------------------------ CMake
    tok = gitlab_pat(r)
    k = alnum(r, 32)
    g.p("cmake", f"""include(FetchContent)
set(VENDOR_SDK_TOKEN "{tok}")
FetchContent_Declare(vendor_sdk
  URL https://gitlab.com/api/v4/projects/{digits(r, 8)}/packages/generic/sdk/3.2.0/sdk.tar.gz
  HTTP_HEADER "PRIVATE-TOKEN: ${{VENDOR_SDK_TOKEN}}")
FetchContent_MakeAvailable(vendor_sdk)
target_compile_definitions(app PRIVATE LICENSE_KEY="{k}")""", [tok, k])

    g.n("cmake", f"""include(FetchContent)
if(NOT DEFINED ENV{{VENDOR_SDK_TOKEN}})
  message(FATAL_ERROR "export VENDOR_SDK_TOKEN first (see docs/building.md)")
endif()
FetchContent_Declare(vendor_sdk
  URL https://gitlab.com/api/v4/projects/48213377/packages/generic/sdk/3.2.0/sdk.tar.gz
  URL_HASH SHA256={hashlib.sha256(b"vendor-sdk-3.2.0.tar.gz").hexdigest()}
  HTTP_HEADER "PRIVATE-TOKEN: $ENV{{VENDOR_SDK_TOKEN}}")""")

    # ------------------------------------------------------------ Makefile
    reg = password(r, "random", "-_")
    pat = github_token(r)
    g.p("makefile", f"""REGISTRY      := registry.acme.io
REGISTRY_USER := ci-pusher
REGISTRY_PASS := {reg}
GH_TOKEN?={pat}

push:
\techo $(REGISTRY_PASS) | docker login $(REGISTRY) -u $(REGISTRY_USER) --password-stdin
\tdocker push $(REGISTRY)/api:$(VERSION)
\tGH_TOKEN=$(GH_TOKEN) gh release create v$(VERSION) --generate-notes""", [reg, pat])

    # ------------------------------------------------------------ Jsonnet
    pw = password(r, "random", "-_")
    pd = hexs(r, 32)
    g.p("jsonnet", f"""local alertmanager = {{
  pagerduty_key:: '{pd}',
  smtp_pass:: |||
    {pw}
  |||,
}};
{{
  receivers: [{{ name: 'oncall', pagerduty_configs: [{{ routing_key: alertmanager.pagerduty_key }}] }}],
  global: {{ smtp_auth_password: std.stripChars(alertmanager.smtp_pass, '\\n ') }},
}}""", [pd, pw])

    # ------------------------------------------------------------ CUE
    tok = xai_key(r)
    rp = password(r, "random", "-_")
    g.p("cue", f"""package deploy

secrets: {{
	xaiApiKey: "{tok}"
	redisPassword: #"{rp}"#
}}

deployment: env: [
	{{name: "XAI_API_KEY", value: secrets.xaiApiKey}},
]""", [tok, rp])

    return g.cases
