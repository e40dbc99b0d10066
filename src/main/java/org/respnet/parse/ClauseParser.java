package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.respnet.parse.Labels.Role;

/**
 * Reads one responsibility clause. A clause is split at , ; 。 and line ends into segments; each segment is
 * labelled ({@code 牵头单位:X}, {@code 责任领导:张三}, {@code 时间节点:2025年3月}), ends in a role verb
 * ({@code X牵头}, {@code Y配合}, {@code Z负责}), is a deadline, or is a lead-convention declaration. A bare list
 * takes the role of the label before it or, failing that, of the verb after it
 * ({@code X、Y,各省级人民政府按职责分工负责}). What cannot be read is reported, never guessed into a unit.
 */
final class ClauseParser {

    private static final Pattern LABELLED = Pattern.compile("^([\\p{IsHan}]{1,10}(?:\\([\\p{IsHan}]{1,6}\\))?)[:]\\s*(.*)$", Pattern.DOTALL);
    /** The lazy name lets the earliest verb match to the end, so the longest wins (按职责分工负责 over 负责). */
    private static final Pattern WITH_VERB = Pattern.compile("^由?(.*?)(共同牵头|牵头负责|负责牵头|牵头"
            + "|配合落实|配合实施|配合|参与|协同|协助|按职责分工负责|按职责负责|分工负责|共同负责|分别负责|负责)$");
    /** {@code X牵头,会同Y、Z}: the verb before the list makes them participants. */
    private static final Pattern ALONG_WITH = Pattern.compile("^(?:会同|协同|配合|联合)(.+?)(?:等?(?:部门|单位))?(?:共同)?(?:实施|推进|落实)?$");
    static final Pattern DEADLINE = Pattern.compile("^(\\d{4}年(\\d{1,2}月)?(\\d{1,2}日)?(上半年|下半年|年底|底|末)?"
            + "(前|起|内)?(完成|基本完成|全面完成)?|长期坚持|持续推进|长期推进|持续开展|持续实施|常态化推进)$");
    /** The convention declared in brackets after a list: {@code 责任单位:X、Y(列第一位者为牵头单位,下同)}. */
    private static final Pattern DECLARATION_ASIDE =
            Pattern.compile("\\([^()]*?" + LeadConvention.DECLARATION.pattern() + "[^()]*\\)");
    private static final String SEGMENT_SEPARATORS = ",;。\n";
    private static final String OPENERS = "(〔【<〈";
    private static final String CLOSERS = ")〕】>〉";

    private final UnitListSplitter splitter;

    ClauseParser(UnitListSplitter splitter) {
        this.splitter = splitter;
    }

    Responsibility parse(String clause, LeadConvention convention, List<String> warnings) {
        ClauseReading reading = new ClauseReading(clause, warnings);
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
        Matcher aside = DECLARATION_ASIDE.matcher(segment);
        if (aside.find()) {
            reading.declaresConvention = true;
            reading.appliesBelow |= aside.group().contains(LeadConvention.APPLIES_BELOW);
            segment = (segment.substring(0, aside.start()) + segment.substring(aside.end())).strip();
            if (segment.isEmpty()) {
                return;
            }
        }
        if (LeadConvention.DECLARATION.matcher(segment).find() || segment.equals(LeadConvention.APPLIES_BELOW)) {
            reading.declaresConvention |= LeadConvention.DECLARATION.matcher(segment).find();
            reading.appliesBelow |= segment.contains(LeadConvention.APPLIES_BELOW);
            return;
        }
        Matcher labelled = LABELLED.matcher(segment);
        if (labelled.matches()) {
            String label = labelled.group(1);
            String value = labelled.group(2).strip();
            Role role = Labels.roleOf(label);
            if (role == null) {
                reading.warn("field '" + label + "' is not a responsibility field; its value '" + value + "' was set aside");
                reading.closeList();
            } else if (role == Role.DEADLINE) {
                reading.addDeadline(value);
            } else if (role == Role.PERSON) {
                reading.addPersons(value);
            } else {
                readList(value, role, label, reading);
            }
            return;
        }
        if (DEADLINE.matcher(segment).matches()) {
            reading.addDeadline(segment);
            return;
        }
        Matcher along = ALONG_WITH.matcher(segment);
        if (along.matches()) {
            reading.addWithVerb(Role.PARTICIPANT, splitter.split(along.group(1)));
            return;
        }
        Matcher verb = WITH_VERB.matcher(segment);
        if (verb.matches()) {
            reading.addWithVerb(roleOfVerb(verb.group(2)), splitter.split(verb.group(1), reading.openListTail()));
            return;
        }
        if (UnitNames.proseSentence(segment)) {
            reading.addProse(segment, splitter.split(segment).stream().filter(Mention::collective).toList());
            return;
        }
        reading.addBare(splitter.split(segment, reading.openListTail()));
    }

    /** A labelled value may itself end in a verb: {@code 责任单位:X、Y按职责分工负责}. */
    private void readList(String value, Role role, String label, ClauseReading reading) {
        Matcher verb = WITH_VERB.matcher(value);
        String list = verb.matches() ? verb.group(1) : value;
        Role effective = verb.matches() && roleOfVerb(verb.group(2)) == Role.LEAD ? Role.LEAD : role;
        reading.addLabelled(effective, splitter.split(list), label);
    }

    private static Role roleOfVerb(String verb) {
        if (verb.contains("牵头")) {
            return Role.LEAD;
        }
        return verb.endsWith("负责") ? Role.RESPONSIBLE : Role.PARTICIPANT;
    }

    /** Segments of the clause without its outer brackets, split outside nested brackets. */
    static List<String> segments(String clause) {
        String body = clause;
        int kind = body.isEmpty() ? -1 : OPENERS.indexOf(body.charAt(0));
        if (kind >= 0 && body.endsWith(String.valueOf(CLOSERS.charAt(kind)))) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            depth += OPENERS.indexOf(c) >= 0 ? 1 : CLOSERS.indexOf(c) >= 0 ? -1 : 0;
            if (depth == 0 && SEGMENT_SEPARATORS.indexOf(c) >= 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }
}
