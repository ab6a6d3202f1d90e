package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo is loaded in one go at start-up, but tells a story of months: its needs' timelines and their open data
 * carry the story's dates, not the moment it was loaded. Reads only: whatever other tests did to a demo need since
 * happened later still.
 */
class DemoStoryIT extends ApiTest {

    private static final String FEED = "/api/v1/opendata/releases";

    /** Closing, with bids enough or too few: never before the deadline. */
    private static final Set<String> CLOSINGS = Set.of("BIDDING_CLOSED", "NEED_FAILED");

    @Test
    void everyDemoNeedsTimelineReadsInTheOrderOfItsStory() {
        Map<Long, Api> needs = demoNeeds();
        assertTrue(needs.size() >= 16, "the demo's needs in every state: " + needs.keySet());
        Instant now = TestClock.now();
        needs.forEach((id, owner) -> {
            List<JsonObject> timeline = timeline(owner, id);
            JsonObject need = owner.get("/api/v1/needs/" + id).json();
            Instant deadline = Instant.parse(need.getString("bidDeadline"));
            Instant previous = Instant.MIN;
            for (JsonObject event : timeline) {
                Instant at = Instant.parse(event.getString("at"));
                assertFalse(at.isBefore(previous), () -> "need " + id + ": " + event + " is dated before the event before it in " + timeline);
                assertFalse(at.isAfter(now), () -> "need " + id + ": dated in the future: " + event);
                String action = event.getString("action");
                if (action.equals("NEED_PUBLISHED")) {
                    assertTrue(at.isBefore(deadline), () -> "need " + id + " published at " + at + ", after its deadline " + deadline);
                }
                if (CLOSINGS.contains(action)) {
                    assertTrue(at.isAfter(deadline), () -> "need " + id + " closed at " + at + ", before its deadline " + deadline);
                }
                previous = at;
            }
        });
    }

    @Test
    void theDemosOpenDataIsDatedOnItsStory() {
        Set<String> published = new HashSet<>();
        demoNeeds().forEach((id, owner) -> {
            if (!owner.get("/api/v1/needs/" + id).json().getString("status").equals("DRAFT")) {
                published.add(OpenDataApiIT.ocid(id));
            }
        });
        Map<String, List<JsonObject>> processes = new LinkedHashMap<>();
        feed().stream().filter(r -> published.contains(r.getString("ocid")))
                .forEach(r -> processes.computeIfAbsent(r.getString("ocid"), ocid -> new ArrayList<>()).add(r));
        assertEquals(published, processes.keySet(), "every published demo need is open data");
        processes.forEach((ocid, releases) -> {
            Instant previous = Instant.MIN;
            for (JsonObject release : releases) {
                Instant date = date(release.getString("date"));
                assertFalse(date.isBefore(previous), () -> ocid + ": releases out of the story's order: " + dates(releases));
                Instant end = date(release.getJsonObject("tender").getJsonObject("tenderPeriod").getString("endDate"));
                if (releases.indexOf(release) == 0) {
                    assertTrue(date.isBefore(end), () -> ocid + ": published " + date + ", after the end of its tender period " + end);
                }
                if (release.containsKey("bids") || release.containsKey("awards")) {
                    assertTrue(date.isAfter(end), () -> ocid + ": bids or awards dated before the deadline: " + release);
                }
                previous = date;
            }
        });
    }

    /** The demo owners' needs that the demo wrote, each with its owner, who sees a draft's timeline too. */
    private static Map<Long, Api> demoNeeds() {
        Map<Long, Api> needs = new LinkedHashMap<>();
        for (String username : List.of("owner1", "owner2")) {
            Api owner = Api.demo(username);
            for (int page = 0; ; page++) {
                JsonObject list = owner.get("/api/v1/needs/mine?size=100&page=" + page).json();
                List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
                items.stream().map(n -> n.getJsonNumber("id").longValue()).filter(id -> writtenByTheDemo(owner, id))
                        .forEach(id -> needs.put(id, owner));
                if (items.size() < 100) {
                    break;
                }
            }
        }
        return needs;
    }

    private static boolean writtenByTheDemo(Api owner, long need) {
        List<JsonObject> timeline = timeline(owner, need);
        return !timeline.isEmpty() && timeline.get(0).containsKey("facts") && !timeline.get(0).isNull("facts")
                && "true".equals(timeline.get(0).getJsonObject("facts").getString("demo", null));
    }

    private static List<JsonObject> timeline(Api reader, long need) {
        return reader.get("/api/v1/needs/" + need + "/timeline").jsonArray().getValuesAs(JsonObject.class);
    }

    /** The whole feed, page after page. */
    private static List<JsonObject> feed() {
        List<JsonObject> releases = new ArrayList<>();
        String path = FEED + "?size=1000";
        while (path != null) {
            Api.Reply reply = Api.anonymous().get(path);
            assertEquals(200, reply.status(), reply::toString);
            JsonObject page = reply.json();
            releases.addAll(page.getJsonArray("releases").getValuesAs(JsonObject.class));
            URI next = page.containsKey("links") ? URI.create(page.getJsonObject("links").getString("next")) : null;
            path = next == null ? null : next.getRawPath() + "?" + next.getRawQuery();
        }
        return releases;
    }

    private static Instant date(String value) {
        return OffsetDateTime.parse(value).toInstant();
    }

    private static List<String> dates(List<JsonObject> releases) {
        return releases.stream().map(r -> String.join(",", Api.strings(r, "tag")) + "@" + r.getString("date")).toList();
    }
}
