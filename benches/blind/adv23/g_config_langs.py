"""Group config_langs: secrets in less common configuration languages."""
from common import D, J, b64s

SEED = 2303
TITLE = "less common configuration languages"
COVERS = [
    "Nix (NixOS options, fetchurl/netrc via builtins, home-manager), Dhall, CUE, Jsonnet, KDL, EDN/Clojure maps, Apple Pkl",
    "Starlark/Bazel (.bzl constants, .bazelrc), HOCON (Akka persistence, Play secret, fallback literal next to ${?ENV})",
    "TOML inline tables and arrays of tables, INI with continuation lines, systemd units with backslash continuations",
    "Java .properties with \\uXXXX escapes in the value, Bicep params, ARM template defaultValue, CloudFormation with !Sub",
    "Crossplane ProviderConfig secret, Ansible vars (plain value next to !vault), Chef data bag, Salt pillar, Puppet hiera (eyaml next to plain)",
    "Caddyfile (dns provider token), nginx (proxy_set_header Basic), HAProxy userlist/insecure-password, Lua (Neovim/OpenResty)",
    "Erlang sys.config (strings and binaries), Elixir runtime.exs, .npmrc/.pypirc/Cargo credentials, Docker config.json auth, "
    "Maven settings.xml, Gradle properties, kubeconfig, Kustomize literals, Terraform tfvars, .netrc, web.config",
    'home-manager writing an OpenSSH ed25519 key through home.file (indented PEM)',
    'LiteLLM proxy YAML with ten AI providers (Azure OpenAI, Together, Perplexity, Cohere, Mistral, Fireworks, OpenRouter, Cerebras, NVIDIA NIM, Voyage) and a master key',
    '`doppler secrets download --format env` dump with 20 SaaS tokens (Airtable, Algolia, Asana, Contentful, Databricks, DigitalOcean, Dropbox, Figma, Intercom, LaunchDarkly, Mapbox, Notion, PlanetScale, Postman, Pulumi, Supabase PAT + service-role JWT, Terraform Cloud, Zendesk, Doppler)',
]


def build(c):
    g, r, p = c.g, c.rng, c.pii

    # 1 NixOS module with plain admin password and API key
    pw = g.pw(avoid="\"$\\")
    key = g.cloudflare_token()
    c.pos("nix", D("""
        { config, pkgs, ... }:
        {
          services.grafana = {
            enable = true;
            settings.security.admin_user = "admin";
            settings.security.admin_password = "⟦pw⟧";
          };
          security.acme.defaults.environmentFile = pkgs.writeText "acme-env" ''
            CLOUDFLARE_DNS_API_TOKEN=⟦k⟧
          '';
        }
        """, pw=pw, k=key), [pw, key])

    # 2 Nix fetchurl with netrc written inline
    pw = g.artifactory()
    c.pos("nix", D("""
        { stdenv, fetchurl }:
        let
          netrc = builtins.toFile "netrc" ''
            machine artifacts.corp.rheinmetrics.de
            login ci-nix
            password ⟦pw⟧
          '';
        in fetchurl {
          url = "https://artifacts.corp.rheinmetrics.de/libs/libsensor-4.2.1.tar.gz";
          sha256 = "sha256-q5Vn1s0xJQYqXv3nqL0E7dFj2bq1zZ8H6g9r4k2mPso=";
          curlOptsList = [ "--netrc-file" netrc ];
        }
        """, pw=pw), [pw])

    # 3 home-manager with git credential and openai key
    ghp = g.github("ghp")
    oa = g.openai()
    c.pos("nix", D("""
        programs.git.extraConfig.credential."https://github.com".helper =
          "!f() { echo username=mkoenig; echo password=⟦g⟧; }; f";
        home.sessionVariables = {
          EDITOR = "nvim";
          OPENAI_API_KEY = "⟦o⟧";
        };
        """, g=ghp, o=oa), [ghp, oa])

    # 4 Dhall record
    pw = g.pw(avoid="\"\\$")
    c.pos("dhall", D("""
        let Db = { host : Text, port : Natural, user : Text, password : Text }

        let prod
            : Db
            = { host = "pg-ledger.internal"
              , port = 5432
              , user = "ledger_rw"
              , password = "⟦pw⟧"
              }

        in  { db = prod, featureFlags = [ "new-ledger" ] }
        """, pw=pw), [pw])

    # 5 CUE
    sk = g.stripe("sk", "live")
    wh = g.stripe_whsec()
    c.pos("cue", D("""
        package deploy

        secrets: stripe: {
        	secretKey:     "⟦s⟧"
        	webhookSecret: "⟦w⟧"
        }
        replicas: *3 | int & >=1
        """, s=sk, w=wh), [sk, wh])

    # 6 Jsonnet
    xai = g.xai()
    c.pos("jsonnet", D("""
        local apiKey = '⟦k⟧';
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          spec+: { template+: { spec+: { containers: [{
            name: 'chat-gw',
            env: [{ name: 'XAI_API_KEY', value: apiKey }],
          }] } } },
        }
        """, k=xai), [xai])

    # 7 KDL
    pw = g.pw(avoid="\"\\")
    tok = g.discord_bot()
    c.pos("kdl", D("""
        bot "moderation" {
            token "⟦t⟧"
            prefix "!"
        }
        database host="db.lan" port=5432 user="modbot" password="⟦pw⟧"
        """, t=tok, pw=pw), [tok, pw])

    # 8 EDN / Clojure
    pw = g.pw(avoid="\"\\")
    sk = g.stripe("rk", "live")
    c.pos("edn", D("""
        {:db {:dbtype "postgresql"
              :host "pg.internal"
              :user "ledger"
              :password "⟦pw⟧"}
         :stripe/restricted-key "⟦k⟧"
         :http {:port 8080}}
        """, pw=pw, k=sk), [pw, sk])

    # 9 Apple Pkl
    tok = g.docker_pat()
    pw = g.pw_passphrase(sep="_")
    c.pos("pkl", D("""
        amends "package://pkg.pkl-lang.org/pkl-k8s/k8s@1.0.1#/api/core/v1/Secret.pkl"

        metadata { name = "registry-creds" }
        stringData {
          ["DOCKERHUB_TOKEN"] = "⟦t⟧"
          ["SMTP_PASSWORD"] = "⟦pw⟧"
        }
        """, t=tok, pw=pw), [tok, pw])

    # 10 Starlark .bzl
    tok = g.sentry_org()
    c.pos("starlark", D("""
        # tools/release/defs.bzl
        SENTRY_ORG = "acme"
        SENTRY_AUTH_TOKEN = "⟦t⟧"

        def sentry_upload(name, srcs):
            native.genrule(
                name = name,
                srcs = srcs,
                outs = [name + ".stamp"],
                cmd = "SENTRY_AUTH_TOKEN=%s sentry-cli sourcemaps upload $(SRCS) && touch $@" % SENTRY_AUTH_TOKEN,
            )
        """, t=tok), [tok])

    # 11 .bazelrc with remote cache header
    key = g.alnum(32)
    c.pos("starlark", D("""
        build --remote_cache=grpcs://remote.buildbuddy.io
        build --remote_header=x-buildbuddy-api-key=⟦k⟧
        build --remote_timeout=3600
        """, k=key), [key])

    # 12 HOCON (Akka persistence JDBC)
    pw = g.pw(avoid="\"\\$")
    c.pos("hocon", D("""
        akka.persistence.jdbc {
          shared-databases.slick {
            profile = "slick.jdbc.PostgresProfile$"
            db {
              url = "jdbc:postgresql://pg-events:5432/events"
              user = "akka"
              password = "⟦pw⟧"
              numThreads = 10
            }
          }
        }
        """, pw=pw), [pw])

    # 13 HOCON Play secret with fallback literal next to env override
    sec = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 64)
    pw = g.pw(avoid="\"\\$")
    c.pos("hocon", D("""
        play.http.secret.key = "⟦s⟧"
        play.http.secret.key = ${?APPLICATION_SECRET}

        slick.dbs.default.db.password = "⟦pw⟧"
        slick.dbs.default.db.password = ${?DB_PASSWORD}
        """, s=sec, pw=pw), [sec, pw])

    # 14 TOML inline table
    pw = g.pw(avoid="\"\\")
    c.pos("toml", D("""
        [server]
        bind = "0.0.0.0:8080"

        [storage]
        primary = { driver = "postgres", dsn = "host=pg user=api dbname=api", password = "⟦pw⟧" }
        replicas = [ { host = "pg-r1" }, { host = "pg-r2" } ]
        """, pw=pw), [pw])

    # 15 TOML arrays of tables with registry tokens
    t1, t2 = g.npm(), g.gitlab("glpat-")
    c.pos("toml", D("""
        [[registries]]
        name = "npm"
        url = "https://registry.npmjs.org/"
        token = "⟦a⟧"

        [[registries]]
        name = "gitlab"
        url = "https://gitlab.example-corp.io/api/v4/projects/118/packages/npm/"
        token = "⟦b⟧"
        """, a=t1, b=t2), [t1, t2])

    # 16 INI with continuation lines (configparser multi-line value)
    pw = g.pw(avoid=";#=\n")
    c.pos("ini", D("""
        [smtp]
        host = mail.kanzlei-berger.at
        port = 587
        recipients =
            buchhaltung@kanzlei-berger.at
            it@kanzlei-berger.at
        user = scanner@kanzlei-berger.at
        password = ⟦pw⟧
        """, pw=pw), [pw])

    # 17 systemd unit with backslash continuation
    key = g.anthropic()
    pw = g.pw_random(24)
    c.pos("systemd", D("""
        [Service]
        ExecStart=/usr/local/bin/assistant-gw --listen :9000
        Environment="ANTHROPIC_API_KEY=⟦k⟧" \\
                    "REDIS_PASSWORD=⟦pw⟧" \\
                    "LOG_LEVEL=info"
        Restart=always
        """, k=key, pw=pw), [key, pw])

    # 18 Java properties with unicode escapes
    a = g.alnum(4)
    b = g.digits(4)
    pw = "P\\u00e4ss" + a + "\\u00df" + b + "!"
    key = g.sendgrid()
    c.pos("properties", D("""
        # application-prod.properties
        spring.datasource.url=jdbc:mariadb://mariadb-prod:3306/shop
        spring.datasource.username=shop
        spring.datasource.password=⟦pw⟧
        spring.sendgrid.api-key=⟦k⟧
        app.greeting=Gr\\u00fc\\u00df Gott
        """, pw=pw, k=key), [pw, key])

    # 19 Bicep with defaulted password param
    pw = g.pw(avoid="'\\$")
    conn, acct_key = g.azure_conn_string("stfuncprod01")
    c.pos("bicep", D("""
        param location string = resourceGroup().location
        param sqlAdminLogin string = 'sqladmin'
        param sqlAdminPassword string = '⟦pw⟧'

        resource fn 'Microsoft.Web/sites@2023-01-01' = {
          name: 'fn-orders-prod'
          location: location
          properties: {
            siteConfig: {
              appSettings: [
                { name: 'AzureWebJobsStorage', value: '⟦c⟧' }
              ]
            }
          }
        }
        """, pw=pw, c=conn), [pw, acct_key])

    # 20 ARM template defaultValue
    pw = g.pw(avoid="\"\\")
    sbk = g.azure_sb_key()
    c.pos("arm_template", D("""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "vmAdminPassword": { "type": "securestring", "defaultValue": "⟦pw⟧" },
            "serviceBusConnection": {
              "type": "string",
              "defaultValue": "Endpoint=sb://sb-orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟦k⟧"
            }
          }
        }
        """, pw=pw, k=sbk), [pw, sbk])

    # 21 CloudFormation with !Sub
    pw = g.pw(avoid="'\"$@/:\\")
    c.pos("cloudformation", D("""
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              MasterUsername: appadmin
              MasterUserPassword: '⟦pw⟧'
          AppTask:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: app
                  Environment:
                    - Name: DATABASE_URL
                      Value: !Sub "postgresql://appadmin:⟦pw⟧@${Db.Endpoint.Address}:5432/app"
        """, pw=pw), [pw])

    # 22 Crossplane ProviderConfig with inline AWS creds secret
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("crossplane", D("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: aws-creds
          namespace: crossplane-system
        type: Opaque
        stringData:
          creds: |
            [default]
            aws_access_key_id = ⟦a⟧
            aws_secret_access_key = ⟦s⟧
        ---
        apiVersion: aws.upbound.io/v1beta1
        kind: ProviderConfig
        metadata:
          name: default
        spec:
          credentials:
            source: Secret
            secretRef: { namespace: crossplane-system, name: aws-creds, key: creds }
        """, a=ak, s=sk), [ak, sk])

    # 23 Ansible vars: vaulted + plain
    pw = g.pw(avoid="'\"\\")
    vault_lines = [g.hex(80) for _ in range(4)]
    c.pos("ansible", D("""
        # group_vars/prod/vars.yml
        db_password: !vault |
                  $ANSIBLE_VAULT;1.1;AES256
                  ⟦v0⟧
                  ⟦v1⟧
                  ⟦v2⟧
                  ⟦v3⟧
        smtp_relay_password: "⟦pw⟧"
        ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
        """, v0=vault_lines[0], v1=vault_lines[1], v2=vault_lines[2], v3=vault_lines[3], pw=pw), [pw])

    # 24 Chef data bag
    key = g.datadog_api()
    app = g.datadog_app()
    pw = g.pw(avoid="\"\\")
    c.pos("chef_databag", D("""
        {
          "id": "monitoring",
          "datadog": {
            "api_key": "⟦k⟧",
            "application_key": "⟦a⟧"
          },
          "nagios_admin_password": "⟦pw⟧"
        }
        """, k=key, a=app, pw=pw), [key, app, pw])

    # 25 Salt pillar
    pw = g.pw(avoid="'\"\\{}%")
    pw2 = g.pw_random(20)
    c.pos("salt_pillar", D("""
        mysql:
          server:
            root_password: '⟦a⟧'
          user:
            wordpress:
              password: '⟦b⟧'
              host: localhost
              databases:
                - database: wordpress
                  grants: ['all privileges']
        """, a=pw, b=pw2), [pw, pw2])

    # 26 Puppet hiera: eyaml + plain
    enc = "ENC[PKCS7," + g.b64(240) + "]"
    pw = g.pw(avoid="'\"\\%")
    c.pos("hiera", D("""
        ---
        profile::postgres::password: >
          ⟦e⟧
        profile::rabbitmq::admin_password: '⟦pw⟧'
        profile::rabbitmq::vhosts: ['/', 'billing']
        """, e=enc, pw=pw), [pw])

    # 27 Caddyfile with DNS provider token
    tok = g.cloudflare_token()
    c.pos("caddyfile", D("""
        {
        	email ops@lichtwerk.studio
        }

        *.lichtwerk.studio {
        	tls {
        		dns cloudflare ⟦t⟧
        	}
        	reverse_proxy app:3000
        }
        """, t=tok), [tok])

    # 28 nginx with Basic and API key headers
    user, pw = "metrics", g.pw(avoid=":\"")
    basic = b64s("%s:%s" % (user, pw))
    key = g.newrelic_license()
    c.pos("nginx", D("""
        location /upstream-metrics/ {
            proxy_pass https://metrics.vendor-analytics.net/;
            proxy_set_header Authorization "Basic ⟦b⟧";
            proxy_set_header X-License-Key ⟦k⟧;
            proxy_ssl_server_name on;
        }
        """, b=basic, k=key), [basic, key])

    # 29 HAProxy userlist
    pw1 = g.pw(avoid=" \"\\#")
    tok = g.jwt_user(iss="https://auth.internal/", alg="HS256")
    c.pos("haproxy", D("""
        userlist stats_users
            user admin insecure-password ⟦pw⟧

        backend be_api
            http-request set-header Authorization "Bearer ⟦t⟧"
            server api1 api-1.internal:8443 ssl verify none
        """, pw=pw1, t=tok), [pw1, tok])

    # 30 Lua (Neovim plugin config)
    key = g.openai()
    gk = g.groq()
    c.pos("lua", D("""
        require("gp").setup({
          openai_api_key = "⟦a⟧",
          providers = {
            groq = {
              endpoint = "https://api.groq.com/openai/v1/chat/completions",
              secret = "⟦b⟧",
            },
          },
        })
        """, a=key, b=gk), [key, gk])

    # 32 Erlang sys.config
    pw = g.pw(avoid="\"\\")
    aws_sk = g.aws_secret()
    c.pos("erlang_config", D("""
        [
         {kernel, [{logger_level, info}]},
         {billing, [
           {db, [{host, "pg-billing"}, {user, "billing"}, {password, "⟦pw⟧"}]},
           {aws_secret_access_key, <<"⟦s⟧">>}
         ]}
        ].
        """, pw=pw, s=aws_sk), [pw, aws_sk])

    # 33 Elixir runtime.exs
    pw = g.pw(avoid="\"\\#")
    sk = g.stripe("sk", "live")
    skb = g.b64(64)
    c.pos("elixir_config", D("""
        import Config

        config :shop, Shop.Repo,
          username: "shop",
          password: "⟦pw⟧",
          hostname: "db.internal",
          pool_size: 10

        config :stripity_stripe, api_key: "⟦sk⟧"
        config :shop, ShopWeb.Endpoint, secret_key_base: "⟦kb⟧"
        """, pw=pw, sk=sk, kb=skb), [pw, sk, skb])

    # 34 .npmrc + .pypirc
    npm = g.npm()
    pypi = g.pypi()
    c.pos("registry_rc", D("""
        $ cat ~/.npmrc
        //registry.npmjs.org/:_authToken=⟦n⟧
        @acme:registry=https://npm.pkg.github.com
        $ cat ~/.pypirc
        [pypi]
          username = __token__
          password = ⟦p⟧
        """, n=npm, p=pypi), [npm, pypi])

    # 35 Docker config.json with base64 auth + Cargo credentials
    ghp = g.github("ghp")
    auth = b64s("octo-ci:" + ghp)
    cio = g.crates()
    c.pos("registry_rc", D("""
        ~/.docker/config.json:
        {"auths":{"ghcr.io":{"auth":"⟦a⟧"}},"credsStore":""}

        ~/.cargo/credentials.toml:
        [registry]
        token = "⟦c⟧"
        """, a=auth, c=cio), [auth, cio])

    # 36 Maven settings.xml
    pw = g.pw(avoid="<>&\"'")
    tok = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 44)
    c.pos("maven_settings", D("""
        <settings>
          <servers>
            <server>
              <id>ossrh</id>
              <username>rbecker</username>
              <password>⟦pw⟧</password>
            </server>
            <server>
              <id>github</id>
              <username>x-token</username>
              <password>⟦t⟧</password>
            </server>
          </servers>
        </settings>
        """, pw=pw, t=tok), [pw, tok])

    # 37 gradle.properties
    pw = g.pw(avoid="\\")
    sp = g.pw_passphrase(sep=" ", digits=True)
    c.pos("gradle_properties", D("""
        org.gradle.jvmargs=-Xmx4g
        ossrhUsername=rbecker
        ossrhPassword=⟦pw⟧
        signing.keyId=4F2A9C1B
        signing.password=⟦sp⟧
        signing.secretKeyRingFile=/home/rbecker/.gnupg/secring.gpg
        """, pw=pw, sp=sp), [pw, sp])

    # 38 kubeconfig with bearer token
    tok = g.k8s_sa_token("ci", "gitlab-deployer")
    c.pos("kubeconfig", D("""
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            server: https://k8s-api.prod.internal:6443
            insecure-skip-tls-verify: true
          name: prod
        users:
        - name: gitlab-deployer
          user:
            token: ⟦t⟧
        contexts:
        - context: {cluster: prod, user: gitlab-deployer, namespace: apps}
          name: prod
        current-context: prod
        """, t=tok), [tok])

    # 39 .netrc + web.config connection string
    pw = g.pw(avoid=" \n")
    pw2 = g.pw(avoid=";\"'<>&")
    hk = g.heroku()
    c.pos("netrc_webconfig", D("""
        # ~/.netrc
        machine api.heroku.com login deploy@quillpress.io password ⟦h⟧
        machine git.quillpress.io login ci password ⟦pw⟧

        <!-- Web.config -->
        <connectionStrings>
          <add name="Default" connectionString="Server=tcp:sql-qp.database.windows.net,1433;Database=qp;User ID=qpadmin;Password=⟦p2⟧;Encrypt=True;" />
        </connectionStrings>
        """, h=hk, pw=pw, p2=pw2), [hk, pw, pw2])

    # 40 home-manager: OpenSSH key written through home.file
    key = g.openssh_ed25519("mkoenig@thinkpad")
    c.pos("nix", J(
        "  home.file.\".ssh/id_ed25519\" = {",
        "    text = ''",
        *["      " + ln for ln in key.text.split("\n")],
        "    '';",
        "    onChange = \"chmod 600 ~/.ssh/id_ed25519\";",
        "  };"), key.picks())

    # 41 LiteLLM proxy config with many AI providers
    ks = dict(openrouter=g.openrouter(), together=g.together(), pplx=g.perplexity(), cohere=g.cohere(),
              mistral=g.mistral(), azure=g.azure_openai_key(), fw=g.fireworks(), cerebras=g.cerebras(),
              nvidia=g.nvidia(), voyage=g.voyage(), master="sk-" + g.alnum(32))
    c.pos("litellm_yaml", D("""
        model_list:
          - model_name: gpt-4o
            litellm_params: { model: azure/gpt-4o-eu, api_base: https://oai-eu-prod.openai.azure.com, api_key: ⟦azure⟧ }
          - model_name: llama-3.1-70b
            litellm_params: { model: together_ai/meta-llama/Llama-3.1-70B-Instruct-Turbo, api_key: ⟦together⟧ }
          - model_name: sonar
            litellm_params: { model: perplexity/sonar-pro, api_key: ⟦pplx⟧ }
          - model_name: command-r
            litellm_params: { model: cohere/command-r-plus, api_key: ⟦cohere⟧ }
          - model_name: mistral-large
            litellm_params: { model: mistral/mistral-large-latest, api_key: ⟦mistral⟧ }
          - model_name: deepseek-r1
            litellm_params: { model: fireworks_ai/accounts/fireworks/models/deepseek-r1, api_key: ⟦fw⟧ }
          - model_name: qwen-coder
            litellm_params: { model: openrouter/qwen/qwen-2.5-coder-32b-instruct, api_key: ⟦openrouter⟧ }
          - model_name: llama-fast
            litellm_params: { model: cerebras/llama3.1-8b, api_key: ⟦cerebras⟧ }
          - model_name: nemotron
            litellm_params: { model: nvidia_nim/nvidia/llama-3.1-nemotron-70b-instruct, api_key: ⟦nvidia⟧ }
          - model_name: voyage-3
            litellm_params: { model: voyage/voyage-3, api_key: ⟦voyage⟧ }
        general_settings:
          master_key: ⟦master⟧
          database_url: os.environ/DATABASE_URL
        """, **ks), list(ks.values()))

    # 42 doppler download (dotenv) with assorted SaaS tokens
    vals = [("AIRTABLE_PAT", g.airtable()), ("ALGOLIA_ADMIN_KEY", g.algolia_admin()), ("ASANA_PAT", g.asana()),
            ("CONTENTFUL_MANAGEMENT_TOKEN", g.contentful()), ("DATABRICKS_TOKEN", g.databricks()),
            ("DIGITALOCEAN_TOKEN", g.digitalocean()), ("DROPBOX_ACCESS_TOKEN", g.dropbox()), ("FIGMA_TOKEN", g.figma()),
            ("INTERCOM_ACCESS_TOKEN", g.intercom()), ("LAUNCHDARKLY_SDK_KEY", g.launchdarkly()),
            ("MAPBOX_SECRET_TOKEN", g.mapbox_secret()), ("NOTION_TOKEN", g.notion_legacy()),
            ("PLANETSCALE_PASSWORD", g.planetscale()), ("POSTMAN_API_KEY", g.postman()),
            ("PULUMI_ACCESS_TOKEN", g.pulumi()), ("SUPABASE_ACCESS_TOKEN", g.supabase_pat()),
            ("SUPABASE_SERVICE_ROLE_KEY", g.supabase_service_jwt("xqzvplmtrwnbkajd")),
            ("TF_TOKEN_app_terraform_io", g.terraform_cloud()), ("ZENDESK_API_TOKEN", g.zendesk()),
            ("DOPPLER_TOKEN", g.doppler())]
    c.pos("dotenv_dump", J("$ doppler secrets download --no-file --format env --project web --config prd",
                           *['%s="%s"' % kv for kv in vals]), [v for _, v in vals])

    # negatives ---------------------------------------------------------
    c.neg("nix_refs", D("""
        services.grafana.settings.security.admin_password = "$__file{/run/secrets/grafana-admin}";
        age.secrets.grafana-admin.file = ../secrets/grafana-admin.age;
        src = fetchurl {
          url = "https://github.com/acme/tool/archive/v1.4.2.tar.gz";
          hash = "sha256-3Xm9Qn7Hk5+Lb2pAa8rT0cVw4yZ1eD6fG9hJ2kL5mN0=";
        };
        """))
    c.neg("bazel_sha", D("""
        http_archive(
            name = "rules_go",
            sha256 = "80a98277ad1311dacd837f9b16db62887702e9f1d1c4c9f796d0121a46c8e184",
            urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.46.0/rules_go-v0.46.0.zip"],
        )
        """))
    c.neg("hocon_env", D("""
        db {
          url = ${DATABASE_URL}
          password = ${?DB_PASSWORD}
          connectionTimeout = 30 seconds
        }
        """))
    c.neg("cue_constraints", D("""
        #Credentials: {
        	username: string & =~"^[a-z][a-z0-9_]{2,31}$"
        	password: string & strings.MinRunes(16)
        	apiKey?:  string
        }
        """))
    c.neg("cfn_dynamic_refs", D("""
        MasterUserPassword: '{{resolve:secretsmanager:prod/rds/master:SecretString:password}}'
        ApiKey: !Ref ApiKeyParameter
        SlackUrl: '{{resolve:ssm-secure:/prod/slack/webhook:3}}'
        """))
    c.neg("caddy_env", D("""
        *.example.net {
        	tls {
        		dns cloudflare {env.CF_API_TOKEN}
        	}
        	basicauth /admin/* {
        		{$ADMIN_USER} {$ADMIN_HASH}
        	}
        }
        """))
    c.neg("nginx_passthrough", D("""
        location /api/ {
            proxy_pass http://backend;
            proxy_set_header Authorization $http_authorization;
            proxy_set_header X-Request-Id $request_id;
            auth_basic_user_file /etc/nginx/htpasswd;
        }
        """))
    c.neg("terraform_vars", D("""
        variable "db_password" {
          type      = string
          sensitive = true
        }
        resource "aws_db_instance" "main" {
          password = var.db_password
          tags     = { build = "2024.06.14-r3" }
        }
        """))
