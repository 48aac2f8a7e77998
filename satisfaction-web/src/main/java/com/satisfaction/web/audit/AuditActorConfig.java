package com.satisfaction.web.audit;

import com.satisfaction.persistence.audit.AuditActors;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Audit revisions are stamped with the signed-in user's name. */
@Configuration(proxyBeanMethods = false)
class AuditActorConfig {

    AuditActorConfig() {
        AuditActors.useSignedInUserFrom(AuditActorConfig::signedInUser);
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
