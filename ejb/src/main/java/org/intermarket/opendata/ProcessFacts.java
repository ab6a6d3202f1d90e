package org.intermarket.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.procurement.Need;

/** What the feed reads about one published need, loaded for a whole page of releases at once. */
final class ProcessFacts {

    final Need need;
    String itemName;
    /** The need's published events in the order they were recorded. */
    final List<Event> events = new ArrayList<>();
    /** Bids that stood at the deadline (neither withdrawn nor left unconfirmed after an amendment), of every round. */
    final List<BidFact> bids = new ArrayList<>();
    /** Contracts in the order they were signed. */
    final List<ContractFact> contracts = new ArrayList<>();
    /** Amendments in the order they were made. */
    final List<AmendmentFact> amendments = new ArrayList<>();

    ProcessFacts(Need need) {
        this.need = need;
    }

    boolean has(Stage stage) {
        return events.stream().anyMatch(e -> e.stage() == stage);
    }

    BidFact bid(Long id) {
        return id == null ? null : bids.stream().filter(b -> b.id() == id).findFirst().orElse(null);
    }

    record Event(long seq, Instant at, Stage stage) {
    }

    record BidFact(long id, int round, long agencyId, BigDecimal price) {
    }

    record ContractFact(long id, long bidId, BigDecimal price, int serviceDays, Instant confirmedAt, LocalDate dueDate, Instant acceptedAt) {
    }

    record AmendmentFact(long id, String reason, String changes, Instant at) {
    }

    /** An owner or agency as the parties section shows it. */
    record Party(long id, String name, String creditCode, String region) {
    }
}
