package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Excluding a customer's response from scoring (with a reason code) and counting it again, while the period is live. */
@Controller
@RequestMapping("/periods/{period}/customers/{customerId}/responses/{responseId}")
class ExclusionController {

    private final PeriodExclusions exclusions;

    ExclusionController(PeriodExclusions exclusions) {
        this.exclusions = exclusions;
    }

    @PostMapping("/exclude")
    String exclude(@PathVariable("period") String text, @PathVariable long customerId, @PathVariable long responseId,
                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String explanation,
                   Principal principal, RedirectAttributes redirect) {
        Period period = periodOf(text);
        return done(period, customerId, exclusions.exclude(period, customerId, responseId, principal.getName(), reason,
                explanation), "periods.exclusion.excluded", redirect);
    }

    @PostMapping("/restore")
    String restore(@PathVariable("period") String text, @PathVariable long customerId, @PathVariable long responseId,
                   Principal principal, RedirectAttributes redirect) {
        Period period = periodOf(text);
        return done(period, customerId, exclusions.restore(period, customerId, responseId, principal.getName()),
                "periods.exclusion.restored", redirect);
    }

    private static String done(Period period, long customerId, PeriodExclusions.Outcome outcome, String doneKey,
                               RedirectAttributes redirect) {
        if (outcome instanceof PeriodExclusions.NotFound) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        if (outcome instanceof PeriodExclusions.Done) {
            redirect.addFlashAttribute("message", doneKey);
        } else if (outcome instanceof PeriodExclusions.Refused refused) {
            redirect.addFlashAttribute("message", refused.reason());
        } else {
            throw new IllegalStateException("Unhandled exclusion outcome " + outcome);
        }
        return "redirect:/periods/" + period + "/customers/" + customerId;
    }

    private static Period periodOf(String text) {
        try {
            return Period.of(text);
        } catch (IllegalArgumentException notAPeriod) {
            throw new ResponseStatusException(NOT_FOUND);
        }
    }
}
