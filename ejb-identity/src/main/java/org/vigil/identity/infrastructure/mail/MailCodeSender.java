package org.vigil.identity.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.vigil.identity.application.CodeSender;
import org.vigil.identity.application.DeliveryFailedException;
import org.vigil.identity.application.Email;
import org.vigil.identity.domain.OneTimeCode;

/**
 * Sends codes through WildFly's default mail session; its SMTP server and sender address are
 * server configuration (VIGIL_SMTP_HOST, VIGIL_SMTP_PORT, VIGIL_MAIL_FROM).
 */
@ApplicationScoped
@Email
public class MailCodeSender implements CodeSender {

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Override
    public void send(String recipient, String code) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject("Your Vigil code: " + code, "UTF-8");
            message.setText("""
                    Your Vigil confirmation code is %s

                    Type it where you signed up. It expires in %d minutes.
                    If you did not sign up for Vigil, ignore this message.
                    """.formatted(code, OneTimeCode.LIFETIME.toMinutes()), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailedException("email", e);
        }
    }
}
