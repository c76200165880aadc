"""Groups 1-3: box tables, HTML tables, transposed tables."""
from gen_lib import *

CASES = []


def add(form, text, secrets=()):
    CASES.append({"form": form, "text": text.rstrip('\n') + '\n', "secrets": list(secrets)})


# ====================================================================== 1. box tables
# --- DuckDB
p = [pw() for _ in range(3)]
add('box/duckdb', f"""I loaded our legacy users export into DuckDB to audit it and noticed this. Is there a quick way to hash the password column in place with DuckDB SQL (bcrypt or argon2)?

D SELECT id, email, password FROM read_csv_auto('legacy_users.csv') LIMIT 3;
{duckdb(['id', 'email', 'password'], ['int64', 'varchar', 'varchar'],
        [['1', 'maria.k@northwind.io', p[0]], ['2', 'j.otieno@northwind.io', p[1]], ['3', 'svc-billing@northwind.io', p[2]]])}
""", p)

k = [stripe(), sendgrid(), ghp()]
add('box/duckdb', f"""D SELECT name, api_key, created_at FROM integrations ORDER BY created_at;
{duckdb(['name', 'api_key', 'created_at'], ['varchar', 'varchar', 'timestamp'],
        [['stripe', k[0], '2023-11-02 09:14:51'], ['sendgrid', k[1], '2024-01-17 16:40:03'], ['github', k[2], '2024-03-08 11:02:27']])}

The created_at column comes back as timestamp but I need it as date in the parquet export, how do I cast it in the COPY statement?
""", k)

s1, s2 = pw(18), hexs(64)
add('box/duckdb', f"""Why does this return 4 rows when I filter on key LIKE 'smtp%'? I expected 2.

D SELECT key, value FROM settings;
{duckdb(['key', 'value'], ['varchar', 'varchar'],
        [['smtp_host', 'smtp.eu.mailgun.org'], ['smtp_password', s1], ['jwt_secret', s2], ['log_level', 'info']])}
D SELECT key, value FROM settings WHERE key LIKE 'smtp%';
""", [s1, s2])

cs = [rs(64, AL + '-_') for _ in range(2)]
add('box/duckdb', f"""duckdb prod_snapshot.duckdb
v1.1.3 19864453f7
Enter ".help" for usage hints.
D SELECT client_id, client_secret, redirect_uri FROM oauth_clients;
{duckdb(['client_id', 'client_secret', 'redirect_uri'], ['varchar', 'varchar', 'varchar'],
        [[rs(32), cs[0], 'https://app.acme.dev/callback'], [rs(32), cs[1], 'http://localhost:3000/auth/cb']])}
""", cs)

a, sa = akia(), aws_secret()
ss = f"name=s3_prod;type=s3;provider=config;serializable=true;scope=s3://acme-lake;endpoint=s3.amazonaws.com;key_id={a};region=eu-west-1;secret={sa};session_token=;url_style=;use_ssl=true"
add('box/duckdb', f"""The httpfs read fails with 403 even though the secret exists. Here is what duckdb shows:

D SELECT name, secret_string FROM duckdb_secrets(redact=false);
{duckdb(['name', 'secret_string'], ['varchar', 'varchar'], [['s3_prod', ss]])}
D SELECT count(*) FROM read_parquet('s3://acme-lake/events/*.parquet');
HTTP Error: HTTP GET error on 'https://acme-lake.s3.amazonaws.com/events/...' (HTTP 403)
""", [a, sa])

j = [jwt() for _ in range(2)]
add('box/duckdb', f"""D SELECT user_id, token, expires_at FROM sessions WHERE revoked = false;
{duckdb(['user_id', 'token', 'expires_at'], ['int32', 'varchar', 'timestamp with time zone'],
        [['41', j[0], '2024-06-10 14:22:03+02'], ['97', j[1], '2024-06-10 15:01:44+02']])}
how can I decode the payload part of the token column directly in duckdb? there's from_base64 but it chokes on the url-safe alphabet
""", j)

# --- psql unicode
p = [pw(16), pw(20)]
add('box/psql', f"""app=# \\pset linestyle unicode
Line style is unicode.
app=# SELECT id, username, password FROM users WHERE role = 'admin';
{psql(['id', 'username', 'password'], [['1', 'root_admin', p[0]], ['14', 'ops_lead', p[1]]])}

Yes I know they should be hashed, this is a legacy table. How do I migrate these to pgcrypto crypt() without locking the table?
""", p)

t = [hexs(40) for _ in range(3)]
add('box/psql', f"""billing=> SELECT name, token, last_used FROM api_tokens ORDER BY last_used DESC NULLS LAST;
{psql(['name', 'token', 'last_used'], [['ci-pipeline', t[0], '2024-05-30 08:11:02'], ['grafana', t[1], '2024-05-29 23:59:10'], ['old-cron', t[2], ''] ])}

Why is old-cron sorting last even though I wrote NULLS LAST? it has an empty string, not null, right?
""", t)

v1, v2 = pw(24), rs(48)
add('box/psql', f"""cfg=# \\pset border 2
Border style is 2.
cfg=# \\pset linestyle unicode
cfg=# SELECT key, value FROM app_config WHERE key ~ '^(redis|session)';
{box(['key', 'value'], [['redis_host', 'cache-01.internal'], ['redis_password', v1], ['session_secret', v2], ['session_ttl', '86400']], 'light', center_head=True)}
(4 rows)
""", [v1, v2])

p1 = pw(20)
add('box/psql', f"""Expanded output is on.
auth=# SELECT * FROM service_accounts WHERE name = 'backup-agent';
{psql_expanded([[('id', '7'), ('name', 'backup-agent'), ('login', 'svc_backup'), ('password', p1), ('created_at', '2023-02-14 10:00:00+00'), ('disabled', 'f')]])}

The backup job logs "password authentication failed for user svc_backup" but this is the password in the table. What else could be wrong?
""", [p1])

# --- rich
o, p2 = openai(), pw(16, sym='!*-_.~')
env_rows = [['OPENAI_API_KEY', o], ['DATABASE_URL', f'postgresql://app:{p2}@db:5432/app'], ['LOG_LEVEL', 'DEBUG'], ['PORT', '8000']]
add('box/rich', f"""I print the loaded settings at startup with rich so I can check them. Why does pydantic-settings still complain about DATABASE_URL?

$ python -m app.settings
{box(['Name', 'Value'], env_rows, 'rich', title='Environment')}
pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings
database_url
  Input should be a valid URL, relative URL without a base [type=url_parsing]
""", [o, p2])

p = [pw() for _ in range(4)]
add('box/rich', f"""{box(['Service', 'Username', 'Password', 'Notes'],
        [['Jenkins', 'admin', p[0], 'rotated 2024-04'], ['Grafana', 'admin', p[1], ''], ['SonarQube', 'sonar', p[2], 'LDAP fallback'], ['Nexus', 'deployment', p[3], '']],
        'rich', title='Credentials')}

^ output of my little inventory script. can you make the Password column dim and right-align Notes?
""", p)

g = [google() for _ in range(3)]
add('box/rich', f"""{box(['Project', 'API Key', 'Quota/day'], [['storefront-web', g[0], '25000'], ['driver-app', g[1], '100000'], ['internal-tools', g[2], '1000']], 'rounded', title='Maps usage')}
Which of these keys should I restrict by HTTP referrer and which by Android app?
""", g)

o = openai()
fr = wrap(o, -(-len(o) // 3))
add('box/rich', f"""rich wraps the long value onto several lines inside the cell, is there an option to make it truncate with an ellipsis instead?

{box(['Provider', 'Key', 'Status'], [['openai', fr, 'active'], ['local', 'none', 'ok']], 'rich', title='LLM providers')}
""", fr)

h = hf()
kv = [['Model', 'meta-llama/Llama-3.1-8B-Instruct'], ['Revision', 'main'], ['HF Token', h], ['Cache dir', '/data/hf-cache'], ['dtype', 'bfloat16']]
add('box/rich', f"""loading... 403 Client Error. Cannot access gated repo. My config table at startup:

{box(['Key', 'Value'], kv, 'rounded')}
I already accepted the license on the website, why is it still forbidden?
""", [h])

# --- tabulate
p = [pw(14) for _ in range(3)]
add('box/tabulate', f"""My pytest fixture dumps the seeded users with tabulate(tablefmt="fancy_grid"). The login test fails for qa_manager only:

{box(['username', 'password', 'role'], [['qa_viewer', p[0], 'viewer'], ['qa_editor', p[1], 'editor'], ['qa_manager', p[2], 'manager']], 'fancy_grid')}

E       AssertionError: expected 200, got 401
""", p)

sl = [slack(), slack()]
add('box/tabulate', f"""{box(['workspace', 'bot', 'token'], [['acme-eng', 'deploy-bot', sl[0]], ['acme-support', 'triage-bot', sl[1]]], 'fancy_outline')}
why do I get `not_in_channel` when posting with the first token? the bot is added to #deploys
""", sl)

a, sa = akia(), aws_secret()
add('box/tabulate', f"""Here is what boto3 resolves (printed with tabulate double_grid):

{box(['Key', 'Value'], [['AWS_ACCESS_KEY_ID', a], ['AWS_SECRET_ACCESS_KEY', sa], ['AWS_DEFAULT_REGION', 'eu-central-1'], ['source', 'env']], 'double_grid')}

botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation
""", [a, sa])

az = azure_secret()
add('box/tabulate', f"""{box(['Setting', 'Value'], [['tenant_id', uuid()], ['client_id', uuid()], ['client_secret', az], ['authority', 'https://login.microsoftonline.com/']], 'double_outline')}
MSAL returns AADSTS7000215: Invalid client secret provided. The secret was created yesterday, could it be the value vs secret ID confusion?
""", [az])

sec = [hexs(64), hexs(32), b64s(43) + '=']
add('box/tabulate', f"""{box(['name', 'secret', 'used by'], [['WEBHOOK_SIGNING_SECRET', sec[0], 'payments'], ['CSRF_SECRET', sec[1], 'web'], ['ENCRYPTION_KEY', sec[2], 'vault-sync']], 'heavy_grid')}
Rotating these — in which order should I do it so webhooks don't fail during the deploy?
""", sec)

m, tw = mailgun(), hexs(32)
add('box/tabulate', f"""{box(['provider', 'account', 'API Key'], [['mailgun', 'mg.acme.io', m], ['twilio', 'AC' + hexs(32), tw]], 'simple_grid')}
Can you write a Python script that reads this table format back into a dict?
""", [m, tw])

gp = [glpat(), npm()]
add('box/tabulate', f"""CI variables table from our runbook (tabulate rounded_grid):

{box(['Variable', 'Scope', 'Token'], [['GITLAB_TOKEN', 'all', gp[0]], ['NPM_TOKEN', 'publish', gp[1]]], 'rounded')}

The publish job says "npm ERR! 404 Not Found - PUT https://registry.npmjs.org/@acme%2fui". Is the token scope wrong?
""", gp)

# --- box negatives
add('box/duckdb', f"""D SELECT sku, name, price, stock FROM products WHERE stock < 10;
{duckdb(['sku', 'name', 'price', 'stock'], ['varchar', 'varchar', 'decimal(9,2)', 'int32'],
        [['KB-204', 'Mechanical keyboard', '89.90', '4'], ['MS-011', 'Wireless mouse', '24.50', '7'], ['HB-7P', 'USB-C hub 7-port', '39.00', '2']])}
How do I turn this into a low-stock alert that runs every morning?
""")

add('box/psql', f"""app=# SELECT id, username, password FROM users_masked_view LIMIT 3;
{psql(['id', 'username', 'password'], [['1', 'alice', '********'], ['2', 'bob', '********'], ['3', 'carol', '********']])}

The view masks the column as intended. Can support staff SELECT from it without access to the base table?
""")

add('box/rich', f"""{box(['Rule', 'Requirement'], [['Minimum length', '12 characters'], ['Character classes', '3 of 4 (upper, lower, digit, symbol)'], ['Password history', 'last 5 passwords'], ['Max age', '365 days'], ['Lockout', '10 failed attempts / 15 min']], 'rich', title='Password policy')}
Does this policy meet NIST 800-63B? I think the max age rule is discouraged now.
""")

add('box/tabulate', f"""{box(['service', 'user', 'password'], [['jenkins', 'admin', '<redacted>'], ['grafana', 'admin', '<redacted>'], ['sonarqube', 'sonar', '<redacted>']], 'fancy_grid')}
I redacted the passwords before sharing. How do I generate this table in markdown instead of fancy_grid?
""")

add('box/tabulate', f"""{box(['Key', 'Value'], [['DB_HOST', 'pg-prod.internal'], ['DB_USER', 'app'], ['DB_PASSWORD', '(see vault)'], ['API_KEY', 'N/A'], ['REGION', 'us-east-2']], 'double_grid')}
""")

add('box/duckdb', f"""D SELECT name, type, provider, scope FROM duckdb_secrets();
{duckdb(['name', 'type', 'provider', 'scope'], ['varchar', 'varchar', 'varchar', 'varchar[]'], [['s3_chain', 's3', 'credential_chain', '[s3://acme-lake]']])}
It uses credential_chain, so where does it actually pick up the credentials from on EC2?
""")

add('box/psql', f"""auth=# SELECT id, username, password_changed_at, password_expired FROM accounts WHERE password_expired;
{psql(['id', 'username', 'password_changed_at', 'password_expired'], [['12', 'dkowalski', '2023-01-09 08:00:00+00', 't'], ['31', 'mreyes', '2022-11-30 17:45:12+00', 't']])}
""")

add('box/rich', f"""Our admin dashboard lists keys like this (last 4 only):

{box(['Name', 'API Key', 'Created', 'Last used'], [['Production', 'sk_live_••••••••••••••••Xq4f', 'Jan 3, 2024', '2 min ago'], ['Staging', 'sk_test_••••••••••••••••7a1B', 'Feb 12, 2024', 'never']], 'rounded')}
Is showing the last 4 characters considered safe?
""")

# ====================================================================== 2. HTML tables
p = [pw(sym='!#%^*-_=+.?@~$') for _ in range(3)]
add('html/oneline', f"""convert this to a markdown table please:

<table><tr><th>Service</th><th>Username</th><th>Password</th></tr><tr><td>Jenkins</td><td>admin</td><td>{p[0]}</td></tr><tr><td>Artifactory</td><td>deployer</td><td>{p[1]}</td></tr><tr><td>Harbor</td><td>robot$ci</td><td>{p[2]}</td></tr></table>
""", p)

p = [pw(sym='!#%^*-_=+.?@~$') for _ in range(2)]
add('html/multiline', f"""<table>
  <tr>
    <th>Environment</th>
    <th>DB user</th>
    <th>DB password</th>
  </tr>
  <tr>
    <td>staging</td>
    <td>app_stg</td>
    <td>{p[0]}</td>
  </tr>
  <tr>
    <td>production</td>
    <td>app_prd</td>
    <td>{p[1]}</td>
  </tr>
</table>

Why does this table render without borders in Outlook? I added border="1" on the table tag in the real email.
""", p)

k = [stripe(), stripe_rk()]
add('html/attrs', f"""<table class="table table-sm">
  <thead>
    <tr><th scope="col">Account</th><th scope="col">Secret key</th><th scope="col">Mode</th></tr>
  </thead>
  <tbody>
    <tr><td class="acct">Acme EU</td><td class="mono secret-cell">{k[0]}</td><td><span class="badge bg-danger">live</span></td></tr>
    <tr><td class="acct">Acme US (restricted)</td><td class="mono secret-cell">{k[1]}</td><td><span class="badge bg-danger">live</span></td></tr>
  </tbody>
</table>
the .secret-cell text overflows the column on mobile, how do I make it wrap at any character?
""", k)

t = ghp()
add('html/kv', f"""Our internal wiki page for the release bot has this block:

<table>
<tr><th>Bot account</th><td>acme-release-bot</td></tr>
<tr><th>Token</th><td>{t}</td></tr>
<tr><th>Scopes</th><td>repo, workflow</td></tr>
<tr><th>Expires</th><td>2025-01-31</td></tr>
</table>

Is a classic token with repo scope overkill for creating releases? What fine-grained permissions would I need?
""", [t])

p1, p2 = pw(sym='!#%^*-_=+.?@~$'), pw(sym='!#%^*-_=+.?@~$')
add('html/confluence', f"""<div class="table-wrap"><table class="confluenceTable"><colgroup><col/><col/><col/></colgroup><tbody><tr><th class="confluenceTh"><p>System</p></th><th class="confluenceTh"><p>Login</p></th><th class="confluenceTh"><p>Password</p></th></tr><tr><td class="confluenceTd"><p>VPN (FortiGate)</p></td><td class="confluenceTd"><p>helpdesk</p></td><td class="confluenceTd"><p>{p1}</p></td></tr><tr><td class="confluenceTd"><p>Printer admin</p></td><td class="confluenceTd"><p>admin</p></td><td class="confluenceTd"><p>{p2}</p></td></tr></tbody></table></div>

^ Confluence storage format export. Write me a Python script to turn all such tables into CSV.
""", [p1, p2])

t = [npm(), github_pat()]
add('html/code', f"""<table>
<thead><tr><th>Registry</th><th>Token</th></tr></thead>
<tbody>
<tr><td>npmjs.org</td><td><code>{t[0]}</code></td></tr>
<tr><td>npm.pkg.github.com</td><td><code>{t[1]}</code></td></tr>
</tbody>
</table>
which of these goes into .npmrc as _authToken for the @acme scope?
""", t)

p = pw(14, sym='!#%*-_=+.?@~$')
add('html/email', f"""Our welcome email template renders like this for new hires, the alignment is off in Gmail:

<table role="presentation" cellpadding="0" cellspacing="0" width="100%">
  <tr><td style="padding:4px 8px;font-weight:bold">Username:</td><td style="padding:4px 8px">e.nakamura</td></tr>
  <tr><td style="padding:4px 8px;font-weight:bold">Temporary password:</td><td style="padding:4px 8px;font-family:monospace">{p}</td></tr>
  <tr><td style="padding:4px 8px;font-weight:bold">Login URL:</td><td style="padding:4px 8px"><a href="https://sso.acme-corp.com">sso.acme-corp.com</a></td></tr>
</table>
""", [p])

s = [slack(), slack()]
add('html/data-label', f"""<table class="responsive">
  <tbody>
    <tr><td data-label="Workspace">acme-eng</td><td data-label="Token">{s[0]}</td></tr>
    <tr><td data-label="Workspace">acme-sales</td><td data-label="Token">{s[1]}</td></tr>
  </tbody>
</table>
The data-label pseudo-element trick isn't showing labels on iPhone Safari, what's the CSS?
""", s)

p = pw(sym='!#%^*-_=+.?@~$')
add('html/dl', f"""<dl class="creds">
  <dt>Host</dt><dd>sftp.partner-logistics.com</dd>
  <dt>Port</dt><dd>2222</dd>
  <dt>User</dt><dd>acme_upload</dd>
  <dt>Password</dt><dd>{p}</dd>
</dl>
how do I style dt/dd so they appear side by side like a two column table?
""", [p])

sec = [hexs(40), hexs(40)]
add('html/thead', f"""<table id="webhooks">
<thead>
<tr>
<th>Endpoint</th>
<th>Signing secret</th>
<th>Events</th>
</tr>
</thead>
<tbody>
<tr>
<td>https://hooks.acme.dev/orders</td>
<td>{sec[0]}</td>
<td>order.created, order.paid</td>
</tr>
<tr>
<td>https://hooks.acme.dev/refunds</td>
<td>{sec[1]}</td>
<td>refund.*</td>
</tr>
</tbody>
</table>
Sorting by the Events column with my JS sorts "refund.*" first, why?
""", sec)

p = [pw(16, sym='!#%^*-_=+.?@~$'), pw(16, sym='!#%^*-_=+.?@~$')]
add('html/prettify', f""">>> print(soup.find("table").prettify())
<table>
 <tr>
  <td>
   admin
  </td>
  <td>
   {p[0]}
  </td>
 </tr>
 <tr>
  <td>
   operator
  </td>
  <td>
   {p[1]}
  </td>
 </tr>
</table>
how do I get the text of each td stripped of the whitespace that prettify adds?
""", p)

p = pw(18, sym='!#%^*-_=+.?@~$')
add('html/span', f"""<tr class="row-cred">
  <td>Router (ISP-provided)</td>
  <td><span class="user">admin</span></td>
  <td><span class="pw" title="click to copy">{p}</span></td>
</tr>
The click-to-copy handler copies the whole row instead of the span text, here's my JS: document.querySelectorAll('.pw').forEach(el => el.onclick = () => navigator.clipboard.writeText(el.parentElement.innerText))
""", [p])

core = pw(14, sym='!#%^*-_=+.?@~$')
esc = core[:5] + '&amp;' + core[5:]
add('html/entity', f"""The password cell shows up as "&amp;" in the browser after my template escapes it twice:

<td class="secret">{esc}</td>

Jinja autoescape is on and I also call |e in the template. Which one should I remove?
""", [esc])

k = [sendgrid(), mailgun()]
add('html/jsx', f"""const rows = (
  <tbody>
    <tr><td>SendGrid</td><td>{k[0]}</td></tr>
    <tr><td>Mailgun</td><td>{k[1]}</td></tr>
  </tbody>
);
React warns "validateDOMNesting: <tbody> cannot appear as a child of <div>". Where should this go?
""", k)

p = [pw(sym='!#%^*-_=+.?@~$') for _ in range(2)]
add('html/colspan', f"""# Lab inventory

<table>
  <tr><th colspan="3">Rack B — out-of-band management</th></tr>
  <tr><th>Host</th><th>iDRAC user</th><th>iDRAC password</th></tr>
  <tr><td>esx-b01</td><td>root</td><td>{p[0]}</td></tr>
  <tr><td>esx-b02</td><td>root</td><td>{p[1]}</td></tr>
</table>

Can you convert the iDRAC section into an Ansible inventory file?
""", p)

jw = jwt()
add('html/td-nested', f"""<table class="debug"><tr><td>Authorization</td><td><pre>Bearer {jw}</pre></td></tr><tr><td>X-Request-Id</td><td><pre>{uuid()}</pre></td></tr></table>
This is from our debug toolbar. why does the API reject the bearer with "invalid signature"?
""", [jw])

# --- HTML negatives
add('html/oneline', """<table><tr><th>Product</th><th>Price</th><th>In stock</th></tr><tr><td>Espresso beans 1kg</td><td>€24.90</td><td>yes</td></tr><tr><td>Milk frother</td><td>€39.00</td><td>no</td></tr></table>
How do I make the Price column right aligned with CSS only?
""")

add('html/multiline', """<table>
  <tr>
    <th>User</th>
    <th>Password</th>
  </tr>
  <tr>
    <td>alice</td>
    <td>••••••••</td>
  </tr>
  <tr>
    <td>bob</td>
    <td>••••••••</td>
  </tr>
</table>
The bullets render as question marks in the PDF export, is it a font issue?
""")

add('html/attrs', """<table class="policy">
  <thead><tr><th>Requirement</th><th>Value</th></tr></thead>
  <tbody>
    <tr><td class="k">Password minimum length</td><td class="v">14</td></tr>
    <tr><td class="k">Password expiry</td><td class="v">never (NIST)</td></tr>
    <tr><td class="k">MFA</td><td class="v">required for admins</td></tr>
  </tbody>
</table>
""")

add('html/form', """<form method="post" action="/login">
  <table>
    <tr><td><label for="username">Username</label></td><td><input id="username" name="username" autocomplete="username"></td></tr>
    <tr><td><label for="password">Password</label></td><td><input id="password" type="password" name="password" placeholder="Password" autocomplete="current-password"></td></tr>
  </table>
  <button type="submit">Sign in</button>
</form>
Chrome doesn't offer to save the password with this form, what am I missing?
""")

add('html/kv', """<table>
<tr><th>Token</th><td><em>redacted</em></td></tr>
<tr><th>Password</th><td><em>stored in 1Password (Ops vault)</em></td></tr>
<tr><th>Owner</th><td>platform team</td></tr>
</table>
""")

add('html/thead', """<table>
<thead><tr><th>Build</th><th>Commit</th><th>Status</th></tr></thead>
<tbody>
<tr><td>#1842</td><td><a href="/acme/api/commit/3f9c2b7e41d0a8c5e6b19f2d7a04c8e1b5d3f6a2">3f9c2b7e41d0a8c5e6b19f2d7a04c8e1b5d3f6a2</a></td><td>passed</td></tr>
<tr><td>#1841</td><td><a href="/acme/api/commit/9a1e0c4d7b2f5e8a3c6d9b0e1f4a7c2d5e8b1f3a">9a1e0c4d7b2f5e8a3c6d9b0e1f4a7c2d5e8b1f3a</a></td><td>failed</td></tr>
</tbody>
</table>
How can I shorten the commit hashes to 7 characters in the template?
""")

add('html/dl', """<table>
<tr><th>Token type</th><th>Lifetime</th><th>Scope</th></tr>
<tr><td>Access token</td><td>15 minutes</td><td>api:read api:write</td></tr>
<tr><td>Refresh token</td><td>30 days</td><td>offline_access</td></tr>
<tr><td>API key</td><td>until revoked</td><td>per project</td></tr>
</table>
Is 30 days too long for a refresh token in a mobile app?
""")

# ====================================================================== 3. transposed tables
pp = [pw(sym='!#%^*-_=+.?@~$') for _ in range(3)]
add('transposed/markdown', f"""Here is our environment matrix, can you turn it into a docker-compose override per environment?

| Field    | dev                 | staging             | prod                |
|----------|---------------------|---------------------|---------------------|
| host     | localhost           | pg-stg.internal     | pg-prd.internal     |
| user     | app                 | app                 | app                 |
| password | {pp[0]} | {pp[1]} | {pp[2]} |
| sslmode  | disable             | require             | verify-full         |
""", pp)

pp = [pw(sym='!#%^*-_=+.?@~$') for _ in range(2)]
add('transposed/markdown-bold', f"""## Redis

|                | Staging | Production |
|----------------|---------|------------|
| **Host**       | redis-stg.acme.internal | redis-prd.acme.internal |
| **Port**       | 6380 | 6380 |
| **Password**   | {pp[0]} | {pp[1]} |
| **TLS**        | yes | yes |

Why does redis-cli hang when I connect to 6380 without --tls?
""", pp)

kk = [openai(), openai()]
add('transposed/markdown', f"""| Setting | Team A | Team B |
|---|---|---|
| Provider | OpenAI | OpenAI |
| API key | {kk[0]} | {kk[1]} |
| Model | gpt-4o-mini | gpt-4o |
| Monthly cap | $200 | $1,000 |

What's the easiest way to enforce the monthly cap per team in a proxy?
""", kk)

pp = [pw(sym='!#%^*-_=+.?@~$') for _ in range(3)]
add('transposed/csv', f"""field,dev,qa,prod
host,localhost,mysql-qa.corp.local,mysql-prod.corp.local
port,3306,3306,3306
user,root,app_qa,app_prod
password,{pp[0]},{pp[1]},{pp[2]}

pandas read_csv gives me the fields as rows, how do I transpose so each environment is a row?
""", pp)

pp = [pw(sym='!#%^*-_=+.?@~$') for _ in range(2)]
add('transposed/csv-quoted', f""""Parameter","Primary site","DR site"
"Controller URL","https://unifi-a.branch.net:8443","https://unifi-b.branch.net:8443"
"Admin user","netadmin","netadmin"
"Admin password","{pp[0]}","{pp[1]}"
"Firmware","8.0.28","8.0.28"
""", pp)

kk = [hexs(32) for _ in range(3)]
add('transposed/tsv', "Copied from our Google Sheet (tab separated):\n\n"
    + "Item\tEU\tUS\tAPAC\n"
    + "Region endpoint\thttps://eu.api.partner.io\thttps://us.api.partner.io\thttps://ap.api.partner.io\n"
    + f"API key\t{kk[0]}\t{kk[1]}\t{kk[2]}\n"
    + "Rate limit\t100/s\t250/s\t50/s\n\nHow do I load this into a Python dict keyed by region?\n", kk)

pp = [pw() for _ in range(3)]
add('transposed/box', f"""{box(['', 'dev', 'test', 'prod'], [['Host', 'db-dev', 'db-test', 'db-prod'], ['Password', pp[0], pp[1], pp[2]], ['Pool size', '5', '10', '40']], 'light')}
The prod pool size of 40 causes "too many connections" with 3 replicas, max_connections is 100. What should I set?
""", pp)

tt = [ghp(), ghp()]
add('transposed/markdown', f"""| | personal | work |
|---|---|---|
| GitHub user | jdoe-dev | jdoe-acme |
| Token | {tt[0]} | {tt[1]} |
| SSH key | ~/.ssh/id_personal | ~/.ssh/id_acme |

How do I configure git so it picks the right token by remote URL?
""", tt)

vals = [pw(sym='!#%^*-_=+.?@~$'), pw(sym='!#%^*-_=+.?@~$'), hexs(64), hexs(64)]
add('transposed/markdown-aligned', f"""| Secret             | Staging                                                          | Production                                                       |
|:-------------------|:----------------------------------------------------------------:|:----------------------------------------------------------------:|
| DB password        | {vals[0]:^64} | {vals[1]:^64} |
| JWT signing secret | {vals[2]} | {vals[3]} |
| Session TTL        | {'1h':^64} | {'8h':^64} |
""", vals)

pp = [pw(), pw()]
add('transposed/rich', f"""{box(['Parameter', 'Router A', 'Router B'], [['Model', 'MikroTik hEX S', 'MikroTik hEX S'], ['Admin password', pp[0], pp[1]], ['RouterOS', '7.14.2', '7.14.2']], 'rich')}
""", pp)

pp = [pw(sym='!#%^*-_=+.?@~$') for _ in range(3)]
add('transposed/excel', "pasting from excel:\n\n"
    + "Environment\tDEV\tQA\tPROD\n"
    + "SAP client\t100\t200\t300\n"
    + f"RFC user password\t{pp[0]}\t{pp[1]}\t{pp[2]}\n"
    + "\nthe PROD RFC connection test fails with 'Name or password is incorrect (repeat logon)'. The password has special characters, could that matter?\n", pp)

pp = [pw(sym='!#%^*-_=+.?@~$'), pw(sym='!#%^*-_=+.?@~$')]
add('transposed/html', f"""<table>
<tr><th></th><th>Blue</th><th>Green</th></tr>
<tr><th>Load balancer</th><td>lb-blue</td><td>lb-green</td></tr>
<tr><th>Password</th><td>{pp[0]}</td><td>{pp[1]}</td></tr>
</table>
""", pp)

cc = [rs(40, AL + '-_~.'), rs(40, AL + '-_~.')]
add('transposed/csv', f"""attribute,web-app,mobile-app
client_id,{uuid()},{uuid()}
client secret,{cc[0]},{cc[1]}
grant_types,authorization_code,authorization_code+pkce

Should the mobile app even have a client secret? It's a public client.
""", cc)

pp = [pw(sym='!#%^*-_=+.?@~$'), pw(sym='!#%^*-_=+.?@~$')]
add('transposed/spaces', f"""               primary               replica
host           10.0.4.11             10.0.4.12
port           5432                  5432
user           replicator            replicator
password       {pp[0]:<21} {pp[1]}
slot           -                     replica_1

pg_basebackup on the replica says "FATAL: no pg_hba.conf entry for replication connection from host 10.0.4.12". What line do I add?
""", pp)

# --- transposed negatives
add('transposed/markdown', """| Field    | dev            | staging        | prod           |
|----------|----------------|----------------|----------------|
| host     | localhost      | pg-stg         | pg-prd         |
| user     | app            | app            | app            |
| password | (in .env)      | see Vault      | see Vault      |
| sslmode  | disable        | require        | verify-full    |
""")

add('transposed/csv', """feature,Free,Pro,Enterprise
Password reset by email,yes,yes,yes
SSO (SAML),no,no,yes
API keys,1,10,unlimited
Password policy enforcement,no,yes,yes
""")

add('transposed/markdown', """| Policy              | Standard users | Admins      |
|---------------------|----------------|-------------|
| Password min length | 12             | 16          |
| Password expiry     | none           | 180 days    |
| MFA                 | optional       | required    |
""")

add('transposed/box', f"""{box(['', 'dev', 'prod'], [['Username', 'app', 'app'], ['Password', '***', '***'], ['Token', '***', '***']], 'light')}
""")

add('transposed/markdown', """| | Sandbox | Live |
|---|---|---|
| Base URL | https://sandbox.api.payco.com | https://api.payco.com |
| API key | N/A (use test mode) | N/A (issued on request) |
| Webhooks | enabled | enabled |
""")

add('transposed/csv', """setting,web,mobile
token expiry,1h,24h
refresh token expiry,7d,90d
password reset link expiry,30m,30m
""")
