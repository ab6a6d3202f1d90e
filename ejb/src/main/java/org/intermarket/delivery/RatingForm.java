package org.intermarket.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner's rating (API.md {@code POST /contracts/{id}/rating}): four dimensions 1-5 and a comment. */
public record RatingForm(@NotNull @Min(1) @Max(5) Integer quality, @NotNull @Min(1) @Max(5) Integer timeliness,
                         @NotNull @Min(1) @Max(5) Integer attitude, @NotNull @Min(1) @Max(5) Integer fee,
                         @Size(max = 2000) String comment) {

    Rating.Scores scores() {
        return new Rating.Scores(quality, timeliness, attitude, fee);
    }
}
