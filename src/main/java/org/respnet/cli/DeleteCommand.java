package org.respnet.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.respnet.app.RespNet;
import org.respnet.load.DeleteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = {
        "Remove documents by key with their sections, measures and relationships; unit and pair totals follow,",
        "and units no other document names are removed. Exit 1 when a key is unknown."})
final class DeleteCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Parameters(arity = "1..*", paramLabel = "KEY", description = "Document keys, e.g. 衢委发[2016]3号 (see 'stats').")
    List<String> keys;

    @Override
    public Integer call() {
        try (var context = options.startContext()) {
            var ingest = context.getBean(RespNet.class).ingest();
            int unknown = 0;
            for (String key : keys) {
                var deleted = ingest.delete(key.strip());
                if (deleted.isPresent()) {
                    System.out.println(deleted.map(DeleteResult::summary).get());
                } else {
                    System.out.println(key + ": no document with this key");
                    unknown++;
                }
            }
            return unknown == 0 ? 0 : RespNetCommand.EXIT_BAD_INPUT;
        }
    }
}
