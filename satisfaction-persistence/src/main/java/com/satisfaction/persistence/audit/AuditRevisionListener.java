package com.satisfaction.persistence.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user; Envers creates this listener itself (no-argument constructor). */
public class AuditRevisionListener implements RevisionListener {

    private static final int ACTOR_LENGTH = 100;

    @Override
    public void newRevision(Object revision) {
        String actor = AuditActors.current();
        ((AuditRevision) revision).setActor(actor.length() <= ACTOR_LENGTH ? actor : actor.substring(0, ACTOR_LENGTH));
    }
}
