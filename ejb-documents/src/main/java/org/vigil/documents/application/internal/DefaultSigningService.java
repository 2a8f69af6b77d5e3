package org.vigil.documents.application.internal;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.documents.application.DeviceCaller;
import org.vigil.documents.application.Problems;
import org.vigil.documents.application.SignatureValueInput;
import org.vigil.documents.application.SigningOptions;
import org.vigil.documents.application.SigningRequestView;
import org.vigil.documents.application.SigningService;
import org.vigil.documents.domain.Document;
import org.vigil.documents.domain.DocumentFormat;
import org.vigil.documents.domain.SignatureRecord;
import org.vigil.documents.domain.SigningItem;
import org.vigil.documents.domain.SigningRequest;
import org.vigil.documents.preview.FirstPagePreview;
import org.vigil.documents.preview.PreviewException;
import org.vigil.documents.signing.DataToSign;
import org.vigil.documents.signing.InvalidSignatureValueException;
import org.vigil.documents.signing.SignatureOptions;
import org.vigil.documents.signing.SigningException;
import org.vigil.documents.signing.SigningSession;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;
import org.vigil.platform.signers.SignerDevice;
import org.vigil.platform.signers.SignerDirectory;
import org.vigil.platform.signers.SignerFacts;
import org.vigil.platform.signers.SignerKey;

@Stateless
public class DefaultSigningService implements SigningService {

    /** Prescriptions come in handfuls; a device shows each document before one approval. */
    static final int MAX_BATCH = 20;
    private static final int BINDING_MESSAGE_LENGTH = 200;
    /** Time enough to take the phone out and read the documents; a shorter wish is refused, not stretched. */
    static final Duration SHORTEST_LIFETIME = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    TrustServices trust;

    @Inject
    TrustSettings settings;

    @Inject
    SigningCertificates certificates;

    @Inject
    DocumentAuditTrail audit;

    @Inject
    PushQueue push;

    @EJB
    SignerDirectory directory;

    @Override
    public SigningRequestView start(UUID caller, List<UUID> documentIds, SigningOptions options, String clientAddress) {
        if (documentIds == null || documentIds.isEmpty() || documentIds.size() > MAX_BATCH) {
            throw new Problems.InvalidField("documents", "name 1 to " + MAX_BATCH + " documents");
        }
        if (new HashSet<>(documentIds).size() != documentIds.size()) {
            throw new Problems.InvalidField("documents", "each document once");
        }
        if (options.level() == null) {
            throw new Problems.InvalidField("level", "one of B, T, LT, LTA");
        }
        SignatureOptions signatureOptions;
        try {
            signatureOptions = new SignatureOptions(options.level(), options.reason(), options.location(), options.visible());
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidField("reason", e.getMessage());
        }
        SignerFacts signer = directory.signer(caller)
                .orElseThrow(() -> new Problems.SignerNotQualified("The signer's account is unknown."));
        Duration lifetime = lifetime(options);
        SignerKey key = signingKey(caller, options);
        List<X509Certificate> chain = certificates.chainFor(signer, key);
        List<Document> documents = documentIds.stream().map(id -> readable(caller, id)).toList();

        // Step 1 first: a document DSS refuses (a visible box on a page it lacks) must not leave an
        // approval waiting on the device, and this refusal does not roll the transaction back.
        List<DataToSign> data = documents.stream().map(document -> dataToSign(document, chain, signatureOptions)).toList();
        Instant now = Instant.now();
        Instant expiresAt = now.plus(lifetime);
        UUID approvalId = directory.requestApproval(caller, bindingMessage(documents), lifetime);
        SigningRequest request = new SigningRequest(approvalId, caller, key.authenticatorId(),
                chain.get(0).getSerialNumber().toString(16), options.level(), now, expiresAt);
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            request.add(document.id(), document.title(), document.sha256(), data.get(i).bytes(), data.get(i).session().encode());
        }
        em.persist(request);
        audit.record(DefaultDocumentService.actor(caller), "signature.request", "signing-request:" + request.id(), clientAddress,
                documents.size() + " document(s) at " + options.level() + " for authenticator:" + key.authenticatorId());
        push.send(PushNotification.of(caller.toString(), "signing-request", pushPayload(request), expiresAt));
        return view(request, false);
    }

    @Override
    public SigningRequestView describe(UUID caller, UUID requestId) {
        SigningRequest request = em.find(SigningRequest.class, requestId);
        if (request == null || !request.signerId().equals(caller)) {
            throw new Problems.UnknownSigningRequest(requestId);
        }
        return view(request, false);
    }

    @Override
    public SigningRequestView forDevice(DeviceCaller device, UUID requestId) {
        return view(ofDevice(device, requestId, LockModeType.NONE), true);
    }

    @Override
    public byte[] preview(DeviceCaller device, UUID requestId, UUID documentId, String clientAddress) {
        SigningRequest request = ofDevice(device, requestId, LockModeType.NONE);
        String status = status(request, Instant.now());
        if (status.equals("EXPIRED")) {
            throw new Problems.SigningRequestExpired("The signing request expired at " + request.expiresAt() + ".");
        }
        if (!status.equals("PENDING")) {
            // the picture serves the decision; afterwards the signer reads the document itself, as its owner
            throw new Problems.SigningRequestClosed("The signing request was " + status.toLowerCase() + " already.");
        }
        SigningItem item = request.items().stream().filter(i -> i.documentId().equals(documentId)).findFirst()
                .orElseThrow(() -> new Problems.UnknownDocument(documentId));
        Document document = em.find(Document.class, documentId);
        if (!document.sha256().equals(item.documentSha256())) {
            throw new Problems.DocumentChanged("\"" + item.title() + "\" changed since the request was made; request the signature again.");
        }
        if (document.format() != DocumentFormat.PDF) {
            throw new Problems.NoPreview("\"" + item.title() + "\" is " + document.format().name() + "; only a PDF has a page to show.");
        }
        byte[] png;
        try {
            png = FirstPagePreview.png(document.content().bytes());
        } catch (PreviewException e) {
            throw new Problems.NoPreview("\"" + item.title() + "\" has no preview: " + e.getMessage());
        }
        audit.record(device.auditName(), "document.preview", DefaultDocumentService.target(documentId), clientAddress,
                "first page for signing-request:" + requestId + ", sha256 " + item.documentSha256());
        return png;
    }

    @Override
    public SigningRequestView complete(DeviceCaller device, UUID requestId, String approval, List<SignatureValueInput> values,
            String clientAddress) {
        SigningRequest request = ofDevice(device, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request.status() != SigningRequest.Status.PENDING) {
            throw new Problems.SigningRequestClosed("The signing request was " + request.status().name().toLowerCase() + " already.");
        }
        Instant now = Instant.now();
        if (request.isExpiredAt(now)) {
            throw new Problems.SigningRequestExpired("The signing request expired at " + request.expiresAt() + ".");
        }
        Map<UUID, SignatureValueInput> byDocument = valuesByDocument(request, values);
        directory.recordApproval(new SignerDevice(device.authenticatorId(), device.accountId()), requestId, approval, clientAddress);
        for (SigningItem item : request.items()) {
            SignatureValueInput value = byDocument.get(item.documentId());
            Document document = em.find(Document.class, item.documentId(), LockModeType.PESSIMISTIC_WRITE);
            if (!document.sha256().equals(item.documentSha256())) {
                throw new Problems.DocumentChanged("\"" + item.title() + "\" changed since the request was made "
                        + "(another signature came first); request the signature again.");
            }
            SigningSession session = item.session();
            byte[] signed = completeOne(document, session, value, item);
            document.addSignature(signed, now);
            SignatureRecord signature = new SignatureRecord(document.id(), request, value.encoding(), session.signingTime(),
                    document.sha256(), now);
            em.persist(signature);
            item.signedAs(signature.id());
            audit.record(device.auditName(), "signature.create", DefaultDocumentService.target(document.id()), clientAddress,
                    request.level() + " by account:" + request.signerId() + ", certificate " + request.certificateSerial()
                            + ", value " + value.encoding() + ", signed sha256 " + document.sha256());
        }
        request.complete(now);
        return view(request, false);
    }

    private Duration lifetime(SigningOptions options) {
        Duration longest = settings.signingRequestLifetime();
        if (options.lifetime() == null) {
            return longest;
        }
        if (options.lifetime().compareTo(SHORTEST_LIFETIME) < 0 || options.lifetime().compareTo(longest) > 0) {
            throw new Problems.InvalidField("expiresInSeconds", "from " + SHORTEST_LIFETIME.toSeconds() + " to "
                    + longest.toSeconds());
        }
        return options.lifetime();
    }

    /** PENDING until answered; a request the person denied on their device, or nobody answered in time, says so. */
    private String status(SigningRequest request, Instant now) {
        if (request.status() != SigningRequest.Status.PENDING) {
            return request.status().name();
        }
        if (directory.denied(request.id())) {
            return "DENIED";
        }
        return request.isExpiredAt(now) ? "EXPIRED" : "PENDING";
    }

    private SignerKey signingKey(UUID caller, SigningOptions options) {
        if (options.authenticatorId() != null) {
            return directory.authenticator(options.authenticatorId())
                    .filter(k -> k.active() && k.accountId().equals(caller))
                    .orElseThrow(() -> new Problems.InvalidField("authenticatorId", "not an active authenticator of yours"));
        }
        return directory.activeAuthenticators(caller).stream().findFirst()
                .orElseThrow(() -> new Problems.SignerNotQualified("The signer has no authenticator to sign with."));
    }

    private DataToSign dataToSign(Document document, List<X509Certificate> chain, SignatureOptions options) {
        byte[] content = document.content().bytes();
        try {
            return document.format() == DocumentFormat.PDF
                    ? trust.pades().dataToSign(content, chain, options)
                    : trust.xades().dataToSign(content, chain, options.level());
        } catch (SigningException e) {
            throw new Problems.InvalidDocument("\"" + document.title() + "\" cannot be signed: " + e.getMessage());
        }
    }

    private byte[] completeOne(Document document, SigningSession session, SignatureValueInput value, SigningItem item) {
        byte[] content = document.content().bytes();
        try {
            return document.format() == DocumentFormat.PDF
                    ? trust.pades().complete(content, session, value.value(), value.encoding())
                    : trust.xades().complete(content, session, value.value(), value.encoding());
        } catch (InvalidSignatureValueException e) {
            throw new Problems.InvalidSignatureValue("The value for \"" + item.title() + "\" does not verify with the signer's key as "
                    + value.encoding() + "; nothing was signed.");
        } catch (SigningException e) {
            throw new Problems.SigningFailed("\"" + item.title() + "\" could not be signed: " + e.getMessage());
        }
    }

    private static Map<UUID, SignatureValueInput> valuesByDocument(SigningRequest request, List<SignatureValueInput> values) {
        Map<UUID, SignatureValueInput> byDocument = new HashMap<>();
        for (SignatureValueInput value : values == null ? List.<SignatureValueInput>of() : values) {
            if (value.documentId() == null || value.value() == null || value.value().length == 0 || value.encoding() == null) {
                throw new Problems.InvalidField("signatures", "each needs documentId, value and encoding (DER or P1363)");
            }
            if (byDocument.put(value.documentId(), value) != null) {
                throw new Problems.InvalidField("signatures", "one value per document");
            }
        }
        if (!byDocument.keySet().equals(new HashSet<>(request.items().stream().map(SigningItem::documentId).toList()))) {
            throw new Problems.InvalidField("signatures", "exactly one value for each document of the request");
        }
        return byDocument;
    }

    private SigningRequest ofDevice(DeviceCaller device, UUID requestId, LockModeType lock) {
        SigningRequest request = em.find(SigningRequest.class, requestId, lock);
        if (request == null || !request.signerId().equals(device.accountId())
                || !request.authenticatorId().equals(device.authenticatorId())) {
            throw new Problems.UnknownSigningRequest(requestId);
        }
        return request;
    }

    private Document readable(UUID caller, UUID documentId) {
        Document document = documentId == null ? null : em.find(Document.class, documentId);
        if (document == null || !document.readableBy(caller)) {
            throw new Problems.UnknownDocument(documentId);
        }
        return document;
    }

    /** What the device shows in one line; the full list with hashes comes with the request itself. */
    static String bindingMessage(List<Document> documents) {
        StringBuilder text = new StringBuilder(documents.size() == 1 ? "Sign \"" + documents.get(0).title() + "\""
                : "Sign " + documents.size() + " documents: ");
        if (documents.size() > 1) {
            for (int i = 0; i < documents.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(documents.get(i).title());
            }
        }
        return text.length() <= BINDING_MESSAGE_LENGTH ? text.toString() : text.substring(0, BINDING_MESSAGE_LENGTH - 1) + "…";
    }

    private static String pushPayload(SigningRequest request) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("requestId", request.id().toString());
        payload.put("expiresAt", request.expiresAt().toString());
        payload.put("documents", request.items().stream()
                .map(i -> Map.of("documentId", i.documentId().toString(), "title", i.title(), "sha256", i.documentSha256()))
                .toList());
        try (Jsonb json = JsonbBuilder.create()) {
            return json.toJson(payload);
        } catch (Exception e) {
            throw new IllegalStateException("the push payload cannot be written", e);
        }
    }

    private SigningRequestView view(SigningRequest request, boolean withDataToSign) {
        List<SigningRequestView.Item> items = request.items().stream()
                .map(i -> new SigningRequestView.Item(i.documentId(), i.title(), i.documentSha256(),
                        withDataToSign ? Base64.getEncoder().encodeToString(i.dataToSign()) : null, i.signatureId()))
                .toList();
        String certificate = withDataToSign ? Base64.getEncoder().encodeToString(
                request.items().get(0).session().chain().get(0)) : null;
        return new SigningRequestView(request.id(), status(request, Instant.now()), request.level().name(), request.signerId(), request.authenticatorId(),
                certificate, request.createdAt(), request.expiresAt(), request.completedAt(), items);
    }
}
