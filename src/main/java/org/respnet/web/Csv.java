package org.respnet.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV answers: UTF-8 with a BOM, so spreadsheet programs show Chinese correctly. */
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
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(BOM + out);
    }
}
