package org.respnet.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the analysts' Cypher console, which anyone who reaches the server can use.
 *
 * @param timeout       each query's transaction is ended by the server after this long
 * @param maxRows       rows beyond this are dropped and the result is flagged {@code truncated}
 * @param maxConcurrent console queries running at once; more are turned away rather than queued
 * @param maxBytes      an answer's rows stop (flagged {@code truncated}) before they pass about this many bytes of JSON
 */
@ConfigurationProperties("respnet.console")
public record ConsoleProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("5000") int maxRows,
                               @DefaultValue("4") int maxConcurrent, @DefaultValue("8MB") DataSize maxBytes) {

    @ConstructorBinding
    public ConsoleProperties {
    }

    public ConsoleProperties(Duration timeout, int maxRows, int maxConcurrent) {
        this(timeout, maxRows, maxConcurrent, DataSize.ofMegabytes(8));
    }

    public static ConsoleProperties defaults() {
        return new ConsoleProperties(Duration.ofSeconds(10), 5000, 4);
    }
}
