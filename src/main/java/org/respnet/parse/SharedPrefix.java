package org.respnet.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores a prefix a list item shares with the item before it, as lists abbreviate:
 * <ul>
 * <li>an organ prefix: in {@code 市人大法工委、内司工委} the second item is {@code 市人大内司工委};</li>
 * <li>a level: in {@code 省发展改革委、住房城乡建设厅、交通运输厅} the departments are the province's
 *     ({@code 省住房城乡建设厅}), and in {@code 市财政局、民政局} the city's.</li>
 * </ul>
 * Items that carry any level of their own ({@code 团省委}, {@code 人行六安市中心支行}), known names, and lists
 * without levels ({@code 中央宣传部、农业农村部}) are left as written.
 */
final class SharedPrefix {

    /** Items starting like this already carry their level and need nothing. */
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^(市|省|县|区|国家|国务院|中央|全国)");
    /** Level plus organ (市人大, 省政协, 县委 …): the part a following item may leave out. */
    private static final Pattern ORGAN_PREFIX = Pattern.compile("^(市|省|县|区)(人大常委会|人大|政协|政府|纪委|委)");
    private static final Pattern LEVEL = Pattern.compile("^(省|市|县|区)");
    /** A level anywhere in the item: it names its own place. */
    private static final Pattern OWN_LEVEL = Pattern.compile("[省市县区州]");
    /** The departments a level has, written without it: 商务厅, 民政局, 发展改革委, 政务办, 大数据中心. */
    private static final Pattern DEPARTMENT = Pattern.compile("[\\p{IsHan}]{2,}(厅|局|委|办|中心)$");

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
        if (organ.lookingAt()) {
            return organ.group() + item;
        }
        Matcher level = LEVEL.matcher(previousOrNull);
        if (level.lookingAt() && !OWN_LEVEL.matcher(item).find() && DEPARTMENT.matcher(item).matches()) {
            return level.group() + item;
        }
        return item;
    }
}
