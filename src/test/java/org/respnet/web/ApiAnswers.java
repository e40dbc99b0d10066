package org.respnet.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/** What every answer of the API must look like, whatever was asked. */
final class ApiAnswers {

    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "at org.", "at java.", "at io.");

    private ApiAnswers() {
    }

    /** @return what is wrong with the answer, or null when it is a 200 with JSON/CSV or a 4xx problem document */
    static String problemWith(Http.Raw answer) {
        for (String mark : STACK_TRACE_MARKS) {
            if (answer.body().contains(mark)) {
                return "body shows a stack trace ('" + mark + "')";
            }
        }
        if (answer.status() == 200) {
            if (answer.contentType().startsWith("text/csv")) {
                return null;
            }
            return answer.contentType().startsWith("application/json") && parses(answer.body()) != null
                    ? null : "200 without JSON (" + answer.contentType() + ")";
        }
        if (answer.status() < 400 || answer.status() >= 500) {
            return "status is neither 200 nor 4xx";
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "error is not a problem document (" + answer.contentType() + ")";
        }
        JsonNode problem = parses(answer.body());
        if (problem == null || !problem.hasNonNull("type") || !problem.hasNonNull("title") || !problem.hasNonNull("detail")
                || problem.path("status").asInt() != answer.status()) {
            return "problem document lacks type/title/status/detail";
        }
        return null;
    }

    private static JsonNode parses(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
