package com.satisfaction.web.calendar;

import com.satisfaction.persistence.calendar.Holiday;
import com.satisfaction.persistence.calendar.HolidayRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;

/** The holiday table an administrator keeps: days on which, like weekends, no reminder goes out. */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminController {

    private static final String VIEW_HOLIDAYS = "admin/holidays";

    /** A holiday to add. */
    record HolidayForm(@NotNull(message = "{holiday.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @NotBlank(message = "{holiday.name.required}") @Size(max = 100, message = "{holiday.name.size}") String name) {
    }

    private final HolidayRepository holidays;

    HolidayAdminController(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("holidayForm", new HolidayForm(null, ""));
        return show(model);
    }

    @PostMapping
    String add(@Valid HolidayForm holidayForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("date") && holidays.existsByDate(holidayForm.date())) {
            result.rejectValue("date", "holiday.date.taken");
        }
        if (result.hasErrors()) {
            return show(model);
        }
        holidays.save(new Holiday(holidayForm.date(), holidayForm.name().strip()));
        redirect.addFlashAttribute("message", "holiday.added");
        return "redirect:/admin/holidays";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        holidays.deleteById(id);
        redirect.addFlashAttribute("message", "holiday.deleted");
        return "redirect:/admin/holidays";
    }

    private String show(Model model) {
        model.addAttribute("holidays", holidays.findAllByOrderByDateAsc());
        return VIEW_HOLIDAYS;
    }
}
