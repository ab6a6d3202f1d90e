package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;

class AgencyRecordApiIT extends ApiTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void aCertificateScanIsStoredWithItsHashAndOnlyTheAgencyAndSupervisorsMayDownloadIt() throws Exception {
        Agency agency = Agencies.register("330100");
        long qualification = Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1));
        String path = agency.path() + "/qualifications/" + qualification + "/certificate";

        Api.Reply uploaded = agency.api().upload(path + "?filename=" + "证书.pdf".replace("证书", "%E8%AF%81%E4%B9%A6"), PDF, "application/pdf");
        assertEquals(200, uploaded.status(), uploaded::toString);
        JsonObject file = uploaded.json().getJsonObject("certificate");
        assertEquals(sha256(PDF), file.getString("sha256"));
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals("证书.pdf", file.getString("name"));

        HttpResponse<byte[]> own = agency.api().download(path);
        assertEquals(200, own.statusCode());
        assertArrayEquals(PDF, own.body());
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(200, Api.demo("supervisor").download(path).statusCode());
        assertEquals(403, Api.demo("agency1").download(path).statusCode());
        assertEquals(403, Api.demo("owner1").download(path).statusCode());
        assertEquals(401, Api.anonymous().download(path).statusCode());

        Api.Reply png = agency.api().upload(path, PNG, "application/octet-stream");
        assertEquals("image/png", png.json().getJsonObject("certificate").getString("contentType"), "judged by content, not by header");
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        Agency agency = Agencies.register("330100");
        long qualification = Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1));
        String path = agency.path() + "/qualifications/" + qualification + "/certificate";

        assertProblem(agency.api().upload(path + "?filename=scan.pdf", "just text, named like a PDF".getBytes(StandardCharsets.UTF_8),
                "application/pdf"), 415);
        assertProblem(agency.api().upload(path, new byte[0], "application/pdf"), 415);

        Api admin = Api.demo("admin");
        String before = admin.get("/api/v1/settings").json().get("maxUploadBytes").toString().replace("\"", "");
        try {
            assertEquals(200, admin.put("/api/v1/settings", "{\"maxUploadBytes\":\"1024\"}").status());
            byte[] big = Arrays.copyOf(PDF, 2048);
            assertProblem(agency.api().upload(path, big, "application/pdf"), 413);
            assertEquals(200, agency.api().upload(path, PDF, "application/pdf").status(), "small enough");
        } finally {
            admin.put("/api/v1/settings", "{\"maxUploadBytes\":\"" + before + "\"}");
        }
        assertEquals(200, agency.api().upload(path, Arrays.copyOf(PDF, 2048), "application/pdf").status(), "limit restored");
    }

    @Test
    void anAgencyCanTouchOnlyItsOwnRecord() {
        Agency mine = Agencies.register("330100");
        Agency other = Agencies.register("330200");
        LocalDate today = LocalDate.now();
        long qualification = Agencies.addQualification(mine, Agencies.SURVEY_QUALIFICATION, today.minusYears(1), today.plusYears(1));
        assertEquals(201, Agencies.publishGuide(mine, Agencies.OPEN_ITEM).status());

        assertProblem(other.api().post(mine.path() + "/qualifications",
                Agencies.qualification(Agencies.SURVEY_QUALIFICATION, "X-9", today, today.plusYears(1))), 403);
        assertProblem(other.api().delete(mine.path() + "/qualifications/" + qualification), 403);
        assertProblem(other.api().upload(mine.path() + "/qualifications/" + qualification + "/certificate", PDF, "application/pdf"), 403);
        assertProblem(other.api().post(mine.path() + "/service-guides", Agencies.guide("ZJFW-014", 5)), 403);
        assertProblem(other.api().delete(mine.path() + "/service-guides/" + Agencies.OPEN_ITEM), 403);
        assertProblem(other.api().post(mine.path() + "/admission", null), 403);
        assertProblem(other.api().put("/api/v1/organisations/" + mine.id() + "/profile", profile("330100")), 403);
        assertProblem(other.api().get("/api/v1/organisations/" + mine.id()), 403);
        assertEquals(404, other.api().get(mine.path()).status(), "an unadmitted agency is not visible to others");
        assertProblem(other.api().delete(other.path() + "/qualifications/" + qualification), 404);
        assertEquals(403, Api.demo("owner1").post(mine.path() + "/qualifications",
                Agencies.qualification(Agencies.SURVEY_QUALIFICATION, "X-8", today, today.plusYears(1))).status());
        assertEquals(401, Api.anonymous().post(mine.path() + "/service-guides", Agencies.guide("ZJFW-014", 5)).status());

        JsonObject record = mine.api().get(mine.path()).json();
        assertEquals(1, record.getJsonArray("qualifications").size());
        assertEquals(1, record.getJsonArray("serviceGuides").size());
    }

    @Test
    void anOrganisationKeepsItsProfile() {
        Agency agency = Agencies.register("330100");
        String path = "/api/v1/organisations/" + agency.id();
        Api.Reply updated = agency.api().put(path + "/profile", profile("330200"));
        assertEquals(200, updated.status(), updated::toString);
        JsonObject organisation = agency.api().get(path).json();
        assertEquals("330200", organisation.getJsonObject("region").getString("code"));
        assertEquals("李四", organisation.getString("contactPerson"));
        assertTrue(organisation.getString("description").startsWith("专业从事"));
        assertEquals(200, Api.demo("supervisor").get(path).status());
        Problems.assertFieldError(assertProblem(agency.api().put(path + "/profile", profile("999999")), 400), "region");
        Problems.assertFieldError(assertProblem(agency.api().put(path + "/profile",
                profile("330100").replace("0571-88001234", "call me")), 400), "contactPhone");
    }

    private static String profile(String region) {
        return """
                {"region":"%s","legalRepresentative":"张三","contactPerson":"李四","contactPhone":"0571-88001234",
                 "description":"专业从事环境影响评价与节能评估，十余年经验。"}
                """.formatted(region);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
