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
 * Its answers are the same currencies, and the mapper keeps it once found (it is cachable), where
 * a reader that is not would be looked up again for every amount.
 * <p>
 * This class is immutable and thread-safe.
 */
final class CurrencyDeserializer extends StdScalarDeserializer<CurrencyUnit> {

    CurrencyDeserializer() {
        super(CurrencyUnit.class);
    }

    /**
     * Returns true: the mapper keeps this reader once found.
     *
     * @return true
     */
    @Override
    public boolean isCachable() {
        return true;
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
