package org.vigil.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.KycOfficerRequiredException;
import org.vigil.identity.application.KycReviewRefusedException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountRole;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Channel;
import org.vigil.identity.domain.ChipEvidence;
import org.vigil.identity.domain.ChipEvidenceRepository;
import org.vigil.identity.domain.KycEvidence;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.domain.OfficerDecision;
import org.vigil.identity.domain.OfficerDecisionRepository;
import org.vigil.platform.access.Caller;
import org.vigil.identity.oidc.keys.OneAtRestKey;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;

/** The EJB's wiring: who is let in, what is audited (reads included), and that a refused step stores nothing. */
class DefaultInPersonCheckServiceTest {

    private final Map<UUID, Account> accounts = new HashMap<>();
    private final List<ChipEvidence> chips = new ArrayList<>();
    private final List<OfficerDecision> decisions = new ArrayList<>();
    private final List<KycEvidence> evidence = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final AtRestEncryption encryption = new AtRestEncryption(new OneAtRestKey("test-at-rest"));
    private final Account anna = level2("Anna", "Eriksson");
    private final Account olga = level3Officer();
    private final Caller asOlga = new Caller(olga.id().toString(), false, Set.of("kyc-officer"), Set.of("openid"), true, "192.0.2.9");
    private int required = 1;
    private final DefaultInPersonCheckService service = service();

    @Test
    void anOfficerReadsTheEvidenceAndTheFaceAndEachReadIsAudited() {
        assertThat(service.kycCase(asOlga, anna.id()).document().surname()).isEqualTo("ERIKSSON");
        assertThat(service.face(asOlga, anna.id()).mediaType()).isEqualTo("image/jpeg");
        assertThat(audited).containsExactly("SUCCESS kyc.level3.evidence-read account:" + anna.id(),
                "SUCCESS kyc.level3.face-read account:" + anna.id());
    }

    @Test
    void anApprovalRaisesThePersonAndIsAuditedWithItsEvidence() {
        var outcome = service.decide(asOlga, anna.id(), "approved", "matches");
        assertThat(outcome.outcome()).isEqualTo("level-3");
        assertThat(anna.kycLevel()).isEqualTo(KycLevel.HIGH);
        assertThat(evidence).singleElement().satisfies(e -> assertThat(e.method()).isEqualTo("in-person-officer"));
        assertThat(audited).containsExactly("SUCCESS kyc.level3.decision account:" + anna.id());
    }

    @Test
    void withTwoRequiredTheFirstApprovalLeavesTheLevel() {
        required = 2;
        assertThat(service.decide(asOlga, anna.id(), "approved", null).outcome()).isEqualTo("awaiting-another-officer");
        assertThat(anna.kycLevel()).isEqualTo(KycLevel.SUBSTANTIAL);
        assertThatThrownBy(() -> service.decide(asOlga, anna.id(), "approved", null)).isInstanceOfSatisfying(KycReviewRefusedException.class,
                e -> assertThat(e.rule()).isEqualTo("same-officer"));
        assertThat(decisions).hasSize(1);
    }

    @Test
    void strangersAndOutsideApplicationsAreRefusedAndAudited() {
        Caller doctor = new Caller(olga.id().toString(), false, Set.of("doctor"), Set.of(), true, null);
        Caller outside = new Caller(olga.id().toString(), false, Set.of("kyc-officer"), Set.of(), false, null);
        Caller client = new Caller("kyc-terminal-1", true, Set.of("kyc-officer"), Set.of(), true, null);
        for (Caller c : List.of(doctor, outside, client)) {
            assertThatThrownBy(() -> service.face(c, anna.id())).isInstanceOf(KycOfficerRequiredException.class);
        }
        assertThat(audited).hasSize(3).allMatch(a -> a.startsWith("DENIED kyc.level3.face-read"));
    }

    @Test
    void aRefusalWithoutReasonStoresNothing() {
        assertThatThrownBy(() -> service.decide(asOlga, anna.id(), "refused", "")).isInstanceOfSatisfying(KycReviewRefusedException.class,
                e -> assertThat(e.status()).isEqualTo(422));
        assertThat(decisions).isEmpty();
        assertThat(anna.kycLevel()).isEqualTo(KycLevel.SUBSTANTIAL);
        assertThat(audited).singleElement().asString().startsWith("DENIED kyc.level3.decision");
    }

    private Account level2(String first, String last) {
        Account a = new Account(first, last, first.toLowerCase() + "@example.org", "+46701234567", Instant.now());
        a.confirm(Channel.EMAIL, Instant.now());
        a.confirm(Channel.PHONE, Instant.now());
        KycEvidence e = a.verifyByChip(LocalDate.of(1974, 8, 12), "client:kyc-terminal-1", Instant.now(), "test");
        TestPassport p = TestPassport.builder().holder(last.toUpperCase(), first.toUpperCase())
                .signedBy(TestCsca.of("UTO", "Utopia CSCA").documentSigner("Utopia DS")).build();
        UUID chipId = UUID.randomUUID();
        ChipEvidence chip = new ChipEvidence(chipId, e, "kyc-terminal-1", new ChipEvidence.Document("P", "UTO", "L898902C3",
                last.toUpperCase(), first.toUpperCase(), LocalDate.of(1974, 8, 12), LocalDate.of(2031, 1, 1)),
                new ChipEvidence.Authentication("SHA-256", "DG1,DG2", "CN=Utopia DS", "CN=Utopia CSCA", p.sod()), Instant.now());
        chip.keepSealedFace(encryption.seal(p.dg2(), DefaultChipEvidenceService.FACE.forRow(chipId)));
        chips.add(chip);
        accounts.put(a.id(), a);
        return a;
    }

    private Account level3Officer() {
        Account a = level2("Olga", "Officer");
        a.grant(AccountRole.KYC_OFFICER);
        a.verifyInPerson("in-person-admin-bootstrap", "client:vigil-admin", Instant.now(), "test");
        return a;
    }

    private DefaultInPersonCheckService service() {
        DefaultInPersonCheckService s = new DefaultInPersonCheckService() {
            @Override
            int approvalsRequired() {
                return required;
            }
        };
        s.accounts = new DefaultChipEvidenceServiceTest.NoAccounts() {
            @Override
            public Optional<Account> find(UUID id) {
                return Optional.ofNullable(accounts.get(id));
            }

            @Override
            public void store(KycEvidence e) {
                evidence.add(e);
            }
        };
        s.chipEvidence = new ChipEvidenceRepository() {
            @Override
            public void store(KycEvidence e, ChipEvidence chip) {
                chips.add(chip);
            }

            @Override
            public List<ChipEvidence> ofAccount(UUID accountId) {
                return chips.stream().filter(c -> c.accountId().equals(accountId)).toList();
            }
        };
        s.decisions = new OfficerDecisionRepository() {
            @Override
            public void store(OfficerDecision decision) {
                decisions.add(decision);
            }

            @Override
            public List<OfficerDecision> ofAccount(UUID accountId) {
                return List.copyOf(decisions);
            }
        };
        s.encryption = encryption;
        s.audit = new AuditTrail() {
            @Override
            public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String address, String details) {
                audited.add(outcome + " " + action + " " + target);
            }

            @Override
            public void recordRefusal(String actor, String action, String target, String address, String reason) {
                audited.add("DENIED " + action + " " + target);
            }
        };
        return s;
    }
}
