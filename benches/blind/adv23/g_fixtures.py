"""Group fixtures: secrets recorded in test fixtures and API recordings."""
from common import D, J, b64s, jesc

SEED = 2302
TITLE = "test fixtures and API recordings"
COVERS = [
    "VCR / vcrpy cassettes (YAML) with Authorization headers, Basic auth, form bodies and tokens in responses",
    "Polly.js / HAR recordings (headers arrays, cookies), WireMock mappings (equalTo headers, basicAuthCredentials)",
    "Pact contracts, Jest snapshots, syrupy (.ambr) snapshots, Go golden files",
    "Postman environments/collections, Insomnia exports, Bruno .bru files, Hoppscotch, JetBrains/VS Code .http files, Hurl",
    "SQL seed fixtures, Rails/Django fixtures, factory_bot and Faker-style seeds with real-looking PII",
    "mock servers (Mockoon, json-server, MSW handlers, nock), Playwright storageState, Cypress fixtures, k6, Karate, grpcurl",
    "VCR cassette where the filter replaced one occurrence but the token leaks again in the body",
    'PEM fixtures: full RSA-2048 GitHub App key, EC key in a Go raw string, armoured PGP signing key; GCP service-account JSON with the key on one line (\\n escapes) and private_key_id',
    'CI .env fixture with registry/CI tokens (RubyGems, NuGet, Clojars, CircleCI, Buildkite, Sonar, ReadMe, Prefect, GitLab trigger, Azure DevOps PAT, Bitbucket app password)',
]


def build(c):
    g, r, p = c.g, c.rng, c.pii

    # 1 vcrpy cassette with bearer OpenAI key
    key = g.openai()
    c.pos("vcr_cassette", D("""
        interactions:
        - request:
            body: '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}], "temperature": 0}'
            headers:
              Accept:
              - application/json
              Authorization:
              - Bearer ⟦k⟧
              Content-Type:
              - application/json
            method: POST
            uri: https://api.openai.com/v1/chat/completions
          response:
            status:
              code: 200
              message: OK
        version: 1
        """, k=key), [key])

    # 2 Ruby VCR cassette with Basic auth for Stripe
    sk = g.stripe("sk", "live", long=False)
    basic = b64s(sk + ":")
    c.pos("vcr_cassette", D("""
        ---
        http_interactions:
        - request:
            method: post
            uri: https://api.stripe.com/v1/customers
            body:
              encoding: UTF-8
              string: email=qa%2Bbilling%40example.org&description=spec+customer
            headers:
              Authorization:
              - Basic ⟦b⟧
              Stripe-Version:
              - '2023-10-16'
          response:
            status:
              code: 200
        recorded_with: VCR 6.2.0
        """, b=basic), [basic])

    # 3 vcrpy cassette: login body with password, response with tokens
    who = p.person("GB")
    pw = g.pw(avoid="\"'\\&=")
    at = g.jwt_user(iss="https://auth.hearthly.co.uk/", alg="HS256")
    rt = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 64)
    c.pos("vcr_cassette", D("""
        - request:
            body: '{"username": "⟦u⟧", "password": "⟦pw⟧"}'
            method: POST
            uri: https://api.hearthly.co.uk/v2/auth/login
          response:
            body:
              string: '{"access_token":"⟦at⟧","refresh_token":"⟦rt⟧","expires_in":3600}'
            status: {code: 200, message: OK}
        """, u=who["email"], pw=pw, at=at, rt=rt), [who["email"], pw, at, rt])

    # 4 VCR where filter_sensitive_data caught the header but not the body echo
    tok = g.github("ghp")
    c.pos("vcr_cassette", D("""
        - request:
            method: get
            uri: https://api.github.com/user
            headers:
              Authorization:
              - token <GITHUB_TOKEN>
          response:
            status:
              code: 401
            body:
              string: '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","token_hint":"⟦t⟧"}'
        """, t=tok), [tok])

    # 5 Polly.js HAR-like recording with x-api-key header
    key = g.anthropic()
    c.pos("polly_har", D("""
        {
          "log": {
            "_recordingName": "claude-client/streams a completion",
            "creator": { "name": "Polly.JS", "version": "6.0.6" },
            "entries": [{
              "request": {
                "method": "POST",
                "url": "https://api.anthropic.com/v1/messages",
                "headers": [
                  { "name": "anthropic-version", "value": "2023-06-01" },
                  { "name": "x-api-key", "value": "⟦k⟧" },
                  { "name": "content-type", "value": "application/json" }
                ]
              },
              "response": { "status": 200, "statusText": "OK" }
            }]
          }
        }
        """, k=key), [key])

    # 6 HAR with session cookie and CSRF
    sess = g.jwt({"uid": r.randint(1000, 99999), "role": "admin", "iat": g.ts()}, "HS256")
    csrf = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40)
    c.pos("polly_har", D("""
        "request": {
          "method": "GET",
          "url": "https://admin.tillpoint.io/api/stores/44/settlements",
          "cookies": [
            { "name": "tp_session", "value": "⟦s⟧", "httpOnly": true, "secure": true },
            { "name": "csrftoken", "value": "⟦c⟧" }
          ],
          "headersSize": -1
        },
        """, s=sess, c=csrf), [sess])

    # 7 WireMock mapping with bearer equalTo
    tok = g.github_fine()
    cs = g.s("abcdefghijklmnopqrstuvwxyz0123456789", 40)
    c.pos("wiremock", D("""
        {
          "request": {
            "method": "POST",
            "urlPath": "/login/oauth/access_token",
            "headers": { "Authorization": { "equalTo": "Bearer ⟦t⟧" } }
          },
          "response": {
            "status": 200,
            "jsonBody": { "client_id": "Iv1.8a61f9b3a7aba766", "client_secret": "⟦cs⟧" }
          }
        }
        """, t=tok, cs=cs), [tok, cs])

    # 8 WireMock with basicAuthCredentials
    pw = g.pw_symbols(15, avoid="\"\\")
    c.pos("wiremock", D("""
        {
          "priority": 1,
          "request": {
            "method": "GET",
            "url": "/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner?$top=5",
            "basicAuthCredentials": { "username": "RFC_INTEGRATION", "password": "⟦pw⟧" }
          },
          "response": { "status": 200, "bodyFileName": "bp_top5.json" }
        }
        """, pw=pw), [pw])

    # 9 Pact contract with JWT and PII in response body
    jwt = g.jwt_user(iss="https://login.kleo-bank.de/", alg="RS256")
    who = p.person("DE")
    iban = p.iban("DE")
    c.pos("pact", D("""
        {
          "consumer": { "name": "mobile-app" },
          "provider": { "name": "accounts-api" },
          "interactions": [{
            "description": "a request for the current account holder",
            "request": { "method": "GET", "path": "/v1/me",
              "headers": { "Authorization": "Bearer ⟦j⟧" } },
            "response": { "status": 200,
              "body": { "name": "⟦n⟧", "email": "⟦e⟧", "phone": "⟦ph⟧", "iban": "⟦i⟧" } }
          }],
          "metadata": { "pactSpecification": { "version": "3.0.0" } }
        }
        """, j=jwt, n=who["name"], e=who["email"], ph=who["phone"], i=iban),
        [jwt, who["name"], who["email"], who["phone"], iban])

    # 10 Jest snapshot of a config object
    key = g.gcp_api_key()
    sentry = g.sentry_org()
    c.pos("jest_snapshot", D("""
        // Jest Snapshot v1, https://goo.gl/fbAQLP

        exports[`loadConfig() merges env over defaults 1`] = `
        Object {
          "firebase": Object {
            "apiKey": "⟦k⟧",
            "projectId": "trailmate-prod",
          },
          "sentryAuthToken": "⟦s⟧",
          "region": "europe-west3",
        }
        `;
        """, k=key, s=sentry), [key, sentry])

    # 11 Jest snapshot of a rendered profile card (PII)
    who = p.person("FR")
    c.pos("jest_snapshot", D("""
        exports[`<ProfileCard /> renders contact details 1`] = `
        <div className="card">
          <h2>⟦n⟧</h2>
          <a href="mailto:⟦e⟧">⟦e⟧</a>
          <span className="phone">⟦ph⟧</span>
          <address>⟦a⟧</address>
        </div>
        `;
        """, n=who["name"], e=who["email"], ph=who["phone_nat"], a=who["address"]),
        [who["name"], who["email"], who["phone_nat"], who["address"]])

    # 12 syrupy snapshot with AWS keys
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("syrupy_snapshot", D("""
        # serializer version: 1
        # name: test_build_boto_session_kwargs
          dict({
            'aws_access_key_id': '⟦a⟧',
            'aws_secret_access_key': '⟦s⟧',
            'region_name': 'ap-southeast-2',
          })
        # ---
        """, a=ak, s=sk), [ak, sk])

    # 13 Postman environment
    key = g.mailgun()
    pw = g.pw(avoid="\"\\")
    c.pos("postman_env", D("""
        {
          "id": "5b7d6e2a-1f0c-4a3b-9d8e-7c6b5a4f3e2d",
          "name": "Production",
          "values": [
            { "key": "baseUrl", "value": "https://api.mailgun.net/v3", "type": "default", "enabled": true },
            { "key": "mg_api_key", "value": "⟦k⟧", "type": "secret", "enabled": true },
            { "key": "admin_password", "value": "⟦pw⟧", "type": "secret", "enabled": true }
          ],
          "_postman_variable_scope": "environment",
          "_postman_exported_using": "Postman/11.2.13"
        }
        """, k=key, pw=pw), [key, pw])

    # 14 Postman collection with bearer and basic auth
    tok = g.hubspot()
    pw = g.pw_passphrase(sep=".")
    c.pos("postman_collection", D("""
        "item": [
          {
            "name": "List contacts",
            "request": {
              "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "⟦t⟧", "type": "string" } ] },
              "method": "GET",
              "url": { "raw": "https://api.hubapi.com/crm/v3/objects/contacts?limit=10" }
            }
          },
          {
            "name": "Legacy export",
            "request": {
              "auth": { "type": "basic", "basic": [ { "key": "password", "value": "⟦pw⟧" }, { "key": "username", "value": "export-bot" } ] },
              "method": "GET"
            }
          }
        ]
        """, t=tok, pw=pw), [tok, pw])

    # 15 Insomnia export (YAML)
    tok = g.linear()
    c.pos("insomnia", D("""
        _type: export
        __export_format: 4
        resources:
          - _id: env_6f1c2a9b
            _type: environment
            name: Base Environment
            data:
              base_url: https://api.linear.app/graphql
              linear_key: ⟦t⟧
          - _id: req_1d0e7c3a
            _type: request
            name: Viewer
            headers:
              - name: Authorization
                value: "{{ _.linear_key }}"
        """, t=tok), [tok])

    # 16 Bruno .bru request file
    tok = g.slack_bot()
    c.pos("bruno", D("""
        meta {
          name: Post release note
          type: http
          seq: 3
        }

        post {
          url: https://slack.com/api/chat.postMessage
          body: json
          auth: bearer
        }

        auth:bearer {
          token: ⟦t⟧
        }

        body:json {
          { "channel": "C04QZ1R2B3N", "text": "v2.8.0 is live" }
        }
        """, t=tok), [tok])

    # 17 Bruno environment file with plain vars
    sk = g.stripe("sk", "test")
    wh = g.stripe_whsec()
    c.pos("bruno", D("""
        vars {
          host: https://api.stripe.com
          stripeKey: ⟦s⟧
          webhookSecret: ⟦w⟧
        }
        vars:secret [
          adminToken
        ]
        """, s=sk, w=wh), [sk, wh])

    # 18 Hoppscotch collection
    pw = g.pw_symbols(13, avoid="\"\\")
    c.pos("hoppscotch", D("""
        {
          "v": 2,
          "name": "Jira Cloud",
          "requests": [{
            "name": "Search issues",
            "endpoint": "https://acme-eng.atlassian.net/rest/api/3/search?jql=project=OPS",
            "method": "GET",
            "auth": { "authType": "basic", "authActive": true, "username": "svc-jira-sync", "password": "⟦pw⟧" }
          }]
        }
        """, pw=pw), [pw])

    # 19 JetBrains .http file with inline Basic header
    user, pw = "warehouse-bot", g.pw(avoid=":")
    basic = b64s("%s:%s" % (user, pw))
    c.pos("http_file", D("""
        ### List pallets in staging
        GET https://wms-staging.lagerhaus.de/api/pallets?zone=B
        Accept: application/json
        Authorization: Basic ⟦b⟧

        ### Health
        GET https://wms-staging.lagerhaus.de/health
        """, b=basic), [basic])

    # 20 VS Code REST Client file with @variables
    key = g.sendgrid()
    c.pos("http_file", D("""
        @host = https://api.sendgrid.com
        @apiKey = ⟦k⟧

        POST {{host}}/v3/mail/send
        Authorization: Bearer {{apiKey}}
        Content-Type: application/json

        {"personalizations":[{"to":[{"email":"qa-inbox@mailsink.dev"}]}],"from":{"email":"noreply@mailsink.dev"},"subject":"smoke","content":[{"type":"text/plain","value":"hi"}]}
        """, k=key), [key])

    # 22 SQL seed with plaintext API tokens and PII
    a, b = p.person("US"), p.person("CA")
    t1, t2 = g.hex(40), g.hex(40)
    c.pos("sql_seed", D("""
        -- db/seeds/002_users.sql
        INSERT INTO users (id, full_name, email, phone, api_token, created_at) VALUES
          (1, '⟦an⟧', '⟦ae⟧', '⟦ap⟧', '⟦t1⟧', '2023-11-02 09:14:00'),
          (2, '⟦bn⟧', '⟦be⟧', '⟦bp⟧', '⟦t2⟧', '2023-11-02 09:15:12');
        """, an=a["name"], ae=a["email"], ap=a["phone"], t1=t1, bn=b["name"], be=b["email"], bp=b["phone"], t2=t2),
        [a["name"], a["email"], a["phone"], t1, b["name"], b["email"], b["phone"], t2])

    # 23 SQL seed for integrations
    tw_sid, tw_tok = g.twilio_sid(), g.twilio_token()
    sg = g.sendgrid()
    c.pos("sql_seed", D("""
        insert into integration_credentials (tenant_id, provider, key_id, secret) values
        (7, 'twilio',   '⟦sid⟧', '⟦tok⟧'),
        (7, 'sendgrid', null,      '⟦sg⟧');
        """, sid=tw_sid, tok=tw_tok, sg=sg), [tw_tok, sg])

    # 24 factory_bot with real-looking values
    who = p.person("US")
    ssn = p.us_ssn()
    card = p.card("visa", fmt=False)
    c.pos("factory_seed", D("""
        FactoryBot.define do
          factory :applicant do
            full_name { "⟦n⟧" }
            email { "⟦e⟧" }
            ssn { "⟦s⟧" }
            card_number { "⟦c⟧" }
            dob { Date.new(⟦y⟧, ⟦m⟧, ⟦d⟧) }
          end
        end
        """, n=who["name"], e=who["email"], s=ssn, c=card, y=who["dob"][0], m=who["dob"][1], d=who["dob"][2]),
        [who["name"], who["email"], ssn, card])

    # 25 Python seed with Faker fallback but hard-coded real values
    who = p.person("ES")
    dni = p.es_dni()
    iban = p.iban("ES", spaced=True)
    c.pos("factory_seed", D("""
        def seed_customers(session):
            # fake.name() produced garbage accents in PDFs, hard-coding one for the demo
            session.add(Customer(
                name="⟦n⟧",
                dni="⟦d⟧",
                iban="⟦i⟧",
                phone="⟦ph⟧",
            ))
            session.commit()
        """, n=who["name"], d=dni, i=iban, ph=who["phone"]), [who["name"], dni, iban, who["phone"]])

    # 26 Mockoon environment
    key = g.shopify("shpss")
    c.pos("mock_server", D("""
        {
          "uuid": "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9",
          "name": "shopify-mock",
          "port": 3001,
          "routes": [{
            "method": "get",
            "endpoint": "admin/oauth/access_scopes.json",
            "responses": [{ "statusCode": 200,
              "headers": [{ "key": "X-Shopify-Shared-Secret", "value": "⟦k⟧" }],
              "body": "{\\"access_scopes\\":[{\\"handle\\":\\"read_orders\\"}]}" }]
          }]
        }
        """, k=key), [key])

    # 27 json-server db.json
    a, b = p.person("AU"), p.person("NL")
    pa, pb = g.pw(avoid="\"\\"), g.pw(avoid="\"\\")
    c.pos("mock_server", D("""
        {
          "users": [
            { "id": 1, "name": "⟦an⟧", "email": "⟦ae⟧", "password": "⟦pa⟧", "phone": "⟦ap⟧" },
            { "id": 2, "name": "⟦bn⟧", "email": "⟦be⟧", "password": "⟦pb⟧", "phone": "⟦bp⟧" }
          ],
          "sessions": []
        }
        """, an=a["name"], ae=a["email"], pa=pa, ap=a["phone"], bn=b["name"], be=b["email"], pb=pb, bp=b["phone"]),
        [a["name"], a["email"], pa, a["phone"], b["name"], b["email"], pb, b["phone"]])

    # 28 MSW handler
    tok = g.github("gho")
    c.pos("msw_handler", D("""
        import { http, HttpResponse } from 'msw'

        export const handlers = [
          http.get('https://api.github.com/user', ({ request }) => {
            if (request.headers.get('Authorization') !== 'Bearer ⟦t⟧') {
              return new HttpResponse(null, { status: 401 })
            }
            return HttpResponse.json({ login: 'octo-tester', id: 1 })
          }),
        ]
        """, t=tok), [tok])

    # 29 nock recording
    key = g.openai_legacy()
    org = "org-" + g.alnum(24)
    c.pos("nock", D("""
        nock('https://api.openai.com:443', { encodedQueryParams: true })
          .post('/v1/embeddings', { model: 'text-embedding-3-small', input: 'hello' })
          .matchHeader('authorization', 'Bearer ⟦k⟧')
          .matchHeader('openai-organization', '⟦o⟧')
          .reply(200, { object: 'list', data: [{ index: 0 }] });
        """, k=key, o=org), [key])

    # 30 Go golden file with SigV4 Authorization header
    ak = g.aws_akid()
    sig = g.aws_sigv4()
    c.pos("golden_file", D("""
        POST / HTTP/1.1
        Host: dynamodb.eu-north-1.amazonaws.com
        Authorization: AWS4-HMAC-SHA256 Credential=⟦a⟧/20240214/eu-north-1/dynamodb/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=⟦s⟧
        Content-Type: application/x-amz-json-1.0
        X-Amz-Date: 20240214T120000Z
        X-Amz-Target: DynamoDB_20120810.GetItem

        {"TableName":"sessions","Key":{"pk":{"S":"u#4411"}}}
        """, a=ak, s=sig), [ak, sig])

    # 31 Karate feature
    jwt = g.jwt_user(iss="https://sso.verdant.health/", alg="RS256")
    key = g.hex(32)
    c.pos("karate", D("""
        Feature: patient search

          Background:
            * url 'https://fhir-staging.verdant.health'
            * def token = '⟦j⟧'
            * header Authorization = 'Bearer ' + token
            * header x-api-key = '⟦k⟧'

          Scenario: search by family name
            Given path 'Patient'
            And param family = 'Okafor'
            When method get
            Then status 200
        """, j=jwt, k=key), [jwt, key])

    # 32 Playwright storageState
    sess = g.session_cookie()
    auth = g.jwt_user(iss="https://auth.planboard.app/", alg="HS256")
    c.pos("storage_state", D("""
        {
          "cookies": [
            { "name": "__Secure-next-auth.session-token", "value": "⟦s⟧", "domain": "app.planboard.app",
              "path": "/", "expires": 1767225600, "httpOnly": true, "secure": true, "sameSite": "Lax" }
          ],
          "origins": [
            { "origin": "https://app.planboard.app",
              "localStorage": [ { "name": "auth", "value": "{\\"accessToken\\":\\"⟦a⟧\\"}" } ] }
          ]
        }
        """, s=sess, a=auth), [sess, auth])

    # 33 Cypress fixture
    pw1 = g.pw(avoid="\"\\")
    pw2 = g.pw_leet()
    c.pos("cypress_fixture", D("""
        {
          "admin":  { "username": "qa-admin",  "password": "⟦a⟧", "otpSecret": "⟦o⟧" },
          "viewer": { "username": "qa-viewer", "password": "⟦b⟧" }
        }
        """, a=pw1, b=pw2, o=g.totp_seed(32)), [pw1, pw2])

    # 34 k6 script
    dd = g.datadog_api()
    c.pos("k6_script", D("""
        import http from 'k6/http';
        const API_KEY = '⟦k⟧'; // DD key for metrics push in CI

        export default function () {
          http.post('https://api.datadoghq.com/api/v2/series', JSON.stringify(payload()), {
            headers: { 'DD-API-KEY': API_KEY, 'Content-Type': 'application/json' },
          });
        }
        """, k=dd), [dd])

    # 35 Hurl file
    pw = g.pw(avoid="\n")
    c.pos("hurl", D("""
        # login then fetch invoices
        POST https://billing.quokka.tools/login
        [FormParams]
        username: finance-robot
        password: ⟦pw⟧
        HTTP 302
        [Captures]
        session: cookie "qsid"

        GET https://billing.quokka.tools/api/invoices?month=2024-04
        HTTP 200
        """, pw=pw), [pw])

    # 36 Django fixture
    who = p.person("IT")
    cf = p.it_cf(who["family_latin"], who["given_latin"], who["sex"], *who["dob"])
    key = g.s("abcdefghijklmnopqrstuvwxyz0123456789", 40)
    c.pos("django_fixture", D("""
        [
          {"model": "accounts.profile", "pk": 12, "fields": {"full_name": "⟦n⟧", "codice_fiscale": "⟦cf⟧", "email": "⟦e⟧"}},
          {"model": "authtoken.token", "pk": "⟦k⟧", "fields": {"user": 12, "created": "2024-02-11T10:00:00Z"}}
        ]
        """, n=who["name"], cf=cf, e=who["email"], k=key), [who["name"], cf, who["email"], key])

    # 37 Rails fixtures YAML
    a = p.person("DE")
    card = p.card("mc")
    iban = p.iban("DE", spaced=True)
    c.pos("rails_fixture", D("""
        # test/fixtures/payment_methods.yml
        anna_card:
          user: anna
          holder: "⟦n⟧"
          number: "⟦c⟧"
          exp: "⟦x⟧"
        anna_sepa:
          user: anna
          iban: "⟦i⟧"
          mandate_ref: MNDT-<%= 1000 + 7 %>
        """, n=a["name"], c=card, x=p.expiry(), i=iban), [a["name"], card, iban])

    # 38 grpcurl in a test README
    tok = g.jwt_user(iss="https://accounts.payflux.io/", alg="ES256")
    who = p.person("NL")
    iban = p.iban("NL")
    c.pos("grpcurl", D("""
        Reproduce the flaky test by hand:

            grpcurl -H 'authorization: Bearer ⟦t⟧' \\
              -d '{"holder":"⟦n⟧","iban":"⟦i⟧","amount_cents":1250}' \\
              payments.staging.payflux.io:443 payflux.v1.Transfers/Create
        """, t=tok, n=who["name"], i=iban), [tok, who["name"], iban])

    # 39 GitHub App private key fixture (full RSA 2048 PEM)
    key = g.rsa_key(2048)
    c.pos("pem_fixture", J("# spec/fixtures/files/github_app.pem  (app id 412877, installed on acme-org)", key.text),
          key.picks())

    # 40 Go test with EC key in a raw string literal
    key = g.ec_key()
    c.pos("pem_fixture", J(
        "package token_test",
        "",
        "// testKey signs the tokens verified in TestVerify; copied from staging on 2024-03-02",
        "const testKey = `" + key.text + "`",
        "",
        "func TestVerify(t *testing.T) {",
        "\tk := mustParseECKey(t, testKey)",
        "\t_ = k",
        "}"), key.picks())

    # 41 GCP service-account JSON fixture (private key on one line with \n escapes)
    key = g.rsa_key(2048, pkcs8=True)
    kid = g.hex(40)
    sa = {"type": "service_account", "project_id": "acme-ml-prod", "private_key_id": kid,
          "private_key": key.text + "\n", "client_email": "vertex-runner@acme-ml-prod.iam.gserviceaccount.com",
          "client_id": g.digits(21), "token_uri": "https://oauth2.googleapis.com/token"}
    import json as _json
    body = ",\n".join('  "%s": %s' % (k, _json.dumps(v)) for k, v in sa.items())
    c.pos("service_account_fixture", J("// tests/fixtures/gcp-sa.json", "{", body, "}"), key.picks() + [kid])

    # 42 CI .env fixture with build/registry tokens
    vals = [("RUBYGEMS_API_KEY", g.rubygems()), ("NUGET_API_KEY", g.nuget()), ("CLOJARS_DEPLOY_TOKEN", g.clojars()),
            ("CIRCLE_TOKEN", g.circleci()), ("BUILDKITE_AGENT_TOKEN", g.buildkite()), ("SONAR_TOKEN", g.sonar()),
            ("README_API_KEY", g.readme()), ("PREFECT_API_KEY", g.prefect()), ("GITLAB_TRIGGER_TOKEN", g.gitlab_trigger()),
            ("AZURE_DEVOPS_EXT_PAT", g.azure_devops_pat()), ("BITBUCKET_APP_PASSWORD", g.bitbucket_app_password())]
    c.pos("env_fixture", J("# test/fixtures/.env.ci  -- loaded by test_release_pipeline.py",
                           *["%s=%s" % kv for kv in vals]), [v for _, v in vals])

    # 43 armoured PGP private key used to sign test releases
    key = g.pgp_private()
    c.pos("pem_fixture", J("$ cat testdata/release-signing.asc", key.text,
                           "$ gpg --import testdata/release-signing.asc   # passphrase: none"), key.picks())

    # negatives ---------------------------------------------------------
    c.neg("vcr_filtered", D("""
        - request:
            headers:
              Authorization:
              - Bearer <OPENAI_API_KEY>
            method: POST
            uri: https://api.openai.com/v1/chat/completions
          response:
            headers:
              x-request-id:
              - req_7c1e9f0a2b3d4e5f6a7b8c9d0e1f2a3b
        """))
    c.neg("postman_vars", D("""
        {
          "key": "token",
          "value": "{{vault:stripe-secret-key}}",
          "type": "secret"
        },
        {
          "key": "baseUrl",
          "value": "https://api.stripe.com"
        }
        """))
    c.neg("wiremock_matchers", D("""
        "request": {
          "method": "GET",
          "urlPathPattern": "/v1/orders/[0-9a-f-]{36}",
          "headers": { "Authorization": { "matches": "Bearer [A-Za-z0-9._-]+" } }
        },
        "response": { "status": 200, "bodyFileName": "order.json" }
        """))
    c.neg("snapshot_masked", D("""
        exports[`redactConfig hides secrets 1`] = `
        Object {
          "apiKey": "********",
          "dsn": "postgres://app:********@db:5432/app",
          "buildId": "9f2c41d",
        }
        `;
        """))
    c.neg("http_env_refs", D("""
        ### create webhook
        POST {{baseUrl}}/v1/webhooks
        Authorization: Bearer {{$dotenv API_TOKEN}}
        X-Request-Id: {{$uuid}}

        {"url": "{{callbackUrl}}", "events": ["order.paid"]}
        """))
    c.neg("pact_matchers", D("""
        "matchingRules": {
          "$.headers.Authorization": { "match": "regex", "regex": "^Bearer [\\\\w.-]+$" },
          "$.body.id": { "match": "type" },
          "$.body.createdAt": { "match": "timestamp", "timestamp": "yyyy-MM-dd'T'HH:mm:ssX" }
        }
        """))
    c.neg("factory_faker_calls", D("""
        FactoryBot.define do
          factory :user do
            name { Faker::Name.name }
            password { SecureRandom.hex(16) }
            phone { Faker::PhoneNumber.cell_phone_in_e164 }
            sequence(:username) { |n| "user#{n}" }
          end
        end
        """))
    c.neg("seed_ids", D("""
        INSERT INTO orders (id, order_no, sku, qty, checksum) VALUES
          ('0b8e6c1a-7d2f-4e93-a1b5-c6d7e8f90a1b', 'SO-2024-000913', 'LIN-SHIRT-M-NVY', 2, 'd41d8cd98f00b204e9800998ecf8427e'),
          ('5f3a2b1c-9e8d-4c7b-a6f5-e4d3c2b1a090', 'SO-2024-000914', 'MUG-STONE-350', 1, '9e107d9d372bb6826bd81d3542a419d6');
        """))
