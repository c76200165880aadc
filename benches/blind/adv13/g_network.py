"""Theme 1: network gear configs."""
from common import ALNUM, LO, DIG, UP

G = "netgear"

XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
CISCO_B64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
JUNIPER_CH = "QzF3n6/9CAtpu0OB1IREhcSyrleKvMW8LXx7N-dVbwsY2g4oaJZGUDjiHkq.mPf5T"


def type7(g, plain):
    seed = g.intr(0, 15)
    out = f"{seed:02d}"
    for i, ch in enumerate(plain):
        out += f"{ord(ch) ^ ord(XLAT[(seed + i) % len(XLAT)]):02X}"
    return out


def type9(g):
    return "$9$" + g.s(14, CISCO_B64) + "$" + g.s(43, CISCO_B64)


def type5(g):
    return "$1$" + g.s(4, CISCO_B64) + "$" + g.s(22, CISCO_B64)


def junos9(g, n=None):
    return "$9$" + g.s(n or g.intr(18, 40), JUNIPER_CH)


def build(c, g):
    # ---------------- Cisco IOS ----------------
    en = type5(g)
    p7 = type7(g, g.password("words"))
    c.pos(G, "cisco-ios", f"""Hey, after the reload the core switch won't let me in via console. Here's the top of `show run` from the backup TFTP copy, does anything look off?

!
version 15.2
service timestamps debug datetime msec
service password-encryption
!
hostname CORE-SW01
!
boot-start-marker
boot-end-marker
!
enable secret 5 {en}
!
username netadmin privilege 15 password 7 {p7}
aaa new-model
aaa authentication login default local
!
""", [en, p7])

    ro, rw = g.password("random"), "Rw-" + g.s(12)
    c.pos(G, "cisco-ios", f"""Ticket NET-4471: LibreNMS can't poll the branch routers since the change window.
Current SNMP lines on BR-RTR-07 (copied from the change record):

snmp-server community {ro} RO 10
snmp-server community {rw} RW 11
snmp-server location Branch 07 comms cupboard
snmp-server contact noc-team
snmp-server enable traps config

ACL 10/11 only permit the old poller subnet, so I think that's the issue, not the strings.""", [ro, rw])

    tk = type7(g, g.password("leet"))
    rk = g.password("random")
    c.pos(G, "cisco-ios", f"""tacacs server ISE-PRIMARY
 address ipv4 10.40.2.11
 key 7 {tk}
 timeout 5
!
radius server CORP-NPS
 address ipv4 10.40.2.20 auth-port 1812 acct-port 1813
 key {rk}
!
aaa group server tacacs+ ISE-GRP
 server name ISE-PRIMARY
!
! ^ pasted from SW-ACC-12, radius auth falls back to local every time, any idea why?""", [tk, rk])

    vty = g.password("words")
    chap = g.password("leet")
    kc = g.s(16, ALNUM)
    c.pos(G, "cisco-ios", f"""line con 0
 exec-timeout 15 0
 logging synchronous
line vty 0 4
 password {vty}
 login
 transport input ssh
!
interface Dialer1
 encapsulation ppp
 ppp chap hostname cust-4471-dsl
 ppp chap password 0 {chap}
!
key chain EIGRP-KEYS
 key 1
  key-string {kc}
""", [vty, chap, kc])

    u9 = type9(g)
    c.pos(G, "cisco-ios", f"""After upgrading to 17.9 the local user shows as type 9 now, is that expected? Output:

CAT9K#sh run | i username
username breakglass privilege 15 secret 9 {u9}
CAT9K#""", [u9])

    # ---------------- SNMPv3 ----------------
    a, p = g.password("random"), g.password("random")
    c.pos(G, "snmpv3", f"""For the Zabbix template you need the v3 creds, they're configured like this on all the access switches:

snmp-server group ZBX-GRP v3 priv read ZBX-VIEW
snmp-server user zbxpoll ZBX-GRP v3 auth sha {a} priv aes 128 {p}

In Zabbix set Security level = authPriv, Auth protocol SHA1, Privacy AES128.""", [a, p])

    a2, p2 = g.password("words"), g.password("mixed")
    c.pos(G, "snmpv3", f"""$ snmpwalk -v3 -l authPriv -u monitor -a SHA-256 -A '{a2}' -x AES -X '{p2}' 10.0.8.1 1.3.6.1.2.1.1
Timeout: No Response from 10.0.8.1.

^ works from my laptop but not from the poller container, firewall?""", [a2, p2])

    # ---------------- Cisco ASA ----------------
    psk = g.password("random")
    peer = g.ipv4()
    c.pos(G, "cisco-asa", f"""Site-to-site to the Hamburg DC keeps dropping at phase 1. ASA side:

crypto ikev1 policy 10
 authentication pre-share
 encryption aes-256
 hash sha
 group 14
 lifetime 28800
tunnel-group {peer} type ipsec-l2l
tunnel-group {peer} ipsec-attributes
 ikev1 pre-shared-key {psk}
 isakmp keepalive threshold 10 retry 2""", [psk])

    # ---------------- Juniper ----------------
    root_h = "$6$" + g.s(8, ALNUM + "./") + "$" + g.s(86, ALNUM + "./")
    comm = g.password("random")
    c.pos(G, "juniper", f"""admin@srx-edge> show configuration | display set | match "system|snmp"
set system host-name srx-edge
set system root-authentication encrypted-password "{root_h}"
set system services ssh root-login deny
set snmp community {comm} authorization read-only
set snmp community {comm} clients 10.99.0.0/24
""", [root_h, comm])

    ike9 = junos9(g)
    c.pos(G, "juniper", f"""Juniper side of the VPN to AWS, copied from the SRX. The $9$ thing is just obfuscated, right? Someone told me it's reversible.

set security ike proposal AWS-P1 authentication-method pre-shared-keys
set security ike proposal AWS-P1 dh-group group14
set security ike policy AWS-POL mode main
set security ike policy AWS-POL proposals AWS-P1
set security ike policy AWS-POL pre-shared-key ascii-text "{ike9}"
set security ike gateway AWS-GW ike-policy AWS-POL""", [ike9])

    rad9, md5 = junos9(g), junos9(g)
    c.pos(G, "juniper", f"""set system radius-server 10.12.0.5 port 1812
set system radius-server 10.12.0.5 secret "{rad9}"
set protocols ospf area 0.0.0.0 interface ge-0/0/1.0 authentication md5 1 key "{md5}"
set protocols ospf area 0.0.0.0 interface lo0.0 passive""", [rad9, md5])

    # ---------------- MikroTik ----------------
    up, wpa = g.password("words"), g.password("mixed")
    c.pos(G, "mikrotik", f"""# jan/02/2025 10:14:07 by RouterOS 7.16
# software id = 8K2Q-ZT4B
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys \\
    supplicant-identity=MikroTik wpa2-pre-shared-key={wpa}
/user
add name=support group=full password={up}
/ip service
set telnet disabled=yes""", [wpa, up])

    l2, ips = g.password("random"), g.password("random")
    c.pos(G, "mikrotik", f"""Anyone know why my iPhone won't connect to L2TP on the hAP ax3? Export below:

/ppp secret
add name=phone-vpn password={l2} profile=vpn-profile service=l2tp
/ip ipsec identity
add peer=l2tp-in secret="{ips}" generate-policy=port-strict
/interface l2tp-server server
set enabled=yes use-ipsec=required""", [l2, ips])

    # ---------------- pfSense / OPNsense ----------------
    pf_psk = g.password("random")
    c.pos(G, "pfsense", f"""Restored config.xml on the new SG-2100 and IPsec is down. Relevant part:

	<ipsec>
		<phase1>
			<ikeid>1</ikeid>
			<iketype>ikev2</iketype>
			<interface>wan</interface>
			<remote-gateway>vpn.partner-dc.example</remote-gateway>
			<protocol>inet</protocol>
			<myid_type>myaddress</myid_type>
			<peerid_type>peeraddress</peerid_type>
			<authentication_method>pre_shared_key</authentication_method>
			<pre-shared-key>{pf_psk}</pre-shared-key>
			<descr><![CDATA[Partner DC]]></descr>
		</phase1>""", [pf_psk])

    bh = "$2y$10$" + g.s(53, ALNUM + "./")
    ldap_pw = g.password("words")
    c.pos(G, "pfsense", f"""		<user>
			<name>admin</name>
			<descr><![CDATA[System Administrator]]></descr>
			<scope>system</scope>
			<groupname>admins</groupname>
			<bcrypt-hash>{bh}</bcrypt-hash>
			<uid>0</uid>
		</user>
		<authserver>
			<type>ldap</type>
			<name>AD</name>
			<ldap_binddn>CN=svc-pfsense,OU=Service,DC=corp,DC=local</ldap_binddn>
			<ldap_bindpw>{ldap_pw}</ldap_bindpw>
		</authserver>""", [bh, ldap_pw])

    ok, osec = g.s(80, ALNUM + "+/"), g.s(80, ALNUM + "+/")
    c.pos(G, "opnsense", f"""Downloaded the API key file from System > Access > Users for the ansible user, contents:

key={ok}
secret={osec}

and my curl is `curl -k -u "$KEY:$SECRET" https://fw01/api/core/firmware/status` which returns 401. What am I missing?""", [ok, osec])

    # ---------------- WireGuard ----------------
    priv, psk2, pub = g.wg_key(), g.wg_key(), g.wg_key()
    c.pos(G, "wireguard", f"""wg-quick up fails with "Line unrecognized" on my VPS, here's /etc/wireguard/wg0.conf:

[Interface]
Address = 10.8.0.1/24
ListenPort = 51820
PrivateKey = {priv}
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# pixel-8
PublicKey = {pub}
PresharedKey = {psk2}
AllowedIPs = 10.8.0.2/32""", [priv, psk2])

    cpriv = g.wg_key()
    c.pos(G, "wireguard", f"""Client config the provider generated for me (Mullvad-style), it connects but no DNS:

[Interface]
PrivateKey={cpriv}
Address=10.64.211.7/32
DNS=10.64.0.1

[Peer]
PublicKey={g.wg_key()}
AllowedIPs=0.0.0.0/0
Endpoint={g.ipv4()}:51820""", [cpriv])

    # ---------------- OpenVPN ----------------
    lines = [g.hex(32) for _ in range(16)]
    block = "\n".join(lines)
    c.pos(G, "openvpn", f"""client
dev tun
proto udp
remote vpn.acme-corp.example 1194
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
key-direction 1
<tls-auth>
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
{block}
-----END OpenVPN Static key V1-----
</tls-auth>""", lines)

    ovpw = g.password("words")
    c.pos(G, "openvpn", f"""root@nas:~# cat /etc/openvpn/client/pia-auth.txt
p4812093
{ovpw}
root@nas:~# grep auth-user-pass /etc/openvpn/client/pia.conf
auth-user-pass /etc/openvpn/client/pia-auth.txt
root@nas:~# systemctl status openvpn-client@pia
   Active: activating (auto-restart) (Result: exit-code)""", [ovpw])

    # ---------------- IPsec ----------------
    s1, s2 = g.password("random"), g.password("words")
    c.pos(G, "ipsec", f"""/etc/ipsec.secrets on the strongSwan box (Ubuntu 22.04):

# This file holds shared secrets or RSA private keys for authentication.
%any %any : PSK "{s1}"
roadwarrior : EAP "{s2}"
: RSA /etc/ipsec.d/private/server-key.pem""", [s1, s2])

    sw = "0s" + g.b64bytes(24)
    c.pos(G, "ipsec", f"""swanctl.conf secrets section, libreswan-converted so the PSK is still in 0s base64 form:

secrets {{
    ike-site-b {{
        id-1 = site-a.vpn.example
        id-2 = site-b.vpn.example
        secret = {sw}
    }}
}}""", [sw])

    # ---------------- wpa_supplicant / hostapd ----------------
    pl = g.password("words")
    import hashlib
    hx = hashlib.pbkdf2_hmac("sha1", pl.encode(), b"Wolke7", 4096, 32).hex()
    c.pos(G, "wpa-supplicant", f"""pi@raspberrypi:~ $ wpa_passphrase "Wolke7" '{pl}'
network={{
	ssid="Wolke7"
	#psk="{pl}"
	psk={hx}
}}
pi@raspberrypi:~ $ # pasted into /etc/wpa_supplicant/wpa_supplicant.conf but wlan0 stays down""", [pl, hx])

    eap = g.password("leet")
    c.pos(G, "wpa-supplicant", f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NL

network={{
    ssid="eduroam"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="s2231847@student.uni.example"
    password="{eap}"
    phase2="auth=MSCHAPV2"
}}""", [eap])

    hp, sae = g.password("mixed"), g.password("random")
    c.pos(G, "hostapd", f"""interface=wlan0
driver=nl80211
ssid=Gartenhaus
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK SAE
wpa_passphrase={hp}
sae_password={sae}
rsn_pairwise=CCMP
ieee80211w=1""", [hp, sae])

    # ---------------- negatives ----------------
    c.neg(G, "cisco-ios", """Here's the interface section, all I changed was the access VLAN:

interface GigabitEthernet1/0/14
 description PRINTER-3RD-FLOOR
 switchport access vlan 120
 switchport mode access
 spanning-tree portfast
 spanning-tree bpduguard enable
!
service password-encryption
aaa new-model
aaa authentication login default group tacacs+ local
line vty 0 15
 login authentication default
 transport input ssh""")

    c.neg(G, "juniper", """set security ike proposal P1-AES authentication-method pre-shared-keys
set security ike proposal P1-AES dh-group group14
set security ike proposal P1-AES authentication-algorithm sha-256
set security ike proposal P1-AES encryption-algorithm aes-256-cbc
set security ike proposal P1-AES lifetime-seconds 28800
set system services ssh protocol-version v2
set system login retry-options tries-before-disconnect 3""")

    c.neg(G, "wireguard", """Template we hand out to new staff (fill in from the onboarding portal, never commit the real file):

[Interface]
PrivateKey = <contents of ~/.wg/privatekey>
Address = <your tunnel address>/32
DNS = <office resolver>

[Peer]
PublicKey = <server public key from the portal>
AllowedIPs = <office ranges>
Endpoint = vpn.<your-region>.corp.example:51820
PersistentKeepalive = 25""")

    c.neg(G, "hostapd", """# hostapd.conf for the lab AP, passphrase is injected at boot by the provisioning script
interface=wlan1
driver=nl80211
ssid=LAB-IOT
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_psk_file=/etc/hostapd/lab-iot.psk""")
