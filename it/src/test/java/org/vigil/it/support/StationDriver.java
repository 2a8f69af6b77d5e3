package org.vigil.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Drives a station's real window the way a person does: JavaFX's own robot moves the pointer,
 * clicks and types into the X display (Xvfb in the tests); the test reads what the screen shows
 * from the scene's nodes. One Xvfb and one JavaFX toolkit per test JVM.
 */
public final class StationDriver {

    private static Process xvfb;
    private static Robot robot;

    private StationDriver() {
    }

    /** Starts Xvfb on {@code $DISPLAY} unless a server already answers there, then the JavaFX toolkit. */
    public static synchronized void startToolkit() throws Exception {
        if (robot != null) {
            return;
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            throw new IllegalStateException("DISPLAY is not set for the tests (failsafe sets it from it.display)");
        }
        if (new ProcessBuilder("xdpyinfo", "-display", display).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor() != 0) {
            // -terminate: Xvfb ends when its last client (this JVM's toolkit) disconnects, i.e. after the JVM
            // has exited. Killing it from a shutdown hook instead let GTK's X error handler end the fork with
            // status 1 while it was exiting, which failsafe reports as "Error occurred in starting fork".
            // -displayfd 1: Xvfb writes the display number once it accepts connections; polling it with a
            // client would end it at once under -terminate.
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-terminate",
                    "-displayfd", "1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader ready = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
            String announced = CompletableFuture.supplyAsync(() -> {
                try {
                    return ready.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(20, TimeUnit.SECONDS);
            if (announced == null) {
                throw new IllegalStateException("Xvfb did not start on " + display);
            }
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        robot = fx(Robot::new);
    }

    public static <T> T fx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("on the FX thread: " + e.getMessage(), e);
        }
    }

    public static Optional<Node> find(Stage stage, String id) {
        return fx(() -> Optional.ofNullable(stage.getScene().lookup("#" + id)).filter(n -> n.isVisible() && showing(n)));
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The text a label, button or field shows now; empty when the node is not on screen. */
    public static String text(Stage stage, String id) {
        return find(stage, id).map(n -> fx(() -> n instanceof Labeled l ? l.getText() : n instanceof TextInputControl t ? t.getText() : ""))
                .orElse("");
    }

    /** Waits until the node's text satisfies {@code wanted}; @return the text */
    public static String awaitText(Stage stage, String id, Predicate<String> wanted, Duration within) {
        Instant deadline = Instant.now().plus(within);
        String seen = "";
        while (Instant.now().isBefore(deadline)) {
            seen = text(stage, id);
            if (wanted.test(seen)) {
                return seen;
            }
            pause(20);
        }
        throw new AssertionError("#" + id + " never showed what was wanted within " + within + "; last: \"" + seen + "\"");
    }

    public static Node await(Stage stage, String id, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Optional<Node> n = find(stage, id);
            if (n.isPresent()) {
                return n.get();
            }
            pause(20);
        }
        throw new AssertionError("#" + id + " never appeared within " + within);
    }

    public static void awaitGone(Stage stage, String id, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (find(stage, id).isEmpty()) {
                return;
            }
            pause(20);
        }
        throw new AssertionError("#" + id + " is still shown after " + within);
    }

    /** A real click in the middle of the node. */
    public static void click(Stage stage, String id) {
        Node node = await(stage, id, Duration.ofSeconds(10));
        fx(() -> {
            stage.toFront();
            // a node that has just been shown (the alarm banner) is placed by the next layout pass; aim where it will be
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            robot.mouseMove(new Point2D(b.getCenterX(), b.getCenterY()));
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        pause(50);
    }

    /**
     * Clicks into a field, selects what is there and types {@code text}: letters, digits, space
     * and the usual punctuation go through the robot's keyboard; the rest (an {@code @}) is typed
     * into the focused field as a keyboard layout would.
     */
    public static void type(Stage stage, String id, String text) {
        click(stage, id);
        TextInputControl field = (TextInputControl) await(stage, id, Duration.ofSeconds(5));
        fx(() -> {
            field.clear();
            return null;
        });
        int expected = 0;
        for (char c : text.toCharArray()) {
            expected++;
            KeyCode code = keyOf(c);
            boolean focused = fx(field::isFocused);
            if (code != null && focused) {
                fx(() -> {
                    if (Character.isUpperCase(c)) {
                        robot.keyPress(KeyCode.SHIFT);
                        robot.keyType(code);
                        robot.keyRelease(KeyCode.SHIFT);
                    } else {
                        robot.keyType(code);
                    }
                    return null;
                });
            } else {
                fx(() -> {
                    field.appendText(String.valueOf(c));
                    return null;
                });
            }
            // each key reaches the field before the next one is typed
            int want = expected;
            Instant deadline = Instant.now().plusSeconds(3);
            while (fx(() -> field.getText().length()) < want && Instant.now().isBefore(deadline)) {
                pause(5);
            }
        }
        String typed = fx(field::getText);
        if (!typed.equals(text)) {
            throw new AssertionError("typed \"" + text + "\" into #" + id + " but it shows \"" + typed + "\"");
        }
    }

    private static KeyCode keyOf(char c) {
        if (Character.isLetter(c) && c < 128) {
            return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        }
        if (Character.isDigit(c)) {
            return KeyCode.getKeyCode(String.valueOf(c));
        }
        return switch (c) {
            case ' ' -> KeyCode.SPACE;
            case '.' -> KeyCode.PERIOD;
            case '-' -> KeyCode.MINUS;
            case ',' -> KeyCode.COMMA;
            default -> null;
        };
    }

    /** A real click on the table row or list cell (CSS class {@code cellClass}) that shows an item {@code wanted} accepts. */
    public static void clickCell(Stage stage, String cellClass, Predicate<Object> wanted, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Optional<Node> cell = fx(() -> stage.getScene().getRoot().lookupAll("." + cellClass).stream()
                    .filter(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.getItem() != null && wanted.test(c.getItem()))
                    .findFirst());
            if (cell.isPresent()) {
                fx(() -> {
                    Bounds b = cell.get().localToScreen(cell.get().getBoundsInLocal());
                    robot.mouseMove(new Point2D(b.getMinX() + 30, b.getCenterY()));
                    robot.mouseClick(MouseButton.PRIMARY);
                    return null;
                });
                pause(100);
                return;
            }
            pause(50);
        }
        throw new AssertionError("no ." + cellClass + " showed the wanted item within " + within);
    }

    /** Waits until a list or table cell on screen shows text {@code wanted} accepts; @return that text */
    public static String awaitCellText(Stage stage, Predicate<String> wanted, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> shown = fx(() -> stage.getScene().getRoot().lookupAll(".cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && showing(n))
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(wanted).findFirst());
            if (shown.isPresent()) {
                return shown.get();
            }
            pause(50);
        }
        throw new AssertionError("no list or table cell showed the wanted text within " + within);
    }

    /** Writes what the window shows now as a PNG. */
    public static void screenshot(Stage stage, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        WritableImage image = fx(() -> {
            Scene scene = stage.getScene();
            return scene.snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
