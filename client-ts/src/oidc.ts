import * as oidc from 'openid-client';
import { importJWK, type JWK } from 'jose';
import { VigilOAuthError } from './errors.js';

export interface ClientOptions {
  issuer: string | URL;
  clientId: string;
  /** private_key_jwt: the client's private EC or RSA key as a JWK (its kid must be the registered key's). */
  privateKey?: JWK;
  /** client_secret_basic, for clients registered with a secret. */
  clientSecret?: string;
}

export interface Tokens {
  accessToken: string;
  expiresIn?: number;
  idToken?: string;
  refreshToken?: string;
  /** the id token's subject (the person), for tokens issued to a person */
  subject?: string;
}

/** A started CIBA request, to be polled. */
export interface CibaRequest {
  authReqId: string;
  expiresIn: number;
  interval: number;
  response: oidc.BackchannelAuthenticationResponse;
}

/**
 * An OAuth client of Vigil's OpenID provider, on npm's openid-client: client credentials and
 * CIBA (poll mode). The authorization server's refusals become {@link VigilOAuthError} with the
 * OAuth error code (invalid_client for a bad client assertion, access_denied when the person says no).
 */
export class VigilOidcClient {
  private constructor(readonly config: oidc.Configuration) {}

  static async connect(options: ClientOptions): Promise<VigilOidcClient> {
    const issuer = new URL(options.issuer.toString());
    let auth: oidc.ClientAuth;
    if (options.privateKey) {
      const kid = options.privateKey.kid;
      const key = (await importJWK(options.privateKey, options.privateKey.alg ?? algorithmOf(options.privateKey))) as CryptoKey;
      auth = oidc.PrivateKeyJwt(kid ? { key, kid } : key);
    } else if (options.clientSecret) {
      auth = oidc.ClientSecretBasic(options.clientSecret);
    } else {
      auth = oidc.None();
    }
    const config = await oauth(() => oidc.discovery(issuer, options.clientId, undefined, auth,
      issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined));
    return new VigilOidcClient(config);
  }

  /** An access token for the client itself (grant type client_credentials). */
  async clientCredentials(scope?: string): Promise<Tokens> {
    return tokensOf(await oauth(() => oidc.clientCredentialsGrant(this.config, scope ? { scope } : {})));
  }

  /** Starts a CIBA request: the person named by loginHint (an e-mail address) is asked on their authenticator. */
  async startCiba(request: { loginHint: string; bindingMessage: string; scope?: string; acrValues?: string }): Promise<CibaRequest> {
    const parameters: Record<string, string> = { scope: request.scope ?? 'openid', login_hint: request.loginHint,
      binding_message: request.bindingMessage };
    if (request.acrValues) parameters.acr_values = request.acrValues;
    const response = await oauth(() => oidc.initiateBackchannelAuthentication(this.config, parameters));
    return { authReqId: response.auth_req_id, expiresIn: response.expires_in, interval: response.interval ?? 5, response };
  }

  /** Polls until the person decides (or the request expires): the tokens, or a VigilOAuthError (access_denied, expired_token). */
  async pollCiba(request: CibaRequest, options?: { signal?: AbortSignal }): Promise<Tokens> {
    return tokensOf(await oauth(() => oidc.pollBackchannelAuthenticationGrant(this.config, request.response, undefined, options)));
  }
}

function algorithmOf(jwk: JWK): string {
  if (jwk.kty === 'EC') return jwk.crv === 'P-384' ? 'ES384' : 'ES256';
  if (jwk.kty === 'OKP') return 'EdDSA';
  return 'RS256';
}

function tokensOf(response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): Tokens {
  return { accessToken: response.access_token, expiresIn: response.expires_in, idToken: response.id_token,
    refreshToken: response.refresh_token, subject: response.claims()?.sub };
}

/** Runs an openid-client call, turning the server's OAuth error answers into VigilOAuthError. */
async function oauth<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof oidc.ResponseBodyError) {
      throw new VigilOAuthError(e.error, e.error_description, e.status, { cause: e });
    }
    if (e instanceof oidc.WWWAuthenticateChallengeError) {
      const challenge = e.cause[0];
      throw new VigilOAuthError(challenge?.parameters.error ?? 'invalid_token', challenge?.parameters.error_description, e.status, { cause: e });
    }
    throw e;
  }
}
