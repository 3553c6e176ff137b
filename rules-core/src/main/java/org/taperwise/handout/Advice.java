package org.taperwise.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taperwise.model.TaperReason;

/**
 * The handout's fixed words, in plain English for a reading age of 9 to 11 (NHS digital service manual, content
 * style guide, https://service-manual.nhs.uk/content/health-literacy: "We aim for a reading age of 9 to 11 years
 * old", quoted in https://github.com/nhsuk/nhsuk-service-manual-community-backlog/issues/258; the Patient Information
 * Forum's survey for that manual, 2022: 95% of information leads support 9 to 11). Short sentences, common words,
 * "you", numerals; checked by {@code HandoutReadabilityTest}. Every statement of fact carries its source in a comment
 * here, never in the patient's text. The sources are listed in package-info.java.
 */
final class Advice {
    /** A heading with paragraphs, then a list, then more paragraphs; any part may be empty. */
    record Section(String heading, List<String> before, List<String> bullets, List<String> after) {
        Section {
            before = List.copyOf(before);
            bullets = List.copyOf(bullets);
            after = List.copyOf(after);
        }
    }

    private Advice() {
    }

    static String title(Handout h) {
        return h.planned() ? "Your plan to lower your pain medicine" : "Your pain medicine";
    }

    /** What comes before the schedule. */
    static List<String> intro(Handout h) {
        List<String> p = new ArrayList<>();
        p.add("Your prescriber is the doctor, nurse or pharmacist who prescribes your medicine.");
        if (h.planned()) {
            // FPM Opioids Aware, "Tapering and stopping" (https://fpm.ac.uk/opioids-aware-structured-approach-opioid-
            // prescribing/tapering-and-stopping): reduce slowly, in steps, agreed with the patient; CDC 2022
            // Recommendation 5 (Dowell et al., MMWR Recomm Rep 2022;71(3)): taper slowly, with the patient.
            p.add("This leaflet shows how to lower your opioid pain medicine slowly, step by step.");
            p.add("Go through it with your prescriber. Keep it somewhere you will see it every day.");
            p.add("Each day, take only what the plan says for that day. Do not take extra doses.");
        } else {
            // No plan: the assessment proposed none (specialist-led care, end-of-life care, missing data...). The
            // handout never suggests a change; CDC 2022 Recommendation 5 and Opioids Aware: never stop abruptly.
            p.add("This leaflet does not have a plan to change your medicine.");
            if (h.whyNot() == TaperReason.SPECIALIST_REQUIRED) {
                // TaperReason SPECIALIST_REQUIRED: methadone, pregnancy, opioid use disorder, very high dose
                p.add("A specialist team needs to help plan any change to your medicine.");
            }
            p.add("Talk to your prescriber about your medicine and what happens next.");
            p.add("Until then, keep taking your medicine the way your prescriber told you.");
            p.add("Do not stop it suddenly. This can make you feel very unwell.");
        }
        return p;
    }

    /** What comes after the schedule. */
    static List<Section> sections(Handout h) {
        List<Section> s = new ArrayList<>();
        if (h.planned()) {
            s.add(reviews(h));
            s.add(withdrawal(h));
            s.add(tolerance());
        }
        if (h.naloxone()) {
            s.add(naloxone(h));
        }
        if (h.planned() || h.naloxone()) {
            s.add(overdose(h));
        }
        if (h.planned()) {
            // NHS website, "How should I dispose of old or unused medicines?" (https://www.nhs.uk/common-health-
            // questions/medicines/how-should-i-dispose-of-old-or-unused-medicines/): take them to a pharmacy.
            s.add(new Section("Medicine you no longer need", List.of(
                    "Take any medicine you no longer need to a pharmacy. Do not keep it at home."),
                    List.of(), List.of()));
        }
        return s;
    }

    private static Section reviews(Handout h) {
        // CDC 2022 Recommendation 5: follow up at least monthly while tapering; the plan's review dates are the
        // taper.steps[].reviewDates and each step's end before a reviewed step (contract section 2).
        List<String> dates = h.reviews().stream().map(Words::date).toList();
        List<String> before = new ArrayList<>();
        LocalDate next = h.nextReview();
        if (next == null) {
            before.add("Ask your prescriber when they want to see you next.");
        } else {
            before.add("Your next review is by " + Words.date(next) + ".");
            before.add("See your prescriber by each of these dates:");
        }
        // CDC 2022 Recommendation 5; Oregon Pain Guidance, tapering: slow down or pause, do not go back.
        List<String> after = List.of("At each review, tell them how you feel.",
                "You can ask to slow down or pause the plan.");
        return new Section("When to see your prescriber", before, dates, after);
    }

    private static Section withdrawal(Handout h) {
        // Symptoms: CDC 2022 Recommendation 5 (withdrawal: craving, anxiety, trouble sleeping, stomach pain,
        // vomiting, diarrhoea, sweating, tremor, fast heartbeat, goose bumps); FPM Opioids Aware, "Tapering and
        // stopping" (withdrawal is usually mild when the dose falls slowly; pain may be worse for a while).
        // What to do: CDC 2022 Recommendation 5 (pause or slow the taper, do not reverse it; watch mood and
        // thoughts of self-harm during a taper); Oregon Pain Guidance (take breaks, never go backwards).
        return new Section("How you might feel", List.of(
                "Lowering your dose slowly helps you feel well.",
                "But after a change you may feel some of these for a while:"),
                List.of("worried or restless",
                        "sweaty, shaky, or with goose bumps",
                        "a runny nose, watery eyes, or yawning a lot",
                        "stomach cramps, feeling sick, being sick, or diarrhoea",
                        "aches, or more pain than usual",
                        "trouble sleeping",
                        "a strong wish to take more medicine"),
                List.of("This is called withdrawal. It usually gets better as your body gets used to the new dose.",
                        "If it is hard to cope, talk to your prescriber. They can slow down or pause your plan.",
                        "Do not take extra medicine to stop these feelings.",
                        "Tell your prescriber straight away if you feel very low or think about hurting yourself.",
                        "In an emergency, call " + h.emergency() + "."));
    }

    private static Section tolerance() {
        // Tolerance falls as the dose falls; going back to the earlier dose risks overdose: CDC 2022 Recommendation 5
        // (patients who have reduced or stopped opioids have lost tolerance and are at risk of overdose if they
        // return to a previous dose); VA/DoD Opioid Taper Decision Tool (2016): tolerance can be lost in as little
        // as a week. Alcohol and sleeping medicines add to the risk: FPM Opioids Aware, "Information for patients";
        // CDC 2022 Recommendation 11 (benzodiazepines).
        return new Section("Your old dose is now dangerous", List.of(
                "As your dose goes down, your body gets used to less medicine.",
                "This can happen within a week.",
                "So your old dose is now too strong for you.",
                "Taking your old dose, or extra doses, could cause an overdose. An overdose can kill.",
                "Never take more than the plan says, even if you have some old medicine left.",
                "Alcohol and sleeping pills make an overdose more likely."), List.of(), List.of());
    }

    private static Section naloxone(Handout h) {
        // Naloxone reverses an opioid overdose for a short time; it is given as an injection or a nose spray; call
        // for an ambulance as well, as it wears off after 20 to 30 minutes: GOV.UK, "Widening the availability of
        // naloxone" (https://www.gov.uk/government/publications/widening-the-availability-of-naloxone); We Are With
        // You, "How to use a naloxone injection (Prenoxad)" (https://wearewithyou.org.uk/help-and-advice/
        // safer-injecting/how-use-naloxone-injection-prenoxad). CDC 2022 Recommendation 8: offer naloxone.
        return new Section("Naloxone", List.of(
                "Your prescriber thinks you should keep naloxone at home.",
                "Naloxone is a medicine that stops an overdose for a short time.",
                "It comes as an injection or a nose spray. Ask your pharmacist to show you how to use it.",
                "Tell the people you live with where it is and how to use it.",
                "If someone gives you naloxone, they must still call " + h.emergency() + ".",
                "Naloxone wears off after about 20 to 30 minutes. The overdose can then come back."),
                List.of(), List.of());
    }

    private static Section overdose(Handout h) {
        // Signs: Resuscitation Council UK first aid (slow or absent breathing, very drowsy or unresponsive, very small
        // pupils), as summarised at https://www.mecourse.com/non-cardiac-medical-emergencies-in-pharmacy-practice-
        // opioid-overdose-and-naloxone-awareness; CDC, "Preventing opioid overdose": pinpoint pupils, falling
        // asleep or losing consciousness, slow or no breathing, choking or gurgling sounds, pale or blue lips.
        return new Section("Signs of an overdose: call " + h.emergency(), List.of(
                "Tell the people you live with about these signs:"),
                List.of("cannot be woken up, or is very sleepy",
                        "breathing is very slow, or has stopped",
                        "snoring or gurgling sounds",
                        "blue or grey lips",
                        "very small pupils (the black centre of the eye)"),
                List.of("If you see any of these, call " + h.emergency() + " straight away."));
    }
}
