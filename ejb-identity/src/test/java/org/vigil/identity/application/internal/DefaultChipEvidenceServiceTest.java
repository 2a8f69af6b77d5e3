package org.vigil.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.ChipEvidenceOutcome;
import org.vigil.identity.application.ChipEvidenceSubmission;
import org.vigil.identity.application.KycCheckRefusedException;
import org.vigil.identity.application.KycTerminalRequiredException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Channel;
import org.vigil.identity.domain.ChipEvidence;
import org.vigil.identity.domain.ChipEvidenceRepository;
import org.vigil.identity.domain.KycEvidence;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.domain.AccountRole;
import org.vigil.identity.kyc.ChipCheck;
import org.vigil.identity.kyc.CscaTrustList;
import org.vigil.identity.oidc.keys.OneAtRestKey;
import org.vigil.platform.access.Caller;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;

class DefaultChipEvidenceServiceTest {

    private static final TestCsca UTOPIA = TestCsca.of("UTO", "Utopia CSCA");
    private static final TestCsca.DocumentSigner DS = UTOPIA.documentSigner("Utopia DS");
    private static final Caller TERMINAL = new Caller("kyc-terminal-1", true, Set.of("kyc-terminal"), Set.of(), true, "192.0.2.7");

    private final Account anna = levelOne("Anna Maria", "Eriksson");
    private final List<ChipEvidence> stored = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<String> successes = new ArrayList<>();
    private final AtRestEncryption encryption = new AtRestEncryption(new OneAtRestKey("test-at-rest"));
    private final DefaultChipEvidenceService service = service();

    @Test
    void aGenuineChipOfTheHolderRaisesHerAccountToLevel2() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        ChipEvidenceOutcome outcome = service.submit(TERMINAL, submission(p));
        assertThat(outcome.kycLevel()).isEqualTo(2);
        assertThat(anna.kycLevel()).isEqualTo(KycLevel.SUBSTANTIAL);
        assertThat(anna.birthDate()).isEqualTo(java.time.LocalDate.of(1974, 8, 12));
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.sealedFace()).startsWith("vigil-sealed:v1:").doesNotContain(java.util.Base64.getEncoder().encodeToString(p.dg2()).substring(0, 40));
            assertThat(encryption.open(c.sealedFace(), DefaultChipEvidenceService.FACE.forRow(c.id()))).isEqualTo(p.dg2());
        });
        assertThat(successes).singleElement().asString().contains("P of UTO");
    }

    @Test
    void onlyAKycTerminalsOwnTokenMaySubmit() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        Caller station = new Caller("station-1", true, Set.of("station"), Set.of(), true, null);
        Caller person = new Caller(anna.id().toString(), false, Set.of("kyc-terminal"), Set.of(), true, null);
        assertThatThrownBy(() -> service.submit(station, submission(p))).isInstanceOf(KycTerminalRequiredException.class);
        assertThatThrownBy(() -> service.submit(person, submission(p))).isInstanceOf(KycTerminalRequiredException.class);
        ChipEvidenceSubmission garbage = new ChipEvidenceSubmission(anna.id(), "x", "not base64!", null, null, null, null);
        assertThatThrownBy(() -> service.submit(station, garbage)).as("the caller before the body").isInstanceOf(KycTerminalRequiredException.class);
        assertThatThrownBy(() -> service.submit(TERMINAL, garbage)).isInstanceOf(org.vigil.identity.application.InvalidFieldException.class);
        assertThat(anna.kycLevel()).isEqualTo(KycLevel.LOW);
    }

    @Test
    void aFailedCheckIsNamedAndChangesNothing() {
        TestPassport bob = TestPassport.builder().holder("SMITH", "BOB").signedBy(DS).build();
        assertRefused(submission(bob), ChipCheck.HOLDER_MISMATCH);
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        assertRefused(submission(p.withDg1(bob.dg1())), ChipCheck.DATA_GROUP_HASH);
        TestPassport unknown = TestPassport.builder().signedBy(TestCsca.of("UTO", "Other").documentSigner("DS")).build();
        assertRefused(submission(unknown), ChipCheck.UNKNOWN_CSCA);
        assertThat(refusals).hasSize(3).allSatisfy(r -> assertThat(r).containsAnyOf("holder-mismatch", "data-group-hash", "unknown-csca"));
    }

    @Test
    void documentsOfStatesNotAcceptedAreRefusedAndTerminalsAreToldWhichAre() {
        service.issuingStates = Optional.of("D, FRA");
        assertRefused(submission(TestPassport.builder().signedBy(DS).build()), ChipCheck.DOCUMENT_NOT_ACCEPTED);
        var configuration = service.configuration(TERMINAL);
        assertThat(configuration.issuingStates()).containsExactly("D", "FRA");
        assertThat(configuration.documentTypes()).containsExactly("A", "C", "I", "P");
        assertThat(configuration.keepFaceImage()).isTrue();
        assertThat(configuration.trustedCscaCountries()).containsExactly("UTO");
        assertThatThrownBy(() -> service.configuration(new Caller("station-1", true, Set.of("station"), Set.of(), true, null)))
                .isInstanceOf(KycTerminalRequiredException.class);
    }

    private void assertRefused(ChipEvidenceSubmission submission, ChipCheck check) {
        assertThatThrownBy(() -> service.submit(TERMINAL, submission)).isInstanceOfSatisfying(KycCheckRefusedException.class, e -> {
            assertThat(e.check()).isEqualTo(check);
            assertThat(e.type().toString()).isEqualTo("urn:vigil:problem:" + check.key());
            assertThat(e.status()).isEqualTo(422);
        });
        assertThat(anna.kycLevel()).isEqualTo(KycLevel.LOW);
        assertThat(anna.birthDate()).isNull();
        assertThat(stored).isEmpty();
        assertThat(successes).isEmpty();
    }

    private ChipEvidenceSubmission submission(TestPassport p) {
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        return new ChipEvidenceSubmission(anna.id(), p.mrz(), b64.encodeToString(p.dg1()), b64.encodeToString(p.dg2()),
                b64.encodeToString(p.sod()), null, null);
    }

    private static Account levelOne(String first, String last) {
        Account a = new Account(first, last, "anna@example.org", "+46701234567", Instant.now());
        a.confirm(Channel.EMAIL, Instant.now());
        a.confirm(Channel.PHONE, Instant.now());
        return a;
    }

    private DefaultChipEvidenceService service() {
        DefaultChipEvidenceService s = new DefaultChipEvidenceService();
        s.accounts = new OneAccount();
        s.chipEvidence = new ChipEvidenceRepository() {
            @Override
            public void store(KycEvidence evidence, ChipEvidence chip) {
                stored.add(chip);
            }

            @Override
            public List<ChipEvidence> ofAccount(UUID accountId) {
                return stored;
            }
        };
        s.trustLists = () -> new CscaTrustList(List.of(UTOPIA.certificate()), List.of());
        s.encryption = encryption;
        s.keepFace = true;
        s.documentTypes = "P,I,A,C";
        s.issuingStates = Optional.empty();
        s.audit = new AuditTrail() {
            @Override
            public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String address, String details) {
                successes.add(action + " " + target + " " + details);
            }

            @Override
            public void recordRefusal(String actor, String action, String target, String address, String reason) {
                refusals.add(action + " " + target + " " + reason);
            }
        };
        return s;
    }

    private final class OneAccount extends NoAccounts {
        @Override
        public Optional<Account> find(UUID id) {
            return anna.id().equals(id) ? Optional.of(anna) : Optional.empty();
        }
    }

    /** An account repository that holds nothing; tests override what they need. */
    static class NoAccounts implements AccountRepository {
        @Override
        public void store(Account account) {
        }

        @Override
        public Optional<Account> find(UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<Account> byEmail(String e) {
            return Optional.empty();
        }

        @Override
        public Optional<Account> byPhone(String p) {
            return Optional.empty();
        }

        @Override
        public List<Account> holding(String e, String p) {
            return List.of();
        }

        @Override
        public List<UUID> activeHolding(AccountRole role) {
            return List.of();
        }

        @Override
        public List<Account> matching(String text, int limit) {
            return List.of();
        }

        @Override
        public void remove(Account account) {
        }

        @Override
        public void store(KycEvidence evidence) {
        }
    }
}
