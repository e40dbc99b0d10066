package org.respnet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The results table with the machine it was measured on, printed and written into {@code BENCHMARKS.md} between
 * two markers, so the hand-written notes around it (targets, before/after) survive the next run.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin (written by the benchmark command; edits inside are overwritten) -->";
    static final String END = "<!-- bench:end -->";

    /** One size's figures: metric → value, in the order they were measured. */
    static final class SizeResult {
        final String size;
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        SizeResult(String size) {
            this.size = size;
        }

        void put(String metric, String value) {
            values.put(metric, value);
            System.out.printf("  [%s] %s: %s%n", size, metric, value);
        }
    }

    private Report() {
    }

    static String table(List<SizeResult> results) {
        Set<String> metrics = new LinkedHashSet<>();
        results.forEach(r -> metrics.addAll(r.values.keySet()));
        StringBuilder out = new StringBuilder("| metric |");
        results.forEach(r -> out.append(' ').append(r.size).append(" |"));
        out.append("\n|---|");
        results.forEach(r -> out.append("---|"));
        out.append('\n');
        for (String metric : metrics) {
            out.append("| ").append(metric).append(" |");
            results.forEach(r -> out.append(' ').append(r.values.getOrDefault(metric, "–")).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }

    static String machine(BenchOptions options) {
        Runtime rt = Runtime.getRuntime();
        List<String> lines = new ArrayList<>();
        lines.add("- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        lines.add("- CPU: " + rt.availableProcessors() + " cores (" + cpuModel() + "), shared with other engineers' "
                + "builds and browser tests; load average at start " + firstLine("/proc/loadavg"));
        lines.add("- Memory: " + meminfo("MemTotal") + " total; JVM max heap " + bytes(rt.maxMemory())
                + "; embedded Neo4j page cache " + options.pageCache() + " (off-heap)");
        lines.add("- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + "); JVM flags " + jvmFlags());
        lines.add("- OS: " + osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", " + System.getProperty("os.arch") + ")");
        lines.add("- Code: commit " + git() + "; loader batch size " + options.describeLoader());
        return String.join("\n", lines) + "\n";
    }

    static void write(Path markdown, String block) throws IOException {
        String framed = BEGIN + "\n" + block + END + "\n";
        String text;
        if (Files.exists(markdown)) {
            String old = Files.readString(markdown, StandardCharsets.UTF_8);
            int b = old.indexOf(BEGIN);
            int e = old.indexOf(END);
            text = b >= 0 && e > b ? old.substring(0, b) + framed + old.substring(e + END.length()).replaceFirst("^\n", "")
                    : old + "\n" + framed;
        } else {
            text = "# RespNet benchmarks\n\nHow to run: see docs/benchmarks.md.\n\n" + framed;
        }
        Files.writeString(markdown, text, StandardCharsets.UTF_8);
    }

    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
    }

    static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%,.1f s", s);
    }

    static String rate(double count, long nanos, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", count / (nanos / 1e9), unit);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String bytes(long b) {
        if (b < 0) {
            return "n/a";
        }
        return b >= 1L << 30 ? String.format(Locale.ROOT, "%.2f GiB", b / (double) (1L << 30))
                : String.format(Locale.ROOT, "%,.0f MiB", b / (double) (1L << 20));
    }

    private static String jvmFlags() {
        return String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown model");
        } catch (IOException e) {
            return "unknown model";
        }
    }

    private static String meminfo(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith(key + ":"))
                    .map(l -> bytes(Long.parseLong(l.replaceAll("\\D", "")) * 1024)).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String osName() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).get(0);
        } catch (IOException | IndexOutOfBoundsException e) {
            return "n/a";
        }
    }

    private static String git() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
