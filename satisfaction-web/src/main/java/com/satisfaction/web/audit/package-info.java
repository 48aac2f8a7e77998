/**
 * The audit trail as people read it: each change to an audited record (who, when, which fields, before → after),
 * built from Hibernate Envers' revisions, and who is acting for the revisions written.
 */
package com.satisfaction.web.audit;
