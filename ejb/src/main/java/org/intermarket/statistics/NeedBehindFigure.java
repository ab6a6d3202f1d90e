package org.intermarket.statistics;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;

/**
 * One row behind a figure: the need, its project, owner and region, and the moment that counted it
 * (publication, signature, day overdue, rectification opened), with the contract price where there is one.
 */
public record NeedBehindFigure(long needId, String itemCode, String projectName, String ownerName, String regionCode, String status,
                               Instant publishedAt,
                               @JsonbTypeAdapter(MoneyJson.class)
                               @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal ceilingPrice,
                               Instant countedAt,
                               @JsonbTypeAdapter(MoneyJson.class)
                               @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal contractPrice) {
}
