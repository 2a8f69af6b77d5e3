package org.vigil.identity.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.DecoySignUp;
import org.vigil.identity.application.DecoySignUps;
import org.vigil.identity.application.OwnerNotices;
import org.vigil.identity.application.CodeExhaustedException;
import org.vigil.identity.application.CodeExpiredException;
import org.vigil.identity.application.CodeSender;
import org.vigil.identity.application.Email;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.RateLimit;
import org.vigil.identity.application.RateLimiter;
import org.vigil.identity.application.SignUpRequest;
import org.vigil.identity.application.SignUpService;
import org.vigil.identity.application.SignUpStatus;
import org.vigil.identity.application.Sms;
import org.vigil.identity.application.UnknownSignUpException;
import org.vigil.identity.application.WrongCodeException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.Channel;
import org.vigil.identity.domain.ContactDetails;
import org.vigil.identity.domain.EnrollmentCode;
import org.vigil.identity.domain.EnrollmentCodeRepository;
import org.vigil.identity.domain.OneTimeCode;
import org.vigil.identity.domain.OneTimeCodeRepository;

@Stateless
public class DefaultSignUpService implements SignUpService {

    @Inject
    AccountRepository accounts;

    @Inject
    OneTimeCodeRepository codes;

    @Inject
    EnrollmentCodeRepository enrollmentCodes;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    DecoySignUps decoys;

    @Inject
    OwnerNotices notices;

    @Inject
    @Email
    CodeSender email;

    @Inject
    @Sms
    CodeSender sms;

    @Override
    public SignUpStatus start(SignUpRequest request, String clientAddress) {
        String emailAddress = valid("email", () -> ContactDetails.email(request.email()));
        String phone = valid("phone", () -> ContactDetails.phone(request.phone()));
        rateLimiter.acquire(RateLimit.SIGN_UPS_PER_CLIENT, clientAddress);
        List<Account> holders = accounts.holding(emailAddress, phone);
        List<Account> owners = holders.stream().filter(h -> h.status() != AccountStatus.PENDING).toList();
        if (!owners.isEmpty()) {
            // answered like any sign-up, so the answer tells nobody who has an account; the owners hear of it instead
            owners.forEach(owner -> notices.signUpAttempted(owner.email()));
            DecoySignUp decoy = new DecoySignUp(UUID.randomUUID(), emailAddress, phone, 0);
            decoys.keep(decoy);
            return status(decoy);
        }
        // an abandoned sign-up must not keep someone else from signing up with their own address
        holders.forEach(accounts::remove);
        Account account = new Account(request.firstName().strip(), request.lastName().strip(), emailAddress, phone, Instant.now());
        accounts.store(account);
        sendCode(account, Channel.EMAIL);
        sendCode(account, Channel.PHONE);
        return status(account, null);
    }

    @Override
    public SignUpStatus confirm(UUID signUpId, Channel channel, String typed) {
        Optional<DecoySignUp> decoy = accounts.find(signUpId).isPresent() ? Optional.empty() : decoys.find(signUpId);
        if (decoy.isPresent()) {
            DecoySignUp typedWrong = decoy.get().typedWrong();
            decoys.keep(typedWrong);
            if (typedWrong.wrongCodes() >= OneTimeCode.MAX_ATTEMPTS) {
                throw new CodeExhaustedException("This code was typed wrong too often; ask for a new one.");
            }
            throw new WrongCodeException(OneTimeCode.MAX_ATTEMPTS - typedWrong.wrongCodes());
        }
        Account account = accounts.find(signUpId).orElseThrow(() -> new UnknownSignUpException("No sign-up has the id " + signUpId + "."));
        if (account.isConfirmed(channel)) {
            return status(account, null);
        }
        OneTimeCode code = codes.latest(account.id(), channel)
                .orElseThrow(() -> new CodeExpiredException("No code was sent to this " + channel.name().toLowerCase() + "."));
        Instant now = Instant.now();
        switch (code.check(typed, now)) {
            case ACCEPTED -> {
                String enrollment = account.confirm(channel, now).map(evidence -> {
                    accounts.store(evidence);
                    EnrollmentCode.Issued issued = EnrollmentCode.issue(account.id(), now);
                    enrollmentCodes.store(issued.stored());
                    return issued.code();
                }).orElse(null);
                return status(account, enrollment);
            }
            case WRONG -> throw new WrongCodeException(code.attemptsLeft());
            case EXHAUSTED -> throw new CodeExhaustedException("This code was typed wrong too often; ask for a new one.");
            default -> throw new CodeExpiredException("This code has expired or was used; ask for a new one.");
        }
    }

    @Override
    public SignUpStatus resend(UUID signUpId, Channel channel, String clientAddress) {
        rateLimiter.acquire(RateLimit.RESENDS_PER_CLIENT, clientAddress);
        Optional<Account> found = accounts.find(signUpId);
        if (found.isEmpty()) {
            return decoys.find(signUpId).map(DefaultSignUpService::status)
                    .orElseThrow(() -> new UnknownSignUpException("No sign-up has the id " + signUpId + "."));
        }
        Account account = found.get();
        if (!account.isConfirmed(channel)) {
            sendCode(account, channel);
        }
        return status(account, null);
    }

    @Override
    public SignUpStatus status(UUID signUpId) {
        return accounts.find(signUpId).map(a -> status(a, null))
                .or(() -> decoys.find(signUpId).map(DefaultSignUpService::status))
                .orElseThrow(() -> new UnknownSignUpException("No sign-up has the id " + signUpId + "."));
    }

    private static SignUpStatus status(DecoySignUp decoy) {
        return new SignUpStatus(decoy.id(), decoy.email(), ContactDetails.maskedPhone(decoy.phone()), false, false, 0, null);
    }

    private void sendCode(Account account, Channel channel) {
        String recipient = channel == Channel.EMAIL ? account.email() : account.phone();
        rateLimiter.acquire(RateLimit.CODES_PER_RECIPIENT, recipient);
        OneTimeCode.Issued issued = OneTimeCode.issue(account.id(), channel, Instant.now());
        codes.store(issued.stored());
        (channel == Channel.EMAIL ? email : sms).send(recipient, issued.code());
    }

    private static SignUpStatus status(Account account, String enrollmentCode) {
        return new SignUpStatus(account.id(), account.email(), ContactDetails.maskedPhone(account.phone()),
                account.isConfirmed(Channel.EMAIL), account.isConfirmed(Channel.PHONE), account.kycLevel().number(), enrollmentCode);
    }

    private static String valid(String field, java.util.function.Supplier<String> normalise) {
        try {
            return normalise.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }
}
