package org.respnet.web;

import java.util.Arrays;
import java.util.List;
import org.respnet.model.UnitKind;

/** The kind names the pages show, read from {@link UnitKind} so the API, the CSV and the pages say the same. */
record UnitKinds(String kind, String zh, String en) {

    static List<UnitKinds> all() {
        return Arrays.stream(UnitKind.values()).map(k -> new UnitKinds(k.name(), k.chineseLabel(), k.englishLabel()))
                .toList();
    }
}
