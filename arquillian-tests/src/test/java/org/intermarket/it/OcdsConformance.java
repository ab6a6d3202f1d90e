package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Our own OCDS 1.1 conformance checks, from the checklist in docs/ocds-1.1-facts.md §6: required
 * fields of packages and releases, the version pattern, date-times with seconds and an offset,
 * the closed codelists of 1.1 (1.2-only codes fail), release ids, references to parties with the
 * right roles, awardID resolution, and values with a currency. Not a schema validation: the
 * checks that matter for what we publish, with messages that say which rule broke where.
 */
final class OcdsConformance {

    static final Set<String> RELEASE_TAGS = Set.of("planning", "planningUpdate", "tender", "tenderAmendment", "tenderUpdate",
            "tenderCancellation", "award", "awardUpdate", "awardCancellation", "contract", "contractUpdate", "contractAmendment",
            "implementation", "implementationUpdate", "contractTermination", "compiled");
    static final Set<String> TENDER_STATUS = Set.of("planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn");
    static final Set<String> AWARD_STATUS = Set.of("pending", "active", "cancelled", "unsuccessful");
    static final Set<String> CONTRACT_STATUS = Set.of("pending", "active", "cancelled", "terminated");
    static final Set<String> METHOD = Set.of("open", "selective", "limited", "direct");
    static final Set<String> CATEGORY = Set.of("goods", "works", "services");
    static final Set<String> MILESTONE_STATUS = Set.of("scheduled", "met", "notMet", "partiallyMet");
    /** The 1.1.5 partyRole codes (open list, but these are the ones we use). */
    static final Set<String> PARTY_ROLES = Set.of("buyer", "procuringEntity", "supplier", "tenderer", "funder", "enquirer", "payer",
            "payee", "reviewBody", "interestedParty");

    private static final Pattern VERSION = Pattern.compile("^(\\d+\\.)(\\d+)$");
    /** RFC 3339 §5.6 with seconds required and an offset or Z. */
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
    private static final Pattern OCID = Pattern.compile("^ocds-[a-z0-9]{6}-.+$");
    private static final Set<String> DATE_FIELDS = Set.of("date", "publishedDate", "startDate", "endDate", "maxExtentDate", "dateSigned",
            "dueDate", "dateMet", "dateModified", "datePublished");

    private OcdsConformance() {
    }

    /** A release package: its own required fields, then every release in it. */
    static void assertPackage(JsonObject pkg) {
        for (String field : List.of("uri", "publisher", "publishedDate", "releases", "version")) {
            assertTrue(pkg.containsKey(field), () -> "package lacks required " + field);
        }
        assertEquals("1.1", pkg.getString("version"));
        assertTrue(VERSION.matcher(pkg.getString("version")).matches());
        assertAbsoluteUri(pkg.getString("uri"), "uri");
        JsonObject publisher = pkg.getJsonObject("publisher");
        assertFalse(publisher.getString("name").isBlank(), "publisher.name");
        if (publisher.containsKey("uri")) {
            assertAbsoluteUri(publisher.getString("uri"), "publisher.uri");
        }
        for (String field : List.of("license", "publicationPolicy")) {
            if (pkg.containsKey(field)) {
                assertAbsoluteUri(pkg.getString(field), field);
            }
        }
        if (pkg.containsKey("extensions")) {
            pkg.getJsonArray("extensions").getValuesAs(JsonString.class)
                    .forEach(e -> assertTrue(e.getString().endsWith("/extension.json") && URI.create(e.getString()).isAbsolute(), e::getString));
        }
        JsonArray releases = pkg.getJsonArray("releases");
        assertFalse(releases.isEmpty(), "releases has minItems 1");
        assertEquals(releases.size(), new HashSet<>(releases).size(), "releases are uniqueItems");
        Set<String> keys = new HashSet<>();
        for (JsonObject release : releases.getValuesAs(JsonObject.class)) {
            assertRelease(release);
            assertTrue(keys.add(release.getString("ocid") + " " + release.getString("id")), () -> "(ocid, id) twice: " + release.getString("id"));
        }
        assertDates(pkg, "package");
        OffsetDateTime latest = releases.getValuesAs(JsonObject.class).stream().map(r -> OffsetDateTime.parse(r.getString("date")))
                .max(OffsetDateTime::compareTo).orElseThrow();
        assertEquals(latest.toInstant(), OffsetDateTime.parse(pkg.getString("publishedDate")).toInstant(),
                "publishedDate is the date of the latest release in the package");
    }

    /** One release: required fields, ids, codelists, references and values. */
    static void assertRelease(JsonObject release) {
        String where = release.containsKey("id") ? "release " + release.getString("id") : "release";
        for (String field : List.of("ocid", "id", "date", "tag", "initiationType")) {
            assertTrue(release.containsKey(field), () -> where + " lacks required " + field);
        }
        assertTrue(OCID.matcher(release.getString("ocid")).matches(), () -> where + ": ocid " + release.getString("ocid"));
        assertFalse(release.getString("id").isEmpty(), where);
        assertFalse(release.getString("id").contains("#"), () -> where + ": a release id must not contain #");
        JsonArray tags = release.getJsonArray("tag");
        assertFalse(tags.isEmpty(), () -> where + ": tag has minItems 1");
        tags.getValuesAs(JsonString.class).forEach(tag -> {
            assertTrue(RELEASE_TAGS.contains(tag.getString()), () -> where + ": tag " + tag.getString() + " is not a 1.1 releaseTag");
            assertFalse("compiled".equals(tag.getString()), () -> where + ": compiled is for records only");
        });
        assertEquals("tender", release.getString("initiationType"), where);
        assertDates(release, where);

        Map<String, JsonObject> parties = new HashMap<>();
        for (JsonObject party : array(release, "parties")) {
            assertTrue(parties.put(party.getString("id"), party) == null, () -> where + ": party " + party.getString("id") + " twice");
            strings(party, "roles").forEach(role -> assertTrue(PARTY_ROLES.contains(role), () -> where + ": party role " + role));
        }
        if (release.containsKey("buyer")) {
            assertReference(release.getJsonObject("buyer"), "buyer", parties, where + " buyer");
        }
        JsonObject tender = release.getJsonObject("tender");
        if (tender != null) {
            assertTrue(tender.containsKey("id"), () -> where + ": tender.id is required");
            assertCode(tender, "status", TENDER_STATUS, where + " tender");
            assertCode(tender, "procurementMethod", METHOD, where + " tender");
            assertCode(tender, "mainProcurementCategory", CATEGORY, where + " tender");
            if (tender.containsKey("procuringEntity")) {
                assertReference(tender.getJsonObject("procuringEntity"), "procuringEntity", parties, where + " procuringEntity");
            }
            array(tender, "tenderers").forEach(t -> assertReference(t, "tenderer", parties, where + " tenderer"));
            if (tender.containsKey("numberOfTenderers") && tender.containsKey("tenderers")) {
                assertEquals(tender.getInt("numberOfTenderers"), tender.getJsonArray("tenderers").size(), where + ": numberOfTenderers");
            }
            array(tender, "items").forEach(item -> assertTrue(item.containsKey("id"), () -> where + ": item id is required"));
            assertValue(tender, where + " tender.value");
        }
        Set<String> awardIds = new HashSet<>();
        for (JsonObject award : array(release, "awards")) {
            assertTrue(awardIds.add(award.getString("id")), () -> where + ": award " + award.getString("id") + " twice");
            assertCode(award, "status", AWARD_STATUS, where + " award");
            array(award, "suppliers").forEach(s -> assertReference(s, "supplier", parties, where + " supplier"));
            assertValue(award, where + " award.value");
        }
        Set<String> contractIds = new HashSet<>();
        for (JsonObject contract : array(release, "contracts")) {
            assertTrue(contractIds.add(contract.getString("id")), () -> where + ": contract " + contract.getString("id") + " twice");
            assertTrue(contract.containsKey("awardID"), () -> where + ": contract.awardID is required");
            assertTrue(awardIds.contains(contract.getString("awardID")), () -> where + ": contract awardID " + contract.getString("awardID")
                    + " matches no award");
            assertCode(contract, "status", CONTRACT_STATUS, where + " contract");
            assertValue(contract, where + " contract.value");
            if (contract.containsKey("implementation")) {
                array(contract.getJsonObject("implementation"), "milestones")
                        .forEach(m -> assertCode(m, "status", MILESTONE_STATUS, where + " milestone"));
            }
        }
        if (release.containsKey("bids")) {
            for (JsonObject statistic : array(release.getJsonObject("bids"), "statistics")) {
                for (String field : List.of("id", "measure", "value")) {
                    assertTrue(statistic.containsKey(field), () -> where + ": bid statistic lacks " + field);
                }
                assertEquals(JsonValue.ValueType.NUMBER, statistic.get("value").getValueType(), where);
            }
        }
    }

    /**
     * The releases of one contracting process, in feed order: ids unique within the ocid, dates in
     * order, an update or amendment only after a release of its stage, an award or contract id never
     * reused for another supplier or award.
     */
    static void assertProcess(List<JsonObject> releases) {
        String ocid = releases.get(0).getString("ocid");
        assertEquals(releases.size(), releases.stream().map(r -> r.getString("id")).distinct().count(), ocid + ": release ids are unique");
        for (int i = 1; i < releases.size(); i++) {
            assertFalse(OffsetDateTime.parse(releases.get(i).getString("date")).isBefore(OffsetDateTime.parse(releases.get(i - 1).getString("date"))),
                    ocid + ": releases in date order");
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> awardSuppliers = new HashMap<>();
        Map<String, String> contractAwards = new HashMap<>();
        for (JsonObject release : releases) {
            for (String tag : strings(release, "tag")) {
                String base = switch (tag) {
                    case "tenderUpdate", "tenderAmendment", "tenderCancellation" -> "tender";
                    case "awardUpdate", "awardCancellation" -> "award";
                    case "contractUpdate", "contractAmendment", "contractTermination", "implementation" -> "contract";
                    case "implementationUpdate" -> "implementation";
                    default -> null;
                };
                assertTrue(base == null || seen.contains(base), () -> ocid + ": " + tag + " in " + release.getString("id") + " before any " + base);
            }
            seen.addAll(strings(release, "tag"));
            for (JsonObject award : array(release, "awards")) {
                String supplier = award.containsKey("suppliers") ? award.getJsonArray("suppliers").toString() : "";
                String before = awardSuppliers.putIfAbsent(award.getString("id"), supplier);
                assertTrue(before == null || before.equals(supplier), () -> ocid + ": award " + award.getString("id") + " changed supplier");
            }
            for (JsonObject contract : array(release, "contracts")) {
                String before = contractAwards.putIfAbsent(contract.getString("id"), contract.getString("awardID"));
                assertTrue(before == null || before.equals(contract.getString("awardID")), () -> ocid + ": contract changed award");
            }
        }
    }

    private static void assertReference(JsonObject reference, String role, Map<String, JsonObject> parties, String where) {
        JsonObject party = parties.get(reference.getString("id"));
        assertNotNull(party, () -> where + ": " + reference + " matches no party");
        if (reference.containsKey("name")) {
            assertEquals(party.getString("name"), reference.getString("name"), where + ": name as in parties");
        }
        assertTrue(strings(party, "roles").contains(role), () -> where + ": party " + party.getString("id") + " lacks role " + role);
        JsonObject identifier = party.getJsonObject("identifier");
        assertTrue(identifier != null && identifier.containsKey("scheme") && identifier.containsKey("id"), () -> where + ": identifier");
    }

    private static void assertCode(JsonObject object, String field, Set<String> codes, String where) {
        if (object.containsKey(field)) {
            assertTrue(codes.contains(object.getString(field)), () -> where + "." + field + " " + object.getString(field) + " is not a 1.1 code");
        }
    }

    private static void assertValue(JsonObject holder, String where) {
        if (!holder.containsKey("value")) {
            return;
        }
        JsonObject value = holder.getJsonObject("value");
        assertTrue(value.get("amount") instanceof JsonNumber, () -> where + ": amount is a number");
        String currency = value.getString("currency", "");
        assertTrue(currency.matches("[A-Z]{3}") && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(currency)),
                () -> where + ": currency " + currency + " is an ISO 4217 code");
    }

    /** Every date-time field anywhere in the tree has seconds and an offset. */
    private static void assertDates(JsonValue value, String where) {
        if (value instanceof JsonObject object) {
            object.forEach((name, child) -> {
                if (DATE_FIELDS.contains(name) && child instanceof JsonString text) {
                    assertTrue(DATE_TIME.matcher(text.getString()).matches(), () -> where + ": " + name + " " + text.getString()
                            + " is not a date-time with seconds and offset");
                    OffsetDateTime.parse(text.getString());
                } else {
                    assertDates(child, where);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> assertDates(child, where));
        }
    }

    private static void assertAbsoluteUri(String text, String field) {
        try {
            URI uri = new URI(text);
            assertTrue(uri.isAbsolute() && uri.getHost() != null, () -> field + " " + text + " is an absolute URI");
        } catch (java.net.URISyntaxException e) {
            fail(field + " " + text + " is not a URI");
        }
    }

    static List<JsonObject> array(JsonObject object, String name) {
        return object.containsKey(name) ? object.getJsonArray(name).getValuesAs(JsonObject.class) : List.of();
    }

    static List<String> strings(JsonObject object, String name) {
        return object.containsKey(name) ? object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toList()) : List.of();
    }
}
