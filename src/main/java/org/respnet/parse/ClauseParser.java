package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one responsibility clause. A clause is split at , ; 。 into segments; each segment is labelled
 * ({@code 牵头单位:X}), ends in a role verb ({@code X牵头}, {@code Y配合}, {@code Z负责}), is a deadline,
 * or is a lead-convention declaration. A bare list takes the role of the label before it or, failing
 * that, of the verb after it ({@code X、Y,各省级人民政府按职责分工负责}).
 */
final class ClauseParser {

    enum Role { LEAD, PARTICIPANT, RESPONSIBLE, DEADLINE }

    private static final Map<String, Role> LABELS = Map.ofEntries(
            Map.entry("牵头单位", Role.LEAD), Map.entry("牵头部门", Role.LEAD),
            Map.entry("参与单位", Role.PARTICIPANT), Map.entry("参与部门", Role.PARTICIPANT),
            Map.entry("配合单位", Role.PARTICIPANT), Map.entry("配合部门", Role.PARTICIPANT),
            Map.entry("协同单位", Role.PARTICIPANT), Map.entry("协同部门", Role.PARTICIPANT),
            Map.entry("协办单位", Role.PARTICIPANT),
            Map.entry("责任单位", Role.RESPONSIBLE), Map.entry("责任部门", Role.RESPONSIBLE),
            Map.entry("完成时限", Role.DEADLINE), Map.entry("完成时间", Role.DEADLINE),
            Map.entry("时间要求", Role.DEADLINE), Map.entry("时限要求", Role.DEADLINE),
            Map.entry("时限", Role.DEADLINE));
    private static final Pattern LABELLED = Pattern.compile("^([\\p{IsHan}]{2,6})[:]\\s*(.*)$");
    /** The lazy name lets the earliest verb match to the end, so the longest wins (按职责分工负责 over 负责). */
    private static final Pattern WITH_VERB = Pattern.compile("^由?(.*?)(共同牵头|牵头负责|负责牵头|牵头"
            + "|配合落实|配合实施|配合|参与|协同|协助|按职责分工负责|按职责负责|分工负责|共同负责|分别负责|负责)$");
    static final Pattern DEADLINE = Pattern.compile("^(\\d{4}年(\\d{1,2}月)?(\\d{1,2}日)?(上半年|下半年|年底|底|末)?"
            + "(前|起|内)?(完成|基本完成|全面完成)?|长期坚持|持续推进|长期推进|持续开展|持续实施|常态化推进)$");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("[,;。]");

    private final UnitListSplitter splitter;

    ClauseParser(UnitListSplitter splitter) {
        this.splitter = splitter;
    }

    Responsibility parse(String clause, LeadConvention convention, String file, int lineNo) {
        ClauseReading reading = new ClauseReading(file, lineNo, clause);
        for (String segment : segments(clause)) {
            readSegment(segment.strip(), reading);
        }
        reading.finish();
        boolean conventionHere = reading.declaresConvention || convention.holdsForRest();
        if (reading.declaresConvention && reading.appliesBelow) {
            convention.declareForRest();
        }
        return reading.resolve(conventionHere);
    }

    private void readSegment(String segment, ClauseReading reading) {
        if (segment.isEmpty()) {
            return;
        }
        if (LeadConvention.DECLARATION.matcher(segment).find() || segment.equals(LeadConvention.APPLIES_BELOW)) {
            reading.declaresConvention |= LeadConvention.DECLARATION.matcher(segment).find();
            reading.appliesBelow |= segment.contains(LeadConvention.APPLIES_BELOW);
            return;
        }
        Matcher labelled = LABELLED.matcher(segment);
        if (labelled.matches()) {
            Role role = LABELS.get(labelled.group(1));
            if (role == null) {
                throw reading.error("unknown label '" + labelled.group(1) + "'");
            }
            if (role == Role.DEADLINE) {
                reading.addDeadline(labelled.group(2).strip());
                return;
            }
            reading.addLabelled(role, splitter.split(labelled.group(2)), labelled.group(1));
            return;
        }
        if (DEADLINE.matcher(segment).matches()) {
            reading.addDeadline(segment);
            return;
        }
        Matcher verb = WITH_VERB.matcher(segment);
        if (verb.matches()) {
            reading.addWithVerb(roleOfVerb(verb.group(2)), splitter.split(verb.group(1), reading.openListTail()));
            return;
        }
        reading.addBare(splitter.split(segment, reading.openListTail()));
    }

    private static Role roleOfVerb(String verb) {
        if (verb.contains("牵头")) {
            return Role.LEAD;
        }
        return verb.endsWith("负责") ? Role.RESPONSIBLE : Role.PARTICIPANT;
    }

    /** Segments of the clause without its outer parentheses, split outside nested parentheses. */
    private static List<String> segments(String clause) {
        String body = clause.startsWith("(") && clause.endsWith(")") ? clause.substring(1, clause.length() - 1) : clause;
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && SEGMENT_SEPARATOR.matcher(String.valueOf(c)).matches()) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
