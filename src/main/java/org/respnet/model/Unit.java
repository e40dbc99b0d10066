package org.respnet.model;

import java.util.List;

/**
 * A responsible body, shared across documents by its normalised name.
 *
 * @param aliases other names the documents use for it, e.g. {@code 市督考办} for {@code 市委办公室}
 */
public record Unit(String name, UnitKind kind, List<String> aliases) {

    public Unit {
        aliases = List.copyOf(aliases);
    }
}
