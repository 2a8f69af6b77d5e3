// node-oidc-provider with one confidential client for client_credentials (client_secret_basic),
// in memory, its defaults otherwise: the peer of docs/BENCHMARKS.md "Identity providers side by side".
// Usage: node provider.mjs <port> <client secret>
import Provider from 'oidc-provider';

const [port, secret] = [Number(process.argv[2]), process.argv[3]];
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'bench',
    client_secret: secret,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  features: { clientCredentials: { enabled: true }, devInteractions: { enabled: false } },
});
provider.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
