package org.vigil.api.params;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.vigil.platform.limits.ControlCharacters;
import org.vigil.platform.limits.Excerpt;

/**
 * Strict conversion of typed query parameters: an integer that is not one or does not fit
 * ({@code points=99999999999}), a UUID that is not one, a boolean other than {@code true} or
 * {@code false} (JAX-RS would read {@code reports=yes} as false) are each a 400 naming the
 * parameter, never a 404 and never a silent default. Text parameters with control characters are
 * refused as well (the web tier refuses them earlier; this keeps the rule for any other path in).
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Conversion> CONVERSIONS = Map.of(
            int.class, new Conversion("an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE, Integer::valueOf),
            Integer.class, new Conversion("an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE, Integer::valueOf),
            long.class, new Conversion("an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE, Long::valueOf),
            Long.class, new Conversion("an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE, Long::valueOf),
            boolean.class, new Conversion("true or false", QueryParameterConverters::strictBoolean),
            Boolean.class, new Conversion("true or false", QueryParameterConverters::strictBoolean),
            UUID.class, new Conversion("a UUID such as 3f0c2b8e-5d4a-4e1f-9c77-0a1b2c3d4e5f", QueryParameterConverters::strictUuid),
            String.class, new Conversion("text without control characters", QueryParameterConverters::clean));

    private record Conversion(String expected, Function<String, Object> parse) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        Conversion conversion = CONVERSIONS.get(type);
        String name = queryParameterName(annotations);
        if (conversion == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return (T) conversion.parse().apply(value);
                } catch (IllegalArgumentException e) {
                    // NumberFormatException included
                    throw new InvalidQueryParameterException(Excerpt.bounded(name, 40), "must be " + conversion.expected());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String queryParameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static UUID strictUuid(String value) {
        // UUID.fromString accepts short groups such as 1-2-3-4-5; only the canonical form names a thing of ours
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(value);
    }

    private static String clean(String value) {
        if (ControlCharacters.inIdentifier(value)) {
            throw new IllegalArgumentException("control character");
        }
        return value;
    }
}
