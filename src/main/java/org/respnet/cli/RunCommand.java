package org.respnet.cli;

import java.util.concurrent.Callable;
import org.respnet.app.RespNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", description = "Load the seeds folder (unchanged documents are skipped) and serve. The default.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Override
    public Integer call() throws InterruptedException {
        var context = options.startContext();
        try {
            var seeds = context.getBean(RespNetProperties.class).seedsDir();
            var files = DocumentFiles.documentsIn(seeds);
            System.out.printf("Loading %d documents from %s%n", files.size(), seeds.toAbsolutePath());
            new DocumentFiles(context.getBean(RespNet.class).ingest(), System.out)
                    .loadAll(files, null, false);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return ServeCommand.serve(context);
    }
}
