package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.persistence.delivery.Delivery;
import com.satisfaction.persistence.delivery.ProductReturn;
import com.satisfaction.web.audit.AuditTrail;
import com.satisfaction.web.delivery.DeliveryViews.MovementView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The list of deliveries and returns with its filters and sums, one row's page with its audit trail, and deleting a row after asking. */
@Controller
@RequestMapping("/deliveries")
class DeliveryController {

    private static final String VIEW_LIST = "deliveries/list";
    private static final String VIEW_SHOW = "deliveries/show";
    private static final String VIEW_DELETE = "deliveries/delete";

    private final MovementRecords records;
    private final AuditTrail auditTrail;

    DeliveryController(MovementRecords records, AuditTrail auditTrail) {
        this.records = records;
        this.auditTrail = auditTrail;
    }

    @GetMapping
    String list(DeliverySearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("list", records.search(search));
        return VIEW_LIST;
    }

    @GetMapping("/{kind:" + KindPath.PATTERN + "}/{id:\\d{1,18}}")
    String show(@PathVariable String kind, @PathVariable long id, Model model) {
        MovementView movement = find(kind, id);
        model.addAttribute("movement", movement);
        model.addAttribute("trail", auditTrail.of(movement.kind() == MovementKind.DELIVERY ? Delivery.class : ProductReturn.class, id));
        return VIEW_SHOW;
    }

    @GetMapping("/{kind:" + KindPath.PATTERN + "}/{id:\\d{1,18}}/delete")
    String confirmDelete(@PathVariable String kind, @PathVariable long id, Model model) {
        model.addAttribute("movement", find(kind, id));
        return VIEW_DELETE;
    }

    @PostMapping("/{kind:" + KindPath.PATTERN + "}/{id:\\d{1,18}}/delete")
    String delete(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        if (!records.delete(KindPath.of(kind), id)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "deliveries.deleted");
        return "redirect:/deliveries";
    }

    private MovementView find(String kind, long id) {
        return records.show(KindPath.of(kind), id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
