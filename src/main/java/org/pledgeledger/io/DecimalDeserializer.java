package org.pledgeledger.io;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a decimal exactly as written (the same value and scale as {@code new BigDecimal(text)}),
 * from a JSON string or number, for the amounts jackson-datatype-moneta reads.
 * <p>
 * Jackson's own reader for {@code BigDecimal} is not cached, so the money module's request for it
 * looked it up again, annotations and all, for every amount; this one is cached by the mapper, and
 * reads a plain decimal of up to 18 digits without copying its characters ({@link PlainDecimal}).
 * <p>
 * This class is immutable and thread-safe.
 */
final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    DecimalDeserializer() {
        super(BigDecimal.class);
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
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token != JsonToken.VALUE_STRING) {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        String text = parser.getString();
        if (PlainDecimal.is(text)) {
            return PlainDecimal.parse(text);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not a decimal number");
        }
    }
}
