package com.satisfaction.web.record;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.record.RecordFiguresRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operational record's index: praise, claims, lost business and deliveries, each with what the chosen half-year
 * (the current one unless another is asked for) holds, counted by the database.
 */
@Controller
class RecordsIndexController {

    private static final String VIEW_INDEX = "records/index";

    private final RecordFiguresRepository figures;
    private final RecordChoices choices;

    RecordsIndexController(RecordFiguresRepository figures, RecordChoices choices) {
        this.figures = figures;
        this.choices = choices;
    }

    @GetMapping("/records")
    String index(@RequestParam(required = false) String period, Model model) {
        String chosen = new RecordSearch(null, period, null, null, null, null).period();
        Period shown = chosen == null ? choices.currentPeriod() : Period.of(chosen);
        model.addAttribute("figures", figures.periodRecords(shown));
        model.addAttribute("period", shown.toString());
        model.addAttribute("periods", choices.periods());
        return VIEW_INDEX;
    }
}
