package org.intermarket.credit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RewardForm(@NotNull @Min(1) @Max(5) Integer points, @NotBlank @Size(max = 1000) String reason) {
}
