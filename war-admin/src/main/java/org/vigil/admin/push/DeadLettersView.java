package org.vigil.admin.push;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;
import org.vigil.push.application.DeadLetterView;

/** The dead-letter page: push messages the server gave up on, each retried or dropped. */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    @Inject
    DeadLetterFacade deadLetters;

    private List<DeadLetterView> rows = List.of();

    @PostConstruct
    void load() {
        rows = deadLetters.list();
    }

    public void retry(String id) {
        if (deadLetters.retry(id)) {
            Feedback.info("Put back on the push queue: its deliveries start over.");
        } else {
            Feedback.error("That dead letter is gone already.");
        }
        load();
    }

    public void drop(String id) {
        if (deadLetters.drop(id)) {
            Feedback.info("Dropped.");
        } else {
            Feedback.error("That dead letter is gone already.");
        }
        load();
    }

    public void refresh() {
        load();
    }

    public List<DeadLetterView> getRows() {
        return rows;
    }
}
