package org.sitrep.serve;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/** Reading a request's query parameters, each problem a 400 naming the parameter. */
final class Params {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** No filter value is longer than this; a longer one is refused rather than searched for. */
    private static final int MAX_VALUE = 200;
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{1,64}");

    private Params() {
    }

    /** The parameter, stripped; null when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_VALUE) {
            throw ApiError.badRequest(name + " is longer than " + MAX_VALUE + " characters");
        }
        return value.strip();
    }

    static int limit(Context ctx) {
        return limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** The {@code limit} parameter: a whole number from 1 to {@code most}, {@code otherwise} when not given. */
    static int limit(Context ctx, int otherwise, int most) {
        String value = text(ctx, "limit");
        if (value == null) {
            return otherwise;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= most) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("limit must be a whole number from 1 to " + most + ", not '" + clip(value) + "'");
    }

    /** The numbers of a comma-separated parameter (bbox, near), exactly {@code count} of them. */
    static double[] numbers(Context ctx, String name, int count, String shape) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw ApiError.badRequest(name + " must be " + shape + ", not '" + value + "'");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(name + " must be " + shape + ", not '" + value + "'");
            }
            if (!Double.isFinite(numbers[i])) {
                throw ApiError.badRequest(name + " must be " + shape + ", not '" + value + "'");
            }
        }
        return numbers;
    }

    /** An article id as a path or query value: lower-case hex, else 400 (so no path games reach the store). */
    static String articleId(String value, String what) {
        if (value == null || !ARTICLE_ID.matcher(value).matches()) {
            throw ApiError.badRequest(what + " must be an article id (hexadecimal), not '" + clip(value) + "'");
        }
        return value;
    }

    /** A value echoed in a message, cut short: the message stays one short line. */
    static String clip(String value) {
        if (value == null) {
            return "";
        }
        String line = value.replaceAll("[\\p{Cntrl}]", " ");
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
