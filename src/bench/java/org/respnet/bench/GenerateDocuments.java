package org.respnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated workload as text files, e.g. to load them with the application's own {@code load} command:
 * {@code mvn -q -Pbench exec:exec@generate -Dbench.size=M -Dbench.out=target/bench/M-texts}.
 */
public final class GenerateDocuments {

    private GenerateDocuments() {
    }

    public static void main(String[] args) throws IOException {
        WorkloadSpec spec = WorkloadSpec.named(args.length > 0 ? args[0] : "S");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/" + spec.name() + "-texts");
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : spec.documents();
        Files.createDirectories(out);
        NetworkGenerator generator = new NetworkGenerator(spec);
        long measures = 0;
        long relationships = 0;
        for (int d = 0; d < Math.min(limit, spec.documents()); d++) {
            GeneratedDocument doc = generator.document(d);
            Files.write(out.resolve(doc.fileName()), doc.bytes());
            measures += doc.measures().size();
            relationships += doc.leadCount() + doc.participationCount();
        }
        System.out.printf("%s: wrote %,d documents, %,d measures, %,d lead and participation relationships to %s%n",
                spec.name(), Math.min(limit, spec.documents()), measures, relationships, out.toAbsolutePath());
    }
}
