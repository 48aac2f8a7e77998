package com.satisfaction.core.closing;

import com.satisfaction.core.scoring.ResponseRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The close gate: a period closes when its campaigns' response rate meets its target and every key account answered,
 * or when a waiver is recorded.
 */
public final class CloseGate {

    private CloseGate() {
    }

    /**
     * Checks the gate.
     *
     * @param responseRate        the period's response rate against its target; empty when nothing was sent
     * @param keyAccounts         active key accounts in the period
     * @param keyAccountsAnswered those of them with at least one counted response
     * @param waiver              a recorded waiver, if any
     * @throws IllegalArgumentException when the key-account counts are inconsistent
     */
    public static GateResult check(Optional<ResponseRate> responseRate, long keyAccounts, long keyAccountsAnswered,
                                   Optional<Waiver> waiver) {
        if (keyAccounts < 0 || keyAccountsAnswered < 0 || keyAccountsAnswered > keyAccounts) {
            throw new IllegalArgumentException("key accounts answered " + keyAccountsAnswered
                    + " (allowed: 0 to the " + keyAccounts + " key accounts)");
        }
        List<GateResult.Shortfall> shortfalls = new ArrayList<>();
        if (responseRate.isEmpty()) {
            shortfalls.add(GateResult.Shortfall.NOTHING_SENT);
        } else if (!responseRate.get().targetMet()) {
            shortfalls.add(GateResult.Shortfall.RESPONSE_RATE_BELOW_TARGET);
        }
        if (keyAccountsAnswered < keyAccounts) {
            shortfalls.add(GateResult.Shortfall.KEY_ACCOUNT_UNANSWERED);
        }
        return new GateResult(shortfalls, waiver);
    }
}
