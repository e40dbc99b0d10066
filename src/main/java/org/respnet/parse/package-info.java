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
 * <li>Title: the plan named in {@code 关于印发《…》的通知}, else the first line. Document number: an intact
 *     {@code X[2016]3号} opening a header line. Date: an intact date alone on its line.</li>
 * </ul>
 */
package org.respnet.parse;
