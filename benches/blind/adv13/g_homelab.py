"""Theme 2: home lab and IoT."""
import base64
import json

from common import ALNUM, LO, DIG, UP

G = "homelab"


def build(c, g):
    # ---------------- Home Assistant ----------------
    wifi, mq, owm = g.password("words"), g.password("random"), g.hex(32)
    c.pos(G, "home-assistant", f"""# /config/secrets.yaml  (HA 2024.12, restored from backup)
wifi_ssid: "Wolkenkuckucksheim"
wifi_password: "{wifi}"
mqtt_user: homeassistant
mqtt_password: {mq}
openweathermap_key: {owm}
home_latitude: 52.37
home_longitude: 4.89
""", [wifi, mq, owm])

    iat = g.intr(1700000000, 1720000000)
    llat = g.jwt({"iss": g.hex(32), "iat": iat, "exp": iat + 315360000})
    c.pos(G, "home-assistant", f"""the REST API gives me 401 from node, but this curl works?? 

curl -s -X GET \\
  -H "Authorization: Bearer {llat}" \\
  -H "Content-Type: application/json" \\
  http://homeassistant.local:8123/api/states/sensor.living_room_temperature

({{"entity_id":"sensor.living_room_temperature","state":"21.4", ...}})""", [llat])

    tg = g.telegram()
    c.pos(G, "home-assistant", f"""Not getting any telegram notifications, config:

telegram_bot:
  - platform: polling
    api_key: "{tg}"
    allowed_chat_ids:
      - -100{g.digits(10, True)}

notify:
  - platform: telegram
    name: family
    chat_id: -100{g.digits(10, True)}""", [tg])

    # ---------------- ESPHome ----------------
    api, ota, wp, ap = g.b64bytes(32), g.hex(32), g.password("words"), g.password("leet")
    c.pos(G, "esphome", f"""esphome:
  name: garage-door
  friendly_name: Garage Door

esp32:
  board: esp32dev

api:
  encryption:
    key: "{api}"

ota:
  - platform: esphome
    password: "{ota}"

wifi:
  ssid: "IoT-Net"
  password: "{wp}"
  ap:
    ssid: "Garage-Door Fallback Hotspot"
    password: "{ap}"
""", [api, ota, wp, ap])

    api2 = g.b64bytes(32)
    c.pos(G, "esphome", f"""INFO ESPHome 2024.11.3
INFO Reading configuration /config/esphome/kitchen-plug.yaml...
INFO Starting log output from kitchen-plug.local using esphome API
WARNING Can't connect to ESPHome API for kitchen-plug.local: Invalid encryption key
(I double checked, HA integration has {api2} which is what's in the yaml)""", [api2])

    # ---------------- MQTT / Mosquitto ----------------
    mp = g.password("random")
    c.pos(G, "mosquitto", f"""$ mosquitto_sub -h 192.168.10.5 -p 1883 -u zigbee -P '{mp}' -t 'zigbee2mqtt/#' -v
Connection error: Connection Refused: not authorised.

The same user works from Zigbee2MQTT. mosquitto.conf has `allow_anonymous false` and `password_file /mosquitto/config/passwd`.""", [mp])

    rp = g.password("words")
    c.pos(G, "mosquitto", f"""# /etc/mosquitto/conf.d/bridge.conf
connection cloud-bridge
address mqtt.cloudbroker.example:8883
remote_username house-42
remote_password {rp}
bridge_protocol_version mqttv311
bridge_insecure false
topic sensors/# out 1
""", [rp])

    # ---------------- Zigbee2MQTT ----------------
    nk = "[" + ", ".join(str(g.intr(0, 255)) for _ in range(16)) + "]"
    z2m_pw = g.password("mixed")
    c.pos(G, "zigbee2mqtt", f"""Moved Zigbee2MQTT to a new host, devices won't rejoin. configuration.yaml:

homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://core-mosquitto:1883
  user: z2m
  password: {z2m_pw}
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0
advanced:
  pan_id: {g.intr(1000, 65000)}
  ext_pan_id: [{", ".join(str(g.intr(0, 255)) for _ in range(8))}]
  network_key: {nk}
  channel: 15""", [nk, z2m_pw])

    # ---------------- Node-RED ----------------
    cs = g.s(32, ALNUM)
    c.pos(G, "node-red", f"""// settings.js (excerpt) - after I changed credentialSecret all my flows lost their creds
module.exports = {{
    flowFile: 'flows.json',
    credentialSecret: "{cs}",
    uiPort: process.env.PORT || 1880,
    editorTheme: {{ projects: {{ enabled: false }} }},
}}""", [cs])

    nr_pw = g.password("words")
    nr_tok = g.hex(40)
    c.pos(G, "node-red", f"""Exported flow (with credentials, sorry) for the influx + HTTP bits:
[{{"id":"a1f3c2d4e5b60718","type":"influxdb","hostname":"influx.lan","port":"8086","database":"home","name":"influx","usetls":false,"influxdbVersion":"1.x","credentials":{{"username":"nodered","password":"{nr_pw}"}}}},
{{"id":"9c8b7a6f5e4d3c2b","type":"http request","method":"GET","url":"https://api.solar-inverter.example/v1/plant/live","authType":"bearer","credentials":{{"password":"{nr_tok}"}},"name":"inverter"}}]""", [nr_pw, nr_tok])

    # ---------------- Tasmota ----------------
    tw, tm = g.password("leet"), g.password("random")
    c.pos(G, "tasmota", f"""Flashed a Sonoff Basic R2 and typed this in the web console, MQTT never connects:

Backlog SSID1 HomeIoT; Password1 {tw}; MqttHost 192.168.1.20; MqttUser tasmota; MqttPassword {tm}; Topic porch_light; SetOption19 1

14:02:11.870 MQT: Attempting connection...
14:02:12.003 MQT: Connect failed to 192.168.1.20:1883, rc 5. Retry in 10 sec""", [tw, tm])

    # ---------------- Proxmox ----------------
    pt = g.uuid()
    c.pos(G, "proxmox", f"""curl -k -H 'Authorization: PVEAPIToken=terraform@pve!tf-ci={pt}' \\
  https://pve01.lab:8006/api2/json/nodes/pve01/qemu
{{"data":null}}  <- privilege separation is on, do I need to give the token its own ACL?""", [pt])

    pt2 = g.uuid()
    c.pos(G, "proxmox", f"""provider "proxmox" {{
  pm_api_url          = "https://10.0.0.2:8006/api2/json"
  pm_api_token_id     = "root@pam!opentofu"
  pm_api_token_secret = "{pt2}"
  pm_tls_insecure     = true
}}""", [pt2])

    # ---------------- TrueNAS ----------------
    tn = "1-" + g.s(64, ALNUM)
    c.pos(G, "truenas", f"""TrueNAS SCALE 24.04 API key for the backup script (generated under Credentials > API Keys):

curl -s -H "Authorization: Bearer {tn}" http://truenas.lan/api/v2.0/pool | jq '.[].status'
"ONLINE"
"DEGRADED"   <- which disk??""", [tn])

    # ---------------- Frigate ----------------
    cam = g.password("words")
    c.pos(G, "frigate", f"""cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{cam}@192.168.50.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://admin:{cam}@192.168.50.21:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 640
      height: 480""", [cam])

    # ---------------- misc homelab services ----------------
    ts = g.tailscale()
    c.pos(G, "tailscale", f"""services:
  tailscale:
    image: tailscale/tailscale:latest
    hostname: nas-sidecar
    environment:
      - TS_AUTHKEY={ts}
      - TS_STATE_DIR=/var/lib/tailscale
      - TS_EXTRA_ARGS=--advertise-tags=tag:nas
    volumes:
      - ./ts-state:/var/lib/tailscale""", [ts])

    tun = base64.b64encode(json.dumps({"a": g.hex(32), "t": g.uuid(), "s": g.b64bytes(32)},
                                      separators=(",", ":")).encode()).decode()
    c.pos(G, "cloudflared", f"""Zero Trust dashboard told me to run this on the Pi:

sudo cloudflared service install {tun}

It installs but the tunnel shows INACTIVE. journalctl says "failed to unmarshal tunnel token".""", [tun])

    son, jf = g.hex(32), g.hex(32)
    c.pos(G, "arr-stack", f"""Prowlarr can't sync to Sonarr, here's sonarr's config.xml:

<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <SslPort>9898</SslPort>
  <ApiKey>{son}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <Branch>main</Branch>
</Config>

and Jellyfin API key for the notification is {jf}""", [son, jf])

    vw = g.s(64, ALNUM + "+/")
    c.pos(G, "vaultwarden", f"""# vaultwarden .env
DOMAIN=https://vault.home.example
SIGNUPS_ALLOWED=false
ADMIN_TOKEN={vw}
WEBSOCKET_ENABLED=true
# TODO switch ADMIN_TOKEN to argon2 hash, the admin page keeps nagging""", [vw])

    # ---------------- negatives ----------------
    c.neg(G, "home-assistant", """# configuration.yaml - all credentials come from secrets.yaml
default_config:

http:
  use_x_forwarded_for: true
  trusted_proxies: !secret trusted_proxies

mqtt:
  broker: !secret mqtt_host
  username: !secret mqtt_user
  password: !secret mqtt_password

weather:
  - platform: openweathermap
    api_key: !secret openweathermap_key""")

    c.neg(G, "esphome", """substitutions:
  device_name: office-sensor
  friendly: Office Sensor

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: dht
    pin: GPIO4
    temperature:
      name: "${friendly} Temperature"
    update_interval: 60s""")

    c.neg(G, "zigbee2mqtt", """[2025-01-04 09:12:55] info: 	z2m: Logging to console, file (filename: log.log)
[2025-01-04 09:12:55] info: 	z2m: Starting Zigbee2MQTT version 1.42.0 (commit #6a7b1c2)
[2025-01-04 09:12:55] info: 	z2m: Starting zigbee-herdsman (2.1.9)
[2025-01-04 09:12:56] info: 	zh:ember: ======== Ember Adapter Starting ========
[2025-01-04 09:12:57] info: 	z2m: zigbee-herdsman started (resumed)
[2025-01-04 09:12:57] info: 	z2m: Coordinator firmware version: '{"meta":{"build":0,"ember":"7.4.4.0","revision":"7.4.4.0 [GA]"},"type":"EmberZNet"}'
[2025-01-04 09:12:57] info: 	z2m: Currently 23 devices are joined.
note: advanced.network_key is still set to GENERATE in the template, so a fresh key gets created on first start""")

    c.neg(G, "proxmox", """root@pve01:~# pvesh get /cluster/resources --type vm --output-format text
┌────────────┬──────┬────────┬──────────────┬────────┬─────────┐
│ id         │ type │ vmid   │ name         │ status │ maxmem  │
╞════════════╪══════╪════════╪══════════════╪════════╪═════════╡
│ qemu/101   │ qemu │ 101    │ docker-host  │ running│ 8.00 GiB│
│ qemu/102   │ qemu │ 102    │ haos         │ running│ 4.00 GiB│
│ lxc/103    │ lxc  │ 103    │ pihole       │ running│ 512 MiB │
│ qemu/110   │ qemu │ 110    │ win11-lab    │ stopped│ 16 GiB  │
└────────────┴──────┴────────┴──────────────┴────────┴─────────┘
Token privilege separation is enabled for root@pam!monitoring (no secret shown here).""")
