package org.respnet.check;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's measures by when they fall due.
 *
 * @param measures  the unit's measures in scope (led or taken part in)
 * @param undated   those whose text gives no deadline at all
 * @param buckets   one per due month ({@code 2022-10}) in order, then {@code ongoing} and {@code unknown}
 */
public record Timeline(String unit, String document, long measures, long undated, List<Bucket> buckets) {

    /** @param listed up to the limit of the bucket's measures, earliest first */
    public record Bucket(String bucket, long measures, long leads, List<Entry> listed) {
    }

    /** @param role the unit's: {@code lead} or {@code participant} */
    public record Entry(String document, String number, long index, String text, String deadline, LocalDate dueDate,
                        String role) {
    }
}
