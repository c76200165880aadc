"""identity: auth providers, BaaS, OIDC/SAML debug output, JWKs."""
import json
import random

from common import (ALNUM, B64STD, B64URL, DIGITS, HEX, LALNUM, LOWER, UALNUM, Collector, b64e, b64u, crlf,
                    hexs, jwt, password, pem_rsa_lines, rbytes, rs, uuid4)

SEED = 1702
GROUP = "identity"


def azure_secret(rng):
    return rs(rng, ALNUM, 3) + rng.choice(DIGITS) + "Q~" + rs(rng, ALNUM + "_.~-", 34)


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)
    tenants = ["acme-prod", "brightpath", "kestrel-health", "orbitly", "fernwood-bank", "quillbase"]

    # ------------------------------------------------------------ auth0
    a0_secret = hexs(rng, 64)
    a0_client = rs(rng, B64URL, 64)
    c.pos("auth0", f"""# .env.local (nextjs-auth0 v3)
AUTH0_SECRET='{a0_secret}'
AUTH0_BASE_URL='http://localhost:3000'
AUTH0_ISSUER_BASE_URL='https://{tenants[0]}.eu.auth0.com'
AUTH0_CLIENT_ID='{rs(rng, ALNUM, 32)}'
AUTH0_CLIENT_SECRET='{a0_client}'
AUTH0_AUDIENCE='https://api.{tenants[0]}.io'
""", [a0_secret, a0_client])

    a0_client = rs(rng, B64URL, 64)
    c.pos("auth0", f"""curl --request POST \\
  --url https://{tenants[1]}.us.auth0.com/oauth/token \\
  --header 'content-type: application/json' \\
  --data '{{"client_id":"{rs(rng, ALNUM, 32)}","client_secret":"{a0_client}","audience":"https://{tenants[1]}.us.auth0.com/api/v2/","grant_type":"client_credentials"}}'

returns {{"error":"access_denied","error_description":"Client is not authorized to access \\"https://{tenants[1]}.us.auth0.com/api/v2/\\". You need to create a \\"client-grant\\" associated to this API."}}
""", [a0_client])

    mgmt = jwt(rng, {"iss": f"https://{tenants[1]}.us.auth0.com/", "sub": rs(rng, ALNUM, 32) + "@clients",
                     "aud": f"https://{tenants[1]}.us.auth0.com/api/v2/", "iat": 1741683600, "exp": 1741770000,
                     "scope": "read:users update:users delete:users read:logs", "gty": "client-credentials",
                     "azp": rs(rng, ALNUM, 32)}, alg="RS256", kid=rs(rng, B64URL, 22))
    c.pos("auth0", f"""[2025-03-11 09:40:01] worker.user-sync DEBUG  GET https://{tenants[1]}.us.auth0.com/api/v2/users?q=logins_count%3A0&per_page=100
[2025-03-11 09:40:01] worker.user-sync DEBUG  Authorization: Bearer {mgmt}
[2025-03-11 09:40:02] worker.user-sync WARN   429 Too Many Requests, x-ratelimit-reset=1741686062
""", [mgmt])

    # ------------------------------------------------------------ okta
    okta = "00" + rs(rng, B64URL, 40)
    c.pos("okta", f"""curl -v -X GET \\
-H "Accept: application/json" \\
-H "Content-Type: application/json" \\
-H "Authorization: SSWS {okta}" \\
"https://{tenants[4]}.okta.com/api/v1/users?filter=status+eq+%22LOCKED_OUT%22"

HTTP/1.1 403 Forbidden
{{"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action"}}
""", [okta])

    okta = "00" + rs(rng, B64URL, 40)
    c.pos("okta", f"""# ~/.okta/okta.yaml
okta:
  client:
    orgUrl: "https://{tenants[2]}.oktapreview.com"
    token: "{okta}"
    connectionTimeout: 30
    requestTimeout: 0
    rateLimit:
      maxRetries: 4
""", [okta])

    # ------------------------------------------------------------ clerk
    clerk = "sk_live_" + rs(rng, ALNUM, 42)
    whsec = "whsec_" + b64e(rbytes(rng, 24))
    c.pos("clerk", f"""NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_{b64e("clerk." + tenants[3] + ".app$").rstrip("=")}
CLERK_SECRET_KEY={clerk}
CLERK_WEBHOOK_SIGNING_SECRET={whsec}
NEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in
NEXT_PUBLIC_CLERK_AFTER_SIGN_IN_URL=/dashboard
""", [clerk, whsec])

    clerk = "sk_live_" + rs(rng, ALNUM, 42)
    c.pos("clerk", f"""im getting "Unauthenticated" from clerkClient.users.getUserList() in a route handler even though the key is right??

import {{ createClerkClient }} from '@clerk/backend'
const clerk = createClerkClient({{ secretKey: '{clerk}' }})
export async function GET() {{
  const users = await clerk.users.getUserList({{ limit: 10 }})
  return Response.json(users)
}}
""", [clerk])

    # ------------------------------------------------------------ supabase
    ref = rs(rng, LOWER, 20)
    srk = jwt(rng, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1712300000, "exp": 2027876000})
    anon = jwt(rng, {"iss": "supabase", "ref": ref, "role": "anon", "iat": 1712300000, "exp": 2027876000})
    c.pos("supabase", f"""NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}
SUPABASE_SERVICE_ROLE_KEY={srk}
""", [srk])

    sbp = "sbp_" + hexs(rng, 40)
    c.pos("supabase", f"""name: Deploy migrations
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SUPABASE_ACCESS_TOKEN: {sbp}
      SUPABASE_DB_PASSWORD: ${{{{ secrets.PRODUCTION_DB_PASSWORD }}}}
      SUPABASE_PROJECT_ID: {rs(rng, LOWER, 20)}
    steps:
      - uses: actions/checkout@v4
      - uses: supabase/setup-cli@v1
      - run: supabase link --project-ref $SUPABASE_PROJECT_ID
      - run: supabase db push
""", [sbp])

    ref = rs(rng, LOWER, 20)
    dbpw = password(rng, 18, ALNUM + "_-")
    sbsec = "sb_secret_" + rs(rng, B64URL, 31)
    c.pos("supabase", f"""# supabase pooler (transaction mode) - prisma needs ?pgbouncer=true
DATABASE_URL="postgresql://postgres.{ref}:{dbpw}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?pgbouncer=true"
DIRECT_URL="postgresql://postgres.{ref}:{dbpw}@aws-0-eu-central-1.pooler.supabase.com:5432/postgres"
SUPABASE_SECRET_KEY={sbsec}
""", [dbpw, sbsec])

    srk = jwt(rng, {"iss": "supabase", "ref": rs(rng, LOWER, 20), "role": "service_role", "iat": 1709000000,
                    "exp": 2024576000})
    c.pos("supabase", f"""from supabase import create_client

url = "https://{rs(rng, LOWER, 20)}.supabase.co"
key = "{srk}"  # bypasses RLS, only for the admin script
sb = create_client(url, key)
rows = sb.table("subscriptions").select("*").eq("status", "past_due").execute()
""", [srk])

    # ------------------------------------------------------------ firebase
    proj = "fernwood-%s" % rs(rng, LALNUM, 5)
    pkid = hexs(rng, 40)
    lines = pem_rsa_lines(rng)
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    sa = ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n'
          '  "private_key": "%s",\n  "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com",\n'
          '  "client_id": "%s",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n'
          '  "token_uri": "https://oauth2.googleapis.com/token",\n'
          '  "universe_domain": "googleapis.com"\n}\n') % (proj, pkid, pem, rs(rng, LALNUM, 5), proj,
                                                          rs(rng, DIGITS, 21))
    c.pos("firebase", "firebase-admin init fails with 'Invalid JWT Signature', this is the json I downloaded:\n\n" + sa,
          [pkid, lines[1], lines[9], lines[17]])

    lines = pem_rsa_lines(rng)
    c.pos("firebase", "export FIREBASE_PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines)
          + "\n-----END PRIVATE KEY-----\n\"\nexport FIREBASE_CLIENT_EMAIL=firebase-adminsdk-q1x9z@"
          + proj + ".iam.gserviceaccount.com\n", [lines[2], lines[12], lines[-2]])

    # ------------------------------------------------------------ keycloak
    kc = rs(rng, ALNUM, 32)
    c.pos("keycloak", json.dumps({
        "realm": "internal", "auth-server-url": "https://sso.%s.io/" % tenants[5], "ssl-required": "external",
        "resource": "billing-backend", "verify-token-audience": True,
        "credentials": {"secret": kc}, "confidential-port": 0, "policy-enforcer": {}}, indent=2) + "\n", [kc])

    kc = rs(rng, ALNUM, 32)
    c.pos("keycloak", f"""spring:
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: reporting-ui
            client-secret: {kc}
            authorization-grant-type: authorization_code
            scope: openid,profile
        provider:
          keycloak:
            issuer-uri: https://sso.{tenants[2]}.org/realms/staff
""", [kc])

    kc = rs(rng, ALNUM, 32)
    c.pos("keycloak", f"""$ kcadm.sh get clients/{uuid4(rng)}/client-secret -r staff
{{
  "type" : "secret",
  "value" : "{kc}"
}}
""", [kc])

    # ------------------------------------------------------------ azure ad
    az = azure_secret(rng)
    c.pos("azure_ad", crlf(f"""{{
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{uuid4(rng)}",
    "ClientId": "{uuid4(rng)}",
    "ClientSecret": "{az}",
    "CallbackPath": "/signin-oidc"
  }},
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }}
}}
"""), [az])

    az = azure_secret(rng)
    c.pos("azure_ad", f"""$ az ad sp create-for-rbac --name gh-actions-deployer --role contributor --scopes /subscriptions/{uuid4(rng)}/resourceGroups/rg-web-prod
Creating 'contributor' role assignment under scope '/subscriptions/...'
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.
{{
  "appId": "{uuid4(rng)}",
  "displayName": "gh-actions-deployer",
  "password": "{az}",
  "tenant": "{uuid4(rng)}"
}}
""", [az])

    az = azure_secret(rng)
    c.pos("azure_ad", f"""export ARM_CLIENT_ID="{uuid4(rng)}"
export ARM_CLIENT_SECRET="{az}"
export ARM_TENANT_ID="{uuid4(rng)}"
export ARM_SUBSCRIPTION_ID="{uuid4(rng)}"
terraform plan -out tfplan
""", [az])

    # ------------------------------------------------------------ cognito
    cog = rs(rng, LALNUM, 52)
    c.pos("cognito", f"""import hmac, hashlib, base64, boto3

CLIENT_ID = "{rs(rng, LALNUM, 26)}"
CLIENT_SECRET = "{cog}"

def secret_hash(username):
    msg = username + CLIENT_ID
    dig = hmac.new(CLIENT_SECRET.encode(), msg.encode(), hashlib.sha256).digest()
    return base64.b64encode(dig).decode()

idp = boto3.client("cognito-idp", region_name="eu-west-1")
""", [cog])

    cog = rs(rng, LALNUM, 51)
    c.pos("cognito", f"""$ aws cognito-idp describe-user-pool-client --user-pool-id eu-west-1_{rs(rng, ALNUM, 9)} --client-id {rs(rng, LALNUM, 26)}
{{
    "UserPoolClient": {{
        "ClientName": "backoffice",
        "ClientSecret": "{cog}",
        "RefreshTokenValidity": 30,
        "AllowedOAuthFlows": ["code"],
        "AllowedOAuthScopes": ["openid", "email"]
    }}
}}
""", [cog])

    # ------------------------------------------------------------ workos / stytch
    wos = "sk_live_" + rs(rng, ALNUM, 40)
    c.pos("workos", f"""WORKOS_API_KEY={wos}
WORKOS_CLIENT_ID=client_01{rs(rng, UALNUM, 24)}
WORKOS_REDIRECT_URI=https://app.{tenants[3]}.com/callback
WORKOS_COOKIE_PASSWORD={rs(rng, ALNUM, 32)}
""", [wos])

    st_sec = "secret-live-" + rs(rng, B64URL, 36)
    c.pos("stytch", f"""client = stytch.Client(
    project_id="project-live-{uuid4(rng)}",
    secret="{st_sec}",
    environment="live",
)
resp = client.magic_links.email.login_or_create(email=form.email, login_magic_link_url=LOGIN_URL)
""", [st_sec])

    # ------------------------------------------------------------ oidc debug
    csec = rs(rng, B64URL, 40)
    rt = rs(rng, B64URL, 48)
    idt = jwt(rng, {"iss": "https://sso.%s.io/realms/internal" % tenants[5], "aud": "grafana",
                    "sub": uuid4(rng), "email": "t.marchetti@quillbase.io", "name": "Thibault Marchetti",
                    "iat": 1741700000, "exp": 1741700300}, alg="RS256", kid=rs(rng, B64URL, 43))
    c.pos("oidc_debug", f"""logger=oauth.generic_oauth t=2025-03-11T13:33:20Z level=debug msg="token request" url=https://sso.{tenants[5]}.io/realms/internal/protocol/openid-connect/token body="grant_type=authorization_code&code={uuid4(rng)}.{uuid4(rng)}&redirect_uri=https%3A%2F%2Fgrafana.internal%2Flogin%2Fgeneric_oauth&client_id=grafana&client_secret={csec}"
logger=oauth.generic_oauth t=2025-03-11T13:33:20Z level=debug msg="token response" refresh_token={rt} id_token={idt}
logger=oauth.generic_oauth t=2025-03-11T13:33:20Z level=debug msg="Received id_token" email=t.marchetti@quillbase.io name="Thibault Marchetti"
logger=context t=2025-03-11T13:33:20Z level=error msg="login.OAuthLogin(missing saved state)"
""", [csec, rt, idt, "t.marchetti@quillbase.io", "Thibault Marchetti"])

    cert = b64e(rbytes(rng, 120))
    c.pos("saml_debug", crlf(f"""SAML Tracer - POST https://app.{tenants[4]}.com/saml/acs
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_{hexs(rng, 32)}" Version="2.0" IssueInstant="2025-03-10T16:02:11Z">
  <saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">renata.kowalczyk@fernwoodbank.com</saml:NameID>
    </saml:Subject>
    <saml:AttributeStatement>
      <saml:Attribute Name="displayName"><saml:AttributeValue>Renata Kowalczyk</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="employeeNumber"><saml:AttributeValue>FW-{rs(rng, DIGITS, 6)}</saml:AttributeValue></saml:Attribute>
      <saml:Attribute Name="mobile"><saml:AttributeValue>+1 312 555 0187</saml:AttributeValue></saml:Attribute>
    </saml:AttributeStatement>
  </saml:Assertion>
  <ds:X509Certificate>{cert}</ds:X509Certificate>
</samlp:Response>
why is the app saying "no matching user" when the NameID is right?
"""), ["renata.kowalczyk@fernwoodbank.com", "Renata Kowalczyk", "+1 312 555 0187"])

    # ------------------------------------------------------------ jwk
    d, p, q = b64u(rbytes(rng, 256)), b64u(rbytes(rng, 128)), b64u(rbytes(rng, 128))
    jwk = {"kty": "RSA", "kid": "signing-2025-01", "use": "sig", "alg": "RS256", "n": b64u(rbytes(rng, 256)),
           "e": "AQAB", "d": d, "p": p, "q": q, "dp": b64u(rbytes(rng, 128)), "dq": b64u(rbytes(rng, 128)),
           "qi": b64u(rbytes(rng, 128))}
    c.pos("jwk", "jose says 'key is not a private key' when i pass this to SignJWT... it clearly has d??\n\n"
          + json.dumps({"keys": [jwk]}, indent=2) + "\n", [d, p, q, jwk["dp"], jwk["dq"], jwk["qi"]])

    d = b64u(rbytes(rng, 32))
    c.pos("jwk", f"""const privateJwk = {{
  kty: 'EC',
  crv: 'P-256',
  x: '{b64u(rbytes(rng, 32))}',
  y: '{b64u(rbytes(rng, 32))}',
  d: '{d}',
  kid: 'dpop-client-1',
}};
const key = await importJWK(privateJwk, 'ES256');
""", [d])

    k = b64u(rbytes(rng, 32))
    c.pos("jwk", f"""# jwks for the internal service-to-service HS256 tokens
JWT_SIGNING_JWK='{{"kty":"oct","kid":"svc-2025","alg":"HS256","k":"{k}"}}'
""", [k])

    # ------------------------------------------------------------ extra
    jwt_secret = rs(rng, ALNUM, 40)
    pg_pw = password(rng, 24, ALNUM)
    c.pos("supabase", f"""############
# Secrets - self-hosted supabase/docker/.env
############
POSTGRES_PASSWORD={pg_pw}
JWT_SECRET={jwt_secret}
ANON_KEY=${{ANON_KEY}}
DASHBOARD_USERNAME=supabase
""", [pg_pw, jwt_secret])

    client_id = rs(rng, LALNUM, 26)
    jwe = (b64u('{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}') + "." + b64u(rbytes(rng, 256)) + "."
           + b64u(rbytes(rng, 12)) + "." + b64u(rbytes(rng, 600)) + "." + b64u(rbytes(rng, 16)))
    idt = jwt(rng, {"sub": uuid4(rng), "email_verified": True, "iss": "https://cognito-idp.eu-west-1.amazonaws.com/"
                    "eu-west-1_Xk29fPq1L", "cognito:username": "maeve.c", "aud": client_id,
                    "email": "maeve.callaghan@outlook.com", "exp": 1741790000, "iat": 1741786400}, alg="RS256",
              kid=b64e(rbytes(rng, 32)))
    c.pos("cognito", f"""localStorage dump from the broken session (Amplify v6):
CognitoIdentityServiceProvider.{client_id}.LastAuthUser = maeve.c
CognitoIdentityServiceProvider.{client_id}.maeve.c.idToken = {idt}
CognitoIdentityServiceProvider.{client_id}.maeve.c.refreshToken = {jwe}
CognitoIdentityServiceProvider.{client_id}.maeve.c.clockDrift = 0
""", [idt, jwe])

    a0_secret = rs(rng, B64URL, 64)
    c.pos("auth0", json.dumps({
        "AUTH0_DOMAIN": "%s.eu.auth0.com" % tenants[2], "AUTH0_CLIENT_ID": rs(rng, ALNUM, 32),
        "AUTH0_CLIENT_SECRET": a0_secret, "AUTH0_ALLOW_DELETE": False,
        "AUTH0_KEYWORD_REPLACE_MAPPINGS": {"ENV": "prod"}}, indent=2) + "\n", [a0_secret])

    okta_cs = rs(rng, B64URL, 40)
    c.pos("okta", f"""okta:
  oauth2:
    issuer: https://{tenants[4]}.okta.com/oauth2/default
    client-id: 0oa{rs(rng, ALNUM, 17)}
    client-secret: {okta_cs}
    scopes: openid, profile, email
""", [okta_cs])

    totp = rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
    c.pos("totp", f"""couldn't scan the QR on the new laptop so I copied the setup link from the page source:
otpauth://totp/Fernwood%20Bank:marcus.oyelaran%40gmail.com?secret={totp}&issuer=Fernwood%20Bank&algorithm=SHA1&digits=6&period=30
which app supports importing this directly?
""", [totp, "marcus.oyelaran%40gmail.com"])

    # ------------------------------------------------------------ negatives
    c.neg("jwk", json.dumps({"keys": [
        {"kty": "RSA", "use": "sig", "kid": rs(rng, B64URL, 43), "alg": "RS256",
         "n": b64u(rbytes(rng, 256)), "e": "AQAB"},
        {"kty": "EC", "use": "sig", "kid": rs(rng, B64URL, 43), "crv": "P-256",
         "x": b64u(rbytes(rng, 32)), "y": b64u(rbytes(rng, 32))}]}, indent=2)
          + "\n^ that's our /.well-known/jwks.json, do I need both keys in there during rotation?\n")

    c.neg("oidc_debug", f"""$ curl -s https://sso.{tenants[5]}.io/realms/internal/.well-known/openid-configuration | jq '{{issuer, token_endpoint, jwks_uri, id_token_signing_alg_values_supported, code_challenge_methods_supported}}'
{{
  "issuer": "https://sso.{tenants[5]}.io/realms/internal",
  "token_endpoint": "https://sso.{tenants[5]}.io/realms/internal/protocol/openid-connect/token",
  "jwks_uri": "https://sso.{tenants[5]}.io/realms/internal/protocol/openid-connect/certs",
  "id_token_signing_alg_values_supported": ["PS384", "RS256", "ES256", "HS256"],
  "code_challenge_methods_supported": ["plain", "S256"]
}}
""")

    c.neg("auth0", """# .env.example - copy to .env.local and fill in
AUTH0_SECRET='use [openssl rand -hex 32] to generate a 32 bytes value'
AUTH0_BASE_URL='http://localhost:3000'
AUTH0_ISSUER_BASE_URL='https://YOUR_DOMAIN'
AUTH0_CLIENT_ID='YOUR_CLIENT_ID'
AUTH0_CLIENT_SECRET='YOUR_CLIENT_SECRET'
""")

    c.neg("azure_ad", f"""resource "azuread_application_password" "deployer" {{
  application_id    = azuread_application.deployer.id
  display_name      = "gh-actions"
  end_date_relative = "4320h"
}}

output "client_secret" {{
  value     = azuread_application_password.deployer.value
  sensitive = true
}}
# terraform output shows: client_secret = <sensitive>
""")

    c.neg("supabase", f"""create policy "owners can read their rows"
  on public.documents for select
  using ( auth.uid() = owner_id );

-- service_role bypasses RLS, so the edge function uses the anon key + the user's JWT instead
-- migration id: {rs(rng, DIGITS, 14)}_documents_rls.sql  checksum sha256:{hexs(rng, 64)}
""")
    return c.cases
