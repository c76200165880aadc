# -*- coding: utf-8 -*-
"""cloud_native_files: cloud CLI credential files, kubeconfigs, IaC variables, decrypted vaults."""
import base64

from common import Group, jdump, b64, pct

G = Group("cloud_native_files", seed=20005)


@G.pos("gcp_service_account")
def gcp_service_account(g, i):
    pem, lines = g.rsa_pem()
    proj = "%s-%d" % (g.pick(["billing", "ml-platform", "data-lake"]), g.ri(100000, 999999))
    kid = g.hex(40)
    obj = {"type": "service_account", "project_id": proj, "private_key_id": kid, "private_key": pem,
           "client_email": "ci-deployer@%s.iam.gserviceaccount.com" % proj,
           "client_id": str(g.ri(10 ** 20, 10 ** 21 - 1)),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ci-deployer%%40%s.iam.gserviceaccount.com" % proj,
           "universe_domain": "googleapis.com"}
    return jdump(obj) + "\n", [kid, lines[3], lines[11], lines[19]]


@G.pos("gcloud_adc")
def gcloud_adc(g, i):
    cs, rt = g.gcp_oauth_secret(), g.gcp_refresh()
    obj = {"account": "", "client_id": "%d-%s.apps.googleusercontent.com" % (g.ri(10 ** 11, 10 ** 12 - 1), g.s("abcdefghijklmnopqrstuvwxyz0123456789", 32)),
           "client_secret": cs, "quota_project_id": "analytics-sandbox", "refresh_token": rt,
           "type": "authorized_user", "universe_domain": "googleapis.com"}
    return "$ cat ~/.config/gcloud/application_default_credentials.json\n" + jdump(obj) + "\n", [cs, rt]


@G.pos("azure_publish_profile")
def azure_publish_profile(g, i):
    pw = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 60)
    app = "app-%s-prod" % g.pick(["invoicing", "portal", "hr"])
    text = (
        "<publishData>\n"
        "  <publishProfile profileName=\"%s - Web Deploy\" publishMethod=\"MSDeploy\" "
        "publishUrl=\"%s.scm.azurewebsites.net:443\" msdeploySite=\"%s\" userName=\"$%s\" "
        "userPWD=\"%s\" destinationAppUrl=\"https://%s.azurewebsites.net\" SQLServerDBConnectionString=\"\" "
        "hostingProviderForumLink=\"\" controlPanelLink=\"https://portal.azure.com\" webSystem=\"WebSites\">\n"
        "    <databases />\n"
        "  </publishProfile>\n"
        "  <publishProfile profileName=\"%s - FTP\" publishMethod=\"FTP\" "
        "publishUrl=\"ftps://waws-prod-am2-%d.ftp.azurewebsites.windows.net/site/wwwroot\" ftpPassiveMode=\"True\" "
        "userName=\"%s\\$%s\" userPWD=\"%s\" />\n"
        "</publishData>\n" % (app, app, app, app, pw, app, app, g.ri(100, 999), app, app, pw))
    return text, [pw]


@G.pos("azure_token_cache")
def azure_token_cache(g, i):
    oid, tid = g.uuid(), g.uuid()
    at = g.jwt({"aud": "https://management.core.windows.net/", "iss": "https://sts.windows.net/%s/" % tid,
                "iat": 1718000000, "exp": 1718004000, "oid": oid, "tid": tid, "scp": "user_impersonation",
                "ver": "1.0"}, "RS256", kid=g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 27))
    rt = "0.A" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 260)
    home = "%s.%s" % (oid, tid)
    obj = {"AccessToken": {"%s-login.microsoftonline.com-accesstoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46-%s-"
                           "https://management.core.windows.net//user_impersonation" % (home, tid):
                           {"credential_type": "AccessToken", "secret": at, "home_account_id": home,
                            "environment": "login.microsoftonline.com",
                            "client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46", "expires_on": "1718004000"}},
           "RefreshToken": {"%s-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--" % home:
                            {"credential_type": "RefreshToken", "secret": rt, "home_account_id": home,
                             "environment": "login.microsoftonline.com",
                             "client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46"}}}
    return "~/.azure/msal_token_cache.json\n" + jdump(obj) + "\n", [at, rt]


@G.pos("azure_storage_connstr")
def azure_storage_connstr(g, i):
    acct = "st" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 14)
    key = g.azure_storage_key()
    obj = {"IsEncrypted": False, "Values": {
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key),
        "FUNCTIONS_WORKER_RUNTIME": "python", "QUEUE_NAME": "invoice-jobs"}}
    return "local.settings.json\n" + jdump(obj) + "\n", [key]


@G.pos("azure_sas_url")
def azure_sas_url(g, i):
    sig = pct(g.azure_sas_sig())
    acct = "st" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 12)
    text = (
        "Hier der Link zum Export (gültig bis Monatsende), bitte nicht weiterleiten:\n"
        "https://%s.blob.core.windows.net/exports/2024-06/customers_full.csv.gz?sv=2022-11-02&ss=b&srt=sco"
        "&sp=rl&se=2024-06-30T21:59:59Z&st=2024-06-01T08:00:00Z&spr=https&sig=%s\n" % (acct, sig))
    return text, [sig]


@G.pos("aws_sso_cache")
def aws_sso_cache(g, i):
    at = "aoa" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 220) + ":" + \
        g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 120)
    rt = "aor" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 200)
    cs = g.jwt({"kid": "key-%s" % g.hex(8), "serializedClientInfo": g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40)}, "HS256")
    obj = {"startUrl": "https://d-%s.awsapps.com/start" % g.hex(10), "region": "eu-west-1", "accessToken": at,
           "expiresAt": "2024-06-12T18:22:41Z", "clientId": g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22),
           "clientSecret": cs, "registrationExpiresAt": "2024-09-10T10:22:37Z", "refreshToken": rt}
    return "~/.aws/sso/cache/%s.json\n" % g.hex(40) + jdump(obj) + "\n", [at[:200], at[-100:], rt, cs]


@G.pos("aws_credentials")
def aws_credentials(g, i):
    a1, s1 = g.aws_akid(), g.aws_secret()
    a2, s2, st = g.aws_akid("ASIA"), g.aws_secret(), g.aws_session()
    text = (
        "[default]\n"
        "aws_access_key_id = %s\n"
        "aws_secret_access_key = %s\n\n"
        "[prod-admin]\n"
        "aws_access_key_id = %s\n"
        "aws_secret_access_key = %s\n"
        "aws_session_token = %s\n"
        "region = eu-central-1\n" % (a1, s1, a2, s2, st))
    return text, [a1, s1, a2, s2, st]


@G.pos("oci_config")
def oci_config(g, i):
    pem, lines = g.rsa_pem()
    fp = ":".join(g.hex(2) for _ in range(16))
    pp = g.password("phrase")
    text = (
        "$ cat ~/.oci/config\n"
        "[DEFAULT]\n"
        "user=ocid1.user.oc1..aaaaaaaa%s\n"
        "fingerprint=%s\n"
        "tenancy=ocid1.tenancy.oc1..aaaaaaaa%s\n"
        "region=eu-frankfurt-1\n"
        "key_file=~/.oci/oci_api_key.pem\n"
        "pass_phrase=%s\n\n"
        "$ cat ~/.oci/oci_api_key.pem\n%s" % (g.s("abcdefghijklmnopqrstuvwxyz234567", 52), fp,
                                            g.s("abcdefghijklmnopqrstuvwxyz234567", 52), pp, pem))
    return text, [pp, lines[2], lines[9], lines[17], lines[24]]


@G.pos("ibm_cloud")
def ibm_cloud(g, i):
    key = g.ibm()
    obj = {"name": "terraform-ci", "description": "used by the infra pipeline", "createdAt": "2024-05-02T09:11+0000",
           "apikey": key}
    text = ("$ ibmcloud iam api-key-create terraform-ci -d \"used by the infra pipeline\" --file key.json\n"
            "Creating API key terraform-ci under %s as ci-admin...\nOK\n"
            "$ cat key.json\n" % g.hex(32) + jdump(obj) + "\n")
    return text, [key]


@G.pos("alibaba_config")
def alibaba_config(g, i):
    ak, sk = g.alibaba()
    obj = {"current": "default", "profiles": [{"name": "default", "mode": "AK", "access_key_id": ak,
                                               "access_key_secret": sk, "region_id": "cn-shanghai",
                                               "output_format": "json", "language": "zh"}],
           "meta_path": ""}
    return "~/.aliyun/config.json\n" + jdump(obj) + "\n", [ak, sk]


@G.pos("doctl_config")
def doctl_config(g, i):
    tok = g.digitalocean()
    text = (
        "# ~/.config/doctl/config.yaml\n"
        "access-token: %s\n"
        "context: default\n"
        "output: text\n"
        "apps.create.spec: \"\"\n"
        "compute.ssh.ssh-key-path: /home/dev/.ssh/id_ed25519\n" % tok)
    return text, [tok]


@G.pos("linode_cli")
def linode_cli(g, i):
    tok = g.linode()
    text = (
        "# ~/.config/linode-cli\n"
        "[DEFAULT]\n"
        "default-user = mfournier\n\n"
        "[mfournier]\n"
        "token = %s\n"
        "region = eu-central\n"
        "type = g6-standard-2\n"
        "image = linode/debian12\n" % tok)
    return text, [tok]


@G.pos("hcloud_cli")
def hcloud_cli(g, i):
    t1, t2 = g.hetzner(), g.hetzner()
    text = (
        "# ~/.config/hcloud/cli.toml\n"
        "active_context = \"prod\"\n\n"
        "[[contexts]]\n"
        "  name = \"prod\"\n"
        "  token = \"%s\"\n\n"
        "[[contexts]]\n"
        "  name = \"lab\"\n"
        "  token = \"%s\"\n" % (t1, t2))
    return text, [t1, t2]


@G.pos("scaleway_config")
def scaleway_config(g, i):
    ak, sk = g.scaleway()
    text = (
        "# ~/.config/scw/config.yaml\n"
        "access_key: %s\n"
        "secret_key: %s\n"
        "default_organization_id: %s\n"
        "default_project_id: %s\n"
        "default_region: fr-par\n"
        "default_zone: fr-par-2\n" % (ak, sk, g.uuid(), g.uuid()))
    return text, [ak, sk]


@G.pos("ovh_conf")
def ovh_conf(g, i):
    ak = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16)
    asec = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)
    ck = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)
    text = (
        "; ovh.conf — utilisé par le script de renouvellement DNS-01\n"
        "[default]\n"
        "endpoint=ovh-eu\n\n"
        "[ovh-eu]\n"
        "application_key=%s\n"
        "application_secret=%s\n"
        "consumer_key=%s\n" % (ak, asec, ck))
    return text, [ak, asec, ck]


@G.pos("vultr_cli")
def vultr_cli(g, i):
    key = g.vultr()
    return ("$ cat ~/.vultr-cli.yaml\napi-key: %s\noutput: json\n\n$ vultr-cli instance list\n"
            "ID                                      IP              LABEL       OS                  STATUS\n"
            "%s    95.179.%d.%d   edge-ams-1  Debian 12 x64       active\n"
            % (key, g.uuid(), g.ri(128, 250), g.ri(2, 250))), [key]


@G.pos("wrangler_toml")
def wrangler_toml(g, i):
    tok = g.cloudflare()
    sk = g.stripe()
    text = (
        "name = \"checkout-worker\"\n"
        "main = \"src/index.ts\"\n"
        "compatibility_date = \"2024-05-01\"\n"
        "account_id = \"%s\"\n\n"
        "[vars]\n"
        "ENVIRONMENT = \"production\"\n"
        "STRIPE_SECRET_KEY = \"%s\"\n\n"
        "# .dev.vars / CI\n"
        "# CLOUDFLARE_API_TOKEN=%s\n\n"
        "[[kv_namespaces]]\n"
        "binding = \"SESSIONS\"\n"
        "id = \"%s\"\n" % (g.hex(32), sk, tok, g.hex(32)))
    return text, [sk, tok]


@G.pos("flyio_config")
def flyio_config(g, i):
    tok = g.flyio()
    return ("# ~/.fly/config.yml\naccess_token: %s\nsend_metrics: true\nwire_guard_state: {}\n"
            "auto_update: true\n" % tok), [tok]


@G.pos("heroku_netrc")
def heroku_netrc(g, i):
    tok = g.uuid()
    p = g.person("us")
    text = (
        "$ cat ~/.netrc\n"
        "machine api.heroku.com\n"
        "  login %s\n"
        "  password %s\n"
        "machine git.heroku.com\n"
        "  login %s\n"
        "  password %s\n" % (p["email"], tok, p["email"], tok))
    return text, [tok, p["email"]]


@G.pos("render_cli")
def render_cli(g, i):
    key = g.render()
    return ("# ~/.render/cli.yaml\nversion: 1\nworkspace: tea-%s\napi:\n  key: %s\n  host: https://api.render.com/v1/\n"
            "  expiresat: 0\n" % (g.s("abcdefghijklmnopqrstuvwxyz0123456789", 20), key)), [key]


@G.pos("railway_config")
def railway_config(g, i):
    tok = g.uuid()
    obj = {"projects": {"/home/dev/code/api": {"projectPath": "/home/dev/code/api", "name": "api",
                                               "project": g.uuid(), "environment": g.uuid()}},
           "user": {"token": tok}, "lastUpdateCheck": "2024-06-10T08:12:44.101Z"}
    return "~/.railway/config.json\n" + jdump(obj) + "\n", [tok]


@G.pos("netlify_config")
def netlify_config(g, i):
    tok = g.netlify()
    uid = g.hex(24)
    obj = {"telemetryDisabled": True, "cliId": g.uuid(),
           "userId": uid, "users": {uid: {"id": uid, "name": "web-team", "auth": {"token": tok, "github": {}}}}}
    return "~/.config/netlify/config.json\n" + jdump(obj) + "\n", [tok]


@G.pos("vercel_auth")
def vercel_auth(g, i):
    tok = g.vercel()
    return ("$ cat ~/Library/Application\\ Support/com.vercel.cli/auth.json\n"
            "{\n  \"// Note\": \"This is your Vercel credentials file. DO NOT SHARE!\",\n"
            "  \"// Docs\": \"https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json\",\n"
            "  \"token\": \"%s\"\n}\n" % tok), [tok]


@G.pos("kubeconfig_token")
def kubeconfig_token(g, i):
    tok = g.k8s_sa_jwt("ci", "gitlab-deployer")
    ca = b64(("-----BEGIN CERTIFICATE-----\n" + "\n".join(b64(g.rbytes(600))[k:k + 64] for k in range(0, 800, 64)) +
              "\n-----END CERTIFICATE-----\n").encode())
    text = (
        "apiVersion: v1\n"
        "kind: Config\n"
        "clusters:\n"
        "- cluster:\n"
        "    certificate-authority-data: %s\n"
        "    server: https://k8s-api.%s:6443\n"
        "  name: prod\n"
        "contexts:\n"
        "- context:\n"
        "    cluster: prod\n"
        "    namespace: ci\n"
        "    user: gitlab-deployer\n"
        "  name: prod-ci\n"
        "current-context: prod-ci\n"
        "users:\n"
        "- name: gitlab-deployer\n"
        "  user:\n"
        "    token: %s\n" % (ca[:600], g.company(), tok))
    return text, [tok]


@G.pos("kubeconfig_client_key")
def kubeconfig_client_key(g, i):
    pem, _ = g.ec_pem()
    ckd = b64(pem.encode())
    cert = b64(("-----BEGIN CERTIFICATE-----\n" + b64(g.rbytes(420)) + "\n-----END CERTIFICATE-----\n").encode())
    text = (
        "users:\n"
        "- name: kubernetes-admin\n"
        "  user:\n"
        "    client-certificate-data: %s\n"
        "    client-key-data: %s\n" % (cert, ckd))
    return text, [ckd]


@G.pos("terraform_tfvars")
def terraform_tfvars(g, i):
    pw = g.password("rand").replace('"', "").replace("\\", "")
    tok = g.cloudflare()
    dd = g.datadog_api()
    text = (
        "# terraform.tfvars  (prod)\n"
        "environment          = \"prod\"\n"
        "region               = \"eu-west-1\"\n"
        "instance_count       = 6\n"
        "db_master_password   = \"%s\"\n"
        "cloudflare_api_token = \"%s\"\n"
        "datadog_api_key      = \"%s\"\n"
        "allowed_cidrs        = [\"10.40.0.0/16\"]\n" % (pw, tok, dd))
    return text, [pw, tok, dd]


@G.pos("tfstate_excerpt")
def tfstate_excerpt(g, i):
    pw = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&*()-_=+[]{}<>:?", 24)
    obj = {"mode": "managed", "type": "random_password", "name": "db", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
           "instances": [{"schema_version": 3, "attributes": {"bcrypt_hash": "$2a$10$" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./", 53),
                                                              "id": "none", "length": 24, "lower": True, "min_numeric": 2,
                                                              "override_special": "!#$%&*()-_=+[]{}<>:?", "result": pw, "special": True},
                          "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]}
    return "terraform.tfstate (resources[7])\n" + jdump(obj) + "\n", [pw]


@G.pos("ansible_vault_view")
def ansible_vault_view(g, i):
    pw, smtp = g.password("rand"), g.password("alnum")
    key = g.stripe("rk_live")
    text = (
        "$ ansible-vault view group_vars/prod/vault.yml\n"
        "Vault password: \n"
        "---\n"
        "vault_db_password: \"%s\"\n"
        "vault_smtp_password: %s\n"
        "vault_stripe_restricted_key: %s\n"
        "vault_backup_s3_bucket: prod-backups-eu\n" % (pw.replace('"', ""), smtp, key))
    return text, [pw.replace('"', ""), smtp, key]


@G.pos("gcs_hmac")
def gcs_hmac(g, i):
    aid = "GOOG1E" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 55)
    sec = g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40)
    text = (
        "$ gsutil hmac create backup-writer@infra-%d.iam.gserviceaccount.com\n"
        "Access ID:   %s\n"
        "Secret:      %s\n" % (g.ri(100000, 999999), aid, sec))
    return text, [aid, sec]


@G.pos("aws_create_access_key")
def aws_create_access_key(g, i):
    ak, sk = g.aws_akid(), g.aws_secret()
    obj = {"AccessKey": {"UserName": "ci-artifacts", "AccessKeyId": ak, "Status": "Active", "SecretAccessKey": sk,
                         "CreateDate": "2024-06-11T07:41:02+00:00"}}
    return "$ aws iam create-access-key --user-name ci-artifacts\n" + jdump(obj, 4) + "\n", [ak, sk]


@G.pos("az_sp_create")
def az_sp_create(g, i):
    pw = g.azure_client_secret()
    obj = {"appId": g.uuid(), "displayName": "gh-actions-deployer", "password": pw, "tenant": g.uuid()}
    sub = g.uuid()
    text = ("$ az ad sp create-for-rbac --name gh-actions-deployer --role contributor --scopes "
            "/subscriptions/%s/resourceGroups/rg-web-prod\n"
            "Creating 'contributor' role assignment under scope '/subscriptions/%s/resourceGroups/rg-web-prod'\n"
            "The output includes credentials that you must protect.\n" % (sub, sub) + jdump(obj) + "\n")
    return text, [pw]


@G.pos("docker_config_json")
def docker_config_json(g, i):
    pat = g.github()
    a1 = base64.b64encode(("octo-ci:%s" % pat).encode()).decode()
    pw = g.password("alnum")
    a2 = base64.b64encode(("AWS:%s" % pw).encode()).decode()
    obj = {"auths": {"ghcr.io": {"auth": a1}, "registry.%s" % g.company(): {"auth": a2}},
           "credsStore": "", "currentContext": "default"}
    return "~/.docker/config.json\n" + jdump(obj, 1) + "\n", [a1, a2]


@G.pos("helm_values")
def helm_values(g, i):
    pw, rpw = g.password("alnum"), g.password("hex")
    key = g.hex(40)
    text = (
        "# values-prod.yaml\n"
        "replicaCount: 3\n"
        "image:\n"
        "  repository: ghcr.io/acme/gitea\n"
        "  tag: 1.22.0\n"
        "gitea:\n"
        "  admin:\n"
        "    username: gitea_admin\n"
        "    password: \"%s\"\n"
        "  config:\n"
        "    security:\n"
        "      SECRET_KEY: %s\n"
        "redis-cluster:\n"
        "  usePassword: true\n"
        "  password: %s\n" % (pw, key, rpw))
    return text, [pw, key, rpw]


@G.pos("gh_hosts_yml")
def gh_hosts_yml(g, i):
    tok = g.github("gho")
    return ("$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    users:\n        mlindqvist:\n            oauth_token: %s\n"
            "    git_protocol: https\n    oauth_token: %s\n    user: mlindqvist\n" % (tok, tok)), [tok]


@G.pos("sops_decrypted")
def sops_decrypted(g, i):
    age = g.age_key()
    pw = g.password("phrase")
    text = (
        "$ SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt sops -d secrets/prod.enc.yaml\n"
        "postgres:\n"
        "    password: %s\n"
        "grafana:\n"
        "    admin_password: %s\n"
        "$ cat ~/.config/sops/age/keys.txt\n"
        "# created: 2024-03-18T10:02:11+01:00\n"
        "# public key: age1%s\n"
        "%s\n" % (pw, pw[::-1], g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), age))
    return text, [pw, pw[::-1], age]


# ------------------------------------------------------------- negatives
@G.neg("kubeconfig_exec")
def n_kubeconfig(g, i):
    ca = b64(("-----BEGIN CERTIFICATE-----\n" + b64(g.rbytes(300)) + "\n-----END CERTIFICATE-----\n").encode())
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n"
            "    server: https://k8s-api.prod.corp.net\n  name: prod\nusers:\n- name: oidc\n  user:\n    exec:\n"
            "      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kubectl\n"
            "      args: [oidc-login, get-token, --oidc-issuer-url=https://sso.corp.net/realms/k8s, --oidc-client-id=kubectl]\n" % ca)


@G.neg("aws_config")
def n_awsconfig(g, i):
    return ("# ~/.aws/config\n[default]\nregion = eu-central-1\noutput = json\n\n"
            "[profile prod-admin]\nsso_session = corp\nsso_account_id = 000000000000\n"
            "sso_role_name = AdministratorAccess\nregion = eu-central-1\n\n"
            "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n")


@G.neg("terraform_tfvars")
def n_tfvars(g, i):
    return ("environment    = \"prod\"\nregion         = \"eu-west-1\"\ninstance_count = 6\n"
            "# secrets are read from SSM in main.tf:\n"
            "#   data \"aws_ssm_parameter\" \"db\" { name = \"/prod/db/master_password\" }\n"
            "db_password_ssm_path = \"/prod/db/master_password\"\n")


@G.neg("wrangler_toml")
def n_wrangler(g, i):
    return ("name = \"checkout-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-05-01\"\n"
            "account_id = \"%s\"\n\n[vars]\nENVIRONMENT = \"production\"\n"
            "# STRIPE_SECRET_KEY is set with `wrangler secret put STRIPE_SECRET_KEY`\n" % g.hex(32))


@G.neg("ansible_vault_encrypted")
def n_vault(g, i):
    lines = [g.hex(80) for _ in range(6)]
    return "$ cat group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@G.neg("azure_sas_url")
def n_sas(g, i):
    return ("Der Export liegt unter https://stexportsprod.blob.core.windows.net/exports/2024-06/customers_full.csv.gz "
            "– den SAS-Link (sig=REDACTED) bekommst du per Key Vault, Secret-Name `exports-sas`.\n")


@G.neg("doctl_config")
def n_doctl(g, i):
    return ("# ~/.config/doctl/config.yaml\naccess-token: \"\"\ncontext: default\noutput: text\n"
            "# run `doctl auth init` to store a token in the system keyring instead\n")


@G.neg("helm_values")
def n_helm(g, i):
    return ("gitea:\n  admin:\n    existingSecret: gitea-admin\n    username: gitea_admin\n"
            "redis-cluster:\n  usePassword: true\n  existingSecret: gitea-redis\n  existingSecretPasswordKey: redis-password\n")
