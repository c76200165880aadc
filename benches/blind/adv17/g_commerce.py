"""commerce: e-commerce and payment platform credentials."""
import json
import random

from common import (ALNUM, B64STD, B64URL, DIGITS, HEX, LALNUM, UALNUM, UHEX, Collector, b64e, crlf,
                    hexs, password, pem_ec_lines, rbytes, rs, uuid4)

SEED = 1701
GROUP = "commerce"


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)
    shops = ["northwind-outfitters", "kaffeebar-shop", "lumen-candles", "tidepool-surf", "maple-and-rye",
             "blue-heron-tea", "atelier-nord", "copperline-bikes"]

    # ------------------------------------------------------------ shopify
    shpss = "shpss_" + hexs(rng, 32)
    shpat = "shpat_" + hexs(rng, 32)
    c.pos("shopify", f"""# Shopify app - production
SHOPIFY_API_KEY={hexs(rng, 32)}
SHOPIFY_API_SECRET={shpss}
SCOPES=read_products,write_orders,read_inventory
HOST=https://app.{shops[2]}.com
SHOPIFY_ADMIN_ACCESS_TOKEN={shpat}
DATABASE_URL=file:dev.sqlite
""", [shpss, shpat])

    shpat = "shpat_" + hexs(rng, 32)
    c.pos("shopify", f"""why am I getting throttled with just one query??

$ curl -s -X POST "https://{shops[0]}.myshopify.com/admin/api/2024-07/graphql.json" \\
  -H "Content-Type: application/json" \\
  -H "X-Shopify-Access-Token: {shpat}" \\
  -d '{{"query":"{{ shop {{ name currencyCode }} }}"}}'
{{"errors":[{{"message":"Throttled","extensions":{{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}}}]}}
""", [shpat])

    shpca = "shpca_" + hexs(rng, 32)
    c.pos("shopify", crlf(f"""Subject: Custom app stopped syncing inventory after reinstall

Hi team,

since Tuesday our ERP connector fails with 401. We reinstalled the custom app and got a new token:

{shpca}

The old one was revoked. Store is {shops[6]}.myshopify.com. Can you check whether the
read_inventory / write_inventory scopes were actually applied? The app shows them as granted.

Thanks, Ops
"""), [shpca])

    shppa = "shppa_" + hexs(rng, 32)
    c.pos("shopify", f"""import shopify

SHOP_URL = "{shops[7]}.myshopify.com"
API_VERSION = "2023-10"
PRIVATE_APP_PASSWORD = "{shppa}"

session = shopify.Session(SHOP_URL, API_VERSION, PRIVATE_APP_PASSWORD)
shopify.ShopifyResource.activate_session(session)
for p in shopify.Product.find(limit=250):
    print(p.id, p.handle, p.variants[0].inventory_quantity)
""", [shppa])

    shpat = "shpat_" + hexs(rng, 32)
    shpss = "shpss_" + hexs(rng, 32)
    c.pos("shopify", f"""2025-03-04 11:02:17,904 DEBUG urllib3.connectionpool https://{shops[5]}.myshopify.com:443 "GET /admin/api/2024-01/orders.json?status=any&limit=50 HTTP/1.1" 200 None
2025-03-04 11:02:17,905 DEBUG sync.shopify request headers={{'User-Agent': 'python-requests/2.31.0', 'X-Shopify-Access-Token': '{shpat}', 'Accept': 'application/json'}}
2025-03-04 11:02:18,311 INFO  sync.shopify fetched 50 orders (page 1)
2025-03-04 11:02:18,312 DEBUG sync.shopify verifying webhook with secret={shpss!r}
""", [shpat, shpss])

    # ------------------------------------------------------------ woocommerce
    ck, cs = "ck_" + hexs(rng, 40), "cs_" + hexs(rng, 40)
    c.pos("woocommerce", f"""WooCommerce > Settings > Advanced > REST API > Key details

API Key generated successfully. Make sure to copy your new keys now as the secret key will be hidden once you leave this page.

Consumer key     {ck}
Consumer secret  {cs}
Description      ERP sync (read/write)
Permissions      Read/Write
Last access      March 3, 2025 at 9:14 am

can someone confirm Read/Write is enough to create refunds?
""", [ck, cs])

    ck, cs = "ck_" + hexs(rng, 40), "cs_" + hexs(rng, 40)
    c.pos("woocommerce", f"""const WooCommerceRestApi = require("@woocommerce/woocommerce-rest-api").default;

const api = new WooCommerceRestApi({{
  url: "https://shop.{shops[4]}.ca",
  consumerKey: "{ck}",
  consumerSecret: "{cs}",
  version: "wc/v3",
  queryStringAuth: true // needed behind Cloudflare
}});

api.get("orders", {{ per_page: 20, status: "processing" }}).then(r => console.log(r.data.length));
""", [ck, cs])

    ck, cs = "ck_" + hexs(rng, 40), "cs_" + hexs(rng, 40)
    lines = []
    for i, (t, n) in enumerate([("10:22:41", 48213), ("10:27:41", 1290), ("10:32:42", 51877)]):
        lines.append(f'10.8.0.1{i} - - [12/Mar/2025:{t} +0000] "GET /wp-json/wc/v3/orders?consumer_key={ck}'
                     f'&consumer_secret={cs}&per_page=100&page={i + 1} HTTP/1.1" 200 {n} "-" "n8n/1.31.2"')
    c.pos("woocommerce", "\n".join(lines) + "\n", [ck, cs])

    # ------------------------------------------------------------ magento
    crypt = hexs(rng, 32)
    dbpw = password(rng, 20)
    c.pos("magento", f"""<?php
return [
    'backend' => [
        'frontName' => 'admin_{rs(rng, LALNUM, 6)}'
    ],
    'crypt' => [
        'key' => '{crypt}'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-primary.internal',
                'dbname' => 'magento',
                'username' => 'magento_app',
                'password' => '{dbpw}',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1'
            ]
        ]
    ],
    'MAGE_MODE' => 'production',
""", [crypt, dbpw])

    tok = rs(rng, LALNUM, 32)
    c.pos("magento", f"""works fine in Postman but the cron job gets "The consumer isn't authorized to access %resources."

curl -sS -X GET "https://www.{shops[1]}.de/rest/default/V1/orders?searchCriteria[pageSize]=20" \\
     -H "Authorization: Bearer {tok}" \\
     -H "Content-Type: application/json"
""", [tok])

    ckey, csec, atok, asec = (rs(rng, LALNUM, 32) for _ in range(4))
    c.pos("magento", f"""System > Extensions > Integrations > Edit "PIM Connector"

Integration Details
  Consumer Key          {ckey}
  Consumer Secret       {csec}
  Access Token          {atok}
  Access Token Secret   {asec}

Status: Active   Callback URL: https://pim.internal/magento/callback
""", [csec, atok, asec])

    # ------------------------------------------------------------ bigcommerce
    store_hash = rs(rng, LALNUM, 10)
    bsec, btok = hexs(rng, 64), rs(rng, LALNUM, 31)
    c.pos("bigcommerce", json.dumps({
        "store_hash": store_hash,
        "client_id": rs(rng, LALNUM, 31),
        "client_secret": bsec,
        "access_token": btok,
        "api_path": f"https://api.bigcommerce.com/stores/{store_hash}/v3/",
    }, indent=2) + "\n", [bsec, btok])

    btok = rs(rng, LALNUM, 31)
    c.pos("bigcommerce", f"""import requests
STORE = "{rs(rng, LALNUM, 10)}"
HEADERS = {{"X-Auth-Token": "{btok}", "Accept": "application/json"}}
r = requests.get(f"https://api.bigcommerce.com/stores/{{STORE}}/v3/catalog/products?limit=5", headers=HEADERS)
print(r.status_code, r.json()["meta"])
""", [btok])

    # ------------------------------------------------------------ square
    sq_tok = "EAAA" + rs(rng, B64URL, 60)
    sq_sec = "sq0csp-" + rs(rng, B64URL, 43)
    sq_wh = rs(rng, B64URL, 22)
    c.pos("square", f"""square:
  environment: production
  application_id: sq0idp-{rs(rng, B64URL, 22)}
  access_token: {sq_tok}
  application_secret: {sq_sec}
  location_id: L{rs(rng, UALNUM, 12)}
  webhook_signature_key: "{sq_wh}"
""", [sq_tok, sq_sec, sq_wh])

    sq_tok = "EAAA" + rs(rng, B64URL, 60)
    c.pos("square", f"""2025-02-11T08:14:52.331Z ERROR [payments] Square API call failed: 401 UNAUTHORIZED
  request: POST https://connect.squareup.com/v2/payments
  headers: {{"Square-Version":"2024-12-18","Authorization":"Bearer {sq_tok}","Content-Type":"application/json"}}
  body: {{"idempotency_key":"{uuid4(rng)}","amount_money":{{"amount":4599,"currency":"USD"}},"source_id":"cnon:card-nonce-ok"}}
  response: {{"errors":[{{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"This request could not be authorized."}}]}}
""", [sq_tok])

    # ------------------------------------------------------------ adyen
    ady = "AQE" + rs(rng, ALNUM, 4) + rs(rng, B64STD, 77) + "=-" + rs(rng, B64STD, 43) + "=-" + rs(rng, ALNUM, 16)
    hmac = hexs(rng, 64, upper=True)
    c.pos("adyen", f"""adyen:
  environment: LIVE
  live-endpoint-url-prefix: {hexs(rng, 16)}-{shops[2].title().replace('-', '')}
  merchant-account: LumenCandlesECOM
  api-key: {ady}
  hmac-key: {hmac}
  client-key: live_{rs(rng, UALNUM, 32)}
""", [ady, hmac])

    hmac = hexs(rng, 64, upper=True)
    notif = {"live": "true", "notificationItems": [{"NotificationRequestItem": {
        "additionalData": {"hmacSignature": b64e(rbytes(rng, 32))},
        "amount": {"currency": "EUR", "value": 12900}, "eventCode": "AUTHORISATION",
        "eventDate": "2025-03-01T14:22:09+01:00", "merchantAccountCode": "AtelierNordECOM",
        "merchantReference": "ORD-2025-%05d" % rng.randrange(100000), "pspReference": rs(rng, UALNUM, 16),
        "paymentMethod": "visa", "success": "true"}}]}
    c.pos("adyen", f"""Our HMAC validation keeps failing for AUTHORISATION notifications only (REFUND ones pass).
This is the key from the Customer Area: {hmac}
Payload as received:

{json.dumps(notif, indent=1)}

We use adyen-java-api-library 22.1, HMACValidator.validateHMAC(item, key). Any idea?
""", [hmac])

    # ------------------------------------------------------------ braintree
    bt_priv = hexs(rng, 32)
    c.pos("braintree", f"""gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        environment=braintree.Environment.Production,
        merchant_id="{rs(rng, LALNUM, 16)}",
        public_key="{rs(rng, LALNUM, 16)}",
        private_key="{bt_priv}",
    )
)
result = gateway.transaction.sale({{"amount": "10.00", "payment_method_nonce": nonce, "options": {{"submit_for_settlement": True}}}})
""", [bt_priv])

    bt_at = "access_token$production$" + rs(rng, LALNUM, 16) + "$" + hexs(rng, 32)
    c.pos("braintree", f"""# .env.production  (PayPal via Braintree SDK)
BRAINTREE_ACCESS_TOKEN={bt_at}
PAYPAL_CHECKOUT_CURRENCY=EUR
FEATURE_VENMO=false
""", [bt_at])

    # ------------------------------------------------------------ paypal
    pp_id = "A" + rs(rng, B64URL, 79)
    pp_sec = "E" + rs(rng, B64URL, 79)
    c.pos("paypal", f"""PAYPAL_MODE=live
PAYPAL_CLIENT_ID={pp_id}
PAYPAL_CLIENT_SECRET={pp_sec}
PAYPAL_WEBHOOK_ID={rs(rng, UALNUM, 17)}
""", [pp_sec])

    pp_id = "A" + rs(rng, B64URL, 79)
    pp_sec = "E" + rs(rng, B64URL, 79)
    c.pos("paypal", f"""getting invalid_client on live but sandbox works, same code:

curl -v https://api-m.paypal.com/v1/oauth2/token \\
  -u "{pp_id}:{pp_sec}" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials"

< HTTP/2 401
{{"error":"invalid_client","error_description":"Client Authentication failed"}}
""", [pp_sec])

    pp_at = "A21AA" + rs(rng, B64URL, 92)
    c.pos("paypal", f"""[2025-01-19 22:41:07] production.INFO: PayPal token response {{"scope":"https://uri.paypal.com/services/invoicing https://uri.paypal.com/services/payments/refund","access_token":"{pp_at}","token_type":"Bearer","app_id":"APP-80W284485P519543T","expires_in":32400,"nonce":"2025-01-19T21:41:06Z{rs(rng, B64URL, 20)}"}}
[2025-01-19 22:41:08] production.ERROR: Capture failed: UNPROCESSABLE_ENTITY ORDER_NOT_APPROVED
""", [pp_at])

    # ------------------------------------------------------------ razorpay
    rzp_id, rzp_sec = "rzp_live_" + rs(rng, ALNUM, 14), rs(rng, ALNUM, 24)
    c.pos("razorpay", f"""<?php
require 'vendor/autoload.php';
use Razorpay\\Api\\Api;

$api = new Api('{rzp_id}', '{rzp_sec}');
$order = $api->order->create([
    'receipt'  => 'rcpt_1842',
    'amount'   => 49900,
    'currency' => 'INR',
]);
echo $order['id'];
""", [rzp_id, rzp_sec])

    wh = password(rng, 24, ALNUM + "_-")
    c.pos("razorpay", f"""app.post("/webhooks/razorpay", express.raw({{ type: "application/json" }}), (req, res) => {{
  const expected = crypto
    .createHmac("sha256", "{wh}")
    .update(req.body)
    .digest("hex");
  if (expected !== req.headers["x-razorpay-signature"]) return res.status(400).end();
  // payment.captured / order.paid
  res.sendStatus(200);
}});
""", [wh])

    # ------------------------------------------------------------ paystack
    ps_sk = "sk_live_" + hexs(rng, 40)
    c.pos("paystack", f"""APP_ENV=production
APP_DEBUG=false
PAYSTACK_PUBLIC_KEY=pk_live_{hexs(rng, 40)}
PAYSTACK_SECRET_KEY={ps_sk}
PAYSTACK_PAYMENT_URL=https://api.paystack.co
QUEUE_CONNECTION=redis
""", [ps_sk])

    ps_sk = "sk_live_" + hexs(rng, 40)
    c.pos("paystack", f"""Hello Paystack support, transfers to our vendors fail with "Your balance is not enough to fulfil this request"
but the dashboard shows NGN 2.4m available. Request we send:

curl https://api.paystack.co/transfer \\
 -H "Authorization: Bearer {ps_sk}" \\
 -H "Content-Type: application/json" \\
 -d '{{"source":"balance","amount":3794800,"reference":"{uuid4(rng)}","recipient":"RCP_{rs(rng, LALNUM, 15)}","reason":"March payout"}}' \\
 -X POST
""", [ps_sk])

    # ------------------------------------------------------------ mollie
    mol = "live_" + rs(rng, ALNUM, 30)
    c.pos("mollie", f"""$mollie = new \\Mollie\\Api\\MollieApiClient();
$mollie->setApiKey("{mol}");

$payment = $mollie->payments->create([
    "amount" => ["currency" => "EUR", "value" => "24.95"],
    "description" => "Bestelling #{rng.randrange(10000, 99999)}",
    "redirectUrl" => "https://www.{shops[5]}.nl/bedankt",
    "webhookUrl"  => "https://www.{shops[5]}.nl/webhooks/mollie",
]);
""", [mol])

    mol_at = "access_" + rs(rng, ALNUM, 40)
    c.pos("mollie", f"""import {{ createMollieClient }} from '@mollie/api-client';

// org-level token for the marketplace (Connect)
const mollie = createMollieClient({{ accessToken: '{mol_at}' }});
const profiles = await mollie.profiles.page();
""", [mol_at])

    # ------------------------------------------------------------ klarna
    k_user = "K%06d_%s" % (rng.randrange(10 ** 6), hexs(rng, 12))
    k_pw = rs(rng, ALNUM, 16)
    c.pos("klarna", f"""Klarna Payments returns 401 "Bad credentials" from the EU endpoint, we just copied them from the Merchant Portal:

curl -s -u '{k_user}:{k_pw}' \\
  -H 'Content-Type: application/json' \\
  https://api.klarna.com/payments/v1/sessions \\
  -d @session.json
""", [k_pw])

    k_pw = rs(rng, ALNUM, 16)
    c.pos("klarna", f"""payment/klarna_kp/general/api_url = https://api.klarna.com
payment/klarna_kp/general/merchant_id = PK{rng.randrange(10000, 99999)}_{hexs(rng, 12)}
payment/klarna_kp/general/shared_secret = {k_pw}
payment/klarna_kp/general/test_mode = 0
""", [k_pw])

    # ------------------------------------------------------------ exchanges
    bk, bs = rs(rng, ALNUM, 64), rs(rng, ALNUM, 64)
    c.pos("exchange", f"""from binance.client import Client

api_key = "{bk}"
api_secret = "{bs}"

client = Client(api_key, api_secret)
print(client.get_account()["balances"][:3])

Traceback (most recent call last):
  File "bot.py", line 7, in <module>
binance.exceptions.BinanceAPIException: APIError(code=-2015): Invalid API-key, IP, or permissions for action.
""", [bk, bs])

    kk, ks = rs(rng, B64STD, 56), b64e(rbytes(rng, 64))
    c.pos("exchange", f"""$ cat ~/.config/krakenex/kraken.key
{kk}
{ks}
$ python -m bot.balance
krakenex: EAPI:Invalid nonce
""", [kk, ks])

    org, kid = uuid4(rng), uuid4(rng)
    ec = pem_ec_lines(rng)
    pem = "-----BEGIN EC PRIVATE KEY-----\\n" + "\\n".join(ec) + "\\n-----END EC PRIVATE KEY-----\\n"
    c.pos("exchange", '{\n   "name": "organizations/%s/apiKeys/%s",\n   "privateKey": "%s"\n}\n' % (org, kid, pem),
          ec)

    cb_k, cb_s = rs(rng, ALNUM, 16), rs(rng, ALNUM, 32)
    okx_s, okx_pp = hexs(rng, 32, upper=True), password(rng, 14)
    c.pos("exchange", f"""const ccxt = require('ccxt');

const coinbase = new ccxt.coinbase({{
    apiKey: '{cb_k}',
    secret: '{cb_s}',
}});
const okx = new ccxt.okx({{
    apiKey: '{uuid4(rng)}',
    secret: '{okx_s}',
    password: '{okx_pp}',
}});
""", [cb_s, okx_s, okx_pp])

    ady = "AQE" + rs(rng, ALNUM, 4) + rs(rng, B64STD, 77) + "=-" + rs(rng, B64STD, 43) + "=-" + rs(rng, ALNUM, 16)
    c.pos("adyen", f"""curl https://checkout-test.adyen.com/v71/paymentMethods \\
-H 'x-API-key: {ady}' \\
-H 'content-type: application/json' \\
-d '{{"merchantAccount": "TidepoolSurfECOM", "countryCode": "NL", "amount": {{"currency": "EUR", "value": 1000}}}}'
-> 401 {{"status":401,"errorCode":"000","message":"HTTP Status Response - Unauthorized","errorType":"security"}}
""", [ady])

    # ------------------------------------------------------------ negatives
    prod_id = rng.randrange(10 ** 12, 10 ** 13)
    c.neg("shopify", f"""[webhooks] POST /webhooks/shopify 200 in 41ms
  X-Shopify-Topic: products/update
  X-Shopify-Hmac-Sha256: {b64e(rbytes(rng, 32))}
  X-Shopify-Shop-Domain: {shops[3]}.myshopify.com
  X-Shopify-Webhook-Id: {uuid4(rng)}
  X-Shopify-Triggered-At: 2025-03-11T09:14:03.118Z
  X-Shopify-API-Version: 2024-07
  body: {{"id":{prod_id},"handle":"longboard-wax-tropical","status":"active","variants":[{{"id":{prod_id + 731},"sku":"WAX-TRP-100","inventory_item_id":{prod_id + 90211},"inventory_quantity":14}}]}}
""")

    c.neg("woocommerce", """// Generate keys under WooCommerce > Settings > Advanced > REST API
const api = new WooCommerceRestApi({
  url: process.env.WC_URL,
  consumerKey: "ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",   // replace
  consumerSecret: process.env.WC_CONSUMER_SECRET,
  version: "wc/v3",
});
""")

    c.neg("square", f"""2025-02-11T08:15:03.902Z INFO  [payments] payment created
  payment_id={rs(rng, ALNUM, 29)} order_id={rs(rng, ALNUM, 29)}
  idempotency_key={uuid4(rng)}
  status=COMPLETED amount=45.99 USD card_brand=VISA last_4=1111 entry_method=KEYED
  receipt_number={rs(rng, ALNUM, 4)} processing_fee=1.63 USD
""")

    c.neg("exchange", f"""$ curl -s 'https://api.binance.com/api/v3/ticker/price?symbol=BTCUSDT'
{{"symbol":"BTCUSDT","price":"83214.55000000"}}
$ curl -sI 'https://api.binance.com/api/v3/time' | grep -i -E 'x-mbx|date'
date: Tue, 11 Mar 2025 09:20:44 GMT
x-mbx-uuid: {uuid4(rng)}
x-mbx-used-weight: 3
x-mbx-used-weight-1m: 3
""")
    return c.cases
