package org.vigil.client.sdk.care;

import java.util.List;

/** The NEWS2 the server computed after a bedside assessment; {@code missing} names what a partial score lacks. */
public record News2Score(Integer total, String band, boolean partial, List<String> missing) {
}
