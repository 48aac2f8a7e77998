package com.satisfaction.web.delivery;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Uploading an ERP export, its preview, confirming it, following the import's progress; the empty template. */
@Controller
@RequestMapping("/deliveries/import")
class DeliveryImportController {

    private static final String VIEW_UPLOAD = "deliveries/import";
    private static final String VIEW_IMPORT = "deliveries/import-preview";

    private final DeliveryImports imports;

    DeliveryImportController(DeliveryImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String initUploadForm() {
        return VIEW_UPLOAD;
    }

    @PostMapping
    String processUploadForm(@RequestParam(name = "file", required = false) MultipartFile file, Principal user,
                             Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "deliveries.csv.empty");
            return VIEW_UPLOAD;
        }
        DeliveryImports.Upload upload = imports.upload(file.getBytes(), file.getOriginalFilename(), user.getName());
        if (upload instanceof DeliveryImports.Unreadable unreadable) {
            model.addAttribute("error", unreadable.messageKey());
            return VIEW_UPLOAD;
        }
        if (upload instanceof DeliveryImports.Stored stored) {
            return "redirect:/deliveries/import/" + stored.importId();
        }
        throw new IllegalStateException("Unknown upload outcome " + upload);
    }

    @GetMapping("/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", imports.page(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return VIEW_IMPORT;
    }

    @PostMapping("/{id:\\d{1,18}}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", imports.confirm(id) ? "deliveries.import.started" : "deliveries.import.notStarted");
        return "redirect:/deliveries/import/" + id;
    }

    @GetMapping("/template.csv")
    void template(HttpServletResponse response, Locale locale) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("deliveries-template.csv", StandardCharsets.UTF_8).build().toString());
        DeliveryCsv.writeTemplate(response.getWriter(), locale);
    }
}
