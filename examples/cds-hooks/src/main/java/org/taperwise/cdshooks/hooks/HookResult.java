package org.taperwise.cdshooks.hooks;

import org.taperwise.model.Assessment;

import java.util.List;

/**
 * What one hook call produced, kept for the card's links: the assessment, the mapping's notes and the prefetch
 * keys the service fetched itself.
 */
public record HookResult(Assessment assessment, List<RecordMapper.Note> notes, List<String> fetched) {
    public HookResult {
        notes = List.copyOf(notes);
        fetched = List.copyOf(fetched);
    }
}
