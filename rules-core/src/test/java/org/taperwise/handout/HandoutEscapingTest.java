package org.taperwise.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taperwise.handout.HandoutFixtures.admin;
import static org.taperwise.handout.HandoutFixtures.assessment;
import static org.taperwise.handout.HandoutFixtures.dose;
import static org.taperwise.handout.HandoutFixtures.proposed;
import static org.taperwise.handout.HandoutFixtures.step;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taperwise.model.Assessment;
import org.taperwise.model.Form;

/** Medicine names and wording come from records and ruleset folders: nothing in them can change the page. */
class HandoutEscapingTest {
    /** The only tags the page itself writes. */
    private static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2",
            "p", "div", "section", "table", "caption", "thead", "tbody", "tr", "th", "td", "ul", "li");

    private static Assessment withName(String name, String make) {
        return assessment(proposed(
                step(0, "2026-11-01", "2026-11-14", false, List.of(), dose(name, Form.MR_TABLET, "regimen " + name,
                        admin("in the morning", 20, make), admin("in the evening", 20, make))),
                step(1, "2026-11-15", "2026-11-28", true, List.of())));
    }

    @Test
    void hostileName_isEscapedInHtmlAndNeutralisedInText() {
        String name = "<script>alert('x')</script><img src=x onerror=alert(1)>\"&\u001b[31mred\r\nFAKE LINE\u202Eevil";
        Assessment a = withName(name, "1 x 20 mg");
        String html = PatientHandout.html(a);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
                + "&quot;&amp;?[31mred??FAKE LINE?evil"), html);
        String text = PatientHandout.text(a);
        assertTrue(text.contains("?[31mred??FAKE LINE?evil"), text);
        assertNoControlCharacters(html);
        assertNoControlCharacters(text);
    }

    @Test
    void unreadableMake_fallsBackToThePlannersSentence_escaped() {
        String html = PatientHandout.html(withName("oxycodone", "<b>1 x twenty</b>"));
        assertTrue(html.contains("Regimen oxycodone."), html);
        assertFalse(html.contains("<b>"), html);
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /** Random names over the characters that matter (markup, quotes, controls, direction overrides, surrogates). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyName_addsNoTagAndNoControlCharacter(int seed) {
        Random r = new Random(seed);
        String alphabet = "<>&\"'/=;:aZ9 \t\n\r\u0000\u0007\u001b\u007f\u0085\u009b\u200e\u202a\u202e\u2066\u2028"
                + "\ufeff\ud800\udc00\ue000é中";
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(60); i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        String name = sb.toString();
        String html = PatientHandout.html(withName(name, "1 x 20 mg"));
        Set<String> tags = new TreeSet<>();
        Matcher m = Pattern.compile("</?([a-zA-Z0-9!]+)").matcher(html);
        while (m.find()) {
            tags.add(m.group(1).toLowerCase());
        }
        tags.remove("!doctype");
        assertTrue(OWN_TAGS.containsAll(tags), "tags " + tags + " for name " + name);
        assertNoControlCharacters(html);
        assertNoControlCharacters(PatientHandout.text(withName(name, "1 x 20 mg")));
        // the name shows, made safe, in both
        assertTrue(PatientHandoutTest.visible(html).contains(Words.capital(Safe.text(name)).replaceAll("\\s+", " ")
                .strip()), name);
    }

    @Test
    void safeText_replacesEachUnsafeCharacterWithOneQuestionMark() {
        assertEquals("a?b?c?d?e", Safe.text("a\u001bb\u202ec\u2028d\u0085e"));
        assertEquals("&lt;&gt;&amp;&quot;&#39;", Safe.html("<>&\"'"));
        assertEquals("中é", Safe.text("中é"));
    }

    private static void assertNoControlCharacters(String s) {
        s.codePoints().forEach(c -> {
            boolean allowed = c == '\n' || !(Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || Character.getType(c) == Character.SURROGATE);
            assertTrue(allowed, "character U+" + Integer.toHexString(c) + " in output");
        });
    }
}
