package org.pledgeledger.io;

import javax.money.CurrencyUnit;

import org.pledgeledger.money.Amounts;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a currency code through {@link Amounts#currency(String)}, which asks Moneta once per code,
 * in place of jackson-datatype-moneta's reader, which walks Moneta's provider chain for every
 * amount: a journal of two million events reads a few currencies a million times.
 * <p>
 * Its answers are the same currencies. This class is immutable and thread-safe.
 */
final class CurrencyDeserializer extends StdScalarDeserializer<CurrencyUnit> {

    CurrencyDeserializer() {
        super(CurrencyUnit.class);
    }

    @Override
    public CurrencyUnit deserialize(JsonParser parser, DeserializationContext context) {
        String code = parser.getValueAsString();
        try {
            return Amounts.currency(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            return (CurrencyUnit) context.handleWeirdStringValue(CurrencyUnit.class, code, e.getMessage());
        }
    }
}
