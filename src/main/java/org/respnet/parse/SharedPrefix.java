package org.respnet.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores a prefix a list item shares with the item before it: in {@code 市人大法工委、内司工委} the second
 * item is {@code 市人大内司工委}. Only a prefix ending in an organ marker is shared, so {@code 市财政局、民政局}
 * and central lists such as {@code 中央宣传部、农业农村部} are left as written.
 */
final class SharedPrefix {

    /** Items starting like this already carry their level and need nothing. */
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(市|省|县|区|国|中央|全国)");
    /** Level plus organ (市人大, 省政协, 县委 …): the part a following item may leave out. */
    private static final Pattern ORGAN_PREFIX = Pattern.compile("^(市|省|县|区)(人大常委会|人大|政协|政府|纪委|委)");

    private final Set<String> knownNames;

    /** @param knownNames complete names without a level prefix, such as {@code 团市委} */
    SharedPrefix(Set<String> knownNames) {
        this.knownNames = knownNames;
    }

    String complete(String item, String previousOrNull) {
        if (previousOrNull == null || LEVEL_PREFIX.matcher(item).find() || knownNames.contains(item)) {
            return item;
        }
        Matcher organ = ORGAN_PREFIX.matcher(previousOrNull);
        return organ.lookingAt() ? organ.group() + item : item;
    }
}
