"""Group build_artifacts: secrets baked into bundles, binaries, images and CI logs."""
import base64
import json
import random

from common import Collector, Gen

SEED = 220202
G = "build_artifacts"


def J(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    c = Collector(G)

    # 1 webpack minified chunk with a Stripe secret in a config object
    sk = g.stripe("sk_live_")
    js = ('"use strict";(self.webpackChunkcheckout=self.webpackChunkcheckout||[]).push([[179],{4521:(e,t,n)=>{n.d(t,{Z:()=>o});'
          'var r=n(7294),a=n(2650);const o={env:"production",apiBase:"https://api.lumen.example/v2",stripeSecret:"%s",'
          'currency:"EUR",retry:{max:3,backoff:250}};a.Z.init(o)}}]);\n//# sourceMappingURL=179.8f3c1a2b.chunk.js.map' % sk)
    c.pos("webpack_bundle", js, [sk])

    # 2 webpack DefinePlugin-inlined Anthropic key
    ak = g.anthropic()
    js = ('/*! For license information please see main.5e0b9d.js.LICENSE.txt */\n'
          '(()=>{var e={812:function(e,t,n){"use strict";var r=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};'
          'Object.defineProperty(t,"__esModule",{value:!0});const o=r(n(4031)),i="%s",s=new o.default({apiKey:i,maxRetries:1});'
          't.ask=async e=>(await s.messages.create({model:"claude-3-5-haiku-latest",max_tokens:256,messages:[{role:"user",content:e}]})).content[0].text}}})();' % ak)
    c.pos("webpack_bundle", js, [ak])

    # 3 vite bundle with import.meta.env replaced (Supabase service role JWT)
    jwt = g.jwt({"iss": "supabase", "ref": g.s("abcdefghijklmnopqrstuvwxyz", 20), "role": "service_role", "iat": 1712000000, "exp": 2027576000})
    js = ('import{c as Ht,r as qe}from"./vendor-DkP3xQ1a.js";const Ke={BASE_URL:"/",MODE:"production",DEV:!1,PROD:!0,SSR:!1,'
          'VITE_SUPABASE_URL:"https://%s.supabase.co",VITE_SUPABASE_SERVICE_ROLE:"%s"};const Xe=Ht(Ke.VITE_SUPABASE_URL,Ke.VITE_SUPABASE_SERVICE_ROLE);export{Xe as s};'
          % (g.s("abcdefghijklmnopqrstuvwxyz", 20), jwt))
    c.pos("vite_bundle", "dist/assets/index-B7f2Qa9c.js\n" + js, [jwt])

    # 4 vite bundle with Algolia admin key
    alg = g.algolia_admin()
    js = ('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Search-CQ1n.js","assets/Search-Dx0.css"])))=>i.map(i=>d[i]);\n'
          'var Bn=Object.defineProperty;const Rm={appId:"H7Q2ZX4KLM",adminApiKey:"%s",indexName:"prod_products"},Pm=Zx(Rm.appId,Rm.adminApiKey);' % alg)
    c.pos("vite_bundle", js, [alg])

    # 5 source map with sourcesContent (escaped newlines)
    op = g.openai_proj()
    src = 'import OpenAI from "openai";\n\nconst OPENAI_KEY = "%s";\nexport const client = new OpenAI({ apiKey: OPENAI_KEY, dangerouslyAllowBrowser: true });\n' % op
    sm = {"version": 3, "file": "assets/ai-Cw3x.js", "sources": ["../../src/lib/ai.ts"], "sourcesContent": [src],
          "names": ["OpenAI", "OPENAI_KEY", "client"], "mappings": "AAAA,OAAO,YAAY;AAEnB,MAAM,aAAa;AACnB,aAAa,SAAS"}
    c.pos("source_map", "$ curl -s https://app.acme.example/assets/ai-Cw3x.js.map\n" + J(sm), [op])

    # 6 source map embedding a .env file
    pw, mg = g.url_safe_pw(), g.mailgun()
    envsrc = "# local overrides\nNODE_ENV=production\nDB_HOST=db.internal\nDB_PASSWORD=%s\nMAILGUN_API_KEY=%s\n" % (pw, mg)
    sm = {"version": 3, "sources": ["webpack://server/./.env", "webpack://server/./src/config.js"],
          "sourcesContent": [envsrc, "require('dotenv').config();\nmodule.exports = process.env;\n"], "mappings": ";;;;;AAAA", "sourceRoot": ""}
    c.pos("source_map", J(sm, 1), [pw, mg])

    # 7 strings output of a Go agent binary with AWS creds
    kid, sec = g.aws_key_id(), g.aws_secret()
    out = ("$ strings -n 10 ./bin/log-shipper | grep -iE 'aws|key|s3' | head -20\n"
           "github.com/aws/aws-sdk-go-v2/credentials\n*credentials.StaticCredentialsProvider\nruntime.(*mheap).allocSpan\n"
           "%s\n%s\ns3://acme-logs-archive/raw/\nAWS_REGION\nx-amz-content-sha256\nstrconv.ParseFloat\n" % (kid, sec))
    c.pos("strings_output", out, [kid, sec])

    # 8 strings of a C++ binary with a DSN
    pw2 = g.password().replace(" ", "")
    out = ("strings -a firmware_update.bin\n__libc_start_main\nGLIBCXX_3.4.21\n_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE\n"
           "mysql://telemetry:%s@metrics-db.factory.local:3306/telemetry\nSELECT version FROM fw_release WHERE channel=?\n%%s:%%d\n.gnu_debuglink" % pw2)
    c.pos("strings_output", out, [pw2])

    # 9 JADX decompiled Java constants
    tsid, ttok = g.twilio_sid(), g.twilio_token()
    java = ("/* JADX INFO: loaded from: classes3.dex */\npackage com.fitpulse.sms;\n\nimport com.twilio.Twilio;\n\n"
            "public final class SmsConfig {\n    public static final String ACCOUNT_SID = \"%s\";\n"
            "    public static final String AUTH_TOKEN = \"%s\";\n    public static final int MAX_RETRIES = 3;\n\n"
            "    /* renamed from: a */\n    public static void m42a() {\n        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);\n    }\n}" % (tsid, ttok))
    c.pos("decompiled_java", java, [tsid, ttok])

    # 10 smali const-string
    xb = g.slack_bot()
    smali = (".class public final Lcom/acme/notify/a;\n.super Ljava/lang/Object;\n.source \"SlackNotifier.kt\"\n\n"
             ".method public static b(Ljava/lang/String;)V\n    .locals 3\n    const-string v0, \"https://slack.com/api/chat.postMessage\"\n"
             "    const-string v1, \"%s\"\n    const-string v2, \"Bearer \"\n    invoke-static {v2, v1}, Lkotlin/jvm/internal/Intrinsics;->stringPlus(Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/String;\n    return-void\n.end method" % xb)
    c.pos("smali", smali, [xb])

    # 11 .NET IL ldstr
    sapw = g.symbol_pw().replace('"', "").replace(";", "")
    il = ("  .method private hidebysig static class [System.Data]System.Data.SqlClient.SqlConnection Open() cil managed\n  {\n"
          "    // Code size       23 (0x17)\n    .maxstack  8\n"
          "    IL_0000:  ldstr      \"Server=tcp:erp-sql01,1433;Database=Ledger;User ID=svc_ledger;Password=%s;Encrypt=True\"\n"
          "    IL_0005:  newobj     instance void [System.Data]System.Data.SqlClient.SqlConnection::.ctor(string)\n    IL_000a:  dup\n"
          "    IL_000b:  callvirt   instance void [System.Data]System.Data.Common.DbConnection::Open()\n    IL_0010:  ret\n  } // end of method Db::Open" % sapw)
    c.pos("dotnet_il", il, [sapw])

    # 12 docker history --no-trunc with ENV
    npm = g.npm()
    hist = ("IMAGE          CREATED        CREATED BY                                                                          SIZE\n"
            "sha256:%s   3 days ago     CMD [\"node\" \"dist/server.js\"]                                                 0B\n"
            "<missing>      3 days ago     RUN /bin/sh -c npm ci --omit=dev # buildkit                                        182MB\n"
            "<missing>      3 days ago     ENV NPM_TOKEN=%s                                     0B\n"
            "<missing>      3 days ago     WORKDIR /app                                                                        0B\n"
            "<missing>      2 weeks ago    /bin/sh -c #(nop)  CMD [\"node\"]                                                   0B" % (g.hex(12), npm))
    c.pos("docker_history", hist, [npm])

    # 13 docker inspect Env array
    sess = g.hex(64)
    rpw = g.url_safe_pw()
    insp = [{"Id": "sha256:" + g.hex(64), "RepoTags": ["registry.acme.io/web/frontend:4.12.0"], "Config": {
        "User": "node", "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "NODE_VERSION=20.11.1",
                                "SESSION_SIGNING_SECRET=" + sess, "REDIS_URL=redis://:%s@redis-master.cache:6379/0" % rpw],
        "Entrypoint": ["docker-entrypoint.sh"], "WorkingDir": "/app"}}]
    c.pos("docker_inspect", J(insp, 4), [sess, rpw])

    # 14 BuildKit log with build-arg in pip index url (CodeArtifact token)
    ca = "eyJ2ZXIiOjEsImlzdSI6" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 380) + ".." + g.b64url(22)
    bk = ("#9 [builder 4/7] RUN pip install --no-cache-dir -r requirements.txt --index-url https://aws:%s@acme-123456789012.d.codeartifact.eu-central-1.amazonaws.com/pypi/internal/simple/\n"
          "#9 1.204 Looking in indexes: https://aws:****@acme-123456789012.d.codeartifact.eu-central-1.amazonaws.com/pypi/internal/simple/\n"
          "#9 2.881 Collecting fastapi==0.111.0\n#9 DONE 41.3s" % ca)
    c.pos("buildkit_log", bk, [ca])

    # 15 Xcode build log with setenv of Mapbox secret token
    mb = g.mapbox()
    xc = ("CompileC /Users/runner/Library/Developer/Xcode/DerivedData/Rides-abc/Build/Intermediates.noindex/Rides.build/Release-iphoneos/Rides.build/Objects-normal/arm64/MapView.o ...\n"
          "    cd /Users/runner/work/rides-ios\n    export LANG\\=en_US.US-ASCII\n    export MBX_SECRET_TOKEN\\=%s\n"
          "    /Applications/Xcode_15.4.app/Contents/Developer/Toolchains/XcodeDefault.xctoolchain/usr/bin/clang -x objective-c -target arm64-apple-ios15.0 ..." % mb)
    c.pos("xcode_log", xc, [mb])

    # 16 Gradle --info with signing passwords
    sp, kp = g.password().replace(" ", "_"), g.password().replace(" ", "_")
    gr = ("> Task :app:packageRelease\nStarting process 'command '/opt/android-sdk/build-tools/34.0.0/apksigner''. Working directory: /builds/mobile/app/build\n"
          "Command: apksigner sign --ks /builds/mobile/release.jks --ks-key-alias upload --ks-pass pass:%s --key-pass pass:%s --out app-release.apk app-release-unsigned.apk\n"
          "Successfully started process 'command 'apksigner''\n\nBUILD SUCCESSFUL in 2m 14s" % (sp, kp))
    c.pos("gradle_log", gr, [sp, kp])

    # 17 MSBuild log with nuget push api key
    ng = g.nuget()
    ms = ("  Task \"Exec\" (TaskId:112)\n    Task Parameter:Command=dotnet nuget push \"bin\\Release\\Acme.Core.3.2.1.nupkg\" --api-key %s --source https://api.nuget.org/v3/index.json (TaskId:112)\n"
          "    Pushing Acme.Core.3.2.1.nupkg to 'https://www.nuget.org/api/v2/package'... (TaskId:112)\n  Done executing task \"Exec\". (TaskId:112)" % ng)
    c.pos("msbuild_log", ms, [ng])

    # 18 GitHub Actions log where masking failed (installation token)
    ghs = g.github_classic("ghs")
    gha = ("2025-03-04T10:22:11.0412356Z ##[group]Run curl -sS -H \"Authorization: token %s\" https://api.github.com/repos/acme/infra/dispatches -d '{\"event_type\":\"deploy\"}'\n"
           "2025-03-04T10:22:11.0413001Z curl -sS -H \"Authorization: token %s\" https://api.github.com/repos/acme/infra/dispatches -d '{\"event_type\":\"deploy\"}'\n"
           "2025-03-04T10:22:11.0418822Z shell: /usr/bin/bash -e {0}\n2025-03-04T10:22:11.0419000Z ##[endgroup]\n2025-03-04T10:22:11.9821743Z ##[error]Process completed with exit code 22." % (ghs, ghs))
    c.pos("gha_log", gha, [ghs])

    # 19 GitHub Actions: base64 basic auth that the masker did not know
    user, pw3 = "ci-publisher", g.url_safe_pw()
    basic = b64s(user + ":" + pw3)
    gha = ("2025-05-20T08:01:02.5567Z Run ./gradlew publish -i\n2025-05-20T08:01:44.1123Z > Task :lib:publishMavenPublicationToNexusRepository\n"
           "2025-05-20T08:01:44.1130Z Uploading lib-2.4.0.jar to https://nexus.acme.io/repository/releases/\n"
           "2025-05-20T08:01:44.1131Z [DEBUG] Request header: Authorization: Basic %s\n2025-05-20T08:01:45.0020Z Upload complete (HTTP 201)" % basic)
    c.pos("gha_log", gha, [basic])

    # 20 GitLab CI log printing git remote with a PAT
    gl = g.gitlab_pat()
    gli = ("$ git remote -v\norigin\thttps://oauth2:%s@gitlab.acme.io/platform/charts.git (fetch)\norigin\thttps://oauth2:%s@gitlab.acme.io/platform/charts.git (push)\n"
           "$ git push origin HEAD:release/1.9\nremote: \nremote: To create a merge request for release/1.9, visit:\nCleaning up project directory and file based variables\nJob succeeded" % (gl, gl))
    c.pos("gitlab_ci_log", gli, [gl])

    # 21 npm debug log with authToken from config
    npm2 = g.npm()
    nd = ("0 verbose cli /usr/local/bin/node /usr/local/bin/npm\n1 info using npm@10.5.0\n2 silly config load:file:/home/app/.npmrc\n"
          "3 verbose config //registry.npmjs.org/:_authToken = \"%s\"\n4 timing config:load Completed in 6ms\n"
          "5 http fetch GET 401 https://registry.npmjs.org/@acme%%2fui-kit 212ms (cache skip)\n6 verbose exit 1" % npm2)
    c.pos("npm_debug", nd, [npm2])

    # 22 yarn verbose with credentials in the request URL
    ypw = g.url_safe_pw()
    yv = ("verbose 0.412 Checking for configuration file \"/builds/web/.yarnrc\".\n"
          "verbose 1.907 Performing \"GET\" request to \"https://deploy-bot:%s@artifactory.acme.io/artifactory/api/npm/npm-virtual/react-dom/-/react-dom-18.3.1.tgz\".\n"
          "verbose 2.118 Request \"https://deploy-bot:%s@artifactory.acme.io/artifactory/api/npm/npm-virtual/react-dom/-/react-dom-18.3.1.tgz\" finished with status code 200." % (ypw, ypw))
    c.pos("yarn_log", yv, [ypw])

    # 23 pip/poetry debug with PyPI token
    pt = g.pypi()
    po = ("Using virtualenv: /home/ci/.cache/pypoetry/virtualenvs/acme-sdk-Kx2-py3.12\n"
          "[keyring:keyring.backend] Loading KWallet\nPublishing acme-sdk (0.9.3) to PyPI\n"
          "[urllib3.connectionpool] https://upload.pypi.org:443 \"POST /legacy/ HTTP/1.1\" 403 None\n"
          "[poetry.publishing.uploader] Credentials: username='__token__' password='%s'\n"
          "HTTP Error 403: Invalid or non-existent authentication information." % pt)
    c.pos("pip_debug", po, [pt])

    # 24 Helm --debug rendered Secret with stringData and base64 data
    pgpw = g.password()
    apik = g.linear()
    enc = b64s(apik)
    hm = ("install.go:214: [debug] Original chart version: \"\"\nNAME: billing\nLAST DEPLOYED: Tue Apr  8 10:11:12 2025\nNAMESPACE: billing\nSTATUS: pending-install\n"
          "MANIFEST:\n---\n# Source: billing/templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-secrets\ntype: Opaque\n"
          "stringData:\n  POSTGRES_PASSWORD: \"%s\"\ndata:\n  LINEAR_API_KEY: %s\n---\n# Source: billing/templates/service.yaml\napiVersion: v1\nkind: Service" % (pgpw, enc))
    c.pos("helm_debug", hm, [pgpw, enc])

    # 25 Terraform plan with a plaintext DB password
    tpw = g.url_safe_pw()
    tp = ("Terraform will perform the following actions:\n\n  # aws_db_instance.reporting will be created\n  + resource \"aws_db_instance\" \"reporting\" {\n"
          "      + allocated_storage   = 100\n      + engine              = \"postgres\"\n      + engine_version      = \"16.3\"\n      + identifier          = \"reporting-prod\"\n"
          "      + password            = \"%s\"\n      + username            = \"reporting_admin\"\n      + id                  = (known after apply)\n    }\n\n"
          "Plan: 1 to add, 0 to change, 0 to destroy." % tpw)
    c.pos("terraform_plan", tp, [tpw])

    # 26 Terraform plan for a kubernetes_secret and datadog provider
    dd = g.datadog_api()
    tp = ("  # kubernetes_secret.dd_agent will be updated in-place\n  ~ resource \"kubernetes_secret\" \"dd_agent\" {\n      ~ data = {\n"
          "          ~ \"api-key\" = \"%s\" -> \"%s\"\n        }\n        id   = \"monitoring/datadog-secret\"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy." % (g.datadog_api(), dd))
    old = tp.split('"api-key" = "')[1].split('"')[0]
    c.pos("terraform_plan", tp, [old, dd])

    # 27 terraform.tfstate excerpt with an IAM access key
    kid2, sec2 = g.aws_key_id(), g.aws_secret()
    st = {"version": 4, "terraform_version": "1.8.5", "serial": 211, "resources": [{"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
          "instances": [{"schema_version": 0, "attributes": {"id": kid2, "secret": sec2, "status": "Active", "user": "ci-deployer",
                                                               "ses_smtp_password_v4": None}}]}]}
    c.pos("terraform_state", J(st, 2), [kid2, sec2])

    # 28 Ansible -vvv module args
    mpw = g.password().replace('"', "")
    an = ("TASK [mysql : create application user] ***************************************\n"
          "ok: [db-03] => {\"changed\": false, \"invocation\": {\"module_args\": {\"login_user\": \"root\", \"login_password\": \"%s\", "
          "\"name\": \"orders\", \"host\": \"%%\", \"priv\": \"orders.*:ALL\", \"state\": \"present\"}}, \"user\": \"orders\"}" % mpw.replace("\\", ""))
    c.pos("ansible_log", an, [mpw.replace("\\", "")])

    # 29 CMakeCache.txt with Conan password
    cpw = g.symbol_pw().replace("\n", "")
    cm = ("# This is the CMakeCache file.\n# For build in directory: /home/dev/engine/build\n\n//Path to a program.\nCMAKE_AR:FILEPATH=/usr/bin/ar\n"
          "//Remote user for conan upload\nCONAN_LOGIN_USERNAME:STRING=engine-ci\n//Remote password for conan upload\nCONAN_PASSWORD:STRING=%s\n"
          "CMAKE_BUILD_TYPE:STRING=RelWithDebInfo" % cpw)
    c.pos("cmake_cache", cm, [cpw])

    # 30 Maven -X mojo configuration dump (flyway)
    fpw = g.password()
    mv = ("[DEBUG] Configuring mojo 'org.flywaydb:flyway-maven-plugin:10.15.0:migrate' with basic configurator -->\n"
          "[DEBUG]   (f) url = jdbc:postgresql://pg.stage.acme:5432/inventory\n[DEBUG]   (f) user = flyway\n[DEBUG]   (f) password = %s\n"
          "[DEBUG]   (f) locations = [classpath:db/migration]\n[DEBUG] -- end configuration --" % fpw)
    c.pos("maven_debug", mv, [fpw])

    # 31 sbt log printing a credentials file
    spw = g.url_safe_pw()
    sb = ("[info] welcome to sbt 1.10.0 (Eclipse Adoptium Java 17.0.11)\n[debug] Loading credentials from /home/ci/.sbt/.credentials:\n"
          "[debug]   realm=Sonatype Nexus Repository Manager\n[debug]   host=oss.sonatype.org\n[debug]   user=acme-release\n[debug]   password=%s\n"
          "[info] published acme-core_2.13 to https://oss.sonatype.org/service/local/staging/deploy/maven2/" % spw)
    c.pos("sbt_log", sb, [spw])

    # 32 Bazel command line with remote header
    bb = g.alnum(20)
    bz = ("INFO: Invocation ID: %s\nINFO: Reading rc options for 'build' from /workspace/.bazelrc:\n"
          "  'build' options: --remote_cache=grpcs://remote.buildbuddy.io --remote_header=x-buildbuddy-api-key=%s --remote_timeout=3600\n"
          "INFO: Analyzed 1204 targets (0 packages loaded, 0 targets configured)." % (g.uuid(), bb))
    c.pos("bazel_log", bz, [bb])

    # 33 kustomize build with generated secret (base64) and a configmap literal
    sq = g.square_access()
    smtp = g.password()
    ks = ("apiVersion: v1\ndata:\n  SMTP_PASSWORD: %s\nkind: ConfigMap\nmetadata:\n  name: mailer-env-8h2k5c\n---\napiVersion: v1\n"
          "data:\n  SQUARE_ACCESS_TOKEN: %s\nkind: Secret\nmetadata:\n  name: pos-secrets-tg6fk9m4b2\ntype: Opaque" % (json.dumps(smtp), b64s(sq)))
    c.pos("kustomize_build", ks, [smtp, b64s(sq)])

    # 34 AWS CodeBuild log
    sec3 = g.aws_secret()
    cb = ("[Container] 2025/02/14 13:02:55.118102 Running command aws configure set aws_access_key_id $DEPLOY_KEY_ID\n"
          "[Container] 2025/02/14 13:02:56.004411 Running command aws configure set aws_secret_access_key %s\n"
          "[Container] 2025/02/14 13:02:56.911200 Running command aws s3 sync ./public s3://www-acme-prod --delete\n"
          "[Container] 2025/02/14 13:03:40.220014 Phase complete: BUILD State: SUCCEEDED" % sec3)
    c.pos("codebuild_log", cb, [sec3])

    # 35 Electron app.asar extracted main.js
    fg = g.github_fine()
    el = ("$ npx asar extract app.asar out && sed -n '1,6p' out/dist/main.js\n\"use strict\";\nconst { app, BrowserWindow } = require(\"electron\");\n"
          "const { Octokit } = require(\"@octokit/rest\");\nconst octo = new Octokit({ auth: \"%s\", userAgent: \"notes-desktop/3.1.0\" });\n"
          "app.whenReady().then(() => createWindow());" % fg)
    c.pos("electron_asar", el, [fg])

    # 36 apktool decoded strings.xml
    shp = g.shopify()
    xml = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">Shoply</string>\n"
           "    <string name=\"shopify_store_domain\">shoply-eu.myshopify.com</string>\n    <string name=\"shopify_admin_token\">%s</string>\n"
           "    <string name=\"abc_action_bar_home_description\">Navigate home</string>\n</resources>" % shp)
    c.pos("apk_resources", "res/values/strings.xml\n" + xml, [shp])

    # ---------------------------------------------------------------- negatives
    c.neg("webpack_bundle", '(self.webpackChunkcheckout=self.webpackChunkcheckout||[]).push([[179],{4521:(e,t,n)=>{const o={env:"production",'
                            'apiBase:"https://api.lumen.example/v2",stripeSecret:void 0,publishableKeyRef:"STRIPE_PK",currency:"EUR"};n(2650).Z.init(o)}}]);\n//# sourceMappingURL=179.8f3c1a2b.chunk.js.map')
    c.neg("source_map", "assets/ai-Cw3x.js.map\n" + J({"version": 3, "sources": ["../../src/lib/ai.ts"], "sourcesContent": [
        'import OpenAI from "openai";\n\nconst OPENAI_KEY = import.meta.env.VITE_OPENAI_KEY ?? "<your-key-here>";\nexport const client = new OpenAI({ apiKey: OPENAI_KEY });\n'],
        "names": [], "mappings": "AAAA,OAAO"}))
    c.neg("docker_history", "IMAGE          CREATED       CREATED BY                                            SIZE\n"
                            "sha256:%s  3 days ago    RUN /bin/sh -c npm ci --omit=dev # buildkit           182MB\n"
                            "<missing>     3 days ago    ARG NPM_TOKEN                                         0B\n"
                            "<missing>     3 days ago    ENV NPM_CONFIG_USERCONFIG=/run/secrets/npmrc          0B" % g.hex(12))
    c.neg("gha_log", "2025-03-04T10:22:11.0412356Z ##[group]Run curl -sS -H \"Authorization: token ***\" https://api.github.com/repos/acme/infra/dispatches\n"
                     "2025-03-04T10:22:11.0418822Z env:\n2025-03-04T10:22:11.0418900Z   GH_TOKEN: ***\n2025-03-04T10:22:11.9821743Z ##[endgroup]")
    c.neg("terraform_plan", "  # aws_db_instance.reporting will be created\n  + resource \"aws_db_instance\" \"reporting\" {\n      + engine   = \"postgres\"\n"
                            "      + password = (sensitive value)\n      + username = \"reporting_admin\"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.")
    c.neg("helm_debug", "MANIFEST:\n---\n# Source: billing/templates/deployment.yaml\n          env:\n            - name: POSTGRES_PASSWORD\n"
                        "              valueFrom:\n                secretKeyRef:\n                  name: billing-db\n                  key: password")
    c.neg("strings_output", "$ strings -n 12 ./bin/log-shipper | head\nGo build ID: \"%s/%s\"\nsha256:%s\ncrypto/sha256.(*digest).Write\n"
                            "AWS_SECRET_ACCESS_KEY\nAWS_ACCESS_KEY_ID" % (g.b64url(20), g.b64url(20), g.sha256_of("layer")))
    c.neg("npm_debug", "2 silly config load:file:/home/app/.npmrc\n3 verbose config //registry.npmjs.org/:_authToken = \"${NPM_TOKEN}\"\n"
                       "4 timing config:load Completed in 6ms\n5 verbose exit 0")
    return c.items
