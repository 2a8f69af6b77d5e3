package org.vigil.api.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.care.live.LiveFeed;
import org.vigil.api.care.live.StationSignIn;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.CareDirectory;
import org.vigil.care.application.SupervisionBoard;
import org.vigil.identity.application.AccountLookup;

/**
 * The supervisor station's board: the patients under monitoring (names, no vitals), the
 * monitoring stations with who is signed in at each now, and the assignments in force.
 * Supervisors only; each reading is audited, since it lists patients by name: the care module decides and audits,
 * this resource adds who is signed in at each station.
 */
@Path("/v1/supervision/board")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    @EJB
    CareDirectory directory;

    @EJB
    LiveFeed feed;

    @EJB
    AccountLookup accounts;

    @Context
    HttpServletRequest http;

    @GET
    public Map<String, Object> board() {
        SupervisionBoard care = directory.supervisionBoard(Callers.of(http));
        List<Map<String, Object>> patients = care.patients().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("patientId", p.patientId());
            row.put("familyName", p.familyName());
            row.put("givenName", p.givenName());
            row.put("birthDate", p.birthDate().toString());
            return row;
        }).toList();
        List<StationSignIn> signIns = feed.signIns();
        List<Map<String, Object>> stations = care.stations().stream()
                .map(s -> Map.<String, Object>of("stationId", s.id(), "name", s.name(), "signedIn",
                        signIns.stream().filter(i -> i.stationId().equals(s.id())).map(this::signedIn).toList())).toList();
        Map<String, Object> board = new LinkedHashMap<>();
        board.put("patients", patients);
        board.put("stations", stations);
        board.put("assignments", care.assignments());
        return board;
    }

    /** A person at a station, named as their account says; the account id alone tells a supervisor nothing. */
    private Map<String, Object> signedIn(StationSignIn signIn) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("accountId", signIn.accountId());
        person.put("name", accounts.account(signIn.accountId()).map(a -> (a.firstName() + " " + a.lastName()).strip()).orElse("someone"));
        person.put("since", signIn.since().toString());
        return person;
    }
}
