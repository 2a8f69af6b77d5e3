package org.vigil.api.info;

import java.util.regex.Matcher;

/** A {@code major.minor.patch} version; a pre-release suffix sorts before its release. */
record SemanticVersion(int major, int minor, int patch, boolean preRelease) implements Comparable<SemanticVersion> {

    static final String PATTERN = "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(-[0-9A-Za-z.-]{1,64})?";
    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    static SemanticVersion parse(String text) {
        Matcher m = COMPILED.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a semantic version: " + text);
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4) != null);
    }

    SemanticVersion asPreRelease() {
        return new SemanticVersion(major, minor, patch, true);
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, o.patch);
        }
        if (c == 0) {
            c = Boolean.compare(o.preRelease, preRelease);
        }
        return c;
    }
}
