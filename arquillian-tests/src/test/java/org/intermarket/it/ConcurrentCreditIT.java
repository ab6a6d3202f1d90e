package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Supervisors recording credit inputs on one agency at the same moment: every input counts, none answers 500. */
class ConcurrentCreditIT extends ApiTest {

    @Test
    void parallelRewardsViolationsAndRatingsOnOneAgencyAllCountInItsScore() throws Exception {
        Agencies.Agency agency = Agencies.admitted("330100");
        String path = "/api/v1/agencies/" + agency.id();
        assertEquals(0, new BigDecimal("80.00").compareTo(score(path)), "a new agency starts at 80");
        Api supervisor = Api.demo("supervisor");

        List<Callable<Api.Reply>> actions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            actions.add(() -> supervisor.post(path + "/rewards", "{\"points\":1,\"reason\":\"按时完成第 " + n + " 项服务\"}"));
            actions.add(() -> supervisor.post(path + "/violations", "{\"severity\":\"MINOR\",\"reason\":\"第 " + n + " 份报告逾期\"}"));
        }
        actions.add(() -> supervisor.post(path + "/supervisor-ratings", "{\"score\":80,\"comment\":\"季度考评\"}"));
        actions.add(() -> supervisor.post(path + "/supervisor-ratings", "{\"score\":80,\"comment\":\"年度考评\"}"));

        ExecutorService supervisors = Executors.newFixedThreadPool(actions.size());
        try {
            for (Future<Api.Reply> result : supervisors.invokeAll(actions)) {
                Api.Reply reply = result.get();
                assertEquals(201, reply.status(), reply::toString);
            }
        } finally {
            supervisors.shutdown();
        }
        // the whole credit with its history on failure: which input each recompute counted
        JsonObject credit = Api.anonymous().get(path + "/credit?size=20").json();
        assertEquals(0, new BigDecimal("76.00").compareTo(credit.getJsonNumber("score").bigDecimalValue()),
                () -> "80 + 4 × 1 − 4 × 2, every input counted once: " + credit);
        assertEquals(4, Api.anonymous().get(path + "/violations").json().getInt("total"));
    }

    private static BigDecimal score(String path) {
        return Api.anonymous().get(path + "/credit").json().getJsonNumber("score").bigDecimalValue();
    }
}
