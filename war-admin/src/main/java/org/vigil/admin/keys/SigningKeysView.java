package org.vigil.admin.keys;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;

/** The signing-keys page: what the JWKS publishes, and rotating a key after a suspected compromise. */
@Named
@ViewScoped
public class SigningKeysView implements Serializable {

    @Inject
    SigningKeyFacade keys;

    private List<SigningKeyRow> rows = List.of();
    private String alg = "ES256";

    @PostConstruct
    void load() {
        rows = keys.published();
    }

    public void rotate() {
        Feedback.attempt(() -> keys.rotate(alg)).ifPresent(kid -> {
            Feedback.info("A new " + alg + " key signs from now on: " + kid + ". The old one stays published until its tokens expire.");
            rows = keys.published();
        });
    }

    public List<String> getAlgorithms() {
        return keys.algorithms();
    }

    public List<SigningKeyRow> getRows() {
        return rows;
    }

    public String getAlg() {
        return alg;
    }

    public void setAlg(String alg) {
        this.alg = alg;
    }
}
