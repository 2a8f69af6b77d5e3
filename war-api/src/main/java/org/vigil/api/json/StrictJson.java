package org.vigil.api.json;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;

import org.vigil.platform.limits.ControlCharacters;
import org.vigil.platform.limits.Excerpt;
import org.vigil.platform.limits.InputLimits;

/**
 * What the API accepts as a JSON body, beyond what a lenient binder lets through: exactly one
 * document and nothing after it, no member named twice in one object (parsers disagree on which
 * one wins, so a check and a use could read different values), no control character in a member
 * name and none but tab and line breaks in a string, at most {@value #MAX_DEPTH} levels of
 * nesting. Checked on the bytes before binding; errors name the place the way the API names
 * fields ({@code observations[3].device}).
 */
final class StrictJson {

    static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private StrictJson() {
    }

    /** @throws MalformedJsonException naming where the body breaks a rule */
    static void check(byte[] body) {
        boolean documentEnded = false;
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                throw new MalformedJsonException("body", "is empty");
            }
            value(parser, parser.next(), "body", 1);
            documentEnded = true;
            if (parser.hasNext()) {
                throw trailing();
            }
        } catch (JsonException e) {
            // JsonParsingException included: the parser's message quotes the input, so it is not passed on
            throw documentEnded ? trailing() : new MalformedJsonException("body", "is not well-formed JSON");
        }
    }

    private static void value(JsonParser parser, Event event, String at, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedJsonException(at, "is nested deeper than " + MAX_DEPTH + " levels");
        }
        switch (event) {
            case START_OBJECT -> {
                Set<String> names = new HashSet<>();
                for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    if (ControlCharacters.inIdentifier(name)) {
                        throw new MalformedJsonException(at, "has a member name with a control character");
                    }
                    String member = member(at, name);
                    if (!names.add(name)) {
                        throw new MalformedJsonException(member, "is given more than once");
                    }
                    value(parser, parser.next(), member, depth + 1);
                }
            }
            case START_ARRAY -> {
                int index = 0;
                for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
                    value(parser, next, element(at, index++), depth + 1);
                }
            }
            case VALUE_STRING -> {
                if (ControlCharacters.inText(parser.getString())) {
                    throw new MalformedJsonException(at, "contains a control character");
                }
            }
            default -> {
                // numbers, true, false, null
            }
        }
    }

    static String member(String parent, String name) {
        String shown = Excerpt.bounded(name, InputLimits.EXCERPT_CHARACTERS);
        return "body".equals(parent) ? shown : parent + "." + shown;
    }

    static String element(String parent, int index) {
        return ("body".equals(parent) ? "body" : parent) + "[" + index + "]";
    }

    private static MalformedJsonException trailing() {
        return new MalformedJsonException("body", "has more after the end of the JSON document");
    }
}
