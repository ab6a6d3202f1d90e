package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

/** Fresh agencies made through the public API, at whatever stage of admission a test needs. */
final class Agencies {

    /** An item that requires no qualification: a guide for it is all an application needs. */
    static final String OPEN_ITEM = "ZJFW-003";
    /** An item that requires a 测绘资质 qualification. */
    static final String SURVEY_ITEM = "ZJFW-029";
    static final String SURVEY_QUALIFICATION = "测绘资质";

    private Agencies() {
    }

    record Agency(long id, String username, Api api) {

        String path() {
            return "/api/v1/agencies/" + id;
        }
    }

    static Agency register(String region) {
        return register(region, Registrations.uniquePhone());
    }

    static Agency register(String region, String phone) {
        String username = Api.unique("ag");
        String body = Registrations.body("AGENCY", username, CreditCodes.random(region), phone)
                .replace("\"region\":\"330100\"", "\"region\":\"" + region + "\"");
        Api.Reply reply = Api.anonymous().post("/api/v1/registrations", body);
        assertEquals(201, reply.status(), reply::toString);
        Api api = Api.signIn(username, Registrations.PASSWORD);
        long id = api.get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        return new Agency(id, username, api);
    }

    static long addQualification(Agency agency, String type, LocalDate from, LocalDate to) {
        Api.Reply reply = agency.api().post(agency.path() + "/qualifications", qualification(type, "NO-" + Api.unique("c"), from, to));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static String qualification(String type, String number, LocalDate from, LocalDate to) {
        return """
                {"type":"%s","level":"甲级","certificateNo":"%s","issuer":"浙江省自然资源厅","validFrom":"%s","validTo":"%s"}
                """.formatted(type, number, from, to);
    }

    static Api.Reply publishGuide(Agency agency, String itemCode) {
        return agency.api().post(agency.path() + "/service-guides", guide(itemCode, 12));
    }

    static String guide(String itemCode, int days) {
        return """
                {"itemCode":"%s","conditions":"营业执照、项目批复文件","process":"签约、踏勘、编制、提交","timeLimitDays":%d,"feeStandard":"3 万元/项"}
                """.formatted(itemCode, days);
    }

    /** Registered, guide for {@link #OPEN_ITEM}, applied; returns the admission id. */
    static long applied(Agency agency) {
        assertEquals(201, publishGuide(agency, OPEN_ITEM).status());
        Api.Reply reply = agency.api().post(agency.path() + "/admission", null);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A fresh agency, admitted by the demo supervisor. */
    static Agency admitted(String region) {
        return admitted(region, Registrations.uniquePhone());
    }

    /** A fresh agency whose organisation gives this contact phone, admitted by the demo supervisor. */
    static Agency admitted(String region, String phone) {
        Agency agency = register(region, phone);
        long admission = applied(agency);
        Api.Reply approved = Api.demo("supervisor").post("/api/v1/admissions/" + admission + "/approve", null);
        assertEquals(200, approved.status(), approved::toString);
        return agency;
    }
}
