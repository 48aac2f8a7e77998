package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodLifecycle;
import jakarta.validation.constraints.Size;

import java.util.Optional;

/** Closing a period: a waiver reason, needed only when the gate is not met. */
record CloseForm(@Size(max = PeriodLifecycle.MAX_TEXT, message = "{periods.waiver.size}") String waiverReason) {

    static CloseForm blank() {
        return new CloseForm("");
    }

    Optional<String> waiver() {
        return Optional.ofNullable(waiverReason).map(String::strip).filter(reason -> !reason.isEmpty());
    }
}
