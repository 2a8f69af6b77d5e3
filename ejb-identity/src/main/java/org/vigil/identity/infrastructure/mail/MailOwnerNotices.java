package org.vigil.identity.infrastructure.mail;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.vigil.identity.application.OwnerNotices;

/** Notices by mail, through the same mail session as the codes. */
@ApplicationScoped
public class MailOwnerNotices implements OwnerNotices {

    private static final Logger LOG = Logger.getLogger(MailOwnerNotices.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Override
    public void signUpAttempted(String email) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email, true));
            message.setSubject("Someone signed up with details that already have a Vigil account", "UTF-8");
            message.setText("""
                    Someone just tried to sign up for Vigil with your email address or your phone number,
                    which already has a Vigil account. No new account was made and nothing was changed.

                    If it was you: you have an account already; log in with your authenticator.
                    If it was not you: you need not do anything.
                    """, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            // the sign-up must answer as any other would; a lost notice is logged, not shown
            LOG.log(Level.WARNING, "the sign-up notice to an account owner could not be sent", e);
        }
    }
}
