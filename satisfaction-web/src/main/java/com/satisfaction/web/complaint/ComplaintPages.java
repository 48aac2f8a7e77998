package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Effectiveness;
import com.satisfaction.core.complaint.Transition;
import com.satisfaction.persistence.complaint.Complaint;
import com.satisfaction.web.action.ActionLinks;
import com.satisfaction.web.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A complaint's page with its forms: one form per next step (the one just refused keeps what was typed and says
 * why) and the hand-over form.
 */
@Component
class ComplaintPages {

    private final ComplaintRecords records;
    private final AuditTrail auditTrail;
    private final ActionLinks actionLinks;

    ComplaintPages(ComplaintRecords records, AuditTrail auditTrail, ActionLinks actionLinks) {
        this.actionLinks = actionLinks;
        this.records = records;
        this.auditTrail = auditTrail;
    }

    String show(long id, Model model) {
        return show(id, model, null, null, null, null);
    }

    /** The page with {@code posted} kept in its step's form and {@code stepError}, or the hand-over form and its error. */
    String show(long id, Model model, StepForm posted, String stepError, HandoverForm handover, String handoverError) {
        ComplaintViews.Page complaint = records.page(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Map<Transition, StepForm> steps = new LinkedHashMap<>();
        for (Transition transition : complaint.nextSteps()) {
            steps.put(transition, posted != null && posted.isFor(transition)
                    ? posted : StepForm.blank(transition, complaint.version()));
        }
        model.addAttribute("complaint", complaint);
        model.addAttribute("steps", steps);
        model.addAttribute("stepError", stepError);
        model.addAttribute("stepPosted", posted == null ? null : posted.transition());
        // a step no longer offered (someone took it meanwhile, a hand-made post): its reason goes above the forms
        model.addAttribute("stepErrorAbove", stepError != null
                && complaint.nextSteps().stream().noneMatch(transition -> posted.isFor(transition)));
        model.addAttribute("verdicts", Effectiveness.values());
        model.addAttribute("handoverForm", handover != null ? handover : HandoverForm.blank(complaint.version()));
        model.addAttribute("handoverError", handoverError);
        model.addAttribute("trail", auditTrail.of(Complaint.class, id));
        model.addAttribute("linkedActions", actionLinks.madeFromComplaint(id));
        return ComplaintController.VIEW_SHOW;
    }
}
