package org.respnet.query;

import org.respnet.model.UnitKind;

final class Kinds {

    private Kinds() {
    }

    static String label(String kind) {
        try {
            return UnitKind.valueOf(kind).chineseLabel();
        } catch (IllegalArgumentException | NullPointerException e) {
            return UnitKind.OTHER.chineseLabel();
        }
    }
}
