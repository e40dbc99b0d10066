package org.respnet.cli;

import java.util.concurrent.Callable;
import org.respnet.app.RespNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", description = "Print what the graph holds, per document and in total.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Override
    public Integer call() {
        try (var context = options.startContext()) {
            var queries = context.getBean(RespNet.class).documents();
            for (var d : queries.documents()) {
                System.out.printf("%s  %s: %d sections, %d measures, %d units, %d leads, %d participations%n",
                        d.key(), d.title(), d.sections(), d.measures(), d.units(), d.leads(), d.participations());
            }
            var s = queries.stats();
            System.out.printf("total: %d documents, %d sections, %d measures, %d units, %d leads, %d participations%n",
                    s.documents(), s.sections(), s.measures(), s.units(), s.leads(), s.participations());
            return 0;
        }
    }
}
