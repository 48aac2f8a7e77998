package com.satisfaction.persistence.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findAllByOrderByDateAsc();

    boolean existsByDate(java.time.LocalDate date);
}
