"""glued_code: secrets inside source code in many languages, glued identifiers, splits."""
import random

from common import (Collector, crlf, rs, hexs, b62, digits, password,
                    stripe_sk, github_pat, github_fine, aws_akid, aws_secret, slack_bot,
                    openai_proj, anthropic_key, google_api, sendgrid, gitlab_pat,
                    npm_token, hf_token, shopify_token, do_token, twilio_sid, mailgun_key,
                    slack_webhook, ALNUM, B64URL)

SEED = 18004
GROUP = "glued_code"


def split_at(s, k):
    return s[:k], s[k:]


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # Go: const block with glued names
    sk, pw = stripe_sk(rng), password(rng, 16)
    c.pos("go", """package billing

const (
	myStripeSk = "%s"
	dbPw       = "%s"
	dbUser     = "billing"
)
""" % (sk, pw), [sk, pw])
    # Go Sprintf DSN
    pw = password(rng, 18)
    c.pos("go", """dsn := fmt.Sprintf("postgres://%%s:%%s@%%s:5432/%%s?sslmode=disable", "ledger", "%s", host, "ledger")
db, err := sql.Open("pgx", dsn)
""" % pw, [pw])

    # Rust concat! split
    t = github_pat(rng)
    a, b = split_at(t, 12)
    c.pos("rust", """// TODO move to env before release
static APIKEY2: &str = concat!("%s", "%s");

fn client() -> reqwest::Client {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, format!("token {}", APIKEY2).parse().unwrap());
    reqwest::Client::builder().default_headers(h).build().unwrap()
}
""" % (a, b), [a, b])

    # Swift struct
    t = slack_bot(rng)
    c.pos("swift", """enum Secrets {
    static let x_auth = "%s"
    static let channel = "C04%s"
}

var req = URLRequest(url: URL(string: "https://slack.com/api/chat.postMessage")!)
req.setValue("Bearer \\(Secrets.x_auth)", forHTTPHeaderField: "Authorization")
""" % (t, rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)), [t])

    # Kotlin map AKIA -> secret
    ak, sec = aws_akid(rng), aws_secret(rng)
    c.pos("kotlin", """object AwsCreds {
    val pair: Pair<String, String> = "%s" to "%s"
    val region = Regions.EU_CENTRAL_1
}
""" % (ak, sec), [ak, sec])
    # Kotlin data class default
    t = gitlab_pat(rng)
    c.pos("kotlin", """data class GitlabCfg(
    val baseUrl: String = "https://gitlab.example-corp.io",
    val glToken: String = "%s",
    val projectId: Int = %s,
)
""" % (t, digits(rng, 4)), [t])

    # Scala Map
    t = openai_proj(rng)
    c.pos("scala", """object Conf {
  val llm: Map[String, String] = Map(
    "model"     -> "gpt-4o-mini",
    "openaiKey" -> "%s",
    "timeoutMs" -> "30000"
  )
}
""" % t, [t])

    # Elixir config
    sk, pw = stripe_sk(rng), password(rng, 20)
    c.pos("elixir", """import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "%s",
  hostname: "db.internal",
  pool_size: 10

config :stripity_stripe, api_key: "%s"
""" % (pw, sk), [pw, sk])

    # Clojure def
    t = sendgrid(rng)
    c.pos("clojure", """(ns mailer.core
  (:require [clj-http.client :as http]))

(def ^:private sg-key "%s")

(defn send! [msg]
  (http/post "https://api.sendgrid.com/v3/mail/send"
             {:headers {"Authorization" (str "Bearer " sg-key)}
              :form-params msg :content-type :json}))
""" % t, [t])

    # Haskell <> concatenation
    t = anthropic_key(rng)
    a, b = split_at(t, 40)
    c.pos("haskell", """apiKey :: Text
apiKey = "%s" <> "%s"

mkReq :: Request -> Request
mkReq = setRequestHeader "x-api-key" [encodeUtf8 apiKey]
""" % (a, b), [a, b])

    # Lua table
    sid, tok = twilio_sid(rng), hexs(rng, 32)
    c.pos("lua", """local cfg = {
  twilio_sid = "%s",
  twilio_tok = "%s",
  from = "whatsapp:sandbox",
}
return cfg
""" % (sid, tok), [tok])

    # Perl
    pw = password(rng, 14)
    c.pos("perl", """use DBI;
my $dbPw = '%s';
my $dbh = DBI->connect("dbi:Pg:dbname=inventory;host=pg-main", "inv_app", $dbPw,
                       { RaiseError => 1, AutoCommit => 0 });
""" % pw, [pw])

    # PHP concatenation
    k = mailgun_key(rng)
    a, b = k[:16], k[16:]
    c.pos("php", """<?php
$conf['mailgun_domain'] = 'mg.acme-shop.example';
$conf['mailgun_key'] = '%s' . '%s';
$mg = Mailgun::create($conf['mailgun_key'], 'https://api.eu.mailgun.net');
""" % (a, b), [a, b])

    # Julia interpolation
    t = hf_token(rng)
    c.pos("julia", """using HTTP, JSON3
const HF = "%s"
resp = HTTP.post("https://api-inference.huggingface.co/models/gpt2",
                 ["Authorization" => "Bearer $HF"], JSON3.write((inputs = "hello",)))
""" % t, [t])

    # Dart
    k = google_api(rng)
    c.pos("dart", """class ApiConfig {
  static const String gMapsKey = '%s';
  static const String placesBase = 'https://maps.googleapis.com/maps/api/place';
}
""" % k, [k])

    # R
    t = openai_proj(rng)
    c.pos("r", """library(httr2)
Sys.setenv(OPENAI_API_KEY = "%s")
req <- request("https://api.openai.com/v1/models") |> req_auth_bearer_token(Sys.getenv("OPENAI_API_KEY"))
""" % t, [t])

    # C# connection string constant
    pw = password(rng, 16)
    c.pos("csharp", crlf("""namespace Reporting.Data
{
    internal static class Db
    {
        public const string SqlConn = "Server=tcp:sql-reporting.database.windows.net,1433;Database=reports;User ID=rpt_writer;Password=%s;Encrypt=True;";
    }
}
""" % pw), [pw])

    # C++ byte array
    t = stripe_sk(rng)
    arr = ", ".join("0x%02x" % ord(ch) for ch in t)
    c.pos("cpp", """// obfuscated so it doesn't show up in `strings`
static const unsigned char kPayKey[] = { %s };
std::string payKey(reinterpret_cast<const char*>(kPayKey), sizeof(kPayKey));
""" % arr, [arr])

    # Java char array
    pw = password(rng, 12, specials="!#%*+-_")
    chars = ", ".join("'%s'" % ch for ch in pw)
    c.pos("java", """private static final char[] KEYSTORE_PW = { %s };
KeyStore ks = KeyStore.getInstance("PKCS12");
ks.load(new FileInputStream("release.p12"), KEYSTORE_PW);
""" % chars, [chars])

    # Python f-string split
    t = slack_bot(rng)
    a, b = t[:25], t[25:]
    c.pos("python", """_p = "%s"
_s = "%s"
SLACK_BOT_TOKEN = f"{_p}{_s}"
""" % (a, b), [a, b])

    # JS template literal split
    t = npm_token(rng)
    a, b = t[:14], t[14:]
    c.pos("javascript", "const npmrc = `//registry.npmjs.org/:_authToken=${'%s'}${'%s'}`;\nfs.writeFileSync('.npmrc', npmrc);\n" % (a, b), [a, b])

    # commented-out creds
    ak, sec = aws_akid(rng), aws_secret(rng)
    c.pos("commented", """export const s3 = new S3Client({
  region: "eu-west-1",
  // credentials: { accessKeyId: "%s", secretAccessKey: "%s" },
});
""" % (ak, sec), [ak, sec])
    pw = password(rng, 15)
    c.pos("commented", """DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "crm",
        "USER": "crm",
        # "PASSWORD": "%s",  # old prod pw, rotated?
        "PASSWORD": os.environ["CRM_DB_PASSWORD"],
    }
}
""" % pw, [pw])

    # test fixture with real-shaped token
    t = github_fine(rng)
    c.pos("test_fixture", """def test_list_repos(requests_mock):
    # recorded against the real API on 2024-05-30
    token = "%s"
    client = GitHubClient(token=token)
    assert client.list_repos("acme-platform")
""" % t, [t])

    # Ruby heredoc
    t = shopify_token(rng)
    c.pos("ruby", """session = ShopifyAPI::Auth::Session.new(
  shop: "acme-outlet.myshopify.com",
  access_token: <<~TOKEN.strip
    %s
  TOKEN
)
""" % t, [t])

    # C #define
    pw = password(rng, 12)
    c.pos("c", """#define MQTT_HOST "broker.iot.example-corp.io"
#define MQTT_USER "sensor-fw"
#define MQTT_PASS "%s"
""" % pw, [pw])

    # Groovy Jenkinsfile
    t = npm_token(rng)
    c.pos("groovy", """pipeline {
  agent any
  stages {
    stage('publish') {
      steps {
        withEnv(["NPM_TOKEN=%s"]) {
          sh 'npm publish --access public'
        }
      }
    }
  }
}
""" % t, [t])

    # TypeScript enum
    sk = "rk_live_" + b62(rng, 99)
    wh = "whsec_" + b62(rng, 32)
    c.pos("typescript", """export enum StripeCfg {
  RestrictedKey = "%s",
  WebhookSecret = "%s",
}
""" % (sk, wh), [sk, wh])

    # Go struct literal w/ DigitalOcean
    t = do_token(rng)
    c.pos("go", """var cfg = Config{
	Region:  "fra1",
	DOToken: "%s",
	Size:    "s-2vcpu-4gb",
}
""" % t, [t])

    # Swift: Slack webhook
    wh = slack_webhook(rng)
    c.pos("swift", "let alertHook = URL(string: \"%s\")!\n" % wh, [wh.rsplit("/", 1)[1]])

    # Bash glued var names
    t, gh = hf_token(rng), github_pat(rng)
    c.pos("shell", "APIKEY2=%s\nGH_TKN=%s\nexport APIKEY2 GH_TKN\n./sync_models.sh --push\n" % (t, gh), [t, gh])

    # Kotlin string.format split with AWS secret
    ak, sec = aws_akid(rng), aws_secret(rng)
    s1, s2 = sec[:20], sec[20:]
    c.pos("kotlin", """val creds = BasicAWSCredentials(
    "%s",
    String.format("%%s%%s", "%s", "%s")
)
""" % (ak, s1, s2), [ak, s1, s2])

    # ---------------- negatives
    c.neg("env_lookup", """func loadConfig() Config {
	return Config{
		StripeSecretKey: os.Getenv("STRIPE_SECRET_KEY"),
		DBPassword:      mustEnv("DB_PASSWORD"),
		GitHubToken:     os.Getenv("GITHUB_TOKEN"),
	}
}
""")
    c.neg("format_regex", r"""// Detect leaked keys before commit
var patterns = map[string]*regexp.Regexp{
	"stripe":  regexp.MustCompile(`sk_live_[0-9a-zA-Z]{24,99}`),
	"github":  regexp.MustCompile(`ghp_[0-9A-Za-z]{36}`),
	"aws":     regexp.MustCompile(`AKIA[0-9A-Z]{16}`),
}
""")
    c.neg("identifiers", """public final class PasswordPolicy {
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final String SECRET_KEY_SETTING = "secret_key";
    public static final String TOKEN_TYPE_BEARER = "Bearer";
    private final Tokenizer tokenizer = new Tokenizer();
    public boolean passwordExpired(User u) { return u.getPasswordAge() > 90; }
}
""")
    c.neg("hash_constants", """# known digests used in unit tests
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
ABC_SHA1 = "a9993e364706816aba3e25717850c26c9cd0d89d"
ABC_MD5 = "900150983cd24fb0d6963f7d28e17f72"
""")
    c.neg("uuid_enum", """enum class Feature(val id: String) {
    CHECKOUT_V2("%s"),
    DARK_MODE("%s"),
}
""" % (uuid_like(rng), uuid_like(rng)))
    return c.cases


def uuid_like(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])
