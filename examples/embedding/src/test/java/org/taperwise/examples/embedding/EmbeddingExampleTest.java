package org.taperwise.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.taperwise.model.Assessment;
import org.taperwise.model.FlagCode;

class EmbeddingExampleTest {
    @Test
    void theReadmeExample_raisesHighDoseFor240mg() {
        Assessment a = EmbeddingExample.run();
        assertNotNull(a, "HIGH_DOSE expected");
        assertEquals(240.0, a.mme().totalDailyMg());
        assertTrue(a.hasFlag(FlagCode.HIGH_DOSE));
    }

    @Test
    void theReadme_showsThisExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/taperwise/examples/embedding/EmbeddingExample.java"));
        String body = source.substring(source.indexOf("// README example: start") + "// README example: start".length(),
                source.indexOf("// README example: end"));
        String readme = Files.readString(Path.of("../../README.md"));
        for (String line : body.strip().split("\n")) {
            assertTrue(readme.contains(line.strip()), () -> "README lacks: " + line.strip());
        }
    }
}
