import random
from common import *


def build():
    r = random.Random(1601)
    g = Group("cicd")

    t = gh_pat(r)
    g.pos("gha_log", """2024-05-14T09:12:03.4471920Z ##[group]Run git clone https://x-access-token:%s@github.com/acme-robotics/firmware-tools.git
2024-05-14T09:12:03.4473310Z git clone https://x-access-token:%s@github.com/acme-robotics/firmware-tools.git
2024-05-14T09:12:03.4474101Z shell: /usr/bin/bash -e {0}
2024-05-14T09:12:03.9921043Z Cloning into 'firmware-tools'...
2024-05-14T09:12:05.1180022Z ##[endgroup]
why is the token not masked here? it printed in the clear""" % (t, t), [t])

    t = gh_fine(r)
    g.pos("gha_yaml", """Can you tell me why this workflow fails with 403 on push?

```yaml
name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-22.04
    env:
      GH_TOKEN: %s
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "${GITHUB_REF_NAME}" dist/*.tar.gz --generate-notes
```""" % t, [t])

    k, s = aws_akid(r), aws_secret(r)
    g.pos("gha_yaml", """      - name: Configure AWS
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: %s
          aws-secret-access-key: %s
          aws-region: eu-central-1
      - run: aws s3 sync ./public s3://docs-site-prod --delete""" % (k, s), [k, s])

    t = gitlab_pat(r)
    p = password(r)
    g.pos("gitlab_ci", """variables:
  DOCKER_DRIVER: overlay2
  GITLAB_API_TOKEN: "%s"
  POSTGRES_PASSWORD: "%s"
  POSTGRES_DB: ci_test

test:
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements-dev.txt
    - pytest -q""" % (t, p), [t, p])

    t = "glrt-" + rs(r, B62 + "-_", 20)
    g.pos("gitlab_runner", """# /etc/gitlab-runner/config.toml
concurrent = 4
check_interval = 0

[[runners]]
  name = "build-box-03"
  url = "https://gitlab.internal.example-corp.net/"
  token = "%s"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
    privileged = true""" % t, [t])

    t = "glptt-" + hexs(r, 40)
    g.pos("gitlab_log", """$ curl --request POST --form token=%s --form ref=main "https://gitlab.com/api/v4/projects/48213377/trigger/pipeline"
{"id":1290334471,"iid":812,"project_id":48213377,"status":"created","ref":"main"}
Job succeeded""" % t, [t])

    p = password(r, 16)
    g.pos("jenkins_xml", """<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>svc-nexus</username>
          <password>%s</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>""" % p, [p])

    t = "11" + hexs(r, 32)
    g.pos("jenkins_log", """Started by user admin
Running as SYSTEM
[Pipeline] sh
+ curl -X POST -u ci-bot:%s https://jenkins.build.local/job/deploy-api/buildWithParameters?ENV=staging
Finished: SUCCESS""" % t, [t])

    p = passphrase(r)
    sq = "squ_" + hexs(r, 40)
    g.pos("jenkinsfile", """pipeline {
  agent any
  environment {
    SONAR_LOGIN = '%s'
    DB_PASS     = '%s'
  }
  stages {
    stage('Scan') { steps { sh 'mvn sonar:sonar -Dsonar.login=$SONAR_LOGIN' } }
  }
}""" % (sq, p), [sq, p])

    t = "CCIPAT_%s_%s" % (b62(r, 22), hexs(r, 40))
    g.pos("circleci", """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    environment:
      CIRCLE_TOKEN: %s
    steps:
      - checkout
      - run: npm ci && npm test""" % t, [t])

    t = b62(r, 22)
    gt = gh_pat(r)
    g.pos("travis", """I rotated nothing yet, this is from .travis.yml in our public repo, is it a problem?

deploy:
  provider: pages
  skip_cleanup: true
  github_token: %s
  keep_history: true
  on:
    branch: main

travis api token used by the release script: travis_token=%s""" % (gt, t), [gt, t])

    t = "bkua_" + hexs(r, 40)
    at = hexs(r, 50)
    g.pos("buildkite", """# /etc/buildkite-agent/buildkite-agent.cfg
token="%s"
name="%%hostname-%%spawn"
tags="queue=deploy,os=linux"
build-path="/var/lib/buildkite-agent/builds"

# used by scripts/trigger.sh
export BUILDKITE_API_TOKEN=%s""" % (at, t), [at, t])

    s = hexs(r, 32)
    gs = "gto_" + b62(r, 46)
    g.pos("drone", """DRONE_GITEA_SERVER=https://git.homelab.lan
DRONE_GITEA_CLIENT_ID=%s
DRONE_GITEA_CLIENT_SECRET=%s
DRONE_RPC_SECRET=%s
DRONE_SERVER_HOST=drone.homelab.lan
DRONE_SERVER_PROTO=https""" % (uuid4(r), gs, s), [gs, s])

    p = password(r, 18)
    g.pos("argocd", """apiVersion: v1
kind: Secret
metadata:
  name: repo-private-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: helm
  url: https://charts.internal.acme.io
  username: argocd-reader
  password: %s""" % p, [p])

    p = password(r, 20)
    e = b64(p)
    g.pos("k8s_secret", """apiVersion: v1
kind: Secret
metadata:
  name: flux-git-auth
  namespace: flux-system
type: Opaque
data:
  username: %s
  password: %s""" % (b64("flux-bot"), e), [e])

    t = tfc_token(r)
    g.pos("terraform", """# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "%s"
    }
  }
}""" % t, [t])

    t = tfc_token(r)
    g.pos("terraform", """export TF_TOKEN_app_terraform_io=%s
terraform init -upgrade
Initializing HCP Terraform...
Error: Failed to request discovery document""" % t, [t])

    t = npm_token(r)
    g.pos("npmrc", """@acme:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=%s
always-auth=true""" % t, [t])

    t = gh_pat(r)
    g.pos("npmrc", """//npm.pkg.github.com/:_authToken=%s
@octo-widgets:registry=https://npm.pkg.github.com""" % t, [t])

    t = pypi_token(r)
    g.pos("pypirc", """[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = %s

[internal]
repository = https://nexus.corp.local/repository/pypi-internal/""" % t, [t])

    auth = b64("ci-pusher:" + password(r, 16))
    g.pos("docker_config", """{
  "auths": {
    "registry.gitlab.com": {
      "auth": "%s"
    }
  },
  "credsStore": ""
}""" % auth, [auth])

    t = docker_pat(r)
    g.pos("docker_login", """$ echo %s | docker login -u acmebuild --password-stdin
WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.
Login Succeeded""" % t, [t])

    p = password(r, 14)
    rp = password(r, 22)
    g.pos("helm_values", """# values-prod.yaml
postgresql:
  auth:
    username: app
    password: "%s"
    database: orders
redis:
  auth:
    enabled: true
    password: %s
ingress:
  enabled: true
  hosts: [orders.prod.acme.io]""" % (p, rp), [p, rp])

    p = password(r, 16)
    g.pos("helm_cli", """helm upgrade --install grafana grafana/grafana -n monitoring \\
  --set adminUser=admin \\
  --set adminPassword='%s' \\
  --set persistence.enabled=true""" % p, [p])

    t = "sk-ant-api03-" + rs(r, B64U, 93) + "AA"
    g.pos("gha_log", """Run python scripts/summarize_pr.py
  python scripts/summarize_pr.py
  env:
    ANTHROPIC_API_KEY: %s
    PR_NUMBER: 4412
Traceback (most recent call last):
  File "scripts/summarize_pr.py", line 12, in <module>""" % t, [t])

    t = "glcbt-" + rs(r, B62 + "-_", 20)
    g.pos("gitlab_log", """Running with gitlab-runner 16.9.1 (782c6ecb)
  on docker-autoscaler-1 abcd1234, system ID: s_0e49a0f1e2
Fetching changes with git depth set to 20...
Initialized empty Git repository in /builds/platform/api/.git/
Created fresh repository.
remote: HTTP Basic: Access denied
fatal: Authentication failed for 'https://gitlab-ci-token:%s@gitlab.com/platform/api.git/'""" % t, [t])

    k = "sqp_" + hexs(r, 40)
    g.pos("sonar", """sonar.projectKey=acme_payments
sonar.host.url=https://sonarcloud.io
sonar.token=%s
sonar.sources=src""" % k, [k])

    t = "dop_v1_" + hexs(r, 64)
    g.pos("gha_yaml", """      - name: Install doctl
        uses: digitalocean/action-doctl@v2
        with:
          token: %s
      - run: doctl kubernetes cluster kubeconfig save prod-ams3""" % t, [t])

    u = "deploy"
    p = password(r, 15)
    g.pos("ansible", """[webservers:vars]
ansible_user=%s
ansible_become_pass=%s
ansible_ssh_common_args='-o StrictHostKeyChecking=no'""" % (u, p), [p])

    t = "hvs." + rs(r, B62 + "_-", 90)
    g.pos("vault", """Step 4/9 : RUN VAULT_TOKEN=%s vault kv get -field=dsn secret/ci/db
 ---> Running in 3b2f9a8c1d44
Error making API request.
Code: 403. Errors:
* permission denied""" % t, [t])

    # ---------------- negatives
    g.neg("gha_log", """2024-05-14T09:12:03.4471920Z ##[group]Run git clone https://x-access-token:***@github.com/acme-robotics/firmware-tools.git
2024-05-14T09:12:03.4474101Z shell: /usr/bin/bash -e {0}
2024-05-14T09:12:03.4474602Z env:
2024-05-14T09:12:03.4474981Z   GH_TOKEN: ***
2024-05-14T09:12:03.4475312Z   NPM_TOKEN: ***
2024-05-14T09:12:05.1180022Z ##[endgroup]""")
    g.neg("gha_yaml", """jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
        with:
          role-to-assume: ${{ secrets.DEPLOY_ROLE_ARN }}
          aws-region: us-east-1
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}""")
    g.neg("gitlab_ci", """variables:
  POSTGRES_PASSWORD: $CI_DB_PASSWORD
  REGISTRY_TOKEN: $CI_JOB_TOKEN

build:
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .""")
    g.neg("jenkinsfile", """pipeline {
  agent any
  stages {
    stage('Publish') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
          sh 'mvn -s settings.xml deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS'
        }
      }
    }
  }
}""")
    g.neg("jenkins_log", """[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS
[Pipeline] sh
+ mvn -s settings.xml deploy -Dnexus.user=**** -Dnexus.pass=****
[INFO] BUILD SUCCESS
[INFO] Total time:  01:42 min
Finished: SUCCESS""")
    g.neg("npmrc", """//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
engine-strict=true""")
    g.neg("helm_values", """postgresql:
  auth:
    existingSecret: orders-db-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: orders-redis
    existingSecretPasswordKey: redis-password""")
    g.neg("gha_log", """Run actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8
Found in cache @ /opt/hostedtoolcache/node/20.11.1/x64
Environment details
  node: v20.11.1
  npm: 10.2.4
  yarn: 1.22.22
Cache restored from key: node-cache-Linux-x64-npm-5e8a1a4c0b6d2f4a9e7c3b1d8f6a2c4e0b9d7f5a3c1e8b6d4f2a0c9e7b5d3f1a""")
    g.neg("terraform", """terraform {
  cloud {
    organization = "acme-platform"
    workspaces { tags = ["networking", "prod"] }
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}
# Token comes from `terraform login` or TF_TOKEN_app_terraform_io set by the runner.""")
    return g.cases
