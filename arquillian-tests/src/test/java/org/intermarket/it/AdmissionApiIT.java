package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;

class AdmissionApiIT extends ApiTest {

    private final Api supervisor = Api.demo("supervisor");

    @Test
    void anAgencyFromAnotherProvinceIsAdmittedAfterReview() {
        Agency agency = Agencies.register("320100");
        assertEquals("REGISTERED", agency.api().get(agency.path()).json().getString("status"));
        assertProblem(agency.api().post(agency.path() + "/admission", null), 409);

        LocalDate today = LocalDate.now();
        long qualification = Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, today.minusYears(1), today.plusYears(2));
        assertEquals(201, Agencies.publishGuide(agency, Agencies.SURVEY_ITEM).status());
        assertEquals(404, Api.anonymous().get(agency.path()).status(), "not public before admission");

        Api.Reply applied = agency.api().post(agency.path() + "/admission", null);
        assertEquals(201, applied.status(), applied::toString);
        assertEquals("PENDING", applied.json().getString("status"));
        assertProblem(agency.api().post(agency.path() + "/admission", null), 409);
        long admission = applied.json().getJsonNumber("id").longValue();
        assertTrue(queueIds().contains(admission), "the application waits in the queue");

        JsonObject detail = supervisor.get("/api/v1/admissions/" + admission).json();
        assertEquals(qualification, detail.getJsonObject("agency").getJsonArray("qualifications").getJsonObject(0).getJsonNumber("id").longValue());

        Api.Reply approved = supervisor.post("/api/v1/admissions/" + admission + "/approve", null);
        assertEquals("APPROVED", approved.json().getString("status"), approved::toString);
        assertFalse(queueIds().contains(admission));
        assertProblem(supervisor.post("/api/v1/admissions/" + admission + "/approve", null), 409);

        JsonObject publicProfile = Api.anonymous().get(agency.path()).json();
        assertEquals("ACTIVE", publicProfile.getString("status"));
        assertEquals("320100", publicProfile.getJsonObject("organisation").getJsonObject("region").getString("code"));
        String masked = publicProfile.getJsonArray("qualifications").getJsonObject(0).getString("certificateNo");
        String full = agency.api().get(agency.path()).json().getJsonArray("qualifications").getJsonObject(0).getString("certificateNo");
        assertTrue(masked.contains("*") && !masked.equals(full), masked);
        assertFalse(publicProfile.containsKey("admissions"), "the admission history is not public");

        JsonObject eligible = Api.anonymous().get(agency.path() + "/eligibility?item=" + Agencies.SURVEY_ITEM).json();
        assertTrue(eligible.getBoolean("eligible"), eligible::toString);
        JsonObject notEligible = Api.anonymous().get(agency.path() + "/eligibility?item=ZJFW-011").json();
        assertFalse(notEligible.getBoolean("eligible"));
        assertEquals(List.of("no-service-guide", "qualification-missing"), Api.strings(notEligible, "reasons"));

        JsonObject inbox = agency.api().get("/api/v1/inbox").json();
        assertEquals("ADMISSION_APPROVED", inbox.getJsonArray("items").getJsonObject(0).getString("kind"));
    }

    @Test
    void aRejectedAgencyCorrectsItsRecordAndAppliesAgain() {
        Agency agency = Agencies.register("330100");
        long first = Agencies.applied(agency);

        assertFieldError(assertProblem(supervisor.post("/api/v1/admissions/" + first + "/reject",
                "{\"reasonCode\":\"OTHER\",\"reason\":\"外地机构暂不受理\"}"), 400), "reason");
        assertFieldError(assertProblem(supervisor.post("/api/v1/admissions/" + first + "/reject",
                "{\"reasonCode\":\"OTHER\"}"), 400), "reason");
        assertFieldError(assertProblem(supervisor.post("/api/v1/admissions/" + first + "/reject",
                "{\"reasonCode\":\"FROM_ELSEWHERE\",\"reason\":\"x\"}"), 400), "reasonCode");

        Api.Reply rejected = supervisor.post("/api/v1/admissions/" + first + "/reject",
                "{\"reasonCode\":\"INCOMPLETE_GUIDE\",\"reason\":\"收费标准未写明计费方式\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("status"));

        JsonObject record = agency.api().get(agency.path()).json();
        assertEquals("REGISTERED", record.getString("status"));
        assertTrue(record.getString("statusReason").contains("收费标准未写明计费方式"));
        assertEquals("INCOMPLETE_GUIDE", record.getJsonArray("admissions").getJsonObject(0).getString("reasonCode"));
        JsonObject notice = agency.api().get("/api/v1/inbox?unread=true").json().getJsonArray("items").getJsonObject(0);
        assertEquals("ADMISSION_REJECTED", notice.getString("kind"));
        assertTrue(notice.getString("text").contains("服务指南不完整"), notice::toString);

        assertEquals(200, agency.api().put(agency.path() + "/service-guides/" + Agencies.OPEN_ITEM,
                Agencies.guide(Agencies.OPEN_ITEM, 10).replace("3 万元/项", "按报告书 5 万元/项、报告表 2 万元/项计费")).status());
        Api.Reply again = agency.api().post(agency.path() + "/admission", null);
        assertEquals(201, again.status(), again::toString);
        long second = again.json().getJsonNumber("id").longValue();
        assertNotEquals(first, second);
        assertEquals(200, supervisor.post("/api/v1/admissions/" + second + "/approve", null).status());
        assertEquals(2, agency.api().get(agency.path()).json().getJsonArray("admissions").size());
    }

    @Test
    void aGuideNeedsAValidQualificationWhenItsItemRequiresOne() {
        Agency agency = Agencies.register("330100");
        LocalDate today = LocalDate.now();
        assertProblemCode(assertProblem(Agencies.publishGuide(agency, Agencies.SURVEY_ITEM), 409), "registry.qualification-missing");

        Agencies.addQualification(agency, "地质灾害评估资质", today.minusYears(1), today.plusYears(1));
        assertProblem(Agencies.publishGuide(agency, Agencies.SURVEY_ITEM), 409);
        Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, today.plusDays(10), today.plusYears(1));
        assertProblem(Agencies.publishGuide(agency, Agencies.SURVEY_ITEM), 409);
        Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, today.minusYears(1), today.plusYears(1));
        assertEquals(201, Agencies.publishGuide(agency, Agencies.SURVEY_ITEM).status());

        assertProblemCode(assertProblem(Agencies.publishGuide(agency, "ZJFW-032"), 409), "registry.item-retired");
        assertProblem(Agencies.publishGuide(agency, "ZJFW-999"), 404);
        assertFieldError(assertProblem(agency.api().post(agency.path() + "/qualifications",
                Agencies.qualification("导游资格", "X-1", today, today.plusYears(1))), 400), "type");
        assertFieldError(assertProblem(agency.api().post(agency.path() + "/qualifications",
                Agencies.qualification(Agencies.SURVEY_QUALIFICATION, "X-2", today.minusYears(2), today.minusDays(3))), 400), "validTo");
        assertFieldError(assertProblem(agency.api().post(agency.path() + "/service-guides",
                Agencies.guide(Agencies.OPEN_ITEM, 0)), 400), "timeLimitDays");
    }

    @Test
    void aSuspendedAgencyCannotBeSelectedUntilTheSuspensionIsLifted() {
        Agency agency = Agencies.admitted("330300");
        String until = LocalDate.now().plusDays(30).toString();
        assertFieldError(assertProblem(supervisor.post(agency.path() + "/suspension",
                "{\"until\":\"" + LocalDate.now().minusDays(1) + "\",\"reason\":\"材料造假嫌疑\"}"), 400), "until");
        assertEquals(403, agency.api().post(agency.path() + "/suspension", "{\"until\":\"" + until + "\",\"reason\":\"x\"}").status());

        Api.Reply suspended = supervisor.post(agency.path() + "/suspension", "{\"until\":\"" + until + "\",\"reason\":\"材料造假嫌疑，调查期间暂停\"}");
        assertEquals("SUSPENDED", suspended.json().getString("status"), suspended::toString);
        JsonObject refused = Api.anonymous().get(agency.path() + "/eligibility?item=" + Agencies.OPEN_ITEM).json();
        assertEquals(List.of("agency-not-active"), Api.strings(refused, "reasons"));
        assertEquals("AGENCY_SUSPENDED", agency.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        assertProblem(supervisor.post(agency.path() + "/suspension", "{\"until\":\"" + until + "\",\"reason\":\"again\"}"), 409);

        assertEquals("ACTIVE", supervisor.delete(agency.path() + "/suspension").json().getString("status"));
        assertTrue(Api.anonymous().get(agency.path() + "/eligibility?item=" + Agencies.OPEN_ITEM).json().getBoolean("eligible"));

        assertEquals("EXPELLED", supervisor.post(agency.path() + "/expulsion", "{\"reason\":\"提供虚假材料，查证属实\"}").json().getString("status"));
        assertProblemCode(assertProblem(Agencies.publishGuide(agency, "ZJFW-014"), 409), "registry.expelled");
        assertEquals(200, Api.anonymous().get(agency.path()).status(), "an expulsion is public");
    }

    @Test
    void aDisabledOwnerCannotSignInUntilEnabledAgain() {
        String owner = Registrations.newOwner();
        Api ownerApi = Api.signIn(owner, Registrations.PASSWORD);
        long organisation = ownerApi.get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        assertFieldError(assertProblem(supervisor.post("/api/v1/organisations/" + organisation + "/disable", "{}"), 400), "reason");
        assertEquals(200, supervisor.post("/api/v1/organisations/" + organisation + "/disable", "{\"reason\":\"冒用他人名义注册\"}").status());
        assertEquals(401, ownerApi.get("/api/v1/me").status(), "its token no longer works");
        assertEquals(401, Api.basic(owner, Registrations.PASSWORD).get("/api/v1/me").status());
        assertEquals(200, supervisor.post("/api/v1/organisations/" + organisation + "/enable", null).status());
        assertEquals(200, Api.basic(owner, Registrations.PASSWORD).get("/api/v1/me").status());
    }

    @Test
    void supervisorsListOwnersAndAgenciesByNameCodeTypeAndState() {
        String username = Api.unique("owner");
        String code = CreditCodes.random("330100");
        assertEquals(201, Api.anonymous().post("/api/v1/registrations", Registrations.body("OWNER", username, code)).status());

        JsonObject byCode = supervisor.get("/api/v1/organisations?q=" + code.toLowerCase()).json();
        assertEquals(1, byCode.getInt("total"), "a whole credit code finds exactly its organisation, in either case");
        JsonObject found = byCode.getJsonArray("items").getJsonObject(0);
        assertEquals("测试单位 " + username, found.getString("name"));
        assertEquals("OWNER", found.getString("type"));
        long id = found.getJsonNumber("id").longValue();

        JsonObject byName = supervisor.get("/api/v1/organisations?type=OWNER&q=" + username).json();
        assertEquals(List.of(id), ids(byName));
        assertEquals(0, supervisor.get("/api/v1/organisations?type=AGENCY&q=" + username).json().getInt("total"));

        supervisor.post("/api/v1/organisations/" + id + "/disable", "{\"reason\":\"虚假注册\"}");
        assertEquals(List.of(id), ids(supervisor.get("/api/v1/organisations?enabled=false&q=" + username).json()));
        assertEquals(0, supervisor.get("/api/v1/organisations?enabled=true&q=" + username).json().getInt("total"));

        JsonObject newest = supervisor.get("/api/v1/organisations?size=2").json();
        assertEquals(2, newest.getJsonArray("items").size(), "paged");
        assertTrue(newest.getInt("total") >= 8, "the demo's owners and agencies are listed");
        assertTrue(newest.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(o -> o.getString("type").equals("GOVERNMENT")),
                "government offices are no market participants");

        assertFieldError(assertProblem(supervisor.get("/api/v1/organisations?type=NOBODY"), 400), "type");
        assertFieldError(assertProblem(supervisor.get("/api/v1/organisations?enabled=perhaps"), 400), "enabled");
        assertEquals(401, Api.anonymous().get("/api/v1/organisations").status());
        assertEquals(403, Api.demo("owner1").get("/api/v1/organisations").status());
        assertEquals(403, Api.demo("agency1").get("/api/v1/organisations").status());
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void onlySupervisorsReviewAndTheInboxIsPrivate() {
        Agency agency = Agencies.register("330100");
        long admission = Agencies.applied(agency);
        assertEquals(401, Api.anonymous().get("/api/v1/admissions").status());
        assertEquals(403, agency.api().get("/api/v1/admissions").status());
        assertEquals(403, agency.api().post("/api/v1/admissions/" + admission + "/approve", null).status());
        assertEquals(403, Api.demo("owner1").post("/api/v1/admissions/" + admission + "/approve", null).status());
        assertEquals(200, supervisor.post("/api/v1/admissions/" + admission + "/approve", null).status());

        JsonObject unread = agency.api().get("/api/v1/inbox/unread-count").json();
        assertEquals(1, unread.getInt("unread"));
        long notification = agency.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, Api.demo("agency1").post("/api/v1/inbox/" + notification + "/read", null).status(), "someone else's message");
        assertTrue(agency.api().post("/api/v1/inbox/" + notification + "/read", null).json().containsKey("readAt"));
        assertEquals(0, agency.api().get("/api/v1/inbox/unread-count").json().getInt("unread"));
        assertEquals(401, Api.anonymous().get("/api/v1/inbox").status());
    }

    private List<Long> queueIds() {
        return supervisor.get("/api/v1/admissions?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
