package com.satisfaction.web.customer;

import com.satisfaction.core.survey.Language;
import com.satisfaction.web.customer.CustomerViews.ContactView;
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

/** A customer's contacts: add, edit, remove. The customer of the path is loaded once per request. */
@Controller
@RequestMapping("/customers/{id:\\d+}/contacts")
class ContactController {

    private static final String VIEW_FORM = "customers/contact-form";

    private final CustomerRegister register;

    ContactController(CustomerRegister register) {
        this.register = register;
    }

    @ModelAttribute("customer")
    CustomerView findCustomer(@PathVariable long id) {
        return register.show(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("contactForm", ContactForm.blank());
        return VIEW_FORM;
    }

    @PostMapping("/new")
    String processCreationForm(@ModelAttribute(name = "customer", binding = false) CustomerView customer, @Valid ContactForm contactForm,
                               BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return VIEW_FORM;
        }
        register.addContact(customer.id(), contactForm);
        redirect.addFlashAttribute("message", "contact.added");
        return "redirect:/customers/" + customer.id();
    }

    @GetMapping("/{contactId:\\d+}")
    String initUpdateForm(@ModelAttribute(name = "customer", binding = false) CustomerView customer, @PathVariable long contactId,
                          Model model) {
        ContactView contact = contactOf(customer, contactId);
        model.addAttribute("contact", contact);
        model.addAttribute("contactForm", contact.toForm());
        return VIEW_FORM;
    }

    @PostMapping("/{contactId:\\d+}")
    String processUpdateForm(@ModelAttribute(name = "customer", binding = false) CustomerView customer, @PathVariable long contactId,
                             @Valid ContactForm contactForm, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        model.addAttribute("contact", contactOf(customer, contactId));
        if (result.hasErrors()) {
            return VIEW_FORM;
        }
        register.updateContact(customer.id(), contactId, contactForm);
        redirect.addFlashAttribute("message", "contact.updated");
        return "redirect:/customers/" + customer.id();
    }

    @PostMapping("/{contactId:\\d+}/remove")
    String remove(@ModelAttribute(name = "customer", binding = false) CustomerView customer, @PathVariable long contactId,
                  RedirectAttributes redirect) {
        contactOf(customer, contactId);
        CustomerRegister.Outcome outcome = register.removeContact(customer.id(), contactId);
        redirect.addFlashAttribute("message", outcome instanceof CustomerRegister.Refused refused
                ? refused.messageKey() : "contact.removed");
        return "redirect:/customers/" + customer.id();
    }

    private static ContactView contactOf(CustomerView customer, long contactId) {
        ContactView contact = customer.contact(contactId);
        if (contact == null) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return contact;
    }
}
