package com.satisfaction.persistence.user;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    /**
     * The active administrators, locked until the transaction ends: two admins demoting each other at
     * the same time are decided one after the other, so the last active admin always stays.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.enabled = true and "
            + "com.satisfaction.persistence.user.Role.ADMIN member of u.roles")
    List<UserAccount> lockActiveAdmins();
}
