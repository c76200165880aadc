"""flags_analytics: feature-flag, analytics and observability SDK keys in front-end/mobile artefacts."""
import json
import random

from common import (ALNUM, B64STD, B64URL, DIGITS, HEX, LALNUM, LOWER, UALNUM, UPPER, Collector, b64e, b64u,
                    crlf, hexs, rbytes, rs, uuid4)

SEED = 1703
GROUP = "flags_analytics"


def mapbox_sk(rng, user):
    return "sk." + b64u(json.dumps({"u": user, "a": "cl" + rs(rng, LALNUM, 23)}, separators=(",", ":"))) + "." + rs(
        rng, B64URL, 22)


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # ------------------------------------------------------------ launchdarkly
    sdk = "sdk-" + uuid4(rng)
    c.pos("launchdarkly", f"""import * as LaunchDarkly from '@launchdarkly/node-server-sdk';

const ldClient = LaunchDarkly.init('{sdk}', {{
  stream: true,
  sendEvents: process.env.NODE_ENV === 'production',
}});

await ldClient.waitForInitialization({{ timeout: 5 }});
const showNewCheckout = await ldClient.variation('new-checkout-flow', context, false);
""", [sdk])

    api = "api-" + uuid4(rng)
    c.pos("launchdarkly", f"""# flags cleanup script
LD_API_TOKEN={api}
LD_PROJECT_KEY=storefront
curl -s -H "Authorization: $LD_API_TOKEN" https://app.launchdarkly.com/api/v2/flags/storefront?filter=state:inactive | jq '.items[].key'
""", [api])

    sdk = "sdk-" + uuid4(rng)
    c.pos("launchdarkly", f"""!function(e){{var t={{}};function n(r){{if(t[r])return t[r].exports}}}}([function(e,t,n){{"use strict";
Object.defineProperty(t,"__esModule",{{value:!0}});t.LD_SERVER_KEY="{sdk}",t.LD_CLIENT_ID="{hexs(rng, 24)}",t.FLAG_DEFAULTS={{"new-nav":!1,"price-test":"control"}}}}]);
//# sourceMappingURL=flags.{hexs(rng, 8)}.js.map
""", [sdk])

    # ------------------------------------------------------------ split / unleash / statsig
    split = rs(rng, LALNUM, 36)
    c.pos("split", f"""SPLIT_SERVER_SDK_KEY={split}
SPLIT_IMPRESSIONS_MODE=optimized
SPLIT_FEATURES_REFRESH_RATE=30
""", [split])

    un1 = "default:production." + hexs(rng, 64)
    un2 = "*:*." + hexs(rng, 64)
    c.pos("unleash", f"""services:
  unleash:
    image: unleashorg/unleash-server:6
    environment:
      DATABASE_URL: postgres://unleash:unleash@db/unleash
      INIT_CLIENT_API_TOKENS: "{un1}"
      INIT_ADMIN_API_TOKENS: "{un2}"
    ports: ["4242:4242"]
""", [un1, un2])

    un = "checkout:production." + hexs(rng, 64)
    c.pos("unleash", f"""const {{ initialize }} = require('unleash-client');
const unleash = initialize({{
  url: 'https://unleash.internal/api/',
  appName: 'checkout-api',
  customHeaders: {{ Authorization: '{un}' }},
}});
""", [un])

    st = "secret-" + rs(rng, ALNUM, 43)
    c.pos("statsig", f"""// app/api/flags/route.ts
import Statsig from 'statsig-node';

await Statsig.initialize('{st}', {{ environment: {{ tier: 'production' }} }});

export async function GET(req: Request) {{
  const user = {{ userID: req.headers.get('x-user-id') ?? 'anon' }};
  return Response.json({{ pricing: Statsig.getExperimentSync(user, 'pricing_page_v3').value }});
}}
""", [st])

    st = "secret-" + rs(rng, ALNUM, 43)
    c.pos("statsig", f"""<script>
  window.__ENV__ = {{"STATSIG_CLIENT_KEY":"client-{rs(rng, ALNUM, 43)}","STATSIG_SERVER_KEY":"{st}","RELEASE":"web@4.18.2"}};
</script>
<script src="/_next/static/chunks/main-{hexs(rng, 16)}.js" defer></script>
""", [st])

    # ------------------------------------------------------------ posthog / segment / mixpanel / amplitude
    phx = "phx_" + rs(rng, ALNUM, 43)
    c.pos("posthog", f"""# .env.local
NEXT_PUBLIC_POSTHOG_KEY=phc_{rs(rng, ALNUM, 43)}
NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com
POSTHOG_PERSONAL_API_KEY={phx}
POSTHOG_PROJECT_ID={rng.randrange(10000, 99999)}
""", [phx])

    seg = rs(rng, ALNUM, 32)
    basic = b64e(seg + ":")
    c.pos("segment", f"""import analytics
analytics.write_key = '{seg}'
analytics.on_error = lambda e, batch: log.warning("segment: %s", e)

# same thing over raw HTTP for the cron job:
# curl https://api.segment.io/v1/track -H "Authorization: Basic {basic}" -d @event.json
""", [seg, basic])

    mp_sec = rs(rng, ALNUM, 32)
    c.pos("mixpanel", f"""import requests

r = requests.get(
    "https://eu.mixpanel.com/api/query/insights",
    params={{"project_id": {rng.randrange(10 ** 6, 10 ** 7)}, "bookmark_id": {rng.randrange(10 ** 7, 10 ** 8)}}},
    auth=("export-bot.{hexs(rng, 6)}.mp-service-account", "{mp_sec}"),
)
print(r.json()["series"])
""", [mp_sec])

    amp_sec = hexs(rng, 32)
    c.pos("amplitude", f"""curl -u '{hexs(rng, 32)}:{amp_sec}' \\
  'https://analytics.eu.amplitude.com/api/2/export?start=20250301T00&end=20250301T23' \\
  --output export.zip
# returns 403 since we moved to EU residency - do the keys change?
""", [amp_sec])

    # ------------------------------------------------------------ sentry
    s_pub, s_sec = hexs(rng, 32), hexs(rng, 32)
    c.pos("sentry", f"""SENTRY = {{
    "dsn": "https://{s_pub}:{s_sec}@o{rng.randrange(10 ** 5, 10 ** 6)}.ingest.sentry.io/{rng.randrange(10 ** 6, 10 ** 7)}",
    "traces_sample_rate": 0.05,
    "send_default_pii": False,
}}
""", [s_sec])

    org_tok = "sntrys_" + b64e(json.dumps({"iat": 1741600000.123456, "url": "https://sentry.io",
                                           "region_url": "https://de.sentry.io", "org": "orbitly"},
                                          separators=(",", ":"))).rstrip("=") + "_" + rs(rng, B64STD, 43)
    c.pos("sentry", f"""- name: Upload source maps
  run: npx @sentry/cli sourcemaps upload --org orbitly --project web ./dist
  env:
    SENTRY_AUTH_TOKEN: {org_tok}
""", [org_tok])

    u_tok = "sntryu_" + hexs(rng, 64)
    c.pos("sentry", f"""$ cat ~/.sentryclirc
[auth]
token={u_tok}

[defaults]
org=orbitly
project=ios-app
""", [u_tok])

    # ------------------------------------------------------------ honeycomb / rollbar / bugsnag / newrelic / datadog
    hc = "hcaik_01" + rs(rng, LALNUM, 56)
    c.pos("honeycomb", f"""OTEL_SERVICE_NAME=checkout-api
OTEL_EXPORTER_OTLP_ENDPOINT=https://api.eu1.honeycomb.io
OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team={hc}"
OTEL_TRACES_SAMPLER=parentbased_traceidratio
""", [hc])

    hc = rs(rng, ALNUM, 22)
    c.pos("honeycomb", f"""exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: {hc}
      x-honeycomb-dataset: k8s-events
""", [hc])

    rb = hexs(rng, 32)
    c.pos("rollbar", f"""const Rollbar = require('rollbar');
const rollbar = new Rollbar({{
  accessToken: '{rb}',   // post_server_item
  captureUncaught: true,
  captureUnhandledRejections: true,
  payload: {{ environment: 'production', code_version: '{hexs(rng, 40)}' }},
}});
""", [rb])

    bs_tok = hexs(rng, 32)
    c.pos("bugsnag", f"""bugsnag-cli upload android-aab \\
  --api-key={bs_tok} \\
  --version-code=4187 \\
  app/build/outputs/bundle/release/app-release.aab
""", [bs_tok])

    nrak = "NRAK-" + rs(rng, UALNUM, 27)
    lic = hexs(rng, 36) + "NRAL"
    c.pos("newrelic", f"""# newrelic.ini (excerpt)
[newrelic]
license_key = {lic}
app_name = billing-worker (prod)
monitor_mode = true

# used by the deploy-marker step:
# NEW_RELIC_API_KEY={nrak}
""", [lic, nrak])

    dd_api, dd_app = hexs(rng, 32), hexs(rng, 40)
    c.pos("datadog", f"""docker run -d --name dd-agent \\
  -e DD_API_KEY={dd_api} \\
  -e DD_APP_KEY={dd_app} \\
  -e DD_SITE="datadoghq.eu" \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  gcr.io/datadoghq/agent:7
""", [dd_api, dd_app])

    # ------------------------------------------------------------ mapbox / algolia
    mb = mapbox_sk(rng, "tidepool-maps")
    c.pos("mapbox", f"""# gradle.properties
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
MAPBOX_DOWNLOADS_TOKEN={mb}
""", [mb])

    mb = mapbox_sk(rng, "fleetline")
    c.pos("mapbox", f"""$ cat ~/.netrc
machine api.mapbox.com
login mapbox
password {mb}
$ pod install
[!] Error installing MapboxMobileEvents
""", [mb])

    alg_app, alg_admin = rs(rng, UALNUM, 10), hexs(rng, 32)
    c.pos("algolia", f"""<!-- search.html -->
<script src="https://cdn.jsdelivr.net/npm/algoliasearch@4/dist/algoliasearch-lite.umd.js"></script>
<script>
  const client = algoliasearch('{alg_app}', '{alg_admin}'); // admin key, TODO swap for search-only
  const index = client.initIndex('products_prod');
  index.search(document.querySelector('#q').value).then(({{ hits }}) => render(hits));
</script>
""", [alg_admin])

    alg_admin = hexs(rng, 32)
    c.pos("algolia", f"""ALGOLIA_APP_ID={rs(rng, UALNUM, 10)}
ALGOLIA_ADMIN_API_KEY={alg_admin}
ALGOLIA_INDEX_PREFIX=prod_
""", [alg_admin])

    # ------------------------------------------------------------ Info.plist / bundles
    mp_api_sec = hexs(rng, 32)
    alg_admin = hexs(rng, 32)
    c.pos("info_plist", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleShortVersionString</key>
	<string>3.12.0</string>
	<key>MixpanelAPISecret</key>
	<string>{mp_api_sec}</string>
	<key>AlgoliaApplicationID</key>
	<string>{rs(rng, UALNUM, 10)}</string>
	<key>AlgoliaAdminKey</key>
	<string>{alg_admin}</string>
	<key>UIRequiredDeviceCapabilities</key>
	<array><string>arm64</string></array>
</dict>
</plist>
""", [mp_api_sec, alg_admin])

    mob_ld = "sdk-" + uuid4(rng)
    st = "secret-" + rs(rng, ALNUM, 43)
    c.pos("info_plist", f"""	<key>LDServerSDKKey</key>
	<string>{mob_ld}</string>
	<key>StatsigServerSecret</key>
	<string>{st}</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Used to show nearby stores.</string>
""", [mob_ld, st])

    dd_api = hexs(rng, 32)
    phx = "phx_" + rs(rng, ALNUM, 43)
    c.pos("js_bundle", f"""(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[{rng.randrange(100, 999)}],{{{rng.randrange(10000, 99999)}:function(e,t,n){{"use strict";n.d(t,{{Z:function(){{return o}}}});let o={{ddApiKey:"{dd_api}",ddSite:"datadoghq.com",posthogAdminKey:"{phx}",release:"{hexs(rng, 7)}"}}}}}}]);
""", [dd_api, phx])

    rb = hexs(rng, 32)
    sentry_sec = hexs(rng, 32)
    c.pos("js_bundle", f"""var a=n(6721),s=n(1181);const c="{rb}",l="https://{hexs(rng, 32)}:{sentry_sec}@o{rng.randrange(10 ** 5, 10 ** 6)}.ingest.us.sentry.io/{rng.randrange(10 ** 6, 10 ** 7)}";function u(e){{return new s.Rollbar({{accessToken:c,environment:"production"}})}}a.init({{dsn:l,tracesSampleRate:.1}});
""", [rb, sentry_sec])

    mp_sec = hexs(rng, 32)
    c.pos("mixpanel", crlf(f"""REACT_APP_API_BASE=https://api.orbitly.io
REACT_APP_MIXPANEL_TOKEN={hexs(rng, 32)}
REACT_APP_MIXPANEL_API_SECRET={mp_sec}
REACT_APP_SPLIT_BROWSER_KEY={rs(rng, LALNUM, 36)}
"""), [mp_sec])

    org_tok = "sntrys_" + b64e(json.dumps({"iat": 1738000000.5, "url": "https://sentry.io",
                                           "region_url": "https://us.sentry.io", "org": "tidepool"},
                                          separators=(",", ":"))).rstrip("=") + "_" + rs(rng, B64STD, 43)
    c.pos("sentry", f"""// next.config.mjs
import {{ withSentryConfig }} from '@sentry/nextjs';

export default withSentryConfig(nextConfig, {{
  org: 'tidepool',
  project: 'storefront',
  authToken: '{org_tok}',
  widenClientFileUpload: true,
  hideSourceMaps: true,
}});
""", [org_tok])

    # ------------------------------------------------------------ negatives
    trace = hexs(rng, 32)
    c.neg("sentry", json.dumps({
        "event_id": hexs(rng, 32), "level": "error", "platform": "node",
        "release": "checkout-api@" + hexs(rng, 40), "environment": "production",
        "fingerprint": ["{{ default }}", "PaymentTimeout"],
        "contexts": {"trace": {"trace_id": trace, "span_id": hexs(rng, 16), "op": "http.server"}},
        "exception": {"values": [{"type": "PaymentTimeoutError", "value": "upstream timed out after 30000ms",
                                  "stacktrace": {"frames": [{"filename": "src/pay.ts", "lineno": 88}]}}]},
    }, indent=1) + "\n")

    c.neg("honeycomb", f"""2025-03-11T10:04:22.118Z INFO http.request GET /api/cart 200 34ms traceparent=00-{hexs(rng, 32)}-{hexs(rng, 16)}-01
2025-03-11T10:04:22.190Z INFO http.request POST /api/checkout 202 71ms traceparent=00-{hexs(rng, 32)}-{hexs(rng, 16)}-01
2025-03-11T10:04:22.455Z WARN db.query slow query 412ms span_id={hexs(rng, 16)} statement_hash={hexs(rng, 16)}
""")

    c.neg("launchdarkly", json.dumps({
        "key": "new-checkout-flow", "version": 37, "on": True, "trackEvents": False,
        "variations": [True, False], "fallthrough": {"rollout": {"variations": [
            {"variation": 0, "weight": 25000}, {"variation": 1, "weight": 75000}], "bucketBy": "key"}},
        "offVariation": 1, "_id": uuid4(rng), "_maintainerId": hexs(rng, 24),
        "tags": ["checkout", "q1-2025"], "creationDate": 1736952000000}, indent=2) + "\n")

    c.neg("posthog", """// Use env vars, never hard-code keys:
posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, {
  api_host: process.env.NEXT_PUBLIC_POSTHOG_HOST,
  person_profiles: 'identified_only',
  capture_pageview: false,
})
// server: new PostHog(process.env.POSTHOG_PERSONAL_API_KEY ?? '<phx_your_personal_api_key>')
""")

    c.neg("info_plist", crlf("""	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>SENTRY_DSN</key>
	<string>$(SENTRY_DSN)</string>
	<key>MixpanelToken</key>
	<string>${MIXPANEL_TOKEN}</string>
	<key>LSApplicationQueriesSchemes</key>
	<array><string>comgooglemaps</string></array>
"""))
    return c.cases
