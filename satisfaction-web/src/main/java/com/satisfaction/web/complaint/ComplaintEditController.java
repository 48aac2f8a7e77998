package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.Channel;
import com.satisfaction.core.complaint.Severity;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Editing a complaint's details (the customer stays) and deleting one recorded by mistake, after a page that asks
 * first and says when it cannot be done.
 */
@Controller
@RequestMapping("/complaints/{id:\\d{1,18}}")
class ComplaintEditController {

    private static final String VIEW_DELETE = "complaints/delete";

    private final ComplaintRecords records;

    ComplaintEditController(ComplaintRecords records) {
        this.records = records;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("complaintForm", records.formOf(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return showForm(id, model);
    }

    /** The customer is fixed once recorded: the form's customer field is not read. */
    @PostMapping("/edit")
    String processUpdateForm(@PathVariable long id, @Valid ComplaintForm complaintForm, BindingResult result,
                             Principal user, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("receivedAt") && complaintForm.received().isEmpty()) {
            result.rejectValue("receivedAt", "complaints.receivedAt.invalid");
        }
        if (result.getFieldErrors().stream().anyMatch(error -> !error.getField().equals("customerId"))) {
            return showForm(id, model);
        }
        Change change = records.edit(id, complaintForm, user.getName());
        if (change instanceof Change.Done done) {
            redirect.addFlashAttribute("message", done.message());
            return "redirect:/complaints/" + id;
        }
        if (change instanceof Change.Refused refused) {
            ComplaintController.reject(result, refused);
            return showForm(id, model);
        }
        throw new ResponseStatusException(NOT_FOUND);
    }

    @GetMapping("/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("complaint", records.page(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return VIEW_DELETE;
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Change change = records.delete(id);
        if (change instanceof Change.Done done) {
            redirect.addFlashAttribute("message", done.message());
            return "redirect:/complaints";
        }
        if (change instanceof Change.Refused refused) {
            model.addAttribute("complaint", records.page(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
            model.addAttribute("refusal", refused.reason());
            return VIEW_DELETE;
        }
        throw new ResponseStatusException(NOT_FOUND);
    }

    private String showForm(long id, Model model) {
        model.addAttribute("editing", records.editing(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("severities", Severity.values());
        return ComplaintController.VIEW_FORM;
    }
}
