#!/usr/bin/env node
'use strict'
// Tiny static server for the demo (127.0.0.1 only). Serves bindings/wasm/
// and echoes POST /api/chat, recording the bodies it received.
//   node bindings/wasm/demo/server.cjs [port]   -> http://127.0.0.1:PORT/demo/
const http = require('node:http')
const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.join(__dirname, '..')
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' }

function serve (port = 0) {
  const received = []
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/api/chat') {
      let body = ''
      req.on('data', d => { body += d })
      req.on('end', () => { received.push(body); res.writeHead(200, { 'content-type': 'application/json' }); res.end(body) })
      return
    }
    const url = new URL(req.url, 'http://x')
    const file = path.normalize(path.join(ROOT, decodeURIComponent(url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname)))
    if (!file.startsWith(ROOT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve({ server, received, port: server.address().port })))
}

module.exports = { serve }

if (require.main === module) {
  serve(Number(process.argv[2] ?? 8080)).then(({ port }) => console.log(`http://127.0.0.1:${port}/demo/`))
}
