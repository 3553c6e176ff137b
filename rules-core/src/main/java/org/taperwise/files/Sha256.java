package org.taperwise.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 of files and of a whole ruleset. */
public final class Sha256 {
    private Sha256() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The ruleset hash: SHA-256 of the identity lines {@code id <id>\n}, {@code version <version>\n} and
     * {@code defaultProfile <profile>\n} (the fields of {@code ruleset.json} that change what a ruleset decides or
     * which ruleset an assessment names), then one line {@code <sha256>  <path>\n} per file, sorted by path (byte
     * order): what {@code (printf 'id %s\nversion %s\ndefaultProfile %s\n' ID VERSION PROFILE; sha256sum FILES |
     * LC_ALL=C sort -k2) | sha256sum} computes in the ruleset folder. Description, authors and reviewers are not in
     * it: a reviewer's name added after review does not change what was reviewed.
     */
    public static String ofRuleset(String id, String version, String defaultProfile, Map<String, String> hashByPath) {
        StringBuilder sb = new StringBuilder();
        sb.append("id ").append(id).append('\n');
        sb.append("version ").append(version).append('\n');
        sb.append("defaultProfile ").append(defaultProfile).append('\n');
        for (Map.Entry<String, String> e : new TreeMap<>(hashByPath).entrySet()) {
            sb.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        }
        return of(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
