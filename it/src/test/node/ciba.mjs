// An independent CIBA client: openid-client starts a backchannel authentication against Vigil
// and receives the outcome in the registered mode. poll: openid-client polls. ping: a small
// HTTP receiver takes the ping (checking the bearer), then openid-client redeems. push: the
// receiver takes the tokens, and openid-client proves them at the userinfo endpoint. The Java
// test approves or denies with the authenticator; this script prints STARTED, then RESULT or
// ERROR with the OAuth error code.
import * as client from 'openid-client';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';

const { ISSUER, CLIENT_ID, CLIENT_SECRET, MODE, PORT, LOGIN_HINT, BINDING_MESSAGE } = process.env;

const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.ClientSecretBasic(CLIENT_SECRET), {
  execute: [client.allowInsecureRequests],
});

// The notification endpoint: resolves with the first callback carrying our bearer token.
const notificationToken = randomBytes(32).toString('base64url');
let received;
const callback = new Promise((resolve) => { received = resolve; });
let server;
if (MODE !== 'poll') {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.method !== 'POST' || req.headers.authorization !== `Bearer ${notificationToken}`) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(204).end();
      received(JSON.parse(body));
    });
  });
  await new Promise((resolve) => server.listen(Number(PORT), '127.0.0.1', resolve));
}

const parameters = { scope: 'openid', login_hint: LOGIN_HINT, binding_message: BINDING_MESSAGE };
if (MODE !== 'poll') {
  parameters.client_notification_token = notificationToken;
}

function finish(result) {
  console.log('RESULT ' + JSON.stringify(result));
  server?.close();
  process.exit(0);
}

try {
  const started = await client.initiateBackchannelAuthentication(config, parameters);
  console.log('STARTED ' + started.auth_req_id);
  if (MODE === 'poll') {
    const tokens = await client.pollBackchannelAuthenticationGrant(config, started);
    finish({ sub: tokens.claims().sub, mode: MODE });
  } else if (MODE === 'ping') {
    const ping = await callback;
    if (ping.auth_req_id !== started.auth_req_id) {
      throw new Error('pinged for another request');
    }
    // told that the decision is in: redeem at once
    const tokens = await client.pollBackchannelAuthenticationGrant(config, { ...started, interval: 1 });
    finish({ sub: tokens.claims().sub, mode: MODE });
  } else {
    const pushed = await callback;
    if (pushed.auth_req_id !== started.auth_req_id) {
      throw new Error('pushed for another request');
    }
    if (pushed.error) {
      console.log('ERROR ' + pushed.error);
      server.close();
      process.exit(0);
    }
    const idClaims = JSON.parse(Buffer.from(pushed.id_token.split('.')[1], 'base64url').toString());
    const userinfo = await client.fetchUserInfo(config, pushed.access_token, idClaims.sub);
    finish({ sub: userinfo.sub, mode: MODE, authReqIdClaim: idClaims['urn:openid:params:jwt:claim:auth_req_id'] });
  }
} catch (e) {
  console.log('ERROR ' + (e.error ?? e.code ?? e.message));
  server?.close();
  process.exit(0);
}
