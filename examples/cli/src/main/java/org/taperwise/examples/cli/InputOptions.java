package org.taperwise.examples.cli;

import org.taperwise.json.PatientJsonReader;
import org.taperwise.json.TaperwiseJson;
import picocli.CommandLine.Option;

/** The options of the commands that read patient JSON: how a field the contract does not define is treated. */
final class InputOptions {
    @Option(names = "--lenient", description = "Accept fields the contract does not define: ignore each one with an"
            + " UNKNOWN_FIELD warning in the assessment. Without it such a field (a misspelling such as"
            + " \"prescriptons\") is bad input, reported with its path and the nearest known field.")
    private boolean lenient;

    /** The reader these options ask for: strict unless {@code --lenient}. */
    PatientJsonReader reader() {
        return lenient ? TaperwiseJson.lenient() : TaperwiseJson.strict();
    }
}
