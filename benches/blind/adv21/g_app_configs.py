"""Group app_configs: framework configuration files carrying DB/SMTP passwords, signing keys and API keys."""
import json
import random

from common import (Group, tok, password, hexs, rs, b64, rb, uuid4, digits, pem_key, pem_secrets,
                    ALNUM, LO, URLSAFE)

SEED = 21002
NAME = 'app_configs'


def build():
    r = random.Random(SEED)
    g = Group(NAME)
    T = lambda k: tok(r, k)
    P = lambda kind=None: password(r, kind)
    PU = lambda kind=None: password(r, kind, urlsafe=True)

    db, smtp, jw, crm = P(), P('short'), T('b64_64'), rs(r, 36, URLSAFE)
    g.pos('spring_application_yml', 'spring:\n  datasource:\n    url: jdbc:postgresql://pg-prod-2.internal:5432/ledger\n'
          '    username: ledger_app\n    password: "%s"\n  mail:\n    host: smtp.office365.com\n    port: 587\n'
          '    username: noreply@hallbergfreight.se\n    password: "%s"\njwt:\n  secret: %s\n  ttl: 3600\nlegacy:\n  crm:\n'
          '    baseUrl: https://crm.hallbergfreight.se/api\n    apiKey: %s\n' % (db, smtp, jw, crm), [db, smtp, jw, crm])

    db, mq, sk, feed = P(), P('phrase'), T('stripe_sk'), hexs(r, 40)
    g.pos('spring_properties', '# application-prod.properties\nspring.datasource.url=jdbc:mysql://db-eu1.internal:3306/shop\n'
          'spring.datasource.username=shop_rw\nspring.datasource.password=%s\nspring.rabbitmq.host=mq.internal\n'
          'spring.rabbitmq.password=%s\nstripe.api-key=%s\napp.partner-feed.token=%s\nserver.port=8443\n' % (db, mq, sk, feed),
          [db, mq, sk, feed])

    db, oidc, mail = P(), rs(r, 32), P('leet')
    key = pem_key(r, 'pkcs8')
    g.pos('quarkus_properties', 'quarkus.datasource.db-kind=postgresql\nquarkus.datasource.username=orders\n'
          '%%prod.quarkus.datasource.password=%s\nquarkus.oidc.auth-server-url=https://sso.corvid.io/realms/ops\n'
          'quarkus.oidc.client-id=orders-api\nquarkus.oidc.credentials.secret=%s\n%%prod.quarkus.mailer.password=%s\n'
          'smallrye.jwt.sign.key=%s\n' % (db, oidc, mail, key.replace('\n', '\\n')),
          [db, oidc, mail] + pem_secrets(key))

    db, jsec, ak, sk2 = P(), rs(r, 48), T('aws_akid'), T('aws_secret')
    g.pos('micronaut_yml', 'micronaut:\n  application:\n    name: inventory\n  security:\n    token:\n      jwt:\n        signatures:\n'
          '          secret:\n            generator:\n              secret: "%s"\ndatasources:\n  default:\n'
          '    url: jdbc:postgresql://inventory-db:5432/inventory\n    username: inventory\n    password: "%s"\naws:\n'
          '  access-key-id: %s\n  secret-key: %s\n' % (jsec, db, ak, sk2), [jsec, db, ak, sk2])

    db, jk, sg, pf = P('random'), rs(r, 64), T('sendgrid'), rs(r, 40)
    g.pos('aspnet_appsettings_json', json.dumps({
        'Logging': {'LogLevel': {'Default': 'Information'}},
        'ConnectionStrings': {'DefaultConnection': 'Server=tcp:sql-lumen-prod.database.windows.net,1433;Initial Catalog=lumen;'
                              'User ID=lumen_app;Password=%s;Encrypt=True;' % db},
        'Jwt': {'Issuer': 'https://id.lumenhealth.nl', 'Key': jk},
        'SendGrid': {'ApiKey': sg}, 'PartnerFeed': {'Endpoint': 'https://feeds.partner.lumenhealth.nl', 'Token': pf},
        'AllowedHosts': '*'}, indent=2) + '\n', [db, jk, sg, pf])

    db, sk, vk, dk = P(), T('stripe_rk'), hexs(r, 128, True), hexs(r, 64, True)
    g.pos('aspnet_web_config', '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n'
          '    <add name="Billing" connectionString="Data Source=SQL02;Initial Catalog=Billing;User Id=billing_svc;Password=%s;" '
          'providerName="System.Data.SqlClient" />\n  </connectionStrings>\n  <appSettings>\n'
          '    <add key="StripeRestrictedKey" value="%s" />\n    <add key="Environment" value="Production" />\n'
          '  </appSettings>\n  <system.web>\n    <machineKey validationKey="%s" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />\n'
          '  </system.web>\n</configuration>\n' % (db, sk, vk, dk), [db, sk, vk, dk])

    s, db, mp, jp = hexs(r, 32), PU(), PU('short'), P('phrase')
    g.pos('symfony_env_local', '###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=%s\n###< symfony/framework-bundle ###\n'
          'DATABASE_URL="postgresql://app:%s@db.internal:5432/app?serverVersion=16&charset=utf8"\n'
          'MAILER_DSN=smtp://postmaster%%40mg.brasserie-lumiere.fr:%s@smtp.eu.mailgun.org:587\n'
          '###> lexik/jwt-authentication-bundle ###\nJWT_PASSPHRASE=%s\n' % (s, db, mp, jp), [s, db, mp, jp])

    v = [T('laravel_key'), P(), P('short'), T('aws_akid'), T('aws_secret'), T('pusher_secret')]
    g.pos('laravel_env', 'APP_NAME=Tenantly\nAPP_ENV=production\nAPP_KEY=%s\nAPP_DEBUG=false\n\nDB_CONNECTION=mysql\nDB_HOST=10.40.2.15\n'
          'DB_DATABASE=tenantly\nDB_USERNAME=tenantly\nDB_PASSWORD="%s"\n\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\n'
          'MAIL_USERNAME=%s\nMAIL_PASSWORD="%s"\n\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_DEFAULT_REGION=eu-west-1\n'
          'PUSHER_APP_ID=1822190\nPUSHER_APP_SECRET=%s\n' % (v[0], v[1], uuid4(r), v[2], v[3], v[4], v[5]), v)

    v = [T('rails_skb'), T('aws_akid'), T('aws_secret'), T('stripe_sk'), rs(r, 32), rs(r, 32)]
    g.pos('rails_credentials_show', '$ EDITOR=cat bin/rails credentials:show --environment production\n'
          'secret_key_base: %s\naws:\n  access_key_id: %s\n  secret_access_key: %s\nstripe:\n  secret_key: %s\n'
          'active_record_encryption:\n  primary_key: %s\n  key_derivation_salt: %s\n' % tuple(v), v)

    a, b = P(), PU()
    g.pos('rails_database_yml', 'default: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: <%%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %%>\n\n'
          'production:\n  <<: *default\n  database: marketplace_production\n  username: marketplace\n  password: "%s"\n\n'
          'analytics:\n  <<: *default\n  url: postgres://reporter:%s@analytics-replica.internal:5432/marketplace\n' % (a, b), [a, b])

    v = [T('django_secret'), P(), P('short'), T('aws_secret')]
    g.pos('django_settings', "# settings/production.py\nfrom .base import *\n\nDEBUG = False\nSECRET_KEY = '%s'\n\nDATABASES = {\n"
          "    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'clinicbook',\n"
          "        'USER': 'clinicbook',\n        'PASSWORD': '%s',\n        'HOST': 'db.clinicbook.internal',\n    }\n}\n\n"
          "EMAIL_HOST = 'smtp.sendgrid.net'\nEMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '%s'\n"
          "AWS_STORAGE_BUCKET_NAME = 'clinicbook-media'\nAWS_SECRET_ACCESS_KEY = '%s'\n" % tuple(v), v)

    skb, dbp, sk = T('b64_64'), PU(), T('stripe_sk')
    g.pos('phoenix_runtime_exs', 'import Config\n\nif config_env() == :prod do\n  config :kiosk, Kiosk.Repo,\n'
          '    url: "ecto://kiosk:%s@db.kiosk.internal/kiosk_prod",\n    pool_size: 10\n\n  config :kiosk, KioskWeb.Endpoint,\n'
          '    secret_key_base: "%s"\n\n  config :stripity_stripe, api_key: "%s"\nend\n' % (dbp, skb, sk), [dbp, skb, sk])

    v = [rs(r, 64), P(), PU(), rs(r, 32)]
    g.pos('nestjs_env', 'PORT=3000\nJWT_SECRET=%s\nJWT_EXPIRES_IN=15m\nTYPEORM_HOST=pg.internal\nTYPEORM_USERNAME=api\nTYPEORM_PASSWORD=%s\n'
          'REDIS_URL=redis://default:%s@redis-prod.internal:6379/0\nPARTNER_FEED_TOKEN=%s\n' % tuple(v), v)

    v = [T('b64_32'), hexs(r, 40), PU(), T('resend')]
    g.pos('nextjs_env_local', '# .env.local\nNEXTAUTH_URL=https://app.pinecart.io\nNEXTAUTH_SECRET=%s\nGITHUB_ID=Iv1.%s\nGITHUB_SECRET=%s\n'
          'DATABASE_URL="postgresql://pinecart:%s@db.pinecart.internal:5432/pinecart?schema=public"\nRESEND_API_KEY=%s\n'
          % (v[0], hexs(r, 16), v[1], v[2], v[3]), v)

    npm, dt, kv = T('npm'), rs(r, 40, LO + '0123456789'), T('hex40')
    g.pos('bunfig_deno_env', '# bunfig.toml\n[install.scopes]\n"@corvid" = { token = "%s", url = "https://registry.npmjs.org/" }\n\n'
          '# .env used by deno task deploy\nDENO_AUTH_TOKENS=%s@raw.githubusercontent.com\nDENO_KV_ACCESS_TOKEN=%s\n' % (npm, dt, kv),
          [npm, dt, kv])

    sk, db, mp = hexs(r, 64), PU(), P('short')
    g.pos('flask_instance_config', '# instance/config.py  (not in git... supposedly)\nSECRET_KEY = "%s"\n'
          'SQLALCHEMY_DATABASE_URI = "mysql+pymysql://survey:%s@mysql.internal/survey"\nMAIL_SERVER = "smtp.gmail.com"\n'
          'MAIL_USERNAME = "survey.notifications.ke@gmail.com"\nMAIL_PASSWORD = "%s"\n' % (sk, db, mp), [sk, db, mp])

    js, db = rs(r, 48), P()
    g.pos('ktor_application_conf', 'ktor {\n  deployment {\n    port = 8080\n  }\n  application {\n    modules = [ io.corvid.ApplicationKt.module ]\n'
          '  }\n}\njwt {\n  issuer = "https://api.corvid.io/"\n  audience = "corvid-mobile"\n  realm = "corvid"\n  secret = "%s"\n}\n'
          'database {\n  url = "jdbc:postgresql://pg:5432/corvid"\n  user = "corvid"\n  password = "%s"\n}\n' % (js, db), [js, db])

    ps, db, tw = rs(r, 64), P(), T('hex32')
    g.pos('play_application_conf', 'play.http.secret.key = "%s"\nplay.filters.hosts.allowed = ["api.fjordtix.no"]\n'
          'db.default.driver = org.postgresql.Driver\ndb.default.url = "jdbc:postgresql://db/fjordtix"\ndb.default.username = fjordtix\n'
          'db.default.password = "%s"\ntwilio.authToken = "%s"\n' % (ps, db, tw), [ps, db, tw])

    aa, ak, sk2 = T('hex32'), T('aws_akid'), T('aws_secret')
    g.pos('hugo_config_toml', 'baseURL = "https://docs.kestrelhomes.co/"\ntitle = "Kestrel Docs"\n\n[params.algolia]\n'
          'appId = "K7Q2XRM1ZP"\nindexName = "kestrel_docs"\nsearchOnlyKey = "%s"\nadminKey = "%s"\n\n[deployment]\n'
          '[[deployment.targets]]\nname = "prod"\nURL = "s3://kestrel-docs?region=eu-west-1&access_key_id=%s&secret_access_key=%s"\n'
          % (hexs(r, 32), aa, ak, sk2), [aa, ak, sk2])

    ak, sk2 = T('aws_akid'), T('aws_secret')
    g.pos('jekyll_s3_website_yml', 's3_id: %s\ns3_secret: %s\ns3_bucket: blog.tamsinmarr.co.uk\ncloudfront_distribution_id: E2Q7B1XK9D4MZ\n'
          'max_age: 300\ngzip: true\n' % (ak, sk2), [ak, sk2])

    mk, sp, kp = T('google_api'), P(), P('leet')
    g.pos('android_local_properties', '## This file must *NOT* be checked into Version Control Systems,\nsdk.dir=/Users/ci/Library/Android/sdk\n'
          'MAPS_API_KEY=%s\nRELEASE_STORE_FILE=../keys/upload.jks\nRELEASE_STORE_PASSWORD=%s\nRELEASE_KEY_ALIAS=upload\n'
          'RELEASE_KEY_PASSWORD=%s\n' % (mk, sp, kp), [mk, sp, kp])

    v = [P(), P('random'), P(), rs(r, 32, ALNUM)]
    g.pos('android_gradle_properties', 'org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\n'
          'signing.keyId=%s\nsigning.password=%s\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n'
          'mavenCentralUsername=Kp3vQz8L\nmavenCentralPassword=%s\nrelease.keystore.password=%s\nbugsnag.apiKey=%s\n'
          % (hexs(r, 8, True), v[0], v[1], v[2], v[3]), v)

    mk, fb, ps = T('google_api'), T('hex32'), rs(r, 40)
    g.pos('android_strings_xml', '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">Pocket Ledger</string>\n'
          '    <string name="google_maps_key" translatable="false">%s</string>\n    <string name="facebook_app_id">%s</string>\n'
          '    <string name="facebook_client_token">%s</string>\n    <string name="partner_api_secret" translatable="false">%s</string>\n'
          '</resources>\n' % (mk, digits(r, 15), fb, ps), [mk, fb, ps])

    rc, bs, se = 'sk_' + rs(r, 32), rs(r, 44, URLSAFE), T('sentry_user')
    g.pos('ios_info_plist', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
          '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleDisplayName</key>\n'
          '\t<string>Kiosk</string>\n\t<key>RevenueCatSecretKey</key>\n\t<string>%s</string>\n\t<key>BackendSharedSecret</key>\n'
          '\t<string>%s</string>\n\t<key>SentryAuthToken</key>\n\t<string>%s</string>\n</dict>\n</plist>\n' % (rc, bs, se), [rc, bs, se])

    v = [rs(r, 40), T('openai_proj'), T('hex32')]
    g.pos('ios_xcconfig', '// Config/Release.xcconfig\nAPI_HOST = api.tidewater.app\nAPI_KEY = %s\nOPENAI_KEY = %s\n'
          'MIXPANEL_SECRET = %s\nPRODUCT_BUNDLE_IDENTIFIER = app.tidewater.ios\n' % tuple(v), v)

    v = [T('openai_proj'), rs(r, 48), T('stripe_sk')]
    g.pos('flutter_dart_define', '$ flutter build apk --release \\\n    --dart-define=API_URL=https://api.harbourline.app \\\n'
          '    --dart-define=OPENAI_API_KEY=%s \\\n    --dart-define=HMAC_SECRET=%s \\\n    --dart-define=STRIPE_SECRET=%s\n' % tuple(v), v)

    pf, uc = rs(r, 52, ALNUM), rs(r, 40, ALNUM)
    g.pos('unity_services_ini', '; Assets/StreamingAssets/services.ini\n[PlayFab]\nTitleId=7A21C\nDeveloperSecretKey=%s\n\n'
          '[UnityCloud]\nServiceAccountKeyId=%s\nServiceAccountSecret=%s\n' % (pf, uuid4(r), uc), [pf, uc])

    cs, ek, pk = rs(r, 43, URLSAFE), hexs(r, 64), T('b64_32')
    g.pos('unreal_ini', '; Config/DefaultEngine.ini\n[/Script/OnlineSubsystemEOS.EOSSettings]\n+Artifacts=(ArtifactName="Main",'
          'ClientId="%s",ClientSecret="%s",ProductId="%s",EncryptionKey="%s")\n\n; Config/DefaultCrypto.ini\n'
          '[/Script/CryptoKeys.CryptoKeysSettings]\nEncryptionKey=%s\nbEnablePakSigning=True\n' % (rs(r, 32), cs, hexs(r, 32), ek, pk),
          [cs, ek, pk])

    gt, asp, csc = T('github_pat'), '-'.join(rs(r, 4, LO) for _ in range(4)), P()
    g.pos('electron_builder_yml', 'appId: io.orbitnotes.desktop\nproductName: Orbit Notes\npublish:\n  provider: github\n'
          '  owner: orbitnotes\n  repo: desktop\n  token: %s\nmac:\n  notarize: true\nafterSign: scripts/notarize.js\n'
          '# scripts/notarize.js reads these\nenv:\n  APPLE_ID: release@orbitnotes.io\n  APPLE_APP_SPECIFIC_PASSWORD: %s\n'
          'win:\n  certificateFile: build/codesign.pfx\n  certificatePassword: "%s"\n' % (gt, asp, csc), [gt, asp, csc])

    v = [rs(r, 32), P(), P('short')]
    g.pos('express_config_js', "// config/production.js\nmodule.exports = {\n  session: { secret: '%s', cookie: { secure: true } },\n"
          "  db: { host: 'mongo-prod', user: 'lumen', password: '%s' },\n  smtp: {\n    host: 'smtp.zoho.eu',\n"
          "    auth: { user: 'alerts@lumen-apps.eu', pass: '%s' },\n  },\n};\n" % tuple(v), v)

    gs, sp, hv = 'GOCSPX-' + rs(r, 28, URLSAFE), P(), T('vault')
    g.pos('dotnet_user_secrets', '$ dotnet user-secrets list\nAuthentication:Google:ClientSecret = %s\n'
          'Authentication:Google:ClientId = %s-%s.apps.googleusercontent.com\nSmtp:Password = %s\nVault:Token = %s\n'
          % (gs, digits(r, 12), rs(r, 32, LO + '0123456789'), sp, hv), [gs, sp, hv])

    salt_a = ALNUM + '!@#%^&*()-_=+[]{}|;:,.<>?~'
    db = P()
    salts = [rs(r, 64, salt_a) for _ in range(4)]
    g.pos('wordpress_wp_config', "<?php\ndefine( 'DB_NAME', 'wp_bakery' );\ndefine( 'DB_USER', 'wp_bakery' );\n"
          "define( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', 'localhost' );\n\ndefine( 'AUTH_KEY',         '%s' );\n"
          "define( 'SECURE_AUTH_KEY',  '%s' );\ndefine( 'LOGGED_IN_KEY',    '%s' );\ndefine( 'NONCE_KEY',        '%s' );\n"
          "$table_prefix = 'wp_';\n" % tuple([db] + salts), [db] + salts)

    db, jk, pf = PU(), rs(r, 64, URLSAFE), rs(r, 40)
    g.pos('go_viper_config_yaml', 'server:\n  addr: ":8080"\ndatabase:\n  dsn: "postgres://fleet:%s@pg.fleet.internal:5432/fleet?sslmode=require"\n'
          'auth:\n  jwt_signing_key: "%s"\npartner:\n  feed:\n    url: https://feed.partner.fleetwise.io\n    token: "%s"\n' % (db, jk, pf),
          [db, jk, pf])

    a, b = P(), P()
    g.pos('sequelize_config_json', json.dumps({'development': {'username': 'root', 'password': None, 'database': 'tickets_dev',
                                                               'host': 'localhost', 'dialect': 'mysql'},
                                               'staging': {'username': 'tickets', 'password': a, 'database': 'tickets_stg',
                                                           'host': 'mysql-stg.internal', 'dialect': 'mysql'},
                                               'production': {'username': 'tickets', 'password': b, 'database': 'tickets',
                                                              'host': 'mysql-prod.internal', 'dialect': 'mysql'}}, indent=2) + '\n', [a, b])

    hv, kc = T('vault'), rs(r, 32)
    g.pos('spring_bootstrap_vault', 'spring:\n  cloud:\n    vault:\n      uri: https://vault.corvid.io:8200\n      authentication: TOKEN\n'
          '      token: %s\n  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n'
          '            client-id: payments-api\n            client-secret: %s\n' % (hv, kc), [hv, kc])

    v = [','.join(b64(rb(r, 16)) for _ in range(4)), b64(rb(r, 16)), b64(rb(r, 16)), b64(rb(r, 16)), P()]
    g.pos('strapi_env', 'HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=%s\nAPI_TOKEN_SALT=%s\nADMIN_JWT_SECRET=%s\nJWT_SECRET=%s\n'
          'DATABASE_CLIENT=postgres\nDATABASE_PASSWORD=%s\n' % tuple(v), v[0].split(',') + v[1:])

    # ---------------------------------------------------------------- negatives
    g.neg('spring_application_yml', 'spring:\n  datasource:\n    url: jdbc:postgresql://pg-prod-2.internal:5432/ledger\n'
          '    username: ledger_app\n    password: ${DB_PASSWORD}\n  mail:\n    host: smtp.office365.com\n    password: ${SMTP_PASSWORD:}\n'
          'jwt:\n  secret: ${JWT_SECRET}\nlegacy:\n  crm:\n    apiKey: ${LEGACY_CRM_API_KEY}\n')
    g.neg('aspnet_appsettings_json', json.dumps({
        'ConnectionStrings': {'DefaultConnection': ''},
        'Jwt': {'Issuer': 'https://id.lumenhealth.nl',
                'Key': '@Microsoft.KeyVault(SecretUri=https://kv-lumen.vault.azure.net/secrets/jwt-key/)'},
        'SendGrid': {'ApiKey': '#{SendGridApiKey}#'}, 'AllowedHosts': '*'}, indent=2) + '\n')
    g.neg('laravel_env', 'APP_NAME=Tenantly\nAPP_ENV=production\nAPP_KEY=\nAPP_DEBUG=false\n\nDB_CONNECTION=mysql\nDB_HOST=mysql\n'
          'DB_DATABASE=tenantly\nDB_USERNAME=tenantly\nDB_PASSWORD=\n\nMAIL_MAILER=log\nMAIL_PASSWORD=null\n')
    g.neg('rails_database_yml', 'production:\n  adapter: postgresql\n  database: marketplace_production\n'
          '  username: <%= ENV["MARKETPLACE_DATABASE_USER"] %>\n  password: <%= ENV["MARKETPLACE_DATABASE_PASSWORD"] %>\n'
          '  secret_key_base: <%= Rails.application.credentials.secret_key_base %>\n')
    g.neg('django_settings', "import os\n\nDEBUG = False\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n\nDATABASES = {\n"
          "    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'PASSWORD': os.getenv('DB_PASSWORD', ''),\n"
          "    }\n}\nEMAIL_HOST_PASSWORD = env('EMAIL_HOST_PASSWORD')\n")
    g.neg('android_gradle_properties', 'org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\n'
          '# signing values come from CI: ORG_GRADLE_PROJECT_signingPassword, ORG_GRADLE_PROJECT_mavenCentralPassword\n'
          'signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n')
    g.neg('ios_xcconfig', '// Config/Release.xcconfig\nAPI_HOST = api.tidewater.app\nAPI_KEY = $(TIDEWATER_API_KEY)\n'
          'OPENAI_KEY = $(inherited)\n#include? "Secrets.xcconfig"\n')
    g.neg('ktor_application_conf', 'jwt {\n  issuer = "https://api.corvid.io/"\n  secret = ${?JWT_SECRET}\n}\n'
          'database {\n  user = "corvid"\n  password = ${?DATABASE_PASSWORD}\n}\n')
    return g.cases
