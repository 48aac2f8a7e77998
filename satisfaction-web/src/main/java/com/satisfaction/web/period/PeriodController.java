package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The period list, a period's page, closing and re-opening it, its snapshot text and a customer's half-year. */
@Controller
@RequestMapping("/periods")
class PeriodController {

    private static final String VIEW_LIST = "periods/list";
    private static final String VIEW_SHOW = "periods/show";
    private static final String VIEW_CUSTOMER = "periods/customer";
    private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final PeriodPages pages;
    private final PeriodClosing closing;

    PeriodController(PeriodPages pages, PeriodClosing closing) {
        this.pages = pages;
        this.closing = closing;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("periods", pages.list());
        return VIEW_LIST;
    }

    @GetMapping("/{period}")
    String show(@PathVariable("period") String text, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("closeForm", CloseForm.blank());
        model.addAttribute("reopenForm", ReopenForm.blank());
        return showPage(periodOf(text), page, model);
    }

    @PostMapping("/{period}/close")
    String close(@PathVariable("period") String text, @Valid CloseForm closeForm, BindingResult result,
                 Principal principal, Model model, RedirectAttributes redirect) {
        Period period = periodOf(text);
        if (result.hasErrors()) {
            return showAgain(period, model, closeForm, ReopenForm.blank(), true, redirect);
        }
        PeriodClosing.CloseOutcome outcome = closing.close(period, principal.getName(), closeForm.waiver());
        if (outcome instanceof PeriodClosing.Closed closed) {
            redirect.addFlashAttribute("message", closed.waived() ? "periods.closedWithWaiver" : "periods.closed");
            return "redirect:/periods/" + period;
        }
        if (outcome instanceof PeriodClosing.AlreadyClosed) {
            redirect.addFlashAttribute("message", "period.refused.alreadyClosed");
            return "redirect:/periods/" + period;
        }
        if (outcome instanceof PeriodClosing.BelowGate) {
            result.rejectValue("waiverReason", "periods.waiver.required");
            return showAgain(period, model, closeForm, ReopenForm.blank(), true, redirect);
        }
        throw new IllegalStateException("Unhandled close outcome " + outcome);
    }

    @PostMapping("/{period}/reopen")
    String reopen(@PathVariable("period") String text, @Valid ReopenForm reopenForm, BindingResult result,
                  Principal principal, Model model, RedirectAttributes redirect) {
        Period period = periodOf(text);
        if (result.hasErrors()) {
            return showAgain(period, model, CloseForm.blank(), reopenForm, false, redirect);
        }
        PeriodClosing.ReopenOutcome outcome = closing.reopen(period, principal.getName(), reopenForm.reason());
        if (outcome instanceof PeriodClosing.Reopened) {
            redirect.addFlashAttribute("message", "periods.reopened");
            return "redirect:/periods/" + period;
        }
        if (outcome instanceof PeriodClosing.ReopenRefused refused) {
            redirect.addFlashAttribute("message", refused.reason());
            return "redirect:/periods/" + period;
        }
        throw new IllegalStateException("Unhandled re-open outcome " + outcome);
    }

    /** The canonical text of the closed period: {@code sha256sum} of it equals the hash on the page. */
    @GetMapping("/{period}/snapshot.txt")
    ResponseEntity<String> snapshot(@PathVariable("period") String text) {
        Period period = periodOf(text);
        return pages.snapshotText(period)
                .map(body -> ResponseEntity.ok().contentType(TEXT_UTF8)
                        .header("Content-Disposition", "inline; filename=\"snapshot-" + period + ".txt\"").body(body))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @GetMapping("/{period}/customers/{customerId}")
    String customer(@PathVariable("period") String text, @PathVariable long customerId, Model model) {
        Period period = periodOf(text);
        model.addAttribute("customer", pages.customerPage(period, customerId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return VIEW_CUSTOMER;
    }

    /**
     * The page again with the form's message; when the period has meanwhile left the state the form belongs to (the
     * form is then not on the page), the state's own message instead.
     */
    private String showAgain(Period period, Model model, CloseForm closeForm, ReopenForm reopenForm, boolean closing,
                             RedirectAttributes redirect) {
        PeriodPage view = pages.page(period, 0);
        if (view.live() != closing) {
            redirect.addFlashAttribute("message", closing ? "period.refused.alreadyClosed" : "period.refused.notClosed");
            return "redirect:/periods/" + period;
        }
        model.addAttribute("closeForm", closeForm);
        model.addAttribute("reopenForm", reopenForm);
        model.addAttribute("view", view);
        return VIEW_SHOW;
    }

    private String showPage(Period period, int page, Model model) {
        model.addAttribute("view", pages.page(period, page));
        return VIEW_SHOW;
    }

    /** The period named in the path; anything but {@code YYYY-H1} / {@code YYYY-H2} is a page that does not exist. */
    private static Period periodOf(String text) {
        try {
            return Period.of(text);
        } catch (IllegalArgumentException notAPeriod) {
            throw new ResponseStatusException(NOT_FOUND);
        }
    }
}
