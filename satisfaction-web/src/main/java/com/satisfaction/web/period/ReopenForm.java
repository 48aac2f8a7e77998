package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodLifecycle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Re-opening a closed period: why, always. */
record ReopenForm(@NotBlank(message = "{period.refused.reasonRequired}")
                  @Size(max = PeriodLifecycle.MAX_TEXT, message = "{period.refused.reasonTooLong}") String reason) {

    static ReopenForm blank() {
        return new ReopenForm("");
    }
}
