package org.intermarket.registry;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {

    @Override
    public String convertToDatabaseColumn(CreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public CreditCode convertToEntityAttribute(String value) {
        return value == null ? null : CreditCode.of(value);
    }
}
