"""Group saas_tokens: provider-shaped tokens of 60+ SaaS/dev providers in realistic carriers."""
import json
import random

from common import Group, tok, jwt, password, hexs, digits, rs, uuid4, LO, DIG

SEED = 21001
NAME = 'saas_tokens'


def build():
    r = random.Random(SEED)
    g = Group(NAME)
    T = lambda k: tok(r, k)

    sk, wh = T('stripe_sk'), T('stripe_whsec')
    g.pos('stripe_node_sdk', "// services/billing/stripe.js\nconst Stripe = require('stripe');\n\n"
          "const stripe = Stripe('%s', {\n  apiVersion: '2024-06-20',\n  maxNetworkRetries: 2,\n});\n"
          "const endpointSecret = '%s';\n\nmodule.exports = { stripe, endpointSecret };\n" % (sk, wh), [sk, wh])

    t = T('github_pat')
    g.pos('github_curl', '$ curl -s -H "Authorization: token %s" \\\n     -H "Accept: application/vnd.github+json" \\\n'
          '     "https://api.github.com/orgs/tidewater-labs/repos?per_page=100" | jq -r \'.[].full_name\'\n'
          'tidewater-labs/infra\ntidewater-labs/ledger-api\n' % t, [t])

    v = [T('github_fg'), T('github_app'), T('github_oauth'), T('github_refresh')]
    g.pos('github_env', '# release bot\nGH_TOKEN=%s\nGITHUB_APP_ID=381244\nGITHUB_APP_INSTALLATION_TOKEN=%s\n'
          '# from the device-flow login, expires in 8h\nGH_USER_TOKEN=%s\nGH_USER_REFRESH_TOKEN=%s\nRELEASE_BRANCH=main\n' % tuple(v), v)

    v = [T('gitlab_pat'), T('gitlab_runner'), T('npm'), T('dockerhub'), T('sonar'), T('uuid')]
    rows = [('GITLAB_API_TOKEN', v[0]), ('RUNNER_REGISTRATION', v[1]), ('NPM_TOKEN', v[2]), ('DOCKERHUB_TOKEN', v[3]),
            ('SONAR_TOKEN', v[4]), ('CODECOV_TOKEN', v[5])]
    tbl = ['Settings > CI/CD > Variables (exported for the migration ticket)', '',
           '| Key | Value | Protected | Masked | Environments |', '|---|---|---|---|---|']
    tbl += ['| %s | %s | %s | %s | %s |' % (k, val, r.choice(['yes', 'no']), 'no', r.choice(['*', 'production'])) for k, val in rows]
    g.pos('gitlab_ci_table', '\n'.join(tbl) + '\n', v)

    xb, ss, xa = T('slack_bot'), T('hex32'), T('slack_app')
    g.pos('slack_bolt_python', 'import os\nfrom slack_bolt import App\nfrom slack_bolt.adapter.socket_mode import SocketModeHandler\n\n'
          'app = App(\n    token="%s",\n    signing_secret="%s",\n)\n\nif __name__ == "__main__":\n'
          '    SocketModeHandler(app, "%s").start()\n' % (xb, ss, xa), [xb, ss, xa])

    wh = T('slack_webhook')
    g.pos('slack_webhook_curl', "curl -X POST -H 'Content-type: application/json' \\\n  --data '{\"text\":\"nightly backup finished: 214 GB\"}' \\\n"
          "  %s\n" % wh, [wh])

    ak, sk2, ask, ss2, st = T('aws_akid'), T('aws_secret'), T('aws_asia'), T('aws_secret'), T('aws_session')
    g.pos('aws_credentials_chat', 'Support chat #48213\n[10:42] customer: the sync job keeps failing with SignatureDoesNotMatch, '
          'here is my ~/.aws/credentials so you can see\n[10:42] customer:\n[default]\naws_access_key_id = %s\n'
          'aws_secret_access_key = %s\nregion = eu-central-1\n\n[ci-assumed]\naws_access_key_id = %s\n'
          'aws_secret_access_key = %s\naws_session_token = %s\n[10:44] agent: Please rotate those keys right away.\n'
          % (ak, sk2, ask, ss2, st), [ak, sk2, ask, ss2, st])

    k = T('openai_proj')
    g.pos('openai_python', 'from openai import OpenAI\n\nclient = OpenAI(api_key="%s")\n\nresp = client.chat.completions.create(\n'
          '    model="gpt-4o-mini",\n    messages=[{"role": "user", "content": "Summarise the incident report"}],\n)\n'
          'print(resp.choices[0].message.content)\n' % k, [k])

    k = T('anthropic')
    g.pos('anthropic_ts', "import Anthropic from '@anthropic-ai/sdk';\n\nconst anthropic = new Anthropic({\n  apiKey: '%s',\n});\n\n"
          "const msg = await anthropic.messages.create({\n  model: 'claude-3-5-sonnet-latest',\n  max_tokens: 512,\n"
          "  messages: [{ role: 'user', content: 'Draft the release notes' }],\n});\n" % k, [k])

    k = T('hf')
    g.pos('hf_cli_chat', '> hi, pushing the model fails with 401, I ran exactly this:\n> huggingface-cli login --token %s --add-to-git-credential\n'
          '> Token is valid (permission: write). Your token has been saved to /home/runner/.cache/huggingface/token\n'
          '> but then git push says Repository not found\n' % k, [k])

    v = [T('groq'), T('replicate'), T('pinecone'), T('cohere'), T('mistral'), T('elevenlabs')]
    g.pos('ai_providers_env', '# ---- model providers (rag-service) ----\nGROQ_API_KEY=%s\nREPLICATE_API_TOKEN=%s\n'
          'PINECONE_API_KEY=%s\nPINECONE_INDEX=support-articles\nCOHERE_API_KEY=%s\nMISTRAL_API_KEY=%s\n'
          'ELEVENLABS_API_KEY=%s\nEMBED_DIM=1024\n' % tuple(v), v)

    k = T('sendgrid')
    g.pos('sendgrid_curl', 'curl --request POST \\\n  --url https://api.sendgrid.com/v3/mail/send \\\n'
          '  --header "Authorization: Bearer %s" \\\n  --header \'Content-Type: application/json\' \\\n'
          '  --data @welcome-mail.json\n' % k, [k])

    sid, at, sk3, sec = T('twilio_sid'), T('hex32'), T('twilio_key'), rs(r, 32)
    g.pos('twilio_node', "const twilio = require('twilio');\n\nconst accountSid = '%s';\nconst authToken = '%s';\n"
          "const client = twilio(accountSid, authToken);\n\n// API key pair used by the video service\nconst apiKey = '%s';\n"
          "const apiSecret = '%s';\n" % (sid, at, sk3, sec), [at, sk3, sec])

    v = [T('mailgun'), T('mailchimp'), T('brevo'), T('uuid'), T('resend'), T('mailersend')]
    g.pos('email_providers_env', 'MAILGUN_API_KEY=%s\nMAILGUN_DOMAIN=mg.kestrelhomes.co\nMAILCHIMP_API_KEY=%s\n'
          'BREVO_API_KEY=%s\nPOSTMARK_SERVER_TOKEN=%s\nRESEND_API_KEY=%s\nMAILERSEND_API_TOKEN=%s\n' % tuple(v), v)

    v = [T('hex32'), T('hex40'), T('newrelic_user'), T('newrelic_license'), T('pagerduty')]
    g.pos('monitoring_terraform', 'provider "datadog" {\n  api_key = "%s"\n  app_key = "%s"\n  api_url = "https://api.datadoghq.eu/"\n}\n\n'
          'provider "newrelic" {\n  account_id = 3904417\n  api_key    = "%s"\n  region     = "EU"\n}\n\n'
          'locals {\n  nr_license_key = "%s"\n}\n\nprovider "pagerduty" {\n  token = "%s"\n}\n' % tuple(v), v)

    dk, su = T('sentry_dsn_key'), T('sentry_user')
    g.pos('sentry_init', 'import * as Sentry from "@sentry/node";\n\nSentry.init({\n  dsn: "https://%s@o%s.ingest.de.sentry.io/%s",\n'
          '  tracesSampleRate: 0.2,\n});\n\n# .sentryclirc\n[auth]\ntoken=%s\n[defaults]\norg=harbourline\n'
          % (dk, digits(r, 7), digits(r, 16), su), [dk, su])

    v = [T('grafana_sa'), T('ld_api'), T('ld_sdk'), T('hex32'), T('contentful'), T('postman')]
    names = ['grafana_token', 'launchdarkly_api_key', 'launchdarkly_sdk_key', 'algolia_admin_key', 'contentful_cma_token', 'postman_api_key']
    env = {'id': uuid4(r), 'name': 'platform-prod', 'values': [{'key': n, 'value': x, 'type': 'secret', 'enabled': True}
                                                               for n, x in zip(names, v)],
           '_postman_variable_scope': 'environment', '_postman_exported_using': 'Postman/11.2.0'}
    g.pos('postman_environment', json.dumps(env, indent=2) + '\n', v)

    v = [T('cloudflare'), T('fastly'), T('do'), T('vercel')]
    g.pos('cdn_terraform', 'terraform {\n  required_providers {\n    cloudflare = { source = "cloudflare/cloudflare" }\n'
          '    fastly     = { source = "fastly/fastly" }\n  }\n}\n\nprovider "cloudflare" {\n  api_token = "%s"\n}\n\n'
          'provider "fastly" {\n  api_key = "%s"\n}\n\nprovider "digitalocean" {\n  token = "%s"\n}\n\n'
          'provider "vercel" {\n  api_token = "%s"\n  team      = "orbit-web"\n}\n' % tuple(v), v)

    v = [T('netlify'), T('heroku'), T('fly'), T('render')]
    g.pos('deploy_actions_yaml', 'name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  ship:\n    runs-on: ubuntu-latest\n'
          '    env:\n      NETLIFY_AUTH_TOKEN: %s\n      HEROKU_API_KEY: %s\n      FLY_API_TOKEN: "%s"\n      RENDER_API_KEY: %s\n'
          '    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n' % tuple(v), v)

    ref = rs(r, 20, LO)
    sr = jwt(r, {'iss': 'supabase', 'ref': ref, 'role': 'service_role', 'iat': 1716201944, 'exp': 2031777944})
    pw = T('pscale_pw')
    v = [sr, T('supabase_pat'), T('pscale_tkn'), pw]
    g.pos('supabase_planetscale_env', 'NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=%s\n'
          'SUPABASE_ACCESS_TOKEN=%s\nPLANETSCALE_SERVICE_TOKEN=%s\nDATABASE_URL=mysql://q7v2nb8xk1:%s@aws.connect.psdb.cloud/orders?sslaccept=strict\n'
          % (ref, sr, v[1], v[2], pw), v)

    mp, npg = password(r, 'random', urlsafe=True), T('neon_pw')
    g.pos('db_urls_chat', '[support] can you check why my app can\'t reach the cluster? connection string is\n'
          'mongodb+srv://orders_app:%s@cluster0.k3lqz.mongodb.net/orders?retryWrites=true&w=majority\n'
          '[support] and the analytics one on Neon works fine: postgresql://analytics_owner:%s@ep-quiet-sun-a5x2k9.eu-central-1.aws.neon.tech/analytics?sslmode=require\n'
          % (mp, npg), [mp, npg])

    v = [T('upstash'), T('pusher_secret'), T('ably')]
    g.pos('realtime_ts', "import { Redis } from '@upstash/redis';\nimport Pusher from 'pusher';\nimport Ably from 'ably';\n\n"
          "export const redis = new Redis({\n  url: 'https://eu1-happy-lark-38211.upstash.io',\n  token: '%s',\n});\n\n"
          "export const pusher = new Pusher({ appId: '1822094', key: '%s', secret: '%s', cluster: 'eu' });\n"
          "export const ably = new Ably.Rest({ key: '%s' });\n" % (v[0], hexs(r, 20), v[1], v[2]), v)

    v = [T('tailscale'), T('cf_tunnel'), T('tailscale_api')]
    g.pos('zero_trust_shell', '#!/bin/sh\n# bootstrap for edge boxes\nset -eu\ntailscale up --authkey=%s --advertise-tags=tag:edge --ssh\n'
          'cloudflared service install %s\ncurl -s -u "%s:" https://api.tailscale.com/api/v2/tailnet/-/devices | jq length\n' % tuple(v), v)

    hv, tfc = T('vault'), T('tfc')
    g.pos('vault_terraformrc', '$ export VAULT_ADDR=https://vault.internal.corvid.io:8200\n$ export VAULT_TOKEN=%s\n'
          '$ vault kv get -field=dsn secret/payments/db\n\n# ~/.terraformrc\ncredentials "app.terraform.io" {\n  token = "%s"\n}\n'
          % (hv, tfc), [hv, tfc])

    v = [T('doppler_st'), T('doppler_pt'), T('op_service'), T('age')]
    g.pos('secret_managers', 'DOPPLER_TOKEN=%s\n# personal token for the CLI on my laptop\nDOPPLER_CLI_TOKEN=%s\n'
          'OP_SERVICE_ACCOUNT_TOKEN=%s\n# sops age key used by flux\nSOPS_AGE_KEY=%s\n' % tuple(v), v)

    v = [T('notion'), T('linear'), T('airtable'), T('figma'), T('asana'), T('atlassian')]
    g.pos('collab_tools_env', '# integrations/.env.production\nNOTION_TOKEN=%s\nLINEAR_API_KEY=%s\nAIRTABLE_PAT=%s\n'
          'FIGMA_TOKEN=%s\nASANA_PAT=%s\nJIRA_USER=build-bot\nJIRA_API_TOKEN=%s\n' % tuple(v), v)

    zd, ic = T('zendesk'), T('intercom')
    g.pos('support_desk_curl', 'Reproduced with:\n\n    curl https://orbitdesk.zendesk.com/api/v2/tickets.json \\\n'
          '      -u ops-automation/token:%s\n\n    curl https://api.intercom.io/conversations \\\n'
          '      -H "Authorization: Bearer %s" -H "Intercom-Version: 2.11"\n\nboth return 200 for me.\n' % (zd, ic), [zd, ic])

    v = [T('shopify_at'), T('shopify_ss'), T('sanity'), T('mapbox_sk'), T('cloudinary_secret'), T('dropbox'), T('typeform')]
    cl = digits(r, 15)
    g.pos('storefront_env', 'SHOPIFY_ADMIN_ACCESS_TOKEN=%s\nSHOPIFY_API_SECRET=%s\nSANITY_API_WRITE_TOKEN=%s\nMAPBOX_SECRET_TOKEN=%s\n'
          'CLOUDINARY_URL=cloudinary://%s:%s@tidewater-media\nDROPBOX_ACCESS_TOKEN=%s\nTYPEFORM_TOKEN=%s\n'
          % (v[0], v[1], v[2], v[3], cl, v[4], v[5], v[6]), v)

    v = [T('square'), T('braintree'), T('razorpay_id'), T('razorpay_secret'), T('paystack'), T('flutterwave'), T('plaid_secret')]
    g.pos('payments_env', 'SQUARE_ACCESS_TOKEN=%s\nBRAINTREE_ACCESS_TOKEN=%s\nRAZORPAY_KEY_ID=%s\nRAZORPAY_KEY_SECRET=%s\n'
          'PAYSTACK_SECRET_KEY=%s\nFLW_SECRET_KEY=%s\nPLAID_CLIENT_ID=%s\nPLAID_SECRET=%s\nPLAID_ENV=production\n'
          % (v[0], v[1], v[2], v[3], v[4], v[5], hexs(r, 24), v[6]), v)

    v = [T('npm'), T('pypi'), T('rubygems'), T('nuget')]
    g.pos('registry_rc_files', '==> ~/.npmrc <==\n//registry.npmjs.org/:_authToken=%s\n\n==> ~/.pypirc <==\n[distutils]\n'
          'index-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n==> ~/.gem/credentials <==\n---\n'
          ':rubygems_api_key: %s\n\n==> nuget push <==\ndotnet nuget push bin/Release/*.nupkg --api-key %s --source https://api.nuget.org/v3/index.json\n'
          % tuple(v), v)

    af, jr = T('artifactory'), T('jfrog_ref')
    g.pos('jfrog_docker_login', '$ docker login corvid.jfrog.io -u ci-publisher -p %s\nWARNING! Using --password via the CLI is insecure.\n'
          'Login Succeeded\n$ jf c add corvid --url https://corvid.jfrog.io --access-token %s --interactive=false\n' % (af, jr), [af, jr])

    ak2, cs, ao = T('azure_storage'), T('azure_client_secret'), T('hex32')
    g.pos('azure_settings', '{\n  "Storage": "DefaultEndpointsProtocol=https;AccountName=stlumenprod01;AccountKey=%s;EndpointSuffix=core.windows.net",\n'
          '  "AzureAd": { "TenantId": "%s", "ClientId": "%s", "ClientSecret": "%s" },\n'
          '  "AzureOpenAI": { "Endpoint": "https://lumen-oai.openai.azure.com/", "ApiKey": "%s" }\n}\n'
          % (ak2, uuid4(r), uuid4(r), cs, ao), [ak2, cs, ao])

    gk, fcm = T('google_api'), T('fcm')
    g.pos('firebase_fcm', "const firebaseConfig = {\n  apiKey: '%s',\n  authDomain: 'pocket-ledger-4411.firebaseapp.com',\n"
          "  projectId: 'pocket-ledger-4411',\n  messagingSenderId: '%s',\n};\n\n# push worker\nFCM_SERVER_KEY=%s\n"
          % (gk, digits(r, 12), fcm), [gk, fcm])

    db, dw, tg = T('discord_bot'), T('discord_webhook'), T('telegram')
    g.pos('chat_bots_python', 'import discord, telegram\n\nDISCORD_TOKEN = "%s"\nALERT_WEBHOOK = "%s"\n'
          'bot = telegram.Bot(token="%s")\nclient = discord.Client(intents=discord.Intents.default())\nclient.run(DISCORD_TOKEN)\n'
          % (db, dw, tg), [db, dw, tg])

    ok, a0 = T('okta'), T('auth0_secret')
    g.pos('identity_okta_auth0', '$ curl -s -H "Authorization: SSWS %s" "https://corvid.okta.com/api/v1/users?limit=2"\n\n'
          '# auth0 m2m app "billing-sync"\nAUTH0_DOMAIN=corvid.eu.auth0.com\nAUTH0_CLIENT_ID=%s\nAUTH0_CLIENT_SECRET=%s\n'
          % (ok, rs(r, 32), a0), [ok, a0])

    v = [T('circleci'), T('buildkite'), T('pulumi'), T('infracost'), T('bitbucket'), T('gitlab_deploy')]
    keys = ['CIRCLE_TOKEN', 'BUILDKITE_API_TOKEN', 'PULUMI_ACCESS_TOKEN', 'INFRACOST_API_KEY', 'BITBUCKET_APP_PASSWORD', 'GITLAB_DEPLOY_TOKEN']
    lines = ['Name                     Value', '-----------------------  ' + '-' * 40]
    lines += ['%-24s %s' % (k2, x) for k2, x in zip(keys, v)]
    g.pos('ci_platform_table', 'Project settings > Environment variables\n' + '\n'.join(lines) + '\n', v)

    v = [T('databricks'), T('hex40'), T('prefect'), T('segment'), T('hex32'), T('posthog')]
    g.pos('notebook_cell', 'In [3]:\nimport os\nos.environ["DATABRICKS_HOST"] = "https://adb-%s.12.azuredatabricks.net"\n'
          'os.environ["DATABRICKS_TOKEN"] = "%s"\nos.environ["WANDB_API_KEY"] = "%s"\nos.environ["PREFECT_API_KEY"] = "%s"\n'
          'SEGMENT_WRITE_KEY = "%s"\nMIXPANEL_API_SECRET = "%s"\nPOSTHOG_PERSONAL_API_KEY = "%s"\n'
          % (digits(r, 16), v[0], v[1], v[2], v[3], v[4], v[5]), v)

    # ---------------------------------------------------------------- negatives
    g.neg('stripe_node_sdk', "// services/billing/stripe.js\nconst Stripe = require('stripe');\n\n"
          "const stripe = Stripe(process.env.STRIPE_SECRET_KEY, {\n  apiVersion: '2024-06-20',\n  maxNetworkRetries: 2,\n});\n"
          "const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;\n\nmodule.exports = { stripe, endpointSecret };\n")
    g.neg('github_curl', '$ curl -s -H "Authorization: token $GITHUB_TOKEN" \\\n     -H "Accept: application/vnd.github+json" \\\n'
          '     "https://api.github.com/orgs/tidewater-labs/repos?per_page=100" | jq -r \'.[].full_name\'\n')
    g.neg('gitlab_ci_table', 'Settings > CI/CD > Variables\n\n| Key | Value | Protected | Masked |\n|---|---|---|---|\n'
          '| GITLAB_API_TOKEN | [masked] | yes | yes |\n| NPM_TOKEN | [masked] | yes | yes |\n| DOCKERHUB_TOKEN | [masked] | yes | yes |\n'
          '| SONAR_TOKEN | [masked] | no | yes |\n')
    g.neg('ai_providers_env', '# ---- model providers (rag-service) ----\n# copy to .env and fill in from the team vault\nGROQ_API_KEY=\n'
          'REPLICATE_API_TOKEN=\nPINECONE_API_KEY=<pinecone key>\nPINECONE_INDEX=support-articles\nCOHERE_API_KEY=${COHERE_API_KEY}\nEMBED_DIM=1024\n')
    g.neg('monitoring_terraform', 'provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = var.datadog_app_key\n'
          '  api_url = "https://api.datadoghq.eu/"\n}\n\nprovider "pagerduty" {\n  token = data.vault_generic_secret.pd.data["token"]\n}\n')
    g.neg('postman_environment', json.dumps({'name': 'platform-prod', 'values': [
        {'key': 'grafana_token', 'value': '{{vault:grafana-token}}', 'type': 'secret', 'enabled': True},
        {'key': 'postman_api_key', 'value': '', 'type': 'secret', 'enabled': True}],
        '_postman_variable_scope': 'environment'}, indent=2) + '\n')
    g.neg('aws_credentials_chat', 'Support chat #48214\n[10:42] customer: the sync job keeps failing with SignatureDoesNotMatch\n'
          '[10:43] agent: Please do not paste keys here. Run `aws sts get-caller-identity` and `aws configure list`, the secret is shown masked.\n'
          '[10:45] customer:\n      Name                    Value             Type    Location\n'
          '   access_key     ****************QZ7M shared-credentials-file\n   secret_key     ****************w9Lb shared-credentials-file\n')
    g.neg('payments_env', 'SQUARE_ACCESS_TOKEN=op://payments/square/credential\nSTRIPE_SECRET_KEY=sk_live_••••••••••••••••••••3xQa  '
          '# shown masked in the dashboard\nRAZORPAY_KEY_SECRET=[hidden]\nPLAID_ENV=production\n')
    return g.cases
