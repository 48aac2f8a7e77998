package com.satisfaction.persistence.record;

import com.satisfaction.persistence.customer.Customer;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The register's customers as the records' pages pick them: every customer, inactive ones too (a lost one often is). */
public interface RecordCustomers extends Repository<Customer, Long> {

    @Query("""
            select new com.satisfaction.persistence.record.CustomerChoice(c.id, c.code, c.name, c.active)
            from Customer c order by c.code""")
    List<CustomerChoice> choices();
}
