package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A person with a staff role (supervisor, doctor, nurse...) and an access token, made the way a
 * hospital would: the person signs up and enrolls a device, an admin grants the role, the person
 * logs in to a first-party application with the device and the application redeems the code.
 */
public record CareStaff(String accountId, String accessToken, TestDevice device) {

    public static CareStaff login(WildFlyServer server, MailCatcher mail, String role) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        HttpResponse<String> granted = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/accounts/" + account.id()
                + "/roles/" + role)).header("Authorization", "Bearer " + oidc.adminToken()).PUT(HttpRequest.BodyPublishers.noBody()));
        if (granted.statusCode() != 200) {
            throw new AssertionError("role not granted: " + granted.statusCode() + " " + granted.body());
        }
        TestDevice device = new TestDevice(server);
        HttpResponse<String> enrolled = device.enroll(account.enrollmentCode(), "phone");
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("device not enrolled: " + enrolled.body());
        }
        String token = WebApp.register(server, "Staff app", true)
                .accessToken((browser, loginPage) -> browser.loginWithDevice(loginPage, person.email(), device));
        return new CareStaff(account.id(), token, device);
    }
}
