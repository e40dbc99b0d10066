package org.respnet.parse;

import java.util.List;
import org.respnet.model.PolicyDocument;

/** A parsed document with every warning the parser raised, so a user can check the reading before loading it. */
public record ParseReport(PolicyDocument document, List<ParseWarning> warnings) {

    public ParseReport {
        warnings = List.copyOf(warnings);
    }

    /** The document, or with {@code strict} a refusal at the first warning. */
    public PolicyDocument documentOrRefuse(boolean strict) {
        if (strict && !warnings.isEmpty()) {
            ParseWarning first = warnings.get(0);
            throw new ParseException(document.source().name(), first.line(), first.where(),
                    "refused in strict mode with " + warnings.size() + " warning(s), the first: " + first.message());
        }
        return document;
    }
}
