package org.respnet.load;

/**
 * What deleting one document removed.
 *
 * @param unitsRemoved units that no other document names, deleted with it
 */
public record DeleteResult(String key, String title, int sections, int measures, int units, int unitsRemoved) {

    public String summary() {
        return String.format("%s: deleted (%d sections, %d measures; %d of its %d units named by no other document removed)",
                key, sections, measures, unitsRemoved, units);
    }
}
