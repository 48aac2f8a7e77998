package com.satisfaction.web.campaign;

import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.campaign.CampaignRepository;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
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

import java.time.Clock;
import java.time.LocalDate;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The campaign list, creating a campaign (with a preview of its invitation), a campaign's page, closing, reminding. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private static final String VIEW_LIST = "campaigns/list";
    private static final String VIEW_NEW = "campaigns/new";
    private static final String VIEW_SHOW = "campaigns/show";

    private final CampaignRepository campaigns;
    private final SurveyRepository surveys;
    private final CustomerRepository customers;
    private final CampaignSetup setup;
    private final Clock clock;

    CampaignController(CampaignRepository campaigns, SurveyRepository surveys, CustomerRepository customers,
                       CampaignSetup setup, Clock clock) {
        this.campaigns = campaigns;
        this.surveys = surveys;
        this.customers = customers;
        this.setup = setup;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.listRows());
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("campaignForm", CampaignForm.defaults(Period.containing(today).toString(), today.plusDays(30)));
        return showForm(model);
    }

    /** The form again with the invitation as its readers will see it, in both languages. */
    @PostMapping(value = "/new", params = "preview")
    String preview(CampaignForm campaignForm, Model model) {
        model.addAttribute("campaignForm", campaignForm);
        model.addAttribute("previewZh", setup.preview(campaignForm, "zh", "王经理", "示例有限公司"));
        model.addAttribute("previewEn", setup.preview(campaignForm, "en", "Ms Smith", "Example Ltd"));
        return showForm(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid CampaignForm campaignForm, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        if (!result.hasFieldErrors("closesOn")) {
            campaignForm.closingDate().ifPresentOrElse(date -> {
                if (!date.isAfter(LocalDate.now(clock))) {
                    result.rejectValue("closesOn", "campaign.closesOn.future");
                }
            }, () -> result.rejectValue("closesOn", "campaign.closesOn.invalid"));
        }
        if (result.hasErrors()) {
            return showForm(model);
        }
        CampaignSetup.Creation creation;
        try {
            creation = setup.create(campaignForm);
        } catch (DataIntegrityViolationException samePostTwice) {
            // the same form posted twice at once: the other post made the campaign
            creation = setup.madeBy(campaignForm).<CampaignSetup.Creation>map(made -> new CampaignSetup.Created(made.getId()))
                    .orElseThrow(() -> samePostTwice);
        }
        if (creation instanceof CampaignSetup.Created created) {
            redirect.addFlashAttribute("message", "campaign.created");
            return "redirect:/campaigns/" + created.campaignId();
        }
        if (creation instanceof CampaignSetup.SurveyNotPublished) {
            result.rejectValue("surveyId", "campaign.survey.notPublished");
            return showForm(model);
        }
        if (creation instanceof CampaignSetup.NoRecipients) {
            result.rejectValue("selection", "campaign.selection.empty");
            return showForm(model);
        }
        throw new IllegalStateException("Unhandled creation " + creation);
    }

    /** Personal links are shown to those who may send them (QUALITY_MANAGER, ADMIN), never to an EXECUTIVE. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String filter,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        boolean tokensVisible = request.isUserInRole("QUALITY_MANAGER") || request.isUserInRole("ADMIN");
        CampaignPage campaign = setup.page(id, filter.equals("notAnswered"), filter.equals("failed"), page, tokensVisible)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("campaign", campaign);
        model.addAttribute("filter", filter);
        return VIEW_SHOW;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        if (!setup.close(id)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "campaign.closedNow");
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/remind")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        if (campaigns.findById(id).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        redirect.addFlashAttribute("message", setup.remindNow(id) > 0 ? "campaign.reminded" : "campaign.nobodyToRemind");
        return "redirect:/campaigns/" + id;
    }

    private String showForm(Model model) {
        model.addAttribute("surveys", surveys.findByStatusOrderByCreatedAtDesc(SurveyStatus.PUBLISHED));
        model.addAttribute("regions", customers.activeRegions());
        model.addAttribute("customers", customers.findByActiveTrueOrderByNameAsc());
        model.addAttribute("selections", Selection.values());
        return VIEW_NEW;
    }
}
