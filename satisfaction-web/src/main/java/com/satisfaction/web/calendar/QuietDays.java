package com.satisfaction.web.calendar;

import com.satisfaction.core.campaign.WorkingDays;
import com.satisfaction.persistence.calendar.Holiday;
import com.satisfaction.persistence.calendar.HolidayRepository;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** The working-day calendar of today's holiday table (weekends and holidays are quiet). */
@Component
public class QuietDays {

    private final HolidayRepository holidays;

    QuietDays(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    public WorkingDays calendar() {
        return WorkingDays.withHolidays(holidays.findAll().stream().map(Holiday::getDate).collect(Collectors.toSet()));
    }
}
