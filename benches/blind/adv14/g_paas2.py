"""Theme 1 (part 2): Netlify, Vercel, Render, Railway, Fly, Heroku, Supabase, Firebase, Beanstalk."""
import json

from common import G, P, N


def cases():
    g = G("paas2")
    out = []
    F = "paas/"

    npw = g.pw_url()
    srk = g.jwt({"iss": "supabase", "ref": g.s(20, "abcdefghijklmnopqrstuvwxyz"), "role": "service_role",
                 "iat": 1709251200, "exp": 2024827200})
    out.append(P(F + "netlify-env", f"""$ netlify env:list --plain --context production
DATABASE_URL=postgresql://app_rw:{npw}@db.internal-ledger.net:5432/ledger
NODE_VERSION=20
SUPABASE_SERVICE_ROLE_KEY={srk}
SUPABASE_URL=https://ledger.supabase.co
""", [npw, srk]))

    nf, sk2 = g.netlify(), g.stripe("rk")
    out.append(P(F + "netlify-toml", f"""[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  NETLIFY_AUTH_TOKEN = "{nf}"

[context.production.environment]
  STRIPE_RESTRICTED_KEY = "{sk2}"
""", [nf, sk2]))

    ppw = g.pw_url()
    oidc = g.jwt({"iss": "https://oidc.vercel.com/acme", "sub": "owner:acme:project:storefront:environment:development",
                  "aud": "https://vercel.com/acme", "iat": 1718000000, "exp": 1718043200}, alg="RS256")
    out.append(P(F + "vercel-env-pull", f"""# Created by Vercel CLI
POSTGRES_DATABASE="verceldb"
POSTGRES_HOST="ep-quiet-river-a4k2n9x1-pooler.us-east-1.aws.neon.tech"
POSTGRES_PASSWORD="{ppw}"
POSTGRES_URL="postgres://default:{ppw}@ep-quiet-river-a4k2n9x1-pooler.us-east-1.aws.neon.tech:5432/verceldb?sslmode=require"
POSTGRES_USER="default"
VERCEL_OIDC_TOKEN="{oidc}"
""", [ppw, oidc]))

    vt = g.vercel()
    out.append(P(F + "vercel-ci", f"""Run npx vercel deploy --prebuilt --prod --token={vt}
Vercel CLI 34.2.7
Retrieving project…
Deploying acme/storefront
Inspect: https://vercel.com/acme/storefront/8kQz2 [2s]
Production: https://storefront-k29x.vercel.app [2s]
""", [vt]))

    sk3, rnd = g.stripe(), g.render()
    out.append(P(F + "render-yaml", f"""services:
  - type: web
    name: storefront-api
    runtime: node
    plan: starter
    buildCommand: npm ci && npm run build
    startCommand: node dist/server.js
    envVars:
      - key: NODE_ENV
        value: production
      - key: STRIPE_SECRET_KEY
        value: {sk3}
      - key: DATABASE_URL
        fromDatabase:
          name: storefront-db
          property: connectionString
# redeploy hook used by CI:
#   curl -X POST -H "Authorization: Bearer {rnd}" https://api.render.com/v1/services/srv-{g.s(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}/deploys
""", [sk3, rnd]))

    rpw, rdpw = g.pw_url(32), g.pw_url(32)
    out.append(P(F + "railway-vars", f"""$ railway variables --service api
╔══════════════════════════════ Variables for api ═══════════════════════════════╗
║ DATABASE_URL          │ postgresql://postgres:{rpw}@roundhouse.proxy.rlwy.net:41822/railway ║
║───────────────────────────────────────────────────────────────────────────────║
║ PORT                  │ 8080                                                   ║
║───────────────────────────────────────────────────────────────────────────────║
║ REDISPASSWORD         │ {rdpw}                       ║
╚═══════════════════════════════════════════════════════════════════════════════╝
""", [rpw, rdpw]))

    fly = g.fly()
    out.append(P(F + "fly-tokens", f"""$ fly tokens create deploy -a pricing-engine -x 8760h
{fly}
""", [fly[len("FlyV1 "):]]))

    fpw, ss = g.pw_url(), g.hx(64)
    out.append(P(F + "fly-secrets-set", f"""$ fly secrets set -a pricing-engine DATABASE_URL=postgres://pricing:{fpw}@pricing-db.flycast:5432/pricing SESSION_SECRET={ss}
Updating existing machines in 'pricing-engine' with rolling strategy
-------
 ✔ [1/2] Machine 7843e2da4c1d98 [app] update succeeded
 ✔ [2/2] Machine 3d8d9e1a5b7389 [app] update succeeded
-------
""", [fpw, ss]))

    hpw, rpw2, sg2 = g.pw_url(64).lower(), g.pw_url(48), g.sendgrid()
    out.append(P(F + "heroku-config", f"""$ heroku config -a ledger-prod
=== ledger-prod Config Vars

DATABASE_URL:        postgres://u8f2kq1m0d3s9a:{hpw}@c9mq4d1b3kn2lp.cluster-czrs8kj4isg7.us-east-1.rds.amazonaws.com:5432/d4vkq9q2n1j7a3
LANG:                en_US.UTF-8
RACK_ENV:            production
REDIS_TLS_URL:       rediss://:{rpw2}@ec2-34-231-18-76.compute-1.amazonaws.com:21710
SENDGRID_API_KEY:    {sg2}
""", [hpw, rpw2, sg2]))

    hk = g.heroku()
    out.append(P(F + "heroku-auth", f"""$ heroku authorizations:create -d "github actions deploy" -e 31536000
Creating OAuth Authorization... done
Client:      <none>
ID:          {g.uuid()}
Description: github actions deploy
Scope:       global
Token:       {hk}
Updated at:  Tue Jun 11 2024 14:02:51 GMT+0100 (British Summer Time) (less than a minute ago)
""", [hk]))

    ref = g.s(20, "abcdefghijklmnopqrstuvwxyz")
    anon = g.jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": 1711929600, "exp": 2027505600})
    srv = g.jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1711929600, "exp": 2027505600})
    sbs = g.sb_secret()
    out.append(P(F + "supabase-env", f"""NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}
SUPABASE_SERVICE_ROLE_KEY={srv}
SUPABASE_SECRET_KEY={sbs}
""", [srv, sbs]))

    ref2 = g.s(20, "abcdefghijklmnopqrstuvwxyz")
    srv2 = g.jwt({"iss": "supabase", "ref": ref2, "role": "service_role", "iat": 1698796800, "exp": 2014372800})
    anon2 = g.jwt({"iss": "supabase", "ref": ref2, "role": "anon", "iat": 1698796800, "exp": 2014372800})
    out.append(P(F + "supabase-cli", f"""$ supabase projects api-keys --project-ref {ref2}

  NAME         | KEY VALUE
  -------------|------------------------------------------------
  anon         | {anon2}
  service_role | {srv2}

""", [srv2]))

    pem = g.pem_body(16)
    pk = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(pem) + "\n-----END PRIVATE KEY-----\n"
    out.append(P(F + "firebase-sa", json.dumps({
        "type": "service_account",
        "project_id": "tallyhq-prod",
        "private_key_id": g.hx(40),
        "private_key": pk,
        "client_email": "firebase-adminsdk-x7k2p@tallyhq-prod.iam.gserviceaccount.com",
        "client_id": g.digits(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
    }, indent=2) + "\n", [pem[0], pem[7], pem[15]]))

    sk4, mg = g.stripe(modern=True), g.mailgun()
    out.append(P(F + "firebase-functions-config", "$ firebase functions:config:get\n" + json.dumps({
        "stripe": {"secret": sk4, "mode": "live"},
        "mailgun": {"key": mg, "domain": "mg.tallyhq.io"},
    }, indent=2) + "\n", [sk4, mg]))

    rds, skb = g.pw(), g.hx(128)
    out.append(P(F + "eb-printenv", f"""$ eb printenv ledger-web-prod
 Environment Variables:
     RDS_HOSTNAME = awseb-e-k3m2p9q1x-stack-awsebrdsdatabase-8zq1l0m4n2c5.cq9x2k1v.us-east-1.rds.amazonaws.com
     RDS_PASSWORD = {rds}
     RDS_PORT = 5432
     SECRET_KEY_BASE = {skb}
""", [rds, skb]))

    gl, lpw = g.glpat(), g.pw_url()
    out.append(P(F + "lambda-env-flag", f"""aws lambda update-function-configuration \\
  --function-name mirror-sync \\
  --environment "Variables={{GITLAB_TOKEN={gl},DB_PASS={lpw},STAGE=prod}}"
""", [gl, lpw]))

    # ---------------- negatives ----------------
    out.append(N(F + "serverless-yml", """provider:
  name: aws
  runtime: python3.12
  environment:
    STRIPE_SECRET_KEY: ${ssm:/checkout/prod/stripe-secret-key}
    DB_PASSWORD: ${env:DB_PASSWORD}
    SENTRY_DSN: ${param:sentryDsn}
    TABLE_NAME: ${self:service}-${sls:stage}-orders
"""))
    out.append(N(F + "sam-template", """      Environment:
        Variables:
          DB_USER: '{{resolve:secretsmanager:prod/checkout/db:SecretString:username}}'
          DB_PASSWORD: '{{resolve:secretsmanager:prod/checkout/db:SecretString:password}}'
          API_KEY_PARAM: !Sub '/checkout/${Stage}/api-key'
"""))
    out.append(N(F + "vercel-env-ls", """$ vercel env ls production
Vercel CLI 34.2.7
> Environment Variables found for acme/storefront [312ms]

 name                     value               environments        created
 STRIPE_SECRET_KEY        Encrypted           Production          41d ago
 DATABASE_URL             Encrypted           Production          41d ago
 NEXT_PUBLIC_SITE_NAME    Encrypted           Production          97d ago
"""))
    out.append(N(F + "fly-secrets-list", """$ fly secrets list -a pricing-engine
NAME          	DIGEST          	CREATED AT
DATABASE_URL  	%s	2024-03-02T11:40:18Z
SESSION_SECRET	%s	2024-03-02T11:40:18Z
""" % (g.hx(16), g.hx(16))))
    out.append(N(F + "azure-func-settings", json.dumps({
        "IsEncrypted": False,
        "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true",
                   "FUNCTIONS_WORKER_RUNTIME": "node",
                   "AzureWebJobsFeatureFlags": "EnableWorkerIndexing"},
    }, indent=2) + "\n"))
    out.append(N(F + "wrangler-toml", """name = "edge-router"
main = "src/worker.ts"
compatibility_date = "2024-06-01"
workers_dev = false
routes = [{ pattern = "shop.acme-sites.net/*", zone_name = "acme-sites.net" }]

[observability]
enabled = true

# secrets are set with `wrangler secret put`, see docs/deploy.md
"""))
    return out
