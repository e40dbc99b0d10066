/**
 * Text → {@link org.respnet.model.PolicyDocument}. Entry point: {@link org.respnet.parse.DocumentParser}.
 *
 * <p>Pipeline: {@code LineClassifier} (numerals at line starts) → {@code StructureReader} (sections,
 * subsections, measure paragraphs) → {@code ClauseLocator} (where the clause is) → {@code ClauseParser}
 * (roles) → {@code UnitListSplitter} (names and collectives) → {@code UnitRegistry} + {@link
 * org.respnet.parse.UnitClassifier}; {@code MetadataExtractor} and {@code SupervisorFinder} read the rest.
 *
 * <p>Rules chosen where the documents leave room:
 * <ul>
 * <li>Lead: named under 牵头单位, followed by 牵头, or marked {@code (牵头)}. Otherwise the first-listed unit
 *     leads only if the document declared it (列第一位者为牵头单位 / 排在第一位的部门为牵头部门); with 下同
 *     the declaration holds to the end. {@code 责任单位:X、Y} alone, with no mark and no declaration, names
 *     participants only: no lead is invented.</li>
 * <li>A clause is understood or rejected: a list whose role cannot be told, an unknown label, an empty label,
 *     or a parenthesised list of unit names without any role gives a {@link org.respnet.parse.ParseException}.</li>
 * <li>Where a document has clauses, a numbered paragraph without one is a measure (clause null) only if its
 *     section has clause-bearing measures numbered the same way; otherwise it is plain text
 *     ({@code (一)指导思想}). A document with no clause at all is a plain numbered list of measures.</li>
 * <li>Measure numbers need not be unique: numbering restarts per section in many plans, and a number written
 *     twice in one section (a numbering slip, or a line pasted twice) is still two measures. Each keeps the number
 *     as written and gets its own {@code index} (document order), which is its identity; a look-up by number
 *     answers the first in document order. Rejecting the document would lose every measure for a typo.</li>
 * <li>A unit list item that opens with a parenthesis or still holds a separator ({@code (X、Y}) is an unbalanced
 *     list, not a unit: a {@link org.respnet.parse.ParseException}. A list split at a comma keeps restoring
 *     shared prefixes ({@code 牵头单位:市人大法工委,内司工委}).</li>
 * <li>Title: the plan named in {@code 关于印发《…》的通知}, else the first line. Document number: an intact
 *     {@code X[2016]3号} opening a header line. Date: an intact date alone on its line.</li>
 * </ul>
 */
package org.respnet.parse;
