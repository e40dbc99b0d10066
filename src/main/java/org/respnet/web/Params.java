package org.respnet.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** Query-parameter checks: a bad value is a 400 naming the parameter, never a 500. */
final class Params {

    private static final int MAX_TEXT = 500;
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+");

    private Params() {
    }

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    static String requiredText(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            throw ApiException.badParameter(name, name + " is required");
        }
        return value;
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw ApiException.badParameter(name, name + " must be a whole number, not '" + value + "'");
        }
        // A whole number too large for an int is out of range, not malformed.
        java.math.BigInteger parsed = new java.math.BigInteger(value);
        if (parsed.compareTo(java.math.BigInteger.valueOf(min)) < 0 || parsed.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw ApiException.badParameter(name, name + " must be between " + min + " and " + max + ", not " + value);
        }
        return parsed.intValueExact();
    }

    static Integer optionalInteger(Context ctx, String name, int min, int max) {
        return text(ctx, name) == null ? null : integer(ctx, name, 0, min, max);
    }

    static double decimal(Context ctx, String name, double defaultValue, double min, double max) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= min && parsed <= max)) {
                throw ApiException.badParameter(name, name + " must be between " + min + " and " + max + ", not " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a number, not '" + value + "'");
        }
    }

    static boolean bool(Context ctx, String name, boolean defaultValue) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badParameter(name, name + " must be true or false, not '" + value + "'");
        };
    }

    /** An ISO date (2022-10-01); today, on the server's clock, when absent. */
    static java.time.LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return java.time.LocalDate.now();
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(value);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw ApiException.badParameter(name, name + " must be a date between 0001-01-01 and 9999-12-31");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " must be a date written YYYY-MM-DD, not '" + value + "'");
        }
    }

    static String oneOf(Context ctx, String name, String defaultValue, List<String> allowed) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        if (!allowed.contains(value)) {
            throw ApiException.badParameter(name, name + " must be one of " + allowed + ", not '" + value + "'");
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type, E defaultValue) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return constant;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        throw ApiException.badParameter(name, name + " must be one of " + names + ", not '" + value + "'");
    }
}
