import json
import random
from common import *


def build():
    r = random.Random(1604)
    g = Group("siem")

    t = uuid4(r)
    g.pos("splunk_hec", """curl -k https://splunk-hec.sec.fabrikam.net:8088/services/collector/event \\
  -H "Authorization: Splunk %s" \\
  -d '{"event": "pipeline heartbeat", "sourcetype": "_json", "index": "ci_events"}'
{"text":"Invalid token","code":4}""" % t, [t])

    t = uuid4(r).upper()
    g.pos("splunk_inputs", """# $SPLUNK_HOME/etc/apps/splunk_httpinput/local/inputs.conf
[http://k8s-fluentd]
disabled = 0
index = k8s
indexes = k8s,k8s_audit
token = %s
sourcetype = kube:container""" % t, [t])

    p = password(r, 16)
    g.pos("splunk_server_conf", """[general]
serverName = idx-02
pass4SymmKey = %s

[clustering]
mode = peer
manager_uri = https://cm.splunk.internal:8089""" % p, [p])

    kid, kv = b62(r, 20), b64u(r, 22)
    enc = b64(kid + ":" + kv)
    g.pos("elastic_apikey", """GET /_security/_authenticate
Authorization: ApiKey %s

=> 401 {"error":{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed"}}""" % enc, [enc])

    cp = password(r, 24)
    cid = "prod-logs:" + b64("europe-west3.gcp.cloud.es.io:443$%s$%s" % (hexs(r, 32), hexs(r, 32)))
    g.pos("filebeat", """filebeat.inputs:
  - type: filestream
    id: nginx
    paths: [/var/log/nginx/*.log]
cloud.id: "%s"
cloud.auth: "elastic:%s"
setup.ilm.enabled: true""" % (cid, cp), [cp])

    ep = password(r, 18)
    g.pos("logstash", """output {
  elasticsearch {
    hosts => ["https://es01.siem.local:9200"]
    user => "logstash_writer"
    password => "%s"
    index => "winlogbeat-%%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
  }
}""" % ep, [ep])

    dk, ak = hexs(r, 32), hexs(r, 40)
    g.pos("datadog_yaml", """## /etc/datadog-agent/datadog.yaml
api_key: %s
app_key: %s
site: datadoghq.eu
logs_enabled: true
process_config:
  process_collection:
    enabled: true""" % (dk, ak), [dk, ak])

    dk, ak = hexs(r, 32), hexs(r, 40)
    g.pos("datadog_curl", """curl -X GET "https://api.datadoghq.com/api/v1/monitor?group_states=alert" \\
     -H "DD-API-KEY: %s" \\
     -H "DD-APPLICATION-KEY: %s"
why does this return only 100 monitors""" % (dk, ak), [dk, ak])

    nl = hexs(r, 36) + "NRAL"
    g.pos("newrelic_yml", """common: &default_settings
  license_key: '%s'
  app_name: billing-api (prod)
  distributed_tracing:
    enabled: true
  log_level: info""" % nl, [nl])

    nk = nr_user_key(r)
    g.pos("newrelic_graphql", """curl https://api.eu.newrelic.com/graphql \\
  -H 'Content-Type: application/json' \\
  -H 'API-Key: %s' \\
  --data-binary '{"query":"{ actor { user { name } } }"}'""" % nk, [nk])

    ai, ak = "su" + b62(r, 12), b62(r, 64)
    g.pos("sumologic", """provider "sumologic" {
  access_id   = "%s"
  access_key  = "%s"
  environment = "eu"
}""" % (ai, ak), [ai, ak])

    su = "https://endpoint4.collection.eu.sumologic.com/receiver/v1/http/" + b64u(r, 120) + "=="
    g.pos("sumologic", """[OUTPUT]
    Name             http
    Match            *
    Host             endpoint4.collection.eu.sumologic.com
    URI              %s
    Format           json_lines""" % su.split(".com", 1)[1], [su.split(".com", 1)[1]])

    lt = rs(r, UP + LOW, 32)
    g.pos("logzio", """<appender name="LogzioLogbackAppender" class="io.logz.logback.LogzioLogbackAppender">
    <token>%s</token>
    <logzioUrl>https://listener-eu.logz.io:8071</logzioUrl>
    <logzioType>java</logzioType>
</appender>""" % lt, [lt])

    p = password(r, 13)
    g.pos("syslog", """Jun  3 02:14:07 app-07 billing[3318]: WARN auth.LegacyClient - login failed for user=svc_billing password=%s reason=LOCKED attempts=5
Jun  3 02:14:07 app-07 billing[3318]: INFO scheduler - retry in 300s""" % p, [p])

    p = password(r, 14, "!#%^*-_+=?")
    g.pos("syslog", """<86>1 2024-06-03T02:21:44.102Z db-03 sudo - - - ops : TTY=pts/1 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p%s -e SHOW PROCESSLIST""" % p, [p])

    p = password(r, 14)
    g.pos("win_event_xml", """<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}" />
    <EventID>4688</EventID>
    <Computer>FS-02.corp.fabrikam.local</Computer>
  </System>
  <EventData>
    <Data Name="SubjectUserName">FS-02$</Data>
    <Data Name="NewProcessName">C:\\Windows\\System32\\net.exe</Data>
    <Data Name="CommandLine">net user svc_backup2 %s /add /domain</Data>
  </EventData>
</Event>""" % p, [p])

    p = password(r, 15)
    g.pos("sysmon", """EventID: 1
Image: C:\\Tools\\PsExec64.exe
CommandLine: PsExec64.exe \\\\SQL-01 -u CORP\\sqlsvc -p %s -accepteula cmd /c "sc stop MSSQLSERVER"
ParentImage: C:\\Windows\\System32\\cmd.exe
Hashes: SHA256=%s""" % (p, sha256("PsExec64 v2.43").upper()), [p])

    p = password(r, 16)
    g.pos("ps_scriptblock", """Event 4104, PowerShell (Microsoft-Windows-PowerShell)
Creating Scriptblock text (1 of 1):
$pw = ConvertTo-SecureString '%s' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc-deploy', $pw)
Invoke-Command -ComputerName WEB-04 -Credential $cred -ScriptBlock { iisreset }
ScriptBlock ID: %s""" % (p, uuid4(r)), [p])

    bp = password(r, 12)
    ba = b64("admin:" + bp)
    g.pos("suricata_eve", json.dumps({
        "timestamp": "2024-06-03T08:14:22.918311+0000", "flow_id": int(digits(r, 16)), "event_type": "http",
        "proto": "TCP", "http": {"hostname": "printer-3f.corp.local", "url": "/cgi-bin/admin.cgi",
                                "http_method": "GET", "status": 200,
                                "request_headers": [{"name": "Authorization", "value": "Basic " + ba},
                                                    {"name": "User-Agent", "value": "curl/7.81.0"}]}}), [ba])

    sid = b64u(r, 43)
    g.pos("suricata_eve", json.dumps({
        "timestamp": "2024-06-03T08:15:02.001122+0000", "event_type": "http",
        "http": {"hostname": "intranet.corp.local", "url": "/hr/payroll/export?month=05",
                 "http_method": "GET", "status": 200,
                 "request_headers": [{"name": "Cookie", "value": "sessionid=%s; csrftoken=%s" % (sid, b62(r, 32))}]}}), [sid])

    zp = password(r, 11)
    g.pos("zeek_http", """#separator \\x09
#fields	ts	uid	method	host	uri	status_code	username	password
1717402462.118744	C8a4Wl3bqkQ2hV0x1	GET	nas01.corp.local	/admin/	200	backupadmin	%s""" % zp, [zp])

    fp = password(r, 12)
    g.pos("zeek_ftp", """#fields	ts	uid	user	password	command	arg	reply_code
1717402901.552	CxYq1a9VdO1kHLk2	ftpupload	%s	STOR	/incoming/export_2024-06-02.csv	226""" % fp, [fp])

    ak, st = aws_akid(r, "ASIA"), aws_session(r)
    ct = {"eventVersion": "1.09", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
          "awsRegion": "us-east-1", "requestParameters": {"roleArn": "arn:aws:iam::%s:role/ci-deployer" % digits(r, 12), "roleSessionName": "gha-run-8812"},
          "responseElements": {"credentials": {"accessKeyId": ak, "sessionToken": st, "expiration": "Jun 3, 2024, 9:14:22 AM"}}}
    g.pos("cloudtrail", json.dumps(ct, indent=2), [st])

    ak, sk, st = aws_akid(r, "ASIA"), aws_secret(r), aws_session(r)
    g.pos("cloudwatch", """2024-06-03T09:01:11.204Z	%s	INFO	env dump {"AWS_REGION":"eu-west-1","AWS_ACCESS_KEY_ID":"%s","AWS_SECRET_ACCESS_KEY":"%s","AWS_SESSION_TOKEN":"%s","AWS_LAMBDA_FUNCTION_NAME":"invoice-render"}""" % (uuid4(r), ak, sk, st), [sk, st])

    lp = "glc_" + b64(rbytes(r, 90)).rstrip("=")
    g.pos("promtail", """clients:
  - url: https://logs-prod-012.grafana.net/loki/api/v1/push
    basic_auth:
      username: %s
      password: %s""" % (digits(r, 6), lp), [lp])

    st = uuid4(r)
    g.pos("fluentbit", """[OUTPUT]
    Name         splunk
    Match        kube.*
    Host         hec.splunk.fabrikam.net
    Port         8088
    Splunk_Token %s
    TLS          On""" % st, [st])

    pk = hexs(r, 32)
    pt = "u+" + rs(r, B62 + "_-", 18)
    g.pos("pagerduty", """# alertmanager.yml
receivers:
  - name: oncall
    pagerduty_configs:
      - routing_key: %s
        severity: critical
# api token used by the sync script: %s""" % (pk, pt), [pk, pt])

    og = uuid4(r)
    g.pos("opsgenie", """curl -X POST https://api.eu.opsgenie.com/v2/alerts \\
  -H "Content-Type: application/json" \\
  -H "Authorization: GenieKey %s" \\
  -d '{"message":"Disk 92%% on idx-02","priority":"P2"}'""" % og, [og])

    wk = azure_storage_key(r)
    g.pos("azure_la", """$WorkspaceId = "%s"
$SharedKey   = "%s"
Send-LogAnalyticsData -customerId $WorkspaceId -sharedKey $SharedKey -body $json -logType "FirewallAudit\"""" % (uuid4(r), wk), [wk])

    kp = password(r, 16)
    ek = b62(r, 32)
    g.pos("kibana_yml", """server.host: "0.0.0.0"
elasticsearch.hosts: ["https://es01.siem.local:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "%s"
xpack.encryptedSavedObjects.encryptionKey: "%s"
xpack.security.encryptionKey: "%s\"""" % (kp, ek, ek), [kp, ek])

    hk = "hcaik_01" + rs(r, LOW + DIG, 56)
    g.pos("honeycomb", """OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io
OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=%s
OTEL_SERVICE_NAME=checkout""" % hk, [hk])

    qk = b62(r, 32)
    g.pos("access_log", """GET /api/v2/export?format=csv&api_key=%s HTTP/1.1" 200 48213 "-" "python-requests/2.31.0" rt=0.412""" % qk, [qk])

    # ---------------- negatives
    g.neg("edr_alert", """{
  "alert_id": "%s",
  "severity": "medium",
  "rule": "Suspicious LOLBin execution (certutil -urlcache)",
  "host": "WS-FIN-0231",
  "process": { "image": "C:\\\\Windows\\\\System32\\\\certutil.exe", "sha256": "%s", "integrity": "Medium" },
  "parent": { "image": "C:\\\\Windows\\\\explorer.exe", "sha1": "%s" },
  "mitre": ["T1105", "T1140"],
  "status": "open"
}""" % (uuid4(r), sha256("certutil"), sha1("explorer")))
    g.neg("splunk_spl", """index=winlogbeat EventCode=4625 earliest=-24h
| stats count AS failures dc(TargetUserName) AS distinct_accounts BY host
| where failures > 50
| sort - failures
| head 20""")
    g.neg("stats_line", """2024-06-03T09:00:00Z filebeat[1822]: Non-zero metrics in the last 30s {"monitoring": {"metrics": {"beat":{"cpu":{"total":{"ticks":48210}},"memstats":{"rss":98234368}},"libbeat":{"output":{"events":{"acked":18342,"batches":37,"total":18342}},"pipeline":{"events":{"active":0,"published":18342}}}}}}""")
    g.neg("win_event_xml", """<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4688</EventID><Computer>FS-02.corp.fabrikam.local</Computer></System>
  <EventData>
    <Data Name="SubjectUserName">SYSTEM</Data>
    <Data Name="NewProcessName">C:\\Windows\\System32\\svchost.exe</Data>
    <Data Name="CommandLine">C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule</Data>
    <Data Name="TokenElevationType">%%1936</Data>
  </EventData>
</Event>""")
    g.neg("cloudtrail", json.dumps({"eventVersion": "1.09", "eventSource": "s3.amazonaws.com", "eventName": "PutBucketEncryption",
                                    "awsRegion": "eu-central-1", "sourceIPAddress": "cloudformation.amazonaws.com",
                                    "requestParameters": {"bucketName": "logs-archive-eu", "ServerSideEncryptionConfiguration": {"Rule": {"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}, "BucketKeyEnabled": True}}},
                                    "responseElements": None, "readOnly": False, "eventType": "AwsApiCall", "managementEvent": True}, indent=2))
    g.neg("zeek_stats", """#fields	ts	peer	mem	pkts_proc	bytes_recv	events_proc	events_queued	active_tcp_conns	active_udp_conns
1717402800.000	zeek	412	1893221	1204418832	5521903	5521870	1822	911
1717403100.000	zeek	415	1911873	1219982231	5590122	5590101	1797	903""")
    g.neg("sigma_rule", """title: Password in Command Line of net.exe
status: experimental
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\net.exe'
    CommandLine|contains|all: [' user ', ' /add']
  condition: selection
level: medium
tags: [attack.persistence, attack.t1136.001]""")
    g.neg("es_health", """{
  "cluster_name" : "siem-prod",
  "status" : "yellow",
  "number_of_nodes" : 6,
  "active_primary_shards" : 1412,
  "active_shards" : 2790,
  "unassigned_shards" : 34,
  "active_shards_percent_as_number" : 98.8
}""")
    g.neg("syslog", """Jun  3 03:10:01 app-07 CRON[41822]: (root) CMD (/usr/lib/sysstat/debian-sa1 1 1)
Jun  3 03:10:02 app-07 systemd[1]: Starting Daily apt upgrade and clean activities...
Jun  3 03:10:09 app-07 systemd[1]: apt-daily-upgrade.service: Deactivated successfully.
Jun  3 03:10:09 app-07 systemd[1]: Finished Daily apt upgrade and clean activities.""")
    return g.cases
