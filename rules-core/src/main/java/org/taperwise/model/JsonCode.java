package org.taperwise.model;

/**
 * A closed vocabulary whose members have a fixed spelling in the JSON contract
 * ({@code shared/contract.md}). The spelling never changes with a Java rename.
 */
public interface JsonCode {
    /** The member's spelling in JSON, e.g. {@code "mr-tablet"}. */
    String code();
}
