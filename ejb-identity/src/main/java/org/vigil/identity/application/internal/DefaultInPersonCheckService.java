package org.vigil.identity.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.identity.application.AdminReason;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InPersonCheckService;
import org.vigil.identity.application.KycCase;
import org.vigil.identity.application.KycDecisionOutcome;
import org.vigil.identity.application.KycEvidenceMissingException;
import org.vigil.identity.application.KycOfficerRequiredException;
import org.vigil.identity.application.KycPerson;
import org.vigil.identity.application.KycReviewRefusedException;
import org.vigil.identity.application.UnknownAccountException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountRole;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ChipEvidence;
import org.vigil.identity.domain.ChipEvidenceRepository;
import org.vigil.identity.domain.KycEvidence;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.domain.OfficerDecision;
import org.vigil.identity.domain.OfficerDecisionRepository;
import org.vigil.identity.kyc.FaceImage;
import org.vigil.identity.kyc.InPersonReview;
import org.vigil.identity.kyc.ReviewRefused;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.platform.secrets.AtRestEncryption;

/** Wires {@link InPersonReview} to the accounts, the level-2 evidence, the at-rest key and the audit trail. */
@Stateless
public class DefaultInPersonCheckService implements InPersonCheckService {

    static final String SEARCH = "kyc.level3.search";
    static final String READ_EVIDENCE = "kyc.level3.evidence-read";
    static final String READ_FACE = "kyc.level3.face-read";
    static final String DECIDE = "kyc.level3.decision";
    static final String BOOTSTRAP = "kyc.level3.bootstrap";
    private static final int FOUND_AT_MOST = 20;

    @Inject
    AccountRepository accounts;

    @Inject
    ChipEvidenceRepository chipEvidence;

    @Inject
    OfficerDecisionRepository decisions;

    @Inject
    AtRestEncryption encryption;

    @EJB
    AuditTrail audit;

    /** Read on each call, so an operator's change (a system property) counts at once. */
    int approvalsRequired() {
        return ConfigProvider.getConfig().getOptionalValue("vigil.kyc.officer-approvals", Integer.class).orElse(1);
    }

    @Override
    public List<KycPerson> find(Caller caller, String text) {
        officer(caller, SEARCH, null);
        String query = text == null ? "" : text.strip();
        if (query.length() < 2) {
            return List.of();
        }
        List<KycPerson> found = accounts.matching(query, FOUND_AT_MOST).stream().map(DefaultInPersonCheckService::person).toList();
        audit.record(caller.auditName(), SEARCH, null, AuditEvent.Outcome.SUCCESS, caller.address(), found.size() + " found");
        return found;
    }

    @Override
    public KycCase kycCase(Caller caller, UUID accountId) {
        String target = target(accountId);
        officer(caller, READ_EVIDENCE, target);
        Account person = account(accountId);
        ChipEvidence chip = latestChip(caller, person, READ_EVIDENCE);
        List<InPersonReview.Decision> history = history(accountId);
        ChipEvidence.Document d = chip.document();
        ChipEvidence.Authentication a = chip.authentication();
        audit.record(caller.auditName(), READ_EVIDENCE, target, AuditEvent.Outcome.SUCCESS, caller.address(), "chip evidence " + chip.id());
        return new KycCase(person(person), new KycCase.Document(d.code(), d.issuingState(), d.number(), d.surname(), d.givenNames(),
                d.birthDate(), d.expiryDate()), a.documentSigner(), a.csca(), chip.readAt(), chip.terminalClientId(), chip.sealedFace() != null,
                approvalsRequired(), view(InPersonReview.openRound(history)), view(history));
    }

    @Override
    public FaceImage face(Caller caller, UUID accountId) {
        String target = target(accountId);
        officer(caller, READ_FACE, target);
        ChipEvidence chip = latestChip(caller, account(accountId), READ_FACE);
        if (chip.sealedFace() == null) {
            audit.recordRefusal(caller.auditName(), READ_FACE, target, caller.address(), "no face image kept");
            throw new KycEvidenceMissingException("The face image of this chip read was not kept (vigil.kyc.keep-face).");
        }
        FaceImage face = FaceImage.ofDg2(encryption.open(chip.sealedFace(), DefaultChipEvidenceService.FACE.forRow(chip.id())));
        audit.record(caller.auditName(), READ_FACE, target, AuditEvent.Outcome.SUCCESS, caller.address(), "face of chip evidence " + chip.id());
        return face;
    }

    @Override
    public KycDecisionOutcome decide(Caller caller, UUID accountId, String decision, String reason) {
        String target = target(accountId);
        Account officer = officer(caller, DECIDE, target);
        Account person = account(accountId);
        InPersonReview review = new InPersonReview(approvalsRequired());
        InPersonReview.Result result;
        ChipEvidence chip;
        List<InPersonReview.Decision> before = history(accountId);
        try {
            InPersonReview.requireEligible(officer.kycLevel().number(), caller.auditName(), person.kycLevel().number(), target);
            if (person.status() != AccountStatus.ACTIVE) {
                throw new ReviewRefused(ReviewRefused.Kind.NOT_AT_LEVEL_2, "the account is locked");
            }
            chip = latestChip(caller, person, DECIDE);
            result = review.decide(before, caller.auditName(), InPersonReview.Verdict.of(decision), reason, Instant.now());
        } catch (ReviewRefused e) {
            throw refused(caller, DECIDE, target, new KycReviewRefusedException(e));
        }
        OfficerDecision stored = new OfficerDecision(accountId, chip.id(), result.decision());
        decisions.store(stored);
        List<String> approvers = java.util.stream.Stream.concat(InPersonReview.openRound(before).stream(), java.util.stream.Stream.of(
                result.decision())).filter(d -> d.verdict() == InPersonReview.Verdict.APPROVED).map(InPersonReview.Decision::officer).toList();
        int approvals = result.outcome() == InPersonReview.Outcome.REFUSED ? 0 : approvers.size();
        if (result.outcome() == InPersonReview.Outcome.LEVEL_3) {
            KycEvidence evidence = person.verifyInPerson("in-person-officer", caller.auditName(), result.decision().at(),
                    "seen in person with chip evidence " + chip.id() + " by " + String.join(", ", approvers));
            accounts.store(evidence);
        }
        String outcome = outcomeText(result.outcome());
        audit.record(caller.auditName(), DECIDE, target, AuditEvent.Outcome.SUCCESS, caller.address(), result.decision().verdict().text()
                + " (" + outcome + ")" + Optional.ofNullable(result.decision().reason()).map(r -> ": " + r).orElse(""));
        return new KycDecisionOutcome(accountId, person.kycLevel().number(), stored.id(), result.decision().verdict().text(), outcome, approvals,
                review.approvalsRequired());
    }

    @Override
    public KycDecisionOutcome bootstrapOfficer(Caller caller, UUID accountId, String reason) {
        String target = target(accountId);
        String admin = AdminAuthorization.require(caller);
        String why = AdminReason.required(reason, "the admin vouches for this officer in person");
        Account person = account(accountId);
        int required = approvalsRequired();
        long officersAtLevel3 = accounts.activeHolding(AccountRole.KYC_OFFICER).stream().map(accounts::find).flatMap(Optional::stream)
                .filter(a -> a.kycLevel() == KycLevel.HIGH).count();
        if (!person.roles().contains(AccountRole.KYC_OFFICER)) {
            throw refused(caller, BOOTSTRAP, target, new KycReviewRefusedException(409, "not-an-officer",
                    "only an account holding the kyc-officer role is taken to level 3 by an admin"));
        }
        if (officersAtLevel3 >= required) {
            throw refused(caller, BOOTSTRAP, target, new KycReviewRefusedException(409, "bootstrap-closed", officersAtLevel3
                    + " KYC officers are at level 3 already, as many as a decision needs: officers take the next ones there"));
        }
        if (person.status() != AccountStatus.ACTIVE || person.kycLevel() != KycLevel.SUBSTANTIAL) {
            throw refused(caller, BOOTSTRAP, target, new KycReviewRefusedException(409, "not-at-level-2",
                    "the officer must be active at KYC level 2 (her document's chip read) first"));
        }
        ChipEvidence chip = chipEvidence.ofAccount(accountId).stream().reduce((x, y) -> y).orElseThrow();
        KycEvidence evidence = person.verifyInPerson("in-person-admin-bootstrap", admin, Instant.now(),
                "first KYC officers: seen in person with chip evidence " + chip.id() + " by " + admin + ": " + why);
        accounts.store(evidence);
        audit.record(admin, BOOTSTRAP, target, AuditEvent.Outcome.SUCCESS, caller.address(), why);
        return new KycDecisionOutcome(accountId, person.kycLevel().number(), evidence.id(), "approved", "level-3", 1, 1);
    }

    /** The calling officer's account, when she may do level-3 work at all; refusals are audited. */
    private Account officer(Caller caller, String action, String target) {
        if (caller.clientItself() || !caller.firstPartyClient() || !caller.roles().contains(AccountRole.KYC_OFFICER.claim())) {
            audit.recordRefusal(caller.auditName(), action, target, caller.address(), "not a KYC officer through a first-party application");
            throw new KycOfficerRequiredException();
        }
        Account officer = accounts.find(UUID.fromString(caller.subject())).orElseThrow(KycOfficerRequiredException::new);
        if (officer.status() != AccountStatus.ACTIVE || officer.kycLevel() != KycLevel.HIGH) {
            throw refused(caller, action, target, new KycReviewRefusedException(new ReviewRefused(ReviewRefused.Kind.OFFICER_NOT_LEVEL_3,
                    "a KYC officer works only once she is at KYC level 3 herself (and her account is active)")));
        }
        return officer;
    }

    private Account account(UUID accountId) {
        return accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
    }

    private ChipEvidence latestChip(Caller caller, Account person, String action) {
        return chipEvidence.ofAccount(person.id()).stream().reduce((x, y) -> y).orElseThrow(() -> {
            audit.recordRefusal(caller.auditName(), action, target(person.id()), caller.address(), "no chip evidence");
            return new KycReviewRefusedException(new ReviewRefused(ReviewRefused.Kind.NOT_AT_LEVEL_2,
                    "no identity document chip was read for this person (level " + person.kycLevel().number() + ")"));
        });
    }

    private KycReviewRefusedException refused(Caller caller, String action, String target, KycReviewRefusedException e) {
        audit.recordRefusal(caller.auditName(), action, target, caller.address(), e.rule() + ": " + e.getMessage());
        return e;
    }

    private List<InPersonReview.Decision> history(UUID accountId) {
        return decisions.ofAccount(accountId).stream().map(OfficerDecision::decision).toList();
    }

    private static String outcomeText(InPersonReview.Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<KycCase.Decision> view(List<InPersonReview.Decision> decisions) {
        return decisions.stream().map(d -> new KycCase.Decision(d.officer(), d.verdict().text(), d.reason(), d.at())).toList();
    }

    private static KycPerson person(Account a) {
        return new KycPerson(a.id(), a.firstName(), a.lastName(), a.email(), a.kycLevel().number());
    }

    private static String target(UUID accountId) {
        return "account:" + accountId;
    }
}
