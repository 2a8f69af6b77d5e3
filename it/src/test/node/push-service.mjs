// A Web Push service (RFC 8030) standing in for the browser vendors' own, as an independent peer:
// it plays the user agent's side too (its own P-256 key and auth secret), decrypts every message
// with http_ece (aes128gcm, RFC 8291) and checks the VAPID authorization (RFC 8292) with jose.
// It prints "SUBSCRIPTION <json>" once, then "RECEIVED <json>" per request; stdin closing stops it.
// Paths under /refuse/ answer 400, as a push service does with a request it will never accept.
import { createServer } from 'node:http';
import { createECDH, randomBytes } from 'node:crypto';
import ece from 'http_ece';
import { importJWK, jwtVerify, decodeProtectedHeader } from 'jose';

const receiver = createECDH('prime256v1');
receiver.generateKeys();
const authSecret = randomBytes(16);
const b64url = (buffer) => Buffer.from(buffer).toString('base64url');

async function checkVapid(authorization, origin) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization || '');
  if (!match) {
    throw new Error('Authorization is not "vapid t=..., k=...": ' + authorization);
  }
  const [, token, k] = match;
  const point = Buffer.from(k, 'base64url');
  if (point.length !== 65 || point[0] !== 4) {
    throw new Error('k is not an uncompressed P-256 point');
  }
  const key = await importJWK({ kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) }, 'ES256');
  const { payload } = await jwtVerify(token, key, { algorithms: ['ES256'], audience: origin });
  const now = Math.floor(Date.now() / 1000);
  if (!(payload.exp > now && payload.exp <= now + 24 * 3600)) {
    throw new Error('exp is not within 24 hours: ' + payload.exp);
  }
  if (!/^(mailto:|https:)/.test(payload.sub || '')) {
    throw new Error('sub is neither mailto: nor https: ' + payload.sub);
  }
  return { aud: payload.aud, sub: payload.sub, exp: payload.exp, k, alg: decodeProtectedHeader(token).alg };
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    const body = Buffer.concat(chunks);
    const origin = 'http://127.0.0.1:' + server.address().port;
    const refuse = request.url.startsWith('/refuse/');
    const result = { path: request.url, ttl: request.headers['ttl'], urgency: request.headers['urgency'],
      encoding: request.headers['content-encoding'], status: refuse ? 400 : 201 };
    try {
      if (request.method !== 'POST') {
        throw new Error('method ' + request.method);
      }
      if (result.encoding !== 'aes128gcm') {
        throw new Error('Content-Encoding is ' + result.encoding);
      }
      result.vapid = await checkVapid(request.headers['authorization'], origin);
      result.plaintext = ece.decrypt(body, { version: 'aes128gcm', privateKey: receiver, authSecret }).toString('utf8');
    } catch (error) {
      result.error = String(error && error.message || error);
      result.status = 400;
    }
    console.log('RECEIVED ' + JSON.stringify(result));
    response.writeHead(result.status, result.status === 201 ? { Location: origin + '/messages/' + b64url(randomBytes(8)) } : {});
    response.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const base = 'http://127.0.0.1:' + server.address().port;
  console.log('SUBSCRIPTION ' + JSON.stringify({ base, keys: { p256dh: b64url(receiver.getPublicKey()), auth: b64url(authSecret) } }));
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
