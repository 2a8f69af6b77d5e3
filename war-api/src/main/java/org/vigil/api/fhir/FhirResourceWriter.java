package org.vigil.api.fhir;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;

/** Writes HAPI resources as FHIR JSON with HAPI's own parser (one shared R4 context: building one is expensive). */
@Provider
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirResourceWriter implements MessageBodyWriter<IBaseResource> {

    public static final String FHIR_JSON = "application/fhir+json";
    public static final MediaType FHIR_JSON_TYPE = MediaType.valueOf(FHIR_JSON + ";charset=utf-8");

    static final FhirContext CONTEXT = FhirContext.forR4Cached();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IBaseResource resource, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CONTEXT.newJsonParser().encodeResourceToWriter(resource, writer);
        writer.flush();
    }
}
