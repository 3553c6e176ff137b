/**
 * The pain review worklist ({@code taperwise worklist}): from the assessments {@code screen} writes (JSON Lines,
 * contract section 2), the patients a practice or region should invite to a pain review, ranked, with the reasons in
 * a line each, as CSV ({@link org.taperwise.examples.worklist.WorklistCsv}) and as one printable HTML page
 * ({@link org.taperwise.examples.worklist.WorklistHtml}). Contract section 7 fixes the CSV columns.
 *
 * <p>Who is listed: ELIGIBLE patients in the ranked list; UNDETERMINED patients in a section of their own with the
 * reasons (missing data never hides a patient); NOT_ELIGIBLE patients are only counted. Nothing here decides anything
 * clinical: the order ({@link org.taperwise.examples.worklist.RiskOrder}) uses only what each assessment already
 * decided (its flags' severities and its daily MME), and every threshold shown comes from a flag's
 * {@code parameters}. Memory holds only the listed patients' small records (with {@code --limit N}, only the top N
 * of the ranked list), never the assessments.
 */
package org.taperwise.examples.worklist;
