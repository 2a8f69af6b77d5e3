package org.vigil.admin.ui;

import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.vigil.admin.security.ConsoleAccessDenied;
import org.vigil.platform.problem.ProblemException;

/**
 * What a console action tells the person: a confirmation, or the business layer's refusal in its
 * own words (an RFC 9457 title and detail). Anything else is a failure for the error page.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Runs the action; a refusal becomes an error message and an empty result. */
    public static <T> java.util.Optional<T> attempt(Supplier<T> action) {
        try {
            return java.util.Optional.ofNullable(action.get());
        } catch (ProblemException e) {
            error(describe(e));
        } catch (ConsoleAccessDenied e) {
            error(e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof ProblemException p) {
                error(describe(p));
            } else {
                throw e;
            }
        }
        return java.util.Optional.empty();
    }

    /** The refusal in words: its title, and each field at fault with the reason when the problem names them. */
    public static String describe(ProblemException e) {
        StringBuilder text = new StringBuilder(e.title()).append(": ");
        if (e.extensions().get("errors") instanceof java.util.List<?> errors && !errors.isEmpty()) {
            for (Object error : errors) {
                if (error instanceof java.util.Map<?, ?> m) {
                    text.append(m.get("field")).append(" \u2014 ").append(m.get("reason")).append(". ");
                }
            }
            return text.toString().strip();
        }
        return text.append(e.detail()).toString();
    }

    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    public static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void error(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
