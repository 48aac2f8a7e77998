package com.satisfaction.persistence.user;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    @Query("select count(distinct u) from UserAccount u join u.roles r "
            + "where r = com.satisfaction.persistence.user.Role.ADMIN and u.enabled = true")
    long countActiveAdmins();
}
