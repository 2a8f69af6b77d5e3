package org.vigil.client.station;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.vigil.client.sdk.care.CareClient;
import org.vigil.client.sdk.station.StationCredentials;
import org.vigil.client.station.identity.StationIdentity;
import org.vigil.client.station.monitor.MonitoringScreen;
import org.vigil.client.station.signin.PersonSession;
import org.vigil.client.station.signin.Refusals;
import org.vigil.client.station.signin.SignIn;
import org.vigil.client.station.supervisor.SupervisorScreen;
import org.vigil.client.station.ui.Background;
import org.vigil.client.station.ui.Styles;

/**
 * The station's one window: a top bar that always says which station this is, who is signed in
 * and the state of the live link; a message line at the bottom; and in between the screen of the
 * moment (enrollment, sign-in, the mode's work, or the idle lock that hides patient data).
 */
public final class StationWindow {

    private final StationOptions options;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Label stationLabel = Styles.label("Vigil station", Styles.TOP_TEXT + "-fx-font-weight: bold;");
    private final Label personLabel = Styles.id(Styles.label("Nobody signed in", Styles.TOP_TEXT), "person");
    private final HBox statusSlot = new HBox(10);
    private final Button lockButton = Styles.id(new Button("Lock"), "lock");
    private final Button signOutButton = Styles.id(new Button("Sign out"), "signOut");
    private final Label message = Styles.id(Styles.label("", "-fx-padding: 4 10 4 10;"), "message");
    private final Timeline idle = new Timeline();

    private URI server;
    private StationCredentials credentials;
    private StationMode mode = StationMode.MONITORING;
    private PersonSession person;
    private Screen screen;
    private Node lockedContent;
    private SignIn pending;

    /** A mode's screen as the window holds it. */
    public interface Screen {
        Node view();

        /** Status items for the top bar (connection state, mute), or none. */
        Node status();

        void close();
    }

    private StationWindow(StationOptions options, Stage stage) {
        this.options = options;
        this.stage = stage;
    }

    public static StationWindow open(StationOptions options, Stage stage) {
        StationWindow w = new StationWindow(options, stage);
        w.build();
        w.start();
        return w;
    }

    private void build() {
        lockButton.setOnAction(e -> lock());
        signOutButton.setOnAction(e -> signOut("Signed out."));
        lockButton.setDisable(true);
        signOutButton.setDisable(true);
        // a long connection state ("Reconnecting — values shown may be old") wraps; the buttons keep their words
        lockButton.setMinWidth(Region.USE_PREF_SIZE);
        signOutButton.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(stationLabel, spacer, statusSlot, personLabel, lockButton, signOutButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setStyle(Styles.TOP_BAR);
        statusSlot.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        root.setBottom(message);
        root.setStyle(Styles.ROOT);
        Scene scene = new Scene(root, 1366, 768);
        // any key or click is activity: the idle lock starts over
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, this::activity);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        stage.setScene(scene);
        stage.setTitle("Vigil station");
        stage.setMinWidth(1024);
        stage.setMinHeight(600);
        stage.show();
        idle.getKeyFrames().setAll(new KeyFrame(Duration.millis(options.idleLock().toMillis()), e -> lock()));
    }

    private void start() {
        say("Loading the station's identity…");
        Background.run(() -> StationIdentity.load(options.dir(), options.keyPassword()), loaded -> {
            if (loaded.isEmpty()) {
                showEnrollment(null);
            } else {
                enrolled(loaded.get().server(), loaded.get().credentials());
            }
        }, e -> showEnrollment("The station's key could not be opened (" + Refusals.of(e) + "). Enroll it again with a new code."));
    }

    // ------------------------------------------------------------------ enrollment

    private void showEnrollment(String problem) {
        Label title = Styles.label("Enroll this station", Styles.TITLE);
        Label help = Styles.label("An admin issues a one-time code for a station (monitoring or supervisor). The station makes its own key, "
                + "kept in " + options.dir().resolve("station.p12") + ", and proves it to the server with the code.", "");
        TextField serverField = Styles.id(new TextField(options.server().map(URI::toString).orElse("http://localhost:8080")), "server");
        PasswordField codeField = Styles.id(new PasswordField(), "enrollmentCode");
        codeField.setPromptText("one-time code");
        Label error = Styles.id(Styles.label(problem == null ? "" : problem, Styles.ERROR), "enrollError");
        Button enroll = Styles.id(new Button("Enroll"), "enroll");
        enroll.setDefaultButton(true);
        enroll.setOnAction(e -> {
            String code = codeField.getText().strip();
            URI target;
            try {
                target = URI.create(serverField.getText().strip().replaceAll("/+$", ""));
                if (target.getScheme() == null || target.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException ex) {
                error.setText("The server address is not a URL (write it like http://localhost:8080).");
                return;
            }
            if (code.isEmpty()) {
                error.setText("Type the one-time code the admin gave you.");
                return;
            }
            enroll.setDisable(true);
            error.setText("");
            say("Enrolling…");
            Background.run(() -> StationIdentity.enroll(target, code, options.dir(), options.keyPassword()), c -> {
                say("Enrolled as " + c.station().stationName() + " (" + c.station().stationMode() + ").");
                enrolled(target, c);
            }, ex -> {
                enroll.setDisable(false);
                error.setText("Enrollment refused: " + Refusals.of(ex));
                say("");
            });
        });
        VBox box = form(title, help, new Label("Server"), serverField, new Label("One-time code"), codeField, enroll, error);
        root.setCenter(box);
        codeField.requestFocus();
    }

    private void enrolled(URI server, StationCredentials credentials) {
        this.server = server;
        this.credentials = credentials;
        this.mode = StationMode.of(credentials.station().stationMode());
        stationLabel.setText("Vigil · " + mode.title() + " · " + credentials.station().stationName());
        stage.setTitle("Vigil " + mode.title().toLowerCase(java.util.Locale.ROOT) + " station — " + credentials.station().stationName());
        showSignIn(options.login().orElse(""), null);
        // a station started for someone (--login) asks for their approval at once
        options.login().ifPresent(l -> root.getCenter().lookup("#signIn").fireEvent(new javafx.event.ActionEvent()));
    }

    // ------------------------------------------------------------------ sign-in

    private void showSignIn(String login, String problem) {
        Label title = Styles.label("Sign in at " + credentials.station().stationName(), Styles.TITLE);
        Label help = Styles.label("For " + mode.whoMaySignIn() + ". Type your email or phone; approve on your authenticator when it shows "
                + "the same words as this screen.", "");
        TextField loginField = Styles.id(new TextField(login), "login");
        loginField.setPromptText("email or phone");
        Label binding = Styles.id(Styles.label("", "-fx-font-size: 20px; -fx-font-weight: bold; -fx-text-fill: #1f2d3d;"), "binding");
        Label error = Styles.id(Styles.label(problem == null ? "" : problem, Styles.ERROR), "signInError");
        Button signIn = Styles.id(new Button("Sign in"), "signIn");
        Button cancel = Styles.id(new Button("Cancel"), "cancelSignIn");
        cancel.setDisable(true);
        signIn.setDefaultButton(true);
        signIn.setOnAction(e -> {
            String who = loginField.getText().strip();
            if (who.isEmpty()) {
                error.setText("Type your email or phone.");
                return;
            }
            signIn.setDisable(true);
            cancel.setDisable(false);
            error.setText("");
            String words = SignIn.bindingMessage(credentials.station().stationName());
            binding.setText("Asking the server…");
            SignIn flow = new SignIn(credentials);
            pending = flow;
            Background.run(() -> flow.run(who, words, shown -> javafx.application.Platform.runLater(() -> {
                if (pending == flow) {
                    binding.setText("Approve on your authenticator when it shows:\n" + shown);
                }
            })), session -> {
                if (pending == flow) {
                    pending = null;
                    signedIn(session);
                }
            }, ex -> {
                if (pending == flow) {
                    pending = null;
                    signIn.setDisable(false);
                    cancel.setDisable(true);
                    binding.setText("");
                    error.setText(Refusals.of(ex));
                }
            });
        });
        cancel.setOnAction(e -> {
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
            signIn.setDisable(false);
            cancel.setDisable(true);
            binding.setText("");
            error.setText("Sign-in cancelled.");
        });
        root.setCenter(form(title, help, new Label("Email or phone"), loginField, new HBox(8, signIn, cancel), binding, error));
        loginField.requestFocus();
    }

    private void signedIn(PersonSession session) {
        if (!mode.admits(session)) {
            revokeQuietly(session);
            showSignIn(session.login(), session.name() + " is " + session.roleText() + ": this station is for " + mode.whoMaySignIn()
                    + ". Nothing was opened; the tokens were revoked.");
            return;
        }
        person = session;
        personLabel.setText(session.name() + " (" + session.roleText() + ")");
        lockButton.setDisable(false);
        signOutButton.setDisable(false);
        StationSession s = new StationSession(server, credentials, session, new CareClient(server), options, this::say);
        screen = switch (mode) {
            case SUPERVISOR -> new SupervisorScreen(s);
            case MONITORING -> new MonitoringScreen(s, this::personRefused);
            case KYC_OFFICER -> new org.vigil.client.station.kyc.KycOfficerScreen(s);
        };
        root.setCenter(screen.view());
        statusSlot.getChildren().setAll(screen.status());
        say("Signed in: " + session.name() + ".");
        idle.playFromStart();
    }

    private void personRefused(String why) {
        signOut(why);
    }

    // ------------------------------------------------------------------ lock and sign-out

    private void activity(Event e) {
        if (person != null && lockedContent == null) {
            idle.playFromStart();
        }
    }

    /** Hides patient data; only the same person's approval opens it again. */
    private void lock() {
        if (person == null || lockedContent != null) {
            return;
        }
        idle.stop();
        lockedContent = root.getCenter();
        Label title = Styles.label("Locked", Styles.TITLE);
        Label help = Styles.label(person.name() + " stays signed in; patient data is hidden. Approve on your authenticator to continue, or "
                + "sign out to let someone else in.", "");
        Label binding = Styles.id(Styles.label("", "-fx-font-size: 20px; -fx-font-weight: bold;"), "unlockBinding");
        Label error = Styles.id(Styles.label("", Styles.ERROR), "unlockError");
        Button unlock = Styles.id(new Button("Unlock"), "unlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> {
            unlock.setDisable(true);
            error.setText("");
            String words = SignIn.bindingMessage(credentials.station().stationName());
            PersonSession locked = person;
            Background.run(() -> new SignIn(credentials).run(locked.login(), words,
                    shown -> javafx.application.Platform.runLater(() -> binding.setText("Approve on your authenticator:  " + shown))), again -> {
                revokeQuietly(again);
                if (person == locked && lockedContent != null) {
                    root.setCenter(lockedContent);
                    lockedContent = null;
                    idle.playFromStart();
                    say("Unlocked.");
                }
            }, ex -> {
                unlock.setDisable(false);
                binding.setText("");
                error.setText(Refusals.of(ex));
            });
        });
        root.setCenter(form(title, help, unlock, binding, error));
        say("Locked after " + options.idleLock().toMinutes() + " min without activity, or by request.");
    }

    private void signOut(String why) {
        idle.stop();
        PersonSession leaving = person;
        person = null;
        lockedContent = null;
        if (screen != null) {
            screen.close();
            screen = null;
        }
        statusSlot.getChildren().clear();
        personLabel.setText("Nobody signed in");
        lockButton.setDisable(true);
        signOutButton.setDisable(true);
        if (leaving != null) {
            revokeQuietly(leaving);
            showSignIn("", null);
            say(why + " " + leaving.name() + "'s tokens are being revoked.");
        }
    }

    private void revokeQuietly(PersonSession session) {
        StationCredentials c = credentials;
        Background.run(() -> {
            boolean ok = true;
            if (session.refreshToken().isPresent()) {
                ok = c.revoke(session.refreshToken().get());
            }
            return c.revoke(session.accessToken()) && ok;
        }, ok -> say(ok ? session.name() + "'s tokens were revoked at " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "."
                : "The server did not confirm the revocation of " + session.name() + "'s tokens."),
                e -> say("The tokens could not be revoked now: " + Refusals.of(e)));
    }

    // ------------------------------------------------------------------ helpers

    private static VBox form(Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.setPadding(new Insets(30));
        box.setMaxWidth(640);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    public void say(String text) {
        message.setText(text == null ? "" : text);
    }

    public Stage stage() {
        return stage;
    }

    public void close() {
        if (screen != null) {
            screen.close();
        }
        if (person != null) {
            PersonSession leaving = person;
            person = null;
            try {
                leaving.refreshToken().ifPresent(t -> {
                    try {
                        credentials.revoke(t);
                    } catch (Exception ignored) {
                        // closing anyway
                    }
                });
                credentials.revoke(leaving.accessToken());
            } catch (Exception ignored) {
                // the program ends; the token expires soon
            }
        }
    }
}
