package org.vigil.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;
import org.vigil.api.problem.Problem;

public class StrictJsonReaderTest {

    public record Item(UUID id, String kind, Double value, Instant at) {
    }

    public record Batch(List<Item> items) {
    }

    public record Check(String component, String version) {
    }

    private final StrictJsonReader reader = new StrictJsonReader();

    @Test
    void aWellFormedBodyBindsAsBefore() {
        Check check = (Check) read(Check.class, Check.class, "{\"component\":\"client-sdk\",\"version\":\"1.0.0\"}");

        assertThat(check).isEqualTo(new Check("client-sdk", "1.0.0"));
    }

    @Test
    void tabsAndLineBreaksAreFineInText() {
        Check check = (Check) read(Check.class, Check.class, "{\"component\":\"a\\tb\\r\\nc\",\"version\":\"1\"}");

        assertThat(check.component()).isEqualTo("a\tb\r\nc");
    }

    @Test
    void anEmptyBodyIsNullSoTheResourceNamesTheMissingBody() {
        assertThat(read(Check.class, Check.class, "  \n")).isNull();
    }

    @Test
    void trailingGarbageAfterTheDocumentIsRefused() {
        assertMalformed(Check.class, "{\"component\":\"client-sdk\",\"version\":\"1\"} garbage", "body", "has more after the end");
        assertMalformed(Check.class, "{\"component\":\"client-sdk\",\"version\":\"1\"}{\"x\":1}", "body", "has more after the end");
    }

    @Test
    void aMemberGivenTwiceIsRefusedAndNamed() {
        assertMalformed(Check.class, "{\"component\":\"client-sdk\",\"component\":\"authenticator\",\"version\":\"1\"}",
                "component", "is given more than once");
        assertMalformed(Batch.class, "{\"items\":[{\"kind\":\"a\"},{\"kind\":\"a\",\"kind\":\"b\"}]}", "items[1].kind",
                "is given more than once");
    }

    @Test
    void controlCharactersInStringsAndNamesAreRefused() {
        assertMalformed(Check.class, "{\"component\":\"client-sdk\\u0000\",\"version\":\"1\"}", "component", "control character");
        assertMalformed(Check.class, "{\"component\":\"x\\u001b[31m\",\"version\":\"1\"}", "component", "control character");
        assertMalformed(Check.class, "{\"comp\\u0000onent\":\"x\",\"version\":\"1\"}", "body", "control character");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);

        assertMalformed(Object.class, deep, "body" + "[0]".repeat(StrictJson.MAX_DEPTH), "nested deeper");
    }

    @Test
    void brokenJsonIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> read(Check.class, Check.class, "{\"component\": \"SECRET-" + "A".repeat(1000)))
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
                    assertThat(e.detail()).doesNotContain("SECRET").hasSizeLessThan(200);
                    assertThat(errors(e)).extracting(Problem.FieldError::field).containsExactly("body");
                });
    }

    @Test
    void theMalformedItemOfABatchIsNamed() {
        String batch = "{\"items\":[" + ("{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"heart-rate\",\"value\":72},").repeat(3)
                + "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"heart-rate\",\"value\":\"seventy\"}]}";

        assertMalformed(Batch.class, batch, "items[3].value", "is not a number");
    }

    @Test
    void eachKindOfMisfitSaysWhatWasExpected() {
        assertMalformed(Batch.class, "{\"items\":[{\"id\":\"not-a-uuid\"}]}", "items[0].id", "is not a UUID");
        assertMalformed(Batch.class, "{\"items\":[{\"at\":\"yesterday\"}]}", "items[0].at", "is not an ISO-8601 instant");
        assertMalformed(Batch.class, "{\"items\":{}}", "items", "is not an array");
        assertMalformed(Check.class, "[1, 2, 3]", "body", "is not an object");
    }

    @Test
    void aLongMemberNameIsShortenedInTheError() {
        String name = "n".repeat(10_000);

        assertThatThrownBy(() -> read(Check.class, Check.class, "{\"" + name + "\":1,\"" + name + "\":2}"))
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> assertThat(e.detail()).hasSizeLessThan(200));
    }

    private void assertMalformed(Type type, String body, String field, String reason) {
        Class<?> raw = type instanceof Class<?> c ? c : Object.class;
        assertThatThrownBy(() -> read(raw, type, body))
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(errors(e)).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo(field);
                        assertThat(error.reason()).contains(reason);
                    });
                });
    }

    @SuppressWarnings("unchecked")
    private static List<Problem.FieldError> errors(MalformedJsonException e) {
        Map<String, Object> extensions = e.extensions();
        return (List<Problem.FieldError>) extensions.get("errors");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class<?> type, Type generic, String body) {
        try {
            assertThat(reader.isReadable(type, generic, new Annotation[0], MediaType.APPLICATION_JSON_TYPE)).isTrue();
            return reader.readFrom((Class) type, generic, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<>(), new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
