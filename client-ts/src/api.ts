import type { components } from './generated/api.js';
import { baseOf, send, sendJson, type Credentials } from './http.js';

type Schemas = components['schemas'];
export type DocumentView = Schemas['DocumentView'];
export type SigningRequestView = Schemas['SigningRequestView'];
export type SigningBody = Schemas['SigningBody'];
export type SignatureValidation = Schemas['Validation'];
export type Bundle = Schemas['Bundle'];
export type Patient = Schemas['Patient'] & Record<string, unknown>;
/** A FHIR R4 Observation (the document names only its resourceType; the usual members are spelled out here). */
export type Observation = Schemas['Observation'] & {
  id?: string;
  status?: string;
  code?: { coding?: { system?: string; code?: string; display?: string }[]; text?: string };
  subject?: { reference?: string };
  effectiveDateTime?: string;
  valueQuantity?: { value?: number; unit?: string; system?: string; code?: string };
  component?: { code?: Observation['code']; valueQuantity?: Observation['valueQuantity'] }[];
  [member: string]: unknown;
};

/** The REST API on behalf of a token's holder; refusals throw VigilProblemError. */
export class VigilApi {
  readonly issuer: string;
  readonly documents: Documents;
  readonly fhir: Fhir;
  private readonly credentials: Credentials;

  constructor(issuer: string | URL, accessToken: string) {
    this.issuer = baseOf(issuer);
    this.credentials = { bearer: accessToken };
    this.documents = new Documents(this.issuer, this.credentials);
    this.fhir = new Fhir(this.issuer, this.credentials);
  }
}

/** The person's documents (PDF or XML): upload, ask for a signature on their authenticator, verify. */
export class Documents {
  constructor(private readonly issuer: string, private readonly credentials: Credentials) {}

  upload(content: Uint8Array, title: string): Promise<DocumentView> {
    return sendJson(this.issuer, this.credentials, { method: 'POST', path: '/api/v1/documents', query: { title }, body: content });
  }

  list(): Promise<DocumentView[]> {
    return sendJson(this.issuer, this.credentials, { path: '/api/v1/documents' });
  }

  describe(documentId: string): Promise<DocumentView> {
    return sendJson(this.issuer, this.credentials, { path: `/api/v1/documents/${encodeURIComponent(documentId)}` });
  }

  /** The current content (signed, once signed). */
  async download(documentId: string): Promise<Uint8Array> {
    const response = await send(this.issuer, this.credentials, { path: `/api/v1/documents/${encodeURIComponent(documentId)}/content`,
      accept: 'application/pdf, application/xml' });
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Asks the person's authenticator to sign the documents with one approval; the signing request, PENDING. */
  requestSignature(documentIds: string[], options: Omit<SigningBody, 'documents'> = { level: 'B' }): Promise<SigningRequestView> {
    return sendJson(this.issuer, this.credentials, { method: 'POST', path: '/api/v1/signing-requests',
      json: { ...options, documents: documentIds } });
  }

  /** The signing request's state: PENDING, COMPLETED, DENIED or EXPIRED. */
  signingRequest(requestId: string): Promise<SigningRequestView> {
    return sendJson(this.issuer, this.credentials, { path: `/api/v1/signing-requests/${encodeURIComponent(requestId)}` });
  }

  /** The signatures of any PDF or XML, validated against Vigil's trust anchors. */
  verify(content: Uint8Array): Promise<{ signatures: SignatureValidation[] }> {
    return sendJson(this.issuer, this.credentials, { method: 'POST', path: '/api/v1/validation', body: content });
  }
}

/** Patient data as FHIR R4 resources (each read is audited on the server). */
export class Fhir {
  constructor(private readonly issuer: string, private readonly credentials: Credentials) {}

  patient(patientId: string): Promise<Patient> {
    return sendJson(this.issuer, this.credentials, { path: `/fhir/Patient/${encodeURIComponent(patientId)}`, accept: 'application/fhir+json' });
  }

  /** Every Observation of the patient, following the Bundle's next links; optionally of one code (LOINC). */
  async observations(patientId: string, options: { code?: string; count?: number } = {}): Promise<Observation[]> {
    let bundle: Bundle = await sendJson(this.issuer, this.credentials, { path: '/fhir/Observation', accept: 'application/fhir+json',
      query: { patient: patientId, code: options.code, _count: options.count?.toString() } });
    const found: Observation[] = [];
    for (;;) {
      found.push(...(bundle.entry ?? []).map((entry) => entry.resource as unknown as Observation));
      const next = bundle.link?.find((link) => link.relation === 'next');
      if (!next) return found;
      const url = new URL(next.url);
      bundle = await sendJson(this.issuer, this.credentials, { path: url.pathname + url.search, accept: 'application/fhir+json' });
    }
  }
}
