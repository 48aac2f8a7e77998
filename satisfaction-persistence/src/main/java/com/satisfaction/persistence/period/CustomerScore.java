package com.satisfaction.persistence.period;

import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.Verdict;
import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segment;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One customer's half-year: the register entry, the inputs, the five parts (empty = "no data"), the composite (empty =
 * incomplete), verdict, level, segment and review flags. Computed live while the period is open, read from the
 * snapshot once it is closed; either way the page shows exactly this.
 *
 * @param customer    the register entry (as it is, or as it was at the close)
 * @param answered    whether the customer has at least one counted response
 * @param responses   counted responses with a survey score
 * @param surveyScore their exact mean survey score, 0–100
 * @param delivered   quantity delivered in the period
 * @param returned    quantity returned in the period
 * @param lost        lost business recorded
 * @param praise      praise recorded
 * @param claims      claims recorded
 * @param parts       the five parts
 * @param composite   the sum of the parts when all have data
 * @param verdict     satisfied, not satisfied or no data
 * @param level       the satisfaction level when there is a composite
 * @param segment     the value × satisfaction cell when there is a composite
 * @param flags       the reviews called for
 */
public record CustomerScore(RegisterEntry customer, boolean answered, long responses, Optional<Score> surveyScore,
                            long delivered, long returned, int lost, int praise, int claims, Parts parts,
                            Optional<Score> composite, Verdict verdict, Optional<SatisfactionLevel> level,
                            Optional<Segment> segment, Set<ReviewFlag> flags) {

    public CustomerScore {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(verdict, "verdict");
        flags = Set.copyOf(flags);
    }

    public long customerId() {
        return customer.id();
    }

    /**
     * The five parts in form order; empty where there is no data.
     */
    public record Parts(Optional<Score> survey, Optional<Score> productReturns, Optional<Score> lostBusiness,
                        Optional<Score> praise, Optional<Score> claims) {

        public Optional<Score> of(CompositePart part) {
            return switch (part) {
                case SURVEY -> survey;
                case PRODUCT_RETURNS -> productReturns;
                case LOST_BUSINESS -> lostBusiness;
                case PRAISE -> praise;
                case CLAIMS -> claims;
            };
        }
    }
}
