package org.vigil.identity.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scope that opens a privileged API, and the role it stands for. A token counts a privileged role
 * only when it also carries the role's scope: an admin who signs in to a first-party application for
 * something else does not carry admin powers into it. Only Vigil's own (first-party) clients may be
 * registered with these scopes, and they are granted only to subjects (people, or a client acting for
 * itself) that hold the role. A privileged surface added later (KYC officers) adds a constant here.
 */
public enum PrivilegedScope {

    /** The admin API: clients, signing keys, device enrollment, roles, care set-up, push administration, the audit trail. */
    ADMIN(org.vigil.platform.access.AdminAuthorization.SCOPE, AccountRole.ADMIN);

    private final String value;
    private final AccountRole role;

    PrivilegedScope(String value, AccountRole role) {
        this.value = value;
        this.role = role;
    }

    public String value() {
        return value;
    }

    public AccountRole role() {
        return role;
    }

    public static Optional<PrivilegedScope> of(String scope) {
        return Arrays.stream(values()).filter(s -> s.value.equals(scope)).findFirst();
    }

    public static Set<String> values(Collection<PrivilegedScope> scopes) {
        return scopes.stream().map(PrivilegedScope::value).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Set<String> all() {
        return values(Arrays.asList(values()));
    }

    /**
     * What a subject holding {@code roles} may be granted of {@code requested}: everything that is not privileged, and a
     * privileged scope only with its role. Order is kept.
     */
    public static Set<String> grantable(Collection<String> requested, Collection<String> roles) {
        return requested.stream().filter(s -> of(s).map(p -> roles.contains(p.role.claim())).orElse(true))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The roles a token lets its bearer act with: none when it was issued to an outside application (the person consented
     * to a login, not to lending it their standing); a privileged role only together with its scope.
     */
    public static Set<String> effectiveRoles(Collection<String> roles, Set<String> scopes, boolean firstParty) {
        if (!firstParty) {
            return Set.of();
        }
        return roles.stream().filter(r -> Arrays.stream(values()).noneMatch(p -> p.role.claim().equals(r) && !scopes.contains(p.value)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The privileged scope a role needs to count, if it is a privileged role. */
    public static Optional<PrivilegedScope> guarding(String role) {
        return Arrays.stream(values()).filter(p -> p.role.claim().equals(role)).findFirst();
    }
}
