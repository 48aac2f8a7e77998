package com.satisfaction.web.customer;

import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.record.LostBusinessRepository;
import com.satisfaction.web.audit.AuditTrail;
import com.satisfaction.web.dashboard.CustomerHalfYears;
import com.satisfaction.web.customer.CustomerViews.CustomerView;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The register's list, creating and editing a customer, its page, deactivating and reactivating it. */
@Controller
@RequestMapping("/customers")
class CustomerController {

    private static final String VIEW_LIST = "customers/list";
    private static final String VIEW_FORM = "customers/form";
    private static final String VIEW_SHOW = "customers/show";

    private final CustomerRegister register;
    private final AuditTrail auditTrail;
    private final LostBusinessRepository lostBusiness;
    private final CustomerHalfYears halfYears;

    CustomerController(CustomerRegister register, AuditTrail auditTrail, LostBusinessRepository lostBusiness,
                       CustomerHalfYears halfYears) {
        this.register = register;
        this.auditTrail = auditTrail;
        this.lostBusiness = lostBusiness;
        this.halfYears = halfYears;
    }

    @GetMapping
    String list(CustomerSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("list", register.search(search));
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("customerForm", CustomerForm.blank());
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid CustomerForm customerForm, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return VIEW_FORM;
        }
        CustomerRegister.Outcome outcome = register.create(customerForm);
        if (outcome instanceof CustomerRegister.Refused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return VIEW_FORM;
        }
        if (outcome instanceof CustomerRegister.Done done) {
            redirect.addFlashAttribute("message", "customer.created");
            return "redirect:/customers/" + done.customerId();
        }
        throw new IllegalStateException("Unknown outcome " + outcome);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("customer", find(id));
        model.addAttribute("trail", auditTrail.of(Customer.class, id));
        // lost business is the one record of a lost customer (records feature); the page shows the latest loss
        model.addAttribute("lostOn", lostBusiness.lastLostOn(id).orElse(null));
        model.addAttribute("halfYears", halfYears.of(id));
        model.addAttribute("expectationTrends", halfYears.expectations(id));
        return VIEW_SHOW;
    }

    @GetMapping("/{id:\\d+}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        CustomerView customer = find(id);
        model.addAttribute("customer", customer);
        model.addAttribute("customerForm", customer.toForm());
        return VIEW_FORM;
    }

    /** The code is the register's key and stays as it is: the form shows it but its value is not read. */
    @PostMapping("/{id:\\d+}/edit")
    String processUpdateForm(@PathVariable long id, @Valid CustomerForm customerForm, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        CustomerView customer = find(id);
        if (result.getFieldErrors().stream().anyMatch(error -> !error.getField().equals("code"))) {
            model.addAttribute("customer", customer);
            return VIEW_FORM;
        }
        register.update(id, customerForm);
        redirect.addFlashAttribute("message", "customer.updated");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id:\\d+}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        register.setActive(id, false);
        redirect.addFlashAttribute("message", "customer.deactivated");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id:\\d+}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        find(id);
        register.setActive(id, true);
        redirect.addFlashAttribute("message", "customer.reactivated");
        return "redirect:/customers/" + id;
    }

    private CustomerView find(long id) {
        return register.show(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
