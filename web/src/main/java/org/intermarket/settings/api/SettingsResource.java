package org.intermarket.settings.api;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.api.QueryParams;

/** The configurable numbers as one flat object: durations and money as strings, counts as numbers. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settings")
public class SettingsResource {

    @Inject
    private SettingsService settings;

    @GET
    @Operation(summary = "Every setting with its current value")
    public Map<String, Object> get() {
        return toJson(settings.forAdministrator());
    }

    @PUT
    @Operation(summary = "Change some settings; one invalid value rejects the whole change")
    public Map<String, Object> change(JsonObject body) {
        QueryParams.requireBody(body);
        Map<String, String> changes = new LinkedHashMap<>();
        body.forEach((key, value) -> changes.put(key, text(value)));
        return toJson(settings.change(changes));
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value == JsonValue.NULL ? null : value.toString();
    }

    private static Map<String, Object> toJson(MarketSettings current) {
        Map<String, Object> json = new LinkedHashMap<>();
        current.asMap().forEach((key, value) ->
                json.put(key.key(), key.kind() == SettingKey.Kind.COUNT || key.kind() == SettingKey.Kind.PERCENT ? (Object) Long.valueOf(value) : value));
        return json;
    }
}
