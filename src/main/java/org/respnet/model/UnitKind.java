package org.respnet.model;

/**
 * What sort of body a unit is, decided from its name by the rule table in {@code unit-kinds.tsv}. The labels here
 * are the one table of kind names: the API's {@code kindLabel}, the CSV and the pages (through
 * {@code /api/v1/unit-kinds}) all read them.
 */
public enum UnitKind {
    MASS_ORGANISATION("群团组织", "Mass organisation"),
    PARTY_ORGAN("党委机构", "Party organ"),
    GOVERNMENT_DEPARTMENT("政府部门", "Government department"),
    PEOPLES_CONGRESS("人大", "People's congress"),
    CPPCC("政协", "CPPCC"),
    JUDICIARY("司法机关", "Judiciary"),
    OTHER("其他", "Other");

    private final String chineseLabel;
    private final String englishLabel;

    UnitKind(String chineseLabel, String englishLabel) {
        this.chineseLabel = chineseLabel;
        this.englishLabel = englishLabel;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
