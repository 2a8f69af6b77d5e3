package org.vigil.api.json;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads every JSON request body of the API: {@link StrictJson}'s rules first, then binding with
 * the shared JSON-B instance; a body that does not bind is answered with the place it went wrong
 * ({@link BindingDiagnosis}). The web tier has already bounded the body ({@code
 * RequestBodyLimitFilter}). An empty body binds to null, which the resource's {@code @NotNull}
 * reports as the missing body.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] body = entity.readAllBytes();
        if (isBlank(body)) {
            return null;
        }
        StrictJson.check(body);
        try {
            return SharedJsonb.instance().fromJson(new ByteArrayInputStream(body), genericType);
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            JsonValue tree;
            try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
                tree = reader.readValue();
            }
            BindingDiagnosis.Misfit misfit = BindingDiagnosis.locate(SharedJsonb.instance(), tree, genericType);
            throw new MalformedJsonException(misfit.field(), misfit.reason());
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
