package org.vigil.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.junit.jupiter.api.Test;
import org.vigil.platform.limits.InputLimits;

class BoundedTextMessagesTest {

    private final List<CloseReason> closed = new ArrayList<>();
    private final Session session = session();
    private final BoundedTextMessages messages = new BoundedTextMessages();

    @Test
    void partsMakeOneMessage() {
        assertThat(messages.add(session, "{\"type\":", false)).isEmpty();
        assertThat(messages.add(session, "\"ping\"}", true)).hasValue("{\"type\":\"ping\"}");
        assertThat(messages.add(session, "{}", true)).hasValue("{}");
        assertThat(closed).isEmpty();
    }

    @Test
    void aMessageOverTheLimitClosesWith1009AndIsDroppedAsItArrives() {
        String part = "a".repeat(4096);
        for (int i = 0; i < 4; i++) {
            assertThat(messages.add(session, part, false)).isEmpty();
        }
        assertThat(closed).isEmpty();

        assertThat(messages.add(session, "b", false)).isEmpty();
        assertThat(messages.add(session, part, true)).isEmpty();

        assertThat(closed).singleElement().satisfies(reason -> assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TOO_BIG));
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        String twoByteCharacters = "é".repeat(InputLimits.WEBSOCKET_MESSAGE_BYTES / 2 + 1);

        assertThat(messages.add(session, twoByteCharacters, true)).isEmpty();
        assertThat(closed).hasSize(1);
    }

    /** Every WebSocket endpoint of the WAR, present and future, takes its messages in parts, through this class. */
    @Test
    void everyEndpointTakesItsMessagesInParts() throws Exception {
        List<Class<?>> endpoints = endpoints();

        assertThat(endpoints).extracting(Class::getSimpleName).contains("PushEndpoint", "StationEndpoint");
        for (Class<?> endpoint : endpoints) {
            for (Method method : endpoint.getDeclaredMethods()) {
                if (method.isAnnotationPresent(OnMessage.class)) {
                    assertThat(method.getParameterTypes())
                            .as("%s.%s takes messages in parts (String part, boolean last)", endpoint.getSimpleName(), method.getName())
                            .contains(String.class, boolean.class);
                }
            }
            assertThat(endpoint.getDeclaredFields()).as("%s assembles its messages with BoundedTextMessages", endpoint.getSimpleName())
                    .anySatisfy(field -> assertThat(field.getType()).isEqualTo(BoundedTextMessages.class));
        }
    }

    private static List<Class<?>> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(BoundedTextMessages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> endpoints = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, BoundedTextMessagesTest.class.getClassLoader());
                if (type.isAnnotationPresent(ServerEndpoint.class)) {
                    endpoints.add(type);
                }
            }
        }
        return endpoints;
    }

    private Session session() {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && args != null && args.length == 1) {
                closed.add((CloseReason) args[0]);
                return null;
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class}, handler);
    }
}
