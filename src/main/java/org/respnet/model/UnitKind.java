package org.respnet.model;

/** What sort of body a unit is, decided from its name by the rule table in {@code unit-kinds.tsv}. */
public enum UnitKind {
    MASS_ORGANISATION("群团组织"),
    PARTY_ORGAN("党委机构"),
    GOVERNMENT_DEPARTMENT("政府部门"),
    PEOPLES_CONGRESS("人大"),
    CPPCC("政协"),
    JUDICIARY("司法机关"),
    OTHER("其他");

    private final String chineseLabel;

    UnitKind(String chineseLabel) {
        this.chineseLabel = chineseLabel;
    }

    public String chineseLabel() {
        return chineseLabel;
    }
}
