"""Theme 4: backup and sync tools."""
import json

from common import ALNUM, LO, DIG, UP

G = "backup"


def build(c, g):
    # ---------------- rclone ----------------
    cs, at, rt = g.google_client_secret(), g.google_access(), g.google_refresh()
    cid = f"{g.digits(12, True)}-{g.s(32, LO + DIG)}.apps.googleusercontent.com"
    tok = json.dumps({"access_token": at, "token_type": "Bearer", "refresh_token": rt,
                      "expiry": "2025-02-11T14:03:27.118452+01:00"}, separators=(",", ":"))
    c.pos(G, "rclone", f"""rclone keeps saying "couldn't fetch token - maybe it has expired? - refresh with rclone config reconnect". My ~/.config/rclone/rclone.conf:

[gdrive]
type = drive
client_id = {cid}
client_secret = {cs}
scope = drive
token = {tok}
team_drive = """, [cs, at, rt])

    b2id = "005" + g.hex(9) + "0000000" + g.digits(3)
    b2k = "K005" + g.s(27, ALNUM + "/+")
    p1, p2 = g.s(g.intr(40, 60), ALNUM + "-_"), g.s(g.intr(40, 60), ALNUM + "-_")
    c.pos(G, "rclone", f"""[b2]
type = b2
account = {b2id}
key = {b2k}
hard_delete = true

[b2-crypt]
type = crypt
remote = b2:family-photos-backup/crypt
password = {p1}
password2 = {p2}

(the crypt passwords are obscured, not encrypted, so I guess I should treat them as plaintext?)""", [b2k, p1, p2])

    wk, ws = g.s(20, UP + DIG), g.s(40, ALNUM)
    c.pos(G, "rclone", f"""$ rclone config show wasabi
[wasabi]
type = s3
provider = Wasabi
access_key_id = {wk}
secret_access_key = {ws}
endpoint = s3.eu-central-2.wasabisys.com
acl = private""", [wk, ws])

    # ---------------- restic ----------------
    rp, ak, sk = g.passphrase(5, "-"), g.aws_akid(), g.aws_secret()
    c.pos(G, "restic", f"""#!/bin/sh
# /usr/local/bin/backup.sh, run from cron at 02:30
export RESTIC_REPOSITORY="s3:https://s3.eu-west-1.amazonaws.com/acme-restic-prod"
export RESTIC_PASSWORD='{rp}'
export AWS_ACCESS_KEY_ID={ak}
export AWS_SECRET_ACCESS_KEY={sk}
restic backup /srv/data --exclude-caches --tag nightly
restic forget --keep-daily 7 --keep-weekly 5 --prune""", [rp, ak, sk])

    rpw = g.password("random").replace("@", "A").replace(":", "c").replace("/", "s")
    rpp = g.password("words")
    c.pos(G, "restic", f"""Fatal: unable to open config file: Stat: unexpected HTTP response (401): 401 Unauthorized

env:
RESTIC_REPOSITORY=rest:https://backup:{rpw}@rest.backup-host.example:8000/laptop
RESTIC_PASSWORD_FILE=/root/.restic-pass   (contains: {rpp})""", [rpw, rpp])

    # ---------------- borg ----------------
    bp = g.passphrase(4, " ")
    c.pos(G, "borg", f"""# /etc/systemd/system/borgbackup.service
[Unit]
Description=Borg backup to Hetzner storage box

[Service]
Type=oneshot
Environment="BORG_REPO=ssh://u{g.digits(6, True)}@u{g.digits(6, True)}.your-storagebox.de:23/./borg"
Environment="BORG_PASSPHRASE={bp}"
Environment="BORG_RSH=ssh -i /root/.ssh/storagebox_ed25519"
ExecStart=/usr/bin/borg create --stats ::{{hostname}}-{{now}} /etc /home /srv""", [bp])

    lines = []
    for _ in range(6):
        lines.append(g.b64bytes(g.pick([54, 54, 54]))[:72])
    lines.append(g.b64bytes(20))
    block = "\n".join(lines)
    c.pos(G, "borg", f"""Exported the repokey like the docs say, is this what I put in the password manager?

$ borg key export /mnt/usb/borg-repo
BORG_KEY {g.hex(64)}
{block}
""", lines)

    # ---------------- Syncthing ----------------
    sa = g.s(32, ALNUM)
    bh = "$2a$10$" + g.s(53, ALNUM + "./")
    c.pos(G, "syncthing", f"""    <gui enabled="true" tls="false" debugging="false">
        <address>0.0.0.0:8384</address>
        <user>admin</user>
        <password>{bh}</password>
        <apikey>{sa}</apikey>
        <theme>default</theme>
    </gui>""", [bh, sa])

    # ---------------- s3cmd ----------------
    a3, s3, gp = g.aws_akid(), g.aws_secret(), g.password("words")
    c.pos(G, "s3cfg", f"""[default]
access_key = {a3}
secret_key = {s3}
bucket_location = EU
gpg_command = /usr/bin/gpg
gpg_passphrase = {gp}
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True""", [a3, s3, gp])

    # ---------------- AWS credentials ----------------
    k1, s1, k2, s2 = g.aws_akid(), g.aws_secret(), g.aws_akid("ASIA"), g.aws_secret()
    st = "IQoJb3JpZ2luX2VjE" + g.s(g.intr(380, 420), ALNUM + "/+") + "=="
    c.pos(G, "aws-credentials", f"""~/.aws/credentials - which profile does boto3 pick when AWS_PROFILE isn't set?

[default]
aws_access_key_id = {k1}
aws_secret_access_key = {s1}

[prod-admin]
aws_access_key_id = {k2}
aws_secret_access_key = {s2}
aws_session_token = {st}
""", [k1, s1, k2, s2, st])

    k3, s3b = g.aws_akid(), g.aws_secret()
    c.pos(G, "aws-credentials", f"""$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************{k3[-4:]}              env
secret_key     ****************{s3b[-4:]}              env
    region             eu-west-2      config-file    ~/.aws/config
$ env | grep AWS_
AWS_ACCESS_KEY_ID={k3}
AWS_SECRET_ACCESS_KEY={s3b}
AWS_DEFAULT_REGION=eu-west-2""", [k3, s3b])

    # ---------------- MinIO ----------------
    mk, ms = g.s(20, UP + DIG), g.s(40, ALNUM)
    c.pos(G, "minio", f"""$ mc alias set homelab http://minio.lan:9000 {mk} {ms}
mc: Configuration written to `/home/dev/.mc/config.json`. Please update your access credentials.
mc: Successfully created `/home/dev/.mc/share`.
Added `homelab` successfully.
$ mc ls homelab/
mc: <ERROR> Unable to list folder. The request signature we calculated does not match the signature you provided.""", [mk, ms])

    # ---------------- Kopia / Duplicati ----------------
    kp, kk = g.password("mixed"), "K004" + g.s(27, ALNUM)
    c.pos(G, "kopia", f"""kopia repository connect s3 --bucket=kopia-nas --endpoint=s3.us-west-004.backblazeb2.com \\
  --access-key=004{g.hex(9)}0000000{g.digits(3)} --secret-access-key={kk} --password='{kp}'
ERROR error connecting to repository: unable to create format manager: invalid repository password""", [kk, kp])

    # ---------------- Azure ----------------
    an = "stbackup" + g.s(6, LO + DIG)
    akey = g.azure_storage_key()
    c.pos(G, "azure-storage", f"""$connStr = "DefaultEndpointsProtocol=https;AccountName={an};AccountKey={akey};EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $connStr
Set-AzStorageBlobContent -File "D:\\Backups\\sql\\full.bak" -Container "sqlbackups" -Context $ctx
# fails with 403 AuthorizationFailure since we enabled the firewall""", [akey])

    sig = g.b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    c.pos(G, "azure-storage", f"""azcopy copy "/mnt/backup/*" "https://{an}.blob.core.windows.net/nightly?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2025-06-30T18:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig={sig}" --recursive
INFO: Scanning...
failed to perform copy command due to error: cannot start job due to error: AuthorizationPermissionMismatch""", [sig])

    # ---------------- GCP service account ----------------
    pkid = g.hex(40)
    body = g.pem_body(1216)
    pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"
    c.pos(G, "gcs-service-account", f"""Here's the key file duplicity uses for the GCS bucket, it says invalid_grant:

{{
  "type": "service_account",
  "project_id": "backup-prod-4471",
  "private_key_id": "{pkid}",
  "private_key": "{pk}",
  "client_email": "duplicity@backup-prod-4471.iam.gserviceaccount.com",
  "client_id": "{g.digits(21, True)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}}""", [pkid] + body)

    # ---------------- davfs / Nextcloud app password ----------------
    app = "-".join(g.s(5, ALNUM) for _ in range(5))
    c.pos(G, "davfs2", f"""# /etc/davfs2/secrets  (chmod 600)
# mount point / URL          user      app password
https://cloud.family-example.net/remote.php/dav/files/backup/  backup  {app}

mount says "/sbin/mount.davfs: Mounting failed. 401 Unauthorized" though the same app password works in the browser""", [app])

    # ---------------- negatives ----------------
    c.neg(G, "restic", """$ restic snapshots --compact
repository 3f1a9c2e opened (version 2, compression level auto)
ID        Time                 Host        Tags
------------------------------------------------------
8c1f2a7d  2025-01-28 02:30:04  nas01       nightly
e4b09c31  2025-01-29 02:30:05  nas01       nightly
5d7e8f90  2025-01-30 02:30:03  nas01       nightly
a2c4e6f8  2025-01-31 02:30:04  nas01       nightly
------------------------------------------------------
4 snapshots""")

    c.neg(G, "aws-config", """~/.aws/config - we only use SSO now, no static keys anywhere:

[profile dev]
sso_session = corp
sso_role_name = DeveloperAccess
region = eu-central-1
output = json

[sso-session corp]
sso_start_url = https://corp-example.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access

Then `aws sso login --sso-session corp` and boto3 picks it up.""")

    c.neg(G, "rclone", """$ rclone config show
[media]
type = union
upstreams = /mnt/disk1 /mnt/disk2 /mnt/disk3
action_policy = epall
create_policy = mfs

[photos-remote]
type = alias
remote = media:photos

$ rclone about media:
Total:   10.915 TiB
Used:    7.204 TiB
Free:    3.711 TiB""")
