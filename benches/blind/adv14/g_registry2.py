"""Theme 2 (part 2): npm/yarn, Poetry/uv, Helm, Docker, Hex, netrc."""
import base64
import json

from common import G, P, N


def b64(s):
    return base64.b64encode(s.encode()).decode()


def cases():
    g = G("registry2")
    out = []
    F = "registry/"

    nt = g.npm()
    out.append(P(F + "yarnrc-yml", f"""nodeLinker: node-modules
enableGlobalCache: false

npmScopes:
  corplab:
    npmAlwaysAuth: true
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: {nt}

yarnPath: .yarn/releases/yarn-4.2.2.cjs
""", [nt]))

    nt2, gh5 = g.npm(), g.gh()
    out.append(P(F + "npmrc", f"""registry=https://registry.npmjs.org/
@corplab:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken={nt2}
//npm.pkg.github.com/:_authToken={gh5}
save-exact=true
""", [nt2, gh5]))

    raw = b64("npm-deployer:" + g.pw_url())
    out.append(P(F + "npmrc", f"""registry=https://nexus.corp-lab.net/repository/npm-group/
_auth={raw}
always-auth=true
email=npm-deployer@corp-lab.net
""", [raw]))

    pt, hpw = g.pypi(), g.pw_url()
    out.append(P(F + "poetry-config", f"""      - name: Publish
        run: |
          poetry config pypi-token.pypi {pt}
          poetry config repositories.corplab https://nexus.corp-lab.net/repository/pypi-hosted/
          poetry config http-basic.corplab release-bot {hpw}
          poetry publish --build -r corplab
""", [pt, hpw]))

    apw = g.pw()
    out.append(P(F + "poetry-auth-toml", f"""# ~/.config/pypoetry/auth.toml (keyring disabled on this runner)
[http-basic.corplab]
username = "release-bot"
password = "{apw}"
""", [apw]))

    upw, upw2 = g.pw_url(), g.pw_url()
    out.append(P(F + "uv-config", f"""[[tool.uv.index]]
name = "corplab"
url = "https://reader:{upw}@pypi.corp-lab.net/simple/"
explicit = true

# CI also exports:
#   UV_INDEX_CORPLAB_USERNAME=reader
#   UV_INDEX_CORPLAB_PASSWORD={upw2}
""", [upw, upw2]))

    hp, gh6 = g.pw(), g.gh()
    out.append(P(F + "helm-repo", f"""$ helm repo add corplab https://charts.corp-lab.net --username chart-reader --password '{hp}'
"corplab" has been added to your repositories
$ echo {gh6} | helm registry login ghcr.io -u corp-lab-ci --password-stdin
Login Succeeded
""", [hp, gh6]))

    hp2 = g.pw()
    out.append(P(F + "helm-repositories", f"""apiVersion: ""
generated: "0001-01-01T00:00:00Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: corplab
  pass_credentials_all: false
  password: {hp2}
  url: https://charts.corp-lab.net
  username: chart-reader
""", [hp2]))

    dk = g.dckr()
    out.append(P(F + "docker-login", f"""$ docker login -u corplabci -p {dk}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
WARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credentials-store

Login Succeeded
""", [dk]))

    a1, a2 = b64("corplabci:" + g.dckr()), b64("corp-lab-ci:" + g.gh())
    out.append(P(F + "docker-config", json.dumps({
        "auths": {"https://index.docker.io/v1/": {"auth": a1}, "ghcr.io": {"auth": a2}},
        "currentContext": "default",
    }, indent="\t") + "\n", [a1, a2]))

    hx = g.hx(32)
    out.append(P(F + "hex-auth", f"""$ mix hex.organization auth corplab --key {hx}
Authenticating organization corplab... done
""", [hx]))

    gh7 = g.gh()
    out.append(P(F + "netrc", f"""# ~/.netrc  (used by `go mod download` for GOPRIVATE=github.com/corp-lab/*)
machine github.com
  login corp-lab-ci
  password {gh7}
""", [gh7]))

    # ---------------- negatives ----------------
    out.append(N(F + "pypirc", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password is read from the system keyring (keyring set https://upload.pypi.org/legacy/ __token__)
"""))
    out.append(N(F + "npmrc", """@corplab:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
"""))
    out.append(N(F + "nuget-config", """<packageSourceCredentials>
  <contoso>
    <add key="Username" value="build" />
    <add key="ClearTextPassword" value="%CONTOSO_FEED_PAT%" />
  </contoso>
</packageSourceCredentials>
"""))
    out.append(N(F + "docker-config", json.dumps({
        "auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}},
        "credsStore": "desktop", "currentContext": "desktop-linux",
    }, indent="\t") + "\n"))
    out.append(N(F + "gradle-properties", """org.gradle.jvmargs=-Xmx2g
org.gradle.caching=true
group=net.corplab.ledger
version=2.3.0
# signing credentials come from ORG_GRADLE_PROJECT_signingKey / ORG_GRADLE_PROJECT_signingPassword in CI
"""))
    lay = [g.hx(12) for _ in range(4)]
    out.append(N(F + "docker-pull", """$ docker pull ghcr.io/corp-lab/ledger-api:2.3.0
2.3.0: Pulling from corp-lab/ledger-api
%s: Already exists
%s: Pull complete
%s: Pull complete
%s: Pull complete
Digest: sha256:%s
Status: Downloaded newer image for ghcr.io/corp-lab/ledger-api:2.3.0
""" % (lay[0], lay[1], lay[2], lay[3], g.hx(64))))
    return out
