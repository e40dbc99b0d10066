package org.respnet.text;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word keeps automatic list numbers ({@code 一、}, {@code 1.}) out of the paragraph text; this counts them the way Word
 * does, in body order, so each numbered paragraph can be given its label back. Counters belong to the abstract list
 * (numbers continue across list instances that share it); a list instance with a start override restarts them.
 * A level restarts when a shallower level advances, unless its {@code lvlRestart} says otherwise.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Map<BigInteger, boolean[]> active = new HashMap<>();
    private final Set<BigInteger> seenInstances = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label Word shows before this paragraph ({@code 一、}, {@code (1) }), or "" when it is not numbered. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        NumRef ref = numRef(paragraph);
        if (ref == null || ref.numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(ref.numId);
        if (num == null || num.getCTNum() == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        CTNum ctNum = num.getCTNum();
        BigInteger abstractId = ctNum.getAbstractNumId().getVal();
        CTAbstractNum abstractNum = abstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        int level = ref.ilvl(abstractNum);
        CTLvl lvl = level(ctNum, abstractNum, level);
        if (lvl == null || level < 0 || level >= LEVELS) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[LEVELS]);
        boolean[] on = active.computeIfAbsent(abstractId, k -> new boolean[LEVELS]);
        if (seenInstances.add(ref.numId)) {
            for (CTNumLvl override : ctNum.getLvlOverrideArray()) {
                if (override.getStartOverride() != null || override.getLvl() != null) {
                    int l = override.getIlvl().intValue();
                    if (l >= 0 && l < LEVELS) {
                        on[l] = false;
                    }
                }
            }
        }
        if (on[level]) {
            count[level]++;
        } else {
            count[level] = start(ctNum, abstractNum, level);
            on[level] = true;
        }
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            if (restartsAfter(level(ctNum, abstractNum, deeper), deeper, level)) {
                on[deeper] = false;
            }
        }
        return render(lvl, ctNum, abstractNum, count, on);
    }

    private String render(CTLvl lvl, CTNum ctNum, CTAbstractNum abstractNum, int[] count, boolean[] on) {
        if (lvl.getNumFmt() != null && lvl.getNumFmt().getVal() != null
                && "bullet".equals(lvl.getNumFmt().getVal().toString())) {
            return ""; // bullet glyphs are symbol-font code points that mean nothing as text
        }
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        boolean legal = lvl.getIsLgl() != null && POIXMLUnits.parseOnOff(lvl.getIsLgl());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(i + 1) - '1';
                CTLvl refLvl = level(ctNum, abstractNum, ref);
                int value = on[ref] ? count[ref] : start(ctNum, abstractNum, ref);
                String fmt = legal ? "decimal" : numFmt(refLvl);
                out.append(NumberFormats.format(value, fmt));
                i++;
            } else {
                out.append(c);
            }
        }
        if (out.length() == 0) {
            return "";
        }
        // the default suffix is a tab; a tab inside a paragraph would read as a table cell, so it becomes a space
        return "nothing".equals(suffix(lvl)) ? out.toString() : out + " ";
    }

    /** {@code w:suff} read from the XML: poi-ooxml-lite leaves out its schema type, and one attribute is all we need. */
    private static String suffix(CTLvl lvl) {
        for (Node child = lvl.getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "suff".equals(element.getLocalName())) {
                return element.getAttributeNS(W_NS, "val");
            }
        }
        return "tab";
    }

    private static String numFmt(CTLvl lvl) {
        return lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    /** By default a level restarts after any shallower level; {@code lvlRestart n} only after level n or shallower, 0 never. */
    private static boolean restartsAfter(CTLvl deeperLvl, int deeper, int advanced) {
        if (deeperLvl == null || deeperLvl.getLvlRestart() == null || deeperLvl.getLvlRestart().getVal() == null) {
            return advanced < deeper;
        }
        int restart = deeperLvl.getLvlRestart().getVal().intValue();
        return restart != 0 && advanced <= restart - 1;
    }

    private int start(CTNum ctNum, CTAbstractNum abstractNum, int level) {
        for (CTNumLvl override : ctNum.getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTLvl lvl = level(ctNum, abstractNum, level);
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    /** A list instance may replace a whole level; otherwise the abstract list's level applies. */
    private static CTLvl level(CTNum ctNum, CTAbstractNum abstractNum, int level) {
        for (CTNumLvl override : ctNum.getLvlOverrideArray()) {
            if (override.getIlvl().intValue() == level && override.getLvl() != null) {
                return override.getLvl();
            }
        }
        for (CTLvl lvl : abstractNum.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    /** An abstract list that only links to a numbering style takes its levels from that style's list. */
    private CTAbstractNum abstractNum(BigInteger abstractId) {
        XWPFAbstractNum found = numbering.getAbstractNum(abstractId);
        CTAbstractNum abstractNum = found == null ? null : found.getCTAbstractNum();
        if (abstractNum != null && abstractNum.sizeOfLvlArray() == 0 && abstractNum.getNumStyleLink() != null) {
            CTNumPr linked = styleNumPr(abstractNum.getNumStyleLink().getVal(), 0);
            if (linked != null && linked.getNumId() != null) {
                XWPFNum num = numbering.getNum(linked.getNumId().getVal());
                if (num != null && num.getCTNum().getAbstractNumId() != null) {
                    XWPFAbstractNum target = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
                    return target == null ? abstractNum : target.getCTAbstractNum();
                }
            }
        }
        return abstractNum;
    }

    private record NumRef(BigInteger numId, Integer explicitIlvl, String styleId) {
        /** Without an explicit level, a style-linked list names the level that carries the paragraph's style. */
        int ilvl(CTAbstractNum abstractNum) {
            if (explicitIlvl != null) {
                return explicitIlvl;
            }
            if (styleId != null) {
                for (CTLvl lvl : abstractNum.getLvlArray()) {
                    if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal()) && lvl.getIlvl() != null) {
                        return lvl.getIlvl().intValue();
                    }
                }
            }
            return 0;
        }
    }

    /** The paragraph's own numbering, or the one its style (or a style it is based on) carries. */
    private NumRef numRef(XWPFParagraph paragraph) {
        CTPPr ppr = paragraph.getCTP().getPPr();
        CTNumPr own = ppr == null ? null : ppr.getNumPr();
        BigInteger numId = own != null && own.getNumId() != null ? own.getNumId().getVal() : null;
        Integer ilvl = own != null && own.getIlvl() != null ? own.getIlvl().getVal().intValue() : null;
        String styleId = paragraph.getStyleID();
        if (numId == null && styleId != null) {
            CTNumPr fromStyle = styleNumPr(styleId, 0);
            if (fromStyle != null && fromStyle.getNumId() != null) {
                numId = fromStyle.getNumId().getVal();
                if (ilvl == null && fromStyle.getIlvl() != null) {
                    ilvl = fromStyle.getIlvl().getVal().intValue();
                }
            }
        }
        return numId == null ? null : new NumRef(numId, ilvl, styleId);
    }

    private CTNumPr styleNumPr(String styleId, int depth) {
        if (styles == null || styleId == null || depth > 10) {
            return null;
        }
        XWPFStyle style = styles.getStyle(styleId);
        if (style == null) {
            return null;
        }
        CTPPrGeneral ppr = style.getCTStyle().getPPr();
        if (ppr != null && ppr.getNumPr() != null) {
            return ppr.getNumPr();
        }
        return styleNumPr(style.getBasisStyleID(), depth + 1);
    }
}
