"""webthree_gaming (brief: web3_gaming; renamed because group ids must match [a-z_]+): RPC/indexer keys, wallet keys, mnemonics, game-platform credentials."""
import hashlib
import json
import random

from common import (Collector, crlf, rs, hexs, b62, digits, uuid4, b64, jwt, rbytes,
                    mnemonic, bip39_valid, password, ALNUM, LOWALNUM, UPALNUM, B64URL, HEXU)

SEED = 18003
GROUP = "webthree_gaming"

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(raw):
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def wif(rng):
    return b58check(b"\x80" + rbytes(rng, 32) + b"\x01")


def xprv(rng):
    return b58check(bytes.fromhex("0488ADE4") + b"\0" + b"\0" * 4 + b"\0" * 4 +
                    rbytes(rng, 32) + b"\0" + rbytes(rng, 32))


def pk0x(rng):
    return "0x" + hexs(rng, 64)


def etherscan(rng):
    return rs(rng, UPALNUM, 34)


def alchemy(rng):
    return rs(rng, B64URL, 32)


def moralis(rng):
    return jwt(rng, {"alg": "HS256", "typ": "JWT"},
               {"nonce": uuid4(rng), "orgId": digits(rng, 6), "userId": digits(rng, 6),
                "typeId": uuid4(rng), "type": "PROJECT", "iat": 1710000000 + rng.randrange(10 ** 7),
                "exp": 4865000000}, 32)


def discord_bot(rng):
    uid = "1" + digits(rng, 18, first_nonzero=False)
    return "%s.%s.%s" % (b64(uid).rstrip("="), rs(rng, B64URL, 6), rs(rng, B64URL, 38))


def rows(phrase, per=4):
    w = phrase.split()
    return [" ".join(w[i:i + per]) for i in range(0, len(w), per)]


def build():
    rng = random.Random(SEED)
    c = Collector(GROUP)

    # hardhat config: infura + private key + etherscan
    inf, pk, es = hexs(rng, 32), pk0x(rng), etherscan(rng)
    c.pos("hardhat_config", """require("@nomicfoundation/hardhat-toolbox");

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://sepolia.infura.io/v3/%s",
      accounts: ["%s"],
    },
  },
  etherscan: { apiKey: "%s" },
};
""" % (inf, pk, es), [inf, pk, es])

    # foundry.toml
    al, es = alchemy(rng), etherscan(rng)
    c.pos("foundry_toml", """[profile.default]
src = "src"
out = "out"
libs = ["lib"]

[rpc_endpoints]
mainnet = "https://eth-mainnet.g.alchemy.com/v2/%s"

[etherscan]
mainnet = { key = "%s" }
""" % (al, es), [al, es])

    # forge / cast commands
    pk = pk0x(rng)
    c.pos("cast_cli", "$ cast send 0x%s \"transfer(address,uint256)\" 0x%s 1000000 --rpc-url $RPC --private-key %s\nError: insufficient funds for gas * price + value\n" % (hexs(rng, 40), hexs(rng, 40), pk), [pk])
    pk = hexs(rng, 64)
    c.pos("forge_script", "forge script script/Deploy.s.sol:Deploy --rpc-url https://base-mainnet.g.alchemy.com/v2/%s --private-key %s --broadcast --verify -vvvv\n" % ((al2 := alchemy(rng)), pk), [al2, pk])

    # .env files
    for i in range(2):
        pk, inf = pk0x(rng), hexs(rng, 32)
        sec = hexs(rng, 32)
        txt = "DEPLOYER_PRIVATE_KEY=%s\nINFURA_PROJECT_ID=%s\nINFURA_PROJECT_SECRET=%s\nCHAIN_ID=11155111\n" % (pk, inf, sec)
        c.pos("dotenv", crlf(txt) if i else txt, [pk, inf, sec])

    # mnemonics
    m = mnemonic(rng, 12)
    assert bip39_valid(m)
    c.pos("mnemonic_env", 'MNEMONIC="%s"\nHD_PATH="m/44\'/60\'/0\'/0"\n' % m, [m])
    m = mnemonic(rng, 24)
    c.pos("mnemonic_hardhat", """  networks: {
    hardhat: {},
    amoy: {
      url: "https://polygon-amoy.infura.io/v3/%s",
      accounts: { mnemonic: "%s", count: 5 },
    },
  },
""" % ((inf := hexs(rng, 32)), m), [inf, m])
    m = mnemonic(rng, 12)
    c.pos("mnemonic_chat", "hey so my metamask got drained 😭 can someone check if my seed is compromised?? it's %s — I only ever typed it into the extension\n" % m, [m])
    m = mnemonic(rng, 24)
    rr = rows(m)
    c.pos("mnemonic_rows", "Backup (do not lose!)\n" + "\n".join("%d) %s" % (i + 1, r) for i, r in enumerate(rr)) + "\n", rr)
    m = mnemonic(rng, 12)
    c.pos("mnemonic_chat", "Hola, necesito recuperar mi billetera. Las 12 palabras son: %s. ¿Cómo importo esto en Phantom?\n" % m, [m])
    m = mnemonic(rng, 12)
    c.pos("mnemonic_code", """from eth_account import Account
Account.enable_unaudited_hdwallet_features()
acct = Account.from_mnemonic(
    "%s",
    account_path="m/44'/60'/0'/0/0",
)
""" % m, [m])

    # Solana keypair array / base58
    kp = [rng.randrange(256) for _ in range(64)]
    arr = json.dumps(kp, separators=(",", ":"))
    c.pos("solana_keypair", "$ cat ~/.config/solana/id.json\n%s\n$ solana address\n%s\n" % (arr, b58encode(bytes(kp[32:]))), [arr])
    sk = b58encode(rbytes(rng, 64))
    c.pos("solana_base58", "const payer = Keypair.fromSecretKey(bs58.decode(\"%s\"));\nconsole.log(payer.publicKey.toBase58());\n" % sk, [sk])
    kp = [rng.randrange(256) for _ in range(64)]
    arr = json.dumps(kp)
    c.pos("solana_keypair", "SOLANA_PRIVATE_KEY='%s'\n" % arr, [arr])

    # Bitcoin WIF / xprv
    w = wif(rng)
    c.pos("btc_wif", "bitcoin-cli importprivkey %s \"cold-1\" false\n" % w, [w])
    x = xprv(rng)
    c.pos("btc_xprv", "Electrum wallet export:\n  keystore type: bip32\n  master private key: %s\n  derivation: m/84'/0'/0'\n" % x, [x])

    # Moralis / QuickNode
    mk = moralis(rng)
    c.pos("moralis", "await Moralis.start({ apiKey: \"%s\" });\nconst nfts = await Moralis.EvmApi.nft.getWalletNFTs({ chain: \"0x1\", address });\n" % mk, [mk])
    qn = hexs(rng, 40)
    c.pos("quicknode", "RPC_URL=https://%s-%s-%s.solana-mainnet.quiknode.pro/%s/\n" % (
        rng.choice(["smart", "wild", "old"]), rng.choice(["silent", "crimson", "polished"]), rng.choice(["frost", "lake", "wave"]), qn), [qn])

    # Steam
    sk = hexs(rng, 32, upper=True)
    c.pos("steam", "GET https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v0002/?key=%s&steamids=7656119%s HTTP/1.1 200\n" % (sk, digits(rng, 10)), [sk])
    sk = hexs(rng, 32, upper=True)
    c.pos("steam", """[Steam]
WebApiKey=%s
AppId=%s
""" % (sk, digits(rng, 7)), [sk])

    # Twitch
    cs, tok = rs(rng, LOWALNUM, 30), rs(rng, LOWALNUM, 30)
    c.pos("twitch", """TWITCH_CLIENT_ID=%s
TWITCH_CLIENT_SECRET=%s
TWITCH_BOT_OAUTH=oauth:%s
""" % (rs(rng, LOWALNUM, 30), cs, tok), [cs, tok])
    tok = rs(rng, LOWALNUM, 30)
    c.pos("twitch", "< :tmi.twitch.tv CAP * ACK :twitch.tv/tags\n> PASS oauth:%s\n> NICK speedrun_helper_bot\n< :tmi.twitch.tv NOTICE * :Login authentication failed\n" % tok, [tok])

    # Discord
    bt = discord_bot(rng)
    c.pos("discord_bot", "import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run('%s')\n" % bt, [bt])
    wh = rs(rng, B64URL, 68)
    c.pos("discord_webhook", "curl -H \"Content-Type: application/json\" -d '{\"content\":\"server restarted\"}' https://discord.com/api/webhooks/%s/%s\n" % (digits(rng, 19), wh), [wh])
    bt = discord_bot(rng)
    c.pos("discord_bot", "[bot]\nprefix = \"!\"\ntoken = \"%s\"\nguild_id = %s\n" % (bt, digits(rng, 18)), [bt])

    # Roblox
    ck = hexs(rng, 320, upper=True)
    c.pos("roblox_cookie", "cookies = {'.ROBLOSECURITY': '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_%s'}\nr = requests.get('https://users.roblox.com/v1/users/authenticated', cookies=cookies)\n" % ck, [ck])
    rk = b64(rbytes(rng, 180))
    c.pos("roblox_opencloud", "curl -X POST 'https://apis.roblox.com/datastores/v1/universes/%s/standard-datastores/datastore/entries/entry?datastoreName=PlayerData&entryKey=u_%s' \\\n  -H 'x-api-key: %s' -d @save.json\n" % (digits(rng, 10), digits(rng, 9), rk), [rk])

    # Unity
    serial = "SC-" + "-".join(rs(rng, UPALNUM, 4) for _ in range(5))
    upw = password(rng, 14)
    c.pos("unity_license", "/opt/unity/Editor/Unity -batchmode -nographics -quit -serial %s -username build-bot@studio.example -password '%s' -logFile -\n" % (serial, upw), [serial, upw])

    # Epic Online Services
    cid, csec = "xyza7891" + b62(rng, 24), rs(rng, B64URL, 43)
    c.pos("eos_ini", crlf("""[/Script/OnlineSubsystemEOS.EOSSettings]
+Artifacts=(ArtifactName="Live",ClientId="%s",ClientSecret="%s",ProductId="%s",SandboxId="%s",DeploymentId="%s")
bEnableOverlay=True
""" % (cid, csec, hexs(rng, 32), hexs(rng, 32), hexs(rng, 32))), [csec])

    # PlayFab
    pf = rs(rng, UPALNUM, 52)
    c.pos("playfab", "POST https://%s.playfabapi.com/Server/GrantItemsToUsers\nX-SecretKey: %s\nContent-Type: application/json\n" % (rs(rng, UPALNUM, 5), pf), [pf])

    # web3.py / wagmi / discord oauth
    inf, pk = hexs(rng, 32), pk0x(rng)
    c.pos("web3py", """from web3 import Web3
w3 = Web3(Web3.HTTPProvider("https://mainnet.infura.io/v3/%s"))
acct = w3.eth.account.from_key("%s")
print(w3.eth.get_balance(acct.address))
""" % (inf, pk), [inf, pk])
    al = alchemy(rng)
    c.pos("wagmi", """export const config = createConfig({
  chains: [mainnet, base],
  transports: {
    [mainnet.id]: http('https://eth-mainnet.g.alchemy.com/v2/%s'),
    [base.id]: http(),
  },
})
""" % al, [al])
    dsec = rs(rng, B64URL, 32)
    c.pos("discord_oauth", "DISCORD_CLIENT_ID=%s\nDISCORD_CLIENT_SECRET=%s\nDISCORD_REDIRECT_URI=http://localhost:5173/auth/callback\n" % (digits(rng, 19), dsec), [dsec])

    # ---------------- negatives
    c.neg("tx_hashes", """Deployment summary
  contract   0x%s
  tx hash    0x%s
  block      %s (0x%s)
  gas used   1,204,331
  selector   transfer(address,uint256) = 0xa9059cbb
""" % (hexs(rng, 40), hexs(rng, 64), digits(rng, 8), hexs(rng, 64)))
    c.neg("env_refs", """networks: {
  sepolia: {
    url: `https://sepolia.infura.io/v3/${process.env.INFURA_PROJECT_ID}`,
    accounts: process.env.DEPLOYER_PRIVATE_KEY ? [process.env.DEPLOYER_PRIVATE_KEY] : [],
  },
},
etherscan: { apiKey: process.env.ETHERSCAN_API_KEY ?? "" },
""")
    c.neg("public_keys", """Solana program id: %s
Fee payer (pubkey): %s
Discord channel id: %s, Steam app id: %s, Twitch channel: speedrun_helper
""" % (b58encode(rbytes(rng, 32)), b58encode(rbytes(rng, 32)), digits(rng, 19), digits(rng, 7)))
    c.neg("seed_prompt", """Wallet setup
 [ ] I wrote down my 12-word recovery phrase
 [ ] I will never type my secret recovery phrase into a website
Enter word #1: ________   Enter word #2: ________   Enter word #3: ________
""")
    return c.cases
