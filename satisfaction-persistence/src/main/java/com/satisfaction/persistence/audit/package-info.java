/**
 * The audit trail: one {@link com.satisfaction.persistence.audit.AuditRevision} per transaction that changes an
 * {@code @Audited} record (Hibernate Envers), stamped with the acting user by {@link AuditActors}.
 *
 * <p>To audit an entity: annotate it {@code @Audited} (associations to entities that are not audited themselves
 * need {@code @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)}, collections you don't want in the
 * trail {@code @NotAudited}, the {@code @Version} column {@code @NotAudited}); create its {@code <table>_aud} table in
 * the same Flyway migration as the table (see V14's {@code customer_aud}: id, rev → audit_revision, revtype SMALLINT,
 * then every audited column, nullable; primary key (id, rev)). Schema validation checks the columns at start-up.
 */
package com.satisfaction.persistence.audit;
