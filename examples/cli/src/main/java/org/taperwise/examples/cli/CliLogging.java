package org.taperwise.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;

/**
 * The command line's logging, set up in code: WARN and above to stderr as "LEVEL Logger: message", Drools and KIE
 * at ERROR. Results go to stdout; patient identifiers and doses are logged only at DEBUG, which this never shows.
 * Set in code rather than by logback.xml because parsing the XML loads some 350 classes, a fifth of the time to the
 * first decision. {@code -Dlogback.configurationFile=FILE} still takes precedence.
 *
 * <p>It applies only when the command line is running ({@link #use()}, called first thing in
 * {@link TaperwiseCli#main}). A host that puts the command line's jar on its class path keeps its own logging: this
 * configurator, found there through {@code META-INF/services}, then steps aside and logback goes on to the host's
 * {@code logback.xml} (JarIT proves it).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CliLogging extends ContextAwareBase implements Configurator {
    private static volatile boolean cli;

    /** The command line is running: configure its logging when logback starts. */
    static void use() {
        cli = true;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!cli || System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        Line encoder = new Line();
        encoder.setContext(context);
        encoder.start();
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.drools").setLevel(Level.ERROR);
        context.getLogger("org.kie").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * "WARN RulesetLoader: message", and the exception's class and message when there is one; one line, whatever the
     * message quotes: control characters and bidirectional overrides escaped, at most 2,000 characters (issue 13).
     */
    static final class Line extends EncoderBase<ILoggingEvent> {
        @Override
        public byte[] headerBytes() {
            return null;
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            String logger = event.getLoggerName();
            StringBuilder sb = new StringBuilder().append(event.getLevel()).append(' ')
                    .append(logger.substring(logger.lastIndexOf('.') + 1)).append(": ")
                    .append(safe(event.getFormattedMessage()));
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append(t == event.getThrowableProxy() ? " (" : "; caused by ").append(t.getClassName())
                        .append(t.getMessage() == null ? "" : ": " + safe(t.getMessage()));
                if (t.getCause() == null) {
                    sb.append(')');
                }
            }
            return sb.append(System.lineSeparator()).toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String safe(String s) {
            return s == null ? null : org.taperwise.Problem.brief(org.taperwise.Problem.escapeControls(s), 2_000);
        }

        @Override
        public byte[] footerBytes() {
            return null;
        }
    }
}
