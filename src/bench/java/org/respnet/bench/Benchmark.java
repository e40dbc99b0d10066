package org.respnet.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark command: {@code mvn -Pbench test -Dbench.sizes=S,M,L} (see docs/benchmarks.md). Runs each size on
 * a fresh embedded store under {@code target/bench}, prints the table and writes it into {@code BENCHMARKS.md}.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        Files.createDirectories(options.workDir());
        String machine = Report.machine(options);
        System.out.print(machine);
        List<Report.SizeResult> results = new ArrayList<>();
        for (WorkloadSpec spec : options.sizes()) {
            results.add(new SizeRun(spec, options).run());
            // Write after every size, so a long L run that fails still leaves S and M on record.
            write(options, machine, results);
        }
        System.out.println();
        System.out.print(Report.table(results));
        System.exit(0);
    }

    private static void write(BenchOptions options, String machine, List<Report.SizeResult> results) throws Exception {
        StringBuilder block = new StringBuilder("## Latest run\n\n").append(machine).append('\n')
                .append(Report.table(results)).append('\n');
        for (Report.SizeResult r : results) {
            for (String note : r.notes) {
                block.append("- ").append(r.size).append(": ").append(note).append('\n');
            }
        }
        Report.write(options.output(), block.toString());
        Files.writeString(options.workDir().resolve("last-run.md"), block);
    }
}
