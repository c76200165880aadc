import json
import random
from common import *


def build():
    r = random.Random(1602)
    g = Group("mobile")

    k = google_api(r)
    pn = digits(r, 12)
    g.pos("google_services", """{
  "project_info": {
    "project_number": "%s",
    "project_id": "tidepool-rides",
    "storage_bucket": "tidepool-rides.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:%s:android:%s",
        "android_client_info": { "package_name": "com.tidepool.rides" }
      },
      "api_key": [ { "current_key": "%s" } ]
    }
  ],
  "configuration_version": "1"
}""" % (pn, pn, hexs(r, 22), k), [k])

    k = google_api(r)
    p = password(r, 14)
    g.pos("local_properties", """## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/build/Library/Android/sdk
MAPS_API_KEY=%s
RELEASE_STORE_PASSWORD=%s""" % (k, p), [k, p])

    a, b = password(r, 16), password(r, 16)
    g.pos("gradle_properties", """org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keystores/upload.jks
RELEASE_STORE_PASSWORD=%s
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=%s""" % (a, b), [a, b])

    a = passphrase(r)
    g.pos("build_gradle", """android {
    signingConfigs {
        release {
            storeFile file("release.keystore")
            storePassword "%s"
            keyAlias "tidepool"
            keyPassword "%s"
        }
    }
    buildTypes {
        release { signingConfig signingConfigs.release; minifyEnabled true }
    }
}""" % (a, a), [a])

    a, b = password(r, 12), password(r, 12)
    g.pos("build_gradle_kts", """I get "Keystore was tampered with, or password was incorrect" with this, what's wrong?

signingConfigs {
    create("release") {
        storeFile = file("../app/keys/prod.p12")
        storeType = "pkcs12"
        storePassword = "%s"
        keyAlias = "prod"
        keyPassword = "%s"
    }
}""" % (a, b), [a, b])

    a = password(r, 18)
    g.pos("keystore_properties", """storePassword=%s
keyPassword=%s
keyAlias=key0
storeFile=/home/ci/upload-keystore.jks""" % (a, a), [a])

    k = google_api(r)
    alg = hexs(r, 32)
    g.pos("info_plist", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>GMSApiKey</key>
	<string>%s</string>
	<key>AlgoliaAdminAPIKey</key>
	<string>%s</string>
	<key>UIApplicationSceneManifest</key>
	<dict/>
</dict>
</plist>""" % (k, alg), [k, alg])

    st = "sntrys_" + b64url_nopad(json.dumps({"iat": 1712345678.1, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "tidepool"})) + "_" + rs(r, B62 + "/+", 43)
    rc = "sk_" + b62(r, 32)
    g.pos("xcconfig", """// Config/Release.xcconfig
PRODUCT_BUNDLE_IDENTIFIER = com.tidepool.rides
MARKETING_VERSION = 3.14.0
SENTRY_AUTH_TOKEN = %s
REVENUECAT_SECRET_KEY = %s""" % (st, rc), [st, rc])

    mp = passphrase(r)
    asp = "-".join(rs(r, LOW, 4) for _ in range(4))
    g.pos("fastlane_env", """# fastlane/.env.default
FASTLANE_USER=ios-release@tidepool-rides.com
MATCH_PASSWORD=%s
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s
MATCH_GIT_URL=git@github.com:tidepool/certificates.git""" % (mp, asp), [mp, asp])

    key = p8_key(r)
    kid = rs(r, UP + DIG, 10)
    g.pos("p8_key", """here's AuthKey_%s.p8, App Store Connect API key, fastlane says "invalid curve" when loading it:

%s

issuer id is %s""" % (kid, key, uuid4(r)), p8_lines(key))

    key = p8_key(r)
    esc = json.dumps(key)[1:-1]
    body = esc.split("\\n")[1:-1]
    g.pos("asc_api_json", """{
  "key_id": "%s",
  "issuer_id": "%s",
  "key": "%s",
  "duration": 1200,
  "in_house": false
}""" % (rs(r, UP + DIG, 10), uuid4(r), esc), body)

    key = p8_key(r)
    g.pos("fastfile", """lane :beta do
  api_key = app_store_connect_api_key(
    key_id: "%s",
    issuer_id: "%s",
    key_content: "%s",
    is_key_content_base64: true
  )
  build_app(scheme: "Rides")
  upload_to_testflight(api_key: api_key)
end""" % (rs(r, UP + DIG, 10), uuid4(r), b64(key)), [b64(key)])

    sk = stripe(r)
    mk = google_api(r)
    g.pos("rn_env", """API_URL=https://api.tidepool-rides.com
STRIPE_PUBLISHABLE_KEY=pk_live_%s
STRIPE_SECRET_KEY=%s
GOOGLE_MAPS_API_KEY=%s
ENABLE_FLIPPER=false""" % (b62(r, 24), sk, mk), [sk, mk])

    et = rs(r, B62 + "_-", 40)
    g.pos("expo", """- name: Setup EAS
  uses: expo/expo-github-action@v8
  with:
    eas-version: latest
    token: %s
- run: eas build --platform all --non-interactive --profile production""" % et, [et])

    v = "sk-proj-" + rs(r, B64U, 156)
    g.pos("expo", """eas secret:create --scope project --name OPENAI_API_KEY --value %s --type string
✔ Created a new secret OPENAI_API_KEY on project @tidepool/rides.""" % v, [v])

    sa_key = pem_block(r, "PRIVATE KEY", 1216)
    pk_json = json.dumps(sa_key)[1:-1]
    lines = pk_json.split("\\n")[1:-1]
    g.pos("firebase_admin", """{
  "type": "service_account",
  "project_id": "tidepool-rides",
  "private_key_id": "%s",
  "private_key": "%s\\n",
  "client_email": "firebase-adminsdk-7q2xk@tidepool-rides.iam.gserviceaccount.com",
  "client_id": "%s",
  "token_uri": "https://oauth2.googleapis.com/token"
}""" % (hexs(r, 40), pk_json, digits(r, 21)), lines)

    k = google_api(r)
    g.pos("firebase_web", """// src/firebase.ts
import { initializeApp } from "firebase/app";
const firebaseConfig = {
  apiKey: "%s",
  authDomain: "tidepool-rides.firebaseapp.com",
  projectId: "tidepool-rides",
  storageBucket: "tidepool-rides.appspot.com",
  messagingSenderId: "%s",
  appId: "1:%s:web:%s"
};
export const app = initializeApp(firebaseConfig);""" % (k, pn, pn, hexs(r, 22)), [k])

    fcm = "AAAA%s:APA91b%s" % (rs(r, B64U, 7), rs(r, B64U, 134))
    g.pos("fcm_server_key", """curl -X POST https://fcm.googleapis.com/fcm/send \\
  -H "Authorization: key=%s" \\
  -H "Content-Type: application/json" \\
  -d '{"to":"/topics/promo","notification":{"title":"Weekend rides","body":"20%% off"}}'""" % fcm, [fcm])

    sa = pem_block(r, "PRIVATE KEY", 1216)
    pj = json.dumps(sa)[1:-1]
    g.pos("play_service_account", """supply(
  track: "internal",
  json_key_data: '{"type":"service_account","project_id":"api-8412937","private_key":"%s","client_email":"play-publisher@api-8412937.iam.gserviceaccount.com"}'
)""" % pj, pj.split("\\n")[1:-1])

    mb = "sk.eyJ1IjoidGlkZXBvb2wiLCJhIjoi" + rs(r, B62, 20) + "In0." + rs(r, B64U, 22)
    g.pos("mapbox", """# ~/.gradle/gradle.properties
MAPBOX_DOWNLOADS_TOKEN=%s""" % mb, [mb])

    bl = "key_live_" + rs(r, B62, 32)
    bs = "secret_live_" + rs(r, B62, 32)
    g.pos("branch", """<!-- AndroidManifest.xml -->
<meta-data android:name="io.branch.sdk.BranchKey" android:value="%s" />
<!-- TODO move this out, it's used by the backend only -->
<meta-data android:name="io.branch.sdk.BranchSecret" android:value="%s" />""" % (bl, bs), [bs])

    os_ = "os_v2_app_" + rs(r, "abcdefghijklmnopqrstuvwxyz234567", 113)
    g.pos("onesignal", """struct PushConfig {
    static let appId = "%s"
    static let restApiKey = "%s"  // needed for the in-app "notify friend" feature
}""" % (uuid4(r), os_), [os_])

    a = password(r, 16)
    g.pos("gradlew_cli", """./gradlew :app:bundleRelease \\
  -Pandroid.injected.signing.store.file=$PWD/upload.jks \\
  -Pandroid.injected.signing.store.password=%s \\
  -Pandroid.injected.signing.key.alias=upload \\
  -Pandroid.injected.signing.key.password=%s""" % (a, a), [a])

    a = password(r, 13)
    g.pos("codemagic", """workflows:
  android-release:
    environment:
      android_signing:
        - keystore_reference
      vars:
        CM_KEYSTORE_PASSWORD: %s
        CM_KEY_ALIAS: upload
        CM_KEY_PASSWORD: %s
    scripts:
      - ./gradlew bundleRelease""" % (a, a), [a])

    ak = hexs(r, 32)
    g.pos("swift_source", """enum Secrets {
    static let algoliaAppID = "%s"
    static let algoliaAdminKey = "%s"
}
// search works but adding records from the app returns 403, can you help?""" % (rs(r, UP + DIG, 10), ak), [ak])

    ok = "sk-proj-" + rs(r, B64U, 156)
    g.pos("build_gradle", """defaultConfig {
    applicationId "com.tidepool.rides"
    minSdk 24
    buildConfigField "String", "OPENAI_KEY", "\\"%s\\""
}""" % ok, [ok])

    ma = b64("tidepool-ci:" + gh_pat(r))
    g.pos("fastlane_env", """export MATCH_GIT_BASIC_AUTHORIZATION=%s
bundle exec fastlane match appstore --readonly""" % ma, [ma])

    fs = b64(rbytes(r, 120)).replace("+", "").replace("/", "")[:140]
    ap = password(r, 14)
    g.pos("fastlane_env", """FASTLANE_SESSION='---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: %s\\n  domain: apple.com\\n'
FASTLANE_PASSWORD=%s""" % (fs, ap), [fs, ap])

    sentry = "sntryu_" + hexs(r, 64)
    g.pos("sentry_properties", """defaults.url=https://sentry.io/
defaults.org=tidepool
defaults.project=rides-ios
auth.token=%s""" % sentry, [sentry])

    p = password(r, 15)
    g.pos("bitrise", """# bitrise.yml (secrets block pasted by mistake)
app:
  envs:
  - BITRISEIO_ANDROID_KEYSTORE_PASSWORD: %s
  - BITRISEIO_ANDROID_KEYSTORE_ALIAS: release
  - BITRISEIO_ANDROID_KEYSTORE_PRIVATE_KEY_PASSWORD: %s""" % (p, p), [p])

    tok = jwt(r, {"sub": "svc-mobile", "role": "service_role", "iss": "supabase", "iat": 1709251200, "exp": 2024827200})
    g.pos("rn_env", """EXPO_PUBLIC_SUPABASE_URL=https://qzkxbvtnrwphyjmd.supabase.co
SUPABASE_SERVICE_ROLE_KEY=%s""" % tok, [tok])

    # ---------------- negatives
    g.neg("firebase_web", """// Replace the placeholders with your project's values from the Firebase console.
const firebaseConfig = {
  apiKey: "YOUR_API_KEY",
  authDomain: "YOUR_PROJECT_ID.firebaseapp.com",
  projectId: "YOUR_PROJECT_ID",
  storageBucket: "YOUR_PROJECT_ID.appspot.com",
  messagingSenderId: "YOUR_SENDER_ID",
  appId: "YOUR_APP_ID"
};""")
    g.neg("android_manifest", """<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="com.tidepool.rides">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:name=".RidesApplication"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:theme="@style/Theme.Rides">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
    </application>
</manifest>""")
    g.neg("info_plist", """<dict>
	<key>CFBundleDisplayName</key>
	<string>Rides</string>
	<key>CFBundleIdentifier</key>
	<string>com.tidepool.rides</string>
	<key>CFBundleShortVersionString</key>
	<string>3.14.0</string>
	<key>CFBundleVersion</key>
	<string>4127</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Your location is used to find nearby rides.</string>
	<key>GMSApiKey</key>
	<string>$(GMS_API_KEY)</string>
</dict>""")
    g.neg("build_gradle", """signingConfigs {
    release {
        storeFile file(System.getenv("RELEASE_STORE_FILE") ?: "debug.keystore")
        storePassword System.getenv("RELEASE_STORE_PASSWORD")
        keyAlias System.getenv("RELEASE_KEY_ALIAS")
        keyPassword System.getenv("RELEASE_KEY_PASSWORD")
    }
}""")
    g.neg("fastfile", """lane :release do
  match(type: "appstore", readonly: is_ci, git_basic_authorization: ENV["MATCH_GIT_BASIC_AUTHORIZATION"])
  api_key = app_store_connect_api_key(
    key_id: ENV["ASC_KEY_ID"],
    issuer_id: ENV["ASC_ISSUER_ID"],
    key_content: ENV["ASC_KEY_P8_BASE64"],
    is_key_content_base64: true
  )
  build_app(scheme: "Rides", export_method: "app-store")
end""")
    g.neg("podfile_lock", """PODS:
  - Alamofire (5.9.1)
  - FirebaseCore (10.24.0):
    - FirebaseCoreInternal (~> 10.0)
  - SnapKit (5.7.1)

SPEC CHECKSUMS:
  Alamofire: 3ca42e259043ee0dc5c0cdd76c4bc568b8e42af7
  FirebaseCore: 11dc8a16dfb7c5e3c3f45ba0e191a33ac4f50894
  SnapKit: d612e99e678a2d3b95bf60b0705ed0a35c03484a

PODFILE CHECKSUM: 7e5a2d3c1b0f4e8a9d6c2b1a0f9e8d7c6b5a4f3e

COCOAPODS: 1.15.2""")
    g.neg("rn_env", """# .env.example — copy to .env and fill in
API_URL=
STRIPE_PUBLISHABLE_KEY=
STRIPE_SECRET_KEY=
GOOGLE_MAPS_API_KEY=
ENABLE_FLIPPER=false""")
    g.neg("eas_json", """{
  "cli": { "version": ">= 7.6.0", "appVersionSource": "remote" },
  "build": {
    "development": { "developmentClient": true, "distribution": "internal" },
    "preview": { "distribution": "internal", "android": { "buildType": "apk" } },
    "production": { "autoIncrement": true, "channel": "production" }
  },
  "submit": { "production": { "ios": { "ascAppId": "6478123904" } } }
}""")
    g.neg("xcconfig", """// Config/Shared.xcconfig
PRODUCT_BUNDLE_IDENTIFIER = com.tidepool.rides$(BUNDLE_ID_SUFFIX)
MARKETING_VERSION = 3.14.0
CURRENT_PROJECT_VERSION = 4127
SWIFT_VERSION = 5.0
IPHONEOS_DEPLOYMENT_TARGET = 15.0
SENTRY_AUTH_TOKEN = $(inherited)
CODE_SIGN_STYLE = Manual""")
    return g.cases
