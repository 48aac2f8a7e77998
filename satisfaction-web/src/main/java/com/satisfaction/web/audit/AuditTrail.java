package com.satisfaction.web.audit;

import com.satisfaction.persistence.audit.AuditRevision;
import com.satisfaction.web.audit.AuditEntry.FieldChange;
import com.satisfaction.web.audit.AuditEntry.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a record's audit trail: every revision of it, oldest first, with the fields that changed compared with
 * the revision before. Fields are the entity's persistent single-valued attributes except its id and version;
 * an association shows the name of the record it points to, an embedded value its parts.
 */
@Service
public class AuditTrail {

    private static final List<String> LABEL_GETTERS = List.of("getDisplayName", "getName", "getUsername", "getCode");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    AuditTrail(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The changes of one record of an {@code @Audited} entity type, oldest first; empty when none are recorded. */
    public List<AuditEntry> of(Class<?> type, Object id) {
        return readOnly.execute(status -> {
            @SuppressWarnings("unchecked")
            List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                    .forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            List<SingularAttribute<?, ?>> fields = fieldsOf(type);
            List<AuditEntry> entries = new ArrayList<>();
            Object previous = null;
            for (Object[] revision : revisions) {
                Object state = revision[0];
                AuditRevision stamp = (AuditRevision) revision[1];
                Kind kind = kindOf((RevisionType) revision[2]);
                List<FieldChange> changes = kind == Kind.DELETED ? List.of() : changes(fields, previous, state);
                entries.add(new AuditEntry(stamp.getAt(), stamp.getActor(), kind, changes));
                previous = state;
            }
            return entries;
        });
    }

    private List<SingularAttribute<?, ?>> fieldsOf(Class<?> type) {
        return entityManager.getMetamodel().entity(type).getSingularAttributes().stream()
                .filter(attribute -> !attribute.isId() && !attribute.isVersion())
                .filter(attribute -> attribute.getJavaMember() instanceof Field)
                .<SingularAttribute<?, ?>>map(attribute -> attribute)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private List<FieldChange> changes(List<SingularAttribute<?, ?>> fields, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        for (SingularAttribute<?, ?> field : fields) {
            String old = before == null ? null : format(field, read(field, before));
            String now = format(field, read(field, after));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field.getName(), old, now));
            }
        }
        return changes;
    }

    private String format(Attribute<?, ?> attribute, Object value) {
        if (value == null) {
            return null;
        }
        if (attribute.isAssociation()) {
            return labelOf(value);
        }
        if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
            ManagedType<?> embeddable = entityManager.getMetamodel().embeddable(value.getClass());
            List<String> parts = new ArrayList<>();
            embeddable.getSingularAttributes().stream()
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .forEach(part -> {
                        String formatted = format(part, read(part, value));
                        if (formatted != null) {
                            parts.add(formatted);
                        }
                    });
            return parts.isEmpty() ? null : String.join(" ", parts);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant.atZone(ZoneId.systemDefault()));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    /**
     * What a referenced record is called where people read it: its display name, name, user name or code (as it is
     * now: the records a trail points to are not audited themselves), else its id.
     */
    private String labelOf(Object reference) {
        Object target = Hibernate.unproxy(reference);
        for (String getter : LABEL_GETTERS) {
            try {
                Method method = target.getClass().getMethod(getter);
                if (method.getReturnType() == String.class && method.invoke(target) instanceof String label
                        && !label.isBlank()) {
                    return label;
                }
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                // not this getter: try the next
            }
        }
        return String.valueOf(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(target));
    }

    private static Object read(Attribute<?, ?> attribute, Object holder) {
        Field field = (Field) attribute.getJavaMember();
        try {
            field.setAccessible(true);
            return field.get(holder);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + attribute.getName() + " of " + holder.getClass(), e);
        }
    }

    private static Kind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> Kind.CREATED;
            case MOD -> Kind.CHANGED;
            case DEL -> Kind.DELETED;
        };
    }
}
