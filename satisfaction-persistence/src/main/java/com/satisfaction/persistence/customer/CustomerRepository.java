package com.satisfaction.persistence.customer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

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
}
