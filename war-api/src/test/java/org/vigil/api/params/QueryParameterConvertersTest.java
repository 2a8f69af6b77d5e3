package org.vigil.api.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

class QueryParameterConvertersTest {

    private final QueryParameterConverters converters = new QueryParameterConverters();

    @Test
    void anIntegerThatOverflowsIsABadRequestNamingTheParameter() {
        assertThatThrownBy(() -> converter(int.class, "points").fromString("99999999999"))
                .isInstanceOfSatisfying(InvalidQueryParameterException.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(e.parameter()).isEqualTo("points");
                    assertThat(e.reason()).contains("integer between");
                });
        assertThat(converter(int.class, "points").fromString("300")).isEqualTo(300);
        assertThat(converter(Integer.class, "_count").fromString("-5")).isEqualTo(-5);
        assertThatThrownBy(() -> converter(Long.class, "n").fromString("1e3")).isInstanceOf(InvalidQueryParameterException.class);
    }

    @Test
    void booleansAreTrueOrFalseAndNothingElse() {
        assertThat(converter(boolean.class, "reports").fromString("true")).isEqualTo(true);
        assertThat(converter(boolean.class, "reports").fromString("false")).isEqualTo(false);
        assertThatThrownBy(() -> converter(boolean.class, "reports").fromString("yes")).isInstanceOf(InvalidQueryParameterException.class);
    }

    @Test
    void uuidsMustBeCanonical() {
        UUID id = UUID.randomUUID();

        assertThat(converter(UUID.class, "patientId").fromString(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> converter(UUID.class, "patientId").fromString("1-2-3-4-5")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> converter(UUID.class, "patientId").fromString("garbage")).isInstanceOf(InvalidQueryParameterException.class);
    }

    @Test
    void textWithControlCharactersIsRefused() {
        assertThat(converter(String.class, "patient").fromString("Patient/123")).isEqualTo("Patient/123");
        assertThatThrownBy(() -> converter(String.class, "patient").fromString("123\u0000")).isInstanceOf(InvalidQueryParameterException.class);
    }

    @Test
    void onlyQueryParametersAreConverted() {
        Annotation path = new PathParam() {
            @Override
            public String value() {
                return "id";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };

        assertThat(converters.getConverter(long.class, long.class, new Annotation[] {path})).isNull();
        assertThat(converters.getConverter(Double.class, Double.class, new Annotation[] {query("x")})).isNull();
    }

    private <T> ParamConverter<T> converter(Class<T> type, String name) {
        return converters.getConverter(type, type, new Annotation[] {query(name)});
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }
}
