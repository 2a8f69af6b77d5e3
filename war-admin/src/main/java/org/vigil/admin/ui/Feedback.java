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
            error(e.title() + ": " + e.detail());
        } catch (ConsoleAccessDenied e) {
            error(e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof ProblemException p) {
                error(p.title() + ": " + p.detail());
            } else {
                throw e;
            }
        }
        return java.util.Optional.empty();
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
