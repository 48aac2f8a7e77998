package com.satisfaction.persistence.customer;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByCode(String code);

    /** Active customers by name, to pick from. */
    List<Customer> findByActiveTrueOrderByNameAsc();

    /** The regions of active customers, to filter by. */
    @Query("select distinct c.region from Customer c where c.active = true and c.region is not null order by c.region")
    List<String> activeRegions();

    /** Contacts of active customers, in {@code region} when given, key accounts only when asked. */
    @Query("""
            select new com.satisfaction.persistence.customer.ContactRow(
                ct.id, ct.name, ct.email, ct.preferredLanguage, cu.id, cu.name)
            from Contact ct join ct.customer cu
            where cu.active = true and (:region is null or cu.region = :region) and (:keyOnly = false or cu.keyAccount = true)
            order by cu.name, ct.id""")
    List<ContactRow> activeContacts(@Param("region") String region, @Param("keyOnly") boolean keyOnly);

    /** Contacts of the chosen customers (active ones only). */
    @Query("""
            select new com.satisfaction.persistence.customer.ContactRow(
                ct.id, ct.name, ct.email, ct.preferredLanguage, cu.id, cu.name)
            from Contact ct join ct.customer cu
            where cu.active = true and cu.id in :ids
            order by cu.name, ct.id""")
    List<ContactRow> activeContactsOf(@Param("ids") Collection<Long> ids);
    boolean existsByCode(String code);

    /** The customers of these codes with their contacts, for an import batch. */
    @EntityGraph(attributePaths = "contacts")
    List<Customer> findByCodeIn(Collection<String> codes);

    @Query("select distinct c.region from Customer c where c.region is not null order by c.region")
    List<String> regions();

    @Query("select distinct c.industry from Customer c where c.industry is not null order by c.industry")
    List<String> industries();

    @Query("select distinct c.valueTier from Customer c where c.valueTier is not null order by c.valueTier")
    List<String> valueTiers();

    /** The next ids of the register after {@code after}, in order: the export reads it in slices. */
    @Query("select c.id from Customer c where c.id > :after order by c.id")
    List<Long> idsAfter(@Param("after") long after, Limit limit);

    @Query("""
            select new com.satisfaction.persistence.customer.CustomerExportLine(c.id, c.code, c.name, c.region,
                c.industry, c.valueTier, c.annualValue, c.keyAccount, c.active, k.name, k.email, k.phone,
                k.preferredLanguage)
            from Customer c left join c.contacts k where c.id in :ids order by c.id, k.id""")
    List<CustomerExportLine> exportLines(@Param("ids") Collection<Long> ids);
}
