package com.satisfaction.web.system;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;

/**
 * Boot's error attributes plus what a filter that turned a request away as "busy" left for the page: the
 * request to send again ({@link Repost}), so the 503 page carries the customer's answers.
 */
@Component
class BusyErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object repost = request.getAttribute(Repost.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (repost != null) {
            attributes.put(Repost.ATTRIBUTE, repost);
        }
        return attributes;
    }
}
