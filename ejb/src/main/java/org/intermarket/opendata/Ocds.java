package org.intermarket.opendata;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of an OCDS 1.1 release that we publish, as JSON-B writes them: field names are the
 * standard's, absent (null) fields are left out as OCDS asks, dates are RFC 3339 strings made by
 * {@link OcdsMapping#date}. Public records: JSON-B cannot read non-public ones.
 */
public final class Ocds {

    private Ocds() {
    }

    @JsonbPropertyOrder({"ocid", "id", "date", "tag", "initiationType", "language", "parties", "buyer", "tender", "bids", "awards",
            "contracts"})
    public record Release(String ocid, String id, String date, List<String> tag, String initiationType, String language,
                          List<Organization> parties, OrganizationReference buyer, Tender tender, Bids bids, List<Award> awards,
                          List<Contract> contracts) {
    }

    @JsonbPropertyOrder({"id", "name", "identifier", "address", "roles"})
    public record Organization(String id, String name, Identifier identifier, Address address, List<String> roles) {
    }

    @JsonbPropertyOrder({"scheme", "id", "legalName"})
    public record Identifier(String scheme, String id, String legalName) {
    }

    @JsonbPropertyOrder({"region", "countryName"})
    public record Address(String region, String countryName) {
    }

    @JsonbPropertyOrder({"id", "name"})
    public record OrganizationReference(String id, String name) {
    }

    @JsonbPropertyOrder({"id", "title", "description", "status", "procuringEntity", "items", "value", "procurementMethod",
            "procurementMethodDetails", "awardCriteria", "awardCriteriaDetails", "mainProcurementCategory", "eligibilityCriteria",
            "tenderPeriod", "contractPeriod", "numberOfTenderers", "tenderers", "amendments"})
    public record Tender(String id, String title, String description, String status, OrganizationReference procuringEntity,
                         List<Item> items, Value value, String procurementMethod, String procurementMethodDetails, String awardCriteria,
                         String awardCriteriaDetails, String mainProcurementCategory, String eligibilityCriteria, Period tenderPeriod,
                         Period contractPeriod, Integer numberOfTenderers, List<OrganizationReference> tenderers,
                         List<Amendment> amendments) {
    }

    @JsonbPropertyOrder({"id", "description", "classification", "quantity"})
    public record Item(String id, String description, Classification classification, Integer quantity) {
    }

    @JsonbPropertyOrder({"scheme", "id", "description"})
    public record Classification(String scheme, String id, String description) {
    }

    /** An amount in {@link OcdsMapping#CURRENCY}; OCDS wants a number here, not the API's two-decimal string. */
    @JsonbPropertyOrder({"amount", "currency"})
    public record Value(BigDecimal amount, String currency) {
    }

    @JsonbPropertyOrder({"startDate", "endDate", "durationInDays"})
    public record Period(String startDate, String endDate, Integer durationInDays) {
    }

    @JsonbPropertyOrder({"id", "date", "rationale", "description", "amendsReleaseID", "releaseID"})
    public record Amendment(String id, String date, String rationale, String description, String amendsReleaseID, String releaseID) {
    }

    @JsonbPropertyOrder({"id", "status", "date", "value", "suppliers", "documents"})
    public record Award(String id, String status, String date, Value value, List<OrganizationReference> suppliers, List<Document> documents) {
    }

    /** A document of the process, here the record of an abnormally low bid's case: what was decided, never the explanation itself. */
    @JsonbPropertyOrder({"id", "documentType", "title", "description", "datePublished", "language"})
    public record Document(String id, String documentType, String title, String description, String datePublished, String language) {
    }

    @JsonbPropertyOrder({"id", "awardID", "status", "value", "dateSigned", "period", "implementation"})
    public record Contract(String id, String awardID, String status, Value value, String dateSigned, Period period,
                           Implementation implementation) {
    }

    public record Implementation(List<Milestone> milestones) {
    }

    @JsonbPropertyOrder({"id", "title", "type", "dueDate", "dateMet", "status"})
    public record Milestone(String id, String title, String type, String dueDate, String dateMet, String status) {
    }

    /** The bids extension's summary: statistics only, never the bids themselves. */
    public record Bids(List<Statistic> statistics) {
    }

    @JsonbPropertyOrder({"id", "measure", "date", "value"})
    public record Statistic(String id, String measure, String date, long value) {
    }
}
