package org.respnet.load;

import java.time.Duration;

/**
 * How long one document's write transaction may run: the database's default suits a city's plan, while a national
 * plan of tens of thousands of measures needs minutes (a revision also takes the old version off first). The
 * timeout grows with the rows the load writes, so a runaway statement is still stopped in proportion.
 *
 * @param minimum     the timeout of a small document
 * @param perTenThousandRows added for every 10,000 rows (measures, leads, participations, pair totals)
 */
public record WriteTimeout(Duration minimum, Duration perTenThousandRows) {

    public static WriteTimeout defaults() {
        return new WriteTimeout(Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    public Duration forRows(long rows) {
        Duration sized = perTenThousandRows.multipliedBy(Math.max(0, rows)).dividedBy(10_000);
        return sized.compareTo(minimum) > 0 ? sized : minimum;
    }
}
