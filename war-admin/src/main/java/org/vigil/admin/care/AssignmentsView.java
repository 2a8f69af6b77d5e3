package org.vigil.admin.care;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The supervisors' page: which station watches which patient now (changes are made at the supervisor station). */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    @Inject
    CareFacade care;

    private List<AssignmentRow> rows = List.of();

    @PostConstruct
    void load() {
        rows = care.currentAssignments();
    }

    public void refresh() {
        load();
    }

    public List<AssignmentRow> getRows() {
        return rows;
    }
}
