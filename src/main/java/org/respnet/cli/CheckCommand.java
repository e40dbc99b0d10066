package org.respnet.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.ParseException;
import org.respnet.parse.ParseReport;
import org.respnet.parse.ParseWarning;
import org.respnet.text.DecodedText;
import org.respnet.text.DocumentReaders;
import org.respnet.text.TextDecodingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = {
        "Parse documents and report what would be loaded, with every warning; touches no database.",
        "Exit 0 when every file parses (warnings allowed unless --strict), 1 when any is refused."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check.")
    List<Path> files;

    @Option(names = "--encoding", description = "Force a charset (e.g. GBK) instead of detecting it.")
    Charset encoding;

    @Option(names = "--strict", description = "Exit 1 when any document has a warning, as load --strict would refuse it.")
    boolean strict;

    @Override
    public Integer call() {
        // Lazy: only the parser bean (with the configured unit rules) is created; the database never starts.
        try (var context = options.startContext(true)) {
            DocumentParser parser = context.getBean(DocumentParser.class);
            int refused = 0;
            int warnings = 0;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                System.out.printf("[%d/%d] %s%n", i + 1, files.size(), file);
                try {
                    DecodedText text = DocumentReaders.read(file, encoding);
                    ParseReport report = parser.check(text);
                    print(report, text);
                    warnings += report.warnings().size();
                } catch (TextDecodingException | ParseException e) {
                    // The message reads <file>:<place>: <problem>.
                    System.out.println("  refused: " + e.getMessage());
                    refused++;
                }
            }
            System.out.printf("%d of %d documents parse; %d refused; %d warnings%s%n", files.size() - refused,
                    files.size(), refused, warnings, strict && warnings > 0 ? " (refused with --strict)" : "");
            return refused > 0 || (strict && warnings > 0) ? RespNetCommand.EXIT_BAD_INPUT : 0;
        }
    }

    private static void print(ParseReport report, DecodedText text) {
        PolicyDocument d = report.document();
        long unassigned = d.measures().stream().filter(Measure::unassigned).count();
        System.out.printf("  %s%n  key: %s · format: %s (%s)%n", d.title(), d.key(), text.format(), text.charset().name());
        System.out.printf("  %d sections, %d measures, %d units, %d leads, %d participations; %d unassigned measures%n",
                d.sections().size(), d.measures().size(), d.units().size(), d.leadCount(), d.participationCount(),
                unassigned);
        System.out.printf("  %d warnings%n", report.warnings().size());
        for (ParseWarning w : report.warnings()) {
            System.out.println("    " + w.describe());
        }
    }
}
