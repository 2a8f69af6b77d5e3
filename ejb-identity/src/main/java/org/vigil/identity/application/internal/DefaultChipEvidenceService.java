package org.vigil.identity.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.ChipEvidenceOutcome;
import org.vigil.identity.application.ChipEvidenceService;
import org.vigil.identity.application.ChipEvidenceSubmission;
import org.vigil.identity.application.CscaTrustLists;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.KycCheckRefusedException;
import org.vigil.identity.application.KycTerminalConfiguration;
import org.vigil.identity.application.KycTerminalRequiredException;
import org.vigil.identity.application.UnknownAccountException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ChipEvidence;
import org.vigil.identity.domain.ChipEvidenceRepository;
import org.vigil.identity.domain.KycEvidence;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.kyc.ChipCheckFailed;
import org.vigil.identity.kyc.ChipRead;
import org.vigil.identity.kyc.ChipVerifier;
import org.vigil.identity.kyc.DocumentPolicy;
import org.vigil.identity.kyc.HolderMatch;
import org.vigil.identity.kyc.Mrz;
import org.vigil.identity.kyc.VerifiedDocument;
import org.vigil.platform.access.Caller;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.SecretPurpose;

/** Wires {@link ChipVerifier} and {@link HolderMatch} to the account, the evidence tables, the at-rest key and the audit trail. */
@Stateless
public class DefaultChipEvidenceService implements ChipEvidenceService {

    /** The device role whose own token may submit chip evidence. */
    public static final String TERMINAL_ROLE = "kyc-terminal";
    static final SecretPurpose FACE = SecretPurpose.of("identity.kyc-face");
    private static final String ACTION = "kyc.level2";

    @Inject
    AccountRepository accounts;

    @Inject
    ChipEvidenceRepository chipEvidence;

    @Inject
    CscaTrustLists trustLists;

    @Inject
    AtRestEncryption encryption;

    @Inject
    @ConfigProperty(name = "vigil.kyc.keep-face", defaultValue = "true")
    boolean keepFace;

    @Inject
    @ConfigProperty(name = "vigil.kyc.document-types", defaultValue = "P,I,A,C")
    String documentTypes;

    @Inject
    @ConfigProperty(name = "vigil.kyc.issuing-states")
    java.util.Optional<String> issuingStates;

    @EJB
    AuditTrail audit;

    @Override
    public KycTerminalConfiguration configuration(Caller caller) {
        requireTerminal(caller);
        DocumentPolicy policy = policy();
        java.util.List<String> countries = trustLists.current().cscas().stream()
                .map(c -> country(c.getSubjectX500Principal())).filter(c -> !c.isEmpty()).distinct().sorted().toList();
        return new KycTerminalConfiguration(policy.documentTypes().stream().sorted().toList(),
                policy.issuingStates().stream().sorted().toList(), keepFace, countries);
    }

    DocumentPolicy policy() {
        return DocumentPolicy.parse(documentTypes, issuingStates.orElse(""));
    }

    private static String country(javax.security.auth.x500.X500Principal subject) {
        try {
            return new javax.naming.ldap.LdapName(subject.getName()).getRdns().stream().filter(r -> r.getType().equalsIgnoreCase("C"))
                    .map(r -> r.getValue().toString()).findFirst().orElse("");
        } catch (javax.naming.InvalidNameException e) {
            return "";
        }
    }

    private void requireTerminal(Caller caller) {
        if (!caller.clientItself() || !caller.roles().contains(TERMINAL_ROLE)) {
            audit.recordRefusal(caller.auditName(), ACTION, null, caller.address(), "not a KYC terminal's own token");
            throw new KycTerminalRequiredException();
        }
    }

    @Override
    public ChipEvidenceOutcome submit(Caller caller, ChipEvidenceSubmission submission) {
        requireTerminal(caller);
        ChipRead read = submission.read();
        UUID accountId = submission.accountId();
        if (accountId == null) {
            throw new InvalidFieldException("accountId", "the account the document is read for is required");
        }
        String target = "account:" + accountId;
        Account account = accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        if (account.status() != AccountStatus.ACTIVE || !account.kycLevel().satisfies(KycLevel.LOW)) {
            audit.recordRefusal(caller.auditName(), ACTION, target, caller.address(), "account not active at level 1");
            throw new InvalidFieldException("accountId", "the account must be active at KYC level 1 or above");
        }
        VerifiedDocument document;
        try {
            document = new ChipVerifier(Clock.systemUTC()).verify(read, trustLists.current());
            policy().require(document.mrz());
            HolderMatch.require(document.mrz(), account.firstName(), account.lastName(), account.birthDate());
        } catch (ChipCheckFailed e) {
            audit.recordRefusal(caller.auditName(), ACTION, target, caller.address(), e.check().key() + ": " + e.getMessage());
            throw new KycCheckRefusedException(e.check(), e.getMessage());
        }
        Instant now = Instant.now();
        Mrz mrz = document.mrz();
        String details = mrz.documentCode() + " of " + mrz.issuingState() + ", expires " + mrz.expiryDate() + "; DS serial "
                + document.documentSigner().getSerialNumber().toString(16) + " under " + document.csca().getSubjectX500Principal().getName();
        KycEvidence evidence = account.verifyByChip(mrz.birthDate(), caller.auditName(), now, details.length() > 1000 ? details.substring(0, 1000) : details);
        UUID chipId = UUID.randomUUID();
        ChipEvidence chip = new ChipEvidence(chipId, evidence, caller.subject(),
                new ChipEvidence.Document(mrz.documentCode(), mrz.issuingState(), mrz.documentNumber(), mrz.primaryIdentifier(),
                        String.join(" ", mrz.secondaryIdentifiers()), mrz.birthDate(), mrz.expiryDate()),
                new ChipEvidence.Authentication(document.digestAlgorithm(),
                        document.dataGroups().stream().map(n -> "DG" + n).collect(Collectors.joining(",")),
                        document.documentSigner().getSubjectX500Principal().getName(), document.csca().getSubjectX500Principal().getName(),
                        read.sod()),
                now);
        if (keepFace) {
            chip.keepSealedFace(encryption.seal(read.dg2(), FACE.forRow(chipId)));
        }
        chipEvidence.store(evidence, chip);
        audit.record(caller.auditName(), ACTION, target, AuditEvent.Outcome.SUCCESS, caller.address(), details);
        return new ChipEvidenceOutcome(accountId, account.kycLevel().number(), evidence.id(), mrz.documentCode(), mrz.issuingState(),
                mrz.expiryDate(), keepFace);
    }
}
