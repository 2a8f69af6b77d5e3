package org.vigil.client.station.kyc;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.vigil.client.sdk.kyc.KycCase;
import org.vigil.client.sdk.kyc.KycClient;
import org.vigil.client.sdk.kyc.KycPerson;
import org.vigil.client.station.StationSession;
import org.vigil.client.station.StationWindow;
import org.vigil.client.station.signin.Refusals;
import org.vigil.client.station.ui.Background;
import org.vigil.client.station.ui.Styles;

/**
 * The KYC officer's desk: find the person standing before her, see the document as its chip described it and the face
 * the chip held (the server unseals and audits each look), compare both with the person and the paper document, and
 * approve or refuse with a reason. The server decides whether one approval is enough or a second officer's is needed.
 */
public final class KycOfficerScreen implements StationWindow.Screen {

    private static final double FACE_WIDTH = 180;

    private final StationSession session;
    private final KycClient kyc;
    private final TextField query = Styles.id(new TextField(), "kycQuery");
    private final ListView<KycPerson> people = Styles.id(new ListView<>(), "kycPeople");
    private final Label name = Styles.id(Styles.label("Find the person before you by name, email or phone.", Styles.TITLE), "kycName");
    private final VBox document = Styles.id(new VBox(4), "kycDocument");
    private final ImageView face = Styles.id(new ImageView(), "kycFace");
    private final Label faceNote = Styles.id(Styles.label("", "-fx-text-fill: #546e7a;"), "kycFaceNote");
    private final Label round = Styles.id(Styles.label("", "-fx-font-weight: bold;"), "kycRound");
    private final ListView<String> history = Styles.id(new ListView<>(), "kycHistory");
    private final TextField reason = Styles.id(new TextField(), "kycReason");
    private final Label result = Styles.id(Styles.label("", ""), "kycResult");
    private final Label status = Styles.id(Styles.label("KYC desk", "-fx-text-fill: white;"), "kycStatus");
    private final Button approve = Styles.id(new Button("Approve: level 3"), "kycApprove");
    private final Button refuse = Styles.id(new Button("Refuse"), "kycRefuse");
    private final BorderPane view = new BorderPane();
    private KycCase shown;

    public KycOfficerScreen(StationSession session) {
        this.session = session;
        this.kyc = new KycClient(session.server());
        query.setPromptText("name, email or phone");
        Button search = Styles.id(new Button("Search"), "kycSearch");
        search.setDefaultButton(true);
        search.setOnAction(e -> search());
        people.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(KycPerson item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CaseText.person(item));
            }
        });
        people.setPlaceholder(new Label("Nobody found yet."));
        people.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> open(now));
        HBox searchRow = new HBox(8, query, search);
        HBox.setHgrow(query, Priority.ALWAYS);
        VBox left = new VBox(8, Styles.label("People", Styles.TITLE), searchRow, people);
        VBox.setVgrow(people, Priority.ALWAYS);
        left.setPrefWidth(380);

        face.setFitWidth(FACE_WIDTH);
        face.setPreserveRatio(true);
        StackPane faceFrame = new StackPane(face);
        faceFrame.setMinSize(FACE_WIDTH + 8, FACE_WIDTH * 4 / 3 + 8);
        faceFrame.setStyle("-fx-background-color: white; -fx-border-color: #90a4ae; -fx-padding: 4;");
        VBox faceBox = new VBox(6, Styles.label("Face on the chip", "-fx-font-weight: bold;"), faceFrame, faceNote);
        VBox documentBox = new VBox(6, Styles.label("Document (from the chip)", "-fx-font-weight: bold;"), document);
        HBox.setHgrow(documentBox, Priority.ALWAYS);
        HBox evidence = new HBox(16, faceBox, documentBox);
        reason.setPromptText("reason (required to refuse; kept with the decision)");
        // a complaint about the missing reason goes once the officer types one
        reason.textProperty().addListener((o, was, now) -> {
            if (Styles.ERROR.equals(result.getStyle())) {
                result.setText("");
            }
        });
        approve.setOnAction(e -> decide("approved"));
        refuse.setOnAction(e -> decide("refused"));
        approve.setDisable(true);
        refuse.setDisable(true);
        HBox actions = new HBox(8, reason, approve, refuse);
        HBox.setHgrow(reason, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        history.setPrefHeight(110);
        VBox right = new VBox(10, name, evidence, round, Styles.label("Decisions", "-fx-font-weight: bold;"), history, actions, result);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(14, left, right);
        body.setPadding(new Insets(10));
        view.setCenter(body);
    }

    private void search() {
        String text = query.getText().strip();
        if (text.length() < 2) {
            fail("Type at least two letters of a name, an email or a phone number.");
            return;
        }
        Background.run(() -> kyc.find(session.personToken(), text), found -> {
            people.getItems().setAll(found);
            status.setText("KYC desk: " + found.size() + " found");
            result.setText("");
        }, e -> fail("Search failed: " + Refusals.of(e)));
    }

    private void open(KycPerson person) {
        shown = null;
        document.getChildren().clear();
        face.setImage(null);
        faceNote.setText("");
        history.getItems().clear();
        round.setText("");
        approve.setDisable(true);
        refuse.setDisable(true);
        if (person == null) {
            return;
        }
        name.setText(person.displayName() + " · KYC level " + person.kycLevel());
        Background.run(() -> kyc.evidence(session.personToken(), person.accountId()), c -> {
            shown = c;
            CaseText.document(c).forEach(line -> document.getChildren().add(new Label(line)));
            round.setText(CaseText.round(c));
            history.getItems().setAll(c.history().stream().map(CaseText::decision).toList());
            if (c.history().isEmpty()) {
                history.getItems().add("No decision yet.");
            }
            boolean open = c.person().kycLevel() == 2;
            approve.setDisable(!open);
            refuse.setDisable(!open);
            if (c.faceKept()) {
                loadFace(person);
            } else {
                faceNote.setText("The server did not keep the face image.");
            }
        }, e -> {
            document.getChildren().add(Styles.label(Refusals.of(e), Styles.ERROR));
        });
    }

    private void loadFace(KycPerson person) {
        Background.run(() -> kyc.face(session.personToken(), person.accountId()), image -> {
            Image shownImage = new Image(new ByteArrayInputStream(image.bytes()));
            if (shownImage.isError()) {
                faceNote.setText("The chip's image (" + image.mediaType() + ") cannot be shown here.");
                return;
            }
            face.setImage(shownImage);
            faceNote.setText((int) shownImage.getWidth() + " × " + (int) shownImage.getHeight() + " px, " + image.mediaType());
        }, e -> faceNote.setText("Face not loaded: " + Refusals.of(e)));
    }

    private void decide(String decision) {
        KycCase c = shown;
        if (c == null) {
            fail("Select the person first.");
            return;
        }
        String why = reason.getText().strip();
        if (decision.equals("refused") && why.isEmpty()) {
            fail("Give the reason for refusing: it is kept with the decision. Nothing was recorded.");
            return;
        }
        String who = c.person().firstName() + " " + c.person().lastName();
        approve.setDisable(true);
        refuse.setDisable(true);
        Background.run(() -> kyc.decide(session.personToken(), c.person().accountId(), decision, why), done -> {
            result.setStyle("-fx-font-weight: bold;");
            result.setText(CaseText.outcome(who, done));
            reason.clear();
            Optional.ofNullable(people.getSelectionModel().getSelectedItem()).ifPresent(p -> open(new KycPerson(p.accountId(), p.firstName(),
                    p.lastName(), p.email(), done.kycLevel())));
        }, e -> {
            approve.setDisable(false);
            refuse.setDisable(false);
            fail("Not recorded: " + Refusals.of(e));
        });
    }

    private void fail(String text) {
        result.setStyle(Styles.ERROR);
        result.setText(text);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node status() {
        return status;
    }

    @Override
    public void close() {
        face.setImage(null);
    }
}
