"""Theme 3: CMS and web application configs."""
from common import ALNUM, LO, DIG, UP, HEX

G = "cms"

WP_SALT = ALNUM + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"


def build(c, g):
    # ---------------- WordPress ----------------
    dbp = g.password("random")
    names = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
             "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    salts = []
    for _ in names:
        s = g.s(64, WP_SALT)
        while s.startswith(" ") or s.endswith(" "):
            s = g.s(64, WP_SALT)
        salts.append(s)
    salt_lines = "\n".join(f"define( '{n}',{' ' * (18 - len(n))}'{s}' );" for n, s in zip(names, salts))
    c.pos(G, "wordpress", f"""Site white-screens after migrating hosts. wp-config.php:

<?php
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_shop_user' );
define( 'DB_PASSWORD', '{dbp}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

{salt_lines}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );""", [dbp] + salts)

    fb = g.password("words")
    c.pos(G, "wordpress", f"""Our agency set it up so the password comes from the env but falls back:

define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) ?: '{fb}' );
define( 'WP_REDIS_PASSWORD', getenv( 'REDIS_PASS' ) ?: '' );

Is the fallback a problem if the repo is private?""", [fb])

    # ---------------- Drupal ----------------
    dp, hs = g.password("random"), g.s(43, ALNUM + "-_")
    c.pos(G, "drupal", f"""sites/default/settings.php (bottom part) - drush cr throws "SQLSTATE[HY000] [2002] Connection refused"

$databases['default']['default'] = [
  'database' => 'drupal10',
  'username' => 'drupal',
  'password' => '{dp}',
  'prefix' => '',
  'host' => 'mariadb',
  'port' => '3306',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '{hs}';
$settings['config_sync_directory'] = '../config/sync';""", [dp, hs])

    # ---------------- Magento ----------------
    mk, mdb = g.hex(32), g.password("random")
    c.pos(G, "magento", f"""app/etc/env.php after the 2.4.7 upgrade:

return [
    'backend' => [
        'frontName' => 'admin_q7x2m'
    ],
    'crypt' => [
        'key' => '{mk}'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '{mdb}',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1'
            ]
        ]
    ],
    'MAGE_MODE' => 'production',""", [mk, mdb])

    # ---------------- Laravel ----------------
    ak, ldb, sg = g.laravel_key(), g.password("random"), g.sendgrid()
    c.pos(G, "laravel", f"""APP_NAME=Bookings
APP_ENV=production
APP_KEY={ak}
APP_DEBUG=false
APP_URL=https://bookings.studio-example.com

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=bookings
DB_USERNAME=bookings
DB_PASSWORD={ldb}

MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD={sg}
MAIL_ENCRYPTION=tls""", [ak, ldb, sg])

    sk, wh = g.stripe("sk_live"), g.stripe_whsec()
    c.pos(G, "laravel", f"""> config('services.stripe')
= [
    "model" => "App\\\\Models\\\\User",
    "key" => "pk_live_51{g.s(95)}",
    "secret" => "{sk}",
    "webhook" => [
      "secret" => "{wh}",
      "tolerance" => 300,
    ],
  ]

why is cashier still hitting test mode then?""", [sk, wh])

    # ---------------- Django ----------------
    dk, dpw, ep = g.django_key(), g.password("random"), g.password("words")
    c.pos(G, "django", f"""# mysite/settings.py
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = '{dk}'
DEBUG = False
ALLOWED_HOSTS = ['app.example.org']

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'mysite',
        'USER': 'mysite',
        'PASSWORD': '{dpw}',
        'HOST': 'db',
        'PORT': '5432',
    }}
}}

EMAIL_HOST = 'smtp.office365.com'
EMAIL_HOST_USER = 'noreply-app'
EMAIL_HOST_PASSWORD = '{ep}'""", [dk, dpw, ep])

    du = g.password("random").replace("@", "x").replace("/", "x").replace(":", "x")
    c.pos(G, "django", f"""Got this on the technical 500 page (DEBUG was on in staging, I know). Django masked SECRET_KEY but not this:

Settings
Using settings module config.settings.staging
Setting\tValue
ABSOLUTE_URL_OVERRIDES\t{{}}
ADMINS\t[]
DATABASE_URL\t'postgres://webapp:{du}@pg-staging.internal:5432/webapp'
DEBUG\tTrue
SECRET_KEY\t'********************'""", [du])

    # ---------------- Rails ----------------
    mkey = g.hex(32)
    c.pos(G, "rails", f"""deploy@web1:~/app/current$ cat config/master.key
{mkey}deploy@web1:~/app/current$ RAILS_ENV=production bin/rails c
ActiveSupport::MessageEncryptor::InvalidMessage

the key file has no trailing newline, could that be it?""", [mkey])

    skb, ra, rs = g.hex(128), g.aws_akid(), g.aws_secret()
    c.pos(G, "rails", f"""$ EDITOR=cat bin/rails credentials:show
secret_key_base: {skb}
aws:
  access_key_id: {ra}
  secret_access_key: {rs}
  region: eu-central-1
active_record_encryption:
  primary_key: {g.s(32, ALNUM)}""", [skb, ra, rs])

    # ---------------- Strapi ----------------
    keys = [g.b64bytes(16) for _ in range(4)]
    ats, ajs, tts, js = g.b64bytes(16), g.b64bytes(16), g.b64bytes(16), g.b64bytes(16)
    c.pos(G, "strapi", f"""HOST=0.0.0.0
PORT=1337
APP_KEYS={",".join(keys)}
API_TOKEN_SALT={ats}
ADMIN_JWT_SECRET={ajs}
TRANSFER_TOKEN_SALT={tts}
JWT_SECRET={js}
# Database
DATABASE_CLIENT=sqlite
DATABASE_FILENAME=.tmp/data.db""", keys + [ats, ajs, tts, js])

    # ---------------- Nextcloud ----------------
    salt, sec, ndb = g.s(30, ALNUM + "/+"), g.s(48, ALNUM + "/+"), g.password("random")
    c.pos(G, "nextcloud", f"""<?php
$CONFIG = array (
  'instanceid' => 'oc{g.s(10, LO + DIG)}',
  'passwordsalt' => '{salt}',
  'secret' => '{sec}',
  'trusted_domains' =>
  array (
    0 => 'cloud.family-example.net',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'mysql',
  'version' => '29.0.4.1',
  'dbname' => 'nextcloud',
  'dbhost' => 'mariadb',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{ndb}',
  'installed' => true,
);""", [salt, sec, ndb])

    # ---------------- Ghost ----------------
    gm, gdb = g.mailgun(), g.password("words")
    c.pos(G, "ghost", f"""{{
  "url": "https://blog.example.io",
  "server": {{ "port": 2368, "host": "::" }},
  "mail": {{
    "transport": "SMTP",
    "options": {{
      "service": "Mailgun",
      "auth": {{ "user": "postmaster@mg.blog.example.io", "pass": "{gm}" }}
    }}
  }},
  "database": {{
    "client": "mysql",
    "connection": {{ "host": "localhost", "user": "ghost-231", "password": "{gdb}", "database": "ghost_prod" }}
  }}
}}""", [gm, gdb])

    # ---------------- Joomla ----------------
    jp, js2, jsm = g.password("random"), g.s(16, ALNUM), g.password("leet")
    c.pos(G, "joomla", f"""class JConfig {{
	public $offline = false;
	public $sitename = 'Tennisclub';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'tc_joomla';
	public $password = '{jp}';
	public $db = 'tc_joomla4';
	public $dbprefix = 'x7k2_';
	public $secret = '{js2}';
	public $mailer = 'smtp';
	public $smtpuser = 'vorstand-mail';
	public $smtppass = '{jsm}';""", [jp, js2, jsm])

    # ---------------- Symfony ----------------
    asec, sdb, smp = g.hex(32), g.password("random").replace("@", "9").replace(":", "7").replace("/", "8"), g.s(16, LO)
    c.pos(G, "symfony", f"""# .env.local (prod box)
APP_ENV=prod
APP_SECRET={asec}
DATABASE_URL="mysql://shop:{sdb}@127.0.0.1:3306/shop?serverVersion=8.0.36&charset=utf8mb4"
MAILER_DSN=smtp://orders%40shop-example.de:{smp}@smtp.gmail.com:587
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0""", [asec, sdb, smp])

    # ---------------- Node / Express ----------------
    mpw, ss = g.s(16, ALNUM), g.s(48, ALNUM)
    c.pos(G, "express", f"""// config/default.js -- accidentally committed, rotating now, but can you check the session setup
module.exports = {{
  port: 3000,
  mongoUri: "mongodb+srv://api-user:{mpw}@cluster0.x8kq2.mongodb.net/shop?retryWrites=true&w=majority",
  session: {{
    secret: "{ss}",
    cookie: {{ secure: true, maxAge: 86400000 }},
  }},
}};""", [mpw, ss])

    # ---------------- Spring ----------------
    spw, jwt_s = g.password("random"), g.b64bytes(48)
    c.pos(G, "spring", f"""application-prod.properties

spring.datasource.url=jdbc:postgresql://orders-db:5432/orders
spring.datasource.username=orders_svc
spring.datasource.password={spw}
spring.jpa.hibernate.ddl-auto=validate
security.jwt.secret={jwt_s}
security.jwt.expiration-ms=3600000
management.endpoints.web.exposure.include=health,info""", [spw, jwt_s])

    # ---------------- Gitea ----------------
    gsk = g.s(64, ALNUM)
    it = g.jwt({"nbf": g.intr(1600000000, 1700000000)})
    gpw = g.password("words")
    c.pos(G, "gitea", f"""[database]
DB_TYPE  = postgres
HOST     = 127.0.0.1:5432
NAME     = gitea
USER     = gitea
PASSWD   = `{gpw}`

[security]
INSTALL_LOCK   = true
SECRET_KEY     = {gsk}
INTERNAL_TOKEN = {it}""", [gpw, gsk, it])

    # ---------------- Mastodon ----------------
    mskb, otp, smtp = g.hex(128), g.hex(128), g.password("random")
    vapid = g.b64url_bytes(32) + "="
    c.pos(G, "mastodon", f"""LOCAL_DOMAIN=social.example.town
REDIS_HOST=redis
DB_HOST=db
DB_USER=mastodon
DB_NAME=mastodon_production
SECRET_KEY_BASE={mskb}
OTP_SECRET={otp}
VAPID_PRIVATE_KEY={vapid}
VAPID_PUBLIC_KEY=B{g.s(86, ALNUM + "-_")}=
SMTP_SERVER=smtp.mailgun.org
SMTP_LOGIN=postmaster@social.example.town
SMTP_PASSWORD={smtp}""", [mskb, otp, vapid, smtp])

    # ---------------- Supabase self-hosted ----------------
    pgp, jsec = g.password("random"), g.s(40, ALNUM)
    srk = g.jwt({"role": "service_role", "iss": "supabase", "iat": 1735689600, "exp": 1893456000})
    c.pos(G, "supabase", f"""############
# Secrets - YOU MUST CHANGE THESE BEFORE GOING INTO PRODUCTION
############
POSTGRES_PASSWORD={pgp}
JWT_SECRET={jsec}
ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9.placeholder
SERVICE_ROLE_KEY={srk}
DASHBOARD_USERNAME=supabase""", [pgp, jsec, srk])

    # ---------------- negatives ----------------
    c.neg(G, "wordpress", """From wp-config-sample.php, for reference:

/** Database username */
define( 'DB_USER', 'username_here' );

/** Database password */
define( 'DB_PASSWORD', 'password_here' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );""")

    c.neg(G, "laravel", """.env.example in the repo (fine to commit):

APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=db
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=sail
DB_PASSWORD=

Run `php artisan key:generate` after copying it to .env.""")

    c.neg(G, "django", """import os
from pathlib import Path

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "app"),
        "USER": os.environ.get("POSTGRES_USER", "app"),
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
        "HOST": os.environ.get("POSTGRES_HOST", "db"),
    }
}
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]""")

    c.neg(G, "nextcloud", """www-data@cloud:~/html$ php occ config:list system
{
    "system": {
        "htaccess.RewriteBase": "\\/",
        "memcache.local": "\\\\OC\\\\Memcache\\\\APCu",
        "passwordsalt": "***REMOVED SENSITIVE VALUE***",
        "secret": "***REMOVED SENSITIVE VALUE***",
        "trusted_domains": [
            "cloud.family-example.net"
        ],
        "dbtype": "mysql",
        "version": "29.0.4.1",
        "dbpassword": "***REMOVED SENSITIVE VALUE***",
        "maintenance": false
    }
}""")

    c.neg(G, "rails", """# config/database.yml
production:
  <<: *default
  database: app_production
  username: app
  password: <%= ENV["APP_DATABASE_PASSWORD"] %>
  host: <%= ENV.fetch("DB_HOST") { "db" } %>

# config/credentials: run `bin/rails credentials:edit --environment production`
# master key lives in RAILS_MASTER_KEY on the host, never in git.""")
