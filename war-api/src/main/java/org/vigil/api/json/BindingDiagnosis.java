package org.vigil.api.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Which part of a well-formed body did not fit its type, found after the binder refused the whole
 * (JSON-B says only that something failed, and its message may quote the body): each member of a
 * record and each element of a list is bound on its own, depth first, and the first that fails is
 * named. So one bad item of a 2,000-item batch is reported as {@code observations[1234].value}.
 * Only runs on the error path.
 */
final class BindingDiagnosis {

    record Misfit(String field, String reason) {
    }

    private BindingDiagnosis() {
    }

    static Misfit locate(Jsonb jsonb, JsonValue value, Type type) {
        return misfit(jsonb, value, type, "body").orElse(new Misfit("body", "does not have the expected shape"));
    }

    private static Optional<Misfit> misfit(Jsonb jsonb, JsonValue value, Type type, String at) {
        Class<?> raw = raw(type);
        if (raw != null && raw.isRecord() && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonValue member = object.get(jsonName(component));
                if (member != null) {
                    Optional<Misfit> inner = misfit(jsonb, member, component.getGenericType(),
                            StrictJson.member(at, jsonName(component)));
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        } else if (raw != null && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType list
                && value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<Misfit> inner = misfit(jsonb, array.get(i), list.getActualTypeArguments()[0], StrictJson.element(at, i));
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        try {
            jsonb.fromJson(value.toString(), type);
            return Optional.empty();
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            return Optional.of(new Misfit(at, "is not " + expected(raw)));
        }
    }

    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (property == null) {
            try {
                property = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-24T08:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-11-24";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number in range";
        }
        if (type.isEnum()) {
            return "one of the allowed values";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array of the expected items";
        }
        return "an object of the expected shape";
    }
}
