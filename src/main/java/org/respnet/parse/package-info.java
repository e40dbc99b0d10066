/**
 * Text → {@link org.respnet.parse.ParseReport} (a {@link org.respnet.model.PolicyDocument} and its warnings).
 * Entry point: {@link org.respnet.parse.DocumentParser}. The text arrives from {@code org.respnet.text} in one shape
 * whatever the file format: a paragraph per line, a table row per line with tab-separated cells.
 *
 * <p>Pipeline: {@code Script} (traditional text read through a simplified copy) → {@code LineClassifier} (numerals at
 * line starts; run-on lines cut) → {@code TaskTable} or {@code StructureReader} (sections, measures, where each
 * clause is) → {@code ClauseParser} with {@code Labels} (roles) → {@code UnitListSplitter} + {@code SharedPrefix}
 * (names and collectives); {@code MetadataExtractor} and {@code SupervisorFinder} read the rest.
 *
 * <p>Rules, written from the shapes of real plans, not from any list of answers:
 * <ul>
 * <li><b>Where a clause is</b>: a trailing bracket ({@code ( )}, {@code 〔 〕}, {@code 【 】}) that speaks of
 *     responsibility; a labelled tail ({@code 牵头单位:…}, also glued to the text); lines under the measure holding
 *     only a bracket or labelled fields (blank lines between them kept in the clause as written), after any lines
 *     that continue the measure's text; or a task table's responsibility cells. Bracketed clauses inside the
 *     paragraph (ending in a role verb or opening with a field) add their units too, each covering its sentences.</li>
 * <li><b>Fields</b> are read by the words they are made of: 牵头/主要责任 → lead; 配合/协同/参与/协办 → participant;
 *     责任/实施 单位·部门·主体·处室 → responsible; 领导/责任人 → person (kept on the measure, never a unit); 时限/时间/期限/节点
 *     → deadline. Any other field is a warning and its value is set aside.</li>
 * <li><b>Lead</b>: named under a lead field, followed by 牵头, or marked {@code (牵头)}. Otherwise the first-listed
 *     unit leads only where the document declares it (列第一位者为牵头单位, also in brackets after a list); with
 *     下同 the declaration holds to the end. Responsible units without any lead mark are participants: no lead is
 *     invented. 会同 is not a lead mark; a list after it ({@code X牵头,会同Y、Z}) takes part.</li>
 * <li><b>Units and collectives</b>: lists split at 、 and , outside brackets; 和/及/会同 only before a collective
 *     phrase. A collective (各…, 有关…, 相关…, 市政府各部门) is never split: one-character levels
 *     ({@code 各县、市、区政府}), placeless governments ({@code 相关市、县政府}) and adjacent collectives are one
 *     phrase. {@code X等} closes the list; {@code 等部门} names nobody. Sentences inside a clause are warnings; the
 *     collectives they name are kept. A level or organ prefix shared by a list is restored ({@code 省…、商务厅} →
 *     {@code 省商务厅}, written form kept as an alias). An alias from the table merges two names only when the
 *     document uses both.</li>
 * <li><b>Measures</b>: the numbering styles whose paragraphs mostly (30% or more) carry clauses number measures
 *     ({@code 一、} itself when a plan numbers its measures so); with no clause anywhere, the innermost style. Every
 *     paragraph of such a style is a measure, with or without a clause (clauseless ones are unassigned and reported),
 *     unless it heads deeper measures; any paragraph with a clause is a measure. Outer styles are sections and
 *     subsections, inner ones text. A clause on its own line after two or more clauseless sub-items closes their
 *     parent. A section numbering that restarts at 一 before any measure drops the sections before (a covering
 *     notice).</li>
 * <li><b>Tables</b>: a header naming a 序号, a task and a unit column, on one line (tabs, {@code |}, spaces) or one
 *     cell per line (wrapped header cells joined). Rows start at a 序号 cell; wrapped lines continue the open cell;
 *     {@code 一、…} rows open sections; repeated headers are skipped; progress columns assign nothing.</li>
 * <li><b>Run-on bodies</b>: a line is cut before a numeral that follows a sentence end, a clause or a space and
 *     continues the numbering.</li>
 * <li><b>Refused</b> ({@link org.respnet.parse.ParseException} naming the place): no measure at all, or a clause cut
 *     off (a bracket opened for responsibility never closed, a field with nothing after it at the end).</li>
 * <li>Measure numbers need not be unique; each measure's {@code index} (document order) is its identity.</li>
 * <li>Title: the plan named in {@code 关于印发《…》的通知}, else the first line. Document number: an intact
 *     {@code X[2016]3号} opening a header line. Date: an intact date alone on its line.</li>
 * </ul>
 */
package org.respnet.parse;
