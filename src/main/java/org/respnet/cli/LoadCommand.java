package org.respnet.cli;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.respnet.app.RespNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Parse and load documents (each completely or not at all), then exit.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text documents (UTF-8 or GBK/GB18030).")
    List<Path> files;

    @Option(names = "--encoding", description = "Force a charset (e.g. GBK) instead of detecting it.")
    Charset encoding;

    @Option(names = "--force", description = "Reload documents even when their text is unchanged.")
    boolean force;

    @Option(names = "--strict", description = "Refuse (and store nothing of) a document the parser has a warning about.")
    boolean strict;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println("respnet: no such file: " + file);
                return RespNetCommand.EXIT_BAD_INPUT;
            }
        }
        try (var context = options.startContext()) {
            var documentFiles = new DocumentFiles(context.getBean(RespNet.class).ingest(), System.out);
            int failed = documentFiles.loadAll(files, encoding, force, strict);
            System.out.printf("%d of %d documents loaded%n", files.size() - failed, files.size());
            return failed == 0 ? 0 : RespNetCommand.EXIT_BAD_INPUT;
        }
    }
}
