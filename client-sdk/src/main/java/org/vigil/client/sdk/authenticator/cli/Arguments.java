package org.vigil.client.sdk.authenticator.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed command line: {@code --option value} or {@code --option=value}, flags, and the
 * command with its operands in order. Options may stand anywhere; {@code --} ends them.
 */
final class Arguments {

    private static final Set<String> WITH_VALUE = Set.of("server", "code", "name", "state", "pkcs11", "pin",
            "keystore", "password", "binding-message-contains", "timeout", "interval");
    private static final Set<String> FLAGS = Set.of("help", "new-key", "approve", "wait");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> positionals;

    private Arguments(Map<String, String> options, Set<String> flags, List<String> positionals) {
        this.options = options;
        this.flags = flags;
        this.positionals = positionals;
    }

    static Arguments parse(String... args) {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("--")) {
                positionals.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                int equals = arg.indexOf('=');
                String name = arg.substring(2, equals < 0 ? arg.length() : equals);
                if (FLAGS.contains(name) && equals < 0) {
                    flags.add(name);
                } else if (WITH_VALUE.contains(name)) {
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    if (options.put(name, value) != null) {
                        throw new UsageException("--" + name + " is given twice");
                    }
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            }
        }
        return new Arguments(options, flags, positionals);
    }

    /** The command, or empty when none was given. */
    Optional<String> command() {
        return positionals.isEmpty() ? Optional.empty() : Optional.of(positionals.get(0));
    }

    /** The command's operands; there must be exactly as many as {@code names} says. */
    List<String> operands(String command, String... names) {
        List<String> operands = positionals.subList(1, positionals.size());
        if (operands.size() != names.length) {
            String expected = names.length == 0 ? "no operands" : String.join(" ", names);
            throw new UsageException(command + " takes " + expected + (operands.isEmpty()
                    ? "" : ", not: " + String.join(" ", operands)));
        }
        return operands;
    }

    /** Refuses any option or flag not in {@code allowed} (the command's and the global ones). */
    void allowOnly(String command, Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException(command + " does not take --" + name);
            }
        }
        for (String name : flags) {
            if (!allowed.contains(name) && !name.equals("help")) {
                throw new UsageException(command + " does not take --" + name);
            }
        }
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String command, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(command + " needs --" + name);
        }
        return value;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A duration like {@code 60s}, {@code 500ms}, {@code 2m}, {@code 1h}; bare numbers are seconds. */
    Duration duration(String name, Duration fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value.trim());
        if (!m.matches()) {
            throw new UsageException("--" + name + " is a duration like 60s, 500ms or 2m, not: " + value);
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
