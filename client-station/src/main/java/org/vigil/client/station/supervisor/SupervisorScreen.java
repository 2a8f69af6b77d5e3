package org.vigil.client.station.supervisor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.vigil.client.sdk.care.SupervisionBoard;
import org.vigil.client.station.StationSession;
import org.vigil.client.station.StationWindow;
import org.vigil.client.station.signin.Refusals;
import org.vigil.client.station.ui.Background;
import org.vigil.client.station.ui.Styles;

/**
 * The supervisor's board: every monitored patient with the station that watches them (the
 * unassigned ones marked and listed first), the stations with how many they watch, and
 * assign / reassign / release with a reason that goes to the audit trail. The board reloads
 * every few seconds in the background and after each change.
 */
public final class SupervisorScreen implements StationWindow.Screen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final StationSession session;
    private final TableView<Row> patients = Styles.id(new TableView<>(), "boardPatients");
    private final ListView<SupervisionBoard.BoardStation> stations = Styles.id(new ListView<>(), "boardStations");
    private final TextField reason = Styles.id(new TextField(), "reason");
    private final Label result = Styles.id(Styles.label("", ""), "boardResult");
    private final ListView<String> history = Styles.id(new ListView<>(), "history");
    private final Label status = Styles.id(Styles.label("Loading the board…", "-fx-text-fill: white;"), "boardStatus");
    private final BorderPane view = new BorderPane();
    private final Timeline refresh;
    private SupervisionBoard board;

    /** One patient's line on the board; {@code watchedBy} names the station and who is signed in there. */
    public record Row(SupervisionBoard.BoardPatient patient, Optional<SupervisionBoard.Assignment> assignment, String watchedBy) {
        boolean unassigned() {
            return assignment.isEmpty();
        }
    }

    public SupervisorScreen(StationSession session) {
        this.session = session;
        TableColumn<Row, String> name = new TableColumn<>("Patient");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patient().displayName()));
        name.setPrefWidth(240);
        TableColumn<Row, String> watched = new TableColumn<>("Watched by");
        watched.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unassigned() ? "⚠ UNASSIGNED" : c.getValue().watchedBy()));
        watched.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle(!empty && item != null && item.startsWith("⚠") ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : "");
            }
        });
        watched.setPrefWidth(320);
        TableColumn<Row, String> since = new TableColumn<>("Since");
        since.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().assignment().map(a -> WHEN.format(a.assignedAt())).orElse("")));
        since.setPrefWidth(150);
        patients.getColumns().setAll(java.util.List.of(name, watched, since));
        patients.setPlaceholder(new Label("No patient under monitoring."));
        // the columns share the table's width: no empty fourth column
        patients.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        patients.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> loadHistory(now));
        stations.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SupervisionBoard.BoardStation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.watchers() + "  (" + patientCount(watching(item.stationId())) + ")");
            }
        });
        stations.setPlaceholder(new Label("No monitoring station is enrolled."));
        reason.setPromptText("reason (kept in the audit trail)");
        Button assign = Styles.id(new Button("Assign"), "assign");
        Button reassign = Styles.id(new Button("Reassign"), "reassign");
        Button release = Styles.id(new Button("Release"), "release");
        assign.setOnAction(e -> change("assign"));
        reassign.setOnAction(e -> change("reassign"));
        release.setOnAction(e -> change("release"));
        HBox actions = new HBox(8, reason, assign, reassign, release);
        HBox.setHgrow(reason, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, Styles.label("Patients", Styles.TITLE), patients);
        VBox.setVgrow(patients, Priority.ALWAYS);
        VBox right = new VBox(6, Styles.label("Monitoring stations", Styles.TITLE), stations, Styles.label("Assignment history", "-fx-font-weight: bold;"),
                history, Styles.label("Room for the KYC officer's desk and other boards.", "-fx-text-fill: #90a4ae;"));
        right.setPrefWidth(420);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(12, left, right);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox all = new VBox(10, body, Styles.label("Select a patient and a station, give a reason, then assign, reassign or release.", ""), actions,
                result);
        all.setPadding(new Insets(10));
        view.setCenter(all);
        refresh = new Timeline(new KeyFrame(Duration.seconds(5), e -> reload()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        refresh.play();
        reload();
    }

    private long watching(String stationId) {
        return board == null ? 0 : board.assignments().stream().filter(a -> a.stationId().equals(stationId)).count();
    }

    private void reload() {
        Background.run(() -> session.care().board(session.personToken()), b -> {
            board = b;
            Map<String, SupervisionBoard.BoardStation> byId = b.stations().stream()
                    .collect(Collectors.toMap(SupervisionBoard.BoardStation::stationId, Function.identity()));
            String selected = Optional.ofNullable(patients.getSelectionModel().getSelectedItem()).map(r -> r.patient().patientId()).orElse(null);
            var rows = b.patients().stream().map(p -> {
                Optional<SupervisionBoard.Assignment> a = b.assignments().stream().filter(x -> x.patientId().equals(p.patientId())).findFirst();
                String station = a.map(x -> Optional.ofNullable(byId.get(x.stationId())).map(SupervisionBoard.BoardStation::watchers).orElse("a station"))
                        .orElse("");
                return new Row(p, a, station);
            }).sorted(java.util.Comparator.comparing((Row r) -> !r.unassigned()).thenComparing(r -> r.patient().displayName())).toList();
            patients.getItems().setAll(rows);
            rows.stream().filter(r -> r.patient().patientId().equals(selected)).findFirst().ifPresent(r -> patients.getSelectionModel().select(r));
            String chosenStation = Optional.ofNullable(stations.getSelectionModel().getSelectedItem()).map(SupervisionBoard.BoardStation::stationId)
                    .orElse(null);
            stations.getItems().setAll(b.stations());
            b.stations().stream().filter(s -> s.stationId().equals(chosenStation)).findFirst().ifPresent(s -> stations.getSelectionModel().select(s));
            long unassigned = rows.stream().filter(Row::unassigned).count();
            status.setText("Board: " + rows.size() + " patients, " + unassigned + " unassigned");
        }, e -> status.setText("Board not loaded: " + Refusals.of(e)));
    }

    private void change(String what) {
        Row row = patients.getSelectionModel().getSelectedItem();
        SupervisionBoard.BoardStation station = stations.getSelectionModel().getSelectedItem();
        String why = reason.getText().strip();
        if (row == null) {
            fail("Select a patient first.");
            return;
        }
        if (!what.equals("release") && station == null) {
            fail("Select the station that is to watch " + row.patient().displayName() + ".");
            return;
        }
        if (why.isEmpty()) {
            fail("Give a reason: it is kept in the audit trail. Nothing was changed.");
            return;
        }
        if (!what.equals("assign") && row.unassigned()) {
            fail(row.patient().displayName() + " is not assigned to any station: use Assign.");
            return;
        }
        String name = row.patient().displayName();
        Background.run(() -> switch (what) {
            case "assign" -> session.care().assign(session.personToken(), row.patient().patientId(), station.stationId(), why);
            case "reassign" -> session.care().reassign(session.personToken(), row.assignment().orElseThrow().id(), station.stationId(), why);
            default -> session.care().release(session.personToken(), row.assignment().orElseThrow().id(), why);
        }, done -> {
            result.setStyle("-fx-font-weight: bold;");
            result.setText(switch (what) {
                case "assign" -> name + " is now watched by " + station.name() + ".";
                case "reassign" -> name + " moved to " + station.name() + ".";
                default -> name + " is no longer watched by any station.";
            });
            reason.clear();
            reload();
        }, e -> fail("Not done: " + Refusals.of(e)));
    }

    private void fail(String text) {
        result.setStyle(Styles.ERROR);
        result.setText(text);
    }

    private void loadHistory(Row row) {
        history.getItems().clear();
        if (row == null) {
            return;
        }
        Background.run(() -> session.care().history(session.personToken(), row.patient().patientId()), rows -> {
            Map<String, String> names = board == null ? Map.of() : board.stations().stream()
                    .collect(Collectors.toMap(SupervisionBoard.BoardStation::stationId, SupervisionBoard.BoardStation::name));
            history.getItems().setAll(rows.stream().map(a -> WHEN.format(a.assignedAt()) + "  " + names.getOrDefault(a.stationId(), "a station")
                    + (a.releasedAt() == null ? "  (now)" : "  until " + WHEN.format(a.releasedAt()))).toList());
            if (rows.isEmpty()) {
                history.getItems().add("Never assigned.");
            }
        }, e -> history.getItems().setAll("History not loaded: " + Refusals.of(e)));
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
        refresh.stop();
    }

    private static String patientCount(long n) {
        return n + (n == 1 ? " patient" : " patients");
    }
}
