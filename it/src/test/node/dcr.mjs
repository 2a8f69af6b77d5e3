// An independent RFC 7591 client: openid-client registers an application at Vigil's registration
// endpoint (found through discovery) with the initial access token an admin issued, then gets a
// client-credentials token with the secret it was handed. Prints RESULT with the registration's
// answer and the token, or ERROR with the OAuth error code.
import * as client from 'openid-client';

const { ISSUER, INITIAL_ACCESS_TOKEN, METADATA } = process.env;

try {
  const config = await client.dynamicClientRegistration(new URL(ISSUER), JSON.parse(METADATA), undefined, {
    initialAccessToken: INITIAL_ACCESS_TOKEN,
    execute: [client.allowInsecureRequests],
  });
  const registered = config.clientMetadata();
  const tokens = await client.clientCredentialsGrant(config);
  console.log('RESULT ' + JSON.stringify({ registered, tokenType: tokens.token_type, accessToken: tokens.access_token }));
} catch (e) {
  console.log('ERROR ' + JSON.stringify({ error: e.error ?? e.code, description: e.error_description ?? e.message, status: e.status }));
}
