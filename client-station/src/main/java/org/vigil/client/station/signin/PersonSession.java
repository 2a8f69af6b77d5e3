package org.vigil.client.station.signin;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The person signed in at the station: the tokens CIBA gave the station for them. The claims are
 * read only to greet the person and pick the screen; the server checks the token on every call.
 */
public record PersonSession(String login, String accessToken, Optional<String> refreshToken, String name, List<String> roles) {

    public static PersonSession of(String login, String accessToken, String refreshToken) {
        String name = login;
        List<String> roles = List.of();
        try {
            JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
            Object r = claims.getClaim("roles");
            if (r instanceof List<?> list) {
                roles = list.stream().map(String::valueOf).toList();
            }
            String n = claims.getStringClaim("name");
            if (n != null && !n.isBlank()) {
                name = n;
            }
        } catch (ParseException e) {
            // an opaque token: greet by login, and let the server decide what the person may do
        }
        return new PersonSession(login, accessToken, Optional.ofNullable(refreshToken), name, roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public String roleText() {
        return has("doctor") ? "doctor" : has("nurse") ? "nurse" : has("supervisor") ? "supervisor" : has("kyc-officer") ? "KYC officer"
                : "no care role";
    }
}
