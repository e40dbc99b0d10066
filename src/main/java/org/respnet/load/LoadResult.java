package org.respnet.load;

/**
 * What one document's load did.
 *
 * @param skipped true when the stored version has the same text, so nothing was written
 */
public record LoadResult(String key, String title, boolean skipped, int sections, int measures, int units,
                         int leads, int participations, long millis) {

    public int relationships() {
        return leads + participations;
    }

    public String summary() {
        if (skipped) {
            return key + ": unchanged, skipped";
        }
        return String.format("%s: %d sections, %d measures, %d units, %d relationships (%d leads, %d participations) in %d ms",
                key, sections, measures, units, relationships(), leads, participations, millis);
    }
}
