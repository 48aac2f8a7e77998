package com.satisfaction.persistence.export;

import java.time.Instant;
import java.util.List;

/**
 * One response of the export with its answers.
 *
 * @param id             the response
 * @param customerCode   its customer's code, or null for a test link
 * @param customerName   its customer's name, or null
 * @param contact        the contact the link was sent to, else the test link's label
 * @param language       the language it was answered in ({@code zh} / {@code en})
 * @param submittedAt    when it was received
 * @param excludedReason the reason code it is left out of scoring with, or null when it counts
 * @param excludedText   the explanation of an {@code OTHER} exclusion, or null
 * @param earnedUnits    the survey score's earned units, or null when nothing scored was answered
 * @param possibleUnits  the survey score's possible units, or null
 * @param answers        its answers, by question id
 */
public record ExportedResponse(long id, String customerCode, String customerName, String contact, String language,
                               Instant submittedAt, String excludedReason, String excludedText, Long earnedUnits,
                               Long possibleUnits, List<ExportedAnswer> answers) {
}
