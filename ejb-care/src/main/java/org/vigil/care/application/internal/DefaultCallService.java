package org.vigil.care.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CallRefusedException;
import org.vigil.care.application.CareAccessRule;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.RingingCall;
import org.vigil.care.application.CallService;
import org.vigil.care.application.CallView;
import org.vigil.care.application.ReadGuard;
import org.vigil.care.application.StationCaller;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.call.Call;
import org.vigil.care.domain.call.CallAdmission;
import org.vigil.care.domain.call.CallParty;
import org.vigil.care.domain.call.CallRefusalReason;
import org.vigil.care.domain.call.CallState;
import org.vigil.care.domain.call.CallTransitionException;
import org.vigil.care.domain.call.TurnCredentials;
import org.vigil.care.domain.device.Gateway;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.infrastructure.persistence.JpaStationAssignments;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

@Stateless
public class DefaultCallService implements CallService {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    CallSettings settings;

    @EJB
    AuditRecorder auditTrail;

    @Override
    public Duration ringTime() {
        return settings.ringTime();
    }

    @Override
    public Optional<UUID> patientOfGateway(String gatewayClientId) {
        return em.createQuery("select g from Gateway g where g.clientId = :c", Gateway.class).setParameter("c", gatewayClientId)
                .getResultStream().filter(Gateway::active).map(Gateway::patientId).findFirst();
    }

    @Override
    public RingingCall ring(StationCaller caller, UUID patientId, Predicate<String> gatewayConnected) {
        Instant now = Instant.now();
        Optional<Station> station = em.createQuery("select s from Station s where s.clientId = :c", Station.class)
                .setParameter("c", caller.stationClientId()).getResultStream().filter(Station::active).findFirst();
        boolean assigned = new JpaStationAssignments(em).watches(caller.stationClientId(), patientId);
        Optional<String> gateway = em.createQuery("select g from Gateway g where g.patientId = :p and g.retiredAt is null", Gateway.class)
                .setParameter("p", patientId).getResultStream().map(Gateway::clientId).filter(gatewayConnected).findFirst()
                .or(() -> em.createQuery("select g from Gateway g where g.patientId = :p and g.retiredAt is null", Gateway.class)
                        .setParameter("p", patientId).getResultStream().map(Gateway::clientId).findFirst());
        List<Call> live = liveCallsOf(patientId);
        live.forEach(c -> c.missIfUnanswered(now, settings.ringTime()));
        boolean inCall = live.stream().anyMatch(c -> c.state().live());
        Optional<CallRefusalReason> refusal = CallAdmission.refusal(new CallAdmission.Circumstances(station.isPresent(), caller.personRole(),
                assigned, gateway.isPresent(), gateway.filter(gatewayConnected).isPresent(), inCall));
        ReadGuard audit = ReadSupport.guard(em, dataSource);
        Requester requester = requester(caller);
        if (refusal.isPresent()) {
            if (station.isPresent() && refusal.get().ordinal() <= CallRefusalReason.NOT_ASSIGNED.ordinal()) {
                // a station reaching for a patient it has no standing for: on the patient's trail, like a refused read
                audit.record(requester, patientId, "video call refused: " + refusal.get().code(), false, false);
            }
            throw new CallRefusedException(refusal.get().code(), refusal.get().detail());
        }
        Call call = new Call(patientId, station.get().id(), caller.stationClientId(), caller.personAccountId().orElseThrow(),
                caller.personRole().orElseThrow(), gateway.get(), now);
        em.persist(call);
        audit.record(requester, patientId, "video call " + call.id(), false, true);
        Patient patient = em.find(Patient.class, patientId);
        return new RingingCall(CallView.of(call), station.get().name(), patient != null && patient.answersCallsAutomatically());
    }

    @Override
    public CallView accept(UUID callId, String gatewayClientId) {
        Call call = asParty(callId, gatewayClientId, CallParty.GATEWAY);
        Instant now = Instant.now();
        if (call.missIfUnanswered(now, settings.ringTime())) {
            return CallView.of(call); // too late: it was missed, and the caller is told so
        }
        step(() -> call.accept(now));
        return CallView.of(call);
    }

    @Override
    public CallView decline(UUID callId, String gatewayClientId) {
        Call call = asParty(callId, gatewayClientId, CallParty.GATEWAY);
        step(() -> call.decline(Instant.now()));
        return CallView.of(call);
    }

    @Override
    public CallView hangUp(UUID callId, String partyClientId) {
        Call call = locked(callId);
        CallParty party = call.partyOf(partyClientId).orElseThrow(DefaultCallService::notAParty);
        step(() -> call.hangUp(party, Instant.now()));
        return CallView.of(call);
    }

    @Override
    public Optional<CallView> missIfUnanswered(UUID callId) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        return call != null && call.missIfUnanswered(Instant.now(), settings.ringTime()) ? Optional.of(CallView.of(call)) : Optional.empty();
    }

    @Override
    public int endAllLive() {
        List<Call> live = em.createQuery("select c from Call c where c.state in :live", Call.class)
                .setParameter("live", Set.of(CallState.RINGING, CallState.ACCEPTED)).getResultList();
        Instant now = Instant.now();
        live.forEach(c -> {
            if (!c.missIfUnanswered(now, Duration.ZERO)) {
                c.hangUp(CallParty.STATION, now);
            }
        });
        return live.size();
    }

    @Override
    public CallView liveCallOf(UUID callId, String partyClientId) {
        Call call = liveAsParty(callId, partyClientId);
        return CallView.of(call);
    }

    @Override
    public Optional<TurnCredentials> turnCredentials(UUID callId, String partyClientId) {
        Call call = liveAsParty(callId, partyClientId);
        return settings.turn().map(maker -> maker.issue(call.id(), Instant.now()));
    }

    @Override
    public void setAutoAnswer(Caller caller, UUID patientId, boolean autoAnswer) {
        UUID person = CareAccessRule.supervisorOrDoctor(caller);
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw CareRefusal.notFound("patient", patientId);
        }
        if (!caller.roles().contains(CareAccessRule.SUPERVISOR) && !doctorOfTeam(patientId, person)) {
            throw CareRefusal.forbidden("Only a supervisor or a doctor of the patient's care team sets how the gateway answers calls.");
        }
        patient.answerCallsAutomatically(autoAnswer);
        auditTrail.record(CareAccessRule.auditName(person), "call.auto-answer.set", "patient:" + patientId, caller.address(),
                autoAnswer ? "auto-answer on" : "auto-answer off");
    }

    private boolean doctorOfTeam(UUID patientId, UUID account) {
        return em.createQuery("select m from CareTeamMember m where m.patientId = :p and m.accountId = :a", CareTeamMember.class)
                .setParameter("p", patientId).setParameter("a", account).getResultStream()
                .anyMatch(m -> m.current() && m.role() == CareRole.DOCTOR);
    }

    @Override
    public List<CallView> history(Requester requester, UUID patientId, String what) {
        ReadSupport.guard(em, dataSource).admit(requester, patientId, what, true);
        return em.createQuery("select c from Call c where c.patientId = :p order by c.startedAt desc", Call.class).setParameter("p", patientId)
                .setMaxResults(500).getResultStream().map(CallView::of).toList();
    }

    private Call liveAsParty(UUID callId, String clientId) {
        Call call = em.find(Call.class, callId);
        if (call == null || call.partyOf(clientId).isEmpty()) {
            throw notAParty();
        }
        if (!call.state().live()) {
            throw new CallRefusedException("not-live", "the call is " + call.state().wire());
        }
        return call;
    }

    private Call asParty(UUID callId, String clientId, CallParty expected) {
        Call call = locked(callId);
        if (call.partyOf(clientId).filter(expected::equals).isEmpty()) {
            throw notAParty();
        }
        return call;
    }

    /** The call, locked for the step: the gateway's accept and the ring timer's miss must not both win. */
    private Call locked(UUID callId) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw notAParty(); // an unknown id is answered as a stranger's call: it tells nobody what exists
        }
        return call;
    }

    private List<Call> liveCallsOf(UUID patientId) {
        return em.createQuery("select c from Call c where c.patientId = :p and c.state in :live", Call.class).setParameter("p", patientId)
                .setParameter("live", Set.of(CallState.RINGING, CallState.ACCEPTED)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static void step(Runnable transition) {
        try {
            transition.run();
        } catch (CallTransitionException e) {
            throw new CallRefusedException("wrong-state", e.getMessage());
        }
    }

    private static CallRefusedException notAParty() {
        return new CallRefusedException("not-a-party", "this connection is not a party to that call");
    }

    private static Requester requester(StationCaller caller) {
        // the person at the station is who sees the patient; the station's client is how
        return caller.personAccountId().<Requester>map(account -> Requester.person(account, caller.stationClientId(),
                        Set.of(caller.personRole().orElse("")), caller.address()))
                .orElseGet(() -> Requester.device(caller.stationClientId(), Set.of("station"), caller.address()));
    }
}
