package org.respnet.parse;

import java.util.regex.Pattern;

/**
 * A document may declare once that the first-listed unit leads ({@code 列第一位者为牵头单位,下同}).
 * With {@code 下同} the declaration holds from that clause to the end of the document; without it,
 * only for its own clause. Without any declaration, a plain {@code (X、Y负责)} names no lead.
 */
final class LeadConvention {

    static final Pattern DECLARATION =
            Pattern.compile("(列|排)(在|名)?(第一|首)位(者|的[\\p{IsHan}]{0,4})?(为|是)[\\p{IsHan}]{0,4}牵头(单位|部门)");
    static final String APPLIES_BELOW = "下同";

    private boolean declaredForRest;

    boolean holdsForRest() {
        return declaredForRest;
    }

    void declareForRest() {
        declaredForRest = true;
    }
}
