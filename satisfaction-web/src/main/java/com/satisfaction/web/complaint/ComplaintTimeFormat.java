package com.satisfaction.web.complaint;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Durations as people read them, in the page's language: {@code 2 天 3 小时}, {@code 5 h 30 min}, {@code 12 min}.
 * For templates: {@code ${@complaintTimes.of(duration)}}.
 */
@Component("complaintTimes")
public class ComplaintTimeFormat {

    private final MessageSource messages;

    ComplaintTimeFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        String key = days > 0 ? (hours == 0 ? "complaints.duration.wholeDays" : "complaints.duration.days")
                : minutes >= 60 ? "complaints.duration.hours" : "complaints.duration.minutes";
        Object[] args = days > 0 ? new Object[] {days, hours} : minutes >= 60 ? new Object[] {minutes / 60, minutes % 60}
                : new Object[] {minutes};
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
