"""marketing_helpdesk: e-mail marketing, CRM, helpdesk and work-management SaaS."""
import json
import random

from common import (Collector, crlf, rs, hexs, b62, digits, uuid4, b64, jwt,
                    ALNUM, LOWALNUM, UPALNUM, LOWER)

SEED = 18002
GROUP = "marketing_helpdesk"


def mailchimp(rng):
    return "%s-us%d" % (hexs(rng, 32), rng.randrange(1, 22))


def brevo(rng, smtp=False):
    return "%s-%s-%s" % ("xsmtpsib" if smtp else "xkeysib", hexs(rng, 64), b62(rng, 16))


def hubspot(rng):
    return "pat-%s-%s" % (rng.choice(["na1", "eu1", "na2"]), uuid4(rng))


def airtable(rng):
    return "pat%s.%s" % (b62(rng, 14), hexs(rng, 64))


def notion(rng, new=True):
    if new:
        return "ntn_%s%s" % (digits(rng, 11), b62(rng, 35))
    return "secret_" + b62(rng, 43)


def asana(rng):
    if rng.random() < 0.5:
        return "2/%s/%s:%s" % (digits(rng, 16), digits(rng, 16), hexs(rng, 32))
    return "1/%s:%s" % (digits(rng, 16), hexs(rng, 32))


def linear(rng):
    return "lin_api_" + b62(rng, 40)


def intercom(rng):
    u = uuid4(rng).replace("-", "_")
    return b64("tok:%s:1:0" % u)


def clickup(rng):
    return "pk_%s_%s" % (digits(rng, 8), rs(rng, UPALNUM, 32))


def typeform(rng):
    return "tfp_%s_%s" % (b62(rng, 44), b62(rng, 14))


def monday(rng):
    return jwt(rng, {"alg": "HS256"}, {"tid": int(digits(rng, 9)), "aai": 11, "uid": int(digits(rng, 8)),
                                       "iad": "2024-0%d-1%dT09:12:44.000Z" % (rng.randrange(1, 9), rng.randrange(10)),
                                       "per": "me:write", "actid": int(digits(rng, 7)), "rgn": "use1"}, 32)


def calendly(rng):
    return jwt(rng, {"kid": hexs(rng, 64), "typ": "PAT", "alg": "ES256"},
               {"iss": "https://auth.calendly.com", "iat": 1716000000 + rng.randrange(10 ** 6),
                "jti": uuid4(rng), "user_uuid": uuid4(rng)}, 64)


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # Mailchimp
    k = mailchimp(rng)
    dc = k.split("-")[1]
    c.pos("mailchimp", "curl -X GET 'https://%s.api.mailchimp.com/3.0/lists?count=50' \\\n  --user \"anystring:%s\"\n" % (dc, k), [k])
    k = mailchimp(rng)
    c.pos("mailchimp", """<?php
// wp-content/plugins/newsletter-sync/config.php
define('NLS_MAILCHIMP_KEY', '%s');
define('NLS_AUDIENCE_ID', '%s');
""" % (k, hexs(rng, 10)), [k])

    # Klaviyo
    k = "pk_" + hexs(rng, 34)
    c.pos("klaviyo", """GET /api/profiles/?filter=equals(email,"vip-list") HTTP/1.1
Host: a.klaviyo.com
Authorization: Klaviyo-API-Key %s
revision: 2024-07-15
accept: application/json
""" % k, [k])

    # Brevo
    k = brevo(rng)
    c.pos("brevo", "BREVO_API_KEY=%s\nBREVO_SENDER_NAME=\"Acme Shop\"\n" % k, [k])
    k = brevo(rng, smtp=True)
    c.pos("brevo", """spring:
  mail:
    host: smtp-relay.brevo.com
    port: 587
    username: %s@smtp-brevo.com
    password: %s
""" % (hexs(rng, 8), k), [k])

    # Postmark
    t = uuid4(rng)
    c.pos("postmark", """curl "https://api.postmarkapp.com/email/withTemplate" \\
  -X POST \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/json" \\
  -H "X-Postmark-Server-Token: %s" \\
  -d '{"From": "no-reply@acme-shop.example", "To": "ops@acme-shop.example", "TemplateAlias": "receipt", "TemplateModel": {}}'
""" % t, [t])

    # SparkPost
    k = hexs(rng, 40)
    c.pos("sparkpost", "[2024-07-02T11:22:09.114Z] sparkpost.transmissions.send failed status=401 headers={\"Authorization\":\"%s\",\"Content-Type\":\"application/json\"} body={\"errors\":[{\"message\":\"Unauthorized.\"}]}\n" % k, [k])

    # Customer.io
    site, key = hexs(rng, 20), hexs(rng, 20)
    app = hexs(rng, 32)
    c.pos("customerio", """# customer.io credentials (prod)
CIO_SITE_ID=%s
CIO_TRACK_API_KEY=%s
CIO_APP_API_KEY=%s
CIO_REGION=eu
""" % (site, key, app), [key, app])

    # Iterable
    k = hexs(rng, 32)
    c.pos("iterable", """import requests
requests.post(
    "https://api.iterable.com/api/events/track",
    headers={"Api-Key": "%s"},
    json={"eventName": "checkout_started", "userId": "u_%s"},
)
""" % (k, digits(rng, 7)), [k])

    # Zendesk
    zt = b62(rng, 40)
    basic = b64("support-bot@acme-shop.example/token:%s" % zt)
    c.pos("zendesk", """[webhook-relay] POST https://acmeshop.zendesk.com/api/v2/tickets.json -> 401
> Authorization: Basic %s
> Content-Type: application/json
< {"error":"Couldn't authenticate you"}
""" % basic, [basic])
    zt = b62(rng, 40)
    c.pos("zendesk", "curl https://acmeshop.zendesk.com/api/v2/users/me.json \\\n  -u agent-automation@acme-shop.example/token:%s\n" % zt, [zt])

    # Intercom
    t = intercom(rng)
    c.pos("intercom", """const client = new IntercomClient({
  token: "%s",
});
await client.contacts.search({ query: { field: "custom_attributes.plan", operator: "=", value: "pro" } });
""" % t, [t])

    # Freshdesk
    k = b62(rng, 20)
    c.pos("freshdesk", "curl -v -u %s:X -H \"Content-Type: application/json\" -X GET 'https://acmeshop.freshdesk.com/api/v2/tickets?updated_since=2024-06-01'\n" % k, [k])

    # HubSpot
    for i in range(2):
        k = hubspot(rng)
        if i == 0:
            txt = "HUBSPOT_PRIVATE_APP_TOKEN=%s\nHUBSPOT_PORTAL_ID=%s\n" % (k, digits(rng, 8))
        else:
            txt = "Bonjour, notre intégration HubSpot renvoie 401 depuis ce matin. Voici l'appel :\n\ncurl --request GET --url 'https://api.hubapi.com/crm/v3/objects/contacts?limit=10' --header 'authorization: Bearer %s'\n\nMerci d'avance !\n" % k
        c.pos("hubspot", txt, [k])

    # Pipedrive
    k = hexs(rng, 40)
    c.pos("pipedrive", "GET https://acme.pipedrive.com/api/v1/deals?status=open&start=0&api_token=%s 200 431ms\n" % k, [k])

    # Airtable
    for i in range(2):
        k = airtable(rng)
        if i == 0:
            txt = "const base = new Airtable({ apiKey: '%s' }).base('app%s');\n" % (k, b62(rng, 14))
        else:
            txt = "AIRTABLE_TOKEN=%s\nAIRTABLE_BASE=app%s\nAIRTABLE_TABLE=Leads\n" % (k, b62(rng, 14))
        c.pos("airtable", txt, [k])

    # Notion
    k = notion(rng)
    c.pos("notion", """from notion_client import Client
notion = Client(auth="%s")
pages = notion.databases.query(database_id="%s")
""" % (k, hexs(rng, 32)), [k])
    k = notion(rng, new=False)
    c.pos("notion", """{
  "mcpServers": {
    "notion": {
      "command": "npx",
      "args": ["-y", "@notionhq/notion-mcp-server"],
      "env": {
        "OPENAPI_MCP_HEADERS": "{\\"Authorization\\": \\"Bearer %s\\", \\"Notion-Version\\": \\"2022-06-28\\"}"
      }
    }
  }
}
""" % k, [k])

    # Asana
    k = asana(rng)
    c.pos("asana", "curl https://app.asana.com/api/1.0/users/me \\\n  -H \"Authorization: Bearer %s\"\n" % k, [k])
    k = asana(rng)
    c.pos("asana", "asana:\n  workspace_gid: \"%s\"\n  personal_access_token: '%s'\n" % (digits(rng, 16), k), [k])

    # Linear
    k = linear(rng)
    c.pos("linear", """mutation via curl:
curl -X POST https://api.linear.app/graphql \\
  -H "Content-Type: application/json" \\
  -H "Authorization: %s" \\
  --data '{ "query": "{ issues(first: 5) { nodes { identifier title } } }" }'
""" % k, [k])
    k = linear(rng)
    c.pos("linear", "LINEAR_API_KEY=%s\nLINEAR_TEAM_KEY=ENG\n" % k, [k])

    # Monday
    k = monday(rng)
    c.pos("monday", """// Make scenario HTTP module
{
  "url": "https://api.monday.com/v2",
  "method": "post",
  "headers": [
    {"name": "Authorization", "value": "%s"},
    {"name": "API-Version", "value": "2024-10"}
  ],
  "bodyType": "raw",
  "data": "{\\"query\\": \\"query { boards (ids: %s) { name } }\\"}"
}
""" % (k, digits(rng, 10)), [k])

    # ClickUp
    k = clickup(rng)
    c.pos("clickup", "headers = {'Authorization': '%s', 'Content-Type': 'application/json'}\nr = requests.get('https://api.clickup.com/api/v2/team', headers=headers)\n" % k, [k])

    # Typeform
    k = typeform(rng)
    c.pos("typeform", "TYPEFORM_TOKEN=%s\nTYPEFORM_FORM_ID=%s\n" % (k, b62(rng, 8)), [k])

    # Calendly
    k = calendly(rng)
    c.pos("calendly", "curl --request GET \\\n  --url https://api.calendly.com/users/me \\\n  --header 'Authorization: Bearer %s'\n" % k, [k])

    # Zapier export with several tokens
    hs, nt = hubspot(rng), notion(rng)
    zap = {"zap": {"title": "New HubSpot deal -> Notion row", "steps": [
        {"app": "WebhooksCLIAPI@1.0", "action": "custom_request",
         "params": {"url": "https://api.hubapi.com/crm/v3/objects/deals", "headers": {"Authorization": "Bearer " + hs}}},
        {"app": "WebhooksCLIAPI@1.0", "action": "post",
         "params": {"url": "https://api.notion.com/v1/pages", "headers": {"Authorization": "Bearer " + nt, "Notion-Version": "2022-06-28"}}}]}}
    c.pos("zapier_export", json.dumps(zap, indent=2), [hs, nt])

    # Make blueprint with Brevo + Airtable
    bv, at = brevo(rng), airtable(rng)
    bp = {"name": "Lead sync", "flow": [
        {"id": 1, "module": "http:ActionSendData", "mapper": {"url": "https://api.brevo.com/v3/contacts", "headers": [{"name": "api-key", "value": bv}]}},
        {"id": 2, "module": "http:ActionSendData", "mapper": {"url": "https://api.airtable.com/v0/app%s/Leads" % b62(rng, 14), "headers": [{"name": "Authorization", "value": "Bearer " + at}]}}]}
    c.pos("make_blueprint", json.dumps(bp), [bv, at])

    # support ticket paste with customer PII + token
    name, mail = "Siobhan Gallagher", "siobhan.gallagher@corkcoffee.ie"
    k = hubspot(rng)
    c.pos("support_ticket", crlf("""Ticket #%s - Integration broken after upgrade
From: %s <%s>

Hi team,
since yesterday our HubSpot sync fails. I regenerated the private app token and pasted it in the settings page:
%s
Still getting "401 Unauthorized". Can you check?
Thanks, %s
""" % (digits(rng, 6), name, mail, k, name.split()[0])), [name, mail, k])

    # webhook log with Intercom + Zendesk
    it = intercom(rng)
    zt = b62(rng, 40)
    c.pos("webhook_log", """2024-07-14 09:31:55,812 INFO  relay.forward target=intercom status=200 auth="Bearer %s"
2024-07-14 09:31:56,004 WARN  relay.forward target=zendesk status=401 api_token=%s retry_in=30s
""" % (it, zt), [it, zt])

    # Spanish chat w/ Klaviyo + Mailchimp
    kv, mc = "pk_" + hexs(rng, 34), mailchimp(rng)
    c.pos("chat_es", "Estamos migrando de Mailchimp a Klaviyo. ¿Me ayudas con el script? La clave vieja es %s y la nueva privada de Klaviyo es %s. Necesito copiar todas las audiencias.\n" % (mc, kv), [mc, kv])

    # Freshdesk in German INI
    k = b62(rng, 20)
    c.pos("freshdesk", crlf("""; Helpdesk-Anbindung
[freshdesk]
domain = acmeshop.freshdesk.com
api_key = %s
; Passwort ist immer "X"
""" % k), [k])

    # ---------------- negatives
    c.neg("zapier_placeholders", json.dumps({"steps": [{"params": {
        "url": "https://api.hubapi.com/crm/v3/objects/contacts",
        "headers": {"Authorization": "Bearer {{bundle.authData.access_token}}"}}},
        {"params": {"url": "https://{{bundle.authData.dc}}.api.mailchimp.com/3.0/lists",
                    "auth": ["anystring", "{{bundle.authData.api_key}}"]}}]}, indent=2))
    c.neg("ids", """Mailchimp audience id: %s  campaign: %s
Notion database: %s
Linear issue ENG-%d moved to "In Review"; Asana task gid %s
HubSpot portal %s, pipeline "default", dealstage appointmentscheduled
""" % (hexs(rng, 10), hexs(rng, 10), hexs(rng, 32), rng.randrange(1000, 9999), digits(rng, 16), digits(rng, 8)))
    c.neg("masked_settings", """Integrations > API keys
  Brevo        xkeysib-****************************************-********   created 2024-05-02
  Postmark     server token: ••••••••-••••-••••-••••-••••••••3c1e        last used 2h ago
  Typeform     tfp_***…***                                               revoked
""")
    c.neg("webhook_sig_doc", """To verify Calendly webhooks, compute HMAC-SHA256 over "t.<payload>" with your signing key
and compare it to the v1 value in the Calendly-Webhook-Signature header, e.g.
  Calendly-Webhook-Signature: t=1718203421,v1=<hex digest>
Never log the signing key itself; set it via CALENDLY_WEBHOOK_SIGNING_KEY.
""")
    c.neg("identifier_names", """class PipedriveClient:
    API_TOKEN_PARAM = "api_token"
    TOKEN_ENV = "PIPEDRIVE_API_TOKEN"

    def __init__(self, api_token: str, company_domain: str):
        self._api_token = api_token
        self.base = f"https://{company_domain}.pipedrive.com/api/v1"
""")
    return c.cases
