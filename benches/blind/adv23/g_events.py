"""Group events: secrets and PII inside message and event payloads."""
import json

from common import D, J, b64s, jesc, pct

SEED = 2304
TITLE = "message and event payloads"
COVERS = [
    "Kafka records printed by kcat (headers with bearer tokens, values with signup PII and passwords), Kafka Connect configs",
    "RabbitMQ definitions export (shovel URIs) and management 'get messages' output with base64 payloads",
    "SQS messages with Body as escaped JSON, SNS->SQS double-encoded bodies, SNS HTTP notifications",
    "Pub/Sub push envelopes and Kinesis records whose base64 data carries a secret (the whole base64 string is listed)",
    "EventBridge custom events, CloudEvents, Azure Event Grid, API Gateway proxy events, Cloud Tasks",
    "Stripe / GitHub / Shopify / Slack / PagerDuty webhook deliveries and the handler logs that echo signing secrets",
    "Celery and Sidekiq job args, Temporal workflow inputs (json/plain payloads in base64), outbox rows",
    "Redis streams XADD / XRANGE, NATS subscriptions, MQTT (mosquitto) messages and commands",
    "Debezium CDC change events with PII rows (before/after), Segment identify calls, Twilio SMS webhooks (form-encoded)",
    'credential-rotation NDJSON (Square, Braintree, PayPal, Plaid, Shippo, Facebook page token)',
    'Kafka record carrying a PKCS#8 EC private key inside JSON with \\n escapes',
]


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def build(c):
    g, r, p = c.g, c.rng, c.pii

    # 1 kcat output: signup event with PII and plaintext password
    who = p.person("US")
    pw = g.pw(avoid="\"\\")
    c.pos("kafka_kcat", D("""
        $ kcat -C -b kafka-1:9092 -t user.signups -o -2 -e -f 'Partition: %p Offset: %o\\nHeaders: %h\\nKey: %k\\nValue: %s\\n\\n'
        Partition: 3 Offset: 1184211
        Headers: content-type=application/json,source=web-signup
        Key: usr_8812
        Value: {"user_id":"usr_8812","name":"⟦n⟧","email":"⟦e⟧","phone":"⟦ph⟧","password":"⟦pw⟧","plan":"pro"}
        % Reached end of topic user.signups [3] at offset 1184212: exiting
        """, n=who["name"], e=who["email"], ph=who["phone"], pw=pw), [who["name"], who["email"], who["phone"], pw])

    # 2 kcat with bearer token in headers
    jwt = g.jwt_user(iss="https://auth.rideshare.internal/", alg="RS256")
    c.pos("kafka_kcat", D("""
        Headers: traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01,authorization=Bearer ⟦j⟧,x-tenant=eu-1
        Key: trip-7719021
        Value: {"trip_id":7719021,"status":"COMPLETED","fare":{"amount":1840,"currency":"EUR"}}
        """, j=jwt), [jwt])

    # 3 Kafka Connect connector config (Debezium) posted via REST
    pw = g.pw(avoid="\"\\")
    c.pos("kafka_connect", D("""
        $ curl -s localhost:8083/connectors/pg-orders/config | jq .
        {
          "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
          "database.hostname": "pg-orders.prod",
          "database.user": "debezium",
          "database.password": "⟦pw⟧",
          "database.dbname": "orders",
          "topic.prefix": "orders",
          "plugin.name": "pgoutput"
        }
        """, pw=pw), [pw])

    # 4 RabbitMQ definitions export with shovel URI
    pw = g.pw_random(18)
    c.pos("rabbitmq_defs", D("""
        {
          "rabbit_version": "3.12.13",
          "users": [{"name": "billing", "password_hash": "kI2v3hOE8r3nFQ0m9yGq8r8pQw9CwQm3T4p2Hc7aVdU2dIe1", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": []}],
          "parameters": [{
            "component": "shovel", "vhost": "/", "name": "dr-replication",
            "value": {"src-uri": "amqp://", "src-queue": "invoices",
                      "dest-uri": "amqps://shovel:⟦pw⟧@rabbit-dr.eu-north.internal:5671/%2F", "dest-queue": "invoices"}
          }]
        }
        """, pw=pw), [pw])

    # 5 RabbitMQ management get: base64 payload containing credentials
    inner = compact({"job": "sync_crm", "hubspot_token": g.hubspot(), "portal": 2241877})
    b = b64s(inner)
    c.pos("rabbitmq_get", D("""
        [
          {
            "payload_bytes": ⟦n⟧,
            "redelivered": true,
            "exchange": "jobs",
            "routing_key": "crm.sync",
            "message_count": 41,
            "properties": {"content_type": "application/json", "delivery_mode": 2},
            "payload": "⟦b⟧",
            "payload_encoding": "base64"
          }
        ]
        """, n=len(inner), b=b), [b])

    # 6 SQS ReceiveMessage with escaped JSON body
    who = p.person("GB")
    tmp = g.pw_symbols(12, avoid="\\\"")
    body = compact({"type": "user.invited", "email": who["email"], "temporary_password": tmp, "name": who["name"]})
    c.pos("sqs_message", D("""
        {
          "Messages": [
            {
              "MessageId": "2d5a7f0e-93c1-4b8e-a6f4-1c0b9d8e7f6a",
              "ReceiptHandle": "AQEB8n2kQ...truncated...",
              "MD5OfBody": "6a1f0b9e2d3c4b5a69788766554433ab",
              "Body": "⟦b⟧"
            }
          ]
        }
        """, b=jesc(body)), [who["email"], tmp, who["name"]])

    # 7 SNS -> SQS: Message is a JSON string inside a JSON string
    url, tok = g.slack_webhook()
    inner = compact({"alarm": "api-5xx", "notify": {"slack_webhook": url, "channel": "#oncall"}})
    sns = compact({"Type": "Notification", "MessageId": g.uuid(), "TopicArn": "arn:aws:sns:eu-west-1:481516234200:alerts",
                   "Message": inner, "Timestamp": "2024-04-02T07:11:09.420Z"})
    c.pos("sns_sqs", J("sqs body as logged by the consumer:", "Body=" + json.dumps(sns)), [tok])

    # 8 SNS HTTP(S) delivery with an API key in the message
    key = g.sendgrid()
    msg = compact({"event": "tenant.provisioned", "tenant": "lumen-pharma", "mail_api_key": key})
    c.pos("sns_http", D("""
        POST /hooks/sns HTTP/1.1
        x-amz-sns-message-type: Notification
        x-amz-sns-topic-arn: arn:aws:sns:us-east-1:918273645500:tenant-events
        Content-Type: text/plain; charset=UTF-8

        {"Type":"Notification","MessageId":"⟦id⟧","Message":"⟦m⟧","SignatureVersion":"1"}
        """, id=g.uuid(), m=jesc(msg)), [key])

    # 9 Pub/Sub push envelope: base64 data carrying a secret
    inner = compact({"event": "key.rotated", "service": "payments", "new_key": g.stripe("sk", "live")})
    b = b64s(inner)
    c.pos("pubsub_push", D("""
        {
          "message": {
            "attributes": {"eventType": "KEY_ROTATED"},
            "data": "⟦b⟧",
            "messageId": "11024580316724531",
            "publishTime": "2024-05-14T09:26:44.871Z"
          },
          "subscription": "projects/acme-prod/subscriptions/key-rotation-push"
        }
        """, b=b), [b])

    # 10 Pub/Sub with PII in attributes and data
    who = p.person("IN")
    aad = p.in_aadhaar()
    inner = compact({"kyc_status": "VERIFIED", "aadhaar": aad, "name": who["name"]})
    b = b64s(inner)
    c.pos("pubsub_push", D("""
        2024-05-14 09:31:02 INFO push handler /_ah/push-handlers/kyc raw body:
        {"message":{"attributes":{"customer_email":"⟦e⟧","customer_phone":"⟦ph⟧"},"data":"⟦b⟧","messageId":"9981277305466132"},"subscription":"projects/finserve-kyc/subscriptions/kyc-done"}
        """, e=who["email"], ph=who["phone"], b=b), [who["email"], who["phone"], b])

    # 11 EventBridge custom event with credentials
    ak, sk = g.aws_akid(), g.aws_secret()
    c.pos("eventbridge", D("""
        {
          "version": "0",
          "id": "⟦id⟧",
          "detail-type": "PartnerCredentialsIssued",
          "source": "com.acme.partners",
          "account": "123456789012",
          "time": "2024-06-18T13:40:02Z",
          "region": "eu-central-1",
          "resources": [],
          "detail": {
            "partner": "logiwave",
            "accessKeyId": "⟦a⟧",
            "secretAccessKey": "⟦s⟧"
          }
        }
        """, id=g.uuid(), a=ak, s=sk), [ak, sk])

    # 12 Stripe webhook delivery + handler log with signing secret
    who = p.person("FR")
    wh = g.stripe_whsec()
    c.pos("stripe_webhook", D("""
        [webhook] POST /stripe/webhook 400 Bad Request
        [webhook] Stripe-Signature: t=1718012345,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
        [webhook] verifying with endpoint secret ⟦w⟧
        [webhook] payload: {"id":"evt_1PQx2aLkdIwHu7ix0sKqS1Qb","type":"checkout.session.completed","data":{"object":{"customer_details":{"email":"⟦e⟧","name":"⟦n⟧","phone":"⟦ph⟧"}}}}
        [webhook] error: No signatures found matching the expected signature for payload
        """, w=wh, e=who["email"], n=who["name"], ph=who["phone"]), [wh, who["email"], who["name"], who["phone"]])

    # 13 GitHub webhook delivery and secret in debug log; installation token
    sec = g.hex(40)
    ghs = g.github("ghs")
    c.pos("github_webhook", D("""
        DEBUG hooks: delivery=72d3162e-cc78-11e3-81ab-4c9367dc0958 event=push sig256=sha256=⟦sg⟧
        DEBUG hooks: webhook secret loaded from config: ⟦s⟧
        DEBUG hooks: installation 41877233 token=⟦t⟧ expires_at=2024-07-01T12:00:00Z
        INFO  hooks: push to acme/web@main by dependabot[bot]
        """, sg=g.hex(64), s=sec, t=ghs), [sec, ghs])

    # 14 Shopify orders/create webhook with customer PII
    who = p.person("CA")
    c.pos("shopify_webhook", D("""
        X-Shopify-Topic: orders/create
        X-Shopify-Hmac-Sha256: ⟦h⟧
        X-Shopify-Shop-Domain: northern-thread.myshopify.com

        {"id":5512398102817,"email":"⟦e⟧","phone":"⟦ph⟧","billing_address":{"name":"⟦n⟧","address1":"⟦a⟧","city":"⟦ci⟧","zip":"⟦z⟧","country_code":"CA"},"total_price":"129.00"}
        """, h=b64s(g.rbytes(32)), e=who["email"], ph=who["phone"], n=who["name"],
        a="%d %s" % (who["num"] * 7 + 10, who["street"]), ci=who["city"], z=who["postcode"]),
        [who["email"], who["phone"], who["name"], "%d %s" % (who["num"] * 7 + 10, who["street"])])

    # 15 Celery worker log with task args
    sk = g.stripe("sk", "live")
    pw = g.pw(avoid="'\\")
    c.pos("celery", D("""
        [2024-03-02 22:10:41,551: INFO/MainProcess] Task billing.tasks.charge_invoice[5c1b7e9a-2f0d-4a8c-b3e6-9d7f1a2c4e50] received
        [2024-03-02 22:10:41,552: DEBUG/MainProcess] TaskPool: Apply <Function apply_fast_trace_task> (args:('billing.tasks.charge_invoice', '5c1b7e9a', {}, ('inv_88123', '⟦sk⟧'), {'smtp_password': '⟦pw⟧', 'notify': True}))
        [2024-03-02 22:10:42,118: INFO/ForkPoolWorker-3] Task billing.tasks.charge_invoice succeeded in 0.56s: 'ch_3Ox...'
        """, sk=sk, pw=pw), [sk, pw])

    # 16 Sidekiq job JSON in Redis
    tok = g.hubspot()
    c.pos("sidekiq", D("""
        127.0.0.1:6379> LRANGE queue:default 0 0
        1) "{\\"retry\\":true,\\"queue\\":\\"default\\",\\"class\\":\\"SyncHubspotContactsJob\\",\\"args\\":[4412,\\"⟦t⟧\\"],\\"jid\\":\\"b4a577edbccf1d805744efa9\\",\\"created_at\\":1716200000.123}"
        """, t=tok), [tok])

    # 17 Sidekiq dead set error with DB URL
    pw = g.pw(avoid="@/:'\"\\ ")
    c.pos("sidekiq", D("""
        Dead job: ReportExportJob (jid 9f3ac21e5b7d0c4e8a6b1f20)
        Error class: PG::ConnectionBad
        Error message: connection to server at "reports-db" failed using DATABASE_URL=postgres://reports:⟦pw⟧@reports-db:5432/reports: FATAL:  too many connections
        Retry count: 25
        """, pw=pw), [pw])

    # 18 Temporal workflow input (payload data in base64)
    inner = compact({"tenantId": "t-4411", "snowflakePassword": g.pw_random(22), "warehouse": "ETL_WH"})
    b = b64s(inner)
    c.pos("temporal", D("""
        $ temporal workflow show --workflow-id etl-nightly-t-4411 --output json | jq '.events[0].workflowExecutionStartedEventAttributes.input'
        {
          "payloads": [
            {
              "metadata": { "encoding": "anNvbi9wbGFpbg==" },
              "data": "⟦b⟧"
            }
          ]
        }
        """, b=b), [b])

    # 19 Temporal UI copy (decoded input)
    key = g.anthropic()
    c.pos("temporal", D("""
        Workflow: summarize-tickets/8d1c  Status: Failed
        Input:
        [
          {"batch": 42, "model": "claude-3-5-sonnet", "apiKey": "⟦k⟧"}
        ]
        Failure: activity StartToClose timeout
        """, k=key), [key])

    # 20 Redis XADD with card data
    who = p.person("US")
    card = p.card("visa", fmt=False)
    cvv = p.cvv()
    c.pos("redis_stream", D("""
        127.0.0.1:6379> XADD payments:incoming * order_id 99812 name "⟦n⟧" card ⟦c⟧ exp ⟦x⟧ cvv ⟦v⟧
        "1718000432118-0"
        127.0.0.1:6379> XLEN payments:incoming
        (integer) 17
        """, n=who["name"], c=card, x=p.expiry(), v=cvv), [who["name"], card, "cvv " + cvv])

    # 21 Redis XRANGE output with password field
    pw = g.pw(avoid="\"\\")
    c.pos("redis_stream", D("""
        127.0.0.1:6379> XRANGE auth:events - + COUNT 1
        1) 1) "1718000001000-0"
           2) 1) "event"
              2) "password_changed"
              3) "user"
              4) "k.andersen"
              5) "new_password"
              6) "⟦pw⟧"
        """, pw=pw), [pw])

    # 22 NATS subscription output
    tok = g.vault()
    c.pos("nats", D("""
        $ nats sub 'secrets.issued.>'
        12:01:44 Subscribing on secrets.issued.>
        [#1] Received on "secrets.issued.payments" with reply "_INBOX.k3Yq1"
        Nats-Msg-Id: 6c7e1a
        {"service":"payments","vault_token":"⟦t⟧","ttl":"768h"}
        """, t=tok), [tok])

    # 23 MQTT: device provisioning with Wi-Fi PSK; publish command with password
    psk = g.pw(avoid="\"\\'")
    mpw = g.pw_random(16)
    c.pos("mqtt", D("""
        $ mosquitto_sub -h broker.hausauto.local -u provisioner -P '⟦m⟧' -t 'devices/+/config' -v
        devices/esp32-a41f/config {"wifi_ssid":"Villa-Berg-5G","wifi_psk":"⟦k⟧","mqtt_user":"esp32-a41f"}
        """, m=mpw, k=psk), [mpw, psk])

    # 24 Debezium create event with PII
    who = p.person("NL")
    bsn = p.nl_bsn()
    iban = p.iban("NL")
    c.pos("debezium", D("""
        {
          "before": null,
          "after": {
            "id": 90211,
            "full_name": "⟦n⟧",
            "bsn": "⟦b⟧",
            "iban": "⟦i⟧",
            "email": "⟦e⟧",
            "phone": "⟦ph⟧"
          },
          "source": { "connector": "postgresql", "db": "crm", "table": "customers", "lsn": 24023128 },
          "op": "c",
          "ts_ms": 1717412001234
        }
        """, n=who["name"], b=bsn, i=iban, e=who["email"], ph=who["phone"]),
        [who["name"], bsn, iban, who["email"], who["phone"]])

    # 25 Debezium update with reset token before/after
    t1, t2 = g.reset_token(), g.reset_token()
    c.pos("debezium", D("""
        {"before":{"id":311,"password_reset_token":"⟦a⟧","reset_sent_at":1717400000000},"after":{"id":311,"password_reset_token":"⟦b⟧","reset_sent_at":1717412000000},"source":{"table":"users"},"op":"u"}
        {"before":null,"after":{"id":312,"password_reset_token":null},"source":{"table":"users"},"op":"c"}
        """, a=t1, b=t2), [t1, t2])

    # 26 CloudEvents structured mode
    key = g.twilio_api_key()
    sec = g.alnum(32)
    c.pos("cloudevents", D("""
        {
          "specversion": "1.0",
          "type": "io.acme.integration.created",
          "source": "/tenants/3321/integrations",
          "id": "A234-1234-1234",
          "datacontenttype": "application/json",
          "data": { "provider": "twilio", "apiKeySid": "⟦k⟧", "apiKeySecret": "⟦s⟧" }
        }
        """, k=key, s=sec), [sec])

    # 27 Azure Event Grid event with SAS URL
    sig = pct(g.azure_sas_sig())
    c.pos("event_grid", D("""
        [{
          "id": "831e1650-001e-001b-66ab-eeb76e069631",
          "eventType": "Contoso.Export.Ready",
          "subject": "/exports/2024-06-01",
          "data": { "downloadUrl": "https://contosoexports.blob.core.windows.net/out/2024-06-01.zip?sv=2023-01-03&se=2024-06-02T00%3A00%3A00Z&sr=b&sp=r&sig=⟦s⟧" },
          "dataVersion": "1.0",
          "eventTime": "2024-06-01T02:00:00Z"
        }]
        """, s=sig), [sig])

    # 28 Kinesis get-records with base64 data
    inner = compact({"level": "error", "msg": "auth failed", "header": "Authorization: Basic " + b64s("svc-etl:" + g.pw_random(16))})
    b = b64s(inner)
    c.pos("kinesis", D("""
        $ aws kinesis get-records --shard-iterator "$IT" --limit 1
        {
            "Records": [
                {
                    "SequenceNumber": "49590338271490256608559692538361571095921575989136588898",
                    "ApproximateArrivalTimestamp": "2024-02-27T11:03:12.882000+00:00",
                    "Data": "⟦b⟧",
                    "PartitionKey": "svc-etl"
                }
            ],
            "MillisBehindLatest": 0
        }
        """, b=b), [b])

    # 29 Segment identify call
    who = p.person("AU")
    c.pos("segment", D("""
        analytics.identify({
          userId: 'u_10283',
          traits: {
            name: '⟦n⟧',
            email: '⟦e⟧',
            phone: '⟦ph⟧',
            address: { street: '⟦st⟧', city: '⟦ci⟧', postalCode: '⟦pc⟧' },
            plan: 'Family'
          }
        });
        """, n=who["name"], e=who["email"], ph=who["phone"], st="%d %s" % (who["num"] * 7 + 10, who["street"]),
        ci=who["city"], pc=who["postcode"]), [who["name"], who["email"], who["phone"], "%d %s" % (who["num"] * 7 + 10, who["street"])])

    # 30 API Gateway proxy event with card in body
    who = p.person("US")
    card = p.card("amex", fmt=False)
    body = compact({"cardholder": who["name"], "pan": card, "exp": p.expiry(), "zip": who["postcode"]})
    jwt = g.jwt_user(iss="https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Xq7L9PzA2", alg="RS256")
    c.pos("apigw_event", D("""
        {
          "resource": "/payments",
          "httpMethod": "POST",
          "headers": { "Authorization": "⟦j⟧", "Content-Type": "application/json" },
          "requestContext": { "stage": "prod", "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef" },
          "body": "⟦b⟧",
          "isBase64Encoded": false
        }
        """, j=jwt, b=jesc(body)), [jwt, who["name"], card])

    # 31 Twilio inbound SMS webhook (form-encoded)
    ph_from = p.phone("GB").replace(" ", "")
    ph_enc = pct(ph_from)
    code_pw = g.pw(avoid="&=+%")
    bodytxt = "my new wifi password is " + code_pw
    c.pos("twilio_sms", D("""
        POST /sms/inbound
        ToCountry=GB&SmsMessageSid=SM⟦sid⟧&NumMedia=0&From=⟦f⟧&Body=⟦b⟧&ApiVersion=2010-04-01
        """, sid=g.hex(32), f=ph_enc, b=pct(bodytxt).replace("%20", "+")),
        [ph_enc, pct(code_pw)])

    # 32 Slack Events API payload with verification token
    vt = g.alnum(24)
    c.pos("slack_event", D("""
        {
          "token": "⟦t⟧",
          "team_id": "T061EG9R6",
          "api_app_id": "A0PNCHHK2",
          "event": { "type": "app_mention", "user": "U061F7AUR", "text": "<@U0LAN0Z89> deploy status?", "channel": "C0LAN2Q65" },
          "type": "event_callback",
          "event_id": "Ev0PV52K25"
        }
        """, t=vt), [vt])

    # 33 PagerDuty Events API v2 payload with routing key
    rk = g.hex(32)
    c.pos("pagerduty_event", D("""
        POST https://events.pagerduty.com/v2/enqueue
        {
          "routing_key": "⟦k⟧",
          "event_action": "trigger",
          "payload": { "summary": "disk 95% on db-7", "severity": "critical", "source": "db-7" }
        }
        """, k=rk), [rk])

    # 34 Outbox table row (psql) with webhook signing secret and token
    sec = "whsec_" + g.b64(32)
    tok = g.notion()
    c.pos("outbox", D("""
        orders=# SELECT id, topic, payload FROM outbox ORDER BY id DESC LIMIT 2;
          id  |        topic         |                                   payload
        ------+----------------------+-----------------------------------------------------------------------------
         8812 | integration.notion   | {"workspace": "acme", "token": "⟦t⟧"}
         8811 | webhook.registered   | {"url": "https://hooks.partner.io/in", "signing_secret": "⟦s⟧"}
        (2 rows)
        """, t=tok, s=sec), [tok, sec])

    # 35 Cloud Tasks HTTP task with header and base64 body
    key = g.gcp_api_key()
    inner = compact({"to": p.person("BR")["email"], "template": "welcome"})
    c.pos("cloud_tasks", D("""
        name: projects/acme-br/locations/southamerica-east1/queues/mailer/tasks/0517283748123
        httpRequest:
          httpMethod: POST
          url: https://mailer-7hq2k-rj.a.run.app/send
          headers:
            Content-Type: application/json
            X-Goog-Api-Key: ⟦k⟧
          body: ⟦b⟧
        scheduleTime: '2024-05-20T12:00:00Z'
        """, k=key, b=b64s(inner)), [key])

    # 36 Fluentd-forwarded record with Authorization in the log field
    user, pw = "grafana-agent", g.pw(avoid=":\"\\")
    basic = b64s("%s:%s" % (user, pw))
    c.pos("log_event", D("""
        2024-06-03T08:00:01+00:00	kube.var.log.containers.ingress	{"log":"upstream request headers: Host: loki-gw; Authorization: Basic ⟦b⟧; X-Scope-OrgID: tenant-9\\n","stream":"stderr"}
        2024-06-03T08:00:01+00:00	kube.var.log.containers.ingress	{"log":"upstream responded 401\\n","stream":"stderr"}
        """, b=basic), [basic])

    # 37 Svix webhook replay with API key in payload
    key = g.mailchimp()
    c.pos("svix_webhook", D("""
        Message msg_2fGq8sXb0lRkQeTzvJ7nNw1 (eventType: audience.sync.requested)
        Attempt 3/5 → 502 Bad Gateway
        Payload:
        {"audience_id":"a1b2c3d4e5","mailchimp_api_key":"⟦k⟧","requested_by":"ops"}
        """, k=key), [key])

    # 38 payment-credential rotation events (NDJSON)
    ev = [("square", "access_token", g.square_token()), ("square", "application_secret", g.square_secret()),
          ("braintree", "access_token", g.braintree()), ("paypal", "client_secret", g.paypal_secret()),
          ("plaid", "secret", g.plaid_secret()), ("plaid", "access_token", g.plaid_access()),
          ("shippo", "api_token", g.shippo()), ("facebook", "page_token", g.facebook())]
    lines = ['{"ts":"2024-06-1%dT0%d:00:00Z","event":"credential.rotated","provider":"%s","field":"%s","value":"%s"}'
             % (i % 10, i, prov, f, v) for i, (prov, f, v) in enumerate(ev)]
    c.pos("rotation_events", J("$ kubectl logs deploy/cred-rotator --since=24h | grep rotated", *lines),
          [v for _, _, v in ev])

    # 39 Kafka record carrying an EC key for a tenant (JSON with \n escapes)
    key = g.ec_key(pkcs8=True)
    val = json.dumps({"tenant": "t-8812", "kid": "sig-2024-06", "private_key_pem": key.text + "\n"})
    c.pos("kafka_kcat", J("Topic: tenant.keys  Partition: 0  Offset: 4411", "Key: t-8812", "Value: " + val),
          key.picks())

    # negatives ---------------------------------------------------------
    c.neg("trace_headers", D("""
        Headers: traceparent=00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01,content-type=application/json,ce_id=7f0b2c1e-5d4a-4e3b-9c8d-1a2b3c4d5e6f
        Key: order-55012
        Value: {"order_id":55012,"status":"SHIPPED","carrier":"DHL","items":3}
        """))
    c.neg("benign_base64", D("""
        {
          "message": {
            "data": "⟦b⟧",
            "messageId": "11024580316724999",
            "publishTime": "2024-05-14T09:30:00.001Z"
          },
          "subscription": "projects/acme-prod/subscriptions/order-status"
        }
        """, b=b64s(compact({"order_id": 55012, "status": "shipped", "warehouse": "WAW-02"}))))
    c.neg("sqs_metadata", D("""
        MessageId: 5fea7756-0ea4-451a-a703-a558b933e274
        MD5OfBody: fafb00f5732ab283681e124bf8747ed1
        SentTimestamp: 1717411000123
        ApproximateReceiveCount: 2
        Body: {"sku":"LIN-SHIRT-M-NVY","delta":-2,"warehouse":"WAW-02"}
        """))
    c.neg("stripe_ids", D("""
        received evt_1PQx2aLkdIwHu7ix0sKqS1Qb type=invoice.paid
          invoice=in_1PQx1vLkdIwHu7ixJ3p0m5Zq customer=cus_Q8mN2pRt7YxW4v
          amount_paid=4900 currency=eur livemode=true
        """))
    c.neg("github_delivery", D("""
        X-GitHub-Event: pull_request
        X-GitHub-Delivery: 72d3162e-cc78-11e3-81ab-4c9367dc0958
        X-GitHub-Hook-ID: 292430182
        {"action":"opened","number":4412,"pull_request":{"head":{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"}}}
        """))
    c.neg("debezium_schema", D("""
        {"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"password_hash_algo"},
        {"type":"int64","optional":false,"name":"io.debezium.time.MicroTimestamp","field":"created_at"}],
        "name":"crm.public.users.Value"},"payload":null}
        """))
    c.neg("kafka_offsets", D("""
        GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID
        billing-svc     invoices        0          1184211         1184212         1     consumer-billing-1-6f2a9c1e
        billing-svc     invoices        1          1183904         1183904         0     consumer-billing-2-0b7d4e8f
        """))
    c.neg("temporal_ids", D("""
        Workflow ID: etl-nightly-t-4411
        Run ID: 3b1e5f20-9c7a-4d8e-b6f1-2a0c9e8d7b65
        Task Queue: etl
        History Length: 57
        Payload encoding: json/plain (anNvbi9wbGFpbg==)
        """))
