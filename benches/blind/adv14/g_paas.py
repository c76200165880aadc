"""Theme 1 (part 1): serverless configs: AWS SAM / Serverless Framework / Lambda, Azure Functions, Cloudflare."""
import json

from common import G, P, N


def cases():
    g = G("paas")
    out = []
    F = "paas/"

    sk, pw = g.stripe(), g.pw()
    out.append(P(F + "sam-template", f"""AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: checkout-api (prod)

Globals:
  Function:
    Timeout: 15
    Runtime: python3.12
    MemorySize: 512

Resources:
  CheckoutFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      Environment:
        Variables:
          STAGE: prod
          STRIPE_SECRET_KEY: {sk}
          DB_HOST: checkout-prod.cluster-c9xq2lm0vw1e.eu-west-1.rds.amazonaws.com
          DB_PASSWORD: "{pw}"
      Events:
        Api:
          Type: Api
          Properties:
            Path: /checkout
            Method: post
""", [sk, pw]))

    tok = g.gh()
    out.append(P(F + "sam-template", f"""Parameters:
  GitHubOwner:
    Type: String
    Default: acme-platform
  GitHubToken:
    Type: String
    NoEcho: true
    Default: {tok}
    Description: token used by the CodePipeline source stage
  Stage:
    Type: String
    AllowedValues: [dev, prod]
    Default: dev
""", [tok]))

    sl, oa = g.slack_bot(), g.openai()
    out.append(P(F + "serverless-yml", f"""service: support-bot
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${{opt:stage, 'dev'}}
  environment:
    LOG_LEVEL: info
    SLACK_BOT_TOKEN: {sl}
    OPENAI_API_KEY: {oa}

functions:
  events:
    handler: handler.events
    events:
      - httpApi: 'POST /slack/events'
""", [sl, oa]))

    mpw = g.pw_url()
    out.append(P(F + "serverless-yml", f"""custom:
  stage: ${{opt:stage, self:provider.stage}}
  mongo:
    dev: mongodb://localhost:27017/orders
    prod: mongodb+srv://orders-svc:{mpw}@cluster0.q8fz3.mongodb.net/orders?retryWrites=true&w=majority
  webpack:
    includeModules: true
""", [mpw]))

    sg, dpw = g.sendgrid(), g.pw_url()
    cfg = {
        "FunctionName": "notify-prod",
        "FunctionArn": "arn:aws:lambda:eu-central-1:482917365120:function:notify-prod",
        "Runtime": "nodejs20.x",
        "Role": "arn:aws:iam::482917365120:role/notify-prod-exec",
        "Handler": "index.handler",
        "CodeSize": 1849211,
        "Timeout": 30,
        "MemorySize": 256,
        "LastModified": "2024-05-14T09:12:44.120+0000",
        "Environment": {"Variables": {
            "NODE_ENV": "production",
            "SENDGRID_API_KEY": sg,
            "DATABASE_URL": "postgres://notify:%s@notify-db.c7lk2p0aqzxe.eu-central-1.rds.amazonaws.com:5432/notify" % dpw,
        }},
        "TracingConfig": {"Mode": "PassThrough"},
        "State": "Active",
    }
    out.append(P(F + "lambda-config", "$ aws lambda get-function-configuration --function-name notify-prod\n"
                 + json.dumps(cfg, indent=4) + "\n", [sg, dpw]))

    asia, sec, sess = g.aws_akid("ASIA"), g.aws_secret(), g.aws_session()
    out.append(P(F + "lambda-printenv", f"""START RequestId: {g.uuid()} Version: $LATEST
AWS_LAMBDA_FUNCTION_VERSION=$LATEST
AWS_SESSION_TOKEN={sess}
LAMBDA_TASK_ROOT=/var/task
AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/debug-env
AWS_SECRET_ACCESS_KEY={sec}
AWS_LAMBDA_RUNTIME_API=127.0.0.1:9001
AWS_REGION=us-west-2
AWS_ACCESS_KEY_ID={asia}
_HANDLER=lambda_function.lambda_handler
END RequestId
""", [sec, sess]))

    jwt = g.jwt({"sub": g.uuid(), "iss": "https://auth.tallyhq.io/", "aud": "orders-api",
                 "iat": 1716201600, "exp": 1716205200, "scope": "orders:write"})
    out.append(P(F + "lambda-cloudwatch", f"""2024-05-20T10:41:07.912Z\t{g.uuid()}\tINFO\tincoming event {{"version":"2.0","routeKey":"POST /orders","rawPath":"/orders","headers":{{"accept":"application/json","authorization":"Bearer {jwt}","content-type":"application/json","host":"k2x9wq1mzd.execute-api.us-east-1.amazonaws.com","user-agent":"okhttp/4.12.0"}},"isBase64Encoded":false}}
2024-05-20T10:41:08.004Z\t{g.uuid()}\tINFO\torder accepted
""", [jwt]))

    ak, sbk = g.azure_key(), g.azure_sas()
    out.append(P(F + "azure-func-settings", json.dumps({
        "IsEncrypted": False,
        "Values": {
            "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=fnordersprod01;AccountKey=%s;EndpointSuffix=core.windows.net" % ak,
            "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
            "ServiceBusConnection": "Endpoint=sb://orders-prod-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % sbk,
        },
        "Host": {"LocalHttpPort": 7071, "CORS": "*"},
    }, indent=2) + "\n", [ak, sbk]))

    ck, aoai = g.azure_key(), g.hx(32)
    out.append(P(F + "azure-func-settings", json.dumps({
        "IsEncrypted": False,
        "Values": {
            "AzureWebJobsStorage": "UseDevelopmentStorage=true",
            "FUNCTIONS_WORKER_RUNTIME": "python",
            "CosmosDbConnectionSetting": "AccountEndpoint=https://catalog-prod.documents.azure.com:443/;AccountKey=%s;" % ck,
            "AZURE_OPENAI_ENDPOINT": "https://catalog-aoai.openai.azure.com/",
            "AZURE_OPENAI_API_KEY": aoai,
        },
    }, indent=2) + "\n", [ck, aoai]))

    wh = g.whsec()
    out.append(P(F + "wrangler-toml", f"""name = "billing-webhooks"
main = "src/index.ts"
compatibility_date = "2024-04-03"
account_id = "{g.hx(32)}"

[vars]
ENVIRONMENT = "production"
STRIPE_WEBHOOK_SECRET = "{wh}"

[[kv_namespaces]]
binding = "EVENTS"
id = "{g.hx(32)}"
""", [wh]))

    ant = g.anthropic()
    out.append(P(F + "wrangler-secret-put", f"""~/src/summarizer (main) $ echo "{ant}" | npx wrangler secret put ANTHROPIC_API_KEY

 ⛅️ wrangler 3.57.1
-------------------
🌀 Creating the secret for the Worker "summarizer"
✨ Success! Uploaded secret ANTHROPIC_API_KEY
""", [ant]))

    ghs, js = g.hx(40), g.b64bytes(48)
    out.append(P(F + "wrangler-dev-vars", f"""# .dev.vars  (loaded by `wrangler dev`, do not commit)
GITHUB_CLIENT_ID=Iv1.{g.hx(16)}
GITHUB_CLIENT_SECRET={ghs}
JWT_SECRET={js}
""", [ghs, js]))

    cft = g.cf_token()
    out.append(P(F + "wrangler-cf-token", f"""$ CLOUDFLARE_API_TOKEN={cft} npx wrangler deploy --env production
 ⛅️ wrangler 3.60.3
Total Upload: 184.21 KiB / gzip: 41.07 KiB
Uploaded edge-router-production (3.12 sec)
Published edge-router-production (0.41 sec)
  https://edge-router-production.acme-sites.workers.dev
Current Deployment ID: {g.uuid()}
""", [cft]))
    return out
