/**
 * The patient handout ({@link org.taperwise.handout.PatientHandout}): an assessment's taper plan in plain English,
 * as text or as a printable HTML page. Uses the model only (ArchitectureTest).
 *
 * <p>Sources of what the handout tells the patient (read 2026-12-07; each statement cites its source next to it in
 * {@code Advice}):
 * <ul>
 * <li>Reading age 9 to 11: NHS digital service manual, content style guide
 *     (https://service-manual.nhs.uk/content/health-literacy; wording quoted in
 *     https://github.com/nhsuk/nhsuk-service-manual-community-backlog/issues/258), supported by the Patient
 *     Information Forum's 2022 survey (https://github.com/nhsuk/nhsuk-service-manual-community-backlog/files/8253096/
 *     PIF.reading.age.survey.letter.pdf: 95% of 93 information leads support 9 to 11). NHS Library health literacy
 *     toolkit, tool 11: the Flesch-Kincaid readability test (https://library.nhs.uk/health-information/).</li>
 * <li>Numerals and dates: NHS digital service manual, "Numbers, measurements, dates and time"
 *     (https://service-manual.nhs.uk/content/numbers-measurements-dates-time).</li>
 * <li>Tapering slowly, reviews at least monthly, pausing rather than reversing, withdrawal symptoms, mood during a
 *     taper, loss of tolerance and overdose on return to an earlier dose, naloxone: CDC Clinical Practice Guideline
 *     for Prescribing Opioids for Pain, 2022 (Dowell et al., MMWR Recomm Rep 2022;71(3):1-95), Recommendations 5, 8
 *     and 11.</li>
 * <li>Tapering and withdrawal in UK practice: Faculty of Pain Medicine, Opioids Aware, "Tapering and stopping"
 *     (https://fpm.ac.uk/opioids-aware-structured-approach-opioid-prescribing/tapering-and-stopping) and its
 *     information for patients.</li>
 * <li>Loss of tolerance and overdose if the earlier dose is taken again: HHS Guide for Clinicians on the Appropriate
 *     Dosage Reduction or Discontinuation of Long-Term Opioid Analgesics (US Department of Health and Human Services,
 *     September 2019); summarised for patients from the CDC guideline at
 *     https://www.painscale.com/article/what-the-cdc-guidelines-really-say-about-tapering-off-opioids.</li>
 * <li>Tolerance can be lost within a week: VA/DoD Opioid Taper Decision Tool (2016); the same warning for patients:
 *     Canadian Deprescribing Network, opioid reduction (https://www.deprescribingnetwork.ca/opioid-reduction).</li>
 * <li>Pause, never go backwards: Oregon Pain Guidance, tapering (as cited in the taper plan's own notes).</li>
 * <li>Naloxone (injection or nose spray, call an ambulance as well, wears off after 20 to 30 minutes): GOV.UK,
 *     "Widening the availability of naloxone"; We Are With You, "How to use a naloxone injection (Prenoxad)"
 *     (https://wearewithyou.org.uk/help-and-advice/safer-injecting/how-use-naloxone-injection-prenoxad).</li>
 * <li>Signs of an overdose: Resuscitation Council UK first-aid guidance (slow or absent breathing, very drowsy or
 *     unresponsive, very small pupils); CDC, "Preventing opioid overdose" (pinpoint pupils, cannot be woken, slow or
 *     no breathing, choking or gurgling sounds, blue lips).</li>
 * <li>Unused medicines to a pharmacy: NHS website, "How should I dispose of old or unused medicines?".</li>
 * <li>Print: RNIB clear print guidelines: a minimum of 12 point, 14 point recommended, left aligned, strong
 *     contrast, line spacing 1.5 (as reproduced at https://studylib.net/doc/18866603/).</li>
 * </ul>
 * The clinician's report keeps the rule ids, sources, policy, rounding rule and morphine equivalents; none of them is
 * in the handout.
 */
package org.taperwise.handout;
