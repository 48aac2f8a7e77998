package com.satisfaction.web.customer;

import com.satisfaction.core.survey.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact of a customer as the form (and each import row) gives it; lengths are the columns'. */
public record ContactForm(
        @NotBlank(message = "{contact.name.required}") @Size(max = 120, message = "{contact.name.size}")
        String name,
        @Email(message = "{contact.email.invalid}") @Size(max = 254, message = "{contact.email.size}")
        String email,
        @Size(max = 50, message = "{contact.phone.size}")
        String phone,
        @NotNull(message = "{contact.language.required}")
        Language language) {

    public ContactForm {
        name = CustomerForm.strip(name);
        email = CustomerForm.strip(email);
        phone = CustomerForm.strip(phone);
    }

    static ContactForm blank() {
        return new ContactForm("", "", "", Language.ZH);
    }
}
