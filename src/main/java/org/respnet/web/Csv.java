package org.respnet.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV answers: UTF-8 with a BOM, so spreadsheet programs show Chinese correctly. A text cell a spreadsheet would read
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, as OWASP advises
 * against CSV injection; numbers stay numbers. The console's CSV download does the same in the browser
 * ({@code toCsv} in {@code public/js/console-results.js}).
 */
final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    static boolean wanted(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return Params.oneOf(ctx, "format", "json", List.of("json", "csv")).equals("csv");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
    }

    static void send(Context ctx, String fileName, List<String> header, List<List<Object>> rows) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(BOM + text(header, rows));
    }

    /** The records, header first, RFC 4180, every cell {@linkplain #cell neutralised}. */
    static String text(List<String> header, List<List<Object>> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.stream().map(Csv::cell).toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Csv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Numbers and booleans as they are; any other value as text, with {@code '} before a leading formula character. */
    static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
