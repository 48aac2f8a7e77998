package com.satisfaction.web.complaint;

/**
 * What became of a change to a complaint: done (with the complaint's id and the flash message to show), refused with
 * the message key to show (by {@code field} when there is one, else above the form), or no such complaint.
 */
public sealed interface Change permits Change.Done, Change.Refused, Change.NotFound {

    record Done(long complaintId, String message) implements Change {
    }

    record Refused(String field, String reason) implements Change {

        static Refused of(String reason) {
            return new Refused(null, reason);
        }
    }

    record NotFound() implements Change {
    }

    /** Someone else changed the complaint since the page was shown. */
    String STALE = "complaints.stale";
}
