package org.vigil.api.admin;

import java.util.UUID;

/** The answer to a gateway's enrolment. */
public record EnrolledGateway(UUID gatewayId) {
}
