package com.satisfaction.web.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;


/**
 * Answers for requests the application cannot serve, in the app's look and without an error in the log:
 * an address whose id is not a number is a page that does not exist (404), and a database too busy to
 * give a connection in time is "busy, try again" (503) — with what was posted carried in the page, so
 * one click sends it again and nothing typed is lost. A change that lost a race with another change of the same
 * record (409) says so.
 */
@ControllerAdvice
class RequestProblems {

    static final String VIEW_BUSY = "busy";
    static final String VIEW_NOT_FOUND = "error/404";
    static final String VIEW_CHANGED_MEANWHILE = "error/409";

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return VIEW_NOT_FOUND;
    }

    /**
     * Two people changed or deleted the same record at once and this request lost: nothing of it was stored. Features
     * that expect the race say so beside their form; anywhere else this page says it, instead of a 500.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile() {
        return VIEW_CHANGED_MEANWHILE;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String busy(HttpServletRequest request, Model model) {
        PublicPages.speakPostedLanguage(request);
        model.addAttribute(Repost.ATTRIBUTE, Repost.of(request));
        return VIEW_BUSY;
    }
}
