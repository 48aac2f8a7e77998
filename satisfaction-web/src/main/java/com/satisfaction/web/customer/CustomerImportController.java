package com.satisfaction.web.customer;

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
import java.security.Principal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Uploading a register file, its preview, confirming it, and following the import's progress. */
@Controller
@RequestMapping("/customers/import")
class CustomerImportController {

    private static final String VIEW_UPLOAD = "customers/import";
    private static final String VIEW_IMPORT = "customers/import-preview";

    private final CustomerImports imports;

    CustomerImportController(CustomerImports imports) {
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
            model.addAttribute("error", "customerCsv.empty");
            return VIEW_UPLOAD;
        }
        CustomerImports.Upload upload = imports.upload(file.getBytes(), file.getOriginalFilename(), user.getName());
        if (upload instanceof CustomerImports.Unreadable unreadable) {
            model.addAttribute("error", unreadable.messageKey());
            return VIEW_UPLOAD;
        }
        if (upload instanceof CustomerImports.Stored stored) {
            return "redirect:/customers/import/" + stored.importId();
        }
        throw new IllegalStateException("Unknown upload outcome " + upload);
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", imports.page(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return VIEW_IMPORT;
    }

    @PostMapping("/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", imports.confirm(id) ? "customerImport.started" : "customerImport.notStarted");
        return "redirect:/customers/import/" + id;
    }
}
