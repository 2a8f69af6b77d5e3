package org.vigil.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A person known to Vigil. Its id is the OpenID Connect subject. Its KYC level only rises through
 * recorded evidence ({@link KycEvidence}); confirming both email and phone reaches level 1.
 */
@Entity
@Table(name = "idn_account")
public class Account {

    @Id
    private UUID id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String phone;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "phone_verified_at")
    private Instant phoneVerifiedAt;

    @Column(name = "kyc_level", nullable = false)
    private int kycLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idn_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<AccountRole> roles = new HashSet<>();

    @Column(name = "birth_date")
    private java.time.LocalDate birthDate;

    @Column(name = "user_code_hash", length = 200)
    private String userCodeHash;

    protected Account() {
        // for JPA
    }

    public Account(String firstName, String lastName, String email, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = ContactDetails.email(email);
        this.phone = ContactDetails.phone(phone);
        this.kycLevel = KycLevel.NONE.number();
        this.status = AccountStatus.PENDING;
        this.createdAt = now;
    }

    /** @return the evidence of level 1 when this confirmation completes it */
    public Optional<KycEvidence> confirm(Channel channel, Instant now) {
        if (channel == Channel.EMAIL && emailVerifiedAt == null) {
            emailVerifiedAt = now;
        } else if (channel == Channel.PHONE && phoneVerifiedAt == null) {
            phoneVerifiedAt = now;
        }
        if (emailVerifiedAt != null && phoneVerifiedAt != null && kycLevel < KycLevel.LOW.number()) {
            kycLevel = KycLevel.LOW.number();
            status = AccountStatus.ACTIVE;
            return Optional.of(new KycEvidence(id, KycLevel.LOW, "email+phone-otp", "self", now,
                    "email " + email + " and phone " + ContactDetails.maskedPhone(phone) + " confirmed"));
        }
        return Optional.empty();
    }

    /**
     * Level 2: an identity document's chip, read on a KYC terminal, passed every check and names this account's holder.
     * The level never falls (a later read of an account at level 3 is recorded and leaves it there); the document's date
     * of birth becomes the account's when it held none.
     *
     * @throws IllegalStateException for an account that has not reached level 1 or is locked
     */
    public KycEvidence verifyByChip(java.time.LocalDate documentBirthDate, String terminal, Instant now, String details) {
        if (status != AccountStatus.ACTIVE || kycLevel < KycLevel.LOW.number()) {
            throw new IllegalStateException("only an active account at level 1 or above is verified by a chip");
        }
        if (birthDate == null) {
            birthDate = documentBirthDate;
        }
        kycLevel = Math.max(kycLevel, KycLevel.SUBSTANTIAL.number());
        return new KycEvidence(id, KycLevel.SUBSTANTIAL, "emrtd-chip", terminal, now, details);
    }

    /**
     * Level 3: seen in person, with the level-2 document, by the KYC officer(s) named in {@code verifiedBy} (or, for the first
     * officers only, an admin: {@code method} says which).
     *
     * @throws IllegalStateException for an account that is not active at level 2
     */
    public KycEvidence verifyInPerson(String method, String verifiedBy, Instant now, String details) {
        if (status != AccountStatus.ACTIVE || kycLevel != KycLevel.SUBSTANTIAL.number()) {
            throw new IllegalStateException("only an active account at level 2 is verified in person");
        }
        kycLevel = KycLevel.HIGH.number();
        return new KycEvidence(id, KycLevel.HIGH, method, verifiedBy, now, details);
    }

    /** The date of birth an identity document vouched for; null until one did. */
    public java.time.LocalDate birthDate() {
        return birthDate;
    }

    public boolean isConfirmed(Channel channel) {
        return (channel == Channel.EMAIL ? emailVerifiedAt : phoneVerifiedAt) != null;
    }

    /**
     * Stops the account from signing in; its data stays. Locking a locked account changes nothing.
     *
     * @return false for an account still pending its sign-up, which has nothing to lock
     */
    public boolean lock() {
        if (status == AccountStatus.PENDING) {
            return false;
        }
        status = AccountStatus.SUSPENDED;
        return true;
    }

    /** Lets a locked account sign in again; unlocking an active one changes nothing. @return false for a pending account */
    public boolean unlock() {
        if (status == AccountStatus.PENDING) {
            return false;
        }
        status = AccountStatus.ACTIVE;
        return true;
    }

    public void grant(AccountRole role) {
        roles.add(role);
    }

    /** Takes a role away; revoking one not held changes nothing. */
    public void revoke(AccountRole role) {
        roles.remove(role);
    }

    /** The CIBA user_code this person chose, as {@link UserCodes#hash} made it; null while none is set. */
    public String userCodeHash() {
        return userCodeHash;
    }

    public void setUserCodeHash(String hash) {
        this.userCodeHash = hash;
    }

    public UUID id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public KycLevel kycLevel() {
        return KycLevel.ofNumber(kycLevel);
    }

    public AccountStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<AccountRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(AccountRole.class) : EnumSet.copyOf(roles);
    }
}
