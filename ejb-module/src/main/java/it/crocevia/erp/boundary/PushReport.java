package it.crocevia.erp.boundary;

import java.util.List;

/**
 * What became of one push: items received, stored and rejected, with the first rejected items
 * (position in the stream, from 0; the item's code when it had one; the reason). {@code error}
 * says why the stream stopped early (malformed JSON): what came before it is stored.
 */
public record PushReport(long syncId, PushKind kind, int received, int stored, int rejected, List<Problem> problems,
        String error) {

    /** A pushed item that was not stored. */
    public record Problem(int position, String code, String reason) {
    }
}
